"""Hostile or damaged data packs and configs: always a reported problem, never a traceback, and
results that may be incomplete say so (CLI JSON, window, report)."""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from saferest.__main__ import main
from saferest.config import load_config
from saferest.domain.engine import Engine
from saferest.domain.pack import (
    MANIFEST_NAME,
    MAX_PACK_FILE_BYTES,
    MAX_TEXT_CHARS,
    build_manifest_text,
    load_pack,
)
from saferest.ui.main_window import MainWindow
from saferest.ui.report_pdf import report_html
from saferest.ui.widgets import NoticeBar

from .helpers import MINIPACK, deep_toml

EARLY_DUPLICATE = """
[[substance]]
id = "kratom"
name = "Kratom (planted)"
summary = "A copy without tags."
sources = ["tanna-2022"]
reviewed = 2026-11-21
"""


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    target = tmp_path / "pack"
    shutil.copytree(MINIPACK, target)
    return target


def seal(root: Path) -> None:
    """Rewrite the manifest for the files present, as a curator (or an attacker) would."""
    (root / MANIFEST_NAME).write_text(build_manifest_text(root, "9.9.9", "2026-12-01"))


def messages(root: Path) -> list[str]:
    return [str(p) for p in load_pack(root).problems]


def test_deep_nesting_in_a_pack_file_is_a_problem(pack: Path) -> None:
    (pack / "deep.toml").write_text(deep_toml("x", 50_000))
    seal(pack)
    assert any("deep.toml: not valid TOML: nested too deeply" in m for m in messages(pack))


def test_deep_nesting_in_the_manifest_is_a_problem(pack: Path) -> None:
    (pack / MANIFEST_NAME).write_text(deep_toml("files", 50_000))
    assert messages(pack) and "nested too deeply" in messages(pack)[0]


def test_deep_nesting_in_kiosk_toml_fails_locked(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text("kiosk = false\n" + deep_toml("clinic_name", 50_000))
    path.chmod(0o644)
    loaded = load_config(path)
    assert loaded is not None and loaded.refused and loaded.config.kiosk
    assert main(["config", "validate", str(path)]) == 1


def test_nesting_inside_an_entry_is_capped(pack: Path) -> None:
    deep = "{ a = " * 40 + "1" + " }" * 40
    (pack / "nested.toml").write_text(EARLY_DUPLICATE.replace('"kratom"', '"x1"') + f"n = {deep}")
    seal(pack)
    assert any("nested more than" in m for m in messages(pack))


def test_an_unreadable_pack_file_is_a_problem(pack: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = pack / "pack.toml"
    if os.name == "posix" and os.geteuid() != 0:
        target.chmod(0)
    else:  # root reads everything: refuse the way the system would
        real_open = os.open

        def refuse(path: object, *args: object, **kwargs: object) -> int:
            if Path(str(path)) == target:
                raise PermissionError(13, "Permission denied", str(path))
            return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(os, "open", refuse)
    assert any("pack.toml" in m and "Permission denied" in m for m in messages(pack))
    assert main(["data", "validate", str(pack)]) == 1


@pytest.mark.parametrize(
    "listed", ["../outside.toml", "/etc/outside.toml", "sub/../../outside.toml", "C:/x.toml"]
)
def test_the_manifest_lists_only_paths_inside_the_pack(pack: Path, listed: str) -> None:
    (pack.parent / "outside.toml").write_text(EARLY_DUPLICATE)
    digest = "0" * 64
    with (pack / MANIFEST_NAME).open("a") as manifest:
        manifest.write(f'"{listed}" = "{digest}"\n')
    problems = load_pack(pack).problems
    assert any(p.field == listed and "inside the pack" in p.message for p in problems)
    assert "Kratom (planted)" not in json.dumps([str(p) for p in problems])


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_link_out_of_the_pack_is_not_read(pack: Path) -> None:
    outside = pack.parent / "outside.toml"
    outside.write_text(EARLY_DUPLICATE)
    (pack / "aa-link.toml").symlink_to(outside)
    seal(pack)
    loaded = load_pack(pack)
    assert any("link out of the pack" in str(p) for p in loaded.problems)
    assert loaded.substances["kratom"].name["en"] == "Kratom"


def test_a_file_over_the_size_cap_is_not_parsed(pack: Path) -> None:
    big = pack / "big.toml"
    with big.open("wb") as handle:
        handle.truncate(MAX_PACK_FILE_BYTES + 1)
    start = time.monotonic()
    problems = messages(pack)
    assert time.monotonic() - start < 30  # generous: the point is that it is not parsed
    assert any("big.toml: too large" in m for m in problems)


def test_a_text_field_over_the_cap_is_a_problem_and_the_entry_left_out(pack: Path) -> None:
    huge = "x" * (MAX_TEXT_CHARS + 1)
    (pack / "huge.toml").write_text(
        EARLY_DUPLICATE.replace('"kratom"', '"huge"').replace("A copy without tags.", huge)
    )
    seal(pack)
    loaded = load_pack(pack)
    assert "huge" not in loaded.substances
    assert any(p.entry == "huge" and "the limit is" in p.message for p in loaded.problems)


def test_a_duplicate_id_is_reported_in_the_json_with_data_ok_false(
    pack: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (pack / "aa-early.toml").write_text(EARLY_DUPLICATE)
    seal(pack)
    code = main(["check", "--json", "--data", str(pack), "Xanax", "kratom"])
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    assert code == 1 and "results may be incomplete" in captured.err
    assert data["data_ok"] is False
    assert any(
        p["message"].startswith("duplicate id") and p["entry"] == "kratom" for p in data["problems"]
    )


def test_a_clean_pack_says_data_ok_true(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--json", "--data", str(MINIPACK), "Xanax", "kratom"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["data_ok"] is True and data["problems"] == []


def test_window_and_report_say_results_may_be_incomplete(
    qtbot: QtBot, make_window: Callable[..., MainWindow], pack: Path
) -> None:
    (pack / "aa-early.toml").write_text(EARLY_DUPLICATE)
    seal(pack)
    window = make_window(data=pack)
    [banner] = [bar for bar in window.findChildren(NoticeBar) if bar.isVisible()]
    assert "results may be incomplete" in banner.text
    window.checker.add_lines(["Xanax", "kratom"])
    html = report_html(window.engine, window.session.result, "en")
    assert "results may be incomplete" in html


def test_every_entry_point_survives_a_hostile_pack(
    pack: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (pack / "deep.toml").write_text(deep_toml("x", 50_000))
    (pack / MANIFEST_NAME).write_text(deep_toml("files", 50_000))
    engine = Engine.load(pack)
    assert engine.pack.problems
    for args in (
        ["search", "kratom"],
        ["show", "kratom"],
        ["check", "kratom"],
        ["data", "validate", str(pack)],
    ):
        extra = [] if args[0] == "data" else ["--data", str(pack)]
        assert main([*args, *extra]) == 1
    assert "Traceback" not in capsys.readouterr().err
