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
from saferest.ui.sleep.texts import clock, day_name, duration, fill, intake_label, percent

translate = QCoreApplication.translate

CHART_SIZE = QSize(1600, 640)


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
    """One page: title, chart, averages in a sentence, a compact table of nights, what was
    taken, the sleep window if one is running."""
    first = day_name(summary.first, lang)
    last = day_name(summary.last, lang)
    title = fill(translate("SleepDiary", "Sleep diary: nights of %1 to %2"), first, last)
    parts = [
        '<div style="page-break-before: always">',
        f"<h2>{esc(title)}</h2>",
        f"<p>{esc(source_note())}</p>",
        f'<p><img src="{png_data_url(chart_image(summary, lang))}" width="600"></p>',
    ]
    a = summary.averages
    if a is not None:
        text = fill(
            translate(
                "SleepDiary",
                "Averages over %1 night(s): in bed %2, asleep %3, %4 to fall asleep, %5 awake "
                "after first falling asleep, sleep efficiency %6, quality %7 of 5.",
            ),
            str(a.nights),
            duration(a.time_in_bed),
            duration(a.total_sleep),
            duration(a.sleep_onset_latency),
            duration(a.wake_after_sleep_onset),
            percent(a.efficiency),
            f"{a.quality:.1f}",
        )
        parts.append(f"<p><b>{esc(text)}</b></p>")
    heads = [
        translate("SleepDiary", "Night of"),
        translate("SleepDiary", "In bed"),
        translate("SleepDiary", "Asleep"),
        translate("SleepDiary", "Sleep efficiency"),
        translate("SleepDiary", "Quality"),
        translate("SleepDiary", "Taken"),
    ]
    parts.append(
        '<table border="1" cellspacing="0" cellpadding="2" width="100%" style="font-size: 8pt">'
        "<tr>" + "".join(f"<th align=left>{esc(h)}</th>" for h in heads) + "</tr>"
    )
    for night in summary.nights:
        f = figures(night)
        cells = [
            day_name(night.night_of, lang),
            f"{clock(night.into_bed)}–{clock(night.out_of_bed)}",
            duration(f.total_sleep),
            percent(f.efficiency),
            f"{night.quality}/5",
            ", ".join(intake_label(i) for i in night.taken),
        ]
        parts.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
    parts.append("</table>")
    if summary.substances:
        lines = []
        for row in summary.substances:
            lines.append(
                fill(
                    translate(
                        "SleepDiary",
                        "%1: %2 night(s) with, sleep efficiency %3; %4 night(s) without, %5",
                    ),
                    intake_label(row.item, with_amount=False),
                    str(row.nights_with),
                    percent(row.with_it.efficiency) if row.with_it else "–",
                    str(row.nights_without),
                    percent(row.without_it.efficiency) if row.without_it else "–",
                )
            )
        parts.append(
            '<p style="font-size: 8pt">' + "<br>".join(esc(line) for line in lines) + "</p>"
        )
        parts.append(f'<p style="font-size: 8pt">{esc(few_nights_warning())}</p>')
    window = summary.window
    if window.status is WindowStatus.ACTIVE and window.plan is not None:
        text = fill(
            translate("SleepDiary", "Sleep window in use: %1, bed at %2, up at %3 (started %4)."),
            duration(window.minutes),
            clock(window.bedtime(window.plan.wake_time)),
            clock(window.plan.wake_time),
            day_name(window.plan.start, lang),
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
