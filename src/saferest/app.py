"""Start-up: arguments, display check, QApplication, main window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

NO_DISPLAY_MESSAGE = (
    "saferest: no graphical display found. The same reference and checker work in a terminal: "
    "try `saferest search kratom` or `saferest check \"Xanax 1mg\" \"kratom\"` "
    "(see `saferest check --help`)."
)


def has_display() -> bool:
    """Whether Qt can open a window here; checked before Qt would abort with a trace."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith(("win", "darwin")):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def parse_args(args: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="saferest", description="SafeRest desktop app")
    parser.add_argument("--data", help="use the data pack in this directory")
    parser.add_argument("--lang", help="interface language, e.g. en or es")
    return parser.parse_args(list(args or []))


def run(args: Sequence[str]) -> int:
    options = parse_args(args)
    if not has_display():
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return 3
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication([sys.argv[0]])
    label = QLabel(f"SafeRest (data: {options.data or 'shipped'})")
    label.show()
    return int(app.exec())
