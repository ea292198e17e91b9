"""Installed data packs: where they live, installing one atomically, and rolling back.

A store is a folder of unpacked, checked packs plus `state.json`, which lists the installed
packs oldest first; the last one is in use. Installing unpacks into a temporary folder inside
the store (same file system), validates it fully, renames it into place, and only then rewrites
`state.json` (itself replaced atomically): a failure at any step leaves the store as it was.
The last few packs are kept, so `rollback` can step back; with none left, the app uses the pack
it shipped with.

Stores: each user has one in their data folder (the desktop app and the command line); a machine
has one for everybody (Linux /var/lib/saferest/packs, Windows %ProgramData%\\SafeRest\\packs,
macOS /Library/Application Support/SafeRest/packs), written by an administrator with
`saferest data install --system` and the only one a kiosk reads.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sys
import tempfile
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from saferest.domain.models import Manifest
from saferest.domain.pack import MANIFEST_NAME, default_data_dir
from saferest.domain.pack_release import (
    Release,
    ReleaseRefused,
    open_release,
    parse_version,
    validate_unpacked,
)
from saferest.domain.trusted_keys import TrustedKey
from saferest.storage.atomic import atomic_write_text

STATE_NAME = "state.json"
STATE_FORMAT = "saferest.installed-packs"
KEEP = 3
"""Installed packs kept: the one in use and two to roll back to."""
_INCOMING = ".incoming-"
_OUTGOING = ".outgoing-"


class StoreError(Exception):
    """The store cannot be read or changed; the message is for an admin."""


def user_packs_dir(user_dir: Path | None = None) -> Path:
    from saferest.storage.user_files import default_user_dir

    return (user_dir or default_user_dir()) / "packs"


def system_packs_dir() -> Path:
    if sys.platform.startswith("win"):
        base = os.environ.get("PROGRAMDATA", r"C:\ProgramData")
        return Path(base) / "SafeRest" / "packs"
    if sys.platform == "darwin":
        return Path("/Library/Application Support/SafeRest/packs")
    return Path("/var/lib/saferest/packs")


@dataclass(frozen=True)
class PackSummary:
    """What a pack's manifest says about it, read without validating the whole pack."""

    root: Path
    version: str
    reviewed: str
    digest: str

    @property
    def version_key(self) -> tuple[int, ...] | None:
        return parse_version(self.version)


def read_summary(root: Path) -> PackSummary | None:
    """The manifest's version and date, or None if it cannot be read."""
    try:
        data = (root / MANIFEST_NAME).read_bytes()
        manifest = Manifest.model_validate(tomllib.loads(data.decode("utf-8")))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, ValidationError):
        return None
    return PackSummary(
        root,
        manifest.data_version,
        manifest.reviewed.isoformat(),
        hashlib.sha256(data).hexdigest(),
    )


