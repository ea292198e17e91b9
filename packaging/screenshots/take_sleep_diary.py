"""Screenshots of the sleep diary with 14 realistic nights (run under Xvfb, not offscreen).

    xvfb-run -a -s "-screen 0 1366x768x24" python packaging/screenshots/take_sleep_diary.py \
        [--out DIR] [--lang es] [--size 1024x600] [--font-scale 2] [--suffix -es]

It uses a throw-away user directory, so it never reads or changes anyone's diary.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from saferest.app import create_main_window
from saferest.domain.sleep.night import Intake, Taken, clock_night
from saferest.ui.sleep.diary import system_zone

HERE = Path(__file__).resolve().parent
T = dt.time
# (bed, trying, minutes to fall asleep, awakenings, minutes awake, final waking, up, quality,
#  what was taken): a fortnight of someone who uses kratom some evenings and cuts down.
NIGHTS = [
    (T(22, 30), T(23, 0), 50, 3, 70, T(5, 40), T(7, 0), 2, ("kratom", 6.0)),
    (T(22, 45), T(23, 15), 40, 2, 55, T(6, 0), T(7, 10), 2, ("kratom", 5.0)),
    (T(23, 0), T(23, 10), 25, 2, 30, T(6, 20), T(7, 0), 3, ("alcohol", 3.0)),
    (T(22, 30), T(23, 0), 60, 3, 80, T(5, 30), T(7, 15), 1, ("kratom", 6.0)),
    (T(23, 0), T(23, 20), 30, 1, 25, T(6, 30), T(7, 0), 3, ("caffeine", None)),
    (T(22, 40), T(23, 0), 45, 2, 60, T(6, 0), T(7, 0), 2, ("kratom", 4.0)),
    (T(23, 15), T(23, 30), 20, 1, 20, T(6, 40), T(7, 0), 4, ("med", None)),
    (T(23, 30), T(23, 40), 20, 1, 15, T(6, 40), T(6, 55), 4, ("med", None)),
    (T(23, 40), T(23, 45), 15, 1, 20, T(6, 35), T(6, 50), 3, ("caffeine", None)),
    (T(23, 30), T(23, 45), 25, 2, 30, T(6, 30), T(6, 45), 3, ("kratom", 2.0)),
    (T(23, 45), T(0, 0), 15, 1, 10, T(6, 35), T(6, 45), 4, ("med", None)),
    (T(23, 45), T(23, 55), 10, 0, 0, T(6, 30), T(6, 40), 4, ("med", None)),
    (T(0, 0), T(0, 5), 15, 1, 15, T(6, 40), T(6, 50), 4, ("alcohol", 2.0)),
    (T(23, 50), T(0, 0), 10, 1, 10, T(6, 40), T(6, 45), 5, ("med", None)),
]


def intake(kind: str, amount: float | None) -> tuple[Intake, ...]:
    if kind == "kratom":
        return (Intake(Taken.KRATOM, amount=amount),)
    if kind == "alcohol":
        return (Intake(Taken.ALCOHOL, amount=amount),)
    if kind == "caffeine":
        return (Intake(Taken.CAFFEINE_AFTER_NOON),)
    return (Intake(Taken.MEDICATION, "sertraline 50mg"),)


def settle(ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=HERE)
    parser.add_argument("--lang", default="en")
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--font-scale", type=float, default=1.0)
    parser.add_argument("--suffix", default="")
    parser.add_argument("--tab", type=int, default=0, help="0 chart, 1 window, 2 substances")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    user = Path(tempfile.mkdtemp(prefix="saferest-shots-"))
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("SafeRest")
    window = create_main_window(["--user-dir", str(user), "--lang", args.lang])
    window.settings.list_location_told = True  # as for someone who has used it before
    window.checker.add_lines(["sertraline 50mg"])
    view = window.sleep_view
    assert view is not None
    first = dt.date.today() - dt.timedelta(days=len(NIGHTS))
    for index, (bed, trying, sol, woke, awake, final, up, quality, taken) in enumerate(NIGHTS):
        night = clock_night(
            first + dt.timedelta(days=index),
            bed,
            trying,
            sol,
            woke,
            awake,
            final,
            up,
            quality,
            taken=intake(*taken),
            zone=system_zone(),
        )
        view.diary.add(night)
    view.refresh_medications()
    if args.font_scale != 1.0:
        window.settings_controller.set_font_scale(args.font_scale)
    window.resize(width, height)
    window.show()
    window.tabs.setCurrentWidget(view)
    view.tabs.setCurrentIndex(args.tab)
    settle()
    names = {0: "sleep-diary", 1: "sleep-window", 2: "sleep-substances"}
    path = args.out / f"{names[args.tab]}{args.suffix}.png"
    window.grab().save(str(path))
    print(f"wrote {path}")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
