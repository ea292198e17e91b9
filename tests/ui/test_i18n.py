"""Spanish: the .ts is complete, the window speaks Spanish, the language can change at runtime."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QListView,
    QPushButton,
    QTextBrowser,
    QTreeView,
)
from pytestqt.qtbot import QtBot

from saferest.app import create_main_window
from saferest.storage.user_files import Settings, UserFiles
from saferest.ui.i18n import current_language, normalise_language, translators
from saferest.ui.main_window import MainWindow
from saferest.ui.window_actions import MainAction

from .uihelpers import MINIPACK, TRANSLATIONS, by_name

ROOT = Path(__file__).resolve().parents[2]
TS = TRANSLATIONS / "saferest_es.ts"
LUPDATE = "from PySide6.scripts.pyside_tool import lupdate; lupdate()"

SPANISH_NAMES = [
    (QLineEdit, "Buscar"),
    (QTreeView, "Resultados de búsqueda"),
    (QTextBrowser, "Detalles"),
    (QLineEdit, "Añadir medicamento"),
    (QListView, "Mis medicamentos"),
    (QTreeView, "Resultados de interacciones"),
    (QPushButton, "Ayuda de emergencia"),
    (QPushButton, "Imprimir o guardar informe"),
]
ENGLISH_NAMES = [
    (QLineEdit, "Search"),
    (QTreeView, "Search results"),
    (QTextBrowser, "Details"),
    (QLineEdit, "Add medication"),
    (QListView, "My medications"),
    (QTreeView, "Interaction results"),
    (QPushButton, "Emergency help"),
    (QPushButton, "Print or save report"),
]


def messages(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def placeholders(text: str) -> set[str]:
    return set(re.findall(r"%\d|%n", text))


# -- the translation file ---------------------------------------------------------------------


def test_every_message_is_translated() -> None:
    found = messages(TS)
    assert len(found) > 200
    problems = []
    for context, message in found:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} is {translation.get('type')}")
            continue
        if message.get("numerus") == "yes":
            forms = [form.text or "" for form in translation.iter("numerusform")]
            if len(forms) != 2 or not all(f.strip() for f in forms):
                problems.append(f"{context}: {source!r} needs two plural forms")
            elif any("%n" not in form for form in forms):
                problems.append(f"{context}: {source!r} plural form without %n")
            texts = forms
        else:
            texts = [translation.text or ""]
            if not texts[0].strip():
                problems.append(f"{context}: {source!r} has an empty translation")
        for text in texts:
            if placeholders(text) - {"%n"} != placeholders(source) - {"%n"}:
                problems.append(f"{context}: {source!r} changes its placeholders: {text!r}")
    assert not problems, "\n".join(problems)


def test_ts_matches_the_code(tmp_path: Path) -> None:
    """The committed .ts has exactly the strings the code asks for (no stale, none missing)."""
    fresh = tmp_path / "fresh_es.ts"
    sources = [
        *sorted((ROOT / "src" / "saferest" / "ui").rglob("*.py")),
        ROOT / "src" / "saferest" / "app.py",
    ]
    subprocess.run(
        [sys.executable, "-c", LUPDATE, "-silent", *map(str, sources), "-ts", str(fresh)],
        check=True,
    )

    def keys(path: Path) -> set[tuple[str, str]]:
        return {(c, m.findtext("source") or "") for c, m in messages(path)}

    assert keys(fresh) == keys(TS)


def test_compiled_translation_is_complete(qm_dir: Path) -> None:
    qm = qm_dir / "saferest_es.qm"
    assert qm.is_file() and qm.stat().st_size > 1000


# -- language choice --------------------------------------------------------------------------


def window_for(qtbot: QtBot, *args: str) -> MainWindow:
    window = create_main_window(["--data", str(MINIPACK), *args])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize(
    ("code", "expected"),
    [("es", "es"), ("es_MX.UTF-8", "es"), ("es-ES", "es"), ("EN", "en"), ("fr", "en"), ("", "en")],
)
def test_normalise_language(code: str, expected: str) -> None:
    assert normalise_language(code) == expected


def test_spanish_window_has_spanish_names(qtbot: QtBot, tmp_path: Path) -> None:
    window = window_for(qtbot, "--lang", "es", "--user-dir", str(tmp_path))
    assert window.session.lang == "es" and current_language() == "es"
    for kind, name in SPANISH_NAMES:
        by_name(window, kind, name)
    assert window.tabs.tabText(0) == "Referencia"
    assert window.tabs.tabText(1) == "Comprobar mis medicamentos"
    assert window.window_actions.menus["file"].title() == "&Archivo"
    assert window.window_actions.menus["language"].title() == "&Idioma"
    # Qt's own strings are Spanish too (standard buttons of message boxes and dialogs).
    assert "qtbase_es" in str(QApplication.instance().property("saferestTranslators"))  # type: ignore[union-attr]
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"


def test_english_window_keeps_english_names(qtbot: QtBot, tmp_path: Path) -> None:
    window = window_for(qtbot, "--lang", "en", "--user-dir", str(tmp_path))
    for kind, name in ENGLISH_NAMES:
        by_name(window, kind, name)


def test_switch_language_at_runtime_keeps_the_session(qtbot: QtBot, tmp_path: Path) -> None:
    window = window_for(qtbot, "--lang", "en", "--user-dir", str(tmp_path))
    window.checker.add_lines(["Xanax 1mg", "oxycodone", "zzqqxx"])
    window.search_box.setText("kratom")
    window.reference.search_now()
    window.open_entry("kratom")
    window.tabs.setCurrentIndex(1)
    session = window.session
    assert "DANGEROUS" in window.checker.summary.text()

    window.window_actions.language_actions["es"].trigger()

    assert window.session is session and session.lang == "es"
    assert window.window_actions.language_actions["es"].isChecked()
    by_name(window, QLineEdit, "Buscar")
    by_name(window, QTreeView, "Resultados de interacciones")
    assert window.window_actions.menus["view"].title() == "&Ver"
    assert window.window_actions[MainAction.SEARCH].text() == "&Buscar"
    assert window.tabs.tabText(1) == "Comprobar mis medicamentos"
    assert window.tabs.currentIndex() == 1
    # The same list, search and open card, now in Spanish.
    assert window.session.medications.inputs() == ["Xanax 1mg", "oxycodone", "zzqqxx"]
    assert window.checker.list_view.model() is session.medications
    assert "PELIGROSO" in window.checker.summary.text()
    assert "“zzqqxx”" in window.checker.summary.text()
    assert window.search_box.text() == "kratom"
    assert window.reference.results_model.hits
    assert window.reference.status.text().startswith("Resultados para “kratom”")
    assert window.details.current_entry == "kratom"
    assert "Lo que se dice y la evidencia" in window.details.toPlainText()
    # The choice is remembered for next time.
    assert UserFiles(tmp_path).load_settings().settings.language == "es"

    window.window_actions.language_actions["en"].trigger()
    by_name(window, QLineEdit, "Search")
    assert "DANGEROUS" in window.checker.summary.text()
    assert window.session.medications.rowCount() == 3
    assert window.window_actions.menus["view"].title() == "&View"


def test_language_change_from_elsewhere_is_followed(qtbot: QtBot, tmp_path: Path) -> None:
    """QEvent.LanguageChange: when the translators change, the window follows."""
    window = window_for(qtbot, "--lang", "en", "--user-dir", str(tmp_path))
    window.checker.add_lines(["Xanax"])
    translators().set_language("es")
    qtbot.waitUntil(lambda: window.session.lang == "es", timeout=2000)
    by_name(window, QLineEdit, "Buscar")
    assert window.session.medications.inputs() == ["Xanax"]


def test_saved_choice_is_used_and_overridden_by_lang(qtbot: QtBot, tmp_path: Path) -> None:
    UserFiles(tmp_path).save_settings(Settings(language="es"))
    window = window_for(qtbot, "--user-dir", str(tmp_path))
    assert window.session.lang == "es"
    by_name(window, QLineEdit, "Buscar")
    english = window_for(qtbot, "--user-dir", str(tmp_path), "--lang", "en")
    assert english.session.lang == "en"


def test_system_locale_is_the_last_choice(qtbot: QtBot, tmp_path: Path) -> None:
    before = QLocale()
    try:
        QLocale.setDefault(QLocale("es_MX"))
        assert window_for(qtbot, "--user-dir", str(tmp_path / "a")).session.lang == "es"
        QLocale.setDefault(QLocale("fr_FR"))  # not supported: English
        assert window_for(qtbot, "--user-dir", str(tmp_path / "b")).session.lang == "en"
    finally:
        QLocale.setDefault(before)


def test_kiosk_config_language_wins_and_reset_returns_to_it(
    qtbot: QtBot, make_kiosk: Callable[..., MainWindow], write_config: Callable[..., Path]
) -> None:
    window = make_kiosk(write_config(language="es"), "--lang", "en")
    assert window.session.lang == "es"
    by_name(window, QLineEdit, "Buscar")
    header = window.kiosk_header
    assert header is not None
    button = by_name(header, QPushButton, "Cambiar el idioma a inglés")
    assert button.text() == "English" and button.isVisible()
    assert header.start_over.text() == "Empezar de nuevo"

    window.checker.add_lines(["Xanax"])
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.session.lang == "en" and current_language() == "en"
    by_name(window, QLineEdit, "Search")
    assert button.text() == "Español"
    assert button.accessibleName() == "Change language to Spanish"
    assert window.session.medications.inputs() == ["Xanax"]
    assert not window.kiosk.session_is_pristine()

    qtbot.mouseClick(header.start_over, Qt.MouseButton.LeftButton)
    assert window.session.lang == "es" and current_language() == "es"
    assert window.session.medications.rowCount() == 0
    by_name(window, QLineEdit, "Buscar")
    assert header.start_over.text() == "Empezar de nuevo"
    assert window.kiosk is not None and window.kiosk.prompt.stay_button.text() == "Sigo aquí"


def test_kiosk_never_saves_the_language(
    qtbot: QtBot,
    make_kiosk: Callable[..., MainWindow],
    write_config: Callable[..., Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    written: list[object] = []
    monkeypatch.setattr(UserFiles, "save_settings", lambda self, s: written.append(s))
    window = make_kiosk(write_config())
    window.set_language("es")
    assert window.session.lang == "es"
    assert written == []
