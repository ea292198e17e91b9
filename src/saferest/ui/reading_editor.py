"""'Not this?': the person corrects how a line of "My medications" was read.

For the selected line they choose another reading (from suggestions or a search), set the line
aside ("do not check it"), or go back to the reading of the words. The choice is the list item's
own reading, saved with the list; the domain applies it, this module only asks. Everything works
from the keyboard: F2 (or Alt+N) on the list opens it, typing searches, the arrow keys move
through the choices and Enter uses the one selected.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from saferest.domain.engine import Engine
from saferest.domain.medication_list import ListItem
from saferest.domain.medlist import ParsedLine
from saferest.ui.i18n import entry_name
from saferest.ui.models.medication_list import MedicationListModel

READABLE_KINDS = ("substance", "medication")
"""A list line is read as these only (never as a sleep practice or an emergency topic)."""

SEARCH_LIMIT = 30
SUGGESTIONS = 6

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


class ReadingDialog(QDialog):
    """Choose what one line is. `reading` holds the answer once the dialog is accepted."""

    def __init__(
        self, engine: Engine, line: ParsedLine, item: ListItem, lang: str, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._lang = lang
        self._line = line
        self.reading: tuple[str, ...] | None = item.reading
        """The person's answer: entry ids, () to set the line aside, None for the words'."""
        self.setWindowTitle(self.tr("Not this? Choose what this line is"))
        self.setAccessibleName(self.tr("Choose a reading"))
        layout = QVBoxLayout(self)

        intro = QLabel(self._intro(), self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setAccessibleName(self.tr("How this line is read now"))
        layout.addWidget(intro)

        prompt = QLabel(self.tr("&Search for what it is, or pick a suggestion below:"), self)
        prompt.setWordWrap(True)
        layout.addWidget(prompt)
        self.search = QLineEdit(self)
        self.search.setAccessibleName(self.tr("Search for a reading"))
        self.search.setPlaceholderText(self.tr("Type a name, e.g. sertraline"))
        self.search.setClearButtonEnabled(True)
        prompt.setBuddy(self.search)
        layout.addWidget(self.search)

        self.choices = QListWidget(self)
        self.choices.setAccessibleName(self.tr("Readings to choose from"))
        self.choices.setWordWrap(True)
        layout.addWidget(self.choices, 1)

        buttons = QDialogButtonBox(self)
        self.use_button = QPushButton(self.tr("&Use this reading"), self)
        self.use_button.setAccessibleName(self.tr("Use the selected reading"))
        self.use_button.setDefault(True)
        self.skip_button = QPushButton(self.tr("&Do not check this line"), self)
        self.skip_button.setAccessibleName(self.tr("Do not check this line"))
        self.words_button = QPushButton(self.tr("Read it from the &words again"), self)
        self.words_button.setAccessibleName(self.tr("Read this line from its words again"))
        self.words_button.setEnabled(item.reading is not None)
        buttons.addButton(self.use_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.skip_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.words_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        self.use_button.clicked.connect(self.use_selected)
        self.skip_button.clicked.connect(self.set_aside)
        self.words_button.clicked.connect(self.back_to_words)
        layout.addWidget(buttons)

        self.search.textChanged.connect(self._on_search)
        self.search.installEventFilter(self)
        self.choices.itemActivated.connect(lambda _item: self.use_selected())
        self.choices.currentItemChanged.connect(lambda *_: self._update_use_button())
        self._fill(self._suggestions(), select_first=False)
        self.search.setFocus()

    # -- answers ----------------------------------------------------------------------------

    def use_selected(self) -> None:
        if self.choices.currentRow() < 0:
            return
        self.reading = (str(self.choices.currentItem().data(ENTRY_ROLE)),)
        self.accept()

    def set_aside(self) -> None:
        self.reading = ()
        self.accept()

    def back_to_words(self) -> None:
        self.reading = None
        self.accept()

    # -- choices ----------------------------------------------------------------------------

    def _intro(self) -> str:
        text = self._line.input
        if self._line.origin == "not_checked":
            message = self.tr("“%1” is not checked, as you chose.")
        elif self._line.resolved or self._line.not_taken:
            ids = [i.entry_id for i in [*self._line.resolved, *self._line.not_taken]]
            names = ", ".join(entry_name(self._engine, i, self._lang) for i in ids)
            message = self.tr("“%1” is read as: %2.").replace("%2", names)
        else:
            message = self.tr("“%1” was not recognised, so it is not checked.")
        return message.replace("%1", text)

    def _suggestions(self) -> list[str]:
        """Entries offered before any search: what the line may be, best first. For words that
        were not recognised, the reader's own suggestions (it leaves out what a street word
        would have meant in an ordinary phrase); for a line read as something, look-alikes."""
        found: list[str] = []
        for missing in self._line.unresolved:
            found += [s.entry_id for s in missing.suggestions]
        if self._line.resolved or self._line.not_taken:
            text = self._line.input
            found += [s.entry_id for s in self._engine.parser.suggest(text, SUGGESTIONS)]
            found += [
                h.entry_id
                for h in self._engine.search(text, SUGGESTIONS)
                if h.kind in READABLE_KINDS
            ]
        current = {i.entry_id for i in self._line.resolved}
        return [i for i in dict.fromkeys(found) if i not in current][:SUGGESTIONS]

    def _on_search(self, text: str) -> None:
        if not text.strip():
            self._fill(self._suggestions(), select_first=False)
            return
        hits = self._engine.search(text, SEARCH_LIMIT)
        self._fill([hit.entry_id for hit in hits if hit.kind in READABLE_KINDS])

    def _fill(self, entry_ids: list[str], select_first: bool = True) -> None:
        """Show these entries; the first is selected only for what the person searched, so
        that Enter never takes a suggestion nobody looked at."""
        self.choices.clear()
        for entry_id in entry_ids:
            name = entry_name(self._engine, entry_id, self._lang)
            parts = [
                entry_name(self._engine, p, self._lang) for p in self._engine.ingredients(entry_id)
            ]
            if parts:
                name += f" ({', '.join(parts)})"
            row = QListWidgetItem(name, self.choices)
            row.setData(ENTRY_ROLE, entry_id)
        if select_first and self.choices.count():
            self.choices.setCurrentRow(0)
        self._update_use_button()

    def _update_use_button(self) -> None:
        self.use_button.setEnabled(self.choices.currentRow() >= 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the search box move through the choices; Enter uses the one chosen."""
        pressed = isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
        if watched is self.search and pressed:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if key == Qt.Key.Key_Down else -1
                row = min(max(self.choices.currentRow() + step, 0), self.choices.count() - 1)
                self.choices.setCurrentRow(row)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.use_selected()
                return True
        return super().eventFilter(watched, event)


