"""'Interaction results': findings grouped by severity, each expandable to its explanation."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyle

from saferest.domain.engine import CheckResult, Engine
from saferest.domain.findings import Finding
from saferest.ui.i18n import content_text, english_marker, entry_name
from saferest.ui.models import Role, std_icon
from saferest.ui.severity import (
    SEVERITY_ORDER,
    reliability_text,
    severity_icon,
    severity_meaning,
    severity_word,
)
from saferest.ui.tree_model import ROOT, ModelIndex, NodeTreeModel

D = Qt.ItemDataRole
translate = QCoreApplication.translate


class InteractionResultsModel(NodeTreeModel):
    """Findings grouped by severity (worst first), each with its explanation as child rows."""

    def __init__(self, engine: Engine, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._lang = lang
        self.result: CheckResult = CheckResult(lines=[])

    def _texts(self, texts: list[dict[str, str]]) -> str:
        """Several data texts joined, with one marker if any of them is shown in English."""
        picked = [content_text(t, self._lang) for t in texts]
        joined = " ".join(shown for shown, _ in picked)
        return f"{joined} {english_marker()}" if any(f for _, f in picked) else joined

    def _name(self, entry_id: str) -> str:
        return entry_name(self._engine, entry_id, self._lang)

    def set_lang(self, lang: str) -> None:
        """Show the same result in another language (called after the translators changed)."""
        self._lang = lang
        self.set_result(self.result)

    def data(self, index: ModelIndex, role: int = D.DisplayRole) -> Any:
        if role == D.FontRole and super().data(index, Role.NODE) in ("finding", "advice"):
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        return super().data(index, role)

    def pair_label(self, finding: Finding) -> str:
        name_a = self._name(finding.a)
        if finding.a == finding.b:
            return translate("Results", "%1 twice").replace("%1", name_a)
        return f"{name_a} + {self._name(finding.b)}"

    def set_result(self, result: CheckResult) -> None:
        self.beginResetModel()
        self._clear_nodes()
        self.result = result
        inputs = [line.input for line in result.lines]
        for severity in SEVERITY_ORDER:
            findings = [f for f in result.findings if f.severity == severity]
            if not findings:
                continue
            word = severity_word(severity)
            group = self._add(
                ROOT,
                {
                    D.DisplayRole: f"{word} — {severity_meaning(severity)} ({len(findings)})",
                    D.DecorationRole: severity_icon(severity),
                    Role.SEVERITY: severity.value,
                    Role.NODE: "group",
                },
            )
            for finding in findings:
                self._add_finding(group, finding, inputs)
        if result.no_known:
            group = self._add(
                ROOT,
                {
                    D.DisplayRole: translate(
                        "Results", "No known interaction (pairs: %n)", None, len(result.no_known)
                    ),
                    D.DecorationRole: std_icon(QStyle.StandardPixmap.SP_MessageBoxInformation),
                    Role.NODE: "no_known",
                },
            )
            for a, b in result.no_known:
                self._add(
                    group,
                    {
                        D.DisplayRole: f"{self._name(a)} + {self._name(b)}",
                        Role.NODE: "pair",
                    },
                )
            self._add(group, {D.DisplayRole: no_known_note(), Role.NODE: "note"})
        if result.unresolved:
            group = self._add(
                ROOT,
                {
                    D.DisplayRole: translate(
                        "Results", "Not checked (%n)", None, len(result.unresolved)
                    ),
                    D.DecorationRole: std_icon(QStyle.StandardPixmap.SP_MessageBoxWarning),
                    Role.NODE: "not_checked",
                },
            )
            for item in result.unresolved:
                if item.reason == "ambiguous":
                    why = translate("Results", "matches more than one entry")
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

    def _add_finding(self, group: int, finding: Finding, inputs: list[str]) -> None:
        word = severity_word(finding.severity)
        summary = self._texts([rule.summary for rule in finding.deciding])
        pair = self.pair_label(finding)
        node = self._add(
            group,
            {
                D.DisplayRole: f"{word}: {pair}. {summary}",
                D.AccessibleTextRole: translate("Results", "%1 interaction: %2. %3")
                .replace("%1", word)
                .replace("%2", pair)
                .replace("%3", summary),
                D.DecorationRole: severity_icon(finding.severity),
                Role.SEVERITY: finding.severity.value,
                Role.NODE: "finding",
            },
        )
        typed: list[str] = []
        for i in finding.lines:
            if 0 <= i < len(inputs) and f"“{inputs[i]}”" not in typed:
                typed.append(f"“{inputs[i]}”")
        if typed:
            self._add(
                node,
                {
                    D.DisplayRole: translate("Results", "From your list: %1").replace(
                        "%1", ", ".join(typed)
                    ),
                    Role.NODE: "detail",
                },
            )
        for rule in finding.rules:
            mechanism, in_english = content_text(rule.mechanism, self._lang)
            label = mechanism
            if rule.severity != finding.severity:
                summary, summary_in_english = content_text(rule.summary, self._lang)
                label = f"{mechanism} ({severity_word(rule.severity)}: {summary})"
                in_english = in_english or summary_in_english
            if in_english:
                label = f"{label} {english_marker()}"
            self._add(
                node,
                {
                    D.DisplayRole: translate("Results", "Why: %1").replace("%1", label),
                    Role.NODE: "mechanism",
                },
            )
        advice = self._texts([rule.advice for rule in finding.deciding])
        self._add(
            node,
            {
                D.DisplayRole: translate("Results", "What to do: %1").replace("%1", advice),
                Role.NODE: "advice",
            },
        )
        self._add(
            node,
            {
                D.DisplayRole: translate("Results", "Reliability: %1").replace(
                    "%1", reliability_text(finding.reliability)
                ),
                Role.NODE: "reliability",
            },
        )
        for source_id in finding.sources:
            source = self._engine.source(source_id)
            if source is None:
                label, url = source_id, ""
            else:
                label, url = f"{source.title}. {source.publisher}, {source.year}.", source.url
            self._add(
                node,
                {
                    D.DisplayRole: translate("Results", "Source: %1").replace("%1", label),
                    D.ToolTipRole: url or None,
                    Role.URL: url or None,
                    Role.NODE: "source",
                },
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
    return translate(
        "Results",
        "No known interaction means our data has no rule for this pair. It is not a promise "
        "that the combination is safe.",
    )
