"""The real start-up path: a loading screen paints first, the data loads off the UI thread."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from saferest import app
from saferest.ui.loading import LoadingWindow
from saferest.ui.main_window import MainWindow

from .uihelpers import MINIPACK


def _run_until_main_window(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> tuple[list[str], MainWindow]:
    seen: list[str] = []
    windows: list[MainWindow] = []
    real_window_for = app._window_for

    def window_for(*pieces: object) -> MainWindow:
        # When the data arrives, the loading screen must still be the visible one.
        seen.extend(type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible())
        windows.append(real_window_for(*pieces))  # type: ignore[arg-type]
        qtbot.addWidget(windows[-1])
        return windows[-1]

    def event_loop() -> int:
        qtbot.waitUntil(lambda: bool(windows) and windows[0].isVisible(), timeout=10_000)
        return 0

    monkeypatch.setattr(app, "_window_for", window_for)
    monkeypatch.setattr(QApplication, "exec", staticmethod(event_loop))
    assert app.run(args) == 0
    return seen, windows[0]


def test_loading_screen_shows_until_the_data_is_ready(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    seen, window = _run_until_main_window(
        qtbot, monkeypatch, ["--data", str(MINIPACK), "--user-dir", str(tmp_path / "user")]
    )
    assert "LoadingWindow" in seen
    assert not any(
        isinstance(w, LoadingWindow) and w.isVisible() for w in QApplication.topLevelWidgets()
    )
    assert window.engine.search("kratum")[0].entry_id == "kratom"


def test_desktop_start_caches_the_compiled_pack_in_the_user_cache(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    _run_until_main_window(
        qtbot, monkeypatch, ["--data", str(MINIPACK), "--user-dir", str(tmp_path / "user")]
    )
    assert list((tmp_path / "cache" / "SafeRest").glob("pack-*.sqlite"))


def test_loading_screen_shows_progress_and_the_emergency_line(qtbot: QtBot) -> None:
    splash = LoadingWindow(kiosk=False)
    qtbot.addWidget(splash)
    assert splash.accessibleName() == "Loading"
    assert splash.progress.maximum() == 0  # a busy indicator
    texts = " ".join(label.text() for label in splash.findChildren(QLabel)).lower()
    assert "emergency number" in texts


def test_kiosk_loading_screen_cannot_be_closed_while_loading(qtbot: QtBot) -> None:
    splash = LoadingWindow(kiosk=True)
    qtbot.addWidget(splash)
    splash.show()
    splash.close()
    assert splash.isVisible()
    splash.finish()
    assert not splash.isVisible()
