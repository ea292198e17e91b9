"""The printed report as HTML: one renderer of saferest.domain.check_report for the window's
preview, its PDF and print-out, and `saferest check --pdf`.

Qt-free: it only lays out what the domain built, with the shared words (saferest/ui/wording.py)
in whatever language `words` speaks; Qt draws the HTML (saferest/ui/report_pdf.py). Page one
is what a pharmacist reads in a minute; the details, the numbered sources and a short emergency
box follow.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable

from saferest import __version__
from saferest.config import KioskConfig
from saferest.domain.check_report import (
    CheckReport,
    CitedSource,
    EmergencyBox,
    NotRead,
    ReportFinding,
    ReportLine,
)
from saferest.domain.medication_list import ItemStatus
from saferest.domain.presentation import Text, joined
from saferest.domain.severity import SEVERITY_STYLES, Severity
from saferest.ui.wording import Label, Words

IconSource = Callable[[Severity], str]
"""The image address of a severity's icon (its shape tells the severity without colour)."""
BASE_POINT_SIZE = 9.0
"""The report's text size in points: small enough for page one, large enough to read."""
H2 = '<h2 style="font-size:11pt; margin-top:8px; margin-bottom:3px">'
TABLE = (
    '<table border="1" cellspacing="0" cellpadding="2" width="100%" '
    'style="border-collapse:collapse">'
)


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


