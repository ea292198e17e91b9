"""Reading DT_NEEDED and symbol versions from real ELF files of this machine."""

from __future__ import annotations

import sys
import sysconfig
from pathlib import Path

import pytest
from check_glibc import report, scan
from elf_tools import ElfNeeds, parse, reachable, read

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF is Linux's")


def extension_module() -> Path:
    """A compiled module of the running Python that links the C library."""
    import _sqlite3  # type: ignore[import-not-found]

    return Path(_sqlite3.__file__)


def test_a_python_extension_needs_a_glibc_version() -> None:
    needs = read(extension_module())
    glibc = needs.newest("GLIBC")
    assert glibc is not None and glibc >= (2, 2)


def test_needed_libraries_are_listed_by_soname() -> None:
    needs = read(extension_module())
    assert any(name.startswith("libsqlite3.so") for name in needs.libraries)


def test_files_that_are_not_elf_need_nothing(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("not a library")
    assert read(text) == ElfNeeds()
    assert parse(b"\x7fELF\x01\x01" + bytes(60)).libraries == []  # 32-bit: not read


def test_reachable_follows_needs_transitively() -> None:
    needed = {"a": ["b"], "b": ["c"], "x": ["y"]}
    assert reachable(["a"], needed) == {"a", "b", "c"}


def test_scan_reports_the_newest_glibc_and_the_host_libraries(tmp_path: Path) -> None:
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    (bundle / extension_module().name).write_bytes(extension_module().read_bytes())
    floor = scan(bundle)
    assert floor.glibc == read(extension_module()).newest("GLIBC")
    assert any(name.startswith("libsqlite3") for name in floor.from_host)
    lines = report(floor, (2, 0))
    assert lines[0].startswith("minimum glibc: ")
    assert any("build on the older base" in line for line in lines)


def test_the_interpreter_library_is_readable() -> None:
    library = Path(sysconfig.get_config_var("LIBDIR") or "/") / str(
        sysconfig.get_config_var("LDLIBRARY")
    )
    if not library.is_file() or library.suffix == ".a":
        pytest.skip("this Python has no shared libpython")
    assert "libc.so.6" in read(library).libraries