class PackStore:
    """One folder of installed packs and the list saying which is in use."""

    def __init__(self, root: Path, label: str, shared: bool = False) -> None:
        self.root = root
        self.label = label
        """How people are told about it: 'installed for this user', 'installed for all users'."""
        self.shared = shared
        """Machine-wide: must not be writable by ordinary users to be trusted."""

    def __repr__(self) -> str:
        return f"PackStore({self.root!s})"

    @property
    def state_path(self) -> Path:
        return self.root / STATE_NAME

    def history(self) -> list[str]:
        """Installed pack folder names, oldest first; the last is in use. [] when none."""
        try:
            raw = json.loads(self.state_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise StoreError(f"{self.state_path}: cannot read: {exc}") from None
        packs = raw.get("installed") if isinstance(raw, dict) else None
        if (
            not isinstance(raw, dict)
            or raw.get("format") != STATE_FORMAT
            or not isinstance(packs, list)
            or not all(isinstance(n, str) and _plain_name(n) for n in packs)
        ):
            raise StoreError(f"{self.state_path}: not a SafeRest installed-packs file")
        return list(packs)

    def current(self) -> Path | None:
        history = self.history()
        return self.root / history[-1] if history else None

    def loose_permissions(self) -> str | None:
        """For a shared store: why ordinary users could change what it serves, or None."""
        if not self.shared:
            return None
        from saferest.config import writable_by_others

        try:
            for path in (self.state_path, *(self.root / n for n in self.history()[-1:])):
                if path.exists():
                    reason = writable_by_others(path)
                    if reason:
                        return reason
        except (OSError, StoreError) as exc:
            return str(exc)
        return None

    def _write_history(self, names: Sequence[str]) -> None:
        text = json.dumps({"format": STATE_FORMAT, "installed": list(names)}, indent=2) + "\n"
        atomic_write_text(self.state_path, text)


def _plain_name(name: str) -> bool:
    return bool(name) and "/" not in name and "\\" not in name and name not in (".", "..")


def user_store(user_dir: Path | None = None) -> PackStore:
    return PackStore(user_packs_dir(user_dir), "installed for this user")


def system_store() -> PackStore:
    return PackStore(system_packs_dir(), "installed for all users", shared=True)


def default_stores(kiosk: bool, user_dir: Path | None = None) -> list[PackStore]:
    """Where the app looks for installed packs: a kiosk only trusts the machine-wide store."""
    return [system_store()] if kiosk else [user_store(user_dir), system_store()]


@dataclass(frozen=True)
class InstallResult:
    release: Release
    path: Path
    replaced: PackSummary | None
    """The pack the new one was compared with (installed or shipped), if any."""
    already_installed: bool = False


def install(
    archive: Path,
    store: PackStore,
    keys: Sequence[TrustedKey],
    allow_downgrade: bool = False,
    shipped: Path | None = None,
    keep_also: Iterable[Path] = (),
) -> InstallResult:
    """Check, unpack and switch to the pack in `archive`; raise ReleaseRefused or StoreError.

    `keep_also` lists pack folders that must survive the clean-up (a kiosk.toml `data_dir`).
    """
    history = store.history()
    baseline = _baseline(store, history, shipped or default_data_dir())
    try:
        store.root.mkdir(parents=True, exist_ok=True)
        incoming = Path(tempfile.mkdtemp(prefix=_INCOMING, dir=store.root))
    except OSError as exc:
        raise StoreError(f"cannot write to {store.root}: {exc}") from None
    try:
        release = open_release(archive, keys, incoming)
        if baseline is not None and baseline.digest == release.manifest_digest:
            return InstallResult(release, baseline.root, baseline, already_installed=True)
        _check_newer(release, baseline, allow_downgrade)
        validate_unpacked(incoming)
        name = f"{release.version}-{release.manifest_digest[:12]}"
        final = store.root / name
        _make_readable(incoming)
        _move_into_place(incoming, final)
        store._write_history(([n for n in history if n != name] + [name])[-KEEP:])
    except OSError as exc:
        raise StoreError(f"cannot install into {store.root}: {exc}") from None
    finally:
        shutil.rmtree(incoming, ignore_errors=True)
    _collect_garbage(store, keep_also)
    return InstallResult(release, final, baseline)


@dataclass(frozen=True)
class RollbackResult:
    removed: str
    now: Path | None
    """The installed pack now in use, or None for the pack shipped with the app."""


def rollback(store: PackStore, keep_also: Iterable[Path] = ()) -> RollbackResult:
    """Stop using the newest installed pack and go back to the one before it (or the shipped)."""
    history = store.history()
    if not history:
        raise StoreError(
            f"nothing to roll back: no data pack is {store.label} ({store.root}), "
            "so the pack shipped with the app is in use"
        )
    removed = history.pop()
    try:
        store._write_history(history)
    except OSError as exc:
        raise StoreError(f"cannot write {store.state_path}: {exc}") from None
    _collect_garbage(store, keep_also)
    return RollbackResult(removed, store.root / history[-1] if history else None)


def _baseline(store: PackStore, history: list[str], shipped: Path) -> PackSummary | None:
    """The pack a new one must be newer than: the newer of the installed and the shipped one."""
    installed = read_summary(store.root / history[-1]) if history else None
    shipped_summary = read_summary(shipped)
    if installed is None or shipped_summary is None:
        return installed or shipped_summary
    newer_shipped = (
        installed.version_key is not None
        and shipped_summary.version_key is not None
        and shipped_summary.version_key > installed.version_key
    )
    return shipped_summary if newer_shipped else installed


def _check_newer(release: Release, baseline: PackSummary | None, allow_downgrade: bool) -> None:
    if baseline is None or allow_downgrade:
        return
    new, old = parse_version(release.version), baseline.version_key
    hint = "; add --allow-downgrade to install it anyway"
    if new is None or old is None:
        raise ReleaseRefused(
            f"cannot tell whether version {release.version} is newer than {baseline.version} "
            f"(in use, {baseline.root}){hint}"
        )
    if new < old:
        raise ReleaseRefused(
            f"version {release.version} is older than the pack in use ({baseline.version}, "
            f"{baseline.root}){hint}"
        )
    if new == old:
        raise ReleaseRefused(
            f"version {release.version} is already in use with different content; a changed "
            f"pack needs a new version number{hint}"
        )


def _make_readable(root: Path) -> None:
    """mkdtemp makes a private folder; every user (the kiosk account) must be able to read it."""
    for folder, _dirs, files in os.walk(root):
        os.chmod(folder, 0o755)
        for name in files:
            os.chmod(Path(folder) / name, 0o644)


def _move_into_place(incoming: Path, final: Path) -> None:
    """Rename the checked folder to its final name (the same content may be there already)."""
    if final.exists():
        outgoing = Path(tempfile.mkdtemp(prefix=_OUTGOING, dir=final.parent))
        os.replace(final, outgoing / final.name)
        os.rename(incoming, final)
        shutil.rmtree(outgoing, ignore_errors=True)
    else:
        os.rename(incoming, final)


def _collect_garbage(store: PackStore, keep_also: Iterable[Path]) -> None:
    """Remove packs no longer listed (never one an admin pinned), and leftovers of crashes."""
    try:
        keep = set(store.history())
    except StoreError:
        return
    pinned = {p.resolve() for p in keep_also}
    for child in store.root.iterdir():
        if not child.is_dir() or child.name in keep or child.resolve() in pinned:
            continue
        if child.name.startswith((_INCOMING, _OUTGOING)) or (child / MANIFEST_NAME).exists():
            with contextlib.suppress(OSError):
                shutil.rmtree(child)


def pinned_by_system_config() -> list[Path]:
    """The pack folder the machine's kiosk.toml pins with `data_dir`, which clean-up must keep."""
    from saferest.config import load_config

    loaded = load_config(None)
    if loaded is None or loaded.refused or loaded.config.data_dir is None:
        return []
    return [loaded.config.data_dir]
