"""The clinic's admin configuration (kiosk.toml): where it lives, what it may say, and how it fails.

The rule for failure is "fail locked": a file that is broken, unreadable or writable by ordinary
users never unlocks anything. Kiosk mode then stays on with safe defaults, and a short notice tells
staff why their settings were not used.
"""

from __future__ import annotations

import base64
import hmac
import os
import secrets
import stat
import time
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from saferest.config_paths import system_config_path
from saferest.safe_read import FileRefused, read_regular_file

SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
PIN_MIN_LENGTH = 6
"""Six digits: with the growing lock-out delays, guessing would take years."""
PIN_MAX_LENGTH = 64
SCRYPT_N_RANGE = (2**10, 2**15)
SCRYPT_R_RANGE = (1, 16)
SCRYPT_P_RANGE = (1, 4)
SCRYPT_MAX_MEMORY = 16 * 1024 * 1024
"""128 * N * r bytes: the default parameters use exactly this much."""
SCRYPT_MAX_WORK = SCRYPT_N * SCRYPT_R * 4
"""N * r * p: four times the default, well under a second on a slow kiosk PC."""
PIN_CHECK_SECONDS = 1.0
"""How long checking one PIN may take at most, or staff and the lock-out both suffer."""
MAX_CONFIG_BYTES = 1024 * 1024
"""kiosk.toml is a few lines; anything this big is not a config, and is not parsed."""


@dataclass(frozen=True)
class PinHash:
    """The parts of an admin_pin_hash, each within the bounds the app can check in time."""

    n: int
    r: int
    p: int
    salt: bytes
    digest: bytes


def parse_pin_hash(stored: str) -> PinHash:
    """The hash's parts, or ValueError saying what is wrong (never slow, never huge)."""
    if len(stored) > 400:
        raise ValueError("too long to be a PIN hash")
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != "scrypt":
        raise ValueError("not of the form scrypt$N$r$p$salt$hash")
    try:
        n, r, p = (int(part) for part in parts[1:4])
        salt = base64.b64decode(parts[4], validate=True)
        digest = base64.b64decode(parts[5], validate=True)
    except ValueError as exc:
        raise ValueError("not of the form scrypt$N$r$p$salt$hash") from exc
    bounds = ((n, SCRYPT_N_RANGE, "N"), (r, SCRYPT_R_RANGE, "r"), (p, SCRYPT_P_RANGE, "p"))
    for value, (low, high), name in bounds:
        if not low <= value <= high:
            raise ValueError(f"scrypt {name} = {value} is outside {low}..{high}")
    if n & (n - 1):
        raise ValueError(f"scrypt N = {n} is not a power of two")
    if 128 * n * r > SCRYPT_MAX_MEMORY or n * r * p > SCRYPT_MAX_WORK:
        raise ValueError("scrypt parameters too costly to check a PIN within a second")
    if not 8 <= len(salt) <= 64 or not 16 <= len(digest) <= 64:
        raise ValueError("salt or hash has the wrong length")
    return PinHash(n, r, p, salt, digest)


def pin_check_seconds(stored: str) -> float:
    """How long checking one PIN against `stored` takes on this machine."""
    start = time.perf_counter()
    verify_pin("0" * PIN_MIN_LENGTH, stored)
    return time.perf_counter() - start


