"""Searching and browsing: the debounced search, its grouped results, and the browse tree."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from saferest.domain.engine import Engine
from saferest.domain.query import checkable
from saferest.ui.a11y import announce
from saferest.ui.delegates import WrappingTreeView
from saferest.ui.detail_view import CLAIMS_ANCHOR
from saferest.ui.models.browse import BrowseModel
from saferest.ui.models.roles import Role
from saferest.ui.models.search_results import SearchResultsModel
from saferest.ui.name_width import keep_names_whole

DEBOUNCE_MS = 150
SEARCH_LIMIT = 40


def _entry_tree(name: str, parent: QWidget) -> QTreeView:
    view = WrappingTreeView(parent, badges=True)
    view.setAccessibleName(name)
    return view


class ReferencePanel(QWidget):
    """Browse tree when the search box is empty, grouped search results while searching."""

    entryChosen = Signal(str, str)
    """entry id, anchor; emitted when a result or browse entry is selected."""
    entryActivated = Signal(str)
    """entry id; Enter or double-click: the window moves focus to the details."""
    checkTogether = Signal(list)
    """names as recognised in the query: add them to the list and check them together."""
    nothingFound = Signal(str)
    """the query found nothing: the window must not leave an earlier card looking like an answer."""

    def __init__(self, engine: Engine, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._pending = ""
        self.last_query = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._run_search)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack)

        # Browse page
        browse_page = QWidget(self)
        browse_layout = QVBoxLayout(browse_page)
        browse_layout.setContentsMargins(0, 0, 0, 0)
        self.kratom_claims = QPushButton(self.tr("Kratom: claims and evidence"), browse_page)
        self.kratom_claims.setAccessibleName(self.tr("Kratom: claims and evidence"))
        self.kratom_claims.setEnabled(engine.entry("kratom") is not None)
        self.kratom_claims.clicked.connect(lambda: self.entryChosen.emit("kratom", CLAIMS_ANCHOR))
        browse_layout.addWidget(self.kratom_claims)
        self.browse_model = BrowseModel(engine, lang, self)
        self.browse_view = _entry_tree(self.tr("Browse"), browse_page)
        self.browse_view.setModel(self.browse_model)
        self.browse_view.expandToDepth(0)
        self.browse_view.selectionModel().currentChanged.connect(self._on_current)
        self.browse_view.activated.connect(self._on_activated)
        browse_layout.addWidget(self.browse_view, 1)
        keep_names_whole(self.browse_view)
        self.stack.addWidget(browse_page)

        # Results page
        results_page = QWidget(self)
        results_layout = QVBoxLayout(results_page)
        results_layout.setContentsMargins(0, 0, 0, 0)
        self.status = QLabel(results_page)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName(self.tr("Search status"))
        results_layout.addWidget(self.status)
        self.together_names: list[str] = []
        self.together_button = QPushButton(results_page)
        self.together_button.setAccessibleName(self.tr("Check these together"))
        self.together_button.clicked.connect(
            lambda: self.checkTogether.emit(list(self.together_names))
        )
        self.together_button.hide()
        results_layout.addWidget(self.together_button)
        self.results_model = SearchResultsModel(self, engine, lang)
        self.results_view = _entry_tree(self.tr("Search results"), results_page)
        self.results_view.setRootIsDecorated(False)
        self.results_view.setItemsExpandable(False)
        self.results_view.setModel(self.results_model)
        self.results_view.selectionModel().currentChanged.connect(self._on_current)
        self.results_view.activated.connect(self._on_activated)
        results_layout.addWidget(self.results_view, 1)
        self.stack.addWidget(results_page)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "browse_view"):
            keep_names_whole(self.browse_view)  # larger text: longer words

    # -- searching --------------------------------------------------------------------------

    def set_query(self, text: str) -> None:
        """Called on every keystroke; the search runs once typing pauses."""
        self._pending = text
        self._timer.start()

    def search_now(self) -> None:
        self._timer.stop()
        self._run_search()

    def _run_search(self) -> None:
        query = self._pending.strip()
        self.last_query = query
        if not query:
            self.results_model.set_hits([])
            self._offer_together([])
            self.stack.setCurrentIndex(0)
            return
        hits = self._engine.search(query, SEARCH_LIMIT)
        self._offer_together([item.name for item in checkable(self._engine.named_in(query))])
        self.results_model.set_hits(hits)
        self.results_view.expandAll()
        if hits:
            self.status.setText(self.tr("Results for “%1”: %n", "", len(hits)).replace("%1", query))
        else:
            self.status.setText(
                self.tr("No results for “%1”. Check the spelling or try another name.").replace(
                    "%1", query
                )
            )
        self.stack.setCurrentIndex(1)
        announce(self.results_view, self.status.text())
        if not hits:
            self.nothingFound.emit(query)

    def _offer_together(self, names: list[str]) -> None:
        """'Check these together' when a query names two or more substances or medicines."""
        self.together_names = names
        if len(names) < 2:
            self.together_button.hide()
            return
        self.together_button.setText(
            self.tr("Check these together: %1").replace("%1", " + ".join(names))
        )
        self.together_button.setAccessibleDescription(
            self.tr("Adds %1 to your list and shows how they interact").replace(
                "%1", ", ".join(names)
            )
        )
        self.together_button.show()

    def focus_first_result(self) -> None:
        """Down or Enter in the search box: select the best hit and move there."""
        if self._timer.isActive():
            self.search_now()
        if self.stack.currentIndex() != 1:
            self.browse_view.setFocus()
            return
        first = self.results_model.first_hit_index()
        if first.isValid():
            self.results_view.setCurrentIndex(first)
            self.results_view.setFocus()

    # -- choosing ---------------------------------------------------------------------------

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry_id = current.data(Role.ENTRY_ID) if current.isValid() else None
        if entry_id:
            self.entryChosen.emit(entry_id, "")

    def _on_activated(self, index: QModelIndex) -> None:
        entry_id = index.data(Role.ENTRY_ID)
        if entry_id:
            self.entryChosen.emit(entry_id, "")
            self.entryActivated.emit(entry_id)
