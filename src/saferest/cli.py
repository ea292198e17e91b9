"""Headless commands over the same domain API the GUI uses.

Exit codes: 0 success (whether or not interactions were found), 1 data problems or nothing found
for `show`, 2 usage errors.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from saferest import text_report
from saferest.domain import report
from saferest.domain.engine import Engine
from saferest.domain.medication_list import ListItem
from saferest.domain.pack import MANIFEST_NAME, build_manifest_text, default_data_dir, load_pack
from saferest.storage.user_files import DamagedFileError, read_list_document

COMMANDS = {"search", "show", "check", "data", "admin", "config"}


def is_cli_command(args: Sequence[str]) -> bool:
    return bool(args) and args[0] in COMMANDS


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="saferest", description="SafeRest command line")
    sub = parser.add_subparsers(dest="command", required=True)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--json", action="store_true", help="machine-readable output")
    common.add_argument("--data", type=Path, help="use the data pack in this directory")
    common.add_argument("--lang", default="en", help="language for content text (default en)")

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
        help="a text file with one item per line, or a saved SafeRest list (JSON, with each "
        "item's status and stop date)",
    )
    check.add_argument(
        "--on",
        type=_iso_date,
        help="check the list as of this day (YYYY-MM-DD; default today): stopped items are "
        "judged against it, so results are reproducible",
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
    manifest = data_sub.add_parser("manifest", help="rewrite manifest.toml for the files present")
    manifest.add_argument("directory", nargs="?", type=Path)
    manifest.add_argument("--data-version")
    return parser


def main(argv: Sequence[str]) -> int:
    try:
        args = _parser().parse_args(list(argv))
    except SystemExit as exc:
        return int(exc.code or 0)
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
        return _data_validate(args.directory, args.ignore_manifest)
    if args.command == "data" and args.data_command == "manifest":
        return _data_manifest(args.directory, args.data_version)
    return 2


def _data_validate(directory: Path | None, ignore_manifest: bool) -> int:
    pack = load_pack(directory)
    problems = [
        p
        for p in pack.problems
        if not (ignore_manifest and (p.file == MANIFEST_NAME or "manifest" in p.message))
    ]
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
        f"{len(pack.sources)} sources"
    )
    return 0


def _data_manifest(directory: Path | None, data_version: str | None) -> int:
    root = directory or default_data_dir()
    previous = load_pack(root).manifest
    version = data_version or (previous.data_version if previous else "0.1.0")
    text = build_manifest_text(root, version, dt.date.today().isoformat())
    (root / MANIFEST_NAME).write_text(text, encoding="utf-8")
    print(f"wrote {root / MANIFEST_NAME}", file=sys.stderr)
    return 0


def _engine(args: argparse.Namespace) -> Engine:
    engine = Engine.load(args.data)
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
        suggestions = [s.name for s in engine.parser.suggest(args.name)]
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
        report.entry_to_json(engine, entry, args.lang),
        text_report.entry_to_text(engine, entry, args.lang),
    )
    return _status(engine)


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-12-07") from None


def _read_list_file(path: Path) -> list[ListItem]:
    """A saved SafeRest list (JSON, keeping each item's status) or plain lines of text."""
    data = path.read_bytes()
    if data.lstrip().startswith(b"{"):
        items, skipped = read_list_document(data)
        if skipped:
            print(f"warning: {skipped} item(s) in {path} could not be read", file=sys.stderr)
        return items
    return [ListItem(line) for line in data.decode("utf-8").splitlines() if line.strip()]


def _check(args: argparse.Namespace) -> int:
    items = [ListItem(line) for line in args.items if line.strip()]
    if args.file is not None:
        try:
            items += _read_list_file(args.file)
        except (OSError, UnicodeDecodeError, DamagedFileError) as exc:
            print(f"saferest check: cannot read {args.file}: {exc}", file=sys.stderr)
            return 2
    if not items:
        print("saferest check: give at least one item, or --file LIST.txt", file=sys.stderr)
        return 2
    engine = _engine(args)
    result = engine.check(items, args.on)
    _emit(
        args,
        report.check_to_json(engine, result, args.lang),
        text_report.check_to_text(engine, result, args.lang),
    )
    return _status(engine)


def _hash_pin(from_stdin: bool) -> int:
    import getpass

    from saferest.config import hash_pin

    if from_stdin:
        pin = sys.stdin.readline().rstrip("\r\n")
    else:
        pin = getpass.getpass("New admin PIN: ")
        if getpass.getpass("Repeat the PIN: ") != pin:
            print("saferest admin hash-pin: the two PINs differ", file=sys.stderr)
            return 2
    try:
        print(hash_pin(pin))
    except ValueError as exc:
        print(f"saferest admin hash-pin: {exc}", file=sys.stderr)
        return 2
    return 0


def _config_validate(path: Path) -> int:
    from saferest.config import read_config, writable_by_others

    config, problems = read_config(path)
    if config is not None:
        try:
            loose = writable_by_others(path)
        except OSError as exc:
            loose = f"cannot check permissions: {exc}"
        if loose:
            problems.append(f"{path}: refused at start-up because {loose}")
        if config.kiosk and not config.admin_pin_hash:
            problems.append(f"{path}: admin_pin_hash is not set, so staff cannot exit kiosk mode")
    if problems:
        print(f"{len(problems)} problem(s):")
        for problem in problems:
            print(f"  {problem}")
        return 1
    print(f"OK: {path}")
    return 0
