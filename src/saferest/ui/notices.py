"""The bars above the window's content that tell the person something happened (damaged files,
data problems, saving problems, a second window, a private session), in the current language."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from saferest.storage.user_files import MovedAside
from saferest.ui.widgets import NoticeBar

translate = QCoreApplication.translate
Texts = Callable[[], tuple[str, str]]
"""A notice's (name, text), written in the current language each time it is called."""


class Notices:
    """Notice bars by key; each is written again when the language changes."""

    def __init__(self, parent: QWidget, layout: QVBoxLayout) -> None:
        self._parent = parent
        self._layout = layout
        self._bars: dict[str, NoticeBar] = {}
        self._texts: dict[str, Texts] = {}

    def __getitem__(self, key: str) -> NoticeBar:
        return self._bars[key]

    def get(self, key: str) -> NoticeBar | None:
        return self._bars.get(key)

    def add(
        self, key: str, texts: Texts, details: object = None, closable: bool = True
    ) -> NoticeBar:
        """Show a notice (replacing one with the same key)."""
        old = self._bars.pop(key, None)
        if old is not None:
            old.deleteLater()
        self._texts[key] = texts
        name, text = texts()
        bar = NoticeBar(name, text, self._parent, details=details, closable=closable)  # type: ignore[arg-type]
        self._layout.addWidget(bar)
        bar.show()
        self._bars[key] = bar
        return bar

    def hide(self, key: str) -> None:
        bar = self._bars.get(key)
        if bar is not None:
            bar.hide()

    def retranslate(self) -> None:
        for key, make in self._texts.items():
            bar = self._bars.get(key)
            if bar is not None:
                bar.set_texts(*make())

    # -- the notices of saved files ---------------------------------------------------------

    def damaged(self, moved: MovedAside, what: Callable[[], str]) -> None:
        """A saved file could not be read: a new one was started, the old one kept aside."""

        def texts() -> tuple[str, str]:
            if moved.moved_to != moved.original:
                text = translate(
                    "MainWindow",
                    "%1 could not be read (%2), so a new one was started. The damaged file "
                    "was kept as %3.",
                )
                text = text.replace("%3", str(moved.moved_to))
            else:
                text = translate(
                    "MainWindow", "%1 could not be read (%2), so a new one was started."
                )
            return (
                translate("MainWindow", "Saved file problem"),
                text.replace("%1", what()).replace("%2", moved.reason),
            )

        self.add(f"damaged:{moved.original.name}", texts)

    def skipped(self, count: int, copy: Path | None) -> None:
        """Some items of the saved list could not be read; the rest was kept."""

        def texts() -> tuple[str, str]:
            text = translate(
                "MainWindow",
                "%n item(s) of your saved list could not be read and are not on the list. "
                "Everything else was kept.",
                None,
                count,
            )
            if copy is not None:
                text += " " + translate("MainWindow", "The file as it was is kept as %1.").replace(
                    "%1", str(copy)
                )
            return translate("MainWindow", "Saved file problem"), text

        self.add("skipped-items", texts)

    def save_failed(self, message: str) -> None:
        self.add(
            "save",
            lambda: (
                translate("MainWindow", "Saving problem"),
                translate("MainWindow", "Your list could not be saved: %1").replace("%1", message),
            ),
        )
