"""The loader and validator: the shipped format, and precise messages for broken packs."""

from __future__ import annotations

import re
from pathlib import Path

from tests.domain.conftest import MINIPACK

from saferest.domain.pack import MANIFEST_NAME, build_manifest_text, load_pack


def _reseal(root: Path) -> None:
    """Rewrite the manifest so that only the damage under test is reported."""
    (root / MANIFEST_NAME).write_text(build_manifest_text(root, "test", "2026-11-21"))


def _edit(root: Path, old: str, new: str) -> None:
    path = root / "pack.toml"
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new, 1))


def test_mini_pack_is_valid() -> None:
    pack = load_pack(MINIPACK)
    assert pack.problems == []
    assert "kratom" in pack.substances and "percocet" in pack.medications


def test_unknown_source_is_reported_with_file_entry_and_field(pack_copy: Path) -> None:
    _edit(pack_copy, 'sources = ["tanna-2022"]\nreviewed', 'sources = ["nope"]\nreviewed')
    _reseal(pack_copy)
    messages = [str(p) for p in load_pack(pack_copy).problems]
    assert messages == ["pack.toml: kratom: sources: unknown source 'nope'"]


def test_removing_a_source_breaks_every_citation_of_it(pack_copy: Path) -> None:
    text = (pack_copy / "pack.toml").read_text()
    block = re.search(r"\[\[source\]\]\nid = \"tanna-2022\".*?\n\n", text, re.S)
    assert block
    (pack_copy / "pack.toml").write_text(text.replace(block.group(0), ""))
    _reseal(pack_copy)
    problems = load_pack(pack_copy).problems
    assert problems
    assert all("unknown source 'tanna-2022'" in p.message for p in problems)
    assert {p.field for p in problems} >= {"sources", "claims[0].sources", "sections[0].sources"}


def test_claim_without_source_names_the_field(pack_copy: Path) -> None:
    _edit(
        pack_copy, 'evidence = "none"\nsources = ["tanna-2022"]', 'evidence = "none"\nsources = []'
    )
    _reseal(pack_copy)
    problems = load_pack(pack_copy).problems
    located = [(p.file, p.entry, p.field) for p in problems]
    assert ("pack.toml", "kratom", "claims[0].sources") in located
    # The invalid card is left out, so rules that name it are reported too.
    assert all(p.entry == "kratom" or "'kratom'" in p.message for p in problems)


def test_claim_without_verdict_names_the_field(pack_copy: Path) -> None:
    _edit(pack_copy, 'verdict = "not_supported"\n', "")
    _reseal(pack_copy)
    located = [(p.file, p.entry, p.field) for p in load_pack(pack_copy).problems]
    assert ("pack.toml", "kratom", "claims[0].verdict") in located


def test_claim_with_unknown_verdict_is_rejected(pack_copy: Path) -> None:
    _edit(pack_copy, 'verdict = "not_supported"', 'verdict = "probably"')
    _reseal(pack_copy)
    located = [(p.file, p.entry, p.field) for p in load_pack(pack_copy).problems]
    assert ("pack.toml", "kratom", "claims[0].verdict") in located


def test_bad_severity_is_rejected(pack_copy: Path) -> None:
    _edit(pack_copy, 'severity = "dangerous"', 'severity = "deadly"')
    _reseal(pack_copy)
    problems = load_pack(pack_copy).problems
    assert [(p.entry, p.field) for p in problems] == [("opioid+benzodiazepine", "severity")]


def test_a_brand_country_must_be_an_iso_code_and_uk_is_pointed_to_gb(pack_copy: Path) -> None:
    _edit(pack_copy, 'countries = ["US", "CA"]', 'countries = ["US", "UK"]')
    _reseal(pack_copy)
    problem = next(p for p in load_pack(pack_copy).problems if p.entry == "alprazolam")
    assert problem.field == "brands[0].countries[1]"
    assert "not an ISO 3166-1 alpha-2 country code (the United Kingdom is 'GB')" in problem.message


def test_a_brand_country_of_two_capitals_that_names_no_country_is_rejected(
    pack_copy: Path,
) -> None:
    _edit(pack_copy, 'countries = ["US", "CA"]', 'countries = ["US", "XK"]')
    _reseal(pack_copy)
    located = [(p.entry, p.field) for p in load_pack(pack_copy).problems]
    assert ("alprazolam", "brands[0].countries[1]") in located


