"""The user's own files: the saved medication list and display settings, as versioned JSON.

`UserFiles(None)` never reads or writes anything (kiosk mode and tests). A file that cannot be
read is moved aside with a timestamp, never deleted, and the caller is told so it can tell the
person. Nothing here imports Qt.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from saferest.domain.limits import MAX_ITEM_CHARS, MAX_ITEMS
from saferest.domain.medication_list import ItemStatus, ListItem
from saferest.storage.atomic import atomic_write_text

APP_NAME = "SafeRest"
LIST_FILE = "medication-list.json"
SETTINGS_FILE = "settings.json"
LIST_FORMAT = "saferest.medication-list"
SETTINGS_FORMAT = "saferest.settings"
LIST_VERSION = 2
"""2 adds each item's status, stop date and the person's own reading; version 1 still loads."""
SETTINGS_VERSION = 1
FONT_SCALE_RANGE = (0.5, 4.0)
LANGUAGE_PATTERN = re.compile(r"[a-z]{2}(-[A-Z]{2})?")


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
    items: list[ListItem] = field(default_factory=list)
    damaged: MovedAside | None = None
    """The whole file could not be read and was moved aside."""
    skipped: int = 0
    """Items that could not be read; every readable item was kept in `items`."""
    copy: Path | None = None
    """When items were skipped: a copy of the file as it was, so nothing is lost."""


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
            items, skipped = _parse_list(path.read_bytes())
        except (OSError, DamagedFileError) as exc:
            return ListLoad(damaged=self._move_aside(path, str(exc)))
        copy = self._copy_aside(path) if skipped else None
        return ListLoad(items=items, skipped=skipped, copy=copy)

    def save_list(self, items: Sequence[ListItem]) -> None:
        path = self.list_path
        if path is None:
            return
        document = {
            "format": LIST_FORMAT,
            "version": LIST_VERSION,
            "saved_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "items": [_item_json(item) for item in items],
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

    def _copy_aside(self, path: Path) -> Path | None:
        """Keep the file as it was before a partial load rewrites it; None if that fails."""
        target = _aside_name(path)
        try:
            shutil.copyfile(path, target)
        except OSError:
            return None
        return target

    def _move_aside(self, path: Path, reason: str) -> MovedAside:
        target = _aside_name(path)
        try:
            os.replace(path, target)
        except OSError as exc:
            # Cannot rename (read-only directory?): leave it, and say where it still is.
            return MovedAside(path, path, f"{reason}; could not move it aside: {exc}")
        return MovedAside(path, target, reason)


def _aside_name(path: Path) -> Path:
    """A free name beside `path` that says when it was set aside."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    counter = 1
    while target.exists():
        target = path.with_name(f"{path.stem}.damaged-{stamp}-{counter}{path.suffix}")
        counter += 1
    return target


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


def _item_json(item: ListItem) -> dict[str, Any]:
    data: dict[str, Any] = {"input": item.text}
    if item.status is not ItemStatus.TAKING:
        data["status"] = item.status.value
    if item.stopped_on is not None:
        data["stopped_on"] = item.stopped_on.isoformat()
    if item.reading is not None:
        data["reading"] = list(item.reading)
    return data


def read_list_document(data: bytes) -> tuple[list[ListItem], int]:
    """A saved list's readable items and how many could not be read (the CLI's --file too).

    Raises DamagedFileError when the document as a whole is not a SafeRest list."""
    return _parse_list(data)


def _parse_list(data: bytes) -> tuple[list[ListItem], int]:
    """Every readable item, and how many could not be read."""
    document = _load_document(data, LIST_FORMAT, LIST_VERSION)
    raw_items = document.get("items")
    if not isinstance(raw_items, list):
        raise DamagedFileError("the list of items is missing")
    items: list[ListItem] = []
    skipped = 0
    for raw in raw_items:
        item = _parse_item(raw)
        if item is None or len(items) >= MAX_ITEMS:
            skipped += 1
        else:
            items.append(item)
    return items, skipped


def _parse_item(raw: object) -> ListItem | None:
    """One saved item, or None when any part of it is not what SafeRest writes."""
    if not isinstance(raw, dict):
        return None
    text = raw.get("input")
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_ITEM_CHARS:
        return None
    try:
        status = ItemStatus(raw.get("status", ItemStatus.TAKING.value))
    except ValueError:
        return None
    stopped = raw.get("stopped_on")
    reading = raw.get("reading")
    try:
        stopped_on = dt.date.fromisoformat(stopped) if isinstance(stopped, str) else None
    except ValueError:
        return None
    if stopped is not None and stopped_on is None:
        return None
    if reading is not None and not (
        isinstance(reading, list) and all(isinstance(i, str) and i for i in reading)
    ):
        return None
    try:
        return ListItem(text, status, stopped_on, tuple(reading) if reading is not None else None)
    except ValueError:
        return None


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
