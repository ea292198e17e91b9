"""'Take this home': a checked list or a card as a QR code that a phone camera reads as text.

The text and the code come from the domain (saferest.domain.take_home); this module draws the
code and shows it. The image lives in memory only and no button here saves it: in kiosk mode
nothing is written to disk, and the dialog closes with the idle reset.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # segno (and the http/email modules it loads) only when a code is made
    import segno

from collections.abc import Callable

from PySide6.QtCore import QObject, QRect, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from saferest.domain.emergency_number import EmergencyContact
from saferest.domain.engine import Engine
from saferest.domain.take_home import (
    TakeHomeText,
    make_qr,
    qr_rows,
    take_home_text,
)
from saferest.domain.take_home_adapt import card_take_home, list_take_home, take_home_number
from saferest.ui.checker_view import CheckerView
from saferest.ui.detail_view import DetailView
from saferest.ui.session import Session

TITLE_AND_MARGINS_PX = 80
"""Height a dialog loses to its title bar and margins: the code gets the rest of the screen's
height (520 px of a 1024x600 kiosk, KIOSK_CODE_SIDE_PX in the domain)."""
TEXT_COLUMN_PX = 400
"""Width kept beside the code for the instructions, the text and the buttons."""
MAX_MODULE_PX = 10
"""Bigger modules only make the dialog bigger; a phone reads 10 px modules from across a room."""


def qr_image(code: segno.QRCode, module_px: int, device_pixel_ratio: float = 1.0) -> QImage:
    """The code as a black-on-white image, quiet zone included, each module a sharp square of
    `module_px` device-independent pixels."""
    rows = qr_rows(code)
    size = len(rows)
    pixels = b"".join(bytes(0 if dark else 255 for dark in row) for row in rows)
    small = QImage(pixels, size, size, size, QImage.Format.Format_Grayscale8).copy()
    device_px = max(1, round(module_px * device_pixel_ratio))
    image = small.scaled(
        size * device_px,
        size * device_px,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.FastTransformation,
    )
    image.setDevicePixelRatio(device_px / module_px)
    return image


def code_side_for(available: QRect) -> int:
    """The side of the square the dialog can give the code on a screen of this size."""
    return max(
        0, min(available.height() - TITLE_AND_MARGINS_PX, available.width() - TEXT_COLUMN_PX)
    )


def module_px_for(modules: int, side: int) -> int:
    """The largest whole-pixel module that fits `side`, between 1 and MAX_MODULE_PX."""
    return max(1, min(MAX_MODULE_PX, side // modules))


class TakeHomeDialog(QDialog):
    """The code, what it holds as text, and how to use it."""

    def __init__(
        self,
        fitted: TakeHomeText,
        parent: QWidget | None = None,
        kiosk: bool = False,
        available: QRect | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_WindowPropagation)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("takeHomeDialog")
        self.setWindowTitle(self.tr("Take this home"))
        self.setAccessibleName(self.tr("Take this home"))
        self.text = fitted.text
        self.code = make_qr(fitted.text)
        if available is None:
            screen = self.screen() or QGuiApplication.primaryScreen()
            available = screen.availableGeometry()
        modules = len(qr_rows(self.code))
        self.module_px = module_px_for(modules, code_side_for(available))
        self.image = qr_image(self.code, self.module_px, self.devicePixelRatioF())

        layout = QHBoxLayout(self)
        self.code_label = QLabel(self)
        self.code_label.setPixmap(QPixmap.fromImage(self.image))
        self.code_label.setFixedSize(modules * self.module_px, modules * self.module_px)
        self.code_label.setAccessibleName(self.tr("QR code"))
        self.code_label.setAccessibleDescription(
            self.tr("A QR code that holds the text shown beside it.")
        )
        layout.addWidget(self.code_label, 0, Qt.AlignmentFlag.AlignTop)

        column = QVBoxLayout()
        if kiosk:
            how = self.tr(
                "Point your phone's camera at the code: your phone shows this text and can keep "
                "it. Nothing is sent anywhere, and the code disappears when you leave."
            )
        else:
            how = self.tr(
                "Point your phone's camera at the code to keep this text on your phone. Nothing "
                "is sent over the internet: the code holds only the text below."
            )
        self.instructions = QLabel(how, self)
        self.instructions.setWordWrap(True)
        self.instructions.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.instructions)
        self.text_view = QPlainTextEdit(self)
        self.text_view.setReadOnly(True)
        self.text_view.setPlainText(fitted.text)
        self.text_view.setAccessibleName(self.tr("Text in the code"))
        self.text_view.setMinimumWidth(TEXT_COLUMN_PX - 40)
        if kiosk:
            self.text_view.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        column.addWidget(self.text_view, 1)
        self.summary_note: QLabel | None = None
        if not fitted.complete:
            self.summary_note = QLabel(
                self.tr(
                    "Not everything fits in one code, so it holds a summary, worst first; what "
                    "is left out is counted (“and 3 more”)."
                ),
                self,
            )
            self.summary_note.setWordWrap(True)
            self.summary_note.setAccessibleName(self.tr("Summary note"))
            column.addWidget(self.summary_note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close the QR code"))
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        layout.addLayout(column, 1)


class TakeHomeButtons(QObject):
    """The take-home buttons of one session view (under a card, under the checker results) and
    the one dialog they open. Lives and dies with the session view."""

    def __init__(
        self,
        view: QWidget,
        engine: Engine,
        session: Session,
        contact: Callable[[], EmergencyContact | None],
        kiosk: bool,
        prepare: Callable[[QDialog], None],
    ) -> None:
        super().__init__(view)
        self.view = view
        self.engine = engine
        self.session = session
        self.contact = contact
        """The window's one emergency number (clinic, chosen country, locale or default)."""
        self.kiosk = kiosk
        self.prepare = prepare
        self.dialog: TakeHomeDialog | None = None
        self.details: DetailView | None = None
        self.card_button: QPushButton | None = None
        self.list_button: QPushButton | None = None

    def emergency_number(self) -> str:
        """The number every other screen shows, so the code never names a second one."""
        return take_home_number(self.contact(), self.session.lang)

    # -- under a card -----------------------------------------------------------------------

    def card_panel(self, details: DetailView) -> QWidget:
        """`details` with a take-home button under it, shown while a card is on screen."""
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(details, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        text = self.tr("Take this home") if self.kiosk else self.tr("Send to my phone")
        self.card_button = QPushButton(text, panel)
        self.card_button.setAccessibleName(self.tr("Take this card home as a QR code"))
        self.card_button.clicked.connect(self.show_card)
        row.addWidget(self.card_button)
        layout.addLayout(row)
        self.details = details
        details.textChanged.connect(self._follow_details)
        self._follow_details()
        return panel

    def _follow_details(self) -> None:
        if self.card_button is not None and self.details is not None:
            self.card_button.setVisible(self.details.current_entry is not None)

    def show_card(self) -> None:
        entry_id = self.details.current_entry if self.details is not None else None
        entry = self.engine.entry(entry_id) if entry_id else None
        if entry is None:
            return
        card = card_take_home(self.engine, entry, self.session.lang, self.emergency_number())
        self.show_text(take_home_text(card))

    # -- under the checker results ----------------------------------------------------------

    def attach_checker(self, checker: CheckerView) -> None:
        text = self.tr("Take this home") if self.kiosk else self.tr("Send my list to my phone")
        self.list_button = QPushButton(text, checker)
        self.list_button.setAccessibleName(self.tr("Take my list home as a QR code"))
        self.list_button.clicked.connect(self.show_list)
        checker.result_actions.addStretch(1)
        checker.result_actions.addWidget(self.list_button)
        self.session.resultChanged.connect(self._follow_list)
        self._follow_list()

    def _follow_list(self) -> None:
        if self.list_button is not None:
            self.list_button.setEnabled(bool(self.session.result.lines))

    def show_list(self) -> None:
        if not self.session.result.lines:
            return
        result = self.session.result
        if self.kiosk:  # conditions hook (issue 18): a kiosk's code leaves health conditions out
            result = self.engine.without_conditions(result)
        take_home = list_take_home(self.engine, result, self.session.lang, self.emergency_number())
        self.show_text(take_home_text(take_home))

    # -- the dialog -------------------------------------------------------------------------

    def show_text(self, fitted: TakeHomeText) -> TakeHomeDialog:
        self.close_dialog()
        window = self.view.window()
        dialog = TakeHomeDialog(fitted, window, kiosk=self.kiosk)
        dialog.destroyed.connect(lambda _=None, gone=dialog: self._forget(gone))
        self.dialog = dialog
        self.prepare(dialog)
        # Not modal, so Emergency help (F1, the button) stays one action away.
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _forget(self, dialog: TakeHomeDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def close_dialog(self) -> None:
        """Close and delete the dialog (a kiosk reset, a language switch, a new code)."""
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.done(QDialog.DialogCode.Rejected)
            dialog.close()
            dialog.deleteLater()
