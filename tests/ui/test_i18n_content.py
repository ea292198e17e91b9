"""Content in Spanish: per-language data text, English fallback marked, same severities."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from saferest.app import create_main_window
from saferest.domain.engine import Engine
from saferest.domain.pack import build_manifest_text
from saferest.ui import report_dialog
from saferest.ui.i18n import translators
from saferest.ui.main_window import MainWindow
from saferest.ui.models.roles import Role
from saferest.ui.report_pdf import report_html

from .pdf_text import pdf_text
from .uihelpers import MINIPACK

MARK = "(en inglés)"

# Spanish for the kratom card (except its claim) and for the emergency topic.
KRATOM_ES = {
    'summary = "A leaf from Southeast Asia with opioid-like effects."': (
        'summary = { en = "A leaf from Southeast Asia with opioid-like effects.", '
        'es = "Una hoja del sudeste asiático con efectos parecidos a los opioides." }'
    ),
    'title = "What it is"': 'title = { en = "What it is", es = "Qué es" }',
    'body = "Leaves of a tree related to coffee."': (
        'body = { en = "Leaves of a tree related to coffee.", '
        'es = "Hojas de un árbol pariente del café." }'
    ),
    'name = "Opioid overdose"': 'name = { en = "Opioid overdose", es = "Sobredosis de opioides" }',
    'signs = ["Slow or stopped breathing"]': (
        'signs = [{ en = "Slow or stopped breathing", es = "Respiración lenta o parada" }]'
    ),
    'steps = ["Call the emergency number.", "Give naloxone."]': (
        'steps = [{ en = "Call the emergency number.", es = "Llama al número de emergencias." }, '
        '{ en = "Give naloxone.", es = "Da naloxona." }]'
    ),
}


@pytest.fixture(scope="module")
def es_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The mini pack with some Spanish added (and a manifest that matches)."""
    root = tmp_path_factory.mktemp("espack") / "pack"
    shutil.copytree(MINIPACK, root)
    toml = root / "pack.toml"
    text = toml.read_text(encoding="utf-8")
    for old, new in KRATOM_ES.items():
        assert old in text, old
        text = text.replace(old, new)
    toml.write_text(text, encoding="utf-8")
    (root / "manifest.toml").write_text(
        build_manifest_text(root, "0.1.0-es", "2026-11-22"), encoding="utf-8"
    )
    return root


def window_for(qtbot: QtBot, data: Path, lang: str, user_dir: Path) -> MainWindow:
    window = create_main_window(["--data", str(data), "--lang", lang, "--user-dir", str(user_dir)])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_pack_has_no_problems(es_pack: Path) -> None:
    assert Engine.load(es_pack).pack.problems == []


def test_card_in_spanish_and_english_fallback_marked(
    qtbot: QtBot, es_pack: Path, tmp_path: Path
) -> None:
    window = window_for(qtbot, es_pack, "es", tmp_path)
    window.open_entry("kratom")
    text = window.details.toPlainText()
    lines = [line.strip() for line in text.splitlines()]
    # Spanish where the data has it, without a marker.
    assert "Una hoja del sudeste asiático con efectos parecidos a los opioides." in lines
    assert "Qué es" in lines and "Hojas de un árbol pariente del café." in lines
    # The claim has no Spanish: shown in English, marked, and the page says why.
    assert any(line.startswith("Se dice: Kratom is a natural sleep aid. " + MARK) for line in lines)
    assert "Partes de esta página aún no están traducidas" in text
    assert "A leaf from Southeast Asia" not in text

    # A page with no Spanish at all: every part marked.
    window.open_entry("stimulus_control")
    text = window.details.toPlainText()
    assert "Use the bed only for sleep" in text and text.count(MARK) >= 2
    assert "Fuerza de la recomendación: fuerte" in " ".join(text.split())

    # Everything in Spanish: no marker, no note.
    window.open_entry("opioid_overdose")
    text = window.details.toPlainText()
    assert "Sobredosis de opioides" in text and "Da naloxona." in text
    assert MARK not in text and "Partes de esta página" not in text


def test_english_interface_never_marks(qtbot: QtBot, es_pack: Path, tmp_path: Path) -> None:
    window = window_for(qtbot, es_pack, "en", tmp_path)
    window.open_entry("kratom")
    text = window.details.toPlainText()
    assert "A leaf from Southeast Asia with opioid-like effects." in text
    assert "(in English)" not in text and "Una hoja" not in text


def results_rows(window: MainWindow) -> list[tuple[str, Any]]:
    model = window.session.results
    rows: list[tuple[str, Any]] = []

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            rows.append((index.data(), index.data(Role.SEVERITY)))
            walk(index)

    walk(QModelIndex())
    return rows


