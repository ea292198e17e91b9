"""Build hook: compile the Qt translations (.ts -> .qm) with pyside6-lrelease.

The .qm files are build products, never committed. They are written next to their sources in
resources/translations/, so a source checkout and an editable install find them, and the wheel
(which force-includes resources/) ships them as saferest/resources/translations/.
"""

from __future__ import annotations

import importlib
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

LRELEASE = "from PySide6.scripts.pyside_tool import lrelease; lrelease()"


def lrelease_command() -> list[str]:
    """PySide6's lrelease; else Qt's own (a Flatpak SDK has Qt but not PySide6's tools)."""
    try:
        importlib.import_module("PySide6.scripts.pyside_tool")
    except ImportError:
        for name in ("lrelease", "lrelease-qt6", "/usr/lib/qt6/bin/lrelease"):
            found = shutil.which(name)
            if found:
                return [found]
        raise
    return [sys.executable, "-c", LRELEASE]


def compile_translations(folder: Path) -> list[Path]:
    """Compile every .ts in `folder`; fails loudly, since a missing .qm means an English UI."""
    built = []
    command = lrelease_command()
    for source in sorted(folder.glob("*.ts")):
        target = source.with_suffix(".qm")
        subprocess.run([*command, "-silent", str(source), "-qm", str(target)], check=True)
        if not target.is_file():
            raise RuntimeError(f"pyside6-lrelease did not produce {target}")
        built.append(target)
    return built


class TranslationsBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        # The wheel force-includes the whole resources/ folder, so the new .qm files go with it.
        compile_translations(Path(self.root) / "resources" / "translations")
