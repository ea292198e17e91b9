"""The user's own files: the saved medication list and display settings, as versioned JSON.

`UserFiles(None)` never reads or writes anything (kiosk mode and tests); `read_only=True` reads
but never writes, renames or copies anything (a second window while another one owns the files).
A file that cannot be read is moved aside with a timestamp, never deleted, and the caller is told
so it can tell the person. Nothing here imports Qt.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
import shutil
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from saferest.domain.limits import (
    MAX_ITEM_CHARS,
    MAX_ITEMS,
    MAX_SAVED_LIST_BYTES,
    MAX_SETTINGS_BYTES,
)
from saferest.domain.medication_list import ItemStatus, ListItem
from saferest.safe_read import FileRefused, read_regular_file
from saferest.storage.atomic import atomic_write_text

APP_NAME = "SafeRest"
LIST_FILE = "medication-list.json"
SETTINGS_FILE = "settings.json"
LIST_FORMAT = "saferest.medication-list"
SETTINGS_FORMAT = "saferest.settings"
LIST_VERSION = 2
"""2 adds each item's status, stop date and the person's own reading; version 1 still loads.
An item without a status is read as its words say; "taking" is written only when the person
chose it (then it wins over words such as "stopped"), so older version-2 files load as before.
Version 2 files may also hold `conditions` (health conditions chosen apart from the lines):
an optional key, so an older SafeRest still reads the list (it leaves the conditions out)."""
MAX_CONDITIONS = 50
"""Health conditions kept with a list (the shipped pack has eleven)."""
CONDITION_ID = re.compile(r"[a-z0-9][a-z0-9_]{0,59}")
SETTINGS_VERSION = 1
FONT_SCALE_RANGE = (0.5, 4.0)
LANGUAGE_PATTERN = re.compile(r"[a-z]{2}(-[A-Z]{2})?")
log = logging.getLogger(__name__)  # file names only: never the content or why it failed
COUNTRY_PATTERN = re.compile(r"[A-Z]{2}|default")


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
    conditions: list[str] = field(default_factory=list)
    """Health conditions chosen apart from the lines (ids), as saved with the list."""
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
    emergency_country: str = ""
    """Whose emergency number to show: a country code, 'default', or "" (the system's region)."""
    list_location_told: bool = False
    """The person was told once where their list is kept (and offered a private session)."""


@dataclass
class SettingsLoad:
    settings: Settings = field(default_factory=Settings)
    damaged: MovedAside | None = None


class UserFiles:
    """Reads and writes the user's files under `root`; `root=None` never touches the disk."""

    def __init__(self, root: Path | None, read_only: bool = False) -> None:
        self.root = root
        self.read_only = read_only
        """Read the files but leave them exactly as they are (another window owns them)."""

    @property
    def writable(self) -> bool:
        return self.root is not None and not self.read_only

    @property
    def list_path(self) -> Path | None:
        return self.root / LIST_FILE if self.root else None

    @property
    def settings_path(self) -> Path | None:
        return self.root / SETTINGS_FILE if self.root else None

    # -- medication list ------------------------------------------------------------------

    def load_list(self) -> ListLoad:
        path = self.list_path
        if path is None or not _present(path):
            return ListLoad()
        try:
            document = _parse_list_document(read_capped(path, MAX_SAVED_LIST_BYTES))
        except (OSError, DamagedFileError) as exc:
            return ListLoad(damaged=self._move_aside(path, _reason(exc)))
        copy = self._copy_aside(path) if document.skipped else None
        return ListLoad(
            items=document.items,
            conditions=document.conditions,
            skipped=document.skipped,
            copy=copy,
        )

    def save_list(self, items: Sequence[ListItem], conditions: Sequence[str] = ()) -> None:
        """Write the list, and the health conditions chosen with it (desktop only: a kiosk's
        UserFiles has no root and writes nothing)."""
        path = self.list_path
        if path is None or self.read_only:
            return
        document: dict[str, Any] = {
            "format": LIST_FORMAT,
            "version": LIST_VERSION,
            "saved_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "items": [_item_json(item) for item in items],
        }
        if conditions:
            document["conditions"] = list(dict.fromkeys(conditions))
        atomic_write_text(path, json.dumps(document, ensure_ascii=False, indent=2) + "\n")

    # -- settings -------------------------------------------------------------------------

    def load_settings(self) -> SettingsLoad:
        path = self.settings_path
        if path is None or not _present(path):
            return SettingsLoad()
        try:
            return SettingsLoad(settings=_parse_settings(read_capped(path, MAX_SETTINGS_BYTES)))
        except (OSError, DamagedFileError) as exc:
            return SettingsLoad(damaged=self._move_aside(path, _reason(exc)))

    def saved_language(self) -> str:
        """The saved language choice, read without side effects ("" when none or unreadable).

        Used before the window exists; a damaged file is left for load_settings() to handle.
        """
        path = self.settings_path
        if path is None or not _present(path):
            return ""
        try:
            return _parse_settings(read_capped(path, MAX_SETTINGS_BYTES)).language
        except (OSError, DamagedFileError):
            return ""

    def save_settings(self, settings: Settings) -> None:
        path = self.settings_path
        if path is None or self.read_only:
            return
        document = {
            "format": SETTINGS_FORMAT,
            "version": SETTINGS_VERSION,
            "font_scale": settings.font_scale,
            "geometry": settings.geometry,
            "language": settings.language,
            "emergency_country": settings.emergency_country,
            "list_location_told": settings.list_location_told,
        }
        atomic_write_text(path, json.dumps(document, indent=2) + "\n")

    # -- helpers --------------------------------------------------------------------------

    def _copy_aside(self, path: Path) -> Path | None:
        """Keep the file as it was before a partial load rewrites it; None if that fails."""
        if self.read_only:
            return None  # nothing is rewritten from here
        target = _aside_name(path)
        try:
            shutil.copyfile(path, target)
        except OSError:
            return None
        return target

    def _move_aside(self, path: Path, reason: str) -> MovedAside:
        if self.read_only:
            return MovedAside(path, path, reason)  # left for the window that owns it
        return move_aside(path, reason)


def move_aside(path: Path, reason: str) -> MovedAside:
    """Rename a damaged file with a timestamp (never delete it) so a fresh one can start."""
    target = _aside_name(path)
    try:
        os.replace(path, target)
    except OSError as exc:
        # Cannot rename (read-only directory?): leave it, and say where it still is.
        log.warning("damaged file %s could not be moved aside", path.name)
        return MovedAside(path, path, f"{reason}; could not move it aside: {exc}")
    log.warning("damaged file %s moved aside as %s", path.name, target.name)
    return MovedAside(path, target, reason)


def _present(path: Path) -> bool:
    """Whether something is at `path` (a link, a folder or a file we may not read included)."""
    try:
        return os.path.lexists(path)
    except (OSError, ValueError):
        return False


def _reason(exc: Exception) -> str:
    """Why a file could not be read, in a few words for the notice."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc)


def read_capped(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; DamagedFileError otherwise.

    Opened without blocking and checked on the open file, so a folder, a FIFO or a device put
    in the file's place is refused at once, and a huge file is never read into memory.
    """
    try:
        return read_regular_file(path, limit)
    except FileRefused as exc:
        raise DamagedFileError(f"it is {exc}") from exc


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
    except UnicodeDecodeError as exc:
        raise DamagedFileError(f"not UTF-8 text: {exc.reason} at byte {exc.start}") from exc
    except RecursionError as exc:  # "[[[[…" thousands deep: the decoder gives up, we do too
        raise DamagedFileError("not valid JSON: nested too deeply") from exc
    except ValueError as exc:  # JSONDecodeError, and numbers too long to convert
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
    if item.status is not None:
        data["status"] = item.status.value
    if item.stopped_on is not None:
        data["stopped_on"] = item.stopped_on.isoformat()
    if item.reading is not None:
        data["reading"] = list(item.reading)
    return data


@dataclass
class ListDocument:
    """What a saved list file holds that this version can read."""

    items: list[ListItem]
    conditions: list[str]
    skipped: int
    """Items or conditions that could not be read; everything readable is kept."""


def parse_list_file(data: bytes) -> ListDocument:
    """A saved list file's readable items and conditions (the CLI's `--file`).

    Raises DamagedFileError when the whole file is not a SafeRest list this version can read.
    """
    return _parse_list_document(data)


def _parse_list_document(data: bytes) -> ListDocument:
    """Every readable item and condition, and how many could not be read."""
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
    raw_conditions = document.get("conditions", [])
    if not isinstance(raw_conditions, list):
        raw_conditions, skipped = [], skipped + 1
    conditions: list[str] = []
    for raw in raw_conditions:
        if (
            isinstance(raw, str)
            and CONDITION_ID.fullmatch(raw)
            and len(conditions) < MAX_CONDITIONS
        ):
            if raw not in conditions:
                conditions.append(raw)
        else:
            skipped += 1
    return ListDocument(items, conditions, skipped)


def _parse_item(raw: object) -> ListItem | None:
    """One saved item, or None when any part of it is not what SafeRest writes."""
    if not isinstance(raw, dict):
        return None
    text = raw.get("input")
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_ITEM_CHARS:
        return None
    try:
        status = ItemStatus(raw["status"]) if "status" in raw else None
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
    country = document.get("emergency_country", "")
    told = document.get("list_location_told", False)
    bad_scale = isinstance(scale, bool) or not isinstance(scale, int | float)
    texts = (geometry, language, country)
    if bad_scale or not all(isinstance(t, str) for t in texts) or not isinstance(told, bool):
        raise DamagedFileError("settings have the wrong types")
    if not LANGUAGE_PATTERN.fullmatch(language):
        language = ""  # not a language code: as if none had been chosen
    if not COUNTRY_PATTERN.fullmatch(country):
        country = ""  # not a country code: the system's region applies
    low, high = FONT_SCALE_RANGE
    return Settings(
        font_scale=min(max(float(scale), low), high),
        geometry=geometry[:10_000],
        language=language,
        emergency_country=country,
        list_location_told=told,
    )
