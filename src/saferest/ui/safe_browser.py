"""A QTextBrowser that never loads anything from outside and asks before opening a web link."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QTextDocument
from PySide6.QtWidgets import QMessageBox, QTextBrowser, QWidget

from saferest.domain.models import Severity
from saferest.ui.severity import severity_icon

ICON_SCHEME = "saferest-icon"
ENTRY_SCHEME = "entry"
WEB_SCHEMES = ("http", "https")
MAX_INLINE_IMAGE_CHARS = 4_000_000

translate = QCoreApplication.translate


def icon_url(severity: Severity) -> str:
    return f"{ICON_SCHEME}:severity/{severity.value}"


def local_resource(type: int, name: QUrl | str) -> Any:
    """The only resources rich text may load: the app's own severity icons and PNGs inlined
    in the page (data: URLs); else None.

    Nothing else is ever loaded, whatever the HTML asks for: no web, no local files.
    """
    url = QUrl(name)
    if type != QTextDocument.ResourceType.ImageResource.value:
        return None
    if url.scheme() == "data":
        return inline_png(url)
    if url.scheme() != ICON_SCHEME:
        return None
    try:
        severity = Severity(url.path().removeprefix("severity/"))
    except ValueError:
        return None
    return severity_icon(severity).pixmap(64, 64).toImage()


def inline_png(url: QUrl) -> QImage | None:
    """A PNG carried inside the page itself (a chart in the report); never a file or the web."""
    header, _, payload = url.toString(QUrl.ComponentFormattingOption.FullyEncoded).partition(",")
    if header != "data:image/png;base64" or len(payload) > MAX_INLINE_IMAGE_CHARS:
        return None
    image = QImage.fromData(QByteArray.fromBase64(payload.encode("ascii")))
    return None if image.isNull() else image


def confirm_open_link(parent: QWidget, url: QUrl) -> bool:
    """Ask before leaving the app; tests replace this function."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Links", "Open link in your web browser?"))
    box.setText(translate("Links", "This link opens in your web browser and needs the internet:"))
    box.setInformativeText(url.toDisplayString())
    box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Open


def open_web_link(parent: QWidget, url: QUrl, allowed: bool) -> bool:
    """Open an http(s) link after confirmation; returns whether it was handed to the browser."""
    if url.scheme() not in WEB_SCHEMES:
        return False
    if not allowed:
        message = translate("Links", "Web links cannot be opened on this computer.\n\n%1")
        QMessageBox.information(
            parent,
            translate("Links", "Links are turned off"),
            message.replace("%1", url.toDisplayString()),
        )
        return False
    if not confirm_open_link(parent, url):
        return False
    return QDesktopServices.openUrl(url)


class SafeTextBrowser(QTextBrowser):
    """Read-only rich text: only the app's own icons load; links are handled by the app."""

    entryRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None, allow_web_links: bool = True) -> None:
        super().__init__(parent)
        self.allow_web_links = allow_web_links
        self.refused_resources: list[str] = []
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor)

    def loadResource(self, type: int, name: QUrl | str, /) -> Any:
        resource = local_resource(type, name)
        if resource is None:
            self.refused_resources.append(QUrl(name).toString())
        return resource

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == ENTRY_SCHEME:
            fragment = f"#{url.fragment()}" if url.hasFragment() else ""
            self.entryRequested.emit(url.path() + fragment)
        elif url.scheme() in WEB_SCHEMES:
            open_web_link(self, url, self.allow_web_links)
        elif not url.scheme() and url.hasFragment():
            self.scrollToAnchor(url.fragment())
