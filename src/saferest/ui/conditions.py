"""Health conditions in the window: chosen from a short list or typed in the medicine box, shown
apart from the medicines, told in their own group of results, and private by default.

Everything here is kept in one module so the views it plugs into stay small; each place that
uses it is marked `# conditions hook (issue 18)`:
- `ConditionChoices`: the conditions a person chose, owned by the Session (saved with the list
  on the desktop only; a kiosk's Session has nowhere to save and is thrown away on reset);
- `ConditionsPanel`: the short list of check boxes under "My medications";
- `take_condition_lines`: typed lines that read only as conditions become choices;
- `add_condition_group`: the results tree's own group for condition findings, worst first;
- `conditions_summary`: the sentence the checker's summary adds about them;
- report helpers: whether the report shows them (desktop yes, kiosk no unless ticked) and the
  box that asks. The report itself tells them Qt-free (saferest.domain.check_report, drawn by
  saferest/report_html.py).
The words shared with the command line and the report live in ui/wording.py ("Conditions").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from saferest.domain.conditions import condition_of, is_condition
from saferest.domain.conditions import names_conditions as tells_conditions
from saferest.domain.engine import CheckResult, Engine
from saferest.domain.medlist import ParsedLine, ResolvedItem
from saferest.domain.models import Severity, pick_text
from saferest.domain.presentation import FindingView
from saferest.domain.severity import SEVERITY_ORDER
from saferest.ui.wording import Words

translate = QCoreApplication.translate
D = Qt.ItemDataRole


class ConditionChoices(QObject):
    """The health conditions a person chose for their list, in the order chosen."""

    changed = Signal()

    def __init__(self, ids: Iterable[str] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids: list[str] = list(dict.fromkeys(ids))

    @property
    def ids(self) -> list[str]:
        return list(self._ids)

    def __contains__(self, condition_id: object) -> bool:
        return condition_id in self._ids

    def set_chosen(self, condition_id: str, chosen: bool) -> None:
        if chosen == (condition_id in self._ids):
            return
        if chosen:
            self._ids.append(condition_id)
        else:
            self._ids.remove(condition_id)
        self.changed.emit()

    def add(self, ids: Iterable[str]) -> list[str]:
        """Choose these too; returns the ones that were new."""
        new = [i for i in dict.fromkeys(ids) if i not in self._ids]
        if new:
            self._ids += new
            self.changed.emit()
        return new

    def clear(self) -> None:
        if self._ids:
            self._ids = []
            self.changed.emit()


def take_condition_lines(engine: Engine, lines: Sequence[str]) -> tuple[list[str], list[str]]:
    """Split typed lines into lines for the medicine list and conditions to choose.

    A line read only as conditions ("I'm pregnant", "sleep apnea", "over 65") becomes a
    choice, so conditions are shown apart from medicines; a line that also names anything else,
    or says a condition does not apply ("not pregnant"), stays a line and is shown as read.
    """
    remaining: list[str] = []
    conditions: list[str] = []
    for line in lines:
        parsed = engine.parse(line)
        found = [condition_of(item.entry_id) for item in parsed.resolved]
        only = (
            found
            and all(c is not None for c in found)
            and not parsed.unresolved
            and not parsed.not_taken
        )
        if only:
            conditions += [c for c in found if c is not None]
        else:
            remaining.append(line)
    return remaining, list(dict.fromkeys(conditions))


class ConditionsPanel(QGroupBox):
    """'My health conditions': one check box per condition the data knows, and a privacy note."""

    def __init__(
        self, engine: Engine, choices: ConditionChoices, saved: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._saved = saved
        """Whether ticks are saved with the list (desktop), or kept only for this session."""
        self._choices = choices
        self._bound: ConditionChoices | None = None
        self.setAccessibleName(self.tr("My health conditions"))
        self.setTitle(self.tr("My health conditions (optional)"))
        layout = QVBoxLayout(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setAccessibleName(self.tr("Health conditions privacy"))
        layout.addWidget(self.note)
        self.boxes: dict[str, QCheckBox] = {}
        self._lang = "en"
        grid = QGridLayout()
        layout.addLayout(grid)
        conditions = engine.conditions()
        rows = (len(conditions) + 1) // 2  # two columns, read down the first one first
        for n, condition in enumerate(conditions):
            box = QCheckBox(self)
            box.toggled.connect(
                lambda checked, cid=condition.id: self._choices.set_chosen(cid, checked)
            )
            self.boxes[condition.id] = box
            grid.addWidget(box, n % rows, n // rows)
        self.set_choices(choices)

    def set_lang(self, lang: str) -> None:
        """Names and explanations in the data's language; fixed words through tr()."""
        self._lang = lang
        self.note.setText(
            self.tr(
                "Private: kept only on this computer, with your list. A report asks before "
                "showing them."
            )
            if self._saved
            else self.tr(
                "Not saved: nothing you tick here is written to this computer, and it is "
                "cleared when this session ends."
            )
        )
        for condition_id, box in self.boxes.items():
            condition = self._engine.condition(condition_id)
            if condition is None:
                continue
            name = pick_text(condition.name, lang)[0]
            box.setText(name)
            box.setAccessibleName(name)
            box.setToolTip(pick_text(condition.means, lang)[0])
            box.setAccessibleDescription(pick_text(condition.means, lang)[0])

    def set_session(self, choices: ConditionChoices, saved: bool, lang: str) -> None:
        """Follow another session: its choices, whether they are saved, its language."""
        self._saved = saved
        self.set_choices(choices)
        self.set_lang(lang)

    @property
    def first_box(self) -> QCheckBox | None:
        return next(iter(self.boxes.values()), None)

    @property
    def last_box(self) -> QCheckBox | None:
        return list(self.boxes.values())[-1] if self.boxes else None

    def set_choices(self, choices: ConditionChoices) -> None:
        """Follow another person's choices (a new session)."""
        if self._bound is not None:
            self._bound.changed.disconnect(self._show_choices)
        self._choices = self._bound = choices
        choices.changed.connect(self._show_choices)
        self._show_choices()

    def _show_choices(self) -> None:
        for condition_id, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(condition_id in self._choices)
            box.blockSignals(False)


