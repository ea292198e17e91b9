"""The sleep diary's guidance is reviewed content: every entry it shows is in the shipped pack,
in English and Spanish, with sources."""

from __future__ import annotations

import pytest

from saferest.domain.models import Practice
from saferest.domain.pack import DataPack, default_data_dir, load_pack
from saferest.domain.sleep.window import SCREENING_PRACTICES, Screening

SHOWN_BY_THE_DIARY = sorted(
    {
        *SCREENING_PRACTICES.values(),
        "sleep_diary",
        "sleep_window_method",
        "sleep_stimulus_control",
        "sleep_see_doctor_withdrawal",
        "sleep_kratom",
        "sleep_alcohol",
        "sleep_aid_prescription",
    }
)


@pytest.fixture(scope="module")
def pack() -> DataPack:
    return load_pack(default_data_dir())


def test_every_screening_question_has_a_reason_in_the_data() -> None:
    assert set(SCREENING_PRACTICES) == set(Screening)


@pytest.mark.parametrize("entry_id", SHOWN_BY_THE_DIARY)
def test_diary_guidance_is_sourced_and_in_both_languages(pack: DataPack, entry_id: str) -> None:
    entry = pack.practices.get(entry_id)
    assert isinstance(entry, Practice), entry_id
    assert entry.sources and all(s in pack.sources for s in entry.sources)
    for text in (entry.name, entry.what, entry.why):
        assert {"en", "es"} <= set(text), entry_id


def test_the_window_method_states_the_numbers_the_code_uses(pack: DataPack) -> None:
    what = pack.practices["sleep_window_method"].what["en"]
    for number in ("5 and a half hours", "90%", "85%", "15 minutes"):
        assert number in what
