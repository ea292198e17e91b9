"""Which public keys may sign data packs: the project's shipped list plus a clinic's own keys.

The shipped list is every `*.pub` file in `resources/keys/` (minisign public key files). A
clinic adds keys with `--keys FILE` (a key list) or `trusted_keys` in kiosk.toml. Rotation is
adding a new key to the list in one release and removing the old one in a later release.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from saferest.domain.minisign import MinisignError, PublicKey, parse_public_key, read_public_keys
from saferest.locations import resource_dir

SHIPPED = "shipped with the app"


@dataclass(frozen=True)
class TrustedKey:
    key: PublicKey
    origin: str
    """Where the trust comes from, said to people: 'shipped with the app', a file, kiosk.toml."""


class KeyListError(ValueError):
    """A key list or configured key that cannot be read."""


def shipped_keys_dir() -> Path:
    return resource_dir("keys")


def shipped_keys(directory: Path | None = None) -> list[TrustedKey]:
    """The release keys in the app's key list (may be empty)."""
    directory = directory or shipped_keys_dir()
    if not directory.is_dir():
        return []
    keys = []
    for path in sorted(directory.glob("*.pub")):
        keys += [TrustedKey(k, SHIPPED) for k in _read_list(path)]
    return keys


def keys_from_file(path: Path) -> list[TrustedKey]:
    """A clinic's own key list: one or more minisign public key files put together."""
    keys = _read_list(path)
    if not keys:
        raise KeyListError(f"{path}: no public keys in this file")
    return [TrustedKey(k, str(path)) for k in keys]


def keys_from_config(lines: Iterable[str], origin: str) -> list[TrustedKey]:
    """Keys written inline in kiosk.toml's `trusted_keys` (the base64 line of each .pub file)."""
    keys = []
    for line in lines:
        try:
            keys.append(TrustedKey(parse_public_key(line), origin))
        except MinisignError as exc:
            raise KeyListError(f"{origin}: trusted_keys: {exc}") from None
    return keys


def _read_list(path: Path) -> list[PublicKey]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KeyListError(f"{path}: cannot read: {exc}") from None
    try:
        return read_public_keys(text)
    except MinisignError as exc:
        raise KeyListError(f"{path}: {exc}") from None


def system_config_keys() -> list[TrustedKey]:
    """Keys in the machine's kiosk.toml `trusted_keys`, when that file exists and is accepted."""
    from saferest.config import load_config

    loaded = load_config(None)
    if loaded is None or loaded.refused or loaded.path is None:
        return []
    return keys_from_config(loaded.config.trusted_keys, f"{loaded.path} (trusted_keys)")
