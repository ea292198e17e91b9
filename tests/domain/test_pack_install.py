"""Installing signed packs: what installs, what is refused, and that a refusal changes nothing."""

from __future__ import annotations

import hashlib
import stat
import zipfile
from pathlib import Path

import pytest
from tests.domain.releases import make_pack, members, release, rewrite, top, trusted

from saferest.domain import minisign, pack_release
from saferest.domain.pack import MANIFEST_NAME, build_manifest_text
from saferest.domain.pack_install import (
    STATE_NAME,
    PackStore,
    StoreError,
    install,
    rollback,
)
from saferest.domain.pack_release import SIGNATURE_NAME, ReleaseRefused


@pytest.fixture(scope="module")
def key() -> minisign.SecretKey:
    return minisign.generate_key()


@pytest.fixture
def shipped(tmp_path: Path) -> Path:
    """Stands in for the pack shipped with the app: older than every test release."""
    return make_pack(tmp_path / "shipped", "0.0.1")


@pytest.fixture
def store(tmp_path: Path) -> PackStore:
    return PackStore(tmp_path / "store", "installed for this user")


@pytest.fixture
def installed(tmp_path: Path, store: PackStore, key: minisign.SecretKey, shipped: Path) -> Path:
    """A store with version 1.0.0 installed and in use."""
    result = install(release(tmp_path, key, "1.0.0"), store, trusted(key), shipped=shipped)
    return result.path


def snapshot(root: Path) -> dict[str, str]:
    """Every file under `root` with its hash: equal snapshots mean nothing changed."""
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def refused_and_untouched(
    archive: Path, store: PackStore, key: minisign.SecretKey, shipped: Path, match: str
) -> None:
    before = snapshot(store.root)
    with pytest.raises(ReleaseRefused, match=match):
        install(archive, store, trusted(key), shipped=shipped)
    assert snapshot(store.root) == before
    assert [p.name for p in store.root.iterdir() if p.name.startswith(".")] == []


def test_a_signed_pack_installs_and_becomes_current(store: PackStore, installed: Path) -> None:
    assert store.current() == installed
    assert (installed / MANIFEST_NAME).is_file()
    assert (installed / SIGNATURE_NAME).is_file()
    assert (installed / "pack.toml").is_file()
    assert installed.name.startswith("1.0.0-")


def test_installed_files_are_readable_by_every_user(installed: Path) -> None:
    assert stat.S_IMODE(installed.stat().st_mode) == 0o755
    assert stat.S_IMODE((installed / "pack.toml").stat().st_mode) == 0o644


def test_a_newer_pack_replaces_it_and_keeps_the_old_for_rollback(
    tmp_path: Path, store: PackStore, installed: Path, key: minisign.SecretKey, shipped: Path
) -> None:
    result = install(release(tmp_path, key, "1.1.0"), store, trusted(key), shipped=shipped)
    assert store.current() == result.path
    assert result.replaced is not None and result.replaced.version == "1.0.0"
    assert store.history() == [installed.name, result.path.name]
    assert installed.is_dir()


def test_one_changed_byte_in_a_file_is_refused(
    tmp_path: Path, store: PackStore, installed: Path, key: minisign.SecretKey, shipped: Path
) -> None:
    good = release(tmp_path, key, "1.1.0")

    def flip(items: list[tuple[zipfile.ZipInfo, bytes]]) -> list[tuple[zipfile.ZipInfo, bytes]]:
        return [
            (
                info,
                data.replace(b"kratom", b"kratum", 1)
                if info.filename.endswith("/pack.toml")
                else data,
            )
            for info, data in items
        ]

    bad = rewrite(good, tmp_path / "bad.zip", flip)
    refused_and_untouched(bad, store, key, shipped, "pack.toml: does not match its SHA-256")


