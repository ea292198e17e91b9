"""`saferest show --lang es` of every shipped card prints no English: content, labels and the
interaction lines generated from the rules are all in Spanish."""

from __future__ import annotations

import re
from typing import get_args

import pytest

from saferest.__main__ import main
from saferest.domain.engine import Engine
from saferest.domain.localized import localized_fields
from saferest.domain.models import Substance
from saferest.text_report import words_for
from saferest.ui.wording import Label

SHIPPED = Engine.load()
CARDS = sorted(e.id for e in SHIPPED.pack.substances.values())


def _english_only(texts: dict[str, str]) -> str | None:
    """The English text when its Spanish differs (a name spelt alike in both is not English)."""
    english, spanish = texts.get("en", ""), texts.get("es", "")
    if not spanish or english.strip() == spanish.strip() or not re.search(r"[A-Za-z]", english):
        return None
    return english


def _sentences(text: str) -> list[str]:
    """Sentences long enough to be unmistakably English if they appear in the output."""
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.strip()) >= 25]


def _english_labels() -> list[str]:
    """Fixed words of the text output whose Spanish differs, long enough to be unambiguous."""
    english, spanish = words_for("en"), words_for("es")
    labels = []
    for key in get_args(Label):
        en, es = english.label(key), spanish.label(key)
        if en != es and len(en) >= 12 and "%" not in en:
            labels.append(en)
    return labels


ENGLISH_LABELS = _english_labels()


@pytest.mark.parametrize("card", CARDS)
def test_a_card_shown_in_spanish_holds_no_english(
    card: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["show", "--lang", "es", card]) == 0
    out = capsys.readouterr().out
    entry = SHIPPED.pack.substances[card]
    assert isinstance(entry, Substance)
    leaks = [
        f"{where}: {sentence!r}"
        for where, texts in localized_fields(entry)
        if (english := _english_only(texts)) is not None
        for sentence in _sentences(english)
        if sentence in out
    ]
    leaks += [f"label {label!r}" for label in ENGLISH_LABELS if label in out]
    for rule, _other in SHIPPED.rules_involving(card):
        english = _english_only(rule.summary)
        if english is not None and english in out:
            leaks.append(f"rule {rule.id} summary")
    assert "(in English)" not in out and "(en inglés)" not in out
    assert leaks == []
