"""Fixtures for GUI tests: a window over the mini pack with a throw-away user directory."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QtMsgType
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import saferest.config
import saferest.ui.emergency
import saferest.ui.i18n
import saferest.ui.main_window
from saferest.app import create_main_window
from saferest.ui.i18n import translators
from saferest.ui.kiosk.pin_lockout import process_lockout
from saferest.ui.main_window import MainWindow
from saferest.ui.settings_controller import BASE_FONT_PROPERTY

from .uihelpers import MINIPACK, TRANSLATIONS, compile_translations

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


@pytest.fixture(scope="session")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the compiled translations are: the source tree's, or (missing or older than the
    .ts) freshly compiled with pyside6-lrelease into a temporary directory."""
    sources = sorted(TRANSLATIONS.glob("*.ts"))
    fresh = all(
        ts.with_suffix(".qm").is_file()
        and ts.with_suffix(".qm").stat().st_mtime >= ts.stat().st_mtime
        for ts in sources
    )
    if fresh:
        return TRANSLATIONS
    return compile_translations(sources, tmp_path_factory.mktemp("qm"))


@pytest.fixture(autouse=True)
def _translations(
    monkeypatch: pytest.MonkeyPatch, qm_dir: Path, qapp: QApplication
) -> Iterator[None]:
    """The app finds the compiled translations; every test ends with the English interface."""
    if qm_dir != TRANSLATIONS:
        monkeypatch.setattr(saferest.ui.i18n, "translation_dirs", lambda: [qm_dir])
    yield
    translators().set_language("en")


@pytest.fixture(autouse=True)
def _isolate(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qapp: QApplication) -> Iterator[None]:
    """No test may touch the real user directories or read this machine's kiosk config; text
    size, style and quit behaviour are reset afterwards."""
    for var in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(tmp_path / "home" / var.lower()))
    # Kiosks start as if the on-screen keyboard were installed, unless a test says otherwise.
    monkeypatch.delenv("QT_IM_MODULE", raising=False)
    monkeypatch.setattr(saferest.ui.main_window, "keyboard_missing", lambda env: False)
    # The emergency number does not depend on the region of the machine running the tests.
    monkeypatch.setattr(saferest.ui.emergency, "locale_country", lambda: None)
    monkeypatch.setattr(
        saferest.config, "system_config_path", lambda: tmp_path / "no-system-config.toml"
    )
    process_lockout().record_success()  # wrong PINs of one test never lock another
    font = QApplication.font()
    style = qapp.style().name()
    quit_on_close = qapp.quitOnLastWindowClosed()
    yield
    QApplication.setFont(font)
    qapp.setProperty(BASE_FONT_PROPERTY, None)
    if qapp.style().name() != style or type(qapp.style()).__name__ == "TouchStyle":
        qapp.setStyle(style)
    qapp.setQuitOnLastWindowClosed(quit_on_close)


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


def toml_text(values: dict[str, object]) -> str:
    """Just enough TOML for kiosk configs: scalars, and lists of tables (local_resources)."""

    def scalar(value: object) -> str:
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, int | float):
            return repr(value)
        return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'

    lines = [f"{k} = {scalar(v)}" for k, v in values.items() if not isinstance(v, list)]
    for key, items in values.items():
        if isinstance(items, list):
            for item in items:
                lines.append(f"\n[[{key}]]")
                lines += [f"{k} = {scalar(v)}" for k, v in item.items()]
    return "\n".join(lines) + "\n"


@pytest.fixture
def write_config(tmp_path: Path) -> Callable[..., Path]:
    """Write a kiosk.toml (in a private directory of its own) and return its path."""

    def write(text: str | None = None, **values: object) -> Path:
        folder = tmp_path / "etc-saferest"
        folder.mkdir(mode=0o755, exist_ok=True)
        path = folder / "kiosk.toml"
        path.write_text(text if text is not None else toml_text(values), encoding="utf-8")
        path.chmod(0o644)
        return path

    return write


def _end_kiosk(window: MainWindow) -> None:
    window.admin_exit()  # removes the app-wide filters before the next test


@pytest.fixture
def make_kiosk(qtbot: QtBot) -> Callable[..., MainWindow]:
    """A kiosk window over the mini pack; `config` is a kiosk.toml path (or None)."""

    def make(config: Path | None = None, *extra: str, kiosk_flag: bool = True) -> MainWindow:
        args = ["--data", str(MINIPACK), "--lang", "en", *extra]
        if kiosk_flag:
            args.append("--kiosk")
        if config is not None:
            args += ["--config", str(config)]
        window = create_main_window(args)
        qtbot.addWidget(window, before_close_func=_end_kiosk)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        return window

    return make
