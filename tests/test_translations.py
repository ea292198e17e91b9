"""Every text a person can read in the shipped pack has Spanish.

The texts are found by walking the models' field types (saferest.domain.localized), so a new text
field is checked the day it is added. A failure names each file, entry and field to translate.
"""

from __future__ import annotations

import pytest
from tests.domain.conftest import MINIPACK

from saferest.domain.localized import LocalizedText, localized_texts, missing_language
from saferest.domain.pack import DataPack, data_files, default_data_dir, load_pack

SHIPPED_FILES = [
    p.relative_to(default_data_dir()).as_posix() for p in data_files(default_data_dir())
]


@pytest.fixture(scope="module")
def shipped() -> DataPack:
    return load_pack()


@pytest.fixture(scope="module")
def missing_spanish(shipped: DataPack) -> list[LocalizedText]:
    return missing_language(shipped, "es")


@pytest.mark.parametrize("file", SHIPPED_FILES)
def test_every_text_in_the_file_has_spanish(
    missing_spanish: list[LocalizedText], file: str
) -> None:
    missing = [text.where() for text in missing_spanish if text.file == file]
    assert missing == [], f"{len(missing)} text(s) in {file} have no Spanish:\n" + "\n".join(
        missing
    )


def test_the_walk_reaches_every_kind_of_text_in_the_shipped_pack(shipped: DataPack) -> None:
    kinds = {text.kind for text in localized_texts(shipped)}
    assert kinds == {
        "tag",
        "class",
        "substance",
        "medication",
        "rule",
        "list_rule",
        "lasting_effect",
        "practice",
        "emergency",
        "emergency_number",
        "condition",
    }


def test_missing_spanish_is_located_by_file_entry_and_field() -> None:
    missing = {text.where() for text in missing_language(load_pack(MINIPACK), "es")}
    assert {
        "pack.toml: kratom: summary",
        "pack.toml: kratom: sections[0].body",
        "pack.toml: kratom: claims[0].explanation",
        "pack.toml: opioid_overdose: steps[1]",
        "pack.toml: opioid+benzodiazepine: advice",
        "pack.toml: cns_depressant: label",
        "pack.toml: stimulus_control: why",
        "pack.toml: percocet: name",
    } <= missing
    # Translated text, and text without letters, are not reported.
    assert "pack.toml: depressant+depressant: advice" not in missing
    assert "pack.toml: benzodiazepine: name" not in missing
    assert "pack.toml: default: name" not in missing
    assert "pack.toml: default: number" not in missing
