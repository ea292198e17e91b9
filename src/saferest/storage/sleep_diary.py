"""The private sleep diary file: one JSON record per line, so damage costs only its own lines.

The first line names the format and version; each further line is one night, the running
sleep window or the screening answers. Saving rewrites the whole file atomically. A file with
unreadable lines is moved aside (never deleted) and the readable nights are written back, so
the person keeps every night that can still be read. `SleepDiaryFile(None)` (kiosk mode)
neither reads nor writes anything. Nothing here imports Qt.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from saferest.domain.sleep.export import csv_rows
from saferest.domain.sleep.night import Intake, Night, NightError, Taken, make_night
from saferest.domain.sleep.window import Screening, WindowPlan
from saferest.storage.atomic import atomic_write_text
from saferest.storage.user_files import DamagedFileError, MovedAside, move_aside

DIARY_FILE = "sleep-diary.jsonl"
DIARY_FORMAT = "saferest.sleep-diary"
DIARY_VERSION = 1
MAX_LINES = 20_000
MAX_LINE_BYTES = 20_000


@dataclass
class Diary:
    """Everything the diary file holds."""

    nights: dict[dt.date, Night] = field(default_factory=dict)
    answers: dict[Screening, bool] = field(default_factory=dict)
    plan: WindowPlan | None = None

    def night_list(self) -> list[Night]:
        return [self.nights[day] for day in sorted(self.nights)]


@dataclass
class DiaryLoad:
    diary: Diary = field(default_factory=Diary)
    damaged: MovedAside | None = None
    lost_lines: int = 0
    """Lines of a damaged file that could not be read (the rest were kept)."""


class SleepDiaryFile:
    """The diary under `root`; `root=None` never touches the disk."""

    def __init__(self, root: Path | None) -> None:
        self.root = root

    @property
    def path(self) -> Path | None:
        return self.root / DIARY_FILE if self.root else None

    def load(self) -> DiaryLoad:
        path = self.path
        if path is None or not path.exists():
            return DiaryLoad()
        try:
            data = path.read_bytes()
        except OSError as exc:
            return DiaryLoad(damaged=move_aside(path, str(exc)))
        try:
            diary, lost, reason = parse_diary(data)
        except DamagedFileError as exc:  # not ours to salvage (a newer version, another file)
            return DiaryLoad(damaged=move_aside(path, str(exc)))
        if not lost and reason is None:
            return DiaryLoad(diary=diary)
        why = reason or f"{lost} unreadable line(s)"
        damaged = move_aside(path, why)
        if damaged.moved_to != path:
            with contextlib.suppress(OSError):  # the next save tries again
                self.save(diary)
        return DiaryLoad(diary=diary, damaged=damaged, lost_lines=lost)

    def save(self, diary: Diary) -> None:
        path = self.path
        if path is None:
            return
        atomic_write_text(path, format_diary(diary))

    def delete_all(self) -> list[Path]:
        """Delete the diary and every damaged copy of it kept beside it; returns what went."""
        path = self.path
        if path is None or self.root is None:
            return []
        gone = []
        candidates = [path, *self.root.glob(f"{path.stem}.damaged-*{path.suffix}")]
        for candidate in candidates:
            if candidate.is_file():
                candidate.unlink()
                gone.append(candidate)
        return gone


def write_csv(path: Path, nights: list[Night]) -> None:
    """Export to a CSV file the person chose (UTF-8 with a BOM so spreadsheets read accents)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerows(csv_rows(nights))
    atomic_write_text(path, "\ufeff" + buffer.getvalue())


# -- the format -------------------------------------------------------------------------------


