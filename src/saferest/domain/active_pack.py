"""Which data pack the engine loads, and how to say which one is in use.

Order: a folder given with `--data` is used as it is (curators look at work in progress that
way). Otherwise the newest installed pack is used (a kiosk.toml `data_dir` instead pins one),
unless the pack shipped with the app is newer (the app was updated since). An installed or
pinned pack that fails validation is set aside and the next one is tried, ending with the
shipped pack; what was set aside is recorded on the engine for the window and the CLI to report.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from saferest.domain import minisign
from saferest.domain.engine import Engine
from saferest.domain.pack import Problem, default_data_dir
from saferest.domain.pack_install import (
    STATE_NAME,
    PackStore,
    StoreError,
    default_stores,
    read_summary,
)
from saferest.domain.pack_release import SIGNATURE_NAME


def load_engine(
    data_dir: Path | None = None,
    cache_dir: Path | None = None,
    *,
    kiosk: bool = False,
    pinned: bool = False,
    user_dir: Path | None = None,
    stores: list[PackStore] | None = None,
) -> Engine:
    """The engine over the pack in use; `pinned` means `data_dir` came from kiosk.toml."""
    if data_dir is not None and not pinned:
        return _load(data_dir, cache_dir)
    shipped = default_data_dir()
    set_aside: list[Problem] = []
    if data_dir is not None:
        candidates = [data_dir]
    else:
        candidates = _installed(
            stores if stores is not None else default_stores(kiosk, user_dir), shipped, set_aside
        )
    for root in candidates:
        engine = _load(root, cache_dir)
        if not engine.pack.problems:
            engine.set_aside = set_aside
            return engine
        problems = engine.pack.problems
        set_aside.append(
            Problem(
                str(root),
                "",
                "",
                f"{len(problems)} problem(s) found, so it was not used (first: {problems[0]})",
            )
        )
    engine = _load(shipped, cache_dir)
    engine.set_aside = set_aside
    return engine


def _installed(stores: list[PackStore], shipped: Path, set_aside: list[Problem]) -> list[Path]:
    """Installed packs worth trying, newest first, none older than the shipped pack."""
    shipped_summary = read_summary(shipped)
    floor = shipped_summary.version_key if shipped_summary else None
    found: list[tuple[tuple[int, ...] | None, Path]] = []
    for store in stores:
        try:
            current = store.current()
            loose = store.loose_permissions()
        except StoreError as exc:
            set_aside.append(Problem(str(store.root), "", "", str(exc)))
            continue
        if current is None:
            continue
        if loose:
            set_aside.append(Problem(str(current), "", "", f"not used because {loose}"))
            continue
        summary = read_summary(current)
        key = summary.version_key if summary else None
        if key is not None and floor is not None and key < floor:
            continue  # the app was updated and ships newer data
        found.append((key, current))
    found.sort(key=lambda item: item[0] or (), reverse=True)
    return [root for _key, root in found]


def _load(root: Path, cache_dir: Path | None) -> Engine:
    """A cache directory that cannot be used is simply skipped."""
    if cache_dir is not None:
        try:
            return Engine.load(root, cache_dir=cache_dir)
        except (OSError, sqlite3.Error):
            pass
    return Engine.load(root)


@dataclass(frozen=True)
class PackOrigin:
    """Where the pack in use came from, for the About box and reports."""

    kind: Literal["shipped", "installed", "other"]
    key_id: str | None
    """The id of the key that signed its manifest, or None when it carries no signature."""


def describe_pack(root: Path) -> PackOrigin:
    """Which kind of pack `root` is and the key id its signature file names.

    The signature was checked when the pack was installed; this only reads which key it was.
    """
    kind: Literal["shipped", "installed", "other"] = "other"
    resolved = _resolve(root)
    if resolved == _resolve(default_data_dir()):
        kind = "shipped"
    elif (root.parent / STATE_NAME).is_file():
        kind = "installed"
    key_id = None
    try:
        text = (root / SIGNATURE_NAME).read_text(encoding="utf-8")
        key_id = minisign.parse_signature(text).key_id_text
    except (OSError, UnicodeDecodeError, minisign.MinisignError):
        pass
    return PackOrigin(kind, key_id)


def _resolve(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path.absolute()


def preferred_pack(stores: list[PackStore]) -> Path:
    """The pack the app will try first: the newest installed one, or the shipped one."""
    shipped = default_data_dir()
    candidates = _installed(stores, shipped, [])
    return candidates[0] if candidates else shipped