class LocalResource(BaseModel):
    """A local service the clinic wants people to know about."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1)
    phone: str = ""
    address: str = ""
    hours: str = ""
    notes: str = ""


class KioskConfig(BaseModel):
    """Everything an admin can set. Defaults are the safe, locked-down ones."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kiosk: bool = True
    idle_timeout_s: int = Field(default=120, ge=1, le=3600)
    idle_warning_s: int = Field(default=20, ge=1, le=600)
    clinic_name: str = ""
    logo: Path | None = None
    emergency_number: str | None = None
    local_resources: list[LocalResource] = Field(default_factory=list)
    allow_print: bool = False
    language: str | None = Field(default=None, pattern=r"^[a-z]{2}(-[A-Z]{2})?$")
    font_scale: float = Field(default=1.25, ge=0.75, le=3.0)
    admin_pin_hash: str | None = Field(default=None, pattern=r"^scrypt\$")
    cache_dir: Path | None = None
    """Where a search-index cache may live in kiosk mode; none means no cache is written."""
    data_dir: Path | None = None
    """Pin the kiosk to this data pack folder (an installed one); none means the newest."""
    trusted_keys: list[Annotated[str, Field(pattern=r"^RW[A-Za-z0-9+/]{54}$")]] = Field(
        default_factory=list
    )
    """The clinic's own data-pack signing keys: the base64 line of each minisign .pub file."""

    @field_validator("admin_pin_hash")
    @classmethod
    def _checkable_in_time(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                parse_pin_hash(value)
            except ValueError as exc:
                raise ValueError(f"{exc}; make a new one with `saferest admin hash-pin`") from exc
        return value


@dataclass(frozen=True)
class LoadedConfig:
    """The configuration in force, where it came from, and what staff should be told."""

    config: KioskConfig
    path: Path | None
    notice: str | None = None

    @property
    def refused(self) -> bool:
        return self.notice is not None


def writable_by_others(path: Path) -> str | None:
    """Why ordinary users could change this file, or None (POSIX modes; Windows access lists)."""
    if os.name == "nt":
        from saferest import win_acl

        return win_acl.writable_by_others(path)
    if os.name != "posix":
        return None
    for target in (path, path.parent):
        mode = target.stat().st_mode
        if mode & stat.S_IWOTH and not (target.is_dir() and mode & stat.S_ISVTX):
            return f"{target} is writable by every user"
        if mode & stat.S_IWGRP and target == path:
            return f"{target} is writable by its group"
    owner = path.stat().st_uid
    if owner not in (0, os.geteuid()):
        return f"{path} is owned by another ordinary user (uid {owner})"
    return None


def read_config(path: Path) -> tuple[KioskConfig | None, list[str]]:
    """Parse and check one file; the problems say what is wrong, key by key."""
    try:
        raw = tomllib.loads(_read_small_text(path))
    except FileNotFoundError:
        return None, [f"{path}: file not found"]
    except (OSError, UnicodeDecodeError) as exc:
        return None, [f"{path}: cannot read: {exc}"]
    except tomllib.TOMLDecodeError as exc:
        return None, [f"{path}: not valid TOML: {exc}"]
    except RecursionError:
        return None, [f"{path}: not valid TOML: nested too deeply"]
    try:
        return KioskConfig.model_validate(raw), []
    except ValidationError as exc:
        return None, [
            f"{path}: {'.'.join(str(p) for p in e['loc']) or '(file)'}: {e['msg']}"
            for e in exc.errors(include_url=False)
        ]


def _read_small_text(path: Path) -> str:
    """The file as text; OSError for anything but a regular file of at most MAX_CONFIG_BYTES."""
    try:
        data = read_regular_file(path, MAX_CONFIG_BYTES)
    except FileRefused as exc:
        raise OSError(f"{path} is {exc}") from exc
    return data.decode("utf-8")


def load_config(explicit: Path | None = None, force_kiosk: bool = False) -> LoadedConfig | None:
    """The admin config in force, or None for an ordinary desktop start with no config.

    A refused file (broken, unreadable, writable by others) still yields kiosk mode with the
    safe defaults, and a notice for staff.
    """
    path = explicit or system_config_path()
    if not path.exists():
        if explicit is not None:
            return LoadedConfig(KioskConfig(), path, f"Config file {path} not found.")
        return LoadedConfig(KioskConfig(), None) if force_kiosk else None
    try:
        loose = writable_by_others(path)
    except OSError as exc:
        loose = f"cannot check permissions: {exc}"
    if loose:
        return LoadedConfig(KioskConfig(), path, f"Config refused: {loose}.")
    config, problems = read_config(path)
    if config is None:
        return LoadedConfig(KioskConfig(), path, "Config refused: " + "; ".join(problems))
    if force_kiosk and not config.kiosk:
        config = config.model_copy(update={"kiosk": True})
    return LoadedConfig(config, path)


def scrypt(secret: bytes, salt: bytes, n: int, r: int, p: int, dklen: int = 64) -> bytes:
    """Standard scrypt (RFC 7914), the same bytes as hashlib.scrypt, from libsodium.

    libsodium already ships for signed data packs; using it here lets the bundle leave out
    OpenSSL's libcrypto (4.5 MB), which hashlib.scrypt would need.
    """
    from nacl.bindings import crypto_pwhash_scryptsalsa208sha256_ll
    from nacl.exceptions import CryptoError

    try:
        return crypto_pwhash_scryptsalsa208sha256_ll(secret, salt, n, r, p, dklen)
    except (CryptoError, RuntimeError) as exc:  # parameters libsodium refuses
        raise ValueError(f"scrypt refused the parameters: {exc}") from exc


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """A slow, salted scrypt hash of an admin PIN, in a self-describing text form."""
    if len(pin) < PIN_MIN_LENGTH:
        raise ValueError(f"a PIN needs at least {PIN_MIN_LENGTH} characters")
    if len(pin) > PIN_MAX_LENGTH:
        raise ValueError(f"a PIN may have at most {PIN_MAX_LENGTH} characters")
    salt = salt or secrets.token_bytes(16)
    digest = scrypt(pin.encode(), salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    encode = base64.b64encode
    return (
        f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${encode(salt).decode()}${encode(digest).decode()}"
    )


def verify_pin(pin: str, stored: str | None) -> bool:
    """True only for the right PIN; a missing, malformed or too costly hash never matches."""
    if not stored or len(pin) > PIN_MAX_LENGTH:
        return False
    try:
        parts = parse_pin_hash(stored)
        actual = scrypt(
            pin.encode("utf-8", "surrogatepass"),
            parts.salt,
            parts.n,
            parts.r,
            parts.p,
            dklen=len(parts.digest),
        )
    except (ValueError, TypeError, MemoryError):
        return False
    return hmac.compare_digest(actual, parts.digest)
