"""Start-up: arguments, display check, QApplication, main window (the composition root)."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from saferest.config import LoadedConfig
    from saferest.domain.engine import Engine
    from saferest.ui.config import AppConfig
    from saferest.ui.main_window import MainWindow

NO_DISPLAY_MESSAGE = (
    "saferest: no graphical display found. The same reference and checker work in a terminal: "
    'try `saferest search kratom` or `saferest check "Xanax 1mg" "kratom"` '
    "(see `saferest check --help`)."
)
APP_NAME = "SafeRest"


def has_display() -> bool:
    """Whether Qt can open a window here; checked before Qt would abort with a trace."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith(("win", "darwin")):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def parse_args(args: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="saferest", description="SafeRest desktop app")
    parser.add_argument("--data", type=Path, help="use the data pack in this directory")
    parser.add_argument("--lang", help="interface and content language, e.g. en or es")
    parser.add_argument(
        "--kiosk",
        action="store_true",
        help="clinic kiosk mode: full screen, nothing saved, idle reset, admin PIN to exit",
    )
    parser.add_argument(
        "--config",
        type=Path,
        metavar="PATH",
        help="the clinic's kiosk.toml (default: the system-wide one, when present)",
    )
    parser.add_argument(
        "--user-dir",
        type=Path,
        help="keep the saved list and settings in this directory "
        "(default: the user data directory)",
    )
    return parser.parse_args(list(args or []))


def _language(*choices: str | None) -> str:
    """The first language given (kiosk config, --lang, saved choice), else the system's.

    Supported languages are en and es; anything else falls back to English.
    """
    from saferest.ui.i18n import normalise_language, system_language

    for choice in choices:
        if choice:
            return normalise_language(choice)
    return system_language()


def _install_translators(lang: str) -> None:
    """Qt's own strings and SafeRest's for `lang`, through the one translator service."""
    from saferest.ui.i18n import translators

    translators().set_language(lang)


def admin_config(options: argparse.Namespace) -> LoadedConfig | None:
    """The kiosk settings in force, or None for the ordinary desktop app (no Qt involved).

    A config that is refused (broken, unreadable, writable by others) still means kiosk mode:
    it fails locked, with a notice for staff.
    """
    from saferest.config import load_config

    loaded = load_config(options.config, force_kiosk=options.kiosk)
    if loaded is not None and not loaded.config.kiosk and options.config is not None:
        # A machine-wide kiosk policy cannot be switched off with a file of one's own.
        system = load_config(None)
        if system is not None and system.config.kiosk:
            return system
    if loaded is None or not loaded.config.kiosk:
        return None
    return loaded


def create_main_window(args: Sequence[str] | None = None) -> MainWindow:
    """Build the ready main window with the running QApplication (no event loop, not shown)."""
    options = parse_args(args)
    return _create_main_window(options, admin_config(options))


def _create_main_window(options: argparse.Namespace, kiosk: LoadedConfig | None) -> MainWindow:
    from PySide6.QtWidgets import QApplication

    from saferest.ui.main_window import MainWindow

    if QApplication.instance() is None:
        raise RuntimeError("create_main_window() needs a QApplication; create one first")
    config, cache_dir = _prepare(options, kiosk)
    return MainWindow(_load_engine(config.data_dir, cache_dir), config)


def _choose_language(
    options: argparse.Namespace, kiosk: LoadedConfig | None
) -> tuple[str, Path | None]:
    """The language (kiosk config, --lang, saved choice, system) and the user directory.

    Cheap (no pydantic), so the loading screen can already be in the right language.
    """
    from saferest.storage.user_files import UserFiles, default_user_dir

    if kiosk is not None:
        # The clinic's language wins; nothing the person does is read or written anywhere.
        return _language(kiosk.config.language, options.lang), None
    user_dir = options.user_dir if options.user_dir is not None else default_user_dir()
    return _language(options.lang, UserFiles(user_dir).saved_language()), user_dir


def _prepare(
    options: argparse.Namespace, kiosk: LoadedConfig | None
) -> tuple[AppConfig, Path | None]:
    """The window's settings and where a compiled-pack cache may live (None: nowhere)."""
    from saferest.ui.config import AppConfig

    lang, user_dir = _choose_language(options, kiosk)
    cache_dir = kiosk.config.cache_dir if kiosk is not None else None
    _install_translators(lang)
    config = AppConfig(
        data_dir=options.data,
        lang=lang,
        user_dir=user_dir,
        allow_web_links=kiosk is None,
        kiosk=kiosk,
    )
    return config, cache_dir


def _load_engine(data_dir: Path | None, cache_dir: Path | None) -> Engine:
    """The data; a cache directory the clinic set up that cannot be used is simply skipped."""
    import sqlite3

    from saferest.domain.engine import Engine

    engine: Engine | None = None
    if cache_dir is not None:
        with contextlib.suppress(OSError, sqlite3.Error):
            engine = Engine.load(data_dir, cache_dir=cache_dir)
    if engine is None:
        engine = Engine.load(data_dir)
    engine.settle()
    return engine


def _window_for(engine: Engine, config: AppConfig) -> MainWindow:
    from saferest.ui.main_window import MainWindow

    return MainWindow(engine, config)


def _kiosk_possible(options: argparse.Namespace) -> bool:
    """Cheap test, without importing pydantic, of whether admin_config() could return a kiosk."""
    from saferest.config_paths import system_config_path

    return bool(options.kiosk or options.config is not None or system_config_path().exists())


def run(args: Sequence[str]) -> int:
    options = parse_args(args)  # --help and usage errors work without a display
    if not has_display():
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return 3
    kiosk = admin_config(options) if _kiosk_possible(options) else None
    if kiosk is not None:
        from saferest.ui.kiosk.keyboard import prepare_kiosk_environment

        prepare_kiosk_environment(os.environ)  # before the QApplication exists
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("saferest")
    if kiosk is not None:
        from saferest.ui.kiosk.privacy import install_private_logging

        install_private_logging()
        app.setQuitOnLastWindowClosed(False)  # only the admin exit ends a kiosk session
    from saferest.ui.loading import LoadingWindow, default_cache_dir, load_in_background

    _install_translators(_choose_language(options, kiosk)[0])  # the loading screen too
    splash = LoadingWindow(kiosk=kiosk is not None)  # painted before the heavy imports
    if kiosk is not None:
        splash.showFullScreen()
    else:
        splash.show()
    app.processEvents()
    config, cache_dir = _prepare(options, kiosk)
    if kiosk is None:
        cache_dir = default_cache_dir()
    windows: list[QWidget] = []

    def loaded(engine: Engine) -> None:
        window = _window_for(engine, config)
        window.kioskExited.connect(app.quit)
        windows.append(window)
        window.show()
        splash.finish()

    def failed(message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        splash.finish()
        from PySide6.QtCore import QCoreApplication

        text = QCoreApplication.translate("App", "SafeRest could not load its data:\n%1")
        QMessageBox.critical(None, APP_NAME, text.replace("%1", message))
        app.exit(1)

    worker = load_in_background(
        lambda: _load_engine(config.data_dir, cache_dir), loaded, failed, app
    )
    app.aboutToQuit.connect(lambda: _tear_down(windows))
    code = int(app.exec())
    worker.wait()
    return code


def _tear_down(windows: list[QWidget]) -> None:
    """Hide the on-screen keyboard and the windows while the event loop still runs.

    Done after the loop has ended, Qt Virtual Keyboard crashes (seen with Qt 6.12 under Xvfb).
    """
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.inputMethod().hide()
    for window in windows:
        window.hide()
