"""Windows that fit the screen they are on: never larger than its free area, never partly off it.

Small netbook screens (1024×600) and 2× scaling (a 1366×768 screen then offers 683×384) leave
little room. Dialogs ask for a comfortable size and get at most the free area; what does not fit
scrolls, and the buttons stay visible below it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QObject, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QFrame,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

FITTER_PROPERTY = "saferestScreenFitter"
_SKIPPED_TYPES = {
    Qt.WindowType.Popup,
    Qt.WindowType.ToolTip,
    Qt.WindowType.SplashScreen,
    Qt.WindowType.Desktop,
}


def available_geometry(widget: QWidget) -> QRect:
    """The free area (without panels and docks) of the screen the widget is on."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 600)


def frame_margins(window: QWidget) -> QMargins:
    """The window manager's frame around a window, where it is known already."""
    handle = window.windowHandle()
    return handle.frameMargins() if handle is not None else QMargins()


def _room(window: QWidget) -> QSize:
    area = available_geometry(window)
    frame = frame_margins(window)
    return QSize(
        area.width() - frame.left() - frame.right(), area.height() - frame.top() - frame.bottom()
    )


def fit_window(window: QWidget, preferred: QSize) -> None:
    """Resize a window to `preferred`, or less where the screen is smaller."""
    size = preferred.boundedTo(_room(window)).expandedTo(window.minimumSizeHint())
    window.resize(size.boundedTo(window.maximumSize()))


def keep_on_screen(window: QWidget, move: bool = True) -> None:
    """Shrink a window to the screen's free area if it is larger, and move it wholly onto it
    (with `move` false, only shrink: a dialog centres itself on its parent after this)."""
    if window.windowState() & (Qt.WindowState.WindowFullScreen | Qt.WindowState.WindowMaximized):
        return
    room = _room(window)
    size = window.size()
    smaller = size.boundedTo(room).expandedTo(window.minimumSize())
    if smaller != size:
        window.resize(smaller)
    if not move:
        return
    area = available_geometry(window)
    frame = frame_margins(window)
    width = window.width() + frame.left() + frame.right()
    height = window.height() + frame.top() + frame.bottom()
    x = min(max(window.x(), area.left()), area.left() + area.width() - width)
    y = min(max(window.y(), area.top()), area.top() + area.height() - height)
    x, y = max(x, area.left()), max(y, area.top())
    if (x, y) != (window.x(), window.y()):
        window.move(x, y)


class ScreenFitter(QObject):
    """An application-wide filter: every window that is shown is kept on its screen."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and watched.windowType() not in _SKIPPED_TYPES
        ):
            # Moving now would stop a dialog from centring itself (it does so after this, and
            # keeps itself on the screen); a window placed on purpose is moved back onto it.
            keep_on_screen(watched, move=watched.testAttribute(Qt.WidgetAttribute.WA_Moved))
        return False


def install_screen_fitter() -> None:
    """Install the filter once for the running application."""
    app = QApplication.instance()
    if not isinstance(app, QApplication) or app.property(FITTER_PROPERTY):
        return
    fitter = ScreenFitter(app)
    app.installEventFilter(fitter)
    app.setProperty(FITTER_PROPERTY, True)


class ContentScrollArea(QScrollArea):
    """A borderless scroll area that asks for its content's whole size (the screen limits it)."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setWidget(content)

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().sizeHint()
        hint = content.sizeHint()
        layout = content.layout()
        if layout is not None and layout.hasHeightForWidth():
            hint.setHeight(max(hint.height(), layout.totalHeightForWidth(hint.width())))
        return hint.grownBy(self.contentsMargins())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._keep_wrapped_text_whole()

    def _keep_wrapped_text_whole(self) -> None:
        """Wrapped labels need more height when narrower: scroll rather than squeeze them."""
        content = self.widget()
        layout = content.layout() if content is not None else None
        if content is None or layout is None or not layout.hasHeightForWidth():
            return
        scroll_bar = self.verticalScrollBar().sizeHint().width()
        width = max(self.viewport().width(), self.width() - scroll_bar)
        content.setMinimumHeight(layout.totalMinimumHeightForWidth(width))


def scroll_content(dialog: QWidget, keep: int = 1) -> ContentScrollArea:
    """Move all but the last `keep` items of a dialog's box layout (its buttons) into a scroll
    area, so that on a small screen the content scrolls and the buttons stay in view."""
    layout = dialog.layout()
    if not isinstance(layout, QBoxLayout):
        raise TypeError("scroll_content needs a dialog laid out with a box layout")
    content = QWidget(dialog)
    inner = QVBoxLayout(content)
    inner.setContentsMargins(0, 0, 0, 0)
    inner.setSpacing(layout.spacing())
    while layout.count() > keep:
        stretch = layout.stretch(0)
        item = layout.takeAt(0)
        if item is None:
            break
        alignment = item.alignment()
        moved_widget = item.widget()
        moved_layout = item.layout()
        if moved_widget is not None:
            inner.addWidget(moved_widget, stretch, alignment)
        elif moved_layout is not None:
            inner.addLayout(moved_layout, stretch)
        else:
            inner.addItem(item)
    area = ContentScrollArea(content, dialog)
    layout.insertWidget(0, area, 1)
    return area
