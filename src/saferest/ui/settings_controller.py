"""The person's display settings: text size (app-wide) and window geometry, and saving them.

Settings are a comfort: they are saved quietly, never in a private session, and a failure to
save never interrupts the person. A kiosk keeps its text size in the session instead (so the
next person gets the clinic's size) and saves nothing.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from saferest.storage.user_files import FONT_SCALE_RANGE, Settings, UserFiles
from saferest.ui.session import Session

FONT_STEPS = [0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0]
BASE_FONT_PROPERTY = "saferestBaseFontPointSize"
"""The application's text size before any scaling (kept on the QApplication)."""
DEFAULT_SIZE = (1100, 760)


def base_point_size() -> float:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    base = app.property(BASE_FONT_PROPERTY)
    if not base:
        size = QApplication.font().pointSizeF()
        base = size if size > 0 else 10.0
        app.setProperty(BASE_FONT_PROPERTY, base)
    return float(base)


def apply_font_scale(scale: float) -> None:
    """Scale the whole application's text (every window and dialog follows)."""
    font = QFont(QApplication.font())
    font.setPointSizeF(base_point_size() * scale)
    QApplication.setFont(font)


class SettingsController(QObject):
    """Loads, applies and saves `Settings` for one window."""

    def __init__(
        self, window: QWidget, files: UserFiles, settings: Settings, session: Callable[[], Session]
    ) -> None:
        super().__init__(window)
        self._window = window
        self.files = files
        self.settings = settings
        self._session = session
        self.paused = False
        """A private session: nothing is written until the app closes."""

    def save(self) -> None:
        if self.paused:
            return
        with contextlib.suppress(OSError):
            self.files.save_settings(self.settings)

    # -- text size --------------------------------------------------------------------------

    def font_scale(self) -> float:
        session = self._session()
        if session.font_scale is not None:
            return session.font_scale
        return self.settings.font_scale

    def set_font_scale(self, scale: float) -> None:
        low, high = FONT_SCALE_RANGE
        scale = min(max(scale, low), high)
        session = self._session()
        if session.font_scale is not None:  # kiosk: the person's choice, until reset
            session.font_scale = scale
        else:
            self.settings.font_scale = scale
        apply_font_scale(scale)
        self.save()

    def step_font(self, direction: int) -> None:
        current = self.font_scale()
        if direction > 0:
            bigger = [s for s in FONT_STEPS if s > current + 1e-6]
            self.set_font_scale(bigger[0] if bigger else FONT_STEPS[-1])
        else:
            smaller = [s for s in FONT_STEPS if s < current - 1e-6]
            self.set_font_scale(smaller[-1] if smaller else FONT_STEPS[0])

    def apply_session_font(self) -> None:
        """A kiosk session's own text size (the clinic's, at the start of a session)."""
        scale = self._session().font_scale
        if scale is not None:
            apply_font_scale(scale)

    # -- the window -------------------------------------------------------------------------

    def restore(self) -> None:
        """Desktop: the saved text size, and the window where it was (else a size that fits)."""
        if abs(self.settings.font_scale - 1.0) > 1e-6:
            apply_font_scale(self.settings.font_scale)
        window = self._window
        restored = False
        if self.settings.geometry:
            restored = window.restoreGeometry(
                QByteArray.fromBase64(self.settings.geometry.encode())
            )
        if not restored:
            width, height = DEFAULT_SIZE
            window.resize(width, height)
            screen = window.screen()
            if screen is not None:
                available = screen.availableGeometry()
                window.resize(min(width, available.width()), min(height, available.height()))

    def remember_geometry(self) -> None:
        """Keep where the window is (called as it closes) and save."""
        geometry = self._window.saveGeometry().toBase64().data()
        self.settings.geometry = bytes(geometry).decode("ascii")
        self.save()
