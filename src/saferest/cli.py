"""Headless commands over the same domain API the GUI uses.

Exit codes: 0 success (whether or not interactions were found), 1 data problems or nothing found
for `show`, 2 usage errors, 141 when whoever read the output stopped reading (`| head`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from saferest import __version__, cli_packs, text_report
from saferest.domain import report
from saferest.domain.emergency_number import EmergencyContact
from saferest.domain.engine import Engine
from saferest.domain.limits import (
    MAX_ITEM_CHARS,
    MAX_ITEMS,
    MAX_LIST_FILE_BYTES,
    MAX_QUERY_CHARS,
)
from saferest.domain.medication_list import ListItem
from saferest.domain.pack import MANIFEST_NAME, build_manifest_text, default_data_dir, load_pack
from saferest.safe_read import FileRefused, read_regular_file
from saferest.storage.user_files import DamagedFileError, parse_list_file

COMMANDS = {"search", "show", "check", "data", "admin", "config"}
BROKEN_PIPE_EXIT = 141
"""128 + SIGPIPE, what a shell shows for a program stopped by a closed pipe."""


class UsageError(Exception):
    """Input the command refuses whole, with a message saying what to change."""


EPILOG = """\
exit status: 0 success (whether or not interactions were found), 1 problems in the data pack or
nothing found for `show`, 2 usage errors, 3 no graphical display for the window.
`saferest COMMAND --help` describes each command."""


def is_cli_command(args: Sequence[str]) -> bool:
    return bool(args) and args[0] in COMMANDS


def _parser() -> argparse.ArgumentParser:
    """The one parser: the window is the default command, every other command is listed here."""
    parser = argparse.ArgumentParser(
        prog="saferest",
        description="SafeRest: what the evidence says about kratom, sleep aids and their "
        "interactions, offline. Without a command it opens the window.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"saferest {__version__}")
    _window_options(parser)
    sub = parser.add_subparsers(dest="command", title="commands", metavar="COMMAND")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--json", action="store_true", help="machine-readable output")
    common.add_argument("--data", type=Path, help="use the data pack in this directory")
    common.add_argument("--lang", default="en", help="language for content text (default en)")
    common.add_argument(
        "--country",
        type=str.upper,
        metavar="CC",
        help="whose emergency number to give, e.g. US or ES (default: the system's locale)",
    )

    search = sub.add_parser("search", parents=[common], help="search everything")
    search.add_argument("--limit", type=int, default=20)
    search.add_argument("query")

    show = sub.add_parser("show", parents=[common], help="show one entry by id or name")
    show.add_argument("name")

    check = sub.add_parser("check", parents=[common], help="check a list for interactions")
    check.add_argument("items", nargs="*", help="items as a person types them")
    check.add_argument(
        "--file",
        type=Path,
        help="a text file with one item per line (status words such as 'stopped Prozac "
        "2026-12-02' and conditions such as 'sleep apnea' are read), or a list saved by the app "
        "(medication-list.json: its readings, statuses, stop dates and conditions are used)",
    )
    check.add_argument(
        "--condition",
        action="append",
        default=[],
        metavar="NAME",
        help="a health condition or life stage on the list, as a person types it ('sleep "
        "apnea', 'pregnant', 'over 65', 'epilepsy'); repeat for more. It is checked with every "
        "item and never paired; a NAME that is not a condition SafeRest knows is refused",
    )
    check.add_argument(
        "--on",
        type=_iso_date,
        help="check the list as of this day (YYYY-MM-DD; default today): stopped items are "
        "judged against it, and '2 weeks ago' counts back from it, so results are reproducible",
    )
    check.add_argument(
        "--pdf",
        type=Path,
        metavar="FILE.pdf",
        help="also write the report the window prints (A4 PDF: the list, what was found worst "
        "first, details with numbered sources, emergency help); desktop only, never in kiosk mode",
    )
    take_home = check.add_mutually_exclusive_group()
    take_home.add_argument(
        "--qr-text",
        action="store_true",
        help="print only the text a take-home QR code of this check holds",
    )
    take_home.add_argument(
        "--qr",
        type=Path,
        metavar="FILE.png",
        help="also write the take-home QR code as a PNG image (desktop only, never in kiosk mode)",
    )

    admin = sub.add_parser("admin", help="clinic administration")
    admin_sub = admin.add_subparsers(dest="admin_command", required=True)
    hash_pin = admin_sub.add_parser("hash-pin", help="make admin_pin_hash for kiosk.toml")
    hash_pin.add_argument(
        "--stdin", action="store_true", help="read the PIN from one line of stdin"
    )

    config = sub.add_parser("config", help="check a kiosk configuration file")
    config_sub = config.add_subparsers(dest="config_command", required=True)
    config_validate = config_sub.add_parser("validate", help="exit 1 and list problems if invalid")
    config_validate.add_argument("path", type=Path)

    data = sub.add_parser("data", help="check or maintain a data pack")
    data_sub = data.add_subparsers(dest="data_command", required=True)
    validate = data_sub.add_parser("validate", help="check a data pack; exit 1 on problems")
    validate.add_argument("directory", nargs="?", type=Path)
    validate.add_argument(
        "--ignore-manifest",
        action="store_true",
        help="skip hash checks (while curating, before `data manifest`)",
    )
    validate.add_argument(
        "--cache-dir",
        type=Path,
        help="also check the compiled cache in this folder (default: the app's own cache)",
    )
    manifest = data_sub.add_parser("manifest", help="rewrite manifest.toml for the files present")
    manifest.add_argument("directory", nargs="?", type=Path)
    manifest.add_argument("--data-version")
    cli_packs.add_parsers(data_sub)
    stats = data_sub.add_parser(
        "stats", help="content report: counts, translation coverage, sources and locators"
    )
    stats.add_argument("directory", nargs="?", type=Path)
    stats.add_argument("--json", action="store_true", help="machine-readable output")
    return parser


def _window_options(parser: argparse.ArgumentParser) -> None:
    """Options of the default command, the window (read by saferest.app)."""
    window = parser.add_argument_group("window options (without a command)")
    window.add_argument("--data", type=Path, help="use the data pack in this directory")
    window.add_argument("--lang", help="interface and content language, e.g. en or es")
    window.add_argument(
        "--kiosk",
        action="store_true",
        help="clinic kiosk mode: full screen, nothing saved, idle reset, admin PIN to exit",
    )
    window.add_argument(
        "--config",
        type=Path,
        metavar="PATH",
        help="the clinic's kiosk.toml (default: the system-wide one, when present)",
    )
    window.add_argument(
        "--user-dir",
        type=Path,
        help="keep the saved list and settings in this directory "
        "(default: the user data directory)",
    )


def parse_window_args(args: Sequence[str]) -> argparse.Namespace:
    """The window's options; --help and --version exit here, before any Qt is loaded.

    Options given before a command would be silently replaced by the command's own defaults,
    so that is a usage error rather than a guess.
    """
    parser = _parser()
    options = parser.parse_args(list(args))
    if options.command is not None:
        parser.error(
            f"options before {options.command!r} belong to the window; "
            f"put them after the command: saferest {options.command} [OPTIONS]"
        )
    return options


def main(argv: Sequence[str]) -> int:
    """Run one command; never a traceback for bad input, bad bytes or a closed pipe."""
    _tolerate_unencodable_output()
    try:
        return _run(argv)
    except BrokenPipeError:
        _discard_further_output()
        return BROKEN_PIPE_EXIT


def _tolerate_unencodable_output() -> None:
    """Bytes that are not text (a file name in another encoding) print escaped, never crash."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")


