"""Man page and bash/zsh completion for `saferest`, generated from its one argparse parser.

    python packaging/shell_docs.py --out DIR

writes DIR/man/man1/saferest.1, DIR/bash-completion/completions/saferest and
DIR/zsh/site-functions/_saferest (the layout of a `share/` directory). The bundle build runs
it, so the files always match the commands of that build; nothing generated is committed.
Completion comes from shtab (build and test dependency only); the man page from the small
roff writer below, which needs nothing beyond argparse.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "packaging"))

from release_info import metainfo_releases, newest  # noqa: E402

from saferest import __version__  # noqa: E402
from saferest.cli import EPILOG, _parser  # noqa: E402

FILES = """\
.TP
.I /etc/xdg/saferest/kiosk.toml
The clinic's kiosk configuration (Windows: %ProgramData%\\eSafeRest\\ekiosk.toml). It must be
writable only by administrators; check it with \\fBsaferest config validate\\fR.
.TP
.I ~/.local/share/SafeRest/
The saved medication list and settings (desktop mode only).
.TP
.I ~/.local/state/SafeRest/log/
Logs and crash reports (desktop mode only; they never contain what was typed).
.TP
.I ~/.cache/SafeRest/
The compiled data cache, rebuilt when the data pack changes.
"""


def subcommands(parser: argparse.ArgumentParser) -> Iterator[tuple[str, argparse.ArgumentParser]]:
    """Every command and sub-command, depth first, with its full name ("data validate")."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield name, sub
                for child, grandchild in subcommands(sub):
                    yield f"{name} {child}", grandchild


def help_of(parser: argparse.ArgumentParser, name: str) -> str:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                if choice.dest == name:
                    return choice.help or ""
    return ""


def roff(text: str) -> str:
    """Escape text for roff: backslashes, hyphens, and dots or quotes that start a line."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\n".join(
        "\\&" + line if line.startswith((".", "'")) else line for line in text.splitlines()
    )


def options(parser: argparse.ArgumentParser, with_help: bool = True) -> str:
    lines = []
    for action in parser._actions:
        if not action.option_strings or action.help == argparse.SUPPRESS:
            continue
        if not with_help and isinstance(action, argparse._HelpAction):
            continue
        flags = ", ".join(f"\\fB{roff(flag)}\\fR" for flag in action.option_strings)
        if action.nargs != 0:
            metavar = action.metavar or action.dest.upper()
            flags += f" \\fI{roff(str(metavar))}\\fR"
        lines += [".TP", flags, roff(action.help or "")]
    return "\n".join(lines)


def usage(parser: argparse.ArgumentParser) -> str:
    text = " ".join(parser.format_usage().split())
    return roff(text.removeprefix("usage: "))


def man_page(parser: argparse.ArgumentParser, date: dt.date) -> str:
    description = parser.description or ""
    parts = [
        f'.TH SAFEREST 1 "{date.isoformat()}" "SafeRest {__version__}" "User Commands"',
        ".SH NAME",
        "saferest \\- offline harm\\-reduction reference and interaction checker",
        ".SH SYNOPSIS",
        ".B saferest",
        "[\\fIWINDOW OPTIONS\\fR]",
        ".br",
        ".B saferest",
        "\\fICOMMAND\\fR [\\fIOPTIONS\\fR] ...",
        ".SH DESCRIPTION",
        roff(description),
        ".PP",
        roff(
            'It is not medical advice. "No known interaction" only means the data has no rule '
            "for that pair; anything it cannot recognise is reported as not recognised."
        ),
        ".SH OPTIONS",
        options(parser),
        ".SH COMMANDS",
    ]
    for name, sub in subcommands(parser):
        summary = help_of(_parent(parser, name), name.split()[-1])
        parts += [".SS " + roff(f"saferest {name}"), roff(summary), ".PP", usage(sub)]
        described = options(sub, with_help=False)
        if described:
            parts += [".RS", described, ".RE"]
    parts += [
        ".SH EXIT STATUS",
        roff(EPILOG.split("\n`saferest")[0].removeprefix("exit status: ")),
        ".SH FILES",
        FILES.rstrip(),
        ".SH SEE ALSO",
        "The README and packaging/kiosk/DEPLOYMENT.md in the SafeRest sources.",
    ]
    return "\n".join(parts) + "\n"


def _parent(parser: argparse.ArgumentParser, name: str) -> argparse.ArgumentParser:
    """The parser that lists the last word of `name` as a command."""
    for word in name.split()[:-1]:
        parser = dict(subcommands(parser))[word]
    return parser


def _mark_paths(parser: argparse.ArgumentParser, file_marker: object) -> None:
    """Let the shell complete file names for every argument that takes a path."""
    for action in parser._actions:
        if action.type is Path:
            action.complete = file_marker  # type: ignore[attr-defined]
    for _, sub in subcommands(parser):
        for action in sub._actions:
            if action.type is Path:
                action.complete = file_marker  # type: ignore[attr-defined]


def completions(parser: argparse.ArgumentParser) -> dict[str, str]:
    import shtab

    _mark_paths(parser, shtab.FILE)
    return {shell: shtab.complete(parser, shell=shell) for shell in ("bash", "zsh")}


def release_date() -> dt.date:
    """The date of the newest release, so that a rebuild gives the same man page."""
    return newest(metainfo_releases())[1]


def write_all(out: Path, date: dt.date | None = None) -> list[Path]:
    parser = _parser()
    scripts = completions(parser)
    targets = {
        out / "man" / "man1" / "saferest.1": man_page(_parser(), date or release_date()),
        out / "bash-completion" / "completions" / "saferest": scripts["bash"],
        out / "zsh" / "site-functions" / "_saferest": scripts["zsh"],
    }
    for path, text in targets.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return list(targets)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="a share/ directory")
    args = parser.parse_args()
    for path in write_all(args.out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
