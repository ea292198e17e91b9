"""Start-up off the UI thread: a loading screen paints at once while the data loads in a worker."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

if TYPE_CHECKING:  # the engine's imports (pydantic, rapidfuzz) load after the first paint
    from saferest.domain.engine import Engine


class DataLoader(QObject):
    """Loads the engine (from the compiled cache when there is one) in a worker thread."""

    loaded = Signal(object)
    failed = Signal(str)

    def __init__(self, load: Callable[[], Engine]) -> None:
        super().__init__()
        self._load = load

    @Slot()
    def run(self) -> None:
        try:
            engine = self._load()
        except Exception as exc:
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.loaded.emit(engine)


class LoadingWindow(QWidget):
    """What people see for the second or so the data takes: name, progress, emergency line."""

    def __init__(self, kiosk: bool) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("SafeRest"))
        self.setAccessibleName(self.tr("Loading"))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel(self.tr("SafeRest"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        status = QLabel(self.tr("Loading the reference data…"), self)
        status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(status)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy indicator: the load reports no steps
        self.progress.setAccessibleName(self.tr("Loading the reference data"))
        layout.addWidget(self.progress)
        emergency = QLabel(self.tr("In an emergency, call your local emergency number now."), self)
        emergency.setAlignment(Qt.AlignmentFlag.AlignCenter)
        emergency.setWordWrap(True)
        layout.addWidget(emergency)
        layout.addStretch(1)
        self._kiosk = kiosk
        self._done = False
        self.resize(480, 260)

    def finish(self) -> None:
        self._done = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._kiosk and not self._done:
            event.ignore()  # a kiosk cannot be closed while it starts
            return
        super().closeEvent(event)


class _Receiver(QObject):
    """Lives on the UI thread, so the worker's signals are delivered there."""

    def __init__(
        self,
        on_loaded: Callable[[Engine], None],
        on_failed: Callable[[str], None],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._on_loaded = on_loaded
        self._on_failed = on_failed

    @Slot(object)
    def loaded(self, engine: Engine) -> None:
        self._on_loaded(engine)

    @Slot(str)
    def failed(self, message: str) -> None:
        self._on_failed(message)


class BackgroundLoad(QObject):
    """A worker thread running one load, and the UI-thread receiver of its result."""

    def __init__(
        self,
        load: Callable[[], Engine],
        on_loaded: Callable[[Engine], None],
        on_failed: Callable[[str], None],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.worker_thread = QThread(self)
        self.loader = DataLoader(load)
        self.loader.moveToThread(self.worker_thread)
        self.receiver = _Receiver(on_loaded, on_failed, self)
        self.worker_thread.started.connect(self.loader.run)
        self.loader.loaded.connect(self.receiver.loaded, Qt.ConnectionType.QueuedConnection)
        self.loader.failed.connect(self.receiver.failed, Qt.ConnectionType.QueuedConnection)
        self.loader.loaded.connect(self.worker_thread.quit)
        self.loader.failed.connect(self.worker_thread.quit)
        self.worker_thread.start()

    def wait(self) -> None:
        self.worker_thread.quit()
        self.worker_thread.wait()


def load_in_background(
    load: Callable[[], Engine],
    on_loaded: Callable[[Engine], None],
    on_failed: Callable[[str], None],
    parent: QObject,
) -> BackgroundLoad:
    """Run `load` in a worker thread; the callbacks run on the UI thread."""
    return BackgroundLoad(load, on_loaded, on_failed, parent)


def default_cache_dir() -> Path:
    """The desktop app's cache of the compiled pack (kiosks use only what the admin allows)."""
    from saferest.domain.engine import Engine

    return Engine.default_cache_dir()
