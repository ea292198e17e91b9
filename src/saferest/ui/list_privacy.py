"""Saying, once, where a person's list is kept, and offering a private session that saves nothing.

A medication list is health information. The first time it is written to disk the person is told
where, and can switch to a private session instead: the saved copy is removed and nothing more is
written until SafeRest closes.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QStyle, QWidget

from saferest.storage.user_files import UserFiles
from saferest.ui.widgets import MessageStrip


def forget_saved_list(files: UserFiles) -> None:
    """Remove the saved list file, if there is one (a private session keeps nothing)."""
    path = files.list_path
    if path is not None:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


class ListLocationNotice(MessageStrip):
    """'Your list is kept in …' with a button for a private session, and one to dismiss."""

    privateRequested = Signal()

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(
            "listLocationNotice", QStyle.StandardPixmap.SP_MessageBoxInformation, parent
        )
        self.path = path
        self.private_button = self.add_button()
        self.private_button.clicked.connect(self.privateRequested)
        self.private_button.clicked.connect(self.hide)
        self.keep_button = self.add_button()
        self.keep_button.clicked.connect(self.hide)
        self.retranslate()

    def retranslate(self) -> None:
        name = self.tr("Where your list is kept")
        self.setAccessibleName(name)
        self.label.setAccessibleName(name)
        self.label.setText(
            self.tr(
                "Your list is saved on this computer, in %1, so it is still here the next "
                "time you open SafeRest. Nothing is sent anywhere."
            ).replace("%1", str(self.path))
        )
        self.private_button.setText(self.tr("Use a private session"))
        self.private_button.setAccessibleName(self.tr("Use a private session"))
        self.private_button.setAccessibleDescription(
            self.tr("Removes the saved list and saves nothing until SafeRest closes")
        )
        self.keep_button.setText(self.tr("Keep saving"))
        self.keep_button.setAccessibleName(self.tr("Keep saving my list"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "keep_button"):
            self.retranslate()
