"""Reviewed text from the data pack, as HTML for the diary's panels."""

from __future__ import annotations

from saferest.domain.engine import Engine
from saferest.domain.models import Practice
from saferest.ui.detail_view import esc, marker_html, paragraphs
from saferest.ui.i18n import content_text
from saferest.ui.safe_browser import ENTRY_SCHEME


def practice(engine: Engine, entry_id: str) -> Practice | None:
    entry = engine.entry(entry_id)
    return entry if isinstance(entry, Practice) else None


def practice_html(engine: Engine, entry_id: str, lang: str, heading: bool = True) -> str:
    """A practice's "what" and "why", with a link to its full card ("" if the pack lacks it)."""
    entry = practice(engine, entry_id)
    if entry is None:
        return ""
    parts = []
    if heading:
        name = engine.display_name(entry_id, lang)
        parts.append(f'<h3><a href="{ENTRY_SCHEME}:{esc(entry_id)}">{esc(name)}</a></h3>')
    for text in (entry.what, entry.why):
        shown, fell_back = content_text(text, lang)
        parts.append(paragraphs(shown) + (marker_html() if fell_back else ""))
    return "".join(parts)


def link(engine: Engine, entry_id: str, lang: str) -> str:
    if practice(engine, entry_id) is None and engine.entry(entry_id) is None:
        return ""
    name = engine.display_name(entry_id, lang)
    return f'<a href="{ENTRY_SCHEME}:{esc(entry_id)}">{esc(name)}</a>'
