"""Start-up: arguments, display check, QApplication, main window (the composition root)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from saferest.config import LoadedConfig
    from saferest.domain.engine import Engine
    from saferest.logs import Logging
    from saferest.ui.config import AppConfig
    from saferest.ui.crash import CrashHandler
    from saferest.ui.main_window import MainWindow

log = logging.getLogger("saferest.app")

NO_DISPLAY_MESSAGE = (
    "saferest: no graphical display found. The same reference and checker work in a terminal: "
    'try `saferest search kratom` or `saferest check "Xanax 1mg" "kratom"` '
    "(see `saferest check --help`)."
)
APP_NAME = "SafeRest"  # also in ui/identity.py, which needs Qt


def has_display() -> bool:
    """Whether Qt can open a window here; checked before Qt would abort with a trace."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith(("win", "darwin")):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def parse_args(args: Sequence[str] | None) -> argparse.Namespace:
    """The window's options, from the one `saferest` parser (so --help lists every command)."""
    from saferest.cli import parse_window_args

    return parse_window_args(list(args or []))


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
    return MainWindow(_load_engine(config, cache_dir), config)


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


def _load_engine(config: AppConfig, cache_dir: Path | None) -> Engine:
    """The pack in use: --data, a kiosk.toml pin, the newest installed pack, or the shipped one.

    A cache directory that cannot be used is simply skipped.
    """
    from saferest.domain.active_pack import load_engine

    kiosk = config.kiosk
    pin = kiosk.config.data_dir if kiosk is not None else None
    engine = load_engine(
        pin or config.data_dir,
        cache_dir,
        kiosk=kiosk is not None,
        pinned=pin is not None,
        user_dir=config.user_dir,
    )
    engine.settle()  # what was loaded lives as long as the app: no GC pause walks it later
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
    from saferest.logs import start_logging

    logs = start_logging(kiosk=kiosk is not None)  # kiosk: stderr only, nothing on disk
    try:
        return _run(options, kiosk, logs)
    finally:
        logs.stop()


def _run(options: argparse.Namespace, kiosk: LoadedConfig | None, logs: Logging) -> int:
    if kiosk is not None:
        from saferest.ui.kiosk.keyboard import prepare_kiosk_environment

        prepare_kiosk_environment(os.environ)  # before the QApplication exists
    from PySide6.QtWidgets import QApplication

    from saferest.ui.identity import apply_identity

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    apply_identity(app)  # name, icon, and the desktop file's id as the Wayland app id
    log.info("%s", startup_line(kiosk is not None))
    crash = install_error_handling(app, kiosk is not None, logs.directory)
    if kiosk is not None:
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
        log_pack(engine)
        window = _window_for(engine, config)
        window.kioskExited.connect(app.quit)
        windows.append(window)
        window.show()
        splash.finish()

    def failed(message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        log.error("the data could not be loaded: %s", message)
        splash.finish()
        from PySide6.QtCore import QCoreApplication

        text = QCoreApplication.translate("App", "SafeRest could not load its data:\n%1")
        QMessageBox.critical(None, APP_NAME, text.replace("%1", message))
        app.exit(1)

    worker = load_in_background(lambda: _load_engine(config, cache_dir), loaded, failed, app)
    app.aboutToQuit.connect(lambda: _tear_down(windows))
    code = int(app.exec())
    worker.wait()
    if crash is not None:
        crash.uninstall()
    log.info("SafeRest stopped (exit status %d)", code)
    return code


def startup_line(kiosk: bool) -> str:
    """What support needs to know about this start; nothing about the person."""
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion
    from PySide6.QtGui import QGuiApplication

    from saferest.logs import environment

    facts = environment()
    return (
        f"SafeRest {facts['SafeRest']} starting in {'kiosk' if kiosk else 'desktop'} mode: "
        f"Python {facts['Python']}, PySide6 {pyside_version}, Qt {qVersion()} "
        f"({QGuiApplication.platformName()}), {facts['Platform']}, "
        f"bundle: {facts['Frozen bundle']}"
    )


def log_pack(engine: Engine) -> None:
    reviewed = engine.reviewed.isoformat() if engine.reviewed else "unknown"
    log.info(
        "data pack %s (reviewed %s) loaded from %s with %d problem(s)",
        engine.data_version,
        reviewed,
        engine.data_root,
        len(engine.problems),
    )
    for problem in engine.problems[:20]:
        log.warning("data pack problem: %s", problem)


def install_error_handling(
    app: QApplication, kiosk: bool, report_dir: Path | None
) -> CrashHandler | None:
    """Kiosk: errors and Qt messages to stderr without their text. Desktop: the crash handler
    (a log entry, a crash report in `report_dir`, and a plain dialog)."""
    if kiosk:
        import threading

        from saferest.ui.kiosk.privacy import install_private_logging

        install_private_logging()
        # Errors in other threads too, so their messages are withheld as well.
        threading.excepthook = lambda args: sys.excepthook(
            args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback
        )
        return None
    from saferest.ui.about import diagnostics
    from saferest.ui.crash import CrashHandler

    handler = CrashHandler(report_dir, diagnostics, app)
    handler.install()
    return handler


def _tear_down(windows: list[QWidget]) -> None:
    """Hide the on-screen keyboard and the windows while the event loop still runs.

    Done after the loop has ended, Qt Virtual Keyboard crashes (seen with Qt 6.12 under Xvfb).
    """
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.inputMethod().hide()
    for window in windows:
        window.hide()
