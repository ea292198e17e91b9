"""The command line under abuse: list files are capped, odd bytes and closed pipes are no crash."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from saferest.__main__ import main
from saferest.domain.limits import MAX_ITEMS, MAX_LIST_FILE_BYTES

from .helpers import MINIPACK

DATA = ["--data", str(MINIPACK)]


def run_cli(*args: str | bytes, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    """The real `saferest` command in a child process, as a shell would start it."""
    code = "import sys; from saferest.__main__ import main; sys.exit(main())"
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        input=stdin,
        capture_output=True,
        timeout=60,
        check=False,
    )


def check_file(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["check", *DATA, "--file", str(path)])
    return code, capsys.readouterr().err


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_is_refused_at_once(capsys: pytest.CaptureFixture[str]) -> None:
    code, err = check_file(Path("/dev/zero"), capsys)
    assert code == 2 and "not a regular file" in err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_is_refused_without_waiting_for_a_writer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "list.fifo"
    os.mkfifo(fifo)
    code, err = check_file(fifo, capsys)
    assert code == 2 and "not a regular file" in err


def test_a_folder_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = check_file(tmp_path, capsys)
    assert code == 2 and err


def test_a_file_over_the_size_cap_is_refused_unread(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(MAX_LIST_FILE_BYTES + 1)  # sparse: no need to write it
    code, err = check_file(big, capsys)
    assert code == 2 and "at most" in err


def test_more_lines_than_the_item_limit_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    many = tmp_path / "many.txt"
    many.write_text("kratom\n" * (MAX_ITEMS + 1), encoding="utf-8")
    code, err = check_file(many, capsys)
    assert code == 2 and f"more than {MAX_ITEMS} items" in err


def test_too_many_items_on_the_command_line_are_refused(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["check", *DATA, *(["kratom"] * (MAX_ITEMS + 1))]) == 2
    assert f"at most {MAX_ITEMS}" in capsys.readouterr().err


def test_a_file_that_is_not_utf8_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("difenhidramina, café\n".encode("latin-1"))
    code, err = check_file(latin, capsys)
    assert code == 2 and "not UTF-8" in err


def test_an_argument_that_is_not_utf8_is_a_usage_error_not_a_traceback() -> None:
    done = run_cli("check", *DATA, b"kra\xfftom")
    assert done.returncode == 2
    assert b"not valid UTF-8" in done.stderr and b"Traceback" not in done.stderr


def test_a_file_name_that_is_not_utf8_is_reported_not_a_traceback(tmp_path: Path) -> None:
    done = run_cli("check", *DATA, "--file", os.fsencode(tmp_path) + b"/\xff.txt")
    assert done.returncode == 2
    assert b"cannot read" in done.stderr and b"Traceback" not in done.stderr


def test_output_into_a_closed_pipe_is_no_traceback() -> None:
    code = "import sys; from saferest.__main__ import main; sys.exit(main())"
    shell = (
        f"'{sys.executable}' -c '{code}' search --json --limit 500 --data '{MINIPACK}' a "
        "| head -c 1 >/dev/null; exit ${PIPESTATUS[0]}"
    )
    for _ in range(3):  # the reader may close before or after the first write
        done = subprocess.run(["bash", "-c", shell], capture_output=True, timeout=60, check=False)
        assert b"Traceback" not in done.stderr and b"Exception" not in done.stderr
        assert done.returncode in (0, 141)


class ClosedPipe:
    """A stdout whose reader has gone, as after `| head`."""

    encoding = "utf-8"

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def flush(self) -> None:
        raise BrokenPipeError(32, "Broken pipe")


def test_a_closed_pipe_ends_the_command_with_141(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    assert main(["show", "--json", *DATA, "kratom"]) == 141
