"""The "Details" pane: entries rendered as escaped HTML into a SafeTextBrowser."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QWidget

from saferest.domain.emergency_number import EmergencyContact
from saferest.domain.engine import Engine
from saferest.domain.models import (
    ClaimVerdict,
    EmergencyTopic,
    EvidenceLevel,
    Medication,
    Practice,
    SearchableEntry,
    Severity,
    Substance,
    pick_text,
)
from saferest.domain.report import side_label
from saferest.ui.emergency_words import call_text
from saferest.ui.i18n import content_text, english_marker, english_page_note
from saferest.ui.models.browse import class_label, practice_topic_label
from saferest.ui.models.roles import kind_badge
from saferest.ui.safe_browser import ENTRY_SCHEME, SafeTextBrowser, icon_url
from saferest.ui.severity import (
    EVIDENCE_COLORS,
    SEVERITY_COLORS,
    evidence_word,
    reliability_text,
    severity_word,
    strength_word,
    words,
)
from saferest.ui.verdict import VERDICT_COLORS, verdict_word

CLAIMS_ANCHOR = "claims"
_BULLET = re.compile(r"^\s*[-*•]\s+")


translate = QCoreApplication.translate


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def paragraphs(text: str) -> str:
    """Plain data text to HTML: blank lines split paragraphs, '- ' lines become a list."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = [line for line in block.splitlines() if line.strip()]
        if lines and all(_BULLET.match(line) for line in lines):
            items = "".join(f"<li>{esc(_BULLET.sub('', line))}</li>" for line in lines)
            out.append(f"<ul>{items}</ul>")
        elif lines:
            out.append("<p>" + "<br>".join(esc(line.strip()) for line in lines) + "</p>")
    return "".join(out)


def badge(text: str, color: str) -> str:
    return (
        f'<span style="background-color:{color}; color:#ffffff; font-weight:bold;">'
        f"&nbsp;{esc(text)}&nbsp;</span>"
    )


def severity_html(severity: Severity, size: int = 16) -> str:
    # A badge (white on colour) reads well on light and dark palettes alike.
    return f'<img src="{icon_url(severity)}" width="{size}" height="{size}"> ' + badge(
        severity_word(severity), SEVERITY_COLORS[severity]
    )


def claim_verdict_html(verdict: ClaimVerdict, evidence: EvidenceLevel) -> str:
    """The verdict first, as a coloured badge with its word; then the kind of evidence, plainly."""
    label = translate("DetailView", "Evidence:") + " " + evidence_word(evidence)
    return f"{badge(verdict_word(verdict), VERDICT_COLORS[verdict])} <small>{esc(label)}</small>"


def para(text: str, tag: str = "p") -> str:
    return f"<{tag}>{esc(text)}</{tag}>"


def marker_html() -> str:
    """The visible (and read-aloud) note after data text shown in English for want of one."""
    return f" <small><i>{esc(english_marker())}</i></small>"


def labelled(label: str, value_html: str) -> str:
    """A paragraph with a bold label: `label` is plain text, `value_html` already escaped."""
    return f"<p><b>{esc(label)}</b> {value_html}</p>"


