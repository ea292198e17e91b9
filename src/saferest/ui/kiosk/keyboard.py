"""The on-screen keyboard: Qt Virtual Keyboard when the optional `saferest[kiosk]` extra is in.

Qt Virtual Keyboard is an input-context plugin: no Python import is involved. Its plugin ships in
PySide6-Essentials, but the libraries it needs (Qt6VirtualKeyboard) come with PySide6-Addons, so
both have to be present. The environment must be set before the QApplication is created.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, MutableMapping
from pathlib import Path

IM_MODULE = "qtvirtualkeyboard"
_LIBRARY_PATTERNS = (
    "libQt6VirtualKeyboard.so*",  # Linux
    "Qt6VirtualKeyboard.dll",  # Windows
    "QtVirtualKeyboard.framework",  # macOS
)


def _qt_dirs() -> tuple[Path, list[Path]]:
    import PySide6
    from PySide6.QtCore import QLibraryInfo

    paths = QLibraryInfo.LibraryPath
    plugins = Path(QLibraryInfo.path(paths.PluginsPath)) / "platforminputcontexts"
    libraries = [
        Path(QLibraryInfo.path(paths.LibrariesPath)),
        Path(QLibraryInfo.path(paths.BinariesPath)),
        Path(PySide6.__file__).resolve().parent,
    ]
    return plugins, libraries


def virtual_keyboard_available(
    plugin_dir: Path | None = None, library_dirs: Iterable[Path] | None = None
) -> bool:
    """Whether the Qt Virtual Keyboard plugin and its libraries are both installed."""
    if plugin_dir is None or library_dirs is None:
        default_plugins, default_libraries = _qt_dirs()
        plugin_dir = plugin_dir or default_plugins
        library_dirs = library_dirs if library_dirs is not None else default_libraries
    try:
        has_plugin = any("qtvirtualkeyboardplugin" in p.name for p in plugin_dir.iterdir())
    except OSError:
        return False
    if not has_plugin:
        return False
    for folder in library_dirs:
        for pattern in _LIBRARY_PATTERNS:
            if any(folder.glob(pattern)):
                return True
    return False


def prepare_kiosk_environment(
    env: MutableMapping[str, str], keyboard_available: bool | None = None
) -> str | None:
    """Set what a kiosk needs before Qt starts; returns the input method chosen (or None).

    An input method the admin set (QT_IM_MODULE) is kept. Without the virtual keyboard the app
    works with a hardware keyboard. QML (the keyboard is QML) must not cache compiled files in the
    user's cache directory: nothing is written in kiosk mode.
    """
    env.setdefault("QML_DISABLE_DISK_CACHE", "1")
    if env.get("QT_IM_MODULE"):
        return env["QT_IM_MODULE"]
    if keyboard_available is None:
        keyboard_available = virtual_keyboard_available()
    if not keyboard_available:
        return None
    env["QT_IM_MODULE"] = IM_MODULE
    return IM_MODULE


def keyboard_missing(env: Mapping[str, str], keyboard_available: bool | None = None) -> bool:
    """Whether touch visitors will have no on-screen keyboard (staff should be told).

    An input method the admin chose other than Qt Virtual Keyboard is trusted to provide one.
    """
    chosen = env.get("QT_IM_MODULE", "")
    if chosen and chosen != IM_MODULE:
        return False
    if keyboard_available is None:
        keyboard_available = virtual_keyboard_available()
    return not keyboard_available
