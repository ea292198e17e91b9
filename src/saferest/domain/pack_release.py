"""A data pack release: one zip archive holding the pack folder and its signed manifest.

The manifest already holds the SHA-256 of every file, so signing the manifest (minisign format,
Ed25519) signs the whole pack. Admins can check it without SafeRest: unzip, then
`minisign -Vm manifest.toml -p KEY.pub` in the pack folder.

Why zip rather than tar.gz: Windows, macOS and Linux open it without extra tools, and its
central directory lists every member's name, type and size before anything is unpacked, so a
hostile archive is refused up front. It has no hard links or device nodes as such; the Unix
symlink and device bits a zip may carry are refused like any other special file.

Reading never trusts the archive: names must be plain relative paths inside one top folder, every
file must be in the signed manifest with the right hash, and the unpacked size is capped while
reading (not taken from the headers). Nothing is parsed before the signature is checked except
the zip directory itself.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import stat
import tempfile
import tomllib
import zipfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from saferest.domain import minisign
from saferest.domain.minisign import SecretKey, Signature
from saferest.domain.models import PACK_FORMAT, Manifest
from saferest.domain.pack import MANIFEST_NAME, Problem, load_pack
from saferest.domain.trusted_keys import TrustedKey

SIGNATURE_NAME = MANIFEST_NAME + ".minisig"
MAX_UNPACKED_BYTES = 64 * 1024 * 1024
"""About 40 times the shipped pack; an archive that would unpack to more is refused."""
MAX_FILES = 10_000
MAX_MANIFEST_BYTES = 4 * 1024 * 1024
MAX_SIGNATURE_BYTES = 16 * 1024
_CHUNK = 64 * 1024
_VERSION = re.compile(r"^\d+(\.\d+)*$")
_BAD_CHARACTERS = re.compile(r"[\x00-\x1f\x7f\\:]")


class ReleaseRefused(Exception):
    """The archive is not installed; the message says why, in words for an admin."""


@dataclass(frozen=True)
class Release:
    """What a checked archive holds and who signed it."""

    manifest: Manifest
    manifest_digest: str
    """SHA-256 of manifest.toml: the same key the compiled cache uses."""
    signature: Signature
    signer: TrustedKey
    unpacked_bytes: int

    @property
    def version(self) -> str:
        return self.manifest.data_version

    @property
    def key_id(self) -> str:
        return self.signer.key.id


def parse_version(text: str) -> tuple[int, ...] | None:
    """'1.10.2' -> (1, 10, 2); None for anything that is not dotted numbers."""
    return tuple(int(part) for part in text.split(".")) if _VERSION.match(text) else None


def _refuse_problems(problems: Sequence[Problem], what: str) -> ReleaseRefused:
    shown = "; ".join(str(p) for p in problems[:3])
    more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
    return ReleaseRefused(f"{what} has {len(problems)} problem(s): {shown}{more}")


def build_release(pack_dir: Path, key: SecretKey, out: Path) -> Release:
    """Check the pack in `pack_dir` fully, sign its manifest and write the archive to `out`."""
    pack = load_pack(pack_dir)
    if pack.problems or pack.manifest is None:
        raise _refuse_problems(pack.problems, f"the pack in {pack_dir}")
    manifest = pack.manifest
    if parse_version(manifest.data_version) is None:
        raise ReleaseRefused(
            f"data_version {manifest.data_version!r} must be numbers and dots (such as 1.2.0), "
            "so installs can tell newer from older"
        )
    manifest_bytes = (pack_dir / MANIFEST_NAME).read_bytes()
    signed_at = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%MZ")
    comment = (
        f"saferest data pack {manifest.data_version}, reviewed {manifest.reviewed.isoformat()}, "
        f"format {manifest.pack_format}, signed {signed_at}"
    )
    signature_text = minisign.sign(manifest_bytes, key, comment)
    top = f"saferest-data-{manifest.data_version}"
    members = [(MANIFEST_NAME, manifest_bytes), (SIGNATURE_NAME, signature_text.encode("ascii"))]
    members += [(rel, (pack_dir / rel).read_bytes()) for rel in sorted(manifest.files)]
    when = (manifest.reviewed.year, manifest.reviewed.month, manifest.reviewed.day, 0, 0, 0)
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    os.close(handle)
    try:
        with zipfile.ZipFile(temp_name, "w") as archive:
            for rel, data in members:
                info = zipfile.ZipInfo(f"{top}/{rel}", date_time=when)
                info.external_attr = (stat.S_IFREG | 0o644) << 16
                info.create_system = 3
                archive.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
        os.replace(temp_name, out)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    signature = minisign.parse_signature(signature_text)
    signer = TrustedKey(key.public_key(), "the signing key")
    size = sum(len(data) for _, data in members)
    return Release(manifest, hashlib.sha256(manifest_bytes).hexdigest(), signature, signer, size)


def open_release(archive: Path, keys: Sequence[TrustedKey], dest: Path | None = None) -> Release:
    """Check the archive against `keys`; with `dest` (an empty folder), unpack into it too.

    Raises ReleaseRefused with the first reason found. Files are hashed as they are read, so
    what is written is exactly what was checked.
    """
    try:
        zf = zipfile.ZipFile(archive)
    except FileNotFoundError:
        raise ReleaseRefused(f"{archive}: file not found") from None
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise ReleaseRefused(f"{archive}: not a readable zip archive ({exc})") from None
    with zf:
        try:
            return _open(zf, keys, dest)
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as exc:
            raise ReleaseRefused(f"{archive}: the archive is damaged ({exc})") from None


def check_release(archive: Path, keys: Sequence[TrustedKey]) -> Release:
    """Everything install checks, including full validation of the content, changing nothing."""
    with tempfile.TemporaryDirectory(prefix="saferest-verify-") as temp:
        release = open_release(archive, keys, Path(temp))
        validate_unpacked(Path(temp))
    return release


def validate_unpacked(root: Path) -> None:
    """The same validator the app runs at start; any problem refuses the pack."""
    pack = load_pack(root)
    if pack.problems:
        raise _refuse_problems(pack.problems, "the pack")


def _open(zf: zipfile.ZipFile, keys: Sequence[TrustedKey], dest: Path | None) -> Release:
    members = _members(zf)
    signature_info = members.pop(SIGNATURE_NAME, None)
    manifest_info = members.pop(MANIFEST_NAME, None)
    if manifest_info is None:
        raise ReleaseRefused(f"no {MANIFEST_NAME} in the pack folder: not a SafeRest data pack")
    if signature_info is None:
        raise ReleaseRefused(f"the pack is not signed (no {SIGNATURE_NAME})")
    signature_bytes = _read_small(zf, signature_info, MAX_SIGNATURE_BYTES)
    manifest_bytes = _read_small(zf, manifest_info, MAX_MANIFEST_BYTES)
    signature, signer = _verify(manifest_bytes, signature_bytes, keys)
    manifest = _parse_manifest(manifest_bytes)
    listed = manifest.files
    extra = sorted(set(members) - set(listed))
    if extra:
        raise ReleaseRefused(f"{_some(extra)}: not in the signed manifest")
    missing = sorted(set(listed) - set(members))
    if missing:
        raise ReleaseRefused(f"{_some(missing)}: listed in the manifest but not in the archive")
    total = len(manifest_bytes) + len(signature_bytes)
    if dest is not None:
        _write(dest / MANIFEST_NAME, manifest_bytes)
        _write(dest / SIGNATURE_NAME, signature_bytes)
    for rel in sorted(listed):
        target = dest.joinpath(*rel.split("/")) if dest is not None else None
        digest, size = _copy(zf, members[rel], target, MAX_UNPACKED_BYTES - total)
        total += size
        if digest != listed[rel]:
            raise ReleaseRefused(
                f"{rel}: does not match its SHA-256 in the signed manifest (altered or damaged)"
            )
    return Release(manifest, hashlib.sha256(manifest_bytes).hexdigest(), signature, signer, total)


def _some(names: list[str]) -> str:
    return names[0] + (f" (and {len(names) - 1} more)" if len(names) > 1 else "")


def _members(zf: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    """Regular files by their path inside the one top folder; anything unsafe is refused."""
    infos = zf.infolist()
    if len(infos) > MAX_FILES:
        raise ReleaseRefused(f"the archive has {len(infos)} entries; at most {MAX_FILES} allowed")
    declared = sum(info.file_size for info in infos)
    if declared > MAX_UNPACKED_BYTES:
        raise ReleaseRefused(_too_big(declared))
    files: dict[str, zipfile.ZipInfo] = {}
    folded: dict[str, str] = {}
    tops: set[str] = set()
    for info in infos:
        parts = _safe_parts(info)
        tops.add(parts[0])
        if len(tops) > 1:
            raise ReleaseRefused("the archive must hold exactly one pack folder")
        _check_kind(info)
        if info.is_dir():
            continue
        if len(parts) < 2:
            raise ReleaseRefused(f"{info.filename}: a file outside the pack folder")
        rel = "/".join(parts[1:])
        if rel.casefold() in folded:
            raise ReleaseRefused(f"{rel}: appears twice in the archive (names differ only in case)")
        folded[rel.casefold()] = rel
        files[rel] = info
    return files


def _safe_parts(info: zipfile.ZipInfo) -> list[str]:
    name = info.orig_filename
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
        raise ReleaseRefused(f"{name!r}: absolute path in the archive")
    parts = name.rstrip("/").split("/")
    if ".." in parts:
        raise ReleaseRefused(f"{name!r}: path leads out of the pack folder ('..')")
    if any(part in ("", ".") for part in parts):
        raise ReleaseRefused(f"{name!r}: path with an empty or '.' part")
    if _BAD_CHARACTERS.search(name):
        raise ReleaseRefused(f"{name!r}: path with a control character, '\\' or ':'")
    return parts


def _check_kind(info: zipfile.ZipInfo) -> None:
    if info.flag_bits & 0x1:
        raise ReleaseRefused(f"{info.filename}: encrypted entries are not accepted")
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise ReleaseRefused(f"{info.filename}: unsupported compression")
    mode = info.external_attr >> 16
    if info.create_system != 3 or stat.S_IFMT(mode) == 0:
        return  # no Unix file type recorded (Python's zipfile writes none): a file or folder
    if stat.S_ISLNK(mode):
        raise ReleaseRefused(f"{info.filename}: symbolic links are not accepted")
    if stat.S_ISDIR(mode) != info.is_dir() or not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        raise ReleaseRefused(f"{info.filename}: devices, pipes and other special files are refused")


def _read_small(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    with zf.open(info) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise ReleaseRefused(f"{info.filename}: larger than the {limit} bytes allowed")
    return data


def _verify(
    manifest_bytes: bytes, signature_bytes: bytes, keys: Sequence[TrustedKey]
) -> tuple[Signature, TrustedKey]:
    try:
        text = signature_bytes.decode("utf-8")
        signature = minisign.verify(manifest_bytes, text, [k.key for k in keys])
    except UnicodeDecodeError:
        raise ReleaseRefused(f"{SIGNATURE_NAME} is not a minisign signature") from None
    except minisign.UnknownKeyError as exc:
        known = ", ".join(sorted({k.key.id for k in keys})) or "none"
        raise ReleaseRefused(
            f"signed by key {exc.key_id}, which is not trusted here (trusted keys: {known}). "
            "If your organisation made this pack, add its public key with --keys FILE or "
            "trusted_keys in kiosk.toml"
        ) from None
    except minisign.BadSignatureError as exc:
        raise ReleaseRefused(
            f"the signature does not match ({exc}): the manifest was changed after signing"
        ) from None
    except minisign.MinisignError as exc:
        raise ReleaseRefused(f"{SIGNATURE_NAME} cannot be read: {exc}") from None
    signer = next(k for k in keys if k.key.key_id == signature.key_id)
    return signature, signer


def _parse_manifest(data: bytes) -> Manifest:
    try:
        raw = tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ReleaseRefused(f"{MANIFEST_NAME} cannot be read: {exc}") from None
    fmt = raw.get("pack_format", 1)
    if isinstance(fmt, int) and fmt > PACK_FORMAT:
        raise ReleaseRefused(
            f"the pack uses pack format {fmt}; this SafeRest reads format {PACK_FORMAT} or "
            "older. Update SafeRest first"
        )
    try:
        return Manifest.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ReleaseRefused(f"{MANIFEST_NAME}: {where}: {first['msg']}") from None


def _write(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "xb") as handle:
        handle.write(data)


def _copy(
    zf: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path | None, budget: int
) -> tuple[str, int]:
    """Stream one member (to `target` if given), hashing it and counting real bytes."""
    digest = hashlib.sha256()
    size = 0
    out = None
    if target is not None:
        target.parent.mkdir(parents=True, exist_ok=True)
        out = open(target, "xb")  # noqa: SIM115 (closed in the finally below)
    try:
        with zf.open(info) as handle:
            while chunk := handle.read(_CHUNK):
                size += len(chunk)
                if size > budget:
                    raise ReleaseRefused(_too_big(MAX_UNPACKED_BYTES - budget + size))
                digest.update(chunk)
                if out is not None:
                    out.write(chunk)
    finally:
        if out is not None:
            out.close()
    return digest.hexdigest(), size


def _too_big(size: int) -> str:
    return (
        f"the archive would unpack to more than {MAX_UNPACKED_BYTES // (1024 * 1024)} MiB "
        f"({size} bytes or more)"
    )