def test_results_mark_english_text(qtbot: QtBot, es_pack: Path, tmp_path: Path) -> None:
    window = window_for(qtbot, es_pack, "es", tmp_path)
    window.checker.add_lines(["Xanax", "oxycodone", "kratom"])
    texts = [text for text, _ in results_rows(window)]
    # The depressant rule has Spanish text: shown without a marker.
    assert "Qué hacer: Usa menos de cada uno." in texts
    # The opioid + benzodiazepine rule has none: English, marked.
    assert "Qué hacer: Avoid the combination; carry naloxone. " + MARK in texts
    assert any(t.startswith("alprazolam + oxycodone.") and MARK in t for t in texts)
    assert any(t.startswith("PELIGROSO") for t in texts)  # the group says the severity
    # The emergency dialog follows the language too.
    window.show_emergency()
    assert window.emergency_dialog is not None
    emergency = window.emergency_dialog.browser.toPlainText()
    assert "Ayuda de emergencia" in emergency and "Da naloxona." in emergency
    assert "Servicios de emergencia: 112" in emergency


def test_same_pair_same_severity_in_both_languages(
    qtbot: QtBot, es_pack: Path, tmp_path: Path
) -> None:
    items = ["Xanax 1mg", "oxycodone", "kratom", "midazolam", "Percocet", "acetaminophen"]
    found = {}
    for lang in ("en", "es"):
        window = window_for(qtbot, es_pack, lang, tmp_path / lang)
        window.checker.add_lines(items)
        result = window.session.result
        found[lang] = {
            "engine": sorted((f.a, f.b, f.severity.value) for f in result.findings),
            "shown": sorted(s for _, s in results_rows(window) if s is not None),
        }
        window.close()
    assert found["en"] == found["es"]
    assert found["en"]["engine"], "the list should give findings"
    severities = {severity for _, _, severity in found["es"]["engine"]}
    assert {"dangerous", "unsafe", "caution"} <= severities


def test_pdf_report_in_spanish(
    qtbot: QtBot, es_pack: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_for(qtbot, es_pack, "es", tmp_path / "user")
    window.checker.add_lines(["Xanax 1mg", "oxycodone", "zzqqxx"])
    window.show_report()
    dialog = window.report_dialog
    assert dialog is not None and dialog.accessibleName() == "Imprimir o guardar informe"
    target = tmp_path / "informe.pdf"
    monkeypatch.setattr(report_dialog, "ask_pdf_path", lambda parent, suggested: target)
    assert dialog.suggested_path().name.startswith("Informe de SafeRest ")
    assert dialog.save_button is not None
    dialog.save_button.click()
    text = " ".join(pdf_text(target.read_bytes()).split())
    for expected in (
        "Comprobación de medicamentos de SafeRest",
        "Tu lista",
        "Como lo escribiste",
        "NO RECONOCIDO, sin comprobar",
        "PELIGROSO",
        "Opioids with benzodiazepines can stop breathing. " + MARK,
        "Por qué: Both slow breathing. " + MARK,
        "Fiabilidad:",
        "Ayuda de emergencia",
        "Da naloxona.",
        "Ten en cuenta",
    ):
        assert expected in text, expected
    assert "What to do" not in text and "Your list" not in text
    assert "La sedación se suma" not in text, "a general rule speaks where a specific one does"


def test_report_html_follows_the_interface_language(es_pack: Path) -> None:
    engine = Engine.load(es_pack)
    result = engine.check_lines(["Xanax", "oxycodone"])
    translators().set_language("en")
    english = report_html(engine, result, "en")
    assert "SafeRest medication check" in english and "(in English)" not in english
    translators().set_language("es")
    spanish = report_html(engine, result, "es")
    assert "Comprobación de medicamentos de SafeRest" in spanish and MARK in spanish


def test_browse_and_card_use_spanish_class_names(
    qtbot: QtBot, es_pack: Path, tmp_path: Path
) -> None:
    """Medication classes are shown with their Spanish words from the pack's class vocabulary."""
    window = window_for(qtbot, es_pack, "es", tmp_path)
    model = window.reference.browse_model
    labels: list[str] = []

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            labels.append(index.data())
            walk(index)

    walk(QModelIndex())
    assert "Benzodiazepina (1)" in labels and "Medicamentos por tipo" in labels
    assert "Sobredosis de opioides" in labels
    window.open_entry("alprazolam")
    assert "Tipo: benzodiazepina" in window.details.toPlainText()
