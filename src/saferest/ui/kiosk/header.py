"""The clinic header: logo, clinic name, staff notice, text size and "Start over"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QImageReader, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from saferest.config import LoadedConfig

translate = QCoreApplication.translate
LOGO_HEIGHT = 64
MAX_LOGO_BYTES = 10_000_000
NOTICE_CHARS = 240


def logo_path(loaded: LoadedConfig) -> Path | None:
    """The configured logo as a local path (relative ones are next to the config file)."""
    logo = loaded.config.logo
    if logo is None:
        return None
    if not logo.is_absolute() and loaded.path is not None:
        logo = loaded.path.parent / logo
    return logo


def load_logo(path: Path) -> tuple[QPixmap | None, str | None]:
    """The logo scaled to the header, or the reason it is not shown. Local files only."""
    if "://" in str(path):
        return None, translate("KioskHeader", "the logo must be a local file: %1").replace(
            "%1", str(path)
        )
    try:
        size = path.stat().st_size
    except OSError as exc:
        reason = translate("KioskHeader", "logo %1 cannot be read: %2")
        return None, reason.replace("%1", str(path)).replace("%2", exc.strerror or str(exc))
    if size > MAX_LOGO_BYTES:
        return None, translate("KioskHeader", "logo %1 is too large").replace("%1", str(path))
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    image = reader.read()
    if image.isNull():
        reason = translate("KioskHeader", "logo %1 cannot be read: %2")
        return None, reason.replace("%1", str(path)).replace("%2", reader.errorString())
    pixmap = QPixmap.fromImage(image)
    return pixmap.scaledToHeight(LOGO_HEIGHT, Qt.TransformationMode.SmoothTransformation), None


class KioskHeader(QFrame):
    """Top strip in kiosk mode. Its brand area (logo and name) hides the admin gesture."""

    startOverRequested = Signal()
    fontStepRequested = Signal(int)

    def __init__(self, loaded: LoadedConfig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskHeader")
        self.setAccessibleName(self.tr("Clinic"))
        self.setFrameShape(QFrame.Shape.NoFrame)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)

        self.brand = QWidget(self)
        self.brand.setObjectName("kioskBrand")
        self.brand.setAccessibleName(self.tr("Clinic name and logo"))
        brand_layout = QHBoxLayout(self.brand)
        brand_layout.setContentsMargins(0, 0, 0, 0)
        self.logo = QLabel(self.brand)
        self.logo.setAccessibleName(self.tr("Clinic logo"))
        self.logo.hide()
        brand_layout.addWidget(self.logo)
        texts = QVBoxLayout()
        texts.setSpacing(0)
        config = loaded.config
        self.clinic_name = QLabel(config.clinic_name or self.tr("SafeRest"), self.brand)
        self.clinic_name.setAccessibleName(self.tr("Clinic name"))
        self.clinic_name.setTextFormat(Qt.TextFormat.PlainText)
        name_font = QFont(self.clinic_name.font())
        name_font.setBold(True)
        name_font.setPointSizeF(name_font.pointSizeF() * 1.4)
        self.clinic_name.setFont(name_font)
        texts.addWidget(self.clinic_name)
        self.subtitle = QLabel(
            self.tr("Private: nothing you enter is kept. It is cleared when you leave."),
            self.brand,
        )
        self.subtitle.setAccessibleName(self.tr("Privacy note"))
        self.subtitle.setWordWrap(True)
        texts.addWidget(self.subtitle)
        brand_layout.addLayout(texts, 1)
        for label in (self.logo, self.clinic_name, self.subtitle):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout.addWidget(self.brand, 1)

        self.smaller = QPushButton(self.tr("A−"), self)
        self.smaller.setAccessibleName(self.tr("Smaller text"))
        self.smaller.clicked.connect(lambda: self.fontStepRequested.emit(-1))
        self.larger = QPushButton(self.tr("A+"), self)
        self.larger.setAccessibleName(self.tr("Larger text"))
        self.larger.clicked.connect(lambda: self.fontStepRequested.emit(+1))
        self.start_over = QPushButton(self.tr("Start over"), self)
        self.start_over.setAccessibleName(self.tr("Start over"))
        self.start_over.setAccessibleDescription(
            self.tr("Clear everything on this screen for the next person")
        )
        self.start_over.clicked.connect(self.startOverRequested)
        for button in (self.smaller, self.larger, self.start_over):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            layout.addWidget(button)

        self.staff_notice = QLabel(self)
        self.staff_notice.setObjectName("kioskStaffNotice")
        self.staff_notice.setAccessibleName(self.tr("Staff notice"))
        self.staff_notice.setTextFormat(Qt.TextFormat.PlainText)
        self.staff_notice.setWordWrap(True)
        small = QFont(self.staff_notice.font())
        small.setPointSizeF(small.pointSizeF() * 0.8)
        self.staff_notice.setFont(small)
        self.staff_notice.setForegroundRole(self.staff_notice.foregroundRole().PlaceholderText)
        self.staff_notice.hide()
        texts.addWidget(self.staff_notice)

        notices = []
        if loaded.notice:
            notices.append(self.tr("Kiosk settings not applied: %1").replace("%1", loaded.notice))
        path = logo_path(loaded)
        if path is not None:
            pixmap, problem = load_logo(path)
            if pixmap is not None:
                self.logo.setPixmap(pixmap)
                self.logo.show()
            elif problem:
                notices.append(self.tr("Logo not shown: %1").replace("%1", problem))
        self.set_staff_notice(notices)

    def set_staff_notice(self, lines: list[str]) -> None:
        """Small text for staff; long reasons are shortened (the tooltip has them whole)."""
        if not lines:
            self.staff_notice.hide()
            return
        full = "\n".join(lines)
        shown = [
            line if len(line) <= NOTICE_CHARS else line[: NOTICE_CHARS - 1] + "…" for line in lines
        ]
        self.staff_notice.setText("\n".join(shown))
        self.staff_notice.setToolTip(full)
        self.staff_notice.show()

    @property
    def notice_text(self) -> str:
        return self.staff_notice.text() if not self.staff_notice.isHidden() else ""
