"""The clinic header: logo, clinic name, staff notice, text size and "Start over"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QFont, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from saferest.config import LoadedConfig
from saferest.ui.i18n import LANGUAGE_NAMES

translate = QCoreApplication.translate
LOGO_HEIGHT = 64
MAX_LOGO_BYTES = 10_000_000
NOTICE_CHARS = 240
NAME_SCALE = 1.4
NOTICE_SCALE = 0.8


def other_name(lang: str) -> str:
    """A language's name in the current interface language."""
    names = {
        "en": translate("KioskHeader", "English"),
        "es": translate("KioskHeader", "Spanish"),
    }
    return names.get(lang, lang)


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
    languageRequested = Signal(str)
    """A language code: the person pressed the language button."""

    def __init__(
        self, loaded: LoadedConfig, parent: QWidget | None = None, keyboard_missing: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kioskHeader")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.loaded = loaded
        self.keyboard_missing = keyboard_missing
        """No on-screen keyboard is installed: staff are told at start."""
        self.language = "en"
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)

        self.brand = QWidget(self)
        self.brand.setObjectName("kioskBrand")
        brand_layout = QHBoxLayout(self.brand)
        brand_layout.setContentsMargins(0, 0, 0, 0)
        self.logo = QLabel(self.brand)
        self.logo.hide()
        brand_layout.addWidget(self.logo)
        texts = QVBoxLayout()
        texts.setSpacing(0)
        self.clinic_name = QLabel(self.brand)
        self.clinic_name.setTextFormat(Qt.TextFormat.PlainText)
        self.clinic_name.setWordWrap(True)
        texts.addWidget(self.clinic_name)
        self.subtitle = QLabel(self.brand)
        self.subtitle.setWordWrap(True)
        texts.addWidget(self.subtitle)
        brand_layout.addLayout(texts, 1)
        for label in (self.logo, self.clinic_name, self.subtitle):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout.addWidget(self.brand, 1)

        # Always visible, and labelled in the language it switches to, so people find their own.
        self.language_button = QPushButton(self)
        self.language_button.setObjectName("kioskLanguage")
        self.language_button.clicked.connect(self._on_language)
        self.smaller = QPushButton(self)
        self.smaller.clicked.connect(lambda: self.fontStepRequested.emit(-1))
        self.larger = QPushButton(self)
        self.larger.clicked.connect(lambda: self.fontStepRequested.emit(+1))
        self.start_over = QPushButton(self)
        self.start_over.clicked.connect(self.startOverRequested)
        for button in (self.language_button, self.smaller, self.larger, self.start_over):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            # Never narrower than their words: the clinic name wraps instead.
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            layout.addWidget(button)

        self.staff_notice = QLabel(self)
        self.staff_notice.setObjectName("kioskStaffNotice")
        self.staff_notice.setTextFormat(Qt.TextFormat.PlainText)
        self.staff_notice.setWordWrap(True)
        self.staff_notice.setForegroundRole(self.staff_notice.foregroundRole().PlaceholderText)
        self.staff_notice.hide()
        texts.addWidget(self.staff_notice)
        self.logo_pixmap: QPixmap | None = None
        path = logo_path(loaded)
        if path is not None:
            self.logo_pixmap, _problem = load_logo(path)
            if self.logo_pixmap is not None:
                self.logo.setPixmap(self.logo_pixmap)
                self.logo.show()
        self._apply_fonts()
        self.retranslate(self.language)

    def _apply_fonts(self) -> None:
        """The clinic name larger and the staff notice smaller than the text, whatever its size
        (A+ and A− change the application's font; these follow it)."""
        base = self.font()
        name_font = QFont(base)
        name_font.setBold(True)
        name_font.setPointSizeF(base.pointSizeF() * NAME_SCALE)
        self.clinic_name.setFont(name_font)
        small = QFont(base)
        small.setPointSizeF(base.pointSizeF() * NOTICE_SCALE)
        self.staff_notice.setFont(small)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "staff_notice"):
            self._apply_fonts()

    def other_language(self) -> str:
        return "en" if self.language == "es" else "es"

    def _on_language(self) -> None:
        self.languageRequested.emit(self.other_language())

    def retranslate(self, lang: str) -> None:
        """Every text of the header in the current interface language `lang`."""
        self.language = lang
        self.setAccessibleName(self.tr("Clinic"))
        self.brand.setAccessibleName(self.tr("Clinic name and logo"))
        self.logo.setAccessibleName(self.tr("Clinic logo"))
        self.clinic_name.setText(self.loaded.config.clinic_name or self.tr("SafeRest"))
        self.clinic_name.setAccessibleName(self.tr("Clinic name"))
        self.subtitle.setText(
            self.tr("Private: nothing you enter is kept. It is cleared when you leave.")
        )
        self.subtitle.setAccessibleName(self.tr("Privacy note"))
        other = self.other_language()
        self.language_button.setText(LANGUAGE_NAMES[other])  # in its own words
        self.language_button.setAccessibleName(
            self.tr("Change language to %1").replace("%1", other_name(other))
        )
        self.language_button.setAccessibleDescription(
            self.tr("Shows this screen in %1").replace("%1", other_name(other))
        )
        self.smaller.setText(self.tr("A−"))
        self.smaller.setAccessibleName(self.tr("Smaller text"))
        self.larger.setText(self.tr("A+"))
        self.larger.setAccessibleName(self.tr("Larger text"))
        self.start_over.setText(self.tr("Start over"))
        self.start_over.setAccessibleName(self.tr("Start over"))
        self.start_over.setAccessibleDescription(
            self.tr("Clear everything on this screen for the next person")
        )
        self.staff_notice.setAccessibleName(self.tr("Staff notice"))
        notices = []
        if self.loaded.notice:
            notices.append(
                self.tr("Kiosk settings not applied: %1").replace("%1", self.loaded.notice)
            )
        path = logo_path(self.loaded)
        if path is not None and self.logo_pixmap is None:
            _pixmap, problem = load_logo(path)
            if problem:
                notices.append(self.tr("Logo not shown: %1").replace("%1", problem))
        if self.keyboard_missing:
            notices.append(
                self.tr(
                    "No on-screen keyboard: Qt Virtual Keyboard is not installed, so visitors "
                    "need a hardware keyboard to type. Install SafeRest with the kiosk extra."
                )
            )
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
