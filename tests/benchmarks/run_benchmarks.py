"""SafeRest benchmarks: start-up, load, search and check at 1x, 10x and 100x, beside baselines.

    python tests/benchmarks/run_benchmarks.py                 # all three scales
    python tests/benchmarks/run_benchmarks.py --scales 1      # the CI smoke run

Prints one table and writes JSON (default benchmark-results/benchmarks.json). Nothing here
asserts a time: the numbers are for people to read and compare with the baselines measured in
the same run, on the same machine. A bounded fuzz run of list lines and queries over the shipped
pack comes last; any failure it finds makes the command exit 1.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from tests.benchmarks.fuzz import fuzz  # noqa: E402
from tests.benchmarks.generate_pack import generate  # noqa: E402
from tests.reading import corpus  # noqa: E402

TYPED_QUERIES = ["kratom", "seroquel"]
LIST_10 = [
    "Xanax 1mg",
    "kratom powder 5g",
    "Zoloft 50mg daily",
    "seroquel 25 mg at night",
    "gabapentin 300mg TID",
    "Tylenol PM",
    "metformin 500mg",
    "lisinopril 10mg",
    "atorvastatin 20mg",
    "tramadol 50mg",
]
LIST_30 = [
    *LIST_10,
    "levothyroxine",
    "omeprazole",
    "amlodipine",
    "ibuprofen",
    "melatonin",
    "trazodone",
    "oxycodone",
    "clonazepam",
    "fluoxetine",
    "bupropion",
    "lorazepam",
    "diphenhydramine",
    "alcohol",
    "cannabis",
    "caffeine",
    "nicotine",
    "methadone",
    "buprenorphine",
    "mirtazapine",
    "zolpidem",
]
START_RUNS = 5


def _pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def _rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        pages = int(handle.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


# --- the measurements that run inside a fresh process -------------------------------------


def _worker(pack: Path, cache: Path) -> dict[str, Any]:
    from saferest.domain.engine import Engine
    from saferest.domain.text import name_key

    started = time.perf_counter()
    engine = Engine.load(pack, cache_dir=cache)
    load_s = time.perf_counter() - started
    engine.settle()  # as the app does after loading
    rss = _rss_mb() if Path("/proc/self/statm").exists() else float("nan")
    assert not engine.pack.problems, engine.pack.problems[:3]

    keystrokes = [q[:i] for q in TYPED_QUERIES for i in range(1, len(q) + 1)]
    ours = _time_each(lambda q: engine.search(q, 20), keystrokes, repeat=20)
    vocabulary = [
        (key, owners) for key in engine.names.vocabulary for owners in [engine.names.exact_key(key)]
    ]

    def naive_search(query: str) -> list[tuple[float, str]]:
        wanted = name_key(query)
        hits = []
        for key, owners in vocabulary:
            if wanted in key:
                score = 100.0 if key == wanted else 85.0 if key.startswith(wanted) else 60.0
                hits.extend((score, owner) for owner in owners)
        hits.sort(reverse=True)
        return hits[:20]

    naive = _time_each(naive_search, keystrokes, repeat=3)
    corpus_lines = [line.text for line in corpus.load()]
    reading = _time_each(lambda line: engine.parse(line, corpus.TODAY), corpus_lines, repeat=3)

    lists = {10: LIST_10, 30: LIST_30}
    checks: dict[str, Any] = {}
    all_rules = list(engine.pack.rules.values())
    list_rules = list(engine.pack.list_rules.values())
    for size, lines in lists.items():
        parsed = [_with_time(engine.parse(line)) for line in lines]
        ids = [item.entry_id for line in parsed for item in line.resolved]
        unresolved = [u.text for line in parsed for u in line.unresolved]

        def first_check(lines: list[Any]) -> None:
            engine.checker.clear_caches()
            engine.check_parsed(lines)

        added: list[float] = []

        def add_last_item(lines: list[Any], into: list[float] = added) -> None:
            engine.checker.clear_caches()
            engine.check_parsed(lines[:-1])  # the list as it was before the person added one
            started = time.perf_counter()
            engine.check_parsed(lines)
            into.append((time.perf_counter() - started) * 1000)

        ours_check = _time_each(first_check, [parsed], repeat=50)
        repeat_check = _time_each(engine.check_parsed, [parsed], repeat=50)
        for _ in range(50):
            add_last_item(parsed)
        baseline = _time_each(
            lambda i: _naive_check(engine, i, all_rules, list_rules), [ids], repeat=3
        )
        checks[str(size)] = {
            "resolved": len(ids),
            "unresolved": unresolved,
            "ours": _summary(ours_check),
            "repeat": _summary(repeat_check),
            "add_one": _summary(added),
            "baseline": _summary(baseline),
        }
    return {
        "load_s": load_s,
        "rss_mb": rss,
        "names": len(engine.names),
        "entries": len(engine.pack.substances) + len(engine.pack.medications),
        "rules": len(all_rules),
        "search": {"ours": _summary(ours), "baseline": _summary(naive)},
        "read_line": _summary(reading),
        "check": checks,
    }


def _with_time(line: Any) -> Any:
    """Some lines of the benchmark lists are stopped or taken as needed, so time is timed too."""
    import dataclasses
    import datetime as dt

    from saferest.domain.medication_list import ItemStatus

    status = {"fluoxetine": ItemStatus.STOPPED, "tramadol 50mg": ItemStatus.AS_NEEDED}.get(
        line.input
    )
    if status is None:
        return line
    stopped_on = dt.date.today() - dt.timedelta(days=10) if status is ItemStatus.STOPPED else None
    line.resolved = [
        dataclasses.replace(r, status=status, stopped_on=stopped_on) for r in line.resolved
    ]
    return line


def _naive_check(engine: Any, ids: list[str], rules: list[Any], list_rules: list[Any]) -> int:
    """All pairs against every rule, then every list rule over the list: what a checker without
    indexes would do."""
    pairs = engine.checker.pairs
    sides = {p: pairs.sides(p) for i in ids for p in pairs.ingredients(i)}
    parts = [(n, p) for n, i in enumerate(ids) for p in pairs.ingredients(i)]
    found = 0
    for x in range(len(parts)):
        for y in range(x + 1, len(parts)):
            (ix, a), (iy, b) = parts[x], parts[y]
            if ix == iy:
                continue
            sa, sb = (sides.get(a) or pairs.sides(a), sides.get(b) or pairs.sides(b))
            for rule in rules:
                if rule.same_ingredient:
                    found += a == b
                    continue
                first, second = rule.between
                if (first in sa and second in sb) or (second in sa and first in sb):
                    found += 1
    distinct = {p for _, p in parts}
    for rule in list_rules:
        counted = [p for p in distinct if not sides[p].isdisjoint(rule.counts)]
        found += len(counted) >= rule.at_least
    return found


def _time_each(func: Any, inputs: list[Any], repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        for item in inputs:
            started = time.perf_counter()
            func(item)
            samples.append((time.perf_counter() - started) * 1000)
    return samples


def _summary(samples: list[float]) -> dict[str, float]:
    return {"p50_ms": statistics.median(samples), "p95_ms": _pct(samples, 0.95), "n": len(samples)}


# --- cold start: a fresh process up to the first painted window -----------------------------

_FIRST_PAINT = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([sys.argv[0]])
from saferest.app import run
from saferest.ui.main_window import MainWindow
marks = {}
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "paint" not in marks:
            marks["paint"] = time.time()
        return False
watch = FirstPaint()
app.installEventFilter(watch)
def poll():
    ready = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    if ready and "paint" in marks:
        marks["ready"] = time.time()
        print(f"{marks['paint']} {marks['ready']}", flush=True)
        app.quit()
    else:
        QTimer.singleShot(2, poll)
QTimer.singleShot(0, poll)
sys.exit(run(["--data", sys.argv[1], "--user-dir", sys.argv[2]]))
"""


