"""The user's own files: the saved medication list and display settings, as versioned JSON.

`UserFiles(None)` never reads or writes anything (kiosk mode and tests). A file that cannot be
read is moved aside with a timestamp, never deleted, and the caller is told so it can tell the
person. Nothing here imports Qt.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from saferest.storage.atomic import atomic_write_text

APP_NAME = "SafeRest"
LIST_FILE = "medication-list.json"
SETTINGS_FILE = "settings.json"
LIST_FORMAT = "saferest.medication-list"
SETTINGS_FORMAT = "saferest.settings"
LIST_VERSION = 1
SETTINGS_VERSION = 1
MAX_ITEMS = 200
MAX_ITEM_CHARS = 500
FONT_SCALE_RANGE = (0.5, 4.0)
LANGUAGE_PATTERN = re.compile(r"[a-z]{2}(-[A-Z]{2})?")
log = logging.getLogger(__name__)  # file names only: never the content or why it failed


def default_user_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


class DamagedFileError(ValueError):
    """The file exists but is not a file this version of SafeRest can read."""


@dataclass(frozen=True)
class MovedAside:
    """A damaged file that was renamed so a fresh one could be started."""

    original: Path
    moved_to: Path
    reason: str


@dataclass
class ListLoad:
    items: list[str] = field(default_factory=list)
    damaged: MovedAside | None = None


@dataclass
class Settings:
    font_scale: float = 1.0
    geometry: str = ""
    """Base64 of QWidget.saveGeometry(), opaque here."""
    language: str = ""
    """The interface language the person chose ("" = none chosen: the system's applies)."""


@dataclass
class SettingsLoad:
    settings: Settings = field(default_factory=Settings)
    damaged: MovedAside | None = None


class UserFiles:
    """Reads and writes the user's files under `root`; `root=None` never touches the disk."""

    def __init__(self, root: Path | None) -> None:
        self.root = root

    @property
    def writable(self) -> bool:
        return self.root is not None

    @property
    def list_path(self) -> Path | None:
        return self.root / LIST_FILE if self.root else None

    @property
    def settings_path(self) -> Path | None:
        return self.root / SETTINGS_FILE if self.root else None

    # -- medication list ------------------------------------------------------------------

    def load_list(self) -> ListLoad:
        path = self.list_path
        if path is None or not path.exists():
            return ListLoad()
        try:
            return ListLoad(items=_parse_list(path.read_bytes()))
        except (OSError, DamagedFileError) as exc:
            return ListLoad(damaged=self._move_aside(path, str(exc)))

    def save_list(self, items: list[str]) -> None:
        path = self.list_path
        if path is None:
            return
        document = {
            "format": LIST_FORMAT,
            "version": LIST_VERSION,
            "saved_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "items": [{"input": text} for text in items],
        }
        atomic_write_text(path, json.dumps(document, ensure_ascii=False, indent=2) + "\n")

    # -- settings -------------------------------------------------------------------------

    def load_settings(self) -> SettingsLoad:
        path = self.settings_path
        if path is None or not path.exists():
            return SettingsLoad()
        try:
            return SettingsLoad(settings=_parse_settings(path.read_bytes()))
        except (OSError, DamagedFileError) as exc:
            return SettingsLoad(damaged=self._move_aside(path, str(exc)))

    def saved_language(self) -> str:
        """The saved language choice, read without side effects ("" when none or unreadable).

        Used before the window exists; a damaged file is left for load_settings() to handle.
        """
        path = self.settings_path
        if path is None or not path.exists():
            return ""
        try:
            return _parse_settings(path.read_bytes()).language
        except (OSError, DamagedFileError):
            return ""

    def save_settings(self, settings: Settings) -> None:
        path = self.settings_path
        if path is None:
            return
        document = {
            "format": SETTINGS_FORMAT,
            "version": SETTINGS_VERSION,
            "font_scale": settings.font_scale,
            "geometry": settings.geometry,
            "language": settings.language,
        }
        atomic_write_text(path, json.dumps(document, indent=2) + "\n")

    # -- helpers --------------------------------------------------------------------------

    def _move_aside(self, path: Path, reason: str) -> MovedAside:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
        counter = 1
        while target.exists():
            target = path.with_name(f"{path.stem}.damaged-{stamp}-{counter}{path.suffix}")
            counter += 1
        try:
            os.replace(path, target)
        except OSError as exc:
            # Cannot rename (read-only directory?): leave it, and say where it still is.
            log.warning("damaged file %s could not be moved aside", path.name)
            return MovedAside(path, path, f"{reason}; could not move it aside: {exc}")
        log.warning("damaged file %s moved aside as %s", path.name, target.name)
        return MovedAside(path, target, reason)


def _load_document(data: bytes, expected_format: str, max_version: int) -> dict[str, Any]:
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DamagedFileError(f"not valid JSON: {exc}") from exc
    if not isinstance(document, dict) or document.get("format") != expected_format:
        raise DamagedFileError("not a SafeRest file")
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise DamagedFileError("no valid version number")
    if version > max_version:
        raise DamagedFileError(f"written by a newer SafeRest (format version {version})")
    return document


def _parse_list(data: bytes) -> list[str]:
    document = _load_document(data, LIST_FORMAT, LIST_VERSION)
    items = document.get("items")
    if not isinstance(items, list) or len(items) > MAX_ITEMS:
        raise DamagedFileError("the list of items is missing or too long")
    result: list[str] = []
    for item in items:
        text = item.get("input") if isinstance(item, dict) else None
        if not isinstance(text, str) or not text.strip() or len(text) > MAX_ITEM_CHARS:
            raise DamagedFileError("an item is not readable text")
        result.append(text)
    return result


def _parse_settings(data: bytes) -> Settings:
    document = _load_document(data, SETTINGS_FORMAT, SETTINGS_VERSION)
    scale = document.get("font_scale", 1.0)
    geometry = document.get("geometry", "")
    language = document.get("language", "")
    bad_scale = isinstance(scale, bool) or not isinstance(scale, int | float)
    if bad_scale or not isinstance(geometry, str) or not isinstance(language, str):
        raise DamagedFileError("settings have the wrong types")
    if not LANGUAGE_PATTERN.fullmatch(language):
        language = ""  # not a language code: as if none had been chosen
    low, high = FONT_SCALE_RANGE
    return Settings(
        font_scale=min(max(float(scale), low), high),
        geometry=geometry[:10_000],
        language=language,
    )
