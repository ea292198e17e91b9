"""File > Install data update…: choose a signed release archive and install it for this user.

The checks and the install are the domain's (the same as `saferest data install`); this module
only asks for the file and says what happened. Kiosks have no menus: their admin installs by
command. Also the notice shown when an installed pack had to be set aside at start.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from saferest.domain.engine import Engine
from saferest.ui.wording import Words

if TYPE_CHECKING:
    from saferest.ui.main_window import MainWindow


class PackUpdater(QObject):
    """The menu action and what it does."""

    def __init__(self, window: QWidget, user_dir: Path | None) -> None:
        super().__init__(window)
        self._window = window
        self._user_dir = user_dir
        self.action = QAction(window)
        self.action.triggered.connect(self.choose)
        self.message: QMessageBox | None = None
        """The last result shown (kept so it is not collected while open)."""
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(self.tr("&Install data update…"))

    def choose(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Install data update"),
            "",
            self.tr("SafeRest data updates (*.zip);;All files (*)"),
        )
        if path:
            self.install(Path(path))

    def install(self, archive: Path) -> bool:
        """Install `archive` for this user and say what happened; True if it was installed."""
        from saferest.domain.pack_install import (
            StoreError,
            install,
            pinned_by_system_config,
            user_store,
        )
        from saferest.domain.pack_release import ReleaseRefused
        from saferest.domain.trusted_keys import KeyListError, shipped_keys, system_config_keys

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            keys = shipped_keys() + system_config_keys()
            result = install(
                archive, user_store(self._user_dir), keys, keep_also=pinned_by_system_config()
            )
        except (ReleaseRefused, StoreError, KeyListError) as exc:
            QApplication.restoreOverrideCursor()
            self._show(
                QMessageBox.Icon.Warning,
                self.tr("The data update was not installed. Nothing was changed."),
                str(exc),
            )
            return False
        QApplication.restoreOverrideCursor()
        release = result.release
        if result.already_installed:
            text = self.tr("Data version %1 is already in use. Nothing was changed.")
            self._show(QMessageBox.Icon.Information, text.replace("%1", release.version), "")
            return False
        text = (
            self.tr(
                "Data version %1 (reviewed %2) is installed. It is signed with key %3. "
                "Restart SafeRest to use it."
            )
            .replace("%1", release.version)
            .replace("%2", release.manifest.reviewed.isoformat())
            .replace("%3", release.key_id)
        )
        self._show(QMessageBox.Icon.Information, text, str(result.path))
        return True

    def _show(self, icon: QMessageBox.Icon, text: str, details: str) -> None:
        box = QMessageBox(icon, self.tr("Install data update"), text, parent=self._window)
        box.setAccessibleName(self.tr("Data update result"))
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        if details:
            box.setInformativeText(details)
        self.message = box
        box.open()


def signing_text(engine: Engine) -> str:
    """The key that signed the pack in use, or why there is none, in the current language."""
    from saferest.domain.active_pack import describe_pack

    origin = describe_pack(engine.data_root)
    return Words(QCoreApplication.translate).signing(origin.key_id, origin.kind == "shipped")


def notify_set_aside(window: MainWindow) -> None:
    """Tell staff or the user when an installed pack failed its checks and another was used."""
    set_aside = window.engine.set_aside
    if not set_aside:
        return
    version = window.engine.data_version
    details = "; ".join(str(p) for p in set_aside)

    def texts() -> tuple[str, str]:
        text = QCoreApplication.translate(
            "PackUpdate",
            "An installed data update could not be used, so SafeRest is using data version "
            "%1 instead. %2",
        )
        name = QCoreApplication.translate("PackUpdate", "Data update not used")
        return name, text.replace("%1", version).replace("%2", details)

    window.notices.add("pack-set-aside", texts)
