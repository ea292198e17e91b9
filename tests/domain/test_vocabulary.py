"""Everyday vocabulary as data: read like names, validated with file, word and field."""

from __future__ import annotations

from pathlib import Path

from saferest.domain.engine import Engine
from saferest.domain.pack import MANIFEST_NAME, build_manifest_text, load_pack


def _with_words(root: Path, toml: str) -> list[str]:
    (root / "vocabulary").mkdir()
    (root / "vocabulary" / "words.toml").write_text(toml, encoding="utf-8")
    (root / MANIFEST_NAME).write_text(build_manifest_text(root, "test", "2026-11-21"))
    return [str(p) for p in load_pack(root).problems]


def _ids(root: Path, line: str) -> list[str]:
    return [item.entry_id for item in Engine(load_pack(root)).parse(line).resolved]


def test_an_everyday_name_reads_anywhere_on_a_line(pack_copy: Path) -> None:
    toml = '[[word]]\nnames = ["herbal leaf"]\nmeans = ["kratom"]\nkind = "everyday"\n'
    assert _with_words(pack_copy, toml) == []
    assert _ids(pack_copy, "herbal leaf and Xanax") == ["kratom", "alprazolam"]


def test_a_street_word_reads_only_where_the_line_is_about_it(pack_copy: Path) -> None:
    toml = '[[word]]\nnames = ["leafy"]\nmeans = ["kratom"]\nkind = "street"\n'
    assert _with_words(pack_copy, toml) == []
    assert _ids(pack_copy, "leafy 5g twice daily") == ["kratom"]
    assert _ids(pack_copy, "leafy greens") == []


def test_a_mix_reads_as_every_entry_and_an_ambiguous_word_is_asked(pack_copy: Path) -> None:
    toml = (
        '[[word]]\nnames = ["combo"]\nmeans = ["kratom", "alprazolam"]\nmix = true\n'
        'kind = "everyday"\n\n'
        '[[word]]\nnames = ["benz"]\nmeans = ["lorazepam", "alprazolam"]\nambiguous = true\n'
        'kind = "street"\n'
    )
    assert _with_words(pack_copy, toml) == []
    assert sorted(_ids(pack_copy, "combo")) == ["alprazolam", "kratom"]
    engine = Engine(load_pack(pack_copy))
    [asked] = engine.parse("benz").unresolved
    assert asked.reason == "ambiguous"


def test_an_unknown_entry_is_reported_with_file_word_and_field(pack_copy: Path) -> None:
    toml = '[[word]]\nnames = ["Nope Drink"]\nmeans = ["nope"]\nkind = "everyday"\n'
    assert _with_words(pack_copy, toml) == [
        "vocabulary/words.toml: nope drink: means[0]: unknown entry 'nope'"
    ]


def test_a_form_word_can_never_be_a_name(pack_copy: Path) -> None:
    toml = '[[word]]\nnames = ["leaf", "tablets"]\nmeans = ["kratom"]\nkind = "everyday"\n'
    messages = _with_words(pack_copy, toml)
    assert messages == [
        "vocabulary/words.toml: leaf: names[0]: 'leaf' is only form, dose or number words, "
        "which are never names",
        "vocabulary/words.toml: leaf: names[1]: 'tablets' is only form, dose or number words, "
        "which are never names",
    ]


def test_a_name_that_already_leads_elsewhere_is_reported(pack_copy: Path) -> None:
    toml = '[[word]]\nnames = ["Xanax"]\nmeans = ["kratom"]\nkind = "street"\n'
    [message] = _with_words(pack_copy, toml)
    assert message.startswith("vocabulary/words.toml: xanax: names[0]: 'xanax' already leads to")


def test_a_name_of_the_same_entry_is_allowed(pack_copy: Path) -> None:
    toml = '[[word]]\nnames = ["Xanax", "xans"]\nmeans = ["alprazolam"]\nkind = "street"\n'
    assert _with_words(pack_copy, toml) == []
    assert _ids(pack_copy, "Xanax and kratom") == ["alprazolam", "kratom"]


def test_one_name_in_two_words_is_reported(pack_copy: Path) -> None:
    toml = (
        '[[word]]\nnames = ["leafy"]\nmeans = ["kratom"]\nkind = "street"\n\n'
        '[[word]]\nnames = ["green", "leafy"]\nmeans = ["kratom"]\nkind = "street"\n'
    )
    assert _with_words(pack_copy, toml) == [
        "vocabulary/words.toml: green: names[1]: 'leafy' is also a name in vocabulary word 'leafy'"
    ]


def test_several_entries_must_say_mix_or_ambiguous(pack_copy: Path) -> None:
    toml = '[[word]]\nnames = ["both"]\nmeans = ["kratom", "alprazolam"]\nkind = "everyday"\n'
    [message] = _with_words(pack_copy, toml)
    assert message.startswith("vocabulary/words.toml: both: (entry): Value error, several entries")


def test_an_unknown_kind_is_reported(pack_copy: Path) -> None:
    toml = '[[word]]\nnames = ["leafy"]\nmeans = ["kratom"]\nkind = "slangy"\n'
    [message] = _with_words(pack_copy, toml)
    assert message.startswith("vocabulary/words.toml: leafy: kind: Input should be")
