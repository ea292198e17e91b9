"""Cards in "Details": content, browsing, safe rendering, no network, confirmed links."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QPushButton, QTextBrowser, QTreeView
from pytestqt.qtbot import QtBot

from saferest.domain.models import ClaimVerdict
from saferest.ui import safe_browser
from saferest.ui.main_window import MainWindow
from saferest.ui.models.browse import BrowseModel
from saferest.ui.models.roles import Role
from saferest.ui.severity import EVIDENCE_COLORS
from saferest.ui.verdict import VERDICT_COLORS
from saferest.ui.widgets import NoticeBar

from .uihelpers import MINIPACK, by_name


def test_kratom_card_shows_everything(window: MainWindow) -> None:
    window.open_entry("kratom")
    text = by_name(window, QTextBrowser, "Details").toPlainText()
    for expected in (
        "Kratom",
        "What it is",
        "Claims and evidence",
        "Evidence: No evidence",
        "No trial has tested kratom for sleep",
        "Interactions",
        "UNSAFE",
        "Benzodiazepine",
        "Sources",
        "Clinical assessment of the drug interaction",
        "Reviewed: 2026-11-21",
        "thang",
    ):
        assert expected in text, expected


def test_a_claim_shows_its_verdict_first_in_words_and_colour(window: MainWindow) -> None:
    window.open_entry("kratom")
    text = window.details.toPlainText()
    claim = text.index("Kratom is a natural sleep aid.")
    verdict = text.index("Not supported", claim)
    assert verdict < text.index("Evidence: No evidence", claim)
    html = window.details.toHtml()
    assert f"background-color:{VERDICT_COLORS[ClaimVerdict.NOT_SUPPORTED]}" in html


def test_the_evidence_kind_is_not_a_coloured_badge(window: MainWindow) -> None:
    window.open_entry("kratom")
    html = window.details.toHtml()
    for colour in EVIDENCE_COLORS.values():
        assert colour not in html


def test_claims_one_click_from_home(qtbot: QtBot, window: MainWindow) -> None:
    button = by_name(window, QPushButton, "Kratom: claims and evidence")
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.details.current_entry == "kratom"
    assert "Claims and evidence" in window.details.toPlainText()


def test_browse_tree_orders_and_opens(qtbot: QtBot, window: MainWindow) -> None:
    view = by_name(window, QTreeView, "Browse")
    model = view.model()
    tops = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert tops[0].startswith("Substances")
    assert tops[1] == "Medications by class"
    assert tops[2] == "Sleep practices by topic"
    sleep = model.index(2, 0)
    assert model.index(0, 0, sleep).data().startswith("CBT-I")
    classes = model.index(1, 0)
    labels = [model.index(r, 0, classes).data() for r in range(model.rowCount(classes))]
    assert any(label.startswith("Benzodiazepine") for label in labels)
    kratom = model.index(0, 0, model.index(0, 0))
    view.setCurrentIndex(kratom)
    assert window.details.current_entry == "kratom"


def test_browse_model(qtmodeltester: Any, window: MainWindow) -> None:
    qtmodeltester.check(BrowseModel(window.engine, "en"))


def test_entry_links_navigate(window: MainWindow) -> None:
    window.open_entry("percocet")
    assert "oxycodone" in window.details.toPlainText()
    window.details.anchorClicked.emit(QUrl("entry:oxycodone"))
    assert window.details.current_entry == "oxycodone"


def test_back_returns_to_previous_entry(qtbot: QtBot, window: MainWindow) -> None:
    window.open_entry("percocet")
    window.details.anchorClicked.emit(QUrl("entry:oxycodone"))
    qtbot.keyClick(window.details, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.details.current_entry == "percocet"
    window.go_back()
    assert window.details.current_entry is None
    assert "SafeRest" in window.details.toPlainText()


def test_remote_resources_are_refused(window: MainWindow) -> None:
    details = window.details
    details.setHtml(
        '<p>x</p><img src="http://example.com/track.png">'
        '<img src="https://example.com/a.png"><img src="file:///etc/passwd">'
    )
    details.document().adjustSize()
    assert "http://example.com/track.png" in details.refused_resources
    image = QTextDocument.ResourceType.ImageResource.value
    loaded = details.loadResource(image, QUrl("https://example.com/x.png"))
    assert loaded is None or loaded.isNull()


def test_web_link_needs_confirmation(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []

    class FakeServices:
        @staticmethod
        def openUrl(url: QUrl) -> bool:
            opened.append(url.toString())
            return True

    monkeypatch.setattr(safe_browser, "QDesktopServices", FakeServices)
    answers = iter([False, True])
    monkeypatch.setattr(safe_browser, "confirm_open_link", lambda parent, url: next(answers))
    url = QUrl("https://pubmed.ncbi.nlm.nih.gov/35560226/")
    window.details.anchorClicked.emit(url)
    assert opened == []
    window.details.anchorClicked.emit(url)
    assert opened == [url.toString()]


def test_links_disabled_never_open(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safe_browser, "confirm_open_link", lambda parent, url: True)
    monkeypatch.setattr(safe_browser.QMessageBox, "information", lambda *a, **k: None)
    assert not safe_browser.open_web_link(window, QUrl("https://example.com"), allowed=False)


def test_data_text_is_escaped_and_pack_problems_shown(tmp_path: Path, make_window: Any) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(MINIPACK, pack)
    toml = pack / "pack.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8").replace(
            'summary = "A leaf from Southeast Asia with opioid-like effects."',
            "summary = \"<img src='http://example.com/x.png'><b>bold</b> & more\"",
        ),
        encoding="utf-8",
    )
    window = make_window(data=pack)
    banner = by_name(window, NoticeBar, "Data warning")
    assert banner.isVisible()
    assert "Problems found in the reference data: 1" in banner.text
    window.open_entry("kratom")
    text = window.details.toPlainText()
    assert "<img src='http://example.com/x.png'><b>bold</b> & more" in text
    assert window.details.refused_resources == []


def test_search_hit_roles(window: MainWindow) -> None:
    model = window.reference.results_model
    model.set_hits(window.engine.search("kratom"))
    first = model.first_hit_index()
    assert first.data(Role.KIND) == "substance"
    assert "substance" in first.data(Qt.ItemDataRole.AccessibleTextRole)
