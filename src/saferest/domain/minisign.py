"""Ed25519 keys and signatures in minisign's file formats, so admins can check them with minisign.

Only what SafeRest needs is implemented: key pairs (secret keys optionally protected by a
password, exactly as minisign does it), prehashed signatures with a trusted comment, and
verification of prehashed and legacy signatures. The cryptography itself is libsodium's, through
PyNaCl; minisign is built on the same library, so the two agree byte for byte.

Formats (all base64 on the second line of a two- or four-line text file):
- public key:  "Ed" + key id (8) + Ed25519 public key (32)
- secret key:  "Ed" + KDF ("Sc" or two zero bytes) + "B2" + salt (32) + opslimit (8, LE)
               + memlimit (8, LE) + [key id (8) + Ed25519 secret key (64) + BLAKE2b-256 check (32)]
               where the bracketed part is XORed with an scrypt stream when a password is set
- signature:   "ED" (BLAKE2b-512 prehash) or "Ed" (legacy) + key id (8) + signature (64), then
               "trusted comment: ...", then a global signature over signature + trusted comment
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # PyNaCl loads libsodium: only when something is signed or checked
    import nacl.signing

ALG_EDDSA = b"Ed"
ALG_PREHASHED = b"ED"
KDF_SCRYPT = b"Sc"
KDF_NONE = b"\0\0"
CHECKSUM_BLAKE2B = b"B2"
KEY_ID_BYTES = 8
UNTRUSTED_PREFIX = "untrusted comment: "
TRUSTED_PREFIX = "trusted comment: "
OPSLIMIT_SENSITIVE = 33554432
MEMLIMIT_SENSITIVE = 1073741824
"""minisign's key-derivation cost (libsodium's scrypt 'sensitive' limits): a few seconds and
1 GiB of memory, once per signing."""
MAX_COMMENT_CHARS = 1000


class MinisignError(ValueError):
    """A key or signature file that cannot be read, or a signature that does not verify."""


class UnknownKeyError(MinisignError):
    """The signature is well formed but made by a key that is not trusted here."""

    def __init__(self, key_id: str) -> None:
        super().__init__(f"signed by key {key_id}, which is not a trusted key")
        self.key_id = key_id


class BadSignatureError(MinisignError):
    """The signature does not match the data: it was altered, damaged, or signed differently."""


def key_id_text(key_id: bytes) -> str:
    """A key id as minisign prints it: the 8 bytes as a little-endian number in hex."""
    return f"{int.from_bytes(key_id, 'little'):016X}"


@dataclass(frozen=True)
class PublicKey:
    key_id: bytes
    key: bytes

    @property
    def id(self) -> str:
        return key_id_text(self.key_id)

    def line(self) -> str:
        """The base64 line that minisign's `-P` option and SafeRest's key lists take."""
        return base64.b64encode(ALG_EDDSA + self.key_id + self.key).decode("ascii")

    def file_text(self) -> str:
        return f"{UNTRUSTED_PREFIX}minisign public key {self.id}\n{self.line()}\n"


@dataclass(frozen=True)
class SecretKey:
    key_id: bytes
    secret: bytes
    """libsodium's 64-byte Ed25519 secret key: the seed followed by the public key."""

    @property
    def id(self) -> str:
        return key_id_text(self.key_id)

    def public_key(self) -> PublicKey:
        return PublicKey(self.key_id, self.secret[32:])

    def _signer(self) -> nacl.signing.SigningKey:
        import nacl.signing

        return nacl.signing.SigningKey(self.secret[:32])


@dataclass(frozen=True)
class Signature:
    algorithm: bytes
    key_id: bytes
    signature: bytes
    trusted_comment: str
    global_signature: bytes
    untrusted_comment: str

    @property
    def key_id_text(self) -> str:
        return key_id_text(self.key_id)


def generate_key() -> SecretKey:
    import nacl.signing

    signer = nacl.signing.SigningKey.generate()
    secret = bytes(signer) + bytes(signer.verify_key)
    return SecretKey(secrets.token_bytes(KEY_ID_BYTES), secret)


def _b64(text: str, what: str) -> bytes:
    try:
        return base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise MinisignError(f"{what} is not valid base64") from exc


