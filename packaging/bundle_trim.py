"""Which files the Linux bundle leaves out, and why (used by saferest.spec, tested on its own).

Three rules, applied to PyInstaller's list of binaries:

1. Plugins and modules SafeRest never uses: the embedded-device platforms (eglfs, linuxfb, vnc,
   KMS), evdev and TUIO input (TUIO pulls in QtNetwork), the GTK3 theme (it pulls in the whole
   GTK, cairo and pango stack of the build machine), image formats nobody uses for a clinic logo
   (TIFF, WebP, TGA, WBMP, ICNS; PNG, JPEG, GIF, SVG and ICO stay), Wayland server-buffer
   plugins (for compositors), rapidfuzz's AVX2 copies of its modules (rapidfuzz falls back to
   its generic build: typo search over 170,000 names measured 7.1 ms instead of 6.8 ms; 5 MB),
   and rapidfuzz's compiled `distance` metrics (3 MB): SafeRest calls only `process.extract`
   with `fuzz.ratio`, which stay compiled; `rapidfuzz.distance` falls back to pure Python.
2. Libraries every desktop has and that must match the rest of the system: the C++ runtime
   (GPU drivers load into the process and need the host's), glib and the X11 core (the manylinux
   baseline that the Qt wheels themselves assume), fontconfig/freetype/expat (the host's font
   configuration format), D-Bus and systemd (the host's bus), and CUPS with its Kerberos and TLS
   stack (printing uses the host's CUPS when there is one).
3. Then every plain library nothing left in the bundle needs (DT_NEEDED, transitively from the
   executable, Python's extension modules and the remaining Qt and QML plugins).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath

UNUSED = re.compile(
    r"/plugins/("
    r"platforms/libq(eglfs|linuxfb|vnc|minimalegl|vkkhrdisplay)\.so"
    r"|egldeviceintegrations/"
    r"|generic/"
    r"|platformthemes/libqgtk3\.so"
    r"|imageformats/(lib)?q(tiff|webp|tga|wbmp|icns)\."
    r"|wayland-graphics-integration-client/lib\w+-server\.so"
    r")"
    r"|(^|/)rapidfuzz/.*_avx2\."
    r"|(^|/)rapidfuzz/distance/metrics_cpp\."
)
HOST_LIBRARIES = re.compile(
    r"^(libstdc\+\+|libgcc_s"
    r"|libglib-2\.0|libgobject-2\.0|libgio-2\.0|libgmodule-2\.0|libgthread-2\.0"
    r"|libX11|libX11-xcb|libXext|libXrender|libXau|libXdmcp|libxcb|libICE|libSM"
    r"|libfontconfig|libfreetype|libexpat"
    r"|libdbus-1|libsystemd"
    r"|libcups|libgssapi_krb5|libkrb5|libk5crypto|libkrb5support|libcom_err|libkeyutils"
    r"|libgnutls|libavahi-client|libavahi-common|libssl"
    r")\.so(\.|$)"
)
"""Matched against a library's file name. `libxcb` matches only the core libxcb.so.1: the xcb
utility libraries (libxcb-cursor and friends) are missing on many desktops, so they stay."""
DESKTOP_ONLY_UNUSED = re.compile(r"/plugins/platforminputcontexts/(lib)?qtvirtualkeyboardplugin\.")
"""The on-screen keyboard plugin ships in PySide6-Essentials but needs QML and PySide6-Addons;
in the desktop bundle it would only drag Qt Quick in without working."""


@dataclass(frozen=True)
class Entry:
    """One of PyInstaller's binaries: where it goes in the bundle, where it comes from."""

    dest: str
    source: str
    kind: str  # PyInstaller's typecode: BINARY, EXTENSION or SYMLINK

    @property
    def name(self) -> str:
        return PurePosixPath(self.dest.replace("\\", "/")).name

    @property
    def is_root(self) -> bool:
        """Loaded by Python or Qt by path (extension modules, Qt and QML plugins), not through
        another library's DT_NEEDED."""
        dest = self.dest.replace("\\", "/")
        return (
            self.kind == "EXTENSION"
            or "/plugins/" in dest
            or "/qml/" in dest
            or self.name.startswith("libpython")
        )


def dropped_reason(entry: Entry, kiosk: bool = False) -> str | None:
    dest = "/" + entry.dest.replace("\\", "/")
    if UNUSED.search(dest) or (not kiosk and DESKTOP_ONLY_UNUSED.search(dest)):
        return "not used by SafeRest"
    if HOST_LIBRARIES.match(entry.name):
        return "provided by the host"
    return None


def trim(
    entries: Sequence[Entry], needs: Callable[[Entry], list[str]] | None, kiosk: bool = False
) -> tuple[list[Entry], dict[str, str]]:
    """(entries kept, {dest: reason} for those dropped); `needs` gives an entry's DT_NEEDED.

    Without `needs` (Windows, macOS) only the first rule applies.
    """
    dropped = {e.dest: reason for e in entries if (reason := dropped_reason(e, kiosk))}
    if needs is None:
        return [e for e in entries if e.dest not in dropped], dropped
    files = [e for e in entries if e.dest not in dropped and e.kind != "SYMLINK"]
    needed = {e.name: needs(e) for e in files}
    live: set[str] = set()
    pending = [e.name for e in files if e.is_root]
    while pending:
        name = pending.pop()
        if name not in live:
            live.add(name)
            pending.extend(needed.get(name, []))
    for entry in files:
        if not entry.is_root and entry.name not in live:
            dropped[entry.dest] = "nothing in the bundle needs it"
    kept_paths = {e.dest.replace("\\", "/") for e in files if e.dest not in dropped}
    for entry in entries:
        if entry.kind == "SYMLINK" and entry.dest not in dropped:
            target = PurePosixPath(entry.dest.replace("\\", "/")).parent / entry.source
            if _normal(target) not in kept_paths:
                dropped[entry.dest] = "link to a dropped file"
    return [e for e in entries if e.dest not in dropped], dropped


def _normal(path: PurePosixPath) -> str:
    parts: list[str] = []
    for part in path.parts:
        if part == "..":
            if parts:
                parts.pop()
        elif part != ".":
            parts.append(part)
    return "/".join(parts)
