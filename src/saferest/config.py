"""The clinic's admin configuration (kiosk.toml): where it lives, what it may say, and how it fails.

The rule for failure is "fail locked": a file that is broken, unreadable or writable by ordinary
users never unlocks anything. Kiosk mode then stays on with safe defaults, and a short notice tells
staff why their settings were not used.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import stat
import tomllib
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from saferest.config_paths import system_config_path

SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
PIN_MIN_LENGTH = 4


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
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None, [f"{path}: file not found"]
    except (OSError, UnicodeDecodeError) as exc:
        return None, [f"{path}: cannot read: {exc}"]
    except tomllib.TOMLDecodeError as exc:
        return None, [f"{path}: not valid TOML: {exc}"]
    try:
        return KioskConfig.model_validate(raw), []
    except ValidationError as exc:
        return None, [
            f"{path}: {'.'.join(str(p) for p in e['loc']) or '(file)'}: {e['msg']}"
            for e in exc.errors(include_url=False)
        ]


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


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """A slow, salted scrypt hash of an admin PIN, in a self-describing text form."""
    if len(pin) < PIN_MIN_LENGTH:
        raise ValueError(f"a PIN needs at least {PIN_MIN_LENGTH} characters")
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
    encode = base64.b64encode
    return (
        f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${encode(salt).decode()}${encode(digest).decode()}"
    )


def verify_pin(pin: str, stored: str | None) -> bool:
    """True only for the right PIN; a missing or malformed hash never matches."""
    if not stored:
        return False
    try:
        scheme, n, r, p, salt_b64, digest_b64 = stored.split("$")
        if scheme != "scrypt":
            return False
        salt = base64.b64decode(salt_b64, validate=True)
        expected = base64.b64decode(digest_b64, validate=True)
        actual = hashlib.scrypt(
            pin.encode(), salt=salt, n=int(n), r=int(r), p=int(p), dklen=len(expected)
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)
