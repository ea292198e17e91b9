"""Where the clinic's admin configuration lives: importable without pydantic, for a fast start."""

from __future__ import annotations

import os
import sys
from pathlib import Path

__all__ = ["system_config_path"]


def system_config_path() -> Path:
    """The fixed, admin-owned location per operating system."""
    if sys.platform.startswith("win"):
        base = os.environ.get("PROGRAMDATA", r"C:\ProgramData")
        return Path(base) / "SafeRest" / "kiosk.toml"
    if sys.platform == "darwin":
        return Path("/Library/Application Support/SafeRest/kiosk.toml")
    return Path("/etc/xdg/saferest/kiosk.toml")