class EntryRenderer:
    """Turns entries into HTML; every piece of data text goes through `esc`."""

    def __init__(
        self,
        engine: Engine,
        lang: str,
        web_links: bool = True,
        emergency: EmergencyContact | None = None,
        touch: bool = False,
    ) -> None:
        self.engine = engine
        self.lang = lang
        self.emergency = emergency
        """The one emergency number the window shows everywhere."""
        self.touch = touch
        """A touch kiosk: say 'tap', never name keys."""
        self.icon_px = 16
        self.web_links = web_links
        """False (kiosk mode): web addresses are shown as plain text, never as links."""
        self.fell_back = False
        """Whether the page being rendered shows some data text in English for want of one."""

    def t(self, text: dict[str, str]) -> str:
        """Data text in the page's language (names and labels: never marked)."""
        return pick_text(text, self.lang)[0]

    def tx(self, *texts: dict[str, str]) -> tuple[list[str], str]:
        """Data texts in the page's language, and the marker HTML if any is shown in English."""
        picked = [content_text(text, self.lang) for text in texts]
        fell_back = any(f for _, f in picked)
        self.fell_back = self.fell_back or fell_back
        return [shown for shown, _ in picked], marker_html() if fell_back else ""

    def name(self, entry: SearchableEntry) -> str:
        return self.t(entry.name)

    def entry_link(self, entry_id: str) -> str:
        entry = self.engine.entry(entry_id)
        label = self.name(entry) if entry else entry_id
        return f'<a href="{ENTRY_SCHEME}:{esc(entry_id)}">{esc(label)}</a>'

    def _page_note(self) -> str:
        return f"<p><small><i>{esc(english_page_note())}</i></small></p>"

    # -- whole pages ------------------------------------------------------------------------

    def entry_html(self, entry: SearchableEntry) -> str:
        self.fell_back = False
        parts = [para(self.name(entry), "h1"), f"<p>{badge(kind_badge(entry.kind), '#4b5563')}</p>"]
        if isinstance(entry, Substance):
            parts += self._substance(entry)
        elif isinstance(entry, Medication):
            parts += self._medication(entry)
        elif isinstance(entry, Practice):
            parts += self._practice(entry)
        elif isinstance(entry, EmergencyTopic):
            parts += self._emergency(entry)
        parts += self._interactions(entry.id)
        parts += self.sources_html(self._source_ids(entry))
        reviewed = getattr(entry, "reviewed", None)
        if reviewed is not None:
            label = words().label("reviewed")
            parts.append(f"<p><i>{esc(label)} {esc(reviewed.isoformat())}</i></p>")
        if self.fell_back:
            parts.insert(2, self._page_note())
        return "".join(parts)

    def _names_line(self, entry: Substance | Medication) -> list[str]:
        names = list(entry.aliases)
        names += [b.name for b in entry.brands]
        if isinstance(entry, Substance):
            names += entry.street_names
        if not names:
            return []
        return [labelled(words().label("also_called"), esc(", ".join(names)))]

    def _evidence_badge(self, level: EvidenceLevel) -> str:
        label = words().label("evidence") + " " + evidence_word(level)
        return badge(label, EVIDENCE_COLORS[level])

    def _substance(self, entry: Substance) -> list[str]:
        parts = self._names_line(entry)
        (summary,), mark = self.tx(entry.summary)
        parts.append(f"<p><b>{esc(summary)}</b>{mark}</p>")
        if entry.claims:
            jump = translate("DetailView", "Jump to claims and evidence")
            parts.append(f'<p><a href="#{CLAIMS_ANCHOR}">{esc(jump)}</a></p>')
        numbers = self._source_numbers(entry)
        for section in entry.sections:
            (title, body), mark = self.tx(section.title, section.body)
            parts.append(f"<h2>{esc(title)}{mark}</h2>")
            parts.append(paragraphs(body))
            note = self._cite(section.sources, numbers)
            if section.checked is not None:
                checked = words().label("checked")
                note += f" {esc(checked)} {esc(section.checked.isoformat())}"
            parts.append(f"<p><small>{note}</small></p>")
        if entry.claims:
            title = words().label("claims_and_evidence")
            parts.append(f'<h2><a name="{CLAIMS_ANCHOR}">{esc(title)}</a></h2>')
            claim_label = words().label("claim")
            for claim in entry.claims:
                cite = self._cite(claim.sources, numbers)
                (said, explanation), mark = self.tx(claim.claim, claim.explanation)
                parts.append(
                    f"<p><b>{esc(claim_label)}</b> {esc(said)}{mark}<br>"
                    f"{claim_verdict_html(claim.verdict, claim.evidence)}<br>"
                    f"{esc(explanation)} <small>{cite}</small></p>"
                )
        return parts

    def _medication(self, entry: Medication) -> list[str]:
        parts = self._names_line(entry)
        if entry.classes:
            classes = ", ".join(class_label(self.engine, c, self.lang) for c in entry.classes)
            parts.append(labelled(words().label("class"), esc(classes)))
        if entry.ingredients:
            links = ", ".join(self.entry_link(i) for i in entry.ingredients)
            parts.append(labelled(words().label("contains_card"), links))
        if entry.note:
            (note,), mark = self.tx(entry.note)
            parts.append(paragraphs(note) + (f"<p>{mark}</p>" if mark else ""))
        if entry.card:
            full_card = words().label("full_card")
            parts.append(labelled(full_card, self.entry_link(entry.card)))
        return parts

    def _practice(self, entry: Practice) -> list[str]:
        strength = words().label("recommendation_strength")
        (what,), what_mark = self.tx(entry.what)
        (why,), why_mark = self.tx(entry.why)
        what_title = words().label("what_to_do_title")
        why_title = words().label("why_it_helps")
        return [
            para(practice_topic_label(entry.topic)),
            f"<h2>{esc(what_title)}{what_mark}</h2>",
            paragraphs(what),
            f"<h2>{esc(why_title)}{why_mark}</h2>",
            paragraphs(why),
            f"<p>{self._evidence_badge(entry.evidence)} {esc(strength)} "
            f"{esc(strength_word(entry.strength))}</p>",
        ]

    def _emergency(self, entry: EmergencyTopic) -> list[str]:
        parts: list[str] = []
        if entry.signs:
            signs, mark = self.tx(*entry.signs)
            signs_title = words().label("signs")
            parts.append(f"<h2>{esc(signs_title)}{mark}</h2><ul>")
            parts += [para(sign, "li") for sign in signs]
            parts.append("</ul>")
        steps, mark = self.tx(*entry.steps)
        steps_title = words().label("what_to_do_title")
        parts.append(f"<h2>{esc(steps_title)}{mark}</h2><ol>")
        parts += [para(step, "li") for step in steps]
        parts.append("</ol>")
        return parts

    def _side_label(self, side: str) -> str:
        return side_label(self.engine, side, self.lang)

    def _interactions(self, entry_id: str) -> list[str]:
        # Generated from the rules (as report.interaction_summary), with English marked.
        rules = self.engine.rules_involving(entry_id)
        if not rules:
            return []
        with_word = words().label("with")
        reliability_word = words().label("reliability_lower")
        parts = [para(words().label("interactions"), "h2"), "<ul>"]
        for rule, other in rules:
            reliability = reliability_text(rule.reliability)
            (summary,), mark = self.tx(rule.summary)
            parts.append(
                f"<li>{severity_html(rule.severity, self.icon_px)} {esc(with_word)} "
                f"<b>{esc(self._side_label(other))}</b>: {esc(summary)}{mark} "
                f"<small>({esc(reliability_word)} {esc(reliability)})</small></li>"
            )
        parts.append("</ul>")
        note = words().label("from_the_rules")
        parts.append(f"<p><small>{esc(note)}</small></p>")
        return parts

    # -- sources ----------------------------------------------------------------------------

    def _source_ids(self, entry: SearchableEntry) -> list[str]:
        ids: dict[str, None] = {}
        for source_id in getattr(entry, "sources", []):
            ids.setdefault(source_id, None)
        if isinstance(entry, Substance):
            for section in entry.sections:
                for source_id in section.sources:
                    ids.setdefault(source_id, None)
            for claim in entry.claims:
                for source_id in claim.sources:
                    ids.setdefault(source_id, None)
        return list(ids)

    def _source_numbers(self, entry: SearchableEntry) -> dict[str, int]:
        return {sid: i for i, sid in enumerate(self._source_ids(entry), 1)}

    def _cite(self, source_ids: Iterable[str], numbers: dict[str, int]) -> str:
        refs = ", ".join(str(numbers[s]) for s in source_ids if s in numbers)
        return esc(words().label("sources_cite")) + f" [{refs}]" if refs else ""

    def sources_html(self, source_ids: Iterable[str]) -> list[str]:
        ids = list(source_ids)
        if not ids:
            return []
        accessed = words().label("accessed")
        parts = [para(words().label("sources_title"), "h2"), "<ol>"]
        for source_id in ids:
            source = self.engine.source(source_id)
            if source is None:
                parts.append(para(source_id, "li"))
                continue
            if self.web_links:
                title = f'<a href="{esc(source.url)}">{esc(source.title)}</a>'
                address = ""
            else:
                title, address = esc(source.title), f" {esc(source.url)}"
            parts.append(
                f"<li>{title}. {esc(source.publisher)}, {esc(source.year)}.{address} "
                f"<small>{esc(accessed)} {esc(source.accessed.isoformat())}</small></li>"
            )
        parts.append("</ol>")
        return parts

    # -- home -------------------------------------------------------------------------------

    def nothing_found_html(self, query: str) -> str:
        title = translate("DetailView", "Nothing found for “%1”").replace("%1", query)
        hint = translate(
            "DetailView",
            "Not in our data is not the same as safe. Check the spelling, try the generic name "
            "on the label, or browse on the left.",
        )
        return para(title, "h2") + para(hint)

    def home_html(self) -> str:
        parts = [
            para(translate("DetailView", "SafeRest"), "h1"),
            para(
                translate(
                    "DetailView",
                    "An offline reference for kratom, sleep aids and how "
                    "they interact with medicines. Search above, browse on "
                    "the left, or check your own list under “Check my "
                    "medications”.",
                )
            ),
        ]
        kratom = self.engine.entry("kratom")
        if isinstance(kratom, Substance) and kratom.claims:
            label = translate("DetailView", "Kratom: claims and evidence")
            parts.append(f'<p><a href="{ENTRY_SCHEME}:kratom#{CLAIMS_ANCHOR}">{esc(label)}</a></p>')
        if self.touch:  # a kiosk: no keyboard to press F1 on
            note = translate(
                "DetailView",
                "This is not medical advice. In an emergency tap Emergency help or %1.",
            )
        else:
            note = translate(
                "DetailView", "This is not medical advice. In an emergency press F1 or %1."
            )
        note = note.replace("%1", call_text(self.emergency))
        parts.append(f"<p><small>{esc(note)}</small></p>")
        return "".join(parts)


