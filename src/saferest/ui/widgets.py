"""Small shared widgets."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QWidget

from saferest.ui.delegates import icon_size_for


class NoticeBar(QFrame):
    """A dismissible message strip above the content (data problems, a damaged saved list)."""

    def __init__(
        self,
        name: str,
        text: str,
        parent: QWidget | None = None,
        details: Callable[[], None] | None = None,
        closable: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(name)
        layout = QHBoxLayout(self)
        self.icon = QLabel(self)
        self.icon.setAccessibleName(self.tr("Warning"))
        self._update_icon()
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAccessibleName(name)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label, 1)
        if details is not None:
            more = QPushButton(self.tr("Details…"), self)
            more.setAccessibleName(self.tr("Details about: %1").replace("%1", name))
            more.clicked.connect(details)
            layout.addWidget(more, 0, Qt.AlignmentFlag.AlignTop)
        if closable:
            close = QPushButton(self.tr("Dismiss"), self)
            close.setAccessibleName(self.tr("Dismiss: %1").replace("%1", name))
            close.clicked.connect(self.hide)
            layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)

    def _update_icon(self) -> None:
        side = icon_size_for(self).height()
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.icon.setPixmap(icon.pixmap(QSize(side, side), self.devicePixelRatioF()))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "icon"):
            self._update_icon()

    @property
    def text(self) -> str:
        return self.label.text()
