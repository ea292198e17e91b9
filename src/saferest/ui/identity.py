"""How desktops recognise SafeRest: its name, icon and desktop-file id.

The desktop file id is also the Wayland app id (and goes into X11 window hints), so the
window is matched with packaging/linux/org.saferest.SafeRest.desktop: the dock shows the right
icon and groups the window with the launcher.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QGuiApplication, QIcon

from saferest.locations import resource_dir

APP_NAME = "SafeRest"
DESKTOP_FILE_NAME = "org.saferest.SafeRest"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """The application icon from the shipped PNGs (no SVG plugin needed)."""
    icons = resource_dir("icons")
    icon = QIcon()
    for size in ICON_SIZES:
        png = icons / f"saferest-{size}.png"
        if png.is_file():
            icon.addFile(str(png))
    return icon


def apply_identity(app: QGuiApplication) -> None:
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    app.setWindowIcon(app_icon())
    if sys.platform == "win32":
        # The taskbar groups the window with the Start-menu shortcut of the same id (set by
        # the installer), and shows its icon rather than Python's.
        import ctypes

        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(DESKTOP_FILE_NAME)