class ReadingCorrection(QObject):
    """The 'Not this?' button and F2 on "My medications", opening a ReadingDialog for the
    selected line and saving the answer as that item's own reading."""

    dialogOpened = Signal(QDialog)
    """A dialog is about to open (kiosk mode makes it touch-friendly and keeps it on top)."""

    def __init__(self, view: Any) -> None:
        super().__init__(view)
        self._view = view
        self.dialog: ReadingDialog | None = None
        self.button = QPushButton(self.tr("&Not this?…"), view)
        self.button.setAccessibleName(self.tr("Not this? Correct the reading of the selected line"))
        self.button.setAccessibleDescription(
            self.tr(
                "Choose another reading for the selected line, or set it aside so it is not "
                "checked. Shortcut: F2."
            )
        )
        self.button.clicked.connect(self.open_for_current)
        view.list_view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """F2 on the list (the usual key to change the selected item) opens the choice."""
        if (
            watched is self._view.list_view
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_F2
        ):
            self.open_for_current()
            return True
        return super().eventFilter(watched, event)

    def _model(self) -> MedicationListModel:
        model: MedicationListModel = self._view.session.medications
        return model

    def open_for_current(self) -> None:
        index = self._view.list_view.currentIndex()
        model = self._model()
        if not index.isValid() or index.row() >= model.rowCount():
            return
        row = index.row()
        if self.dialog is not None:
            self.dialog.close()
        dialog = ReadingDialog(
            self._view.session.engine,
            model.line(row),
            model.item(row),
            self._view.session.lang,
            self._view,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._apply(model, row, dialog.reading))
        dialog.finished.connect(self._forget)
        self.dialog = dialog
        self.dialogOpened.emit(dialog)
        dialog.open()

    def _forget(self) -> None:
        self.dialog = None

    def _apply(self, model: MedicationListModel, row: int, reading: tuple[str, ...] | None) -> None:
        if model is not self._model() or row >= model.rowCount():
            return  # the list changed under the dialog (a kiosk reset): nothing to correct
        model.set_reading(row, reading)
        self._view.list_view.setCurrentIndex(model.index(row, 0))
        self._view.list_view.setFocus()
