"""The checker: type or paste what you take, see how each line was read and what interacts."""

from __future__ import annotations

import datetime as dt
import re
from textwrap import shorten as _shorten

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from saferest.domain.engine import Engine
from saferest.domain.limits import MAX_ITEM_CHARS
from saferest.domain.medication_list import ItemRejected, ItemStatus
from saferest.domain.medlist import ParsedLine, UnresolvedItem
from saferest.domain.models import Severity
from saferest.domain.text import fold
from saferest.ui.a11y import announce
from saferest.ui.conditions import (  # conditions hook (issue 18)
    ConditionsPanel,
    added_notice,
    conditions_summary,
    take_condition_lines,
)
from saferest.ui.delegates import ScalingListView
from saferest.ui.i18n import entry_name
from saferest.ui.item_status import ItemStatusControl
from saferest.ui.models.roles import Role
from saferest.ui.reading_editor import ReadingCorrection
from saferest.ui.results_model import no_known_note
from saferest.ui.results_view import ResultsView
from saferest.ui.safe_browser import open_web_link
from saferest.ui.session import Session
from saferest.ui.severity import severity_word

translate = QCoreApplication.translate


def confirm_clear(parent: QWidget) -> bool:
    """Ask before clearing the whole list; tests replace this function."""
    answer = QMessageBox.question(
        parent,
        translate("CheckerView", "Clear the list?"),
        translate("CheckerView", "Remove every item from “My medications”?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def replace_unresolved(line: str, text: str, replacement: str) -> str:
    """Put `replacement` where the words of `text` (as normalised by the parser) were typed."""
    words = text.split()
    if words:
        pattern = r"[\W_]*".join(re.escape(w) for w in words)
        match = re.search(pattern, fold(line), flags=re.IGNORECASE)
        if match and len(fold(line)) == len(line):
            return line[: match.start()] + replacement + line[match.end() :]
    return replacement


def shorten(text: str) -> str:
    """A long line cut for a notice only (the line itself is never cut)."""
    return _shorten(text, 60, placeholder="…")


class MedicationEntry(QLineEdit):
    """A line edit that turns a multi-line paste into one item per line."""

    linesEntered = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._just_submitted = ""
        self.textEdited.connect(self._on_edited)
        self.returnPressed.connect(self.submit)

    def setCompleter(self, completer: QCompleter) -> None:
        super().setCompleter(completer)
        if completer is not None:
            completer.activated.connect(self._on_completion)

    def _on_edited(self, text: str) -> None:
        self._just_submitted = ""
        if "\n" in text or "\r" in text:
            lines = [line.strip() for line in re.split(r"[\r\n]+", text) if line.strip()]
            self.clear()
            if lines:
                self.linesEntered.emit(lines)

    def _on_completion(self, _text: str) -> None:
        # Enter on a completion also submits it; the completer then writes the text back.
        QTimer.singleShot(0, self._clear_if_submitted)

    def _clear_if_submitted(self) -> None:
        if self._just_submitted and self.text() == self._just_submitted:
            self.clear()
        self._just_submitted = ""

    def submit(self) -> None:
        text = self.text().strip()
        if text:
            self._just_submitted = text
            self.linesEntered.emit([text])
            self.clear()


class SuggestionPanel(QFrame):
    """For the selected line: what was not recognised, and buttons for the suggestions."""

    suggestionChosen = Signal(int, str, str)
    """row, unrecognised text, replacement name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Suggestions"))
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(0, 0, 0, 0)
        self._content: QWidget | None = None
        self._layout = QVBoxLayout()
        self.buttons: list[QPushButton] = []
        self.hide()

    def show_line(self, row: int, line: ParsedLine | None) -> None:
        if self._content is not None:
            # Detach at once so stale buttons are never found or clicked, then delete.
            self._content.hide()
            self._content.setParent(None)
            self._content.deleteLater()
            self._content = None
        self.buttons = []
        unresolved = [u for u in line.unresolved if u.reason != "set_aside"] if line else []
        if not unresolved:
            self.hide()
            return
        self._content = QWidget(self)
        self._layout = QVBoxLayout(self._content)
        for item in unresolved:
            self._add_item(row, item)
        self._outer.addWidget(self._content)
        self._content.show()
        self.show()

    def _add_item(self, row: int, item: UnresolvedItem) -> None:
        if item.reason == "ambiguous":
            text = self.tr("“%1” matches more than one entry. Which one do you mean?")
        elif item.suggestions:
            text = self.tr("“%1” was not recognised and is not checked. Did you mean:")
        else:
            text = self.tr(
                "“%1” was not recognised and is not checked. Check the spelling; it may "
                "not be in our data yet."
            )
        label = QLabel(text.replace("%1", item.text), self._content)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        self._layout.addWidget(label)
        if not item.suggestions:
            return
        row_layout = QHBoxLayout()
        for suggestion in item.suggestions:
            button = QPushButton(suggestion.name, self._content)
            button.setAccessibleName(self.tr("Use suggestion: %1").replace("%1", suggestion.name))
            button.clicked.connect(
                lambda _=False, n=suggestion.name, t=item.text: self.suggestionChosen.emit(
                    row, t, n
                )
            )
            row_layout.addWidget(button)
            self.buttons.append(button)
        row_layout.addStretch(1)
        self._layout.addLayout(row_layout)


class CheckerView(QWidget):
    """'Add medication', 'My medications' and 'Interaction results' over a Session."""

    def __init__(
        self,
        engine: Engine,
        session: Session,
        parent: QWidget | None = None,
        allow_web_links: bool = True,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self.allow_web_links = allow_web_links
        self.session = session
        self._bound: Session | None = None

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(splitter)

        # Left: entry and list
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        prompt = QLabel(
            self.tr("&Add a medicine, drug or supplement (name and dose as on the label):"), left
        )
        prompt.setWordWrap(True)
        left_layout.addWidget(prompt)
        entry_row = QHBoxLayout()
        self.entry = MedicationEntry(left)
        self.entry.setAccessibleName(self.tr("Add medication"))
        self.entry.setAccessibleDescription(
            self.tr("Type a name and press Enter. Pasting several lines adds each line.")
        )
        self.entry.setPlaceholderText(self.tr("e.g. Xanax 1mg"))
        prompt.setBuddy(self.entry)
        completer = QCompleter(self._vocabulary(), self.entry)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        self.entry.setCompleter(completer)
        self.entry.linesEntered.connect(self.add_lines)
        entry_row.addWidget(self.entry, 1)
        self.add_button = QPushButton(self.tr("Add"), left)
        self.add_button.setAccessibleName(self.tr("Add to list"))
        self.add_button.clicked.connect(self.entry.submit)
        entry_row.addWidget(self.add_button)
        left_layout.addLayout(entry_row)

        self.notice = QLabel(left)
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setAccessibleName(self.tr("List notice"))
        self.notice.hide()
        left_layout.addWidget(self.notice)

        list_label = QLabel(self.tr("&My medications:"), left)
        left_layout.addWidget(list_label)
        self.list_view = ScalingListView(left)
        self.list_view.setAccessibleName(self.tr("My medications"))
        self.list_view.setWordWrap(True)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        list_label.setBuddy(self.list_view)
        left_layout.addWidget(self.list_view, 1)
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.list_view,
            self.remove_selected,
            Qt.ShortcutContext.WidgetShortcut,
        )

        self.suggestions = SuggestionPanel(left)
        self.suggestions.suggestionChosen.connect(self._use_suggestion)
        left_layout.addWidget(self.suggestions)

        self.item_status = ItemStatusControl(left)
        self.item_status.statusChosen.connect(self._set_item_status)
        left_layout.addWidget(self.item_status)

        buttons = QHBoxLayout()
        self.reading = ReadingCorrection(self)
        buttons.addWidget(self.reading.button)
        self.remove_button = QPushButton(self.tr("&Remove selected"), left)
        self.remove_button.setAccessibleName(self.tr("Remove selected item"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.clear_button = QPushButton(self.tr("C&lear all"), left)
        self.clear_button.setAccessibleName(self.tr("Clear all items"))
        self.clear_button.clicked.connect(self.clear_all)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)

        # conditions hook (issue 18): health conditions, apart from the medicines
        self.conditions = ConditionsPanel(engine, session.conditions, session.files.writable, left)
        left_layout.addWidget(self.conditions)

        # Right: results
        right = QWidget(splitter)
        right_layout = QVBoxLayout(right)
        results_label = QLabel(self.tr("Interaction &results:"), right)
        right_layout.addWidget(results_label)
        self.summary = QLabel(right)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAccessibleName(self.tr("Check summary"))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right_layout.addWidget(self.summary)
        self.results_view = ResultsView(right)
        self.results_view.setAccessibleName(self.tr("Interaction results"))
        self.results_view.setAccessibleDescription(
            self.tr(
                "Findings grouped by severity, worst first. Press Space or the Right arrow "
                "on a finding for why, what to do, reliability and sources."
            )
        )
        self.results_view.activated.connect(self._on_result_activated)
        results_label.setBuddy(self.results_view)
        right_layout.addWidget(self.results_view, 1)
        self.result_actions = QHBoxLayout()
        """A row under the results for what can be done with them (take-home)."""
        right_layout.addLayout(self.result_actions)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)

        self.setTabOrder(self.entry, self.add_button)
        self.setTabOrder(self.add_button, self.list_view)
        self.setTabOrder(self.list_view, self.item_status.buttons[ItemStatus.TAKING])
        self.setTabOrder(self.item_status.buttons[ItemStatus.STOPPED], self.item_status.stopped_on)
        self.setTabOrder(self.item_status.stopped_on, self.reading.button)
        self.setTabOrder(self.reading.button, self.remove_button)
        self.setTabOrder(self.remove_button, self.clear_button)
        # conditions hook (issue 18): the condition boxes come after the list's buttons
        first, last = self.conditions.first_box, self.conditions.last_box
        if first is not None and last is not None:
            self.setTabOrder(self.clear_button, first)
            self.setTabOrder(last, self.results_view)
        else:
            self.setTabOrder(self.clear_button, self.results_view)
        self.set_session(session)

    def _vocabulary(self) -> list[str]:
        """The add field's completions: names in the session's language, and brands."""
        return sorted(self._engine.completion_names(self.session.lang), key=fold)

    # -- session binding --------------------------------------------------------------------

    def unbind(self) -> None:
        """Stop following the session (this view is being replaced; the session lives on)."""
        bound = self._bound
        if bound is None:
            return
        self._bound = None
        bound.resultChanged.disconnect(self._on_result)
        bound.medications.dataChanged.disconnect(self._refresh_suggestions)
        bound.medications.modelReset.disconnect(self._refresh_suggestions)
        bound.medications.rowsRemoved.disconnect(self._refresh_suggestions)

    def set_session(self, session: Session) -> None:
        self.unbind()
        self.session = session
        self._bound = session
        self.list_view.setModel(session.medications)
        self.list_view.selectionModel().currentChanged.connect(self._on_current_line)
        session.medications.dataChanged.connect(self._refresh_suggestions)
        session.medications.modelReset.connect(self._refresh_suggestions)
        session.medications.rowsRemoved.connect(self._refresh_suggestions)
        self.results_view.setModel(session.results)
        session.resultChanged.connect(self._on_result)
        # conditions hook (issue 18)
        self.conditions.set_session(session.conditions, session.files.writable, session.lang)
        self.notice.hide()
        self._on_result()
        self._refresh_suggestions()

    # -- actions ----------------------------------------------------------------------------

    def add_lines(self, lines: list[str]) -> None:
        # conditions hook (issue 18): a line that reads only as conditions ("I'm pregnant")
        # becomes a choice in "My health conditions", not a line among the medicines
        lines, conditions = take_condition_lines(self._engine, lines)
        added = self.session.conditions.add(conditions)
        outcome = self.session.medications.add_lines(lines)
        notes = [added_notice(self._engine, added, self.session.lang)] if added else []
        if outcome.duplicates:
            notes.append(
                self.tr("Already on your list: %1").replace(
                    "%1", ", ".join(f"“{d}”" for d in outcome.duplicates)
                )
            )
        if outcome.too_long:
            notes.append(
                self.tr(
                    "Too long to check safely, so not added (at most %1 characters a line; "
                    "put each medicine on its own line): %2"
                )
                .replace("%1", str(MAX_ITEM_CHARS))
                .replace("%2", ", ".join(f"“{shorten(d)}”" for d in outcome.too_long))
            )
        if outcome.over_limit:
            notes.append(
                self.tr("The list is full, so these were not added: %1").replace(
                    "%1", ", ".join(f"“{d}”" for d in outcome.over_limit)
                )
            )
        if notes:
            self.show_notice(" ".join(notes))
        else:
            self.notice.hide()
        if outcome.added:
            model = self.session.medications
            rows = [r for r in outcome.added if model.line(r).unresolved] or outcome.added
            self.list_view.setCurrentIndex(model.index(rows[-1], 0))
            self._refresh_suggestions()

    def remove_selected(self) -> None:
        index = self.list_view.currentIndex()
        if index.isValid():
            row = index.row()
            self.session.medications.remove_row(row)
            count = self.session.medications.rowCount()
            if count:
                next_row = min(row, count - 1)
                self.list_view.setCurrentIndex(self.session.medications.index(next_row, 0))

    def clear_all(self) -> None:
        if self.session.medications.rowCount() and confirm_clear(self):
            self.session.medications.clear()

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    def _use_suggestion(self, row: int, text: str, name: str) -> None:
        model = self.session.medications
        if 0 <= row < model.rowCount():
            try:
                model.replace_text(row, replace_unresolved(model.line(row).input, text, name))
            except ItemRejected:
                self.show_notice(self.tr("That change would make the line too long to check."))
                return
            self.list_view.setCurrentIndex(model.index(row, 0))
            self._refresh_suggestions()

    def _set_item_status(self, status: ItemStatus, stopped_on: dt.date | None) -> None:
        index = self.list_view.currentIndex()
        if index.isValid():
            self.session.medications.set_status(index.row(), status, stopped_on)
            self.list_view.setCurrentIndex(self.session.medications.index(index.row(), 0))

    def _on_current_line(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._refresh_suggestions()

    def _refresh_suggestions(self, *_args: object) -> None:
        index = self.list_view.currentIndex()
        model = self.session.medications
        if index.isValid() and index.row() < model.rowCount():
            self.suggestions.show_line(index.row(), model.line(index.row()))
        else:
            self.suggestions.show_line(-1, None)
        valid = index.isValid() and index.row() < model.rowCount()
        self.item_status.show_item(
            model.item(index.row()) if valid else None,
            model.today(),
            model.line(index.row()).said if valid else None,
        )
        self.remove_button.setEnabled(index.isValid())
        self.reading.button.setEnabled(index.isValid())
        self.clear_button.setEnabled(model.rowCount() > 0)

    def _on_result_activated(self, index: QModelIndex) -> None:
        url = index.data(Role.URL)
        if url and self.allow_web_links:
            open_web_link(self, QUrl(url), self.allow_web_links)
        else:
            self.results_view.toggle(index)

    # -- results ----------------------------------------------------------------------------

    def _on_result(self) -> None:
        view = self.results_view
        model = self.session.results
        findings = model.finding_indexes()
        for row in range(model.rowCount()):
            view.expand(model.index(row, 0))
        if len(findings) <= 3:
            for index in findings:
                if index.data(Role.SEVERITY) in (Severity.DANGEROUS.value, Severity.UNSAFE.value):
                    view.expand(index)
        else:
            # The worst, open when DANGEROUS: what to do is read first. conditions hook (issue
            # 18): the condition group comes after the severity groups, so look through both.
            dangerous = [i for i in findings if i.data(Role.SEVERITY) == Severity.DANGEROUS.value]
            if dangerous:
                view.expand(dangerous[0])
        self.summary.setText(self.summary_text())
        if self.isVisible():
            announce(self.results_view, self.summary.text())
        if findings:
            view.setCurrentIndex(findings[0])
            view.selectionModel().select(
                findings[0], QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def summary_text(self) -> str:
        result = self.session.result
        engine = self._engine
        names = [entry_name(engine, item.entry_id, self.session.lang) for item in result.checked]
        unique = list(dict.fromkeys(names))
        parts: list[str] = []
        if not result.lines:
            return self.tr(
                "Add the medicines, drugs and supplements you take; each pair is "
                "checked against our interaction rules."
            )
        if len(result.checked) < 2:
            if not (result.conditions and result.checked):  # conditions hook (issue 18)
                parts.append(
                    self.tr("Add at least two recognised items to check for interactions.")
                )
        elif result.findings_about_medicines:  # conditions hook (issue 18): counted below
            counts: dict[Severity, int] = {}
            for finding in result.findings_about_medicines:
                counts[finding.severity] = counts.get(finding.severity, 0) + 1
            breakdown = ", ".join(f"{n} {severity_word(s)}" for s, n in counts.items())
            checked = self.tr(
                "Checked %1 (pairs checked: %n). Found: %2.", "", result.checked_pairs
            )
            parts.append(checked.replace("%1", ", ".join(unique)).replace("%2", breakdown))
        else:
            parts.append(
                self.tr(
                    "Checked %1 (pairs checked: %n): no known interaction found.",
                    "",
                    result.checked_pairs,
                ).replace("%1", ", ".join(unique))
            )
            parts.append(no_known_note())
        if result.conditions:  # conditions hook (issue 18)
            parts.append(conditions_summary(engine, result, self.session.lang))
        if result.stopped:
            stopped = [entry_name(engine, i.entry_id, self.session.lang) for i in result.stopped]
            parts.append(
                self.tr("Stopped, so not checked: %1.").replace(
                    "%1", ", ".join(dict.fromkeys(stopped))
                )
            )
        unknown = [item for item in result.unresolved if item.reason != "set_aside"]
        if unknown:
            parts.append(
                self.tr("Not checked, because we did not recognise them: %1.").replace(
                    "%1", ", ".join(f"“{item.text}”" for item in unknown)
                )
            )
        set_aside = [item for item in result.unresolved if item.reason == "set_aside"]
        if set_aside:
            parts.append(
                self.tr("Not checked, as you chose: %1.").replace(
                    "%1", ", ".join(f"“{item.input}”" for item in set_aside)
                )
            )
        return " ".join(parts)
