"""Small shared widgets."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QWidget

from saferest.ui.delegates import icon_size_for


class MessageStrip(QFrame):
    """A framed row: an icon, a wrapped selectable message, and the buttons a subclass adds."""

    def __init__(
        self, object_name: str, icon: QStyle.StandardPixmap, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._icon_kind = icon
        self._row = QHBoxLayout(self)
        self.icon = QLabel(self)
        self._update_icon()
        self._row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._row.addWidget(self.label, 1)

    def add_button(self) -> QPushButton:
        button = QPushButton(self)
        self._row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return button

    def _update_icon(self) -> None:
        side = icon_size_for(self).height()
        icon = self.style().standardIcon(self._icon_kind)
        self.icon.setPixmap(icon.pixmap(QSize(side, side), self.devicePixelRatioF()))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "icon"):
            self._update_icon()


class NoticeBar(MessageStrip):
    """A dismissible message strip above the content (data problems, a damaged saved list)."""

    def __init__(
        self,
        name: str,
        text: str,
        parent: QWidget | None = None,
        details: Callable[[], None] | None = None,
        closable: bool = True,
    ) -> None:
        super().__init__("noticeBar", QStyle.StandardPixmap.SP_MessageBoxWarning, parent)
        self.more: QPushButton | None = None
        self.close_button: QPushButton | None = None
        if details is not None:
            self.more = self.add_button()
            self.more.clicked.connect(details)
        if closable:
            self.close_button = self.add_button()
            self.close_button.clicked.connect(self.hide)
        self.set_texts(name, text)

    def set_texts(self, name: str, text: str) -> None:
        """The notice's name and message (again after a language switch)."""
        self.setAccessibleName(name)
        self.icon.setAccessibleName(self.tr("Warning"))
        self.label.setText(text)
        self.label.setAccessibleName(name)
        if self.more is not None:
            self.more.setText(self.tr("Details…"))
            self.more.setAccessibleName(self.tr("Details about: %1").replace("%1", name))
        if self.close_button is not None:
            self.close_button.setText(self.tr("Dismiss"))
            self.close_button.setAccessibleName(self.tr("Dismiss: %1").replace("%1", name))

    @property
    def text(self) -> str:
        return self.label.text()