def test_one_changed_byte_in_the_manifest_breaks_the_signature(
    tmp_path: Path, store: PackStore, installed: Path, key: minisign.SecretKey, shipped: Path
) -> None:
    good = release(tmp_path, key, "1.1.0")

    def edit(items: list[tuple[zipfile.ZipInfo, bytes]]) -> list[tuple[zipfile.ZipInfo, bytes]]:
        return [
            (
                info,
                data.replace(b"1.1.0", b"9.1.0") if info.filename.endswith(MANIFEST_NAME) else data,
            )
            for info, data in items
        ]

    bad = rewrite(good, tmp_path / "bad.zip", edit)
    refused_and_untouched(bad, store, key, shipped, "signature does not match")


def test_one_added_file_is_refused(
    tmp_path: Path, store: PackStore, installed: Path, key: minisign.SecretKey, shipped: Path
) -> None:
    good = release(tmp_path, key, "1.1.0")
    name = f"{top(good)}/rules/extra.toml"
    bad = rewrite(
        good,
        tmp_path / "bad.zip",
        lambda items: [*items, (zipfile.ZipInfo(name), b'[[rule]]\nid = "x"\n')],
    )
    refused_and_untouched(bad, store, key, shipped, "rules/extra.toml: not in the signed manifest")


@pytest.mark.parametrize(
    ("name", "match"),
    [
        ("{top}/../evil.toml", "leads out of the pack folder"),
        ("../evil.toml", "leads out of the pack folder"),
        ("/etc/evil.toml", "absolute path"),
        ("C:/evil.toml", "absolute path"),
        ("{top}/a\\..\\evil.toml", "'\\\\'"),
    ],
)
def test_paths_leaving_the_pack_are_refused(
    tmp_path: Path,
    store: PackStore,
    installed: Path,
    key: minisign.SecretKey,
    shipped: Path,
    name: str,
    match: str,
) -> None:
    good = release(tmp_path, key, "1.1.0")
    member = zipfile.ZipInfo(name.format(top=top(good)))
    bad = rewrite(good, tmp_path / "bad.zip", lambda items: [*items, (member, b"x = 1\n")])
    refused_and_untouched(bad, store, key, shipped, match)
    assert not (tmp_path / "evil.toml").exists()


@pytest.mark.parametrize(
    ("file_type", "match"),
    [(stat.S_IFLNK, "symbolic links"), (stat.S_IFCHR, "special files"), (stat.S_IFIFO, "special")],
)
def test_links_and_device_files_are_refused(
    tmp_path: Path,
    store: PackStore,
    installed: Path,
    key: minisign.SecretKey,
    shipped: Path,
    file_type: int,
    match: str,
) -> None:
    good = release(tmp_path, key, "1.1.0")
    member = zipfile.ZipInfo(f"{top(good)}/link.toml")
    member.create_system = 3
    member.external_attr = (file_type | 0o777) << 16
    bad = rewrite(good, tmp_path / "bad.zip", lambda items: [*items, (member, b"/etc/passwd")])
    refused_and_untouched(bad, store, key, shipped, match)


def test_a_listed_file_replaced_by_a_symlink_is_refused(
    tmp_path: Path, store: PackStore, installed: Path, key: minisign.SecretKey, shipped: Path
) -> None:
    good = release(tmp_path, key, "1.1.0")

    def as_link(items: list[tuple[zipfile.ZipInfo, bytes]]) -> list[tuple[zipfile.ZipInfo, bytes]]:
        for info, _data in items:
            if info.filename.endswith("/pack.toml"):
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
        return items

    bad = rewrite(good, tmp_path / "bad.zip", as_link)
    refused_and_untouched(bad, store, key, shipped, "symbolic links")


def test_an_older_version_is_refused(
    tmp_path: Path, store: PackStore, installed: Path, key: minisign.SecretKey, shipped: Path
) -> None:
    older = release(tmp_path, key, "0.9.0")
    refused_and_untouched(older, store, key, shipped, "0.9.0 is older than the pack in use")


def test_an_older_version_installs_when_downgrade_is_allowed(
    tmp_path: Path, store: PackStore, installed: Path, key: minisign.SecretKey, shipped: Path
) -> None:
    older = release(tmp_path, key, "0.9.0")
    result = install(older, store, trusted(key), allow_downgrade=True, shipped=shipped)
    assert store.current() == result.path
    assert result.release.version == "0.9.0"


