"""Start-up: arguments, display check, QApplication, main window (the composition root)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from saferest.ui.main_window import MainWindow

NO_DISPLAY_MESSAGE = (
    "saferest: no graphical display found. The same reference and checker work in a terminal: "
    'try `saferest search kratom` or `saferest check "Xanax 1mg" "kratom"` '
    "(see `saferest check --help`)."
)
APP_NAME = "SafeRest"


def has_display() -> bool:
    """Whether Qt can open a window here; checked before Qt would abort with a trace."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith(("win", "darwin")):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def parse_args(args: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="saferest", description="SafeRest desktop app")
    parser.add_argument("--data", type=Path, help="use the data pack in this directory")
    parser.add_argument("--lang", help="interface and content language, e.g. en or es")
    parser.add_argument(
        "--user-dir",
        type=Path,
        help="keep the saved list and settings in this directory "
        "(default: the user data directory)",
    )
    return parser.parse_args(list(args or []))


def _language(requested: str | None) -> str:
    if requested:
        return requested.replace("_", "-").split(".")[0]
    from PySide6.QtCore import QLocale

    return QLocale().name().split("_")[0] or "en"


def _translation_dirs() -> list[Path]:
    """Compiled .qm files: inside the installed package, or the source tree's resources/."""
    here = Path(__file__).resolve().parent
    return [here / "resources" / "translations", here.parents[1] / "resources" / "translations"]


def _install_translators(lang: str) -> None:
    """Qt's own strings and SafeRest's, when a translation for `lang` is present."""
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

    app = QCoreApplication.instance()
    if app is None or lang.startswith("en") or app.property("saferestTranslators"):
        return
    installed = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in [(f"qtbase_{lang}", qt_dir)] + [
        (f"saferest_{lang}", str(folder)) for folder in _translation_dirs()
    ]:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(name)
            if name.startswith("saferest_"):
                break
    app.setProperty("saferestTranslators", ",".join(installed) or "none")


def create_main_window(args: Sequence[str] | None = None) -> MainWindow:
    """Build the ready main window with the running QApplication (no event loop, not shown)."""
    from PySide6.QtWidgets import QApplication

    from saferest.domain.engine import Engine
    from saferest.storage.user_files import default_user_dir
    from saferest.ui.config import AppConfig
    from saferest.ui.main_window import MainWindow

    if QApplication.instance() is None:
        raise RuntimeError("create_main_window() needs a QApplication; create one first")
    options = parse_args(args)
    lang = _language(options.lang)
    _install_translators(lang)
    config = AppConfig(
        data_dir=options.data,
        lang=lang,
        user_dir=options.user_dir if options.user_dir is not None else default_user_dir(),
    )
    engine = Engine.load(config.data_dir)
    return MainWindow(engine, config)


def run(args: Sequence[str]) -> int:
    options = parse_args(args)  # --help and usage errors work without a display
    del options
    if not has_display():
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return 3
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("saferest")
    window = create_main_window(args)
    window.show()
    return int(app.exec())
