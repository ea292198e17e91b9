"""'Sleep diary': the form, the chart, the sleep window, substances beside sleep, the nights,
and export or deletion of everything. Desktop only: kiosk mode never builds it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from saferest.domain.engine import Engine
from saferest.domain.sleep.clinician import clinician_summary
from saferest.domain.sleep.night import Night
from saferest.storage.sleep_diary import SleepDiaryFile, write_csv
from saferest.ui.sleep.chart import SleepChart
from saferest.ui.sleep.diary import SleepDiary, system_zone
from saferest.ui.sleep.form import NightForm
from saferest.ui.sleep.report_page import few_nights_warning, sleep_report_html
from saferest.ui.sleep.tables import NightsModel, SubstancesModel
from saferest.ui.sleep.window_panel import SleepWindowPanel
from saferest.ui.widgets import NoticeBar

translate = QCoreApplication.translate


def now() -> dt.datetime:
    """The local wall clock (tests replace it to live on a chosen day)."""
    return dt.datetime.now()


def ask_csv_path(parent: QWidget, suggested: Path) -> Path | None:
    """Ask where to export; tests replace this function."""
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        translate("SleepDiaryView", "Export sleep diary"),
        str(suggested),
        translate("SleepDiaryView", "CSV files (*.csv)"),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".csv" else path.with_suffix(".csv")


def confirm_delete(parent: QWidget) -> bool:
    """Ask before deleting everything; tests replace this function."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("SleepDiaryView", "Delete the sleep diary?"))
    box.setText(
        translate(
            "SleepDiaryView",
            "Delete every night, your answers and your sleep window from this computer? "
            "Damaged copies kept beside the diary are deleted too. This cannot be undone.",
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes


def scrolling(widget: QWidget) -> QScrollArea:
    """`widget` in a vertical scroll area, so the diary fits small screens and large text."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(widget)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    return scroll


class SleepDiaryView(QWidget):
    entryRequested = Signal(str)

    def __init__(
        self,
        engine: Engine,
        lang: str,
        root: Path,
        medication_inputs: Callable[[], list[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.lang = lang
        self.medication_inputs = medication_inputs
        self.setObjectName("sleepDiaryView")
        self.setAccessibleName(self.tr("Sleep diary"))
        self.diary = SleepDiary(SleepDiaryFile(root), self)
        self.exported_to: Path | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.notice: NoticeBar | None = None
        loaded = self.diary.loaded
        if loaded.damaged is not None:
            text = self.tr(
                "Your sleep diary file was damaged. Every night that could be read was kept "
                "(%n line(s) could not be read). The damaged file was kept as %1.",
                "",
                loaded.lost_lines,
            ).replace("%1", str(loaded.damaged.moved_to))
            self.notice = NoticeBar(self.tr("Sleep diary recovered"), text, self)
            layout.addWidget(self.notice)
        self.save_problem = QLabel(self)
        self.save_problem.setWordWrap(True)
        self.save_problem.setAccessibleName(self.tr("Sleep diary not saved"))
        self.save_problem.hide()
        layout.addWidget(self.save_problem)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        self.form = NightForm(lang, system_zone, lambda: now(), splitter)
        form_area = scrolling(self.form)
        form_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        splitter.addWidget(form_area)
        self.splitter = splitter
        self._sized = False

        self.tabs = QTabWidget(splitter)
        self.tabs.setAccessibleName(self.tr("Sleep diary sections"))
        self.tabs.addTab(self._chart_page(), self.tr("Chart"))
        self.window_panel = SleepWindowPanel(engine, lang, self.diary, lambda: now().date())
        self.window_panel.entryRequested.connect(self.entryRequested)
        self.tabs.addTab(scrolling(self.window_panel), self.tr("Sleep window"))
        self.tabs.addTab(self._substances_page(), self.tr("Substances beside sleep"))
        self.tabs.addTab(self._nights_page(), self.tr("Nights"))
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)

        layout.addWidget(splitter, 1)

        self.form.nightReady.connect(self.add_night)
        self.diary.changed.connect(self.refresh)
        self.diary.saveFailed.connect(self._save_failed)
        self.form.set_medications(medication_inputs())
        nights = self.diary.nights
        self.form.set_next_date(nights[-1] if nights else None)
        self.refresh()

    # -- pages ------------------------------------------------------------------------------

    def _chart_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        switch = QHBoxLayout()
        self.by_night = QRadioButton(self.tr("Last 14 &nights"), page)
        self.by_week = QRadioButton(self.tr("By &week"), page)
        self.by_night.setChecked(True)
        switch.addWidget(self.by_night)
        switch.addWidget(self.by_week)
        switch.addStretch(1)
        layout.addLayout(switch)
        self.chart = SleepChart(self.lang, page)
        layout.addWidget(self.chart, 4)
        self.chart_summary = QTextBrowser(page)
        self.chart_summary.setAccessibleName(self.tr("Sleep chart summary"))
        self.chart_summary.setMaximumHeight(self.fontMetrics().height() * 7)
        layout.addWidget(self.chart_summary, 1)
        self.by_week.toggled.connect(self._set_weekly)
        return page

    def _substances_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        warning = QLabel(few_nights_warning(), page)
        warning.setWordWrap(True)
        warning.setAccessibleName(self.tr("About this comparison"))
        layout.addWidget(warning)
        self.substances_model = SubstancesModel(page)
        self.substances = QTableView(page)
        self.substances.setAccessibleName(self.tr("Substances beside sleep"))
        self.substances.setModel(self.substances_model)
        self.substances.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.substances.verticalHeader().hide()
        layout.addWidget(self.substances, 1)
        return page

    def _nights_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.nights_model = NightsModel(self.lang, page)
        self.nights_table = QTableView(page)
        self.nights_table.setAccessibleName(self.tr("Logged nights"))
        self.nights_table.setModel(self.nights_model)
        self.nights_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.nights_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.nights_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.nights_table.horizontalHeader().setStretchLastSection(True)
        self.nights_table.verticalHeader().hide()
        layout.addWidget(self.nights_table, 1)
        self.remove_button = QPushButton(self.tr("Remove the selected &night"), page)
        self.remove_button.setAccessibleName(self.tr("Remove the selected night"))
        self.remove_button.clicked.connect(self.remove_selected)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.in_report = QCheckBox(self.tr("Add a diary page to the printed &report"), page)
        self.in_report.setChecked(True)
        self.in_report.setAccessibleName(self.in_report.text().replace("&", ""))
        layout.addWidget(self.in_report)
        bar = QHBoxLayout()
        self.export_button = QPushButton(self.tr("&Export sleep diary…"), page)
        self.export_button.setAccessibleName(self.tr("Export sleep diary"))
        self.export_button.clicked.connect(self.export_interactive)
        self.delete_button = QPushButton(self.tr("&Delete sleep diary…"), page)
        self.delete_button.setAccessibleName(self.tr("Delete sleep diary"))
        self.delete_button.clicked.connect(self.delete_interactive)
        bar.addWidget(self.export_button)
        bar.addWidget(self.delete_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        return page

    def showEvent(self, event: QShowEvent) -> None:
        """The first time it is shown, give the form the width it asks for (when there is
        room); it keeps a small minimum so the window still fits small screens."""
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            total = sum(self.splitter.sizes())
            wanted = self.form.sizeHint().width() + self.style().pixelMetric(
                QStyle.PixelMetric.PM_ScrollBarExtent
            )
            if total > wanted * 2:
                self.splitter.setSizes([wanted, total - wanted])

    # -- behaviour --------------------------------------------------------------------------

    def add_night(self, night: Night) -> None:
        replaced = self.diary.add(night)
        self.form.saved(night, replaced)

    def remove_selected(self) -> None:
        rows = self.nights_table.selectionModel().selectedRows()
        if rows:
            self.diary.remove(self.nights_model.nights[rows[0].row()].night_of)

    def refresh(self) -> None:
        nights = self.diary.nights
        self.chart.set_nights(nights)
        self.chart_summary.setPlainText(self.chart.summary())
        self.substances_model.set_nights(nights)
        self.nights_model.set_nights(nights)
        self.export_button.setEnabled(bool(nights))

    def refresh_medications(self) -> None:
        self.form.set_medications(self.medication_inputs())

    def _set_weekly(self, weekly: bool) -> None:
        self.chart.set_weekly(weekly)
        self.chart_summary.setPlainText(self.chart.summary())

    def _save_failed(self, reason: str) -> None:
        self.save_problem.setText(
            self.tr("The sleep diary could not be saved: %1").replace("%1", reason)
        )
        self.save_problem.show()

    def suggested_path(self) -> Path:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = self.tr("Sleep diary %1").replace("%1", now().date().isoformat())
        return Path(folder or Path.home()) / f"{name}.csv"

    def export_interactive(self) -> None:
        path = ask_csv_path(self, self.suggested_path())
        if path is None:
            return
        try:
            write_csv(path, self.diary.nights)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Could not export"), str(exc))
            return
        self.exported_to = path

    def delete_interactive(self) -> None:
        if confirm_delete(self):
            self.diary.delete_everything()

    def report_html(self) -> str:
        """The clinician's page for the printed report ("" when not wanted or empty)."""
        if not self.in_report.isChecked():
            return ""
        summary = clinician_summary(
            self.diary.nights, self.diary.answers, self.diary.plan, now().date()
        )
        return sleep_report_html(summary, self.lang) if summary is not None else ""
