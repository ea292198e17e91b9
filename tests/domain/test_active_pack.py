"""Which pack the engine loads: the newest valid installed one, else the one the app shipped."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from tests.domain.releases import make_pack, release, trusted

from saferest.domain import active_pack, minisign
from saferest.domain.active_pack import describe_pack, load_engine
from saferest.domain.compiled import cache_path, manifest_digest
from saferest.domain.pack_install import PackStore, install


@pytest.fixture(scope="module")
def key() -> minisign.SecretKey:
    return minisign.generate_key()


@pytest.fixture
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The mini pack at 0.5.0 stands in for the pack shipped with the app."""
    root = make_pack(tmp_path / "shipped", "0.5.0")
    monkeypatch.setattr(active_pack, "default_data_dir", lambda: root)
    return root


@pytest.fixture
def user(tmp_path: Path) -> PackStore:
    return PackStore(tmp_path / "user-packs", "installed for this user")


@pytest.fixture
def machine(tmp_path: Path) -> PackStore:
    return PackStore(tmp_path / "system-packs", "installed for all users", shared=True)


def put(
    tmp_path: Path, store: PackStore, key: minisign.SecretKey, version: str, shipped: Path
) -> Path:
    folder = tmp_path / f"{store.root.name}-{version}"
    folder.mkdir()
    return install(release(folder, key, version), store, trusted(key), shipped=shipped).path


def test_with_nothing_installed_the_shipped_pack_is_used(shipped: Path, user: PackStore) -> None:
    engine = load_engine(stores=[user])
    assert engine.pack.root == shipped
    assert engine.set_aside == []


def test_a_newer_installed_pack_is_used(
    tmp_path: Path, shipped: Path, user: PackStore, key: minisign.SecretKey
) -> None:
    installed = put(tmp_path, user, key, "1.0.0", shipped)
    engine = load_engine(stores=[user])
    assert engine.pack.root == installed
    assert engine.pack.data_version == "1.0.0"


def test_the_newest_of_the_user_and_machine_packs_wins(
    tmp_path: Path, shipped: Path, user: PackStore, machine: PackStore, key: minisign.SecretKey
) -> None:
    put(tmp_path, user, key, "1.0.0", shipped)
    newest = put(tmp_path, machine, key, "2.0.0", shipped)
    assert load_engine(stores=[user, machine]).pack.root == newest


def test_an_installed_pack_altered_on_disk_is_set_aside_for_the_shipped_one(
    tmp_path: Path, shipped: Path, user: PackStore, key: minisign.SecretKey
) -> None:
    installed = put(tmp_path, user, key, "1.0.0", shipped)
    target = installed / "pack.toml"
    target.write_text(target.read_text().replace("kratom", "kratum", 1))
    engine = load_engine(stores=[user])
    assert engine.pack.root == shipped
    assert engine.pack.problems == []
    [problem] = engine.set_aside
    assert problem.file == str(installed)
    assert "SHA-256" in problem.message


def test_an_installed_pack_older_than_the_shipped_one_is_not_used(
    tmp_path: Path, user: PackStore, key: minisign.SecretKey, monkeypatch: pytest.MonkeyPatch
) -> None:
    put(tmp_path, user, key, "1.0.0", make_pack(tmp_path / "old-shipped", "0.1.0"))
    newer_shipped = make_pack(tmp_path / "updated-app", "3.0.0")
    monkeypatch.setattr(active_pack, "default_data_dir", lambda: newer_shipped)
    engine = load_engine(stores=[user])
    assert engine.pack.root == newer_shipped
    assert engine.set_aside == []


def test_a_folder_given_with_data_is_used_as_it_is_even_with_problems(
    pack_copy: Path, shipped: Path
) -> None:
    (pack_copy / "pack.toml").write_text("[[rule]]\nid = 'broken'\n")
    engine = load_engine(pack_copy)
    assert engine.pack.root == pack_copy
    assert engine.pack.problems


def test_a_pinned_pack_with_problems_falls_back_to_the_shipped_one(
    pack_copy: Path, shipped: Path
) -> None:
    (pack_copy / "pack.toml").write_text("[[rule]]\nid = 'broken'\n")
    engine = load_engine(pack_copy, pinned=True)
    assert engine.pack.root == shipped
    assert [p.file for p in engine.set_aside] == [str(pack_copy)]


def test_a_kiosk_reads_only_the_machine_wide_packs(
    tmp_path: Path, shipped: Path, key: minisign.SecretKey, monkeypatch: pytest.MonkeyPatch
) -> None:
    from saferest.domain import pack_install

    user_pack = put(tmp_path, pack_install.user_store(), key, "9.0.0", shipped)
    machine_pack = put(tmp_path, pack_install.system_store(), key, "1.0.0", shipped)
    assert load_engine(kiosk=True).pack.root == machine_pack
    assert load_engine(kiosk=False).pack.root == user_pack


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_machine_wide_packs_writable_by_everyone_are_not_trusted(
    tmp_path: Path, shipped: Path, machine: PackStore, key: minisign.SecretKey
) -> None:
    installed = put(tmp_path, machine, key, "1.0.0", shipped)
    installed.chmod(0o777)
    engine = load_engine(stores=[machine])
    assert engine.pack.root == shipped
    assert "writable by every user" in engine.set_aside[0].message


def test_a_new_pack_gets_its_own_compiled_cache(
    tmp_path: Path, shipped: Path, user: PackStore, key: minisign.SecretKey
) -> None:
    cache = tmp_path / "cache"
    load_engine(stores=[user], cache_dir=cache)
    installed = put(tmp_path, user, key, "1.0.0", shipped)
    engine = load_engine(stores=[user], cache_dir=cache)
    assert engine.pack.root == installed
    digest = manifest_digest(installed)
    assert digest is not None and digest != manifest_digest(shipped)
    assert cache_path(cache, digest).is_file()


def test_describe_names_the_signing_key_of_an_installed_pack(
    tmp_path: Path, shipped: Path, user: PackStore, key: minisign.SecretKey
) -> None:
    origin = describe_pack(put(tmp_path, user, key, "1.0.0", shipped))
    assert (origin.kind, origin.key_id) == ("installed", key.id)


def test_describe_says_the_shipped_pack_came_with_the_app(shipped: Path) -> None:
    origin = describe_pack(shipped)
    assert (origin.kind, origin.key_id) == ("shipped", None)


def test_describe_says_another_folder_is_neither_shipped_nor_signed(
    pack_copy: Path, shipped: Path
) -> None:
    origin = describe_pack(pack_copy)
    assert (origin.kind, origin.key_id) == ("other", None)
