"""What the command line and the admin config decided for this run of the window (no Qt here)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from saferest.config import LoadedConfig


@dataclass(frozen=True)
class AppConfig:
    data_dir: Path | None = None
    """The data pack; None means the shipped one."""
    lang: str = "en"
    user_dir: Path | None = None
    """Where the saved list and settings live; None means nothing is ever written."""
    allow_web_links: bool = True
    kiosk: LoadedConfig | None = None
    """The clinic kiosk settings in force (possibly refused ones, then with a notice), or None
    for the ordinary desktop app."""

    @property
    def is_kiosk(self) -> bool:
        return self.kiosk is not None
