"""The class vocabulary: every class an entry shows has its words in each language."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.domain.conftest import MINIPACK
from tests.domain.test_pack import _edit, _reseal

from saferest.__main__ import main
from saferest.domain.engine import Engine
from saferest.domain.pack import load_pack


def test_a_class_with_no_vocabulary_entry_is_reported(pack_copy: Path) -> None:
    _edit(pack_copy, 'name = "lorazepam"\n', 'name = "lorazepam"\nclasses = ["anxiolytic"]\n')
    _reseal(pack_copy)
    messages = [str(p) for p in load_pack(pack_copy).problems]
    assert messages == [
        "pack.toml: lorazepam: classes: class 'anxiolytic' has no [[class]] entry giving its "
        "name in each language"
    ]


def test_a_class_no_entry_uses_is_reported(pack_copy: Path) -> None:
    _edit(pack_copy, 'classes = ["benzodiazepine"]\n', "")
    _reseal(pack_copy)
    messages = [str(p) for p in load_pack(pack_copy).problems]
    assert messages == [
        "pack.toml: benzodiazepine: name: no entry has this class; remove it or correct its "
        "spelling"
    ]


def test_a_class_given_twice_in_any_case_is_reported(pack_copy: Path) -> None:
    (pack_copy / "more.toml").write_text(
        '[[class]]\nname = { en = "Benzodiazepine", es = "benzodiazepina" }\n'
    )
    _reseal(pack_copy)
    messages = [str(p) for p in load_pack(pack_copy).problems]
    assert messages == [
        "pack.toml: benzodiazepine: name: duplicate class; also defined in more.toml"
    ]


def test_a_class_name_needs_english(pack_copy: Path) -> None:
    _edit(pack_copy, 'name = { en = "benzodiazepine", es', "name = { es")
    _reseal(pack_copy)
    problems = load_pack(pack_copy).problems
    assert ("pack.toml", "class[0]", "name") in [(p.file, p.entry, p.field) for p in problems]


@pytest.mark.parametrize(
    ("written", "lang", "shown"),
    [
        ("benzodiazepine", "es", "benzodiazepina"),
        ("Benzodiazepine", "es", "Benzodiazepina"),
        ("BENZODIAZEPINE", "es-MX", "Benzodiazepina"),
        ("Benzodiazepine", "en", "Benzodiazepine"),
        ("benzodiazepine", "fr", "benzodiazepine"),
        ("not in the vocabulary", "es", "not in the vocabulary"),
    ],
)
def test_a_class_is_shown_in_the_language_asked_for(
    engine: Engine, written: str, lang: str, shown: str
) -> None:
    assert engine.class_name(written, lang) == shown


def test_the_command_line_shows_classes_in_spanish(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", "--data", str(MINIPACK), "--lang", "es", "alprazolam"]) == 0
    assert "Tipo: benzodiazepina" in capsys.readouterr().out
    assert main(["show", "--data", str(MINIPACK), "alprazolam"]) == 0
    assert "Class: benzodiazepine" in capsys.readouterr().out


def test_a_class_is_found_by_its_spanish_words(engine: Engine) -> None:
    hits = engine.search("benzodiazepina")
    assert [(h.entry_id, h.matched) for h in hits] == [("alprazolam", "text")]