def _discard_further_output() -> None:
    """The reader is gone: what is still buffered goes nowhere instead of raising at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no real descriptor (tests, IDEs)
        pass


def _run(argv: Sequence[str]) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(list(argv))
        if args.command is None:
            parser.error("give a command (or run saferest without arguments for the window)")
    except SystemExit as exc:
        return int(exc.code or 0)
    try:
        _check_text_arguments(args)
    except UsageError as exc:
        print(f"saferest {args.command}: {exc}", file=sys.stderr)
        return 2
    if args.command == "search":
        return _search(args)
    if args.command == "show":
        return _show(args)
    if args.command == "check":
        return _check(args)
    if args.command == "admin":
        return _hash_pin(args.stdin)
    if args.command == "config":
        return _config_validate(args.path)
    if args.command == "data" and args.data_command == "validate":
        return _data_validate(args.directory, args.ignore_manifest, args.cache_dir)
    if args.command == "data" and args.data_command == "manifest":
        return _data_manifest(args.directory, args.data_version)
    if args.command == "data" and args.data_command in cli_packs.COMMANDS:
        return cli_packs.run(args)
    if args.command == "data" and args.data_command == "stats":
        return _data_stats(args.directory, args.json)
    return 2


def _not_text(value: str) -> bool:
    """Whether an argument held bytes that are not UTF-8 (Python keeps them as surrogates)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _check_text_arguments(args: argparse.Namespace) -> None:
    """Queries, names and items must be text, and short enough to be read whole."""
    texts: list[tuple[str, str, int]] = []
    if args.command == "search":
        texts.append(("the query", args.query, MAX_QUERY_CHARS))
    elif args.command == "show":
        texts.append(("the name", args.name, MAX_QUERY_CHARS))
    elif args.command == "check":
        texts += [(f"item {i}", item, MAX_ITEM_CHARS) for i, item in enumerate(args.items, 1)]
        texts += [(f"--condition {name!r}", name, MAX_ITEM_CHARS) for name in args.condition]
    for what, value, limit in texts:
        if _not_text(value):
            raise UsageError(f"{what} is not valid UTF-8 text; type it again")
        length = len(" ".join(value.split()))
        if length > limit:
            raise UsageError(
                f"{what} is {length} characters long; the limit is {limit}. "
                "Nothing was checked: give one medicine or substance per item."
                if args.command == "check"
                else f"{what} is {length} characters long; the limit is {limit}."
            )
    if args.command == "check" and len(args.items) > MAX_ITEMS:
        raise UsageError(f"{len(args.items)} items given; a list holds at most {MAX_ITEMS}")


