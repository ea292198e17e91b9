"""One voice: each finding has one headline, one why, one what-to-do, and says nothing twice."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

from saferest.domain.catalogue import Catalogue, catalogue
from saferest.domain.engine import Engine
from saferest.domain.findings import EntryTime
from saferest.domain.medication_list import ItemStatus, ListItem
from saferest.domain.models import Population
from saferest.domain.presentation import sentences
from saferest.domain.severity import SEVERITY_ORDER, SEVERITY_STYLES, Reliability, Severity
from saferest.ui.wording import Words

DAY = dt.date(2026, 12, 7)


def test_the_headline_is_the_worst_most_specific_rules_summary(engine: Engine) -> None:
    [finding] = engine.check_lines(["OxyContin", "Xanax"], DAY).findings
    view = engine.present(finding)
    assert view.headline.text == "Opioids with benzodiazepines can stop breathing."


def test_a_general_rule_is_left_out_where_a_specific_rule_covers_the_pair(engine: Engine) -> None:
    [finding] = engine.check_lines(["OxyContin", "Xanax"], DAY).findings
    assert [r.id for r in finding.rules] == ["opioid+benzodiazepine", "depressant+depressant"]
    view = engine.present(finding)
    assert view.speaking == ("opioid+benzodiazepine",)
    assert [t.text for t in view.why] == ["Both slow breathing."]


def test_a_general_rule_speaks_when_nothing_more_specific_does(engine: Engine) -> None:
    [finding] = engine.check_lines(["Xanax", "Ativan"], DAY).findings
    assert engine.present(finding).headline.text == "Two depressants add up."


def test_no_sentence_is_said_twice_in_a_finding(engine: Engine) -> None:
    [finding] = engine.check_lines(["warfarin", "Advil"], DAY).findings
    view = engine.present(finding)
    said = [view.headline.text, *(t.text for t in view.why), *(t.text for t in view.advice)]
    assert len(said) == len(set(said))
    assert [t.text for t in view.advice].count(
        "Ask a pharmacist for a pain reliever that does not add to bleeding."
    ) == 1


def test_population_advice_is_a_separate_labelled_note(engine: Engine) -> None:
    [finding] = engine.check_lines(["warfarin", "Advil"], DAY).findings
    view = engine.present(finding)
    [note] = view.notes
    assert note.population is Population.OLDER_ADULTS
    assert all("older adults" not in t.text.lower() for t in view.advice)


def test_time_facts_and_their_sources_come_with_the_finding(engine: Engine) -> None:
    items = [ListItem("Nardil", ItemStatus.STOPPED, dt.date(2026, 12, 2)), ListItem("Zoloft")]
    [finding] = engine.check_items(items, DAY).findings
    view = engine.present(finding)
    [time] = view.time
    assert time.name == "phenelzine" and time.why is not None
    assert "two weeks" in time.why.text


def test_spanish_text_is_used_and_english_fallback_is_marked(engine: Engine) -> None:
    [both] = engine.check_lines(["Xanax", "Ativan"], DAY).findings
    assert engine.present(both, "es").headline.text == "Dos depresores se suman."
    assert not engine.present(both, "es").shown_in_english
    [opioid] = engine.check_lines(["OxyContin", "Xanax"], DAY).findings
    assert engine.present(opioid, "es").shown_in_english


def test_sentences_split_at_full_stops_only_before_a_new_sentence() -> None:
    assert sentences("Take less. Avoid alcohol (e.g. beer). 2.5 mg is a lot.") == [
        "Take less.",
        "Avoid alcohol (e.g. beer).",
        "2.5 mg is a lot.",
    ]


# -- severity and words, declared once -----------------------------------------------------


def test_every_severity_has_one_style_and_every_table_names_it() -> None:
    words = Words(Catalogue().translate)
    assert set(SEVERITY_STYLES) == set(Severity) == set(SEVERITY_ORDER)
    ranks = [SEVERITY_STYLES[s].rank for s in SEVERITY_ORDER]
    assert ranks == sorted(ranks, reverse=True) and len(set(ranks)) == len(ranks)
    for severity in Severity:
        assert words.severity(severity) == SEVERITY_STYLES[severity].word_key
        assert words.severity_meaning(severity)
    for reliability in Reliability:
        assert words.reliability(reliability)
    for population in Population:
        assert words.population(population)


def test_the_cli_reads_the_windows_catalogue_without_qt() -> None:
    spanish = Words(catalogue("es").translate)
    assert spanish.severity(Severity.DANGEROUS) == "PELIGROSO"
    assert spanish.label("why") == "Por qué:"
    code = (
        "import sys, saferest.ui.wording, saferest.text_report; "
        "sys.exit(any(m.startswith('PySide6') for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_time_is_worded_with_the_right_plural_in_each_language() -> None:
    stopped = EntryTime("phenelzine", ItemStatus.STOPPED, DAY, 5, 14, "x")
    spanish = Words(catalogue("es").translate)
    assert spanish.time("fenelzina", stopped) == (
        "fenelzina: dejado hace 5 días; su efecto dura alrededor de 14 días"
    )
    english = Words(Catalogue().translate)
    assert english.time("phenelzine", stopped) == (
        "phenelzine: stopped 5 days ago; its effect lasts about 14 days"
    )
    yesterday = EntryTime("x", ItemStatus.STOPPED, DAY, 1, None, None)
    assert english.time("x", yesterday).startswith("x: stopped yesterday; we have no figure")
