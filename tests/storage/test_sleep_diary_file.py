"""The sleep diary file: round trip, kiosk writes nothing, damage costs only its own lines."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from saferest.domain.sleep.night import Intake, Night, Taken, clock_night
from saferest.domain.sleep.window import Screening, WindowPlan
from saferest.storage.sleep_diary import DIARY_FILE, Diary, SleepDiaryFile, write_csv

T = dt.time


def night(day: int, **extra: object) -> Night:
    return clock_night(
        dt.date(2025, 3, day),
        into_bed=T(22, 45),
        tried_to_sleep=T(23, 0),
        minutes_to_fall_asleep=20,
        awakenings=1,
        minutes_awake=15,
        final_wake=T(6, 30),
        out_of_bed=T(6, 40),
        quality=4,
        zone="Europe/Madrid",
        **extra,  # type: ignore[arg-type]
    )


def diary_with(*nights: Night) -> Diary:
    return Diary(nights={n.night_of: n for n in nights})


def test_round_trip_keeps_nights_answers_and_plan(tmp_path: Path) -> None:
    taken = (
        Intake(Taken.KRATOM, amount=4.5),
        Intake(Taken.MEDICATION, "Zoloft 50 mg ☕"),
        Intake(Taken.CAFFEINE_AFTER_NOON),
    )
    diary = diary_with(night(3, taken=taken), night(4))
    diary.answers = dict.fromkeys(Screening, False)
    diary.plan = WindowPlan(dt.date(2025, 3, 10), T(6, 30), 375)
    SleepDiaryFile(tmp_path).save(diary)
    loaded = SleepDiaryFile(tmp_path).load()
    assert loaded.damaged is None and loaded.lost_lines == 0
    assert loaded.diary == diary
    first = json.loads((tmp_path / DIARY_FILE).read_text(encoding="utf-8").splitlines()[0])
    assert first == {"format": "saferest.sleep-diary", "version": 1}


def test_kiosk_diary_reads_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    store = SleepDiaryFile(None)
    store.save(diary_with(night(3)))
    assert store.load().diary == Diary()
    assert store.delete_all() == []
    assert list(tmp_path.iterdir()) == []


def test_a_damaged_line_costs_only_that_night(tmp_path: Path) -> None:
    store = SleepDiaryFile(tmp_path)
    store.save(diary_with(night(3), night(4), night(5)))
    path = tmp_path / DIARY_FILE
    lines = path.read_bytes().split(b"\n")
    lines[2] = lines[2][:25] + b"\xff garbage"  # the night of the 4th
    path.write_bytes(b"\n".join(lines))
    original = path.read_bytes()
    loaded = SleepDiaryFile(tmp_path).load()
    assert sorted(d.day for d in loaded.diary.nights) == [3, 5]
    assert loaded.lost_lines == 1
    assert loaded.damaged is not None
    assert loaded.damaged.moved_to.read_bytes() == original  # kept for the person
    # The readable nights were written back: the next start is clean.
    again = SleepDiaryFile(tmp_path).load()
    assert again.damaged is None and sorted(d.day for d in again.diary.nights) == [3, 5]


def test_an_impossible_night_in_the_file_is_dropped_like_a_typed_one(tmp_path: Path) -> None:
    store = SleepDiaryFile(tmp_path)
    store.save(diary_with(night(3), night(4)))
    path = tmp_path / DIARY_FILE
    text = path.read_text(encoding="utf-8").replace(
        '"out_of_bed": "2025-03-05T06:40"', '"out_of_bed": "2025-03-06T04:40"'
    )
    path.write_text(text, encoding="utf-8")  # the 4th now has 30 hours in bed
    loaded = SleepDiaryFile(tmp_path).load()
    assert sorted(d.day for d in loaded.diary.nights) == [3]
    assert loaded.lost_lines == 1


def test_a_truncated_file_keeps_every_complete_night(tmp_path: Path) -> None:
    store = SleepDiaryFile(tmp_path)
    store.save(diary_with(*(night(d) for d in range(1, 11))))
    path = tmp_path / DIARY_FILE
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 40])  # a crash in the middle of the last line
    loaded = SleepDiaryFile(tmp_path).load()
    assert sorted(d.day for d in loaded.diary.nights) == list(range(1, 10))
    assert loaded.damaged is not None


def test_a_lost_first_line_still_keeps_the_nights(tmp_path: Path) -> None:
    store = SleepDiaryFile(tmp_path)
    store.save(diary_with(night(3), night(4)))
    path = tmp_path / DIARY_FILE
    lines = path.read_bytes().split(b"\n")
    path.write_bytes(b"\n".join([b"\x00\x00\x00", *lines[1:]]))
    loaded = SleepDiaryFile(tmp_path).load()
    assert sorted(d.day for d in loaded.diary.nights) == [3, 4]
    assert loaded.damaged is not None


@pytest.mark.parametrize(
    "content",
    [
        b'{"format": "saferest.sleep-diary", "version": 99}\n{"night": {}}\n',
        b'{"format": "saferest.medication-list", "version": 1, "items": []}',
    ],
)
def test_newer_or_foreign_files_are_moved_aside_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / DIARY_FILE
    path.write_bytes(content)
    loaded = SleepDiaryFile(tmp_path).load()
    assert loaded.diary == Diary()
    assert loaded.damaged is not None
    assert loaded.damaged.moved_to.read_bytes() == content
    assert not path.exists()


def test_delete_all_removes_the_diary_and_its_damaged_copies(tmp_path: Path) -> None:
    store = SleepDiaryFile(tmp_path)
    store.save(diary_with(night(3)))
    (tmp_path / "sleep-diary.damaged-20250101-000000.jsonl").write_text("x")
    (tmp_path / "medication-list.json").write_text("{}")
    gone = store.delete_all()
    assert len(gone) == 2
    assert [p.name for p in tmp_path.iterdir()] == ["medication-list.json"]


def test_csv_export_opens_in_a_spreadsheet(tmp_path: Path) -> None:
    target = tmp_path / "out" / "diary.csv"
    write_csv(target, [night(3, taken=(Intake(Taken.ALCOHOL, amount=2.0),))])
    text = target.read_text(encoding="utf-8-sig")
    header, row = text.splitlines()
    assert header.startswith("night_of,into_bed,")
    assert row.startswith("2025-03-03,2025-03-03T22:45,")
    assert "alcohol 2 drinks" in row
