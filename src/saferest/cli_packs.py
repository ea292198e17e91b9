"""`saferest data keygen|sign|verify|install|rollback|status`: signed data pack releases.

Exit codes: 0 done, 1 refused (the archive or the store; nothing was changed), 2 usage errors
(a missing or unreadable key file, an existing key).
"""

from __future__ import annotations

import argparse
import getpass
import hashlib
import os
import sys
from pathlib import Path

from saferest.domain import minisign
from saferest.domain.pack_install import PackStore, StoreError
from saferest.domain.pack_release import ReleaseRefused
from saferest.domain.trusted_keys import TrustedKey

COMMANDS = {"keygen", "sign", "verify", "install", "rollback", "status"}
PUBLIC_KEY_NAME = "saferest-data.pub"
SECRET_KEY_NAME = "saferest-data.key"


def add_parsers(data_sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this module's sub-commands to `saferest data`."""
    keygen = data_sub.add_parser("keygen", help="make a signing key pair (maintainers)")
    keygen.add_argument("directory", type=Path)
    keygen.add_argument(
        "--no-password",
        action="store_true",
        help="leave the secret key unencrypted (throwaway and test keys only)",
    )
    sign = data_sub.add_parser("sign", help="sign a checked pack into one release archive")
    sign.add_argument("pack_dir", type=Path)
    sign.add_argument("--key", type=Path, required=True, help="the minisign secret key file")
    sign.add_argument("--out", type=Path, required=True, help="the archive to write (.zip)")
    verify = data_sub.add_parser("verify", help="check a release archive; change nothing")
    verify.add_argument("archive", type=Path)
    _keys_option(verify)
    install = data_sub.add_parser("install", help="check and install a release archive")
    install.add_argument("archive", type=Path)
    _keys_option(install)
    install.add_argument(
        "--allow-downgrade", action="store_true", help="install even if not newer than in use"
    )
    _system_option(install)
    rollback = data_sub.add_parser("rollback", help="go back to the previously installed pack")
    _system_option(rollback)
    status = data_sub.add_parser("status", help="show installed packs and the one in use")
    _system_option(status)


def _keys_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--keys",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help="also trust the public keys in FILE (minisign .pub files; may be repeated)",
    )


def _system_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--system",
        action="store_true",
        help="the machine-wide packs that kiosks use (administrators), not this user's",
    )


def run(args: argparse.Namespace) -> int:
    handlers = {
        "keygen": lambda: _keygen(args.directory, args.no_password),
        "sign": lambda: _sign(args.pack_dir, args.key, args.out),
        "verify": lambda: _verify(args.archive, args.keys),
        "install": lambda: _install(args.archive, args.keys, args.allow_downgrade, args.system),
        "rollback": lambda: _rollback(args.system),
        "status": lambda: _status(args.system),
    }
    return handlers[args.data_command]()


def _error(message: str, code: int) -> int:
    print(f"saferest data: {message}", file=sys.stderr)
    return code