def test_rule_naming_unknown_entry_is_reported(pack_copy: Path) -> None:
    _edit(pack_copy, 'between = ["kratom", "midazolam"]', 'between = ["kratom", "triazolam"]')
    _reseal(pack_copy)
    messages = [str(p) for p in load_pack(pack_copy).problems]
    assert messages == ["pack.toml: kratom+midazolam: between: unknown entry 'triazolam'"]


def test_one_name_for_two_entries_needs_marking_as_ambiguous(pack_copy: Path) -> None:
    _edit(pack_copy, 'misspellings = ["xanex"]', 'misspellings = ["xanex", "Ativan"]')
    _reseal(pack_copy)
    problems = load_pack(pack_copy).problems
    assert {(p.entry, p.field) for p in problems} == {
        ("alprazolam", "aliases"),
        ("lorazepam", "aliases"),
    }
    assert "ativan" in problems[0].message


def test_edited_file_fails_the_manifest_hash(pack_copy: Path) -> None:
    with (pack_copy / "pack.toml").open("a") as handle:
        handle.write("\n# edited\n")
    messages = [str(p) for p in load_pack(pack_copy).problems]
    assert messages == ["pack.toml: SHA-256 does not match the manifest (edited or damaged)"]


def test_file_missing_from_manifest_is_reported(pack_copy: Path) -> None:
    (pack_copy / "extra.toml").write_text('[[tag]]\nid = "extra"\nlabel = "Extra"\n')
    messages = [str(p) for p in load_pack(pack_copy).problems]
    assert messages == ["extra.toml: file is not in the manifest"]


def test_broken_toml_is_reported_and_the_rest_still_loads(pack_copy: Path) -> None:
    (pack_copy / "broken.toml").write_text("[[substance]\nid = ")
    _reseal(pack_copy)
    pack = load_pack(pack_copy)
    assert [p.file for p in pack.problems] == ["broken.toml"]
    assert "not valid TOML" in pack.problems[0].message
    assert "kratom" in pack.substances


def test_invalid_entry_is_left_out_but_others_stay(pack_copy: Path) -> None:
    _edit(
        pack_copy, 'id = "lorazepam"\nname = "lorazepam"', 'id = "lorazepam"\nname = ""\nbogus = 1'
    )
    _reseal(pack_copy)
    pack = load_pack(pack_copy)
    assert "lorazepam" not in pack.medications
    assert "alprazolam" in pack.medications
    assert {p.field for p in pack.problems} == {"name", "bogus"}


def test_missing_directory_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    pack = load_pack(tmp_path / "nowhere")
    assert not pack.ok
    assert "not found" in pack.problems[0].message


def test_duplicate_ids_across_files_are_reported(pack_copy: Path) -> None:
    (pack_copy / "zz-dup.toml").write_text(
        '[[medication]]\nid = "alprazolam"\nname = "alprazolam again"\n'
    )
    _reseal(pack_copy)
    messages = [str(p) for p in load_pack(pack_copy).problems]
    assert messages == ["zz-dup.toml: alprazolam: id: duplicate id; also defined in pack.toml"]


def test_tags_follow_implications() -> None:
    pack = load_pack(MINIPACK)
    assert pack.tag_closure(["benzodiazepine"]) == {"benzodiazepine", "cns_depressant"}


def test_ambiguous_name_used_by_only_one_entry_is_reported(pack_copy: Path) -> None:
    _edit(pack_copy, 'misspellings = ["xanex"]', 'misspellings = ["xanex"]\nambiguous = ["Xanny"]')
    _reseal(pack_copy)
    messages = [str(p) for p in load_pack(pack_copy).problems]
    assert messages == [
        "pack.toml: alprazolam: ambiguous: 'xanny' is listed as ambiguous but no other entry "
        "uses that name"
    ]


def test_names_in_brackets_are_derived_from_display_names() -> None:
    from saferest.domain.models import Medication
    from saferest.domain.pack import derived_names, outer_names

    med = Medication(id="x", name="Orexin antagonists (suvorexant, lemborexant)")
    assert derived_names(med) == ["suvorexant", "lemborexant"]
    assert [n.strip() for n in outer_names(med)] == ["Orexin antagonists"]
    assert derived_names(Medication(id="y", name="plain")) == []