def parse_public_key(line: str) -> PublicKey:
    """One base64 public key line (the second line of a minisign .pub file)."""
    raw = _b64(line, "public key")
    if len(raw) != 2 + KEY_ID_BYTES + 32:
        raise MinisignError("not a minisign public key (wrong length)")
    if raw[:2] != ALG_EDDSA:
        raise MinisignError("not an Ed25519 minisign public key")
    return PublicKey(raw[2:10], raw[10:])


def read_public_keys(text: str) -> list[PublicKey]:
    """Every key in a key list: minisign .pub files one after another, '#' comments allowed."""
    keys = []
    for number, raw_line in enumerate(text.splitlines(), 1):
        line = raw_line.strip()
        if not line or line.startswith("#") or line.startswith(UNTRUSTED_PREFIX):
            continue
        try:
            keys.append(parse_public_key(line))
        except MinisignError as exc:
            raise MinisignError(f"line {number}: {exc}") from None
    return keys


def _checksum(key_id: bytes, secret: bytes) -> bytes:
    return hashlib.blake2b(ALG_EDDSA + key_id + secret, digest_size=32).digest()


def _xor(data: bytes, stream: bytes) -> bytes:
    return bytes(a ^ b for a, b in zip(data, stream, strict=True))


def _kdf_stream(password: str, salt: bytes, opslimit: int, memlimit: int) -> bytes:
    import nacl.exceptions
    import nacl.pwhash.scrypt

    try:
        return nacl.pwhash.scrypt.kdf(
            KEY_ID_BYTES + 64 + 32, password.encode("utf-8"), salt, opslimit, memlimit
        )
    except (nacl.exceptions.CryptoError, ValueError, MemoryError) as exc:
        raise MinisignError(f"cannot derive the key from the password: {exc}") from exc


def secret_key_text(
    key: SecretKey,
    password: str | None,
    opslimit: int = OPSLIMIT_SENSITIVE,
    memlimit: int = MEMLIMIT_SENSITIVE,
    comment: str = "minisign encrypted secret key",
) -> str:
    """The secret key file; with `password`, encrypted exactly as `minisign -G` does it."""
    inner = key.key_id + key.secret + _checksum(key.key_id, key.secret)
    if password is None:
        kdf, salt, ops, mem = KDF_NONE, bytes(32), 0, 0
    else:
        kdf, salt, ops, mem = KDF_SCRYPT, secrets.token_bytes(32), opslimit, memlimit
        inner = _xor(inner, _kdf_stream(password, salt, ops, mem))
    raw = (
        ALG_EDDSA
        + kdf
        + CHECKSUM_BLAKE2B
        + salt
        + ops.to_bytes(8, "little")
        + mem.to_bytes(8, "little")
        + inner
    )
    return f"{UNTRUSTED_PREFIX}{comment}\n{base64.b64encode(raw).decode('ascii')}\n"


def _secret_raw(text: str) -> bytes:
    lines = text.splitlines()
    if len(lines) < 2 or not lines[0].startswith(UNTRUSTED_PREFIX):
        raise MinisignError("not a minisign secret key file")
    raw = _b64(lines[1], "secret key")
    if len(raw) != 2 + 2 + 2 + 32 + 8 + 8 + KEY_ID_BYTES + 64 + 32:
        raise MinisignError("not a minisign secret key (wrong length)")
    if raw[:2] != ALG_EDDSA or raw[4:6] != CHECKSUM_BLAKE2B:
        raise MinisignError("unsupported secret key algorithm")
    if raw[2:4] not in (KDF_SCRYPT, KDF_NONE):
        raise MinisignError("unsupported key derivation function")
    return raw


def secret_key_is_encrypted(text: str) -> bool:
    return _secret_raw(text)[2:4] == KDF_SCRYPT


