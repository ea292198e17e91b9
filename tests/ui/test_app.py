"""Start-up behaviour of saferest.app."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMainWindow

from saferest import app

from .uihelpers import MINIPACK


def test_no_display_prints_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for var in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(app.sys, "platform", "linux")
    assert app.run(["--data", str(MINIPACK)]) != 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no graphical display" in err


def test_create_main_window_does_not_show(qapp: object, tmp_path: object) -> None:
    window = app.create_main_window(["--data", str(MINIPACK), "--user-dir", str(tmp_path)])
    try:
        assert isinstance(window, QMainWindow)
        assert not window.isVisible()
        assert window.engine.pack.data_version == "0.1.0"
    finally:
        window.deleteLater()


def test_bad_arguments_exit_before_qt(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        app.parse_args(["--no-such-option"])
