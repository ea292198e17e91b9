"""The `saferest` command: one parser, the window by default, --version and --help."""

from __future__ import annotations

import subprocess
import sys

import pytest

from saferest import __main__, __version__, cli


def test_version_prints_the_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert __main__.main(["--version"]) == 0
    assert capsys.readouterr().out == f"saferest {__version__}\n"


def test_version_works_as_a_program_without_a_display() -> None:
    env = {"PATH": "/usr/bin:/bin"}  # no DISPLAY, no WAYLAND_DISPLAY, no QT_QPA_PLATFORM
    done = subprocess.run(
        [sys.executable, "-m", "saferest", "--version"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0
    assert done.stdout.strip() == f"saferest {__version__}"


def test_help_lists_every_command_and_the_window_options(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert __main__.main(["--help"]) == 0
    text = capsys.readouterr().out
    for command in cli.COMMANDS:
        assert f"\n    {command} " in text, command
    for option in ("--kiosk", "--lang", "--config", "--data", "--user-dir", "--version"):
        assert option in text
    assert "Without a command it opens the window" in text


def test_help_of_a_command_is_that_commands_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert __main__.main(["check", "--help"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("usage: saferest check")
    assert "--file" in text and "--kiosk" not in text


def test_window_options_before_a_command_are_refused_not_ignored(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # argparse would let the command's own default silently replace --lang es.
    assert __main__.main(["--lang", "es", "check", "kratom"]) == 2
    assert "put them after the command: saferest check" in capsys.readouterr().err


def test_the_window_options_come_from_the_same_parser() -> None:
    options = cli.parse_window_args(["--kiosk", "--lang", "es"])
    assert options.kiosk and options.lang == "es" and options.command is None


def test_the_command_line_alone_without_a_command_is_a_usage_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert cli.main([]) == 2
    assert "give a command" in capsys.readouterr().err