def test_a_pack_older_than_the_shipped_one_is_refused_with_nothing_installed(
    tmp_path: Path, store: PackStore, key: minisign.SecretKey
) -> None:
    shipped = make_pack(tmp_path / "newer-shipped", "5.0.0")
    with pytest.raises(ReleaseRefused, match="older than the pack in use"):
        install(release(tmp_path, key, "1.0.0"), store, trusted(key), shipped=shipped)
    assert store.history() == []


def test_same_version_with_other_content_is_refused(
    tmp_path: Path, store: PackStore, installed: Path, key: minisign.SecretKey, shipped: Path
) -> None:
    pack = make_pack(tmp_path / "changed", "1.0.0")
    (pack / "pack.toml").write_text((pack / "pack.toml").read_text() + "\n# edited\n")

    (pack / MANIFEST_NAME).write_text(build_manifest_text(pack, "1.0.0", "2026-12-08"))
    archive = tmp_path / "changed.zip"
    pack_release.build_release(pack, key, archive)
    refused_and_untouched(archive, store, key, shipped, "needs a new version number")


def test_installing_the_pack_in_use_again_changes_nothing(
    tmp_path: Path, store: PackStore, installed: Path, key: minisign.SecretKey, shipped: Path
) -> None:
    before = snapshot(store.root)
    archive = tmp_path / "release-1.0.0.zip"  # made by the `installed` fixture
    result = install(archive, store, trusted(key), shipped=shipped)
    assert result.already_installed
    assert snapshot(store.root) == before


def test_an_unknown_key_is_refused(
    tmp_path: Path, store: PackStore, installed: Path, key: minisign.SecretKey, shipped: Path
) -> None:
    stranger = minisign.generate_key()
    archive = release(tmp_path, stranger, "1.1.0")
    refused_and_untouched(
        archive, store, key, shipped, f"signed by key {stranger.id}, which is not trusted"
    )


def test_an_unsigned_archive_is_refused(
    tmp_path: Path, store: PackStore, installed: Path, key: minisign.SecretKey, shipped: Path
) -> None:
    good = release(tmp_path, key, "1.1.0")
    bad = rewrite(
        good,
        tmp_path / "unsigned.zip",
        lambda items: [(i, d) for i, d in items if not i.filename.endswith(SIGNATURE_NAME)],
    )
    refused_and_untouched(bad, store, key, shipped, "not signed")


def test_a_newer_pack_format_is_refused(
    tmp_path: Path, store: PackStore, installed: Path, key: minisign.SecretKey, shipped: Path
) -> None:
    pack = make_pack(tmp_path / "future", "2.0.0")
    manifest = pack / MANIFEST_NAME
    manifest.write_text(manifest.read_text().replace("[files]", "pack_format = 2\n\n[files]"))
    archive = tmp_path / "future.zip"
    with pytest.raises(ReleaseRefused):  # the sign command refuses it too: this app cannot read it
        pack_release.build_release(pack, key, archive)
    signature = minisign.sign(manifest.read_bytes(), key, "future pack")
    good = release(tmp_path, key, "1.1.0")
    t = top(good)

    def future(items: list[tuple[zipfile.ZipInfo, bytes]]) -> list[tuple[zipfile.ZipInfo, bytes]]:
        out = []
        for info, data in items:
            if info.filename == f"{t}/{MANIFEST_NAME}":
                data = manifest.read_bytes()
            elif info.filename == f"{t}/{SIGNATURE_NAME}":
                data = signature.encode()
            out.append((info, data))
        return out

    bad = rewrite(good, tmp_path / "future.zip", future)
    refused_and_untouched(bad, store, key, shipped, "pack format 2")


