"""One person's session: their medication list, its check result, what they searched and opened.

Everything a person brings into the app lives here, so that kiosk mode can wipe a session by
replacing this one object with a fresh one.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from saferest.domain.engine import CheckResult, Engine
from saferest.storage.user_files import MovedAside, UserFiles
from saferest.ui.conditions import ConditionChoices  # conditions hook (issue 18)
from saferest.ui.models.medication_list import MedicationListModel
from saferest.ui.results_model import InteractionResultsModel


class Session(QObject):
    """The medication list (saved through `files` when that is writable) and derived results."""

    resultChanged = Signal()
    saveFailed = Signal(str)
    listSaved = Signal()
    """The list was written to disk (never in kiosk mode or a private session)."""

    def __init__(
        self,
        engine: Engine,
        lang: str,
        files: UserFiles,
        parent: QObject | None = None,
        font_scale: float | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.lang = lang
        """Interface and content language for this person."""
        self.font_scale = font_scale
        """Text size chosen in this session (kiosk); None: the saved display settings apply."""
        self.files = files
        self.query = ""
        self.current_entry: str | None = None
        self.medications = MedicationListModel(engine, self, lang=lang)
        self.results = InteractionResultsModel(engine, lang, self)
        self.result = CheckResult(lines=[])
        loaded = files.load_list()
        self.damaged_list: MovedAside | None = loaded.damaged
        """A saved list that could not be read and was moved aside (the window says so)."""
        self.skipped_items = loaded.skipped
        """Saved items that could not be read; the rest was kept (the window says so)."""
        self.skipped_copy = loaded.copy
        # conditions hook (issue 18): health conditions chosen apart from the lines, saved with
        # the list on the desktop only (a kiosk's files have nowhere to write)
        self.conditions = ConditionChoices(loaded.conditions, self)
        self.medications.set_items(loaded.items)
        self.medications.listChanged.connect(self._on_list_changed)
        self.conditions.changed.connect(self._on_list_changed)
        self._recheck()

    def set_lang(self, lang: str) -> None:
        """Show this same session in another language (list, search and results are kept)."""
        self.lang = lang
        self.medications.set_lang(lang)
        self.results.set_lang(lang)
        self.resultChanged.emit()

    def _on_list_changed(self) -> None:
        self._recheck()
        self.save()

    def _recheck(self) -> None:
        # One day for reading ('2 weeks ago') and for judging stopped items.
        self.result = self.engine.check_parsed(
            self.medications.lines(), self.medications.today(), self.conditions.ids
        )
        self.results.set_result(self.result)
        self.resultChanged.emit()

    def save(self) -> None:
        if not self.files.writable:
            return
        try:
            self.files.save_list(self.medications.items(), self.conditions.ids)
        except OSError as exc:
            self.saveFailed.emit(str(exc))
        else:
            self.listSaved.emit()