def added_notice(engine: Engine, added: Sequence[str], lang: str) -> str:
    """What the list notice says when typed lines became conditions."""
    names = ", ".join(engine.display_name(f"condition:{c}", lang) for c in added)
    return translate("Conditions", "Added to your health conditions: %1.").replace("%1", names)


def conditions_summary(engine: Engine, result: CheckResult, lang: str) -> str:
    """The sentence the checker's summary adds: the conditions, and what was found for them."""
    if not result.conditions:
        return ""
    names = ", ".join(engine.display_name(f"condition:{c}", lang) for c in result.conditions)
    findings = result.condition_findings
    if not findings:
        return translate(
            "Conditions", "With your health conditions (%1): no rule in our data for your list."
        ).replace("%1", names)
    words = Words(translate)
    counts: dict[str, int] = {}
    for finding in findings:
        word = words.severity(finding.severity)
        counts[word] = counts.get(word, 0) + 1
    breakdown = ", ".join(f"{n} {word}" for word, n in counts.items())
    return (
        translate("Conditions", "With your health conditions (%1): %2.")
        .replace("%1", names)
        .replace("%2", breakdown)
    )


# -- results tree -----------------------------------------------------------------------------


def add_condition_group(
    add_node: Callable[[int, dict[int, Any]], int],
    add_finding: Callable[[Words, int, FindingView, list[str], bool], None],
    words: Words,
    views: Sequence[FindingView],
    inputs: list[str],
    worst: Severity | None,
) -> int | None:
    """The results tree's group for condition findings, worst first (a node like the severity
    groups, so the checker expands and selects its findings the same way). `add_node` and
    `add_finding` are the results model's own; findings as bad as the whole result's `worst`
    are bold, like the worst severity group. Returns the group's node when it holds such a
    finding (the model makes its title bold), else None."""
    if not views:
        return None
    from saferest.ui.models.roles import Role
    from saferest.ui.severity import severity_icon
    from saferest.ui.tree_model import ROOT

    ordered = sorted(views, key=lambda v: SEVERITY_ORDER.index(v.severity))
    count = len(ordered)  # a plain name: lupdate 6.11 misses expression counts
    group = add_node(
        ROOT,
        {
            D.DisplayRole: translate("Conditions", "With your health conditions (%n)", None, count),
            D.DecorationRole: severity_icon(ordered[0].severity),
            Role.NODE: "group",
            Role.KIND: "conditions",
        },
    )
    for view in ordered:
        add_finding(words, group, view, inputs, view.severity == worst)
    return group if ordered[0].severity == worst else None


# -- report -----------------------------------------------------------------------------------


def names_conditions(result: CheckResult) -> bool:
    """Whether a report of this result would tell anything about health conditions: chosen
    ones, or typed lines that name one (even "not pregnant" tells something)."""
    return tells_conditions(result.conditions, result.lines)


def report_shows_conditions(kiosk: bool) -> bool:
    """Whether a report shows health conditions before the person chooses: on their own
    computer yes; on a kiosk printout, not unless the visitor ticks it."""
    return not kiosk


def include_box_text() -> str:
    return translate("Conditions", "Include my health conditions in the report")


def condition_tag(entry_id: str) -> str:
    """What a list row adds after a condition read from a line, in the CLI's words."""
    return " " + Words(translate).label("condition_tag") if is_condition(entry_id) else ""


def conditions_ruled_out(
    engine: Engine, line: ParsedLine, lang: str
) -> tuple[list[ResolvedItem], str]:
    """A list row's items a line says are not taken, without its conditions, and the words for
    the conditions it says do not apply ("does not apply: Pregnancy"), or ""."""
    medicines = [i for i in line.not_taken if not is_condition(i.entry_id)]
    ruled_out = [i.entry_id for i in line.not_taken if is_condition(i.entry_id)]
    if not ruled_out:
        return medicines, ""
    names = ", ".join(engine.display_name(c, lang) for c in ruled_out)
    return medicines, Words(translate).label("condition_not").replace("%1", names)
