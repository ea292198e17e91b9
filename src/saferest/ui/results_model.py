"""'Interaction results': findings grouped by severity, each expandable to its explanation.

Quiet on purpose: the severity word is said once, by its group (a screen reader still hears it
on every finding), and only the worst group's rows are bold, so the eye lands there first.
The model only lays out what the domain's presentation built (saferest.domain.presentation) with
the shared words (saferest/ui/wording.py): headline, one why, one what-to-do, population notes,
time, reliability and sources, exactly as the CLI and the PDF tell them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyle

from saferest.domain.engine import CheckResult, Engine
from saferest.domain.presentation import FindingView
from saferest.domain.severity import SEVERITY_ORDER
from saferest.ui.conditions import add_condition_group  # conditions hook (issue 18)
from saferest.ui.i18n import entry_name
from saferest.ui.models.roles import Role, std_icon
from saferest.ui.severity import severity_icon
from saferest.ui.tree_model import ROOT, ModelIndex, NodeTreeModel
from saferest.ui.wording import Words

D = Qt.ItemDataRole
translate = QCoreApplication.translate


class InteractionResultsModel(NodeTreeModel):
    """Findings grouped by severity (worst first), each with its explanation as child rows."""

    def __init__(self, engine: Engine, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._lang = lang
        self.result: CheckResult = CheckResult(lines=[])
        self.views: list[FindingView] = []
        """The findings as presented, in the order shown."""
        self._bold: set[int] = set()
        """Rows of the worst group: its title, its findings and what to do about them."""

    def _name(self, entry_id: str) -> str:
        return entry_name(self._engine, entry_id, self._lang)

    def set_lang(self, lang: str) -> None:
        """Show the same result in another language (called after the translators changed)."""
        self._lang = lang
        self.set_result(self.result)

    def data(self, index: ModelIndex, role: int = D.DisplayRole) -> Any:
        if role == D.FontRole and self.node_id(index) in self._bold:
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        return super().data(index, role)

    def set_result(self, result: CheckResult) -> None:
        words = Words(translate)
        self.beginResetModel()
        self._clear_nodes()
        self._bold = set()
        self.result = result
        self.views = [self._engine.present(f, self._lang) for f in result.findings]
        inputs = [line.input for line in result.lines]
        worst = next((s for s in SEVERITY_ORDER if any(v.severity == s for v in self.views)), None)
        for severity in SEVERITY_ORDER:
            # conditions hook (issue 18): condition findings have their own group, below
            views = [v for v in self.views if v.severity == severity and v.kind != "condition"]
            if not views:
                continue
            word = words.severity(severity)
            group = self._add(
                ROOT,
                {
                    D.DisplayRole: f"{word} — {words.severity_meaning(severity)} ({len(views)})",
                    D.DecorationRole: severity_icon(severity),
                    Role.SEVERITY: severity.value,
                    Role.NODE: "group",
                },
            )
            if severity == worst:
                self._bold.add(group)
            for view in views:
                self._add_finding(words, group, view, inputs, bold=severity == worst)
        # conditions hook (issue 18): "With your health conditions", worst first
        conditions = [v for v in self.views if v.kind == "condition"]
        bold = add_condition_group(self._add, self._add_finding, words, conditions, inputs, worst)
        if bold is not None:
            self._bold.add(bold)
        if result.no_known:
            pairs = len(result.no_known)  # a plain name: lupdate 6.11 misses expression counts
            group = self._add(
                ROOT,
                {
                    D.DisplayRole: translate(
                        "Results", "No known interaction (pairs: %n)", None, pairs
                    ),
                    D.DecorationRole: std_icon(QStyle.StandardPixmap.SP_MessageBoxInformation),
                    Role.NODE: "no_known",
                },
            )
            for a, b in result.no_known:
                self._add(
                    group,
                    {D.DisplayRole: words.pair(self._name(a), self._name(b)), Role.NODE: "pair"},
                )
            self._add(group, {D.DisplayRole: words.label("no_known_note"), Role.NODE: "note"})
        if result.set_aside:
            stopped = len(result.set_aside)  # a plain name: lupdate 6.11 misses expression counts
            group = self._add(
                ROOT,
                {
                    D.DisplayRole: translate(
                        "Results", "Stopped, not checked any more (%n)", None, stopped
                    ),
                    D.DecorationRole: std_icon(QStyle.StandardPixmap.SP_MessageBoxInformation),
                    Role.NODE: "set_aside",
                },
            )
            for aside in result.set_aside:
                text = words.set_aside(self._name(aside.time.entry_id), aside.time)
                self._add(group, {D.DisplayRole: text, Role.NODE: "stopped"})
        if result.unresolved:
            lines = len(result.unresolved)  # a plain name: lupdate 6.11 misses expression counts
            group = self._add(
                ROOT,
                {
                    D.DisplayRole: translate("Results", "Not checked (%n)", None, lines),
                    D.DecorationRole: std_icon(QStyle.StandardPixmap.SP_MessageBoxWarning),
                    Role.NODE: "not_checked",
                },
            )
            for item in result.unresolved:
                if item.reason == "ambiguous":
                    why = translate("Results", "matches more than one entry")
                elif item.reason == "set_aside":
                    why = translate("Results", "not checked, as you chose")
                else:
                    why = translate("Results", "not recognised")
                self._add(
                    group,
                    {
                        D.DisplayRole: f"“{item.text}” ({why})",
                        Role.NODE: "unresolved",
                    },
                )
        self.endResetModel()

    def _add_finding(
        self, words: Words, group: int, view: FindingView, inputs: list[str], bold: bool
    ) -> None:
        word = words.severity(view.severity)
        title = words.title(view)
        headline = words.marked([view.headline])
        node = self._add(
            group,
            {
                # The group above says the severity; the row says what and why in one line.
                D.DisplayRole: f"{title}. {headline}",
                D.AccessibleTextRole: translate("Results", "%1 interaction: %2. %3")
                .replace("%1", word)
                .replace("%2", title)
                .replace("%3", headline),
                D.DecorationRole: severity_icon(view.severity),
                Role.SEVERITY: view.severity.value,
                Role.NODE: "finding",
            },
        )

        if bold:
            self._bold.add(node)

        def child(text: str, kind: str, extra: dict[int, Any] | None = None) -> None:
            row = self._add(node, {D.DisplayRole: text, Role.NODE: kind, **(extra or {})})
            if bold and kind == "advice":
                self._bold.add(row)

        # What to do comes first: on a small screen it is what must be seen without scrolling.
        if view.advice:
            child(f"{words.label('what_to_do')} {words.marked(view.advice)}", "advice")
        typed = [f"“{inputs[i]}”" for i in view.finding.lines if 0 <= i < len(inputs)]
        if typed:
            child(f"{words.label('from_your_list')} {', '.join(dict.fromkeys(typed))}", "detail")
        for time in view.time:
            text = words.time(time.name, time.time)
            if time.why is not None:
                text += f". {words.marked([time.why])}"
            child(text, "time")
        if view.why:
            child(f"{words.label('why')} {words.marked(view.why)}", "mechanism")
        for note in view.notes:
            child(f"{words.population(note.population)} {words.marked([note.text])}", "note")
        child(f"{words.label('reliability')} {words.reliability(view.reliability)}", "reliability")
        for source_id in view.sources:
            source = self._engine.source(source_id)
            if source is None:
                label, url = source_id, ""
            else:
                label, url = f"{source.title}. {source.publisher}, {source.year}.", source.url
            child(
                f"{words.label('source')} {label}",
                "source",
                {D.ToolTipRole: url or None, Role.URL: url or None},
            )

    def finding_indexes(self) -> list[QModelIndex]:
        out = []
        for row in range(self.rowCount()):
            group = self.index(row, 0)
            if group.data(Role.NODE) != "group":
                continue
            out += [self.index(r, 0, group) for r in range(self.rowCount(group))]
        return out


def no_known_note() -> str:
    return Words(translate).label("no_known_note")
