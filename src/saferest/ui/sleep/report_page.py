"""The one-page diary summary for the clinician, added to the printed report.

The content (which fortnight, the averages, the comparison, the window) comes from
domain.sleep.clinician; this module only lays it out with translated labels. The chart is an
inline PNG: rich text may show it because it is data in the page, never a file or a URL.
"""

from __future__ import annotations

import base64

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QSize
from PySide6.QtGui import QFont, QImage

from saferest.domain.sleep.clinician import ClinicianSummary
from saferest.domain.sleep.figures import figures
from saferest.domain.sleep.window import WindowStatus
from saferest.ui.detail_view import esc
from saferest.ui.sleep.chart import night_columns, paper_image
from saferest.ui.sleep.texts import clock, day_name, duration, intake_label, percent

translate = QCoreApplication.translate

CHART_SIZE = QSize(1600, 720)


def png_data_url(image: QImage) -> str:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; Qt takes str
    data = bytes(buffer.data().data())
    buffer.close()
    return "data:image/png;base64," + base64.b64encode(data).decode("ascii")


def chart_image(summary: ClinicianSummary, lang: str) -> QImage:
    font = QFont()
    font.setPixelSize(26)
    return paper_image(night_columns(summary.nights, lang), CHART_SIZE, font)


def sleep_report_html(summary: ClinicianSummary, lang: str) -> str:
    first = day_name(summary.first, lang, long=True)
    last = day_name(summary.last, lang, long=True)
    title = (
        translate("SleepDiary", "Sleep diary: nights of %1 to %2")
        .replace("%1", first)
        .replace("%2", last)
    )
    parts = [
        '<div style="page-break-before: always">',
        f"<h1>{esc(title)}</h1>",
        f"<p>{esc(source_note())}</p>",
        f'<p><img src="{png_data_url(chart_image(summary, lang))}" width="640"></p>',
    ]
    a = summary.averages
    if a is not None:
        rows = [
            (translate("SleepDiary", "Nights logged"), str(a.nights)),
            (translate("SleepDiary", "Time in bed"), duration(a.time_in_bed)),
            (translate("SleepDiary", "Total sleep time"), duration(a.total_sleep)),
            (translate("SleepDiary", "Time to fall asleep"), duration(a.sleep_onset_latency)),
            (
                translate("SleepDiary", "Awake after first falling asleep"),
                duration(a.wake_after_sleep_onset),
            ),
            (translate("SleepDiary", "Sleep efficiency"), percent(a.efficiency)),
            (translate("SleepDiary", "Sleep quality (1 to 5)"), f"{a.quality:.1f}"),
        ]
        parts.append(f"<h2>{esc(translate('SleepDiary', 'Averages per night'))}</h2>")
        parts.append('<table border="1" cellspacing="0" cellpadding="3">')
        parts += [f"<tr><td>{esc(k)}</td><td>{esc(v)}</td></tr>" for k, v in rows]
        parts.append("</table>")
    parts.append(f"<h2>{esc(translate('SleepDiary', 'Nights'))}</h2>")
    heads = [
        translate("SleepDiary", "Night of"),
        translate("SleepDiary", "In bed"),
        translate("SleepDiary", "Asleep"),
        translate("SleepDiary", "Sleep efficiency"),
        translate("SleepDiary", "Quality"),
        translate("SleepDiary", "Taken"),
    ]
    parts.append('<table border="1" cellspacing="0" cellpadding="3" width="100%"><tr>')
    parts += [f"<th align=left>{esc(h)}</th>" for h in heads]
    parts.append("</tr>")
    for night in summary.nights:
        f = figures(night)
        cells = [
            day_name(night.night_of, lang),
            f"{clock(night.into_bed)}–{clock(night.out_of_bed)} ({duration(f.time_in_bed)})",
            duration(f.total_sleep),
            percent(f.efficiency),
            f"{night.quality}/5",
            ", ".join(intake_label(i) for i in night.taken),
        ]
        parts.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
    parts.append("</table>")
    if summary.substances:
        parts.append(f"<h2>{esc(translate('SleepDiary', 'Substances logged'))}</h2><ul>")
        for row in summary.substances:
            line = (
                translate(
                    "SleepDiary",
                    "%1: %2 night(s) with, sleep efficiency %3; %4 night(s) without, %5",
                )
                .replace("%1", intake_label(row.item, with_amount=False))
                .replace("%2", str(row.nights_with))
                .replace("%3", percent(row.with_it.efficiency) if row.with_it else "–")
                .replace("%4", str(row.nights_without))
                .replace("%5", percent(row.without_it.efficiency) if row.without_it else "–")
            )
            parts.append(f"<li>{esc(line)}</li>")
        parts.append("</ul>")
        parts.append(f"<p>{esc(few_nights_warning())}</p>")
    window = summary.window
    if window.status is WindowStatus.ACTIVE and window.plan is not None:
        text = (
            translate("SleepDiary", "Sleep window in use: %1, bed at %2, up at %3 (started %4).")
            .replace("%1", duration(window.minutes))
            .replace("%2", clock(window.bedtime(window.plan.wake_time)))
            .replace("%3", clock(window.plan.wake_time))
            .replace("%4", day_name(window.plan.start, lang))
        )
        parts.append(f"<p><b>{esc(text)}</b></p>")
    elif window.status is WindowStatus.STOPPED:
        stopped = translate("SleepDiary", "No sleep window: a safety question was answered yes.")
        parts.append(f"<p><b>{esc(stopped)}</b></p>")
    parts.append("</div>")
    return "".join(parts)


def source_note() -> str:
    return translate(
        "SleepDiary",
        "Filled in by the person each morning (Consensus Sleep Diary questions); the times are "
        "their estimates.",
    )


def few_nights_warning() -> str:
    return translate(
        "SleepDiary",
        "These are only averages. A few nights prove nothing: many things change from night "
        "to night, so a difference here does not show that a substance made sleep better or "
        "worse.",
    )