class DetailView(SafeTextBrowser):
    """Shows one entry, or the home page; links to other entries navigate in place."""

    def __init__(
        self,
        engine: Engine,
        lang: str,
        parent: QWidget | None = None,
        allow_web_links: bool = True,
        emergency: EmergencyContact | None = None,
        touch: bool = False,
    ) -> None:
        super().__init__(parent, allow_web_links=allow_web_links)
        self.renderer = EntryRenderer(
            engine, lang, web_links=allow_web_links, emergency=emergency, touch=touch
        )
        self.current_entry: str | None = None
        self.nothing_found: str | None = None
        """The query shown as found nothing, while that page is on screen."""
        self._has_page = False
        self.history: list[str | None] = []
        """Entries shown before this one (None is the home page), for going back."""
        self.setAccessibleName(self.tr("Details"))
        self.setAccessibleDescription(self.tr("The selected entry"))
        self.setObjectName("details")
        self.entryRequested.connect(self._on_entry_requested)

    def show_home(self) -> None:
        self._remember(None)
        self.current_entry = None
        self.nothing_found = None
        self.setHtml(self.renderer.home_html())

    def show_nothing_found(self, query: str) -> None:
        """An empty page that says nothing was found (back returns to the earlier card)."""
        self._remember(None)
        self.current_entry = None
        self.nothing_found = query
        self.setHtml(self.renderer.nothing_found_html(query))

    def _remember(self, next_entry: str | None) -> None:
        if self._has_page and self.current_entry != next_entry:
            self.history.append(self.current_entry)
            del self.history[:-50]
        self._has_page = True

    def go_back(self) -> bool:
        if not self.history:
            return False
        previous = self.history.pop()
        self.current_entry = previous
        self.nothing_found = None
        if previous is None:
            self.setHtml(self.renderer.home_html())
        else:
            self._render(previous)
        return True

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            # Re-render so inline icons follow the new text size.
            if self.current_entry is None and self.nothing_found is not None:
                self.setHtml(self.renderer.nothing_found_html(self.nothing_found))
            elif self.current_entry is None:
                self.show_home()
            else:
                position = self.verticalScrollBar().value()
                self._render(self.current_entry)
                self.verticalScrollBar().setValue(position)

    def show_entry(self, entry_id: str, anchor: str = "") -> bool:
        entry = self.renderer.engine.entry(entry_id)
        if entry is None:
            return False
        self._remember(entry_id)
        self.current_entry = entry_id
        self.nothing_found = None
        self._render(entry_id)
        if anchor:
            # After the new document has been laid out, or the anchor has no position yet.
            QTimer.singleShot(0, lambda: self.scrollToAnchor(anchor))
        return True

    def _render(self, entry_id: str) -> None:
        entry = self.renderer.engine.entry(entry_id)
        if entry is None:
            return
        self.renderer.icon_px = max(16, QFontMetrics(self.font()).height())
        self.setHtml(self.renderer.entry_html(entry))
        self.verticalScrollBar().setValue(0)

    def _on_entry_requested(self, target: str) -> None:
        entry_id, _, anchor = target.partition("#")
        self.show_entry(entry_id, anchor)
