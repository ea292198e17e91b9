"""One voice: the window, the command line and the PDF tell a list with the same headlines."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex
from pytestqt.qtbot import QtBot

from saferest.__main__ import main
from saferest.ui.main_window import MainWindow
from saferest.ui.models.roles import Role
from saferest.ui.report_pdf import report_html, write_pdf
from saferest.ui.wording import Words

from .pdf_text import pdf_text
from .uihelpers import MINIPACK

LIST = ["OxyContin", "Xanax 1mg", "Ativan", "kratom"]


def _window_findings(window: MainWindow) -> list[str]:
    model = window.session.results
    found = []
    for row in range(model.rowCount()):
        group = model.index(row, 0)
        for child in range(model.rowCount(group)):
            index = model.index(child, 0, group)
            if index.data(Role.NODE) == "finding":
                found.append(index.data())
    return found


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_window_cli_and_pdf_show_the_same_headlines_in_the_same_order(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    window.checker.add_lines(LIST)
    result = window.session.result
    headlines = [window.engine.present(f).headline.text for f in result.findings]
    assert len(headlines) >= 3 and any(f.kind == "list" for f in result.findings)

    shown = _window_findings(window)
    assert [h for h in headlines if any(h in row for row in shown)] == headlines
    assert all(headline in row for headline, row in zip(headlines, shown, strict=True))

    assert main(["check", "--data", str(MINIPACK), *LIST]) == 0
    cli = _flat(capsys.readouterr().out)
    assert [cli.index(h) for h in headlines] == sorted(cli.index(h) for h in headlines)

    pdf = tmp_path / "report.pdf"
    write_pdf(pdf, report_html(window.engine, result, "en"))
    text = _flat(pdf_text(pdf.read_bytes()))
    assert [text.index(h) for h in headlines] == sorted(text.index(h) for h in headlines)


def test_a_general_rule_is_not_told_where_a_specific_one_speaks(window: MainWindow) -> None:
    window.checker.add_lines(["OxyContin", "Xanax 1mg"])
    model = window.session.results
    texts: list[str] = []

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            texts.append(index.data())
            walk(index)

    walk(QModelIndex())
    joined = " ".join(texts)
    assert "Both slow breathing." in joined
    assert "Additive sedation." not in joined and joined.count("Why:") == 1


def test_condition_findings_are_told_in_the_same_words_and_order_everywhere(
    window: MainWindow, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 18: the window's condition group, the CLI and the PDF name condition findings
    the same way ("Pregnancy: Kratom"), worst first."""
    window.checker.add_lines([*LIST, "sleep apnea", "I'm pregnant"])
    result = window.session.result
    condition_findings = result.condition_findings
    words = Words(QCoreApplication.translate)
    headlines = [words.title(window.engine.present(f)) for f in condition_findings]
    assert len(headlines) >= 3 and len(set(headlines)) == len(headlines)
    assert "Pregnancy: Kratom" in headlines
    assert all(f.kind == "condition" for f in condition_findings)
    ranks = [f.severity.rank for f in condition_findings]
    assert ranks == sorted(ranks, reverse=True)

    shown = _window_findings(window)
    assert all(any(h in row for row in shown) for h in headlines)
    in_window = [next(i for i, row in enumerate(shown) if h in row) for h in headlines]
    assert in_window == sorted(in_window)

    args = ["check", "--data", str(MINIPACK), "--condition", "sleep apnea"]
    assert main([*args, "--condition", "pregnant", *LIST]) == 0
    cli = _flat(capsys.readouterr().out)
    assert [cli.index(h) for h in headlines] == sorted(cli.index(h) for h in headlines)

    pdf = tmp_path / "report.pdf"
    write_pdf(pdf, report_html(window.engine, result, "en"))
    text = _flat(pdf_text(pdf.read_bytes()))
    assert [text.index(h) for h in headlines] == sorted(text.index(h) for h in headlines)