def test_more_than_the_size_limit_is_refused(
    tmp_path: Path,
    store: PackStore,
    installed: Path,
    key: minisign.SecretKey,
    shipped: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    archive = release(tmp_path, key, "1.1.0")
    monkeypatch.setattr(pack_release, "MAX_UNPACKED_BYTES", 2000)
    refused_and_untouched(archive, store, key, shipped, "would unpack to more than")


def test_content_that_fails_validation_is_refused(
    tmp_path: Path, store: PackStore, installed: Path, key: minisign.SecretKey, shipped: Path
) -> None:
    pack = make_pack(tmp_path / "invalid", "1.2.0")
    text = (pack / "pack.toml").read_text()
    (pack / "pack.toml").write_text(text + '\n[[rule]]\nid = "broken"\n')

    (pack / MANIFEST_NAME).write_text(build_manifest_text(pack, "1.2.0", "2026-12-07"))
    signature = minisign.sign((pack / MANIFEST_NAME).read_bytes(), key, "invalid pack")
    (pack / SIGNATURE_NAME).write_text(signature)
    archive = tmp_path / "invalid.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in sorted(pack.iterdir()):
            zf.write(path, f"saferest-data-1.2.0/{path.name}")
    refused_and_untouched(archive, store, key, shipped, "problem")


def test_a_damaged_archive_is_refused(
    tmp_path: Path, store: PackStore, installed: Path, key: minisign.SecretKey, shipped: Path
) -> None:
    archive = release(tmp_path, key, "1.1.0")
    data = archive.read_bytes()
    (tmp_path / "cut.zip").write_bytes(data[: len(data) // 2])
    refused_and_untouched(tmp_path / "cut.zip", store, key, shipped, "zip")


def test_rollback_returns_to_the_previous_pack(
    tmp_path: Path, store: PackStore, installed: Path, key: minisign.SecretKey, shipped: Path
) -> None:
    newer = install(release(tmp_path, key, "1.1.0"), store, trusted(key), shipped=shipped)
    result = rollback(store)
    assert result.removed == newer.path.name
    assert result.now == installed
    assert store.current() == installed
    assert not newer.path.exists()


def test_rolling_back_the_only_pack_returns_to_the_shipped_one(
    store: PackStore, installed: Path
) -> None:
    assert rollback(store).now is None
    assert store.current() is None
    with pytest.raises(StoreError, match="nothing to roll back"):
        rollback(store)


def test_only_the_last_three_installs_are_kept(
    tmp_path: Path, store: PackStore, installed: Path, key: minisign.SecretKey, shipped: Path
) -> None:
    for version in ("1.1.0", "1.2.0", "1.3.0"):
        install(release(tmp_path, key, version), store, trusted(key), shipped=shipped)
    assert [n.split("-")[0] for n in store.history()] == ["1.1.0", "1.2.0", "1.3.0"]
    assert not installed.exists()


def test_a_pinned_pack_survives_the_clean_up(
    tmp_path: Path, store: PackStore, installed: Path, key: minisign.SecretKey, shipped: Path
) -> None:
    for version in ("1.1.0", "1.2.0", "1.3.0"):
        install(
            release(tmp_path, key, version),
            store,
            trusted(key),
            shipped=shipped,
            keep_also=[installed],
        )
    assert installed.is_dir()


def test_a_damaged_state_file_is_reported_and_not_overwritten(
    tmp_path: Path, store: PackStore, installed: Path, key: minisign.SecretKey, shipped: Path
) -> None:
    (store.root / STATE_NAME).write_text("{not json")
    with pytest.raises(StoreError, match="cannot read"):
        install(release(tmp_path, key, "1.1.0"), store, trusted(key), shipped=shipped)
    assert (store.root / STATE_NAME).read_text() == "{not json"


def test_verify_checks_everything_without_installing(
    tmp_path: Path, store: PackStore, key: minisign.SecretKey
) -> None:
    archive = release(tmp_path, key, "1.1.0")
    checked = pack_release.check_release(archive, trusted(key))
    assert checked.version == "1.1.0" and checked.key_id == key.id
    assert not store.root.exists()
    assert [m[0].filename.split("/")[0] for m in members(archive)] == [top(archive)] * len(
        members(archive)
    )
