"""Every fixed word a check or a card is told with, declared once for the CLI, window and PDF.

This module is Qt-free on purpose. The window passes QCoreApplication.translate; the command
line passes the same catalogue read without Qt (saferest.domain.catalogue). It lives in ui/
because pyside6-lupdate reads this folder to build the .ts catalogue, so every string here is
written as a literal `self.translate("Context", "text")` call. Contexts shared with older views
(Severity, DetailView, Report, Results, Content) keep their names so translations carry over.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property
from typing import Literal

from saferest.domain.catalogue import Translate
from saferest.domain.emergency_number import EmergencyContact
from saferest.domain.findings import EntryTime
from saferest.domain.lasting import NO_FIGURE_DAYS
from saferest.domain.medication_list import ItemStatus
from saferest.domain.models import ClaimVerdict, EvidenceLevel, Population
from saferest.domain.presentation import FindingView, Text, joined
from saferest.domain.severity import SEVERITY_STYLES, Reliability, Severity

Label = Literal[
    "why",
    "what_to_do",
    "reliability",
    "sources",
    "source",
    "from_your_list",
    "no_known_note",
    "in_english",
    "english_page_note",
    "your_list",
    "as_typed",
    "read_as",
    "findings",
    "no_findings",
    "too_few",
    "no_known",
    "not_recognised",
    "ambiguous",
    "did_you_mean",
    "contains",
    "stopped_not_checked",
    "on_date",
    "disclaimer",
    "unresolved_note",
    "also_called",
    "contains_card",
    "sources_cite",
    "class",
    "full_card",
    "claims_and_evidence",
    "claim",
    "evidence",
    "reviewed",
    "checked",
    "what_to_do_title",
    "why_it_helps",
    "signs",
    "interactions",
    "with",
    "reliability_lower",
    "recommendation_strength",
    "sources_title",
    "accessed",
    "from_the_rules",
    "not_taken",
    "your_choice",
    "set_aside_by_you",
    "emergency_number",
    "your_conditions",
    "condition_findings",
    "no_condition_findings",
    "condition_tag",
    "condition_not",
    "conditions_left_out",
    "condition_withheld",
    "report_title",
    "created",
    "data_version",
    "reviewed_lower",
    "app_version",
    "unknown",
    "data_problems",
    "list_empty",
    "findings_worst_first",
    "number_sign",
    "severity_column",
    "finding_column",
    "reliability_column",
    "not_checked_title",
    "details",
    "emergency_help",
    "urgent",
    "signs_label",
    "steps_label",
    "more_steps",
    "local_help",
    "local_help_from",
    "phone",
    "address",
    "hours",
    "please_note",
    "report_disclaimer",
]


class Words:
    """The fixed words, in whatever language `translate` speaks."""

    def __init__(self, translate: Translate) -> None:
        self.translate = translate

    # -- severity, reliability, evidence --------------------------------------------------

    def severity(self, severity: Severity) -> str:
        """The severity's one word (never shown by colour alone)."""
        words = {
            "DANGEROUS": self.translate("Severity", "DANGEROUS"),
            "UNSAFE": self.translate("Severity", "UNSAFE"),
            "CAUTION": self.translate("Severity", "CAUTION"),
            "LOW RISK": self.translate("Severity", "LOW RISK"),
        }
        return words[SEVERITY_STYLES[severity].word_key]

    def severity_meaning(self, severity: Severity) -> str:
        meanings = {
            "DANGEROUS": self.translate("Severity", "can be life-threatening"),
            "UNSAFE": self.translate("Severity", "avoid this combination"),
            "CAUTION": self.translate("Severity", "take care, use less, do not use alone"),
            "LOW RISK": self.translate("Severity", "a small or unlikely risk"),
        }
        return meanings[SEVERITY_STYLES[severity].word_key]

    def reliability(self, reliability: Reliability) -> str:
        texts = {
            Reliability.PROVEN: self.translate("Severity", "proven (shown in people)"),
            Reliability.INFERRED: self.translate(
                "Severity", "inferred (from how the drugs work or case reports)"
            ),
            Reliability.HYPOTHETICAL: self.translate("Severity", "hypothetical (theory only)"),
        }
        return texts[reliability]

    def reliability_word(self, reliability: Reliability) -> str:
        """The reliability in one word, for a table (the full wording says what it means)."""
        words = {
            Reliability.PROVEN: self.translate("Severity", "proven"),
            Reliability.INFERRED: self.translate("Severity", "inferred"),
            Reliability.HYPOTHETICAL: self.translate("Severity", "hypothetical"),
        }
        return words[reliability]

    def evidence(self, level: EvidenceLevel) -> str:
        words = {
            EvidenceLevel.NONE: self.translate("Severity", "No evidence"),
            EvidenceLevel.PRECLINICAL: self.translate("Severity", "Lab or animal studies only"),
            EvidenceLevel.OBSERVATIONAL: self.translate("Severity", "Observational studies"),
            EvidenceLevel.CLINICAL_TRIAL: self.translate("Severity", "Clinical trials"),
            EvidenceLevel.GUIDELINE: self.translate("Severity", "Clinical guideline"),
        }
        return words[level]

    def strength(self, strength: str) -> str:
        """How strongly a guideline recommends a practice (the data's keyword, in words)."""
        words = {
            "strong": self.translate("Severity", "strong"),
            "conditional": self.translate("Severity", "conditional"),
            "weak": self.translate("Severity", "weak"),
            "against": self.translate("Severity", "recommended against"),
            "insufficient": self.translate("Severity", "not enough evidence to recommend"),
        }
        return words.get(strength, strength)

    # -- labels -----------------------------------------------------------------------------

    @cached_property
    def _labels(self) -> dict[Label, str]:
        return {
            "why": self.translate("Finding", "Why:"),
            "what_to_do": self.translate("Finding", "What to do:"),
            "reliability": self.translate("Finding", "Reliability:"),
            "sources": self.translate("Finding", "Sources:"),
            "source": self.translate("Finding", "Source:"),
            "from_your_list": self.translate("Finding", "From your list:"),
            "no_known_note": self.translate(
                "Results",
                "No known interaction means our data has no rule for this pair. It is not a "
                "promise that the combination is safe.",
            ),
            "in_english": self.translate(
                "Content", "(in English)", "marks data text shown in English"
            ),
            "english_page_note": self.translate(
                "Content",
                "Parts of this page have no translation yet and are shown in English; they are "
                "marked “(in English)”.",
            ),
            "your_list": self.translate("Report", "Your list"),
            "as_typed": self.translate("Report", "As typed"),
            "read_as": self.translate("Report", "Read as"),
            "findings": self.translate("Report", "Interactions found"),
            "no_findings": self.translate(
                "Report", "No known interaction was found between the recognised items."
            ),
            "too_few": self.translate(
                "Report", "Fewer than two recognised items in use: nothing to check."
            ),
            "no_known": self.translate("Report", "No known interaction:"),
            "not_recognised": self.translate("Report", "NOT RECOGNISED, not checked"),
            "ambiguous": self.translate("Report", "matches more than one entry"),
            "did_you_mean": self.translate("Check", "did you mean:"),
            "contains": self.translate("Check", "contains"),
            "stopped_not_checked": self.translate("Check", "Stopped, not checked any more:"),
            "on_date": self.translate("Check", "Checked for:"),
            "disclaimer": self.translate(
                "Check",
                "This is general information, not medical advice. In an emergency %1.",
                "%1 is 'call 911' or 'call your local emergency number'",
            ),
            "unresolved_note": self.translate(
                "Check", "Items we did not recognise were NOT checked against anything."
            ),
            "also_called": self.translate("DetailView", "Also called:"),
            "contains_card": self.translate("DetailView", "Contains:"),
            "sources_cite": self.translate("DetailView", "Sources:"),
            "class": self.translate("DetailView", "Class:"),
            "full_card": self.translate("DetailView", "Full card:"),
            "claims_and_evidence": self.translate("DetailView", "Claims and evidence"),
            "claim": self.translate("DetailView", "Claim:"),
            "evidence": self.translate("DetailView", "Evidence:"),
            "reviewed": self.translate("DetailView", "Reviewed:"),
            "checked": self.translate("DetailView", "Checked:"),
            "what_to_do_title": self.translate("DetailView", "What to do"),
            "why_it_helps": self.translate("DetailView", "Why it helps"),
            "signs": self.translate("DetailView", "Signs"),
            "interactions": self.translate("DetailView", "Interactions"),
            "with": self.translate("DetailView", "with"),
            "reliability_lower": self.translate("DetailView", "reliability:"),
            "recommendation_strength": self.translate("DetailView", "Recommendation strength:"),
            "sources_title": self.translate("DetailView", "Sources"),
            "accessed": self.translate("DetailView", "Accessed"),
            "from_the_rules": self.translate(
                "DetailView",
                "Generated from the interaction rules. Use the checker to check your own list.",
            ),
            "not_taken": self.translate("Report", "not taken: %1"),
            "your_choice": self.translate("Report", "(your choice)"),
            "set_aside_by_you": self.translate("Report", "not checked, as you chose"),
            "emergency_number": self.translate("Emergency", "Emergency number"),
            "your_conditions": self.translate("Conditions", "Your health conditions"),
            "condition_findings": self.translate("Conditions", "With your health conditions"),
            "no_condition_findings": self.translate(
                "Conditions",
                "Our data has no rule about your health conditions and the recognised items. "
                "That is not a promise that they are safe for you.",
            ),
            "condition_tag": self.translate("Conditions", "(health condition)"),
            "condition_not": self.translate("Conditions", "does not apply: %1"),
            "conditions_left_out": self.translate(
                "Conditions",
                "Your health conditions are not shown in this report, as you chose, and findings "
                "about them are left out.",
            ),
            "condition_withheld": self.translate(
                "Conditions", "(not shown: names a health condition)"
            ),
            # The printed report (saferest.domain.check_report, drawn by saferest/report_html.py)
            "report_title": self.translate("Report", "SafeRest medication check"),
            "created": self.translate("Report", "Created:"),
            "data_version": self.translate("Report", "Data version:"),
            "reviewed_lower": self.translate("Report", "reviewed"),
            "app_version": self.translate("Report", "SafeRest version:"),
            "unknown": self.translate("Report", "unknown"),
            "data_problems": self.translate(
                "Report", "Warning: the reference data has problems; results may be incomplete."
            ),
            "list_empty": self.translate("Report", "The list is empty."),
            "findings_worst_first": self.translate("Report", "What was found, worst first"),
            "number_sign": self.translate("Report", "No."),
            "severity_column": self.translate("Report", "Severity"),
            "finding_column": self.translate("Report", "Finding"),
            "reliability_column": self.translate("Report", "Reliability"),
            "not_checked_title": self.translate("Report", "Not checked"),
            "details": self.translate("Report", "Details"),
            "emergency_help": self.translate("Emergency", "Emergency help"),
            "urgent": self.translate(
                "Emergency", "If someone may be overdosing or cannot be woken, call for help now."
            ),
            "signs_label": self.translate("Emergency", "Signs:"),
            "steps_label": self.translate("Emergency", "What to do:"),
            "more_steps": self.translate(
                "Report",
                "The next steps, and help for other emergencies, are under Emergency help in "
                "SafeRest.",
            ),
            "local_help": self.translate("Emergency", "Local help"),
            "local_help_from": self.translate("Emergency", "Local help from %1"),
            "phone": self.translate("Emergency", "Phone:"),
            "address": self.translate("Emergency", "Address:"),
            "hours": self.translate("Emergency", "Hours:"),
            "please_note": self.translate("Report", "Please note"),
            "report_disclaimer": self.translate(
                "Report",
                "This report is general information from the SafeRest reference data, not "
                "medical advice. It only covers combinations our data has rules for: no known "
                "interaction is not a promise of safety. Items we did not recognise were not "
                "checked. Talk to a pharmacist, doctor or harm-reduction worker before changing "
                "what you take. In an emergency %1.",
            ),
        }

    def label(self, key: Label) -> str:
        return self._labels[key]

    def verdict(self, verdict: ClaimVerdict) -> str:
        """What the evidence says about a claim: read before the kind of evidence."""
        words = {
            ClaimVerdict.NOT_SUPPORTED: self.translate("Verdict", "Not supported"),
            ClaimVerdict.PARTLY_SUPPORTED: self.translate("Verdict", "Partly supported"),
            ClaimVerdict.SUPPORTED: self.translate("Verdict", "Supported"),
            ClaimVerdict.UNKNOWN: self.translate("Verdict", "Unknown"),
        }
        return words[verdict]

    # -- emergency number and data pack -----------------------------------------------------

    def call(self, contact: EmergencyContact | None) -> str:
        """'call 911', or the local number in words when neither clinic nor data has one."""
        if contact is None:
            return self.translate("Emergency", "call your local emergency number")
        return self.translate("Emergency", "call %1").replace("%1", contact.number)

    def disclaimer(self, contact: EmergencyContact | None) -> str:
        """The closing line of a check, naming the one emergency number."""
        return self.label("disclaimer").replace("%1", self.call(contact))

    def report_signing(self, key_id: str | None, shipped: bool) -> str:
        """'signing key …' in the report's header."""
        signing = self.signing(key_id, shipped)
        return self.translate("Report", "signing key %1").replace("%1", signing)

    def printed_at(self, clinic: str) -> str:
        return self.translate("Report", "Printed at %1").replace("%1", clinic)

    def signing(self, key_id: str | None, shipped: bool) -> str:
        """The key that signed the pack in use, or why there is none."""
        if key_id is not None:
            return key_id
        if shipped:
            return self.translate("PackUpdate", "none (shipped with the app)")
        return self.translate("PackUpdate", "none (not signed)")

    def data_line(self, version: str, reviewed: str, signing: str) -> str:
        """One line naming the data pack that answered (text reports end with it)."""
        return (
            self.translate("Check", "Data version %1, reviewed %2, signing key: %3.")
            .replace("%1", version)
            .replace("%2", reviewed)
            .replace("%3", signing)
        )

    # -- what a finding is about ------------------------------------------------------------

    def pair(self, first: str, second: str) -> str:
        return self.translate("Finding", "%1 + %2").replace("%1", first).replace("%2", second)

    def twice(self, name: str) -> str:
        return self.translate("Finding", "%1 twice").replace("%1", name)

    def together(self, names: list[str]) -> str:
        """The label of a list finding: every entry that adds to the load."""
        return self.translate("Finding", "Together on your list: %1").replace(
            "%1", ", ".join(names)
        )

    def with_condition(self, condition: str, entry: str) -> str:
        """The label of a condition finding: "Sleep apnoea: kratom"."""
        return (
            self.translate("Finding", "%1: %2", "a health condition, then what it is checked with")
            .replace("%1", condition)
            .replace("%2", entry)
        )

    def together_with(self, names: list[str], conditions: list[str]) -> str:
        """The label of a list finding that counts a health condition."""
        return (
            self.translate("Finding", "Together on your list: %1; with %2")
            .replace("%1", ", ".join(names))
            .replace("%2", ", ".join(conditions))
        )

    def population(self, population: Population) -> str:
        """The label of a note for one group of people."""
        labels = {
            Population.OLDER_ADULTS: self.translate("Finding", "For older adults:"),
            Population.PREGNANCY: self.translate("Finding", "In pregnancy:"),
            Population.KIDNEY_DISEASE: self.translate("Finding", "With kidney disease:"),
        }
        return labels[population]

    def title(self, view: FindingView) -> str:
        """What a finding is about: "kratom + zolpidem", "acetaminophen twice", the load, or
        "Sleep apnoea: kratom"."""
        if view.kind == "condition":
            return self.with_condition(", ".join(view.condition_names), view.names[0])
        if view.kind == "list" and view.condition_names:
            return self.together_with(list(view.names), list(view.condition_names))
        if view.kind == "list":
            return self.together(list(view.names))
        if view.kind == "duplicate":
            return self.twice(view.names[0])
        return self.pair(view.names[0], view.names[-1])

    def marked(self, texts: Iterable[Text]) -> str:
        """Data texts joined, with one "(in English)" marker if any had no translation."""
        shown = list(texts)
        marker = f" {self.label('in_english')}" if any(t.in_english for t in shown) else ""
        return joined(shown) + marker

    # -- time -------------------------------------------------------------------------------

    def status(self, status: ItemStatus) -> str:
        words = {
            ItemStatus.TAKING: self.translate("Time", "taking"),
            ItemStatus.AS_NEEDED: self.translate("Time", "as needed"),
            ItemStatus.STOPPED: self.translate("Time", "stopped"),
        }
        return words[status]

    def _stopped_when(self, days: int | None) -> str:
        if days is None:
            return self.translate("Time", "stopped (no date given)")
        if days == 0:
            return self.translate("Time", "stopped today")
        if days == 1:
            return self.translate("Time", "stopped yesterday")
        return self.translate("Time", "stopped %n days ago", None, days)

    def _lasts(self, days: int) -> str:
        if days == 1:
            return self.translate("Time", "its effect lasts about a day")
        return self.translate("Time", "its effect lasts about %n days", None, days)

    def time(self, name: str, time: EntryTime) -> str:
        """One entry's time in a finding: "phenelzine: stopped 5 days ago; its effect lasts
        about 14 days"."""
        if time.status is ItemStatus.AS_NEEDED:
            phrase = self.translate("Time", "taken as needed; checked as if taken today")
        elif time.status is ItemStatus.TAKING:
            phrase = self.status(time.status)
        else:
            phrase = self._stopped_when(time.days_since)
            if time.days_since is None and time.effect_lasts_days is not None:
                phrase += "; " + self._lasts(time.effect_lasts_days)
                phrase += "; " + self.translate("Time", "checked in case it still acts")
            elif time.days_since is None:
                phrase += "; " + self.translate("Time", "checked in case it still acts")
            elif time.effect_lasts_days is not None:
                phrase += "; " + self._lasts(time.effect_lasts_days)
            else:
                phrase += "; " + self.translate(
                    "Time",
                    "we have no figure for how long its effect lasts, so it is checked for %n "
                    "days after stopping",
                    None,
                    NO_FIGURE_DAYS,
                )
        return f"{name}: {phrase}"

    def set_aside(self, name: str, time: EntryTime) -> str:
        """A stopped entry that was not checked: how long ago, and why it no longer counts."""
        phrase = self._stopped_when(time.days_since)
        if time.days_since is None:
            phrase += "; " + self.translate(
                "Time",
                "if you stopped in the last few days, add when (for example “stopped 3 days "
                "ago”) so it is checked while it may still act",
            )
        elif time.effect_lasts_days is not None:
            phrase += "; " + self._lasts(time.effect_lasts_days)
        return f"{name}: {phrase}"
