"""The printed report a pharmacist reads in a minute: a realistic list on at most three pages,
page one first (list, findings worst first, what was not checked, the emergency number, the
data), each source listed once, and the same report from `saferest check --pdf`."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import QSizeF
from tests.realistic import REALISTIC

from saferest import config
from saferest.__main__ import main
from saferest.domain.check_report import build_check_report
from saferest.domain.emergency_number import EmergencyContact
from saferest.domain.engine import Engine
from saferest.report_html import ReportRenderer
from saferest.text_report import words_for
from saferest.ui.report_pdf import build_document, report_html, write_pdf

from .pdf_text import pdf_page_count, pdf_text

CONTACT = EmergencyContact("112", "Emergency (police, fire, ambulance)", country="default")


@pytest.fixture(scope="module")
def shipped() -> Engine:
    return Engine.load()


def _flat(text: str) -> str:
    """Text as read: ligatures ("ﬁ") as letters, any run of spaces and line ends as one space."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _letters(text: str) -> str:
    """Text without any spaces (a PDF line may break inside a long title)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_realistic_six_item_list_fits_in_three_pages(
    shipped: Engine, tmp_path: Path, lang: str
) -> None:
    result = shipped.check_lines(REALISTIC[lang])
    assert len(result.findings) >= 8, "the list is meant to find a lot"
    pdf = tmp_path / "report.pdf"
    html = report_html(shipped, result, lang, contact=CONTACT, words=words_for(lang))
    pages = write_pdf(pdf, html)
    assert pdf_page_count(pdf) == pages
    assert pages <= 3


def test_each_source_is_listed_once_and_cited_by_number(shipped: Engine, tmp_path: Path) -> None:
    result = shipped.check_lines(REALISTIC["en"])
    report = build_check_report(shipped, result, "en", CONTACT)
    pdf = tmp_path / "report.pdf"
    write_pdf(pdf, report_html(shipped, result, "en", contact=CONTACT))
    raw = pdf_text(pdf.read_bytes())
    text, letters = _flat(raw), _letters(raw)
    cited = {s for f in report.findings for s in f.view.sources}
    assert [s.number for s in report.sources] == list(range(1, len(cited) + 1))
    assert {s.source_id for s in report.sources} == cited
    for source in report.sources:
        assert source.source is not None
        assert letters.count(_letters(source.source.title)) == 1, source.source_id
    for number in range(1, len(cited) + 1):
        assert f"[{number}] " in text  # in the list of sources
        assert re.search(rf"Sources: [\[\]\d, ]*\[{number}\]", text), number


def test_page_one_has_the_list_the_findings_worst_first_and_what_was_not_checked(
    shipped: Engine, tmp_path: Path
) -> None:
    result = shipped.check_lines(REALISTIC["en"])
    pdf = tmp_path / "report.pdf"
    write_pdf(pdf, report_html(shipped, result, "en", contact=CONTACT))
    first = _flat(pdf_text(pdf.read_bytes()).split("1 / ")[0])
    for expected in (
        "SafeRest medication check",
        "Emergency (police, fire, ambulance): 112",
        "Data version: ",
        "signing key",
        "As typed Read as",
        "a glass of wine Alcohol",
        "“blorfax”: NOT RECOGNISED, not checked",
        "What was found, worst first",
    ):
        assert expected in first, expected
    words = [w for w in ("DANGEROUS", "UNSAFE", "CAUTION") if w in first]
    assert words == ["DANGEROUS", "UNSAFE", "CAUTION"]
    assert first.index("DANGEROUS") < first.index("UNSAFE") < first.index("CAUTION")


def test_the_emergency_box_is_at_most_half_a_page(shipped: Engine) -> None:
    result = shipped.check_lines(REALISTIC["en"])
    report = build_check_report(shipped, result, "en", CONTACT)
    box = ReportRenderer(words_for("en")).emergency_box(report)
    document = build_document(box)
    page = QSizeF(182 / 25.4 * 72, 269 / 25.4 * 72)  # A4 inside the margins, in points
    document.setPageSize(page)
    assert "Give naloxone" in document.toPlainText()
    assert document.pageCount() == 1
    assert document.documentLayout().documentSize().height() <= page.height() / 2


def test_check_pdf_writes_the_same_report_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(config, "system_config_path", lambda: tmp_path / "none.toml")
    pdf = tmp_path / "out" / "report.pdf"
    assert main(["check", "--pdf", str(pdf), "--country", "US", *REALISTIC["en"]]) == 0
    captured = capsys.readouterr()
    assert "Your list:" in captured.out  # the text report is still printed
    assert f"wrote {pdf} (" in captured.err
    assert 1 <= pdf_page_count(pdf) <= 3
    text = _flat(pdf_text(pdf.read_bytes()))
    assert "Emergency (police, fire, ambulance): 911" in text
    assert "What was found, worst first" in text


def test_check_pdf_speaks_the_language_asked_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(config, "system_config_path", lambda: tmp_path / "none.toml")
    pdf = tmp_path / "informe.pdf"
    assert main(["check", "--lang", "es", "--pdf", str(pdf), *REALISTIC["es"]]) == 0
    text = _flat(pdf_text(pdf.read_bytes()))
    assert "Comprobación de medicamentos de SafeRest" in text
    assert "Tu lista" in text and "What was found" not in text


def test_check_pdf_is_refused_on_a_kiosk_machine(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "etc"
    folder.mkdir(mode=0o755)
    kiosk = folder / "kiosk.toml"
    kiosk.write_text("kiosk = true\n", encoding="utf-8")
    kiosk.chmod(0o644)
    monkeypatch.setattr(config, "system_config_path", lambda: kiosk)
    pdf = tmp_path / "report.pdf"
    assert main(["check", "--pdf", str(pdf), "kratom", "Xanax"]) == 2
    assert "kiosk mode" in capsys.readouterr().err
    assert not pdf.exists() and list(tmp_path.glob("*.pdf")) == []


@pytest.mark.parametrize(
    ("lang", "heading", "condition"),
    [
        ("en", "Your health conditions", "Sleep apnoea"),
        ("es", "Tus condiciones de salud", "Apnea del sueño"),
    ],
)
def test_page_one_tells_the_health_conditions_with_their_own_findings(
    shipped: Engine, tmp_path: Path, lang: str, heading: str, condition: str
) -> None:
    result = shipped.check_lines(REALISTIC[lang], None, ["sleep_apnoea"])
    pdf = tmp_path / "report.pdf"
    write_pdf(pdf, report_html(shipped, result, lang, contact=CONTACT, words=words_for(lang)))
    first = _flat(pdf_text(pdf.read_bytes()).split("1 / ")[0])
    assert heading in first and condition in first
    others = words_for(lang).label("findings_worst_first")
    assert first.index(others) < first.index(heading), "after the other findings"


def test_a_report_without_conditions_says_so_and_names_none(
    shipped: Engine, tmp_path: Path
) -> None:
    result = shipped.check_lines([*REALISTIC["en"], "I have sleep apnea"], None, ["pregnancy"])
    html = report_html(shipped, result, "en", contact=CONTACT, include_conditions=False)
    assert "not shown in this report, as you chose" in html
    for told in ("apnea", "apnoea", "Pregnancy", "pregnan"):
        assert told not in html
