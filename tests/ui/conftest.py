"""Fixtures for GUI tests: a window over the mini pack with a throw-away user directory."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QtMsgType
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from saferest.app import create_main_window
from saferest.ui.main_window import BASE_FONT_PROPERTY, MainWindow

from .uihelpers import MINIPACK

# Messages the offscreen platform prints for window-manager features it does not have.
IGNORED_QT_MESSAGES = ("This plugin does not support",)


@pytest.fixture(autouse=True)
def _fail_on_qt_warnings(qtlog: object) -> Iterator[None]:
    """Qt warnings are bugs: fail the test on any that is not a known offscreen limitation."""
    yield
    bad = [
        record.message
        for record in qtlog.records  # type: ignore[attr-defined]
        if record.type in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
        and not record.message.startswith(IGNORED_QT_MESSAGES)
    ]
    assert not bad, f"Qt warnings: {bad}"


@pytest.fixture(autouse=True)
def _isolate(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qapp: QApplication) -> Iterator[None]:
    """No test may touch the real user directories, and text size is reset afterwards."""
    for var in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(tmp_path / "home" / var.lower()))
    font = QApplication.font()
    yield
    QApplication.setFont(font)
    qapp.setProperty(BASE_FONT_PROPERTY, None)


@pytest.fixture
def user_dir(tmp_path: Path) -> Path:
    return tmp_path / "user"


@pytest.fixture
def make_window(qtbot: QtBot, user_dir: Path) -> Callable[..., MainWindow]:
    def make(*extra: str, data: Path = MINIPACK, user: Path | None = None) -> MainWindow:
        args = ["--data", str(data), "--user-dir", str(user or user_dir), "--lang", "en", *extra]
        window = create_main_window(args)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def window(make_window: Callable[..., MainWindow]) -> MainWindow:
    return make_window()
