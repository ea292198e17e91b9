"""The sleep diary window: nights entered through the accessible form, the chart, the sleep
window and its screening, substances beside sleep, export, deletion, kiosk and restarts."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QTextBrowser,
    QTimeEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

import saferest.ui.sleep.view as sleep_view
from saferest.domain.pack import default_data_dir
from saferest.domain.sleep.window import Screening
from saferest.storage.sleep_diary import DIARY_FILE
from saferest.ui.main_window import MainWindow
from saferest.ui.sleep.chart import SleepChart
from saferest.ui.sleep.texts import question_text
from saferest.ui.widgets import NoticeBar

from .uihelpers import by_name

MORNING = dt.datetime(2025, 3, 17, 8, 0)
"""The day the tests live on: 14 nights end on the night of Sunday 16 March 2025."""

# Two kinds of night, worked out by hand:
# A (kratom): into bed 23:00, trying from 23:15, 45 min to fall asleep, woke 3 times for 60 min,
#   final waking 06:00, up 06:30. In bed 23:00-06:30 = 450 min. Trying 23:15-06:00 = 405 min,
#   asleep 405 - 45 - 60 = 300 min. Efficiency 300 / 450 = 66.7 %.
# B: into bed 22:45, trying from 23:00, 15 min to fall asleep, woke once for 20 min, final waking
#   06:30, up 06:45. In bed 480 min. Trying 450 min, asleep 450 - 15 - 20 = 415 min.
#   Efficiency 415 / 480 = 86.5 %.
NIGHT_A = ("23:00", "23:15", 45, 3, 60, "06:00", "06:30", 2)
NIGHT_B = ("22:45", "23:00", 15, 1, 20, "06:30", "06:45", 4)
KRATOM_NIGHTS = {0, 3, 6, 9, 12}


@pytest.fixture(autouse=True)
def _fixed_morning(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sleep_view, "now", lambda: MORNING)


def open_diary(window: MainWindow) -> QWidget:
    view = by_name(window, QWidget, "Sleep diary")
    window.tabs.setCurrentWidget(view)
    return view


def combo(root: QWidget, name: str) -> QComboBox:
    """A combo box by its accessible name (on Linux Qt reads a combo's current text as its
    name to screen readers and its label through the buddy relation, so by_name cannot be
    used)."""
    (found,) = [w for w in root.findChildren(QComboBox) if w.accessibleName() == name]
    return found


def set_time(form: QWidget, name: str, text: str) -> None:
    hours, minutes = (int(part) for part in text.split(":"))
    by_name(form, QTimeEdit, name).setTime(QTime(hours, minutes))


def enter_night(
    qtbot: QtBot,
    view: QWidget,
    day: dt.date,
    values: tuple[str, str, int, int, int, str, str, int],
    kratom_grams: float = 0.0,
) -> None:
    """Fill 'Add a night' the way a person would, field by field, and press Enter."""
    form = by_name(view, QGroupBox, "Add a night")
    bed, trying, to_sleep, woke, awake, final, up, quality = values
    by_name(form, QDateEdit, "Night of (the evening it began)").setDate(
        QDate(day.year, day.month, day.day)
    )
    set_time(form, "Got into bed at", bed)
    set_time(form, "Started trying to sleep at", trying)
    by_name(form, QSpinBox, "Minutes to fall asleep").setValue(to_sleep)
    by_name(form, QSpinBox, "Times woke up in the night").setValue(woke)
    by_name(form, QSpinBox, "Minutes awake in total").setValue(awake)
    set_time(form, "Final waking at", final)
    set_time(form, "Got out of bed at", up)
    combo(form, "Sleep quality").setCurrentIndex(quality - 1)
    if kratom_grams:
        by_name(form, QDoubleSpinBox, "Kratom grams").setValue(kratom_grams)
    # Enter in the last field saves, as it would for someone typing straight through.
    out_of_bed = by_name(form, QTimeEdit, "Got out of bed at")
    out_of_bed.setFocus()
    qtbot.keyClick(out_of_bed, Qt.Key.Key_Return)


def enter_fortnight(
    qtbot: QtBot, view: QWidget, nights: int = 14, first: dt.date = dt.date(2025, 3, 3)
) -> None:
    for index in range(nights):
        kratom = index in KRATOM_NIGHTS
        enter_night(
            qtbot,
            view,
            first + dt.timedelta(days=index),
            NIGHT_A if kratom else NIGHT_B,
            kratom_grams=5.0 if kratom else 0.0,
        )


def table_text(table: QTableView) -> list[list[str]]:
    model = table.model()
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_fourteen_nights_entered_in_the_form_give_the_hand_worked_efficiencies(
    qtbot: QtBot, window: MainWindow, user_dir: Path
) -> None:
    view = open_diary(window)
    enter_fortnight(qtbot, view)

    nights = table_text(by_name(view, QTableView, "Logged nights"))
    assert len(nights) == 14
    assert nights[0][:5] == ["Sun 16 Mar", "8 h (22:45–06:45)", "6 h 55 min", "86%", "4/5"]
    assert nights[1][:4] == ["Sat 15 Mar", "7 h 30 min (23:00–06:30)", "5 h", "67%"]
    assert nights[1][5] == "Kratom 5 g"
    # Substances beside sleep: 5 kratom nights at 66.7 %, 9 others at 86.5 %.
    (kratom,) = table_text(by_name(view, QTableView, "Substances beside sleep"))
    assert kratom == ["Kratom", "5", "67%", "45", "9", "86%", "15"]

    chart = by_name(view, SleepChart, "Sleep chart")
    summary = chart.accessibleDescription().splitlines()
    assert len(summary) == 14
    assert summary[-1] == (
        "Sunday 16 March 2025: in bed 8 h, asleep 6 h 55 min, sleep efficiency 86%"
    )
    assert summary[-2].endswith("sleep efficiency 67%; taken: Kratom 5 g")
    assert by_name(view, QTextBrowser, "Sleep chart summary").toPlainText() == "\n".join(summary)
    image = chart.grab().toImage()
    assert not image.isNull() and image.width() > 200
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 4  # bars, hatching, line and text were drawn, not a blank widget

    chart.set_weekly(True)
    weeks = chart.summary().splitlines()
    assert len(weeks) == 2  # the view starts at the first week with a night
    # Week of Monday 3 March: A on 3, 6, 9; B on 4, 5, 7, 8. In bed (3 x 450 + 4 x 480) / 7 =
    # 467.1 min; asleep (3 x 300 + 4 x 415) / 7 = 365.7 min; efficiency (3 x 66.7 % + 4 x 86.5 %)
    # / 7 = 78.0 %.
    assert any(
        line.startswith(
            "week of Monday 3 March 2025: in bed 7 h 47 min, asleep 6 h 6 min, sleep efficiency 78%"
        )
        for line in weeks
    )
    saved = (user_dir / DIARY_FILE).read_text(encoding="utf-8").splitlines()
    assert len(saved) == 1 + 14


def test_an_impossible_night_is_refused_with_a_clear_message(
    qtbot: QtBot, window: MainWindow, user_dir: Path
) -> None:
    view = open_diary(window)
    enter_night(
        qtbot, view, dt.date(2025, 3, 10), ("23:00", "23:15", 10, 0, 0, "22:00", "22:10", 3)
    )
    problem = by_name(view, QLabel, "Problem with this night")
    assert problem.isVisibleTo(view)
    assert "final waking time is before you started trying to sleep" in problem.text()
    assert table_text(by_name(view, QTableView, "Logged nights")) == []
    assert not (user_dir / DIARY_FILE).exists()


def answer_all(view: QWidget, answer: str, except_for: Screening | None = None) -> None:
    for question in Screening:
        box = combo(view, question_text(question))
        box.setCurrentText("No" if question is except_for else answer)


def test_after_seven_nights_the_window_follows_the_rule_and_a_yes_stops_it(
    qtbot: QtBot, make_window: Callable[..., MainWindow], user_dir: Path
) -> None:
    window = make_window(data=default_data_dir())
    view = open_diary(window)
    advice = by_name(view, QTextBrowser, "Sleep window advice")
    enter_fortnight(qtbot, view, nights=6, first=dt.date(2025, 3, 10))
    assert "Log 1 more night" in advice.toPlainText()
    enter_night(qtbot, view, dt.date(2025, 3, 16), NIGHT_B)
    # Last 7 nights (10-16 March): A on 10 and 13 (300 min asleep), B on the other 5 (415).
    # Average (2 x 300 + 5 x 415) / 7 = 382.1 min -> nearest 15 minutes: 6 h 15 (375 min).
    assert "Answer the six questions above first" in advice.toPlainText()
    answer_all(view, "No")
    by_name(view, QTimeEdit, "Wake time I will keep every day").setTime(QTime(6, 30))
    text = advice.toPlainText()
    assert "you slept 6 h 22 min a night on average" in text
    assert "Suggested window: 6 h 15 min, going to bed at 00:15 to get up at 06:30." in text
    assert "never less than 5 and a half hours" in text  # the method, from the data pack
    assert "Use the bed only for sleep" in text  # stimulus control, from the data pack
    assert "SafeRest never gives doses" in text  # kratom was logged: see a clinician to stop
    start = by_name(view, QPushButton, "Start this sleep window")
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    assert "Your window now: 6 h 15 min. Go to bed at 00:15 and get up at 06:30." in (
        advice.toPlainText()
    )
    plan = [json.loads(line) for line in (user_dir / DIARY_FILE).read_text().splitlines()]
    assert {"plan": {"start": "2025-03-17", "wake_time": "06:30", "initial_minutes": 375}} in plan

    combo(view, question_text(Screening.EPILEPSY)).setCurrentText("Yes")
    text = advice.toPlainText()
    assert "No sleep window is shown" in text
    assert "Your window now" not in text and "Suggested window" not in text
    assert "Lack of sleep is a common seizure trigger" in text  # why, from the data pack
    assert not start.isEnabled()


def test_the_floor_of_five_and_a_half_hours_holds_in_the_window(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = open_diary(window)
    short = ("23:00", "23:00", 120, 2, 90, "06:00", "06:00", 2)  # 420 - 210 = 210 min asleep
    for day in range(10, 17):
        enter_night(qtbot, view, dt.date(2025, 3, day), short)
    answer_all(view, "No")
    text = by_name(view, QTextBrowser, "Sleep window advice").toPlainText()
    assert "you slept 3 h 30 min a night on average" in text
    assert "Suggested window: 5 h 30 min" in text
    assert "never goes below 5 h 30 min" in text


def test_the_diary_survives_a_restart(qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    first = make_window()
    view = open_diary(first)
    enter_night(qtbot, view, dt.date(2025, 3, 15), NIGHT_A, kratom_grams=3.5)
    enter_night(qtbot, view, dt.date(2025, 3, 16), NIGHT_B)
    first.close()
    again = open_diary(make_window())
    nights = table_text(by_name(again, QTableView, "Logged nights"))
    assert [row[0] for row in nights] == ["Sun 16 Mar", "Sat 15 Mar"]
    assert nights[1][5] == "Kratom 3.5 g"


def test_a_damaged_file_is_recovered_without_losing_other_nights(
    qtbot: QtBot, make_window: Callable[..., MainWindow], user_dir: Path
) -> None:
    first = make_window()
    view = open_diary(first)
    for day in (14, 15, 16):
        enter_night(qtbot, view, dt.date(2025, 3, day), NIGHT_B)
    first.close()
    path = user_dir / DIARY_FILE
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[2] = lines[2][:30]  # the night of the 15th, cut off
    path.write_text("\n".join(lines), encoding="utf-8")
    window = make_window()
    view = open_diary(window)
    notice = by_name(view, NoticeBar, "Sleep diary recovered")
    assert "1 line(s) could not be read" in notice.text
    nights = table_text(by_name(view, QTableView, "Logged nights"))
    assert [row[0] for row in nights] == ["Sun 16 Mar", "Fri 14 Mar"]
    assert len(list(user_dir.glob("sleep-diary.damaged-*.jsonl"))) == 1


def test_kiosk_has_no_diary_and_writes_nothing(
    make_kiosk: Callable[..., MainWindow], tmp_path: Path
) -> None:
    window = make_kiosk()
    assert window.sleep_view is None
    assert [w for w in window.findChildren(QWidget) if w.accessibleName() == "Sleep diary"] == []
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert "Sleep diary" not in tabs
    written = [os.path.join(f, n) for f, _d, names in os.walk(tmp_path) for n in names]
    assert not [p for p in written if "sleep" in p]


def test_export_writes_a_csv_and_delete_removes_everything(
    qtbot: QtBot,
    window: MainWindow,
    user_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = open_diary(window)
    enter_night(qtbot, view, dt.date(2025, 3, 16), NIGHT_A, kratom_grams=5)
    target = tmp_path / "export" / "my diary.csv"
    monkeypatch.setattr(sleep_view, "ask_csv_path", lambda parent, suggested: target)
    qtbot.mouseClick(by_name(view, QPushButton, "Export sleep diary"), Qt.MouseButton.LeftButton)
    rows = target.read_text(encoding="utf-8-sig").splitlines()
    assert rows[1].startswith("2025-03-16,2025-03-16T23:00,2025-03-16T23:15,45,3,60,")
    assert ",kratom 5g,450,300,66.7," in rows[1]

    asked = []
    monkeypatch.setattr(sleep_view, "confirm_delete", lambda parent: asked.append(1) or True)
    qtbot.mouseClick(by_name(view, QPushButton, "Delete sleep diary"), Qt.MouseButton.LeftButton)
    assert asked == [1]
    assert not (user_dir / DIARY_FILE).exists()
    assert table_text(by_name(view, QTableView, "Logged nights")) == []


def test_medications_on_the_list_are_offered_and_compared(qtbot: QtBot, window: MainWindow) -> None:
    window.checker.add_lines(["Zoloft 50mg"])
    view = open_diary(window)
    form = by_name(view, QGroupBox, "Add a night")
    listed = form.findChild(QWidget, None)
    medications = [
        w for w in form.findChildren(QWidget) if w.accessibleName() == "From my medication list"
    ]
    assert len(medications) == 1
    widget = medications[0]
    item = widget.item(0)  # type: ignore[attr-defined]
    assert item.text() == "Zoloft 50mg"
    item.setCheckState(Qt.CheckState.Checked)
    enter_night(qtbot, view, dt.date(2025, 3, 16), NIGHT_B)
    (row,) = table_text(by_name(view, QTableView, "Substances beside sleep"))
    assert row[:3] == ["Zoloft 50mg", "1", "86%"]
    assert listed is not None
    assert by_name(view, QCheckBox, "Caffeine after noon").isChecked() is False


def test_the_report_has_a_diary_page_with_the_chart(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    view = open_diary(window)
    enter_fortnight(qtbot, view)
    window.show_report()
    dialog = window.report_dialog
    assert dialog is not None
    assert "Sleep diary: nights of Mon 3 Mar to Sun 16 Mar" in dialog.html
    # 5 nights A and 9 nights B: in bed (5 x 450 + 9 x 480) / 14 = 469.3 min, asleep
    # (5 x 300 + 9 x 415) / 14 = 373.9 min, to fall asleep (5 x 45 + 9 x 15) / 14 = 25.7 min,
    # awake (5 x 60 + 9 x 20) / 14 = 34.3 min, efficiency (5 x 66.7 % + 9 x 86.5 %) / 14 = 79.4 %.
    assert (
        "Averages over 14 night(s): in bed 7 h 49 min, asleep 6 h 14 min, 26 min to fall "
        "asleep, 34 min awake after first falling asleep, sleep efficiency 79%" in dialog.html
    )
    assert 'src="data:image/png;base64,' in dialog.html
    assert dialog.preview.refused_resources == []
    path = tmp_path / "report.pdf"
    assert dialog.save_pdf(path)
    assert path.stat().st_size > 20_000
    by_name(view, QCheckBox, "Add a diary page to the printed report").setChecked(False)
    window.show_report()
    assert window.report_dialog is not None
    assert "Sleep diary: nights of" not in window.report_dialog.html


def test_the_chart_image_for_paper_is_black_on_white() -> None:
    chart = SleepChart("en")
    image = chart.image(chart.sizeHint())
    assert image.format() == QImage.Format.Format_RGB32
    assert QImage(image).pixelColor(0, 0).name() == "#ffffff"


def test_the_diary_speaks_spanish(qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    window.set_language("es")
    view = by_name(window, QWidget, "Diario de sueño")
    window.tabs.setCurrentWidget(view)
    assert "Diario de sueño" in [window.tabs.tabText(i) for i in range(window.tabs.count())]
    form = by_name(view, QGroupBox, "Añadir una noche")
    by_name(form, QDateEdit, "Noche (fecha de la tarde en que empezó)").setDate(QDate(2025, 3, 16))
    save = by_name(form, QPushButton, "Guardar esta noche")
    save.setFocus()
    qtbot.keyClick(save, Qt.Key.Key_Space)
    chart = by_name(view, SleepChart, "Gráfico del sueño")
    lines = chart.summary().splitlines()
    assert lines[0] == "lunes 3 de marzo de 2025: sin anotar"
    assert lines[-1].startswith("domingo 16 de marzo de 2025: en la cama 8 h 15 min, dormido")
    advice = by_name(view, QTextBrowser, "Consejos de la ventana de sueño").toPlainText()
    assert "Anota 6 noches más" in advice