def read_secret_key(text: str, password: str | None = None) -> SecretKey:
    """A secret key file from `minisign -G` (with its password) or `minisign -G -W`."""
    raw = _secret_raw(text)
    inner = raw[54:]
    if raw[2:4] == KDF_SCRYPT:
        if password is None:
            raise MinisignError("this secret key is protected by a password")
        salt = raw[6:38]
        opslimit = int.from_bytes(raw[38:46], "little")
        memlimit = int.from_bytes(raw[46:54], "little")
        inner = _xor(inner, _kdf_stream(password, salt, opslimit, memlimit))
    key_id, secret, check = inner[:8], inner[8:72], inner[72:]
    if raw[2:4] == KDF_SCRYPT and check != _checksum(key_id, secret):
        raise MinisignError("wrong password for this secret key")
    if check != bytes(32) and check != _checksum(key_id, secret):
        raise MinisignError("the secret key is damaged (its checksum does not match)")
    key = SecretKey(key_id, secret)
    if bytes(key._signer().verify_key) != secret[32:]:
        raise MinisignError("the secret key is damaged (its two halves do not match)")
    return key


def _prehash(message: bytes) -> bytes:
    return hashlib.blake2b(message, digest_size=64).digest()


def _one_line(text: str, what: str) -> str:
    if "\n" in text or "\r" in text or len(text) > MAX_COMMENT_CHARS:
        raise MinisignError(f"the {what} must be one line of at most {MAX_COMMENT_CHARS} chars")
    return text


def sign(
    message: bytes,
    key: SecretKey,
    trusted_comment: str,
    untrusted_comment: str = "signature from minisign secret key",
) -> str:
    """The .minisig text for `message`: prehashed, as `minisign -S` makes by default."""
    _one_line(trusted_comment, "trusted comment")
    _one_line(untrusted_comment, "untrusted comment")
    signer = key._signer()
    signature = signer.sign(_prehash(message)).signature
    global_signature = signer.sign(signature + trusted_comment.encode("utf-8")).signature
    sig_line = base64.b64encode(ALG_PREHASHED + key.key_id + signature).decode("ascii")
    return (
        f"{UNTRUSTED_PREFIX}{untrusted_comment}\n{sig_line}\n"
        f"{TRUSTED_PREFIX}{trusted_comment}\n"
        f"{base64.b64encode(global_signature).decode('ascii')}\n"
    )


def parse_signature(text: str) -> Signature:
    lines = text.splitlines()
    if len(lines) < 4:
        raise MinisignError("not a minisign signature (too few lines)")
    untrusted, sig_line, trusted, global_line = lines[:4]
    if not untrusted.startswith(UNTRUSTED_PREFIX):
        raise MinisignError("not a minisign signature (no untrusted comment)")
    if not trusted.startswith(TRUSTED_PREFIX):
        raise MinisignError("not a minisign signature (no trusted comment)")
    raw = _b64(sig_line, "signature")
    if len(raw) != 2 + KEY_ID_BYTES + 64 or raw[:2] not in (ALG_PREHASHED, ALG_EDDSA):
        raise MinisignError("not an Ed25519 minisign signature")
    global_signature = _b64(global_line, "trusted comment signature")
    if len(global_signature) != 64:
        raise MinisignError("the trusted comment signature has the wrong length")
    return Signature(
        algorithm=raw[:2],
        key_id=raw[2:10],
        signature=raw[10:],
        trusted_comment=trusted.removeprefix(TRUSTED_PREFIX),
        global_signature=global_signature,
        untrusted_comment=untrusted.removeprefix(UNTRUSTED_PREFIX),
    )


def verify(message: bytes, signature_text: str, keys: Iterable[PublicKey]) -> Signature:
    """Check `message` and the trusted comment against the key the signature names.

    Raises UnknownKeyError when no trusted key has that id, BadSignatureError when the message
    or the trusted comment was changed, MinisignError when the signature cannot be read.
    """
    import nacl.exceptions
    import nacl.signing

    signature = parse_signature(signature_text)
    key = next((k for k in keys if k.key_id == signature.key_id), None)
    if key is None:
        raise UnknownKeyError(signature.key_id_text)
    verifier = nacl.signing.VerifyKey(key.key)
    signed = _prehash(message) if signature.algorithm == ALG_PREHASHED else message
    try:
        verifier.verify(signed, signature.signature)
    except nacl.exceptions.BadSignatureError:
        raise BadSignatureError("the signature does not match the signed file") from None
    try:
        verifier.verify(
            signature.signature + signature.trusted_comment.encode("utf-8"),
            signature.global_signature,
        )
    except nacl.exceptions.BadSignatureError:
        raise BadSignatureError("the signature's trusted comment was altered") from None
    return signature