_BARE_WINDOW = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow
app = QApplication([sys.argv[0]])
marks = {}
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "paint" not in marks:
            marks["paint"] = time.time()
        return False
watch = FirstPaint()
app.installEventFilter(watch)
window = QMainWindow()
window.setCentralWidget(QLineEdit(window))
window.resize(1024, 700)
window.show()
def poll():
    if "paint" in marks:
        print(marks["paint"], flush=True)
        app.quit()
    else:
        QTimer.singleShot(2, poll)
QTimer.singleShot(0, poll)
sys.exit(app.exec())
"""


def _bare_window(work: Path) -> float | None:
    """Start to first paint of an empty Qt window with one text field, in fresh processes: the
    floor any Qt app pays on this machine, measured in the same run as SafeRest's start."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CACHE_HOME=str(work / "xdg-cache"))
    samples = []
    for _ in range(START_RUNS + 1):
        started = time.time()
        done = subprocess.run(
            [sys.executable, "-c", _BARE_WINDOW],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        if done.returncode != 0 or not done.stdout.strip():
            print(done.stderr[-2000:], file=sys.stderr)
            return None
        samples.append(float(done.stdout.split()[-1]) - started)
    return statistics.median(samples[1:])


def _cold_start(pack: Path, work: Path) -> dict[str, Any] | None:
    """The real start-up path (`saferest` with a loading screen), in fresh processes."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CACHE_HOME=str(work / "xdg-cache"))
    user_dir = work / "user"

    def once() -> tuple[float, float] | None:
        started = time.time()
        done = subprocess.run(
            [sys.executable, "-c", _FIRST_PAINT, str(pack), str(user_dir)],
            env=env,
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
        )
        if done.returncode != 0 or not done.stdout.strip():
            print(done.stderr[-2000:], file=sys.stderr)
            return None
        paint, ready = (float(v) for v in done.stdout.split()[-2:])
        return paint - started, ready - started

    first = once()  # builds the user's cache of the compiled pack
    runs = [once() for _ in range(START_RUNS)]
    if first is None or any(r is None for r in runs):
        return None
    measured = [r for r in runs if r is not None]
    return {
        "first_paint_s": statistics.median(r[0] for r in measured),
        "data_ready_s": statistics.median(r[1] for r in measured),
        "first_ever_data_ready_s": first[1],
        "runs": START_RUNS,
    }


# --- orchestration ---------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scales", default="1,10,100")
    parser.add_argument("--out", type=Path, default=Path("benchmark-results/benchmarks.json"))
    parser.add_argument("--work", type=Path, help="where to write generated packs (default: temp)")
    parser.add_argument("--no-gui", action="store_true", help="skip the cold-start measurement")
    parser.add_argument("--worker", nargs=2, metavar=("PACK", "CACHE"), help=argparse.SUPPRESS)
    parser.add_argument("--fuzz-cases", type=int, default=20000, help="lines (and queries) to fuzz")
    parser.add_argument("--fuzz-seconds", type=float, default=60.0, help="time cap for the fuzz")
    parser.add_argument("--fuzz-seed", type=int, default=20261207)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(_worker(Path(args.worker[0]), Path(args.worker[1]))))
        return 0

    work = args.work or Path(tempfile.mkdtemp(prefix="saferest-bench-"))
    results: dict[str, Any] = {
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
            "processor": platform.processor(),
        },
        "scales": {},
    }
    for scale in (int(s) for s in args.scales.split(",")):
        pack = generate(scale, work / f"pack-{scale}x")
        cache = work / f"cache-{scale}x"
        started = time.perf_counter()
        first = _run_worker(pack, cache)  # validates, compiles and writes the cache
        first["first_load_s"] = time.perf_counter() - started
        warm = _run_worker(pack, cache)  # a normal start: the cache exists
        warm["first_load_with_validation_s"] = first["load_s"]
        if not args.no_gui:
            warm["cold_start"] = _cold_start(pack, work / f"start-{scale}x")
            warm["bare_qt_window_s"] = _bare_window(work / f"bare-{scale}x")
        results["scales"][f"{scale}x"] = warm
    results["fuzz"] = _fuzz_shipped(args.fuzz_cases, args.fuzz_seconds, args.fuzz_seed)
    results["reading_corpus"] = _reading_corpus()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2))
    print(_table(results))
    print(f"\nreading corpus (shipped pack): {results['reading_corpus']['summary']}")
    report = results["fuzz"]
    print(
        f"\nfuzz (seed {report['seed']}): {report['cases']:,} lines and queries in "
        f"{report['seconds']} s, {report['failure_count']} failure(s)"
    )
    for failure in report["failures"]:
        print(f"  {failure}")
    print(f"\nJSON written to {args.out}")
    return 1 if report["failure_count"] else 0


def _fuzz_shipped(cases: int, seconds: float, seed: int) -> dict[str, Any]:
    """The fuzz run over the shipped pack, with every name it knows as raw material."""
    from saferest.domain.engine import Engine
    from saferest.domain.pack import entry_names

    engine = Engine.load()
    names = sorted({name for entry in engine.pack.entries() for name in entry_names(entry)})
    return fuzz(engine, names, cases, seconds, seed)


def _reading_corpus() -> dict[str, Any]:
    """How the shipped pack reads the corpus of real lines (tests/reading/corpus.txt)."""
    from saferest.domain.engine import Engine

    score = corpus.score(Engine.load())
    return {
        "lines": score.total,
        "correct": score.correct,
        "wrong": len(score.wrong),
        "not_recognised": len(score.not_recognised),
        "summary": score.summary(),
    }


def _run_worker(pack: Path, cache: Path) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, __file__, "--worker", str(pack), str(cache)],
        capture_output=True,
        text=True,
        check=True,
        timeout=1800,
    )
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _table(results: dict[str, Any]) -> str:
    scales = list(results["scales"])
    rows: list[tuple[str, list[str]]] = []

    def row(label: str, getter: Any) -> None:
        values = []
        for scale in scales:
            try:
                values.append(getter(results["scales"][scale]))
            except (KeyError, TypeError):
                values.append("n/a")
        rows.append((label, values))

    row("names / entries / rules", lambda r: f"{r['names']:,} / {r['entries']:,} / {r['rules']:,}")
    row("start to first paint (median of 5)", lambda r: f"{r['cold_start']['first_paint_s']:.2f} s")
    row("start to searchable (median of 5)", lambda r: f"{r['cold_start']['data_ready_s']:.2f} s")
    row("  bare Qt window to first paint (median of 5)", lambda r: f"{r['bare_qt_window_s']:.2f} s")
    row(
        "  ratio searchable / bare window",
        lambda r: f"{r['cold_start']['data_ready_s'] / r['bare_qt_window_s']:.2f}",
    )
    row(
        "first start ever: to searchable (builds cache)",
        lambda r: f"{r['cold_start']['first_ever_data_ready_s']:.2f} s",
    )
    row("data load, cached (fresh process)", lambda r: f"{r['load_s']:.2f} s")
    row(
        "data load, first time (validate + build cache)",
        lambda r: f"{r['first_load_with_validation_s']:.2f} s",
    )
    row("memory after load (RSS)", lambda r: f"{r['rss_mb']:.0f} MB")
    for label, key in (("search per keystroke", "search"),):
        row(f"{label} p50 / p95", lambda r, k=key: _pair(r[k]["ours"]))
        row("  naive scan p50 / p95", lambda r, k=key: _pair(r[k]["baseline"]))
        row(
            "  ratio ours/naive (p95)",
            lambda r, k=key: f"{r[k]['ours']['p95_ms'] / r[k]['baseline']['p95_ms']:.3f}",
        )
    row("read one list line (corpus) p50 / p95", lambda r: _pair(r["read_line"]))
    for size in ("10", "30"):
        row(
            f"check {size} items, first time p50 / p95",
            lambda r, s=size: _pair(r["check"][s]["ours"]),
        )
        row(
            f"  re-check after adding the {size}th item",
            lambda r, s=size: _pair(r["check"][s]["add_one"]),
        )
        row("  same list again (memoised pairs)", lambda r, s=size: _pair(r["check"][s]["repeat"]))
        row(
            "  all-pairs x all-rules loop p50 / p95",
            lambda r, s=size: _pair(r["check"][s]["baseline"]),
        )
        row(
            "  ratio ours/naive (p95)",
            lambda r, s=size: (
                f"{r['check'][s]['ours']['p95_ms'] / r['check'][s]['baseline']['p95_ms']:.4f}"
            ),
        )
    width = max(len(label) for label, _ in rows)
    lines = [f"{'figure':<{width}} | " + " | ".join(f"{s:>18}" for s in scales)]
    lines.append("-" * len(lines[0]))
    lines += [
        f"{label:<{width}} | " + " | ".join(f"{v:>18}" for v in values) for label, values in rows
    ]
    machine = results["machine"]
    lines.append(
        f"\nmachine: {machine['cpus']} CPUs, Python {machine['python']}, {machine['platform']}"
    )
    return "\n".join(lines)


def _pair(summary: dict[str, float]) -> str:
    return f"{summary['p50_ms']:.2f} / {summary['p95_ms']:.2f} ms"


if __name__ == "__main__":
    sys.exit(main())