def read_list_file(path: Path) -> list[ListItem]:
    """The items of a list file, or UsageError (see `read_list_document`)."""
    return read_list_document(path)[0]


def read_list_document(path: Path) -> tuple[list[ListItem], list[str]]:
    """The items of a list file and the health conditions saved with it, or UsageError: only
    a regular file, capped in size and lines.

    A plain text file gives one item per line (a condition is a line like any other); a list
    saved by the app (medication-list.json) gives its items with their statuses and the
    person's own readings, and the conditions chosen apart from the lines. Opened without
    blocking and checked on the open file, so a FIFO, a device such as /dev/zero or a file
    swapped in after a check is refused rather than read forever.
    """
    try:
        data = read_regular_file(path, MAX_LIST_FILE_BYTES)
    except FileRefused as exc:
        raise UsageError(
            f"{path} is {exc}; a list file must be a regular file of at most "
            f"{MAX_LIST_FILE_BYTES} bytes ({MAX_ITEMS} items)"
        ) from exc
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if data.lstrip().startswith(b"{"):
        try:
            document = parse_list_file(data)
        except DamagedFileError as exc:
            raise UsageError(f"{path} is not a list SafeRest can read: {exc}") from exc
        if document.skipped:
            print(
                f"saferest check: {document.skipped} item(s) in {path} could not be read and "
                "were skipped",
                file=sys.stderr,
            )
        return document.items, document.conditions
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UsageError(f"{path} is not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    lines = text.splitlines()
    for number, line in enumerate(lines, 1):
        length = len(" ".join(line.split()))
        if length > MAX_ITEM_CHARS:
            raise UsageError(
                f"line {number} of {path} is {length} characters long; the limit is "
                f"{MAX_ITEM_CHARS}. Nothing was checked: put one medicine or substance per line."
            )
    items = [ListItem(line) for line in lines if line.strip()]
    if len(items) > MAX_ITEMS:
        raise UsageError(f"{path} has more than {MAX_ITEMS} items; a list holds at most that")
    return items, []


def _data_validate(directory: Path | None, ignore_manifest: bool, cache_dir: Path | None) -> int:
    from saferest.domain.compiled import cache_problems, default_cache_dir

    pack = load_pack(directory)
    problems = [
        p
        for p in pack.problems
        if not (ignore_manifest and (p.file == MANIFEST_NAME or "manifest" in p.message))
    ]
    problems += cache_problems(pack.root, cache_dir or default_cache_dir())
    if problems:
        print(f"{len(problems)} problem(s) in {pack.root}:")
        for problem in problems:
            print(f"  {problem}")
        return 1
    import sqlite3

    from saferest.domain.search import fts5_available

    backend = "FTS5" if fts5_available() else "no FTS5, plain-scan fallback"
    print(f"search: SQLite {sqlite3.sqlite_version} ({backend})")
    print(
        f"OK: {pack.root} (data version {pack.data_version}): {len(pack.substances)} substances, "
        f"{len(pack.medications)} medications, {len(pack.rules)} rules, "
        f"{len(pack.list_rules)} list rules, {len(pack.lasting_effects)} lasting effects, "
        f"{len(pack.practices)} sleep practices, {len(pack.emergency)} emergency topics, "
        f"{len(pack.conditions)} health conditions, {len(pack.sources)} sources"
    )
    return 0


def _data_manifest(directory: Path | None, data_version: str | None) -> int:
    from saferest.domain.pack import PackFileError

    root = directory or default_data_dir()
    previous = load_pack(root).manifest
    version = data_version or (previous.data_version if previous else "0.1.0")
    try:
        text = build_manifest_text(root, version, dt.date.today().isoformat())
    except PackFileError as exc:
        print(f"saferest data manifest: {exc}", file=sys.stderr)
        return 1
    (root / MANIFEST_NAME).write_text(text, encoding="utf-8")
    print(f"wrote {root / MANIFEST_NAME}", file=sys.stderr)
    return 0


def _data_stats(directory: Path | None, as_json: bool) -> int:
    from saferest.domain.stats import pack_stats

    pack = load_pack(directory)
    stats = pack_stats(pack)
    if as_json:
        print(json.dumps(stats.to_json(), ensure_ascii=False, indent=2))
    else:
        print(f"Content report for {pack.root}")
        print(stats.to_text())
    if pack.problems:
        print(
            f"warning: the data pack has {len(pack.problems)} problem(s); the figures leave out "
            "what could not be loaded. Run `saferest data validate` for details.",
            file=sys.stderr,
        )
        return 1
    return 0


def _engine(args: argparse.Namespace) -> Engine:
    from saferest.domain.active_pack import load_engine

    engine = load_engine(args.data)
    for problem in engine.set_aside:
        print(f"warning: installed data pack set aside: {problem}", file=sys.stderr)
    if engine.pack.problems:
        print(
            f"warning: the data pack has {len(engine.pack.problems)} problem(s); results may be "
            "incomplete. Run `saferest data validate` for details.",
            file=sys.stderr,
        )
    return engine


def _status(engine: Engine) -> int:
    return 1 if engine.pack.problems else 0


def _emit(args: argparse.Namespace, data: Any, text: str) -> None:
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(text)
    sys.stdout.flush()  # a closed pipe is noticed here, inside main(), not at exit


def _with_data_status(engine: Engine, data: dict[str, Any]) -> dict[str, Any]:
    """Add whether the data pack loaded cleanly, and its problems: results may be incomplete."""
    data["data_ok"] = engine.pack.ok
    data["problems"] = [
        {"file": p.file, "entry": p.entry, "field": p.field, "message": p.message}
        for p in engine.pack.problems
    ]
    return data


def _search(args: argparse.Namespace) -> int:
    if args.limit < 1:
        print("saferest search: --limit must be at least 1", file=sys.stderr)
        return 2
    engine = _engine(args)
    hits = engine.search(args.query, args.limit)
    lines = [f"{h.name}  [{h.kind}]  ({h.entry_id}, score {h.score:g})" for h in hits]
    _emit(args, report.search_to_json(hits), "\n".join(lines) or "No results.")
    return _status(engine)


def _show(args: argparse.Namespace) -> int:
    engine = _engine(args)
    entry = engine.find(args.name)
    if entry is None:
        found = engine.parser.suggest(args.name, list_entries_only=False)
        suggestions = [s.name for s in found]
        message = f"Not in our data: {args.name!r}."
        if suggestions:
            message += f" Did you mean: {', '.join(suggestions)}?"
        if args.json:
            print(
                json.dumps(
                    {"error": "not_in_data", "query": args.name, "suggestions": suggestions},
                    ensure_ascii=False,
                )
            )
        else:
            print(message, file=sys.stderr)
        return 1
    _emit(
        args,
        _with_data_status(engine, report.entry_to_json(engine, entry, args.lang)),
        text_report.entry_to_text(engine, entry, args.lang, _emergency(args, engine)),
    )
    return _status(engine)


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-12-07") from None


def _check(args: argparse.Namespace) -> int:
    items = [ListItem(text) for text in args.items if text.strip()]
    chosen: list[str] = []
    try:
        if args.file is not None:
            from_file, chosen = read_list_document(args.file)
            items += from_file
        if len(items) + len(args.condition) > MAX_ITEMS:
            raise UsageError(f"more than {MAX_ITEMS} items given; a list holds at most that")
    except UsageError as exc:
        print(f"saferest check: {exc}", file=sys.stderr)
        return 2
    if not items and not args.condition and not chosen:
        print("saferest check: give at least one item, or --file LIST.txt", file=sys.stderr)
        return 2
    instead = {
        "--qr": "use --qr-text, or the app's 'Take this home'",
        "--pdf": "print the report from the app instead",
    }
    for option, value in (("--qr", args.qr), ("--pdf", args.pdf)):
        refusal = _kiosk_refusal(instead[option]) if value is not None else None
        if refusal:
            print(f"saferest check: {option} {refusal}", file=sys.stderr)
            return 2
    engine = _engine(args)
    try:
        items += [_condition_item(engine, name) for name in args.condition]
    except UsageError as exc:
        print(f"saferest check: {exc}", file=sys.stderr)
        return 2
    # --on (default today) is the day the list is checked for and the day "2 weeks ago" counts
    # back from, so one date makes a result reproducible.
    result = engine.check_items(items, args.on or dt.date.today(), chosen)
    emergency = _emergency(args, engine)
    if args.pdf is not None:
        from saferest.ui.report_export import write_report_pdf

        try:
            pages = write_report_pdf(
                args.pdf, engine, result, args.lang, text_report.words_for(args.lang), emergency
            )
        except OSError as exc:
            why = exc.strerror or exc
            print(f"saferest check: cannot write {args.pdf}: {why}", file=sys.stderr)
            return 1
        print(f"wrote {args.pdf} ({pages} pages)", file=sys.stderr)
    if args.qr_text or args.qr is not None:
        from saferest import cli_take_home

        fitted = cli_take_home.list_text(engine, result, args.lang, emergency)
        if args.qr_text:
            print(fitted.text)
            sys.stdout.flush()
            return _status(engine)
        try:
            version = cli_take_home.write_png(args.qr, fitted)
        except OSError as exc:
            print(f"saferest check: cannot write {args.qr}: {exc.strerror or exc}", file=sys.stderr)
            return 1
        print(f"wrote {args.qr} (QR code version {version})", file=sys.stderr)
    _emit(
        args,
        _with_data_status(engine, report.check_to_json(engine, result, args.lang, emergency)),
        text_report.check_to_text(engine, result, args.lang, emergency),
    )
    return _status(engine)


def _condition_item(engine: Engine, name: str) -> ListItem:
    """A `--condition NAME` as a line of the list, or UsageError when it names no condition
    (or something else as well): a condition given this way is never guessed or dropped."""
    from saferest.domain.conditions import is_condition

    line = " ".join(name.split())
    parsed = engine.parse(line)
    read = [*parsed.resolved, *parsed.not_taken]
    if read and not parsed.unresolved and all(is_condition(i.entry_id) for i in read):
        return ListItem(line)
    known = ", ".join(c.name["en"] for c in engine.conditions())
    raise UsageError(
        f"--condition {name!r} is not a health condition SafeRest knows. Known: {known}. "
        "Give medicines and substances as items."
    )


def _kiosk_refusal(instead: str) -> str | None:
    """Why this machine may not write files for people (its admin config says kiosk), or None;
    `instead` says what a person can do there."""
    from saferest.config import load_config

    loaded = load_config(None)
    if loaded is None or not loaded.config.kiosk:
        return None
    where = loaded.path or "the admin config"
    return (
        f"writes a file, and {where} puts this computer in kiosk mode, where nothing is ever "
        f"written; {instead}"
    )


def _emergency(args: argparse.Namespace, engine: Engine) -> EmergencyContact | None:
    """The one emergency number to give, in the text, the JSON and the take-home code alike:
    the clinic's own (a kiosk config), else --country, else the system's locale, else the
    default."""
    import os

    from saferest.cli_take_home import clinic_number
    from saferest.domain.emergency_number import pick_emergency_number, system_country

    numbers = engine.pack.emergency_numbers
    if args.country and args.country not in numbers:
        print(
            f"warning: no emergency number for country {args.country!r} in the data; "
            "giving the one for this system's locale or the general one",
            file=sys.stderr,
        )
    return pick_emergency_number(
        numbers,
        args.lang,
        configured=clinic_number(),
        chosen_country=args.country,
        locale_country=system_country(os.environ),
    )


def _hash_pin(from_stdin: bool) -> int:
    import getpass

    from saferest.config import PIN_CHECK_SECONDS, hash_pin, pin_check_seconds

    if from_stdin:
        pin = sys.stdin.readline(1000).rstrip("\r\n")
    else:
        pin = getpass.getpass("New admin PIN: ")
        if getpass.getpass("Repeat the PIN: ") != pin:
            print("saferest admin hash-pin: the two PINs differ", file=sys.stderr)
            return 2
    try:
        stored = hash_pin(pin)
    except ValueError as exc:
        print(f"saferest admin hash-pin: {exc}", file=sys.stderr)
        return 2
    seconds = pin_check_seconds(stored)
    if seconds > PIN_CHECK_SECONDS:
        print(
            f"saferest admin hash-pin: checking a PIN takes {seconds:.1f} s on this computer "
            f"(limit {PIN_CHECK_SECONDS:g} s)",
            file=sys.stderr,
        )
        return 1
    print(stored)
    return 0


def _config_validate(path: Path) -> int:
    from saferest.config import (
        PIN_CHECK_SECONDS,
        pin_check_seconds,
        read_config,
        writable_by_others,
    )

    config, problems = read_config(path)
    if config is not None and config.admin_pin_hash:
        seconds = pin_check_seconds(config.admin_pin_hash)
        if seconds > PIN_CHECK_SECONDS:
            problems.append(
                f"{path}: admin_pin_hash: checking a PIN takes {seconds:.1f} s on this computer "
                f"(limit {PIN_CHECK_SECONDS:g} s); make a new one with `saferest admin hash-pin`"
            )
    if config is not None:
        try:
            loose = writable_by_others(path)
        except OSError as exc:
            loose = f"cannot check permissions: {exc}"
        if loose:
            problems.append(f"{path}: refused at start-up because {loose}")
        if config.kiosk and not config.admin_pin_hash:
            problems.append(
                f"{path}: admin_pin_hash is not set, so staff cannot exit kiosk mode. It is the "
                "one field you must fill in: paste the output of `saferest admin hash-pin`"
            )
    if problems:
        print(f"{len(problems)} problem(s):")
        for problem in problems:
            print(f"  {problem}")
        return 1
    print(f"OK: {path}")
    return 0
