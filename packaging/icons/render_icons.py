"""Render saferest.svg to the PNG sizes desktop environments and installers expect.

QT_QPA_PLATFORM=offscreen python packaging/icons/render_icons.py
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main() -> None:
    app = QGuiApplication([])
    renderer = QSvgRenderer(str(HERE / "saferest.svg"))
    for size in SIZES:
        image = QImage(QSize(size, size), QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        image.save(str(HERE / f"saferest-{size}.png"))
        if size == 256:
            image.save(str(HERE / "saferest.ico"))  # Windows installer and executable icon
    app.quit()


if __name__ == "__main__":
    main()
