"""minisign's key and signature formats: our files and the real minisign tool agree both ways."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from saferest.domain import minisign

HAS_MINISIGN = shutil.which("minisign") is not None
needs_minisign = pytest.mark.skipif(not HAS_MINISIGN, reason="minisign is not installed")
LOW_COST = {"opslimit": 32768, "memlimit": 16 * 1024 * 1024}
"""The smallest scrypt cost libsodium allows: tests stay fast; the file says the cost used."""


def _run(*args: str, cwd: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["minisign", *args], cwd=cwd, input=stdin, capture_output=True, text=True, check=False
    )


@pytest.fixture(scope="module")
def key() -> minisign.SecretKey:
    return minisign.generate_key()


def test_a_signature_verifies_and_names_its_key_and_comment(key: minisign.SecretKey) -> None:
    text = minisign.sign(b"manifest", key, "data pack 1.0.0")
    signature = minisign.verify(b"manifest", text, [key.public_key()])
    assert signature.key_id_text == key.id
    assert signature.trusted_comment == "data pack 1.0.0"
    assert signature.algorithm == minisign.ALG_PREHASHED


def test_one_changed_byte_in_the_message_fails(key: minisign.SecretKey) -> None:
    text = minisign.sign(b"manifest", key, "c")
    with pytest.raises(minisign.BadSignatureError):
        minisign.verify(b"manifesT", text, [key.public_key()])


def test_an_edited_trusted_comment_fails(key: minisign.SecretKey) -> None:
    text = minisign.sign(b"manifest", key, "data pack 1.0.0")
    edited = text.replace("data pack 1.0.0", "data pack 9.9.9")
    with pytest.raises(minisign.BadSignatureError, match="trusted comment"):
        minisign.verify(b"manifest", edited, [key.public_key()])


def test_a_signature_by_another_key_is_unknown_not_bad(key: minisign.SecretKey) -> None:
    other = minisign.generate_key()
    text = minisign.sign(b"manifest", other, "c")
    with pytest.raises(minisign.UnknownKeyError) as caught:
        minisign.verify(b"manifest", text, [key.public_key()])
    assert caught.value.key_id == other.id


def test_garbage_is_not_a_signature(key: minisign.SecretKey) -> None:
    with pytest.raises(minisign.MinisignError):
        minisign.verify(b"manifest", "hello\nworld\n", [key.public_key()])


def test_public_key_file_round_trips_and_shows_the_key_id(key: minisign.SecretKey) -> None:
    text = key.public_key().file_text()
    assert text.startswith(f"untrusted comment: minisign public key {key.id}\n")
    assert minisign.read_public_keys(text) == [key.public_key()]


def test_a_key_list_holds_several_keys_and_comments() -> None:
    a, b = minisign.generate_key(), minisign.generate_key()
    text = f"# clinic keys\n{a.public_key().file_text()}\n{b.public_key().file_text()}"
    assert minisign.read_public_keys(text) == [a.public_key(), b.public_key()]


def test_a_broken_key_line_is_reported_with_its_line_number() -> None:
    with pytest.raises(minisign.MinisignError, match="line 2"):
        minisign.read_public_keys("# keys\nRWQnotakey\n")


def test_unencrypted_secret_key_round_trips(key: minisign.SecretKey) -> None:
    text = minisign.secret_key_text(key, None)
    assert not minisign.secret_key_is_encrypted(text)
    assert minisign.read_secret_key(text) == key


def test_password_protected_key_needs_the_right_password(key: minisign.SecretKey) -> None:
    text = minisign.secret_key_text(key, "correct horse", **LOW_COST)
    assert minisign.secret_key_is_encrypted(text)
    assert minisign.read_secret_key(text, "correct horse") == key
    with pytest.raises(minisign.MinisignError, match="wrong password"):
        minisign.read_secret_key(text, "wrong horse")
    with pytest.raises(minisign.MinisignError, match="password"):
        minisign.read_secret_key(text)


def test_a_damaged_secret_key_is_refused(key: minisign.SecretKey) -> None:
    damaged = minisign.SecretKey(key.key_id, key.secret[:40] + bytes(24))
    with pytest.raises(minisign.MinisignError, match="damaged"):
        minisign.read_secret_key(minisign.secret_key_text(damaged, None))


@needs_minisign
def test_minisign_verifies_our_signature(key: minisign.SecretKey, tmp_path: Path) -> None:
    (tmp_path / "manifest.toml").write_bytes(b'data_version = "1.0.0"\n')
    (tmp_path / "manifest.toml.minisig").write_text(
        minisign.sign(b'data_version = "1.0.0"\n', key, "pack 1.0.0")
    )
    (tmp_path / "key.pub").write_text(key.public_key().file_text())
    result = _run("-Vm", "manifest.toml", "-p", "key.pub", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Trusted comment: pack 1.0.0" in result.stdout


@needs_minisign
def test_minisign_refuses_our_signature_on_changed_data(
    key: minisign.SecretKey, tmp_path: Path
) -> None:
    (tmp_path / "m").write_bytes(b"changed")
    (tmp_path / "m.minisig").write_text(minisign.sign(b"original", key, "c"))
    (tmp_path / "key.pub").write_text(key.public_key().file_text())
    assert _run("-Vm", "m", "-p", "key.pub", cwd=tmp_path).returncode != 0


@needs_minisign
@pytest.mark.parametrize("password", [None, "s3cret"])
def test_minisign_signs_with_our_secret_key_and_we_verify_it(
    key: minisign.SecretKey, tmp_path: Path, password: str | None
) -> None:
    (tmp_path / "key").write_text(minisign.secret_key_text(key, password, **LOW_COST))
    (tmp_path / "m").write_bytes(b"manifest")
    flags = ["-W"] if password is None else []
    result = _run("-S", *flags, "-s", "key", "-m", "m", cwd=tmp_path, stdin=f"{password}\n")
    assert result.returncode == 0, result.stderr
    signature = minisign.verify(
        b"manifest", (tmp_path / "m.minisig").read_text(), [key.public_key()]
    )
    assert signature.trusted_comment.startswith("timestamp:")


@needs_minisign
def test_keys_made_by_minisign_sign_what_minisign_verifies(tmp_path: Path) -> None:
    assert _run("-G", "-W", "-p", "k.pub", "-s", "k.key", cwd=tmp_path).returncode == 0
    key = minisign.read_secret_key((tmp_path / "k.key").read_text())
    assert minisign.read_public_keys((tmp_path / "k.pub").read_text()) == [key.public_key()]
    (tmp_path / "m").write_bytes(b"manifest")
    (tmp_path / "m.minisig").write_text(minisign.sign(b"manifest", key, "c"))
    assert _run("-Vm", "m", "-p", "k.pub", cwd=tmp_path).returncode == 0


@needs_minisign
def test_legacy_signatures_from_minisign_are_accepted(
    key: minisign.SecretKey, tmp_path: Path
) -> None:
    (tmp_path / "key").write_text(minisign.secret_key_text(key, None))
    (tmp_path / "m").write_bytes(b"manifest")
    assert _run("-S", "-l", "-W", "-s", "key", "-m", "m", cwd=tmp_path).returncode == 0
    signature = minisign.verify(
        b"manifest", (tmp_path / "m.minisig").read_text(), [key.public_key()]
    )
    assert signature.algorithm == minisign.ALG_EDDSA