class ReportRenderer:
    """Turns one `CheckReport` into HTML with `words`; every piece of text goes through `esc`."""

    def __init__(
        self,
        words: Words,
        icon_src: IconSource | None = None,
        clinic: KioskConfig | None = None,
    ) -> None:
        self.words = words
        self.icon_src = icon_src
        self.clinic = clinic

    # -- small pieces -----------------------------------------------------------------------

    def label(self, key: Label) -> str:
        return esc(self.words.label(key))

    def texts(self, values: Iterable[Text]) -> str:
        """Data text, escaped, with one "(in English)" note if any of it had no translation."""
        shown = list(values)
        marker = ""
        if any(t.in_english for t in shown):
            marker = f" <small><i>{self.label('in_english')}</i></small>"
        return esc(joined(shown)) + marker

    def severity(self, severity: Severity) -> str:
        """The severity's icon (its shape) and its word in its colour: never colour alone."""
        icon = ""
        if self.icon_src is not None:
            icon = f'<img src="{esc(self.icon_src(severity))}" width="12" height="12">&nbsp;'
        colour = SEVERITY_STYLES[severity].colour
        word = esc(self.words.severity(severity))
        return f'{icon}<b><font color="{colour}">{word}</font></b>'

    def status(self, status: ItemStatus, stopped_on: object) -> str:
        words = self.words.status(status)
        return f"{words} {stopped_on}" if stopped_on else words

    # -- the report -------------------------------------------------------------------------

    def render(self, report: CheckReport, extra_html: str = "") -> str:
        parts = [
            self.header(report),
            self.emergency_line(report),
            self.your_list(report),
            self.findings_table(report),
            self.conditions(report),
            self.not_checked(report),
            self.details(report),
            self.sources(report.sources),
            self.emergency_box(report),
            self.disclaimer(report),
            extra_html,
        ]
        return "".join(parts)

    def disclaimer(self, report: CheckReport) -> str:
        text = self.words.label("report_disclaimer").replace(
            "%1", self.words.call(report.emergency)
        )
        # Small print like the source list: it is the same on every report.
        small = '<p style="font-size:8pt; margin-top:6px">'
        return f"{small}<b>{self.label('please_note')}</b><br>{esc(text)}</p>"

    def header(self, report: CheckReport) -> str:
        words = self.words
        pack = report.pack
        reviewed = pack.reviewed or words.label("unknown")
        signing = words.report_signing(pack.signing_key, pack.shipped)
        lines = [
            f'<h1 style="font-size:14pt; margin-bottom:4px">{self.label("report_title")}</h1>',
            f"<p>{self.label('on_date')} {esc(report.on.isoformat())} &nbsp;·&nbsp; "
            f"{self.label('created')} {esc(report.created.strftime('%Y-%m-%d %H:%M'))}<br>"
            f"{self.label('data_version')} {esc(pack.version)}, {self.label('reviewed_lower')} "
            f"{esc(reviewed)}, {esc(signing)} &nbsp;·&nbsp; {self.label('app_version')} "
            f"{esc(__version__)}</p>",
        ]
        if self.clinic is not None and self.clinic.clinic_name:
            lines.append(f"<p>{esc(words.printed_at(self.clinic.clinic_name))}</p>")
        if report.data_problems:
            lines.append(f"<p><b>{self.label('data_problems')}</b></p>")
        return "".join(lines)

    def emergency_line(self, report: CheckReport) -> str:
        """The one emergency number, on page one."""
        contact = report.emergency
        if contact is None:
            number = esc(self.words.call(None))
        else:  # as emergency help says it: "Emergency services: 112 or your local number"
            label = esc(contact.name) if contact.name else self.label("emergency_number")
            number = f"{label}: {esc(contact.number)}"
        return f"{TABLE}<tr><td><b>{number}</b> &nbsp; {self.label('urgent')}</td></tr></table>"

    def your_list(self, report: CheckReport) -> str:
        parts = [f"{H2}{self.label('your_list')}</h2>"]
        if not report.lines:
            return parts[0] + f"<p>{self.label('list_empty')}</p>"
        parts.append(
            f'{TABLE}<tr><th align=left width="35%">{self.label("as_typed")}</th>'
            f"<th align=left>{self.label('read_as')}</th></tr>"
        )
        parts += [
            f"<tr><td>{self.typed(line)}</td><td>{self.read_as(line)}</td></tr>"
            for line in report.lines
        ]
        parts.append("</table>")
        return "".join(parts)

    def typed(self, line: ReportLine) -> str:
        """A line as typed, or a note in its place when its words would tell a health condition
        the person kept off the report."""
        if line.withheld:
            return f"<i>{self.label('condition_withheld')}</i>"
        return esc(line.typed)

    def read_as(self, line: ReportLine) -> str:
        """What a line was read as: names, ingredients, the status and the person's choices."""
        words = self.words
        out: list[str] = []
        for item in line.read:
            name = esc(item.name)
            if item.ingredients:
                name += f" ({esc(', '.join(item.ingredients))})"
            if item.status is not ItemStatus.TAKING:
                name += f" <b>[{esc(self.status(item.status, item.stopped_on))}]</b>"
            if line.corrected:
                name += f" <i>{self.label('your_choice')}</i>"
            if item.condition:
                name += f" {self.label('condition_tag')}"
            out.append(name)
        for name in line.not_taken:
            out.append(f"<b>{esc(words.label('not_taken').replace('%1', name))}</b>")
        for name in line.ruled_out:
            out.append(esc(words.label("condition_not").replace("%1", name)))
        for part in line.not_read:
            out.append(f"<b>{self.not_read(part)}</b>")
        return "<br>".join(out)

    def not_read(self, part: NotRead) -> str:
        if part.reason == "set_aside":
            return self.label("set_aside_by_you")
        if part.reason == "ambiguous":
            options = f": {esc(' / '.join(part.options))}" if part.options else ""
            return f"“{esc(part.text)}”: {self.label('ambiguous')}{options}"
        return f"“{esc(part.text)}”: {self.label('not_recognised')}"

    def findings_table(self, report: CheckReport) -> str:
        words = self.words
        parts = [f"{H2}{self.label('findings_worst_first')}</h2>"]
        if report.findings:
            parts.append(self.table(report.findings))
        elif report.too_few:
            # One item and a health condition: the condition's own findings are told below.
            if not (report.conditions and report.checked):
                parts.append(f"<p>{self.label('too_few')}</p>")
        else:
            parts.append(f"<p>{self.label('no_findings')}</p>")
        if report.no_known:
            pairs = ", ".join(words.pair(a, b) for a, b in report.no_known)
            parts.append(
                f"<p><b>{self.label('no_known')}</b> {esc(pairs)}. "
                f"{self.label('no_known_note')}</p>"
            )
        return "".join(parts)

    def table(self, findings: Iterable[ReportFinding]) -> str:
        """Findings in a table, one row each: number and severity, headline, reliability."""
        words = self.words
        parts = [
            f'{TABLE}<tr><th align=left width="20%">{self.label("severity_column")}</th>'
            f'<th align=left width="67%">{self.label("finding_column")}</th>'
            f'<th align=left width="13%">{self.label("reliability_column")}</th></tr>'
        ]
        for finding in findings:
            view = finding.view
            parts.append(
                f"<tr><td>{finding.number}.&nbsp;{self.severity(view.severity)}</td>"
                f"<td><b>{esc(words.title(view))}</b>: {self.texts([view.headline])}</td>"
                f"<td>{esc(words.reliability_word(view.reliability))}</td></tr>"
            )
        parts.append("</table>")
        return "".join(parts)

    def conditions(self, report: CheckReport) -> str:
        """The health conditions on the list and their own findings, worst first, on page one;
        or a note that the person left them out (naming none)."""
        if report.conditions_left_out:
            return f"<p><i>{self.label('conditions_left_out')}</i></p>"
        if not report.conditions:
            return ""
        parts = [
            f"{H2}{self.label('your_conditions')}</h2>",
            f'<p style="margin-bottom:3px">{esc(", ".join(report.conditions))}</p>',
        ]
        if report.condition_findings:
            parts.append(self.table(report.condition_findings))
        else:
            parts.append(f"<p>{self.label('no_condition_findings')}</p>")
        return "".join(parts)

    def not_checked(self, report: CheckReport) -> str:
        if not report.not_read and not report.stopped:
            return ""
        parts = [f'{H2}{self.label("not_checked_title")}</h2><ul style="margin-top:0">']
        for typed, part in report.not_read:
            shown = self.not_read(part)
            if part.reason == "set_aside":
                shown = f"“{esc(typed)}”: {shown}"
            parts.append(f"<li>{shown}</li>")
        for stopped in report.stopped:
            parts.append(f"<li>{esc(self.words.set_aside(stopped.name, stopped.time))}</li>")
        parts.append("</ul>")
        return "".join(parts)

    def details(self, report: CheckReport) -> str:
        if not report.details:
            return ""
        parts = [f"{H2}{self.label('details')}</h2>"]
        parts += [self.finding(group) for group in report.details]
        for shared in report.shared_notes:
            numbers = ", ".join(str(n) for n in shared.findings)
            parts.append(
                f"<p><b>{esc(self.words.population(shared.population))}</b> "
                f"({self.label('number_sign')} {numbers}) {self.texts([shared.text])}</p>"
            )
        return "".join(parts)

    def finding(self, group: tuple[ReportFinding, ...]) -> str:
        """One finding in full, or several that say the same told once ("9, 10, 11.")."""
        words = self.words
        finding = group[0]
        view = finding.view
        lines: list[str] = []
        for time in view.time:
            line = esc(words.time(time.name, time.time))
            if time.why is not None:
                line += ". " + self.texts([time.why])
            lines.append(line)
        if view.why:
            lines.append(f"<b>{self.label('why')}</b> {self.texts(view.why)}")
        if view.advice:
            lines.append(f"<b>{self.label('what_to_do')}</b> {self.texts(view.advice)}")
        for note in finding.notes:
            label = esc(words.population(note.population))
            lines.append(f"<b>{label}</b> {self.texts([note.text])}")
        cited = ", ".join(f"[{n}]" for n in finding.citations)
        lines.append(
            f"<b>{self.label('reliability')}</b> {esc(words.reliability(view.reliability))}"
            + (f" &nbsp;·&nbsp; <b>{self.label('sources')}</b> {cited}" if cited else "")
        )
        numbers = ", ".join(str(f.number) for f in group)
        titles = "; ".join(words.title(f.view) for f in group)
        # The headline is on page one, beside the same number.
        return (
            f'<p style="margin-top:3px; margin-bottom:0">{numbers}. '
            f"{self.severity(view.severity)} <b>{esc(titles)}</b><br>" + "<br>".join(lines) + "</p>"
        )

    def sources(self, sources: tuple[CitedSource, ...]) -> str:
        if not sources:
            return ""
        parts = [f"{H2}{self.label('sources_title')}</h2>"]
        for cited in sources:
            source = cited.source
            if source is None:
                text = esc(cited.source_id)
            else:
                text = (
                    f"{esc(source.title)}. {esc(source.publisher)}, {esc(source.year)}. "
                    f"{esc(source.url)}"
                )
            parts.append(
                f'<p style="font-size:8pt; margin-top:0; margin-bottom:2px">'
                f"[{cited.number}] {text}</p>"
            )
        return "".join(parts)

    def emergency_box(self, report: CheckReport) -> str:
        """At most half a page: the number, the first steps of the most urgent topic, and the
        clinic's local help on a kiosk; the app's Emergency help has everything else."""
        words = self.words
        inner = [
            f"<b>{self.label('emergency_help')}: {esc(words.call(report.emergency))}</b><br>"
            f"{self.label('urgent')}"
        ]
        if report.emergency is not None and report.emergency.note:
            inner.append(f"<br>{esc(report.emergency.note)}")
        box = report.emergency_box
        if box is not None:
            inner.append(self.first_aid(box))
        clinic = self.clinic
        if clinic is not None and clinic.local_resources:
            heading = words.label("local_help")
            if clinic.clinic_name:
                heading = words.label("local_help_from").replace("%1", clinic.clinic_name)
            inner.append(f"<br><b>{esc(heading)}</b>")
            for resource in clinic.local_resources:
                labelled: list[tuple[Label, str | None]] = [
                    ("phone", resource.phone),
                    ("address", resource.address),
                    ("hours", resource.hours),
                ]
                fields = [f"{self.label(key)} {esc(value)}" for key, value in labelled if value]
                if resource.notes:
                    fields.append(esc(resource.notes))
                inner.append(f"<br>{esc(resource.name)}: " + "; ".join(fields))
        return (
            '<br><table border="2" cellspacing="0" cellpadding="6" width="100%"><tr><td>'
            + "".join(inner)
            + "</td></tr></table>"
        )

    def first_aid(self, box: EmergencyBox) -> str:
        signs = "; ".join(t.text for t in box.signs)
        marker = any(t.in_english for t in (box.title, *box.signs, *box.steps))
        steps = " ".join(f"{n}. {esc(step.text)}" for n, step in enumerate(box.steps, 1))
        more = f" <i>{self.label('more_steps')}</i>" if box.more_steps else ""
        english = f" <small><i>{self.label('in_english')}</i></small>" if marker else ""
        return (
            f"<br><b>{esc(box.title.text)}</b>{english}<br>"
            f"<b>{self.label('signs_label')}</b> {esc(signs)}.<br>"
            f"<b>{self.label('steps_label')}</b> {steps}{more}"
        )


def report_html(
    report: CheckReport,
    words: Words,
    icon_src: IconSource | None = None,
    clinic: KioskConfig | None = None,
    extra_html: str = "",
) -> str:
    """The whole report; `extra_html` (the sleep diary's page for a clinician) goes last."""
    return ReportRenderer(words, icon_src, clinic).render(report, extra_html)