def format_diary(diary: Diary) -> str:
    lines = [json.dumps({"format": DIARY_FORMAT, "version": DIARY_VERSION})]
    if diary.answers:
        answers = {q.value: diary.answers[q] for q in Screening if q in diary.answers}
        lines.append(json.dumps({"screening": answers}))
    if diary.plan is not None:
        lines.append(json.dumps({"plan": _plan_record(diary.plan)}))
    for night in diary.night_list():
        lines.append(json.dumps({"night": night_record(night)}, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def parse_diary(data: bytes) -> tuple[Diary, int, str | None]:
    """The diary, how many lines were lost, and why the file is damaged (None if it is not).

    Raises DamagedFileError only for files that must not be salvaged: another format or a
    newer version.
    """
    raw_lines = [line for line in data.split(b"\n") if line.strip()]
    if not raw_lines:
        return Diary(), 0, "empty file"
    reason: str | None = None
    header = _json_line(raw_lines[0])
    if isinstance(header, dict) and header.get("format") == DIARY_FORMAT:
        version = header.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            reason = "no valid version number"
        elif version > DIARY_VERSION:
            raise DamagedFileError(f"written by a newer SafeRest (format version {version})")
        body = raw_lines[1:]
    elif isinstance(header, dict) and "format" in header:
        raise DamagedFileError("not a SafeRest sleep diary")
    else:
        reason = "the first line is not readable"
        body = raw_lines
    diary = Diary()
    lost = 0
    for raw in body[:MAX_LINES]:
        if not _read_record(_json_line(raw), diary):
            lost += 1
    lost += max(len(body) - MAX_LINES, 0)
    return diary, lost, reason


def _json_line(raw: bytes) -> Any:
    if len(raw) > MAX_LINE_BYTES:
        return None
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None


def _read_record(record: Any, diary: Diary) -> bool:
    """Add one line's record to `diary`; False when the line cannot be read."""
    if not isinstance(record, dict) or len(record) != 1:
        return False
    try:
        if "night" in record:
            night = night_from_record(record["night"])
            diary.nights[night.night_of] = night
        elif "plan" in record:
            diary.plan = _plan_from_record(record["plan"])
        elif "screening" in record:
            diary.answers = _answers_from_record(record["screening"])
        else:
            return False
    except (KeyError, TypeError, ValueError):  # NightError is a ValueError
        return False
    return True


def night_record(night: Night) -> dict[str, Any]:
    return {
        "night_of": night.night_of.isoformat(),
        "into_bed": night.into_bed.isoformat(timespec="minutes"),
        "tried_to_sleep": night.tried_to_sleep.isoformat(timespec="minutes"),
        "minutes_to_fall_asleep": night.minutes_to_fall_asleep,
        "awakenings": night.awakenings,
        "minutes_awake": night.minutes_awake,
        "final_wake": night.final_wake.isoformat(timespec="minutes"),
        "out_of_bed": night.out_of_bed.isoformat(timespec="minutes"),
        "quality": night.quality,
        "naps": night.naps,
        "nap_minutes": night.nap_minutes,
        "taken": [_intake_record(i) for i in night.taken],
        "zone": night.zone,
    }


def night_from_record(record: Any) -> Night:
    """A night read back from the file; an impossible one is refused like a typed one."""
    if not isinstance(record, dict):
        raise TypeError("a night is a JSON object")
    taken = record.get("taken", [])
    if not isinstance(taken, list):
        raise TypeError("'taken' is a list")
    night = Night(
        night_of=dt.date.fromisoformat(_text(record, "night_of")),
        into_bed=_minute(record, "into_bed"),
        tried_to_sleep=_minute(record, "tried_to_sleep"),
        minutes_to_fall_asleep=_int(record, "minutes_to_fall_asleep"),
        awakenings=_int(record, "awakenings"),
        minutes_awake=_int(record, "minutes_awake"),
        final_wake=_minute(record, "final_wake"),
        out_of_bed=_minute(record, "out_of_bed"),
        quality=_int(record, "quality"),
        naps=_int(record, "naps", 0),
        nap_minutes=_int(record, "nap_minutes", 0),
        taken=tuple(_intake_from_record(item) for item in taken),
        zone=_text(record, "zone", ""),
    )
    try:
        return make_night(night)
    except NightError as exc:
        raise ValueError(f"impossible night: {exc.problem.value}") from exc


def _intake_record(item: Intake) -> dict[str, Any]:
    record: dict[str, Any] = {"kind": item.kind.value}
    if item.name:
        record["name"] = item.name
    if item.amount is not None:
        record["amount"] = item.amount
    return record


def _intake_from_record(record: Any) -> Intake:
    if not isinstance(record, dict):
        raise TypeError("an intake is a JSON object")
    amount = record.get("amount")
    if amount is not None and (isinstance(amount, bool) or not isinstance(amount, int | float)):
        raise TypeError("'amount' is a number")
    return Intake(
        Taken(_text(record, "kind")),
        _text(record, "name", ""),
        float(amount) if amount is not None else None,
    )


def _plan_record(plan: WindowPlan) -> dict[str, Any]:
    return {
        "start": plan.start.isoformat(),
        "wake_time": plan.wake_time.isoformat(timespec="minutes"),
        "initial_minutes": plan.initial_minutes,
    }


def _plan_from_record(record: Any) -> WindowPlan:
    if not isinstance(record, dict):
        raise TypeError("a plan is a JSON object")
    minutes = _int(record, "initial_minutes")
    if not 0 < minutes < 24 * 60:
        raise ValueError("window length out of range")
    return WindowPlan(
        start=dt.date.fromisoformat(_text(record, "start")),
        wake_time=dt.time.fromisoformat(_text(record, "wake_time")),
        initial_minutes=minutes,
    )


def _answers_from_record(record: Any) -> dict[Screening, bool]:
    if not isinstance(record, dict):
        raise TypeError("screening answers are a JSON object")
    answers = {}
    for key, value in record.items():
        if not isinstance(value, bool):
            raise TypeError("a screening answer is true or false")
        with contextlib.suppress(ValueError):  # a question a later version asks: ignore
            answers[Screening(key)] = value
    return answers


def _text(record: dict[str, Any], key: str, default: str | None = None) -> str:
    value = record.get(key, default)
    if not isinstance(value, str):
        raise TypeError(f"{key!r} is text")
    return value


def _int(record: dict[str, Any], key: str, default: int | None = None) -> int:
    value = record.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{key!r} is a whole number")
    return value


def _minute(record: dict[str, Any], key: str) -> dt.datetime:
    value = dt.datetime.fromisoformat(_text(record, key))
    if value.tzinfo is not None:
        raise ValueError(f"{key!r} is a local wall-clock time")
    return value
