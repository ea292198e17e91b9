"""Installing a data update from the File menu, and seeing which pack is in use."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu
from pytestqt.qtbot import QtBot
from tests.domain.releases import make_pack, release, rewrite, top

from saferest.app import create_main_window
from saferest.domain import active_pack, minisign, trusted_keys
from saferest.domain.pack_install import user_store
from saferest.ui.about import AboutDialog
from saferest.ui.main_window import MainWindow
from saferest.ui.report_pdf import report_html
from saferest.ui.widgets import NoticeBar

from .uihelpers import top_level


@pytest.fixture
def key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> minisign.SecretKey:
    """A throwaway key, put in the app's shipped key list for the test."""
    key = minisign.generate_key()
    folder = tmp_path / "release-keys"
    folder.mkdir()
    (folder / "test.pub").write_text(key.public_key().file_text())
    monkeypatch.setattr(trusted_keys, "shipped_keys_dir", lambda: folder)
    return key


@pytest.fixture
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = make_pack(tmp_path / "shipped", "0.0.1")
    monkeypatch.setattr(active_pack, "default_data_dir", lambda: root)
    monkeypatch.setattr("saferest.domain.pack_install.default_data_dir", lambda: root)
    return root


def file_menu_action(window: MainWindow) -> QAction:
    menu = window.window_actions.menus["file"]
    assert isinstance(menu, QMenu)
    [action] = [a for a in menu.actions() if a.text() == "&Install data update…"]
    return action


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def installed_window(qtbot: QtBot, user_dir: Path) -> MainWindow:
    """A window started the normal way (no --data): it picks the pack in use by itself."""
    window = create_main_window(["--user-dir", str(user_dir), "--lang", "en"])
    qtbot.addWidget(window)
    return window


def test_the_file_menu_installs_a_signed_update(
    window: MainWindow,
    user_dir: Path,
    tmp_path: Path,
    key: minisign.SecretKey,
    shipped: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    choose_file(monkeypatch, release(tmp_path, key, "1.0.0"))
    file_menu_action(window).trigger()
    assert window.pack_updater is not None and window.pack_updater.message is not None
    text = window.pack_updater.message.text()
    assert "Data version 1.0.0 (reviewed 2026-12-07) is installed" in text
    assert key.id in text and "Restart SafeRest" in text
    current = user_store(user_dir).current()
    assert current is not None and current.name.startswith("1.0.0-")


def test_a_tampered_update_is_refused_and_nothing_is_installed(
    window: MainWindow,
    user_dir: Path,
    tmp_path: Path,
    key: minisign.SecretKey,
    shipped: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    good = release(tmp_path, key, "1.0.0")
    extra = zipfile.ZipInfo(f"{top(good)}/extra.toml")
    bad = rewrite(good, tmp_path / "bad.zip", lambda m: [*m, (extra, b"")])
    choose_file(monkeypatch, bad)
    file_menu_action(window).trigger()
    assert window.pack_updater is not None and window.pack_updater.message is not None
    message = window.pack_updater.message
    assert message.text() == "The data update was not installed. Nothing was changed."
    assert "extra.toml: not in the signed manifest" in message.informativeText()
    assert message.accessibleName() == "Data update result"
    assert user_store(user_dir).current() is None


def test_kiosks_have_no_install_action(make_kiosk: Callable[..., MainWindow]) -> None:
    kiosk = make_kiosk()
    assert kiosk.pack_updater is None
    names = [a.text() for a in kiosk.findChildren(QAction)]
    assert "&Install data update…" not in names


def test_about_and_report_name_the_signing_key_of_the_installed_pack(
    qtbot: QtBot,
    user_dir: Path,
    tmp_path: Path,
    key: minisign.SecretKey,
    shipped: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from saferest.domain.pack_install import install

    install(release(tmp_path, key, "1.0.0"), user_store(user_dir), trusted_keys.shipped_keys())
    window = installed_window(qtbot, user_dir)
    assert window.engine.pack.data_version == "1.0.0"
    window.show_about()
    text = top_level(AboutDialog, "About SafeRest").browser.toPlainText()
    assert "Data version: 1.0.0" in text
    assert f"Signing key: {key.id}" in text
    html = report_html(window.engine, window.engine.check_lines(["kratom"]), "en")
    assert f"signing key {key.id}" in html


def test_about_says_the_shipped_pack_came_with_the_app(
    qtbot: QtBot, user_dir: Path, shipped: Path
) -> None:
    window = installed_window(qtbot, user_dir)
    window.show_about()
    text = top_level(AboutDialog, "About SafeRest").browser.toPlainText()
    assert "Signing key: none (shipped with the app)" in text


def test_an_installed_pack_damaged_on_disk_is_reported_and_the_shipped_one_used(
    qtbot: QtBot, user_dir: Path, tmp_path: Path, key: minisign.SecretKey, shipped: Path
) -> None:
    from saferest.domain.pack_install import install

    result = install(
        release(tmp_path, key, "1.0.0"), user_store(user_dir), trusted_keys.shipped_keys()
    )
    (result.path / "pack.toml").write_text("damaged")
    window = installed_window(qtbot, user_dir)
    assert window.engine.pack.root == shipped
    bar = window.notices["pack-set-aside"]
    assert isinstance(bar, NoticeBar)
    assert "could not be used, so SafeRest is using data version 0.0.1" in bar.label.text()
    assert str(result.path) in bar.label.text()
