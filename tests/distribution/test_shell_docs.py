"""The man page and shell completion are generated from the one parser, so they list every
command there is."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from shell_docs import man_page, release_date, roff, subcommands, write_all

from saferest import __version__
from saferest.cli import _parser


@pytest.fixture(scope="module")
def share(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("share")
    write_all(folder)
    return folder


def all_commands() -> list[str]:
    return [name for name, _ in subcommands(_parser())]


def test_the_man_page_documents_every_command_and_the_window_options(share: Path) -> None:
    page = (share / "man" / "man1" / "saferest.1").read_text(encoding="utf-8")
    assert page.startswith(
        f'.TH SAFEREST 1 "{release_date().isoformat()}" "SafeRest {__version__}"'
    )
    for command in all_commands():
        assert f".SS saferest {roff(command)}\n" in page, command
    for option in ("kiosk", "lang", "config", "version"):
        assert f"\\fB\\-\\-{option}\\fR" in page
    assert ".SH EXIT STATUS" in page and ".SH FILES" in page


def test_the_man_page_renders_without_warnings(share: Path) -> None:
    if not shutil.which("groff"):
        pytest.skip("groff is not installed")
    done = subprocess.run(
        ["groff", "-man", "-Tutf8", "-ww", str(share / "man" / "man1" / "saferest.1")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stderr == ""
    assert "saferest data validate" in done.stdout


def test_bash_completion_knows_every_command_and_is_valid_bash(share: Path) -> None:
    script = share / "bash-completion" / "completions" / "saferest"
    text = script.read_text(encoding="utf-8")
    for command in ("search", "show", "check", "admin", "config", "data", "validate"):
        assert command in text
    assert "--kiosk" in text
    subprocess.run(["bash", "-n", str(script)], check=True)


def test_zsh_completion_knows_every_command_and_is_valid_zsh(share: Path) -> None:
    script = share / "zsh" / "site-functions" / "_saferest"
    text = script.read_text(encoding="utf-8")
    assert text.startswith("#compdef saferest")
    for command in ("search", "check", "hash-pin", "manifest"):
        assert command in text
    if shutil.which("zsh"):
        subprocess.run(["zsh", "-n", str(script)], check=True)


def test_man_page_text_is_escaped_for_roff() -> None:
    assert roff(".hidden\n'quoted\na-b c\\d") == "\\&.hidden\n\\&'quoted\na\\-b c\\ed"
    assert "\n.SS saferest check\n" in man_page(_parser(), release_date())
