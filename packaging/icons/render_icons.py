"""Render resources/icons/saferest.svg to the PNG sizes desktops expect, and the Windows .ico.

    QT_QPA_PLATFORM=offscreen python packaging/icons/render_icons.py

The PNGs ship in the package (window icon, hicolor theme); the .ico holds 16 to 256 pixels, as
PNG images (readable by Windows Vista and later), for the executables and the installer.
"""

from __future__ import annotations

import struct
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"
ICO = Path(__file__).resolve().parent / "saferest.ico"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file whose entries are PNG images (a width or height of 256 is written as 0)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    entries, images = b"", b""
    for size, data in sorted(pngs.items()):
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(QSize(size, size), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> None:
    app = QGuiApplication([])
    renderer = QSvgRenderer(str(ICONS / "saferest.svg"))
    pngs = {size: render(renderer, size) for size in SIZES}
    for size, data in pngs.items():
        (ICONS / f"saferest-{size}.png").write_bytes(data)
    ICO.write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    app.quit()


if __name__ == "__main__":
    main()