def _keygen(directory: Path, no_password: bool) -> int:
    public, secret = directory / PUBLIC_KEY_NAME, directory / SECRET_KEY_NAME
    for path in (public, secret):
        if path.exists():
            return _error(f"{path} already exists; it is never overwritten", 2)
    password = None
    if not no_password:
        password = getpass.getpass("Password for the new secret key: ")
        if not password:
            return _error("an empty password is not accepted (or use --no-password)", 2)
        if getpass.getpass("Repeat the password: ") != password:
            return _error("the two passwords differ", 2)
    key = minisign.generate_key()
    text = minisign.secret_key_text(key, password)
    try:
        directory.mkdir(parents=True, exist_ok=True)
        handle = os.open(secret, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(handle, "w", encoding="ascii") as out:
            out.write(text)
        public.write_text(key.public_key().file_text(), encoding="ascii")
    except OSError as exc:
        return _error(f"cannot write the key pair: {exc}", 2)
    print(f"key id {key.id}")
    print(f"public key: {public}  (line for trusted_keys: {key.public_key().line()})")
    print(f"secret key: {secret}  (keep it offline; it never goes into a repository)")
    return 0


def _sign(pack_dir: Path, key_file: Path, out: Path) -> int:
    from saferest.domain.pack_release import build_release

    try:
        text = key_file.read_text(encoding="ascii")
        password = None
        if minisign.secret_key_is_encrypted(text):
            password = getpass.getpass(f"Password for {key_file}: ")
        key = minisign.read_secret_key(text, password)
    except (OSError, UnicodeDecodeError) as exc:
        return _error(f"cannot read {key_file}: {exc}", 2)
    except minisign.MinisignError as exc:
        return _error(f"{key_file}: {exc}", 2)
    try:
        release = build_release(pack_dir, key, out)
    except ReleaseRefused as exc:
        return _error(f"not signed: {exc}", 1)
    except OSError as exc:
        return _error(f"cannot write {out}: {exc}", 1)
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    print(
        f"signed data pack {release.version} (reviewed {release.manifest.reviewed}) with key "
        f"{release.key_id}"
    )
    print(f"wrote {out} (SHA-256 {digest})")
    return 0


def _verify(archive: Path, extra: list[Path]) -> int:
    from saferest.domain.pack_release import check_release

    keys = _keys(extra)
    if isinstance(keys, int):
        return keys
    try:
        release = check_release(archive, keys)
    except ReleaseRefused as exc:
        return _error(f"REFUSED {archive}: {exc}", 1)
    print(
        f"OK: {archive}: data pack {release.version}, reviewed {release.manifest.reviewed}, "
        f"{len(release.manifest.files)} files, pack format {release.manifest.pack_format}"
    )
    print(f"signed by key {release.key_id} (trusted: {release.signer.origin})")
    print(f"trusted comment: {release.signature.trusted_comment}")
    return 0


def _keys(extra: list[Path]) -> list[TrustedKey] | int:
    from saferest.domain.trusted_keys import (
        KeyListError,
        keys_from_file,
        shipped_keys,
        system_config_keys,
    )

    try:
        keys = shipped_keys() + system_config_keys()
        for path in extra:
            keys += keys_from_file(path)
    except KeyListError as exc:
        return _error(str(exc), 2)
    return keys


def _store(system: bool) -> PackStore:
    from saferest.domain.pack_install import system_store, user_store

    return system_store() if system else user_store()


def _stores_in_use(system: bool) -> list[PackStore]:
    """The stores the app reads for this store's users: kiosks only the machine-wide one."""
    from saferest.domain.pack_install import default_stores

    return default_stores(kiosk=system)


def _install(archive: Path, extra: list[Path], allow_downgrade: bool, system: bool) -> int:
    from saferest.domain.pack_install import install, pinned_by_system_config

    keys = _keys(extra)
    if isinstance(keys, int):
        return keys
    store = _store(system)
    try:
        result = install(archive, store, keys, allow_downgrade, keep_also=pinned_by_system_config())
    except ReleaseRefused as exc:
        return _error(f"REFUSED {archive}: {exc}. Nothing was changed.", 1)
    except StoreError as exc:
        hint = " (the machine-wide packs need an administrator)" if system else ""
        return _error(f"{exc}{hint}. Nothing was changed.", 1)
    release = result.release
    if result.already_installed:
        print(f"data pack {release.version} is already in use ({result.path}); nothing changed")
        return 0
    print(
        f"installed data pack {release.version} (reviewed {release.manifest.reviewed}, signed "
        f"by key {release.key_id}) {store.label}: {result.path}"
    )
    if result.replaced is not None:
        print(f"previous pack: {result.replaced.version} ({result.replaced.root})")
    _print_in_use(system)
    return 0


def _rollback(system: bool) -> int:
    from saferest.domain.pack_install import pinned_by_system_config, rollback

    store = _store(system)
    try:
        result = rollback(store, keep_also=pinned_by_system_config())
    except StoreError as exc:
        return _error(f"{exc}. Nothing was changed.", 1)
    print(f"removed {result.removed} from the packs {store.label}")
    _print_in_use(system)
    return 0


def _status(system: bool) -> int:
    store = _store(system)
    try:
        history = store.history()
    except StoreError as exc:
        return _error(str(exc), 1)
    print(f"packs {store.label} ({store.root}), oldest first:")
    for name in history:
        print(f"  {name}")
    if not history:
        print("  none")
    _print_in_use(system)
    return 0


def _print_in_use(system: bool) -> None:
    from saferest.domain.active_pack import preferred_pack
    from saferest.domain.pack_install import read_summary

    root = preferred_pack(_stores_in_use(system))
    summary = read_summary(root)
    version = summary.version if summary else "unknown"
    who = "kiosks" if system else "SafeRest"
    print(f"{who} will use data pack {version}: {root}")
