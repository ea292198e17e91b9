"""A person's medication list as data: its lines, their status, and the rules for changing it.

The window, the CLI and the saved file share these rules (no duplicates, a size cap, a length
cap per line), so the Qt model only adapts this list for views and never decides them itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Literal

from saferest.domain.limits import MAX_ITEM_CHARS, MAX_ITEMS
from saferest.domain.text import fold


class ItemStatus(StrEnum):
    """Whether the person takes it now, only sometimes, or has stopped."""

    TAKING = "taking"
    AS_NEEDED = "as_needed"
    STOPPED = "stopped"


@dataclass(frozen=True)
class ListItem:
    """One line of the list as the person typed it, with what they told us about it."""

    text: str
    status: ItemStatus | None = None
    """What the person chose in the window; None: as the line's words say ('stopped kratom 2
    weeks ago'). A chosen status, 'taking' included, always wins over the words."""
    stopped_on: dt.date | None = None
    """When a stopped item was stopped, if the person said."""
    reading: tuple[str, ...] | None = None
    """The person's own reading of the line ("not this?"): the entry ids to use instead of
    what the parser read. An empty tuple means "do not check this line"; None means as read."""

    def __post_init__(self) -> None:
        if self.status is not ItemStatus.STOPPED and self.stopped_on is not None:
            raise ValueError("only a stopped item has a stop date")


class ItemRejected(ValueError):
    """A line that cannot go on the list as it is (the person is told why)."""

    def __init__(self, text: str, reason: Literal["empty", "too_long"]) -> None:
        super().__init__(reason)
        self.text = text
        self.reason = reason


def clean_item_text(raw: str) -> str:
    """The line as it will be stored: spaces collapsed; refused when empty or over the limit."""
    text = " ".join(raw.split())
    if not text:
        raise ItemRejected(raw, "empty")
    if len(text) > MAX_ITEM_CHARS:
        raise ItemRejected(text, "too_long")
    return text


@dataclass
class AddOutcome:
    """What happened to each line offered to the list; nothing is dropped without a reason."""

    added: list[int] = field(default_factory=list)
    """Rows of the lines that were added."""
    duplicates: list[str] = field(default_factory=list)
    over_limit: list[str] = field(default_factory=list)
    """Lines not added because the list is full."""
    too_long: list[str] = field(default_factory=list)
    """Lines refused whole because they are longer than MAX_ITEM_CHARS."""


class MedicationList:
    """The ordered lines of one person's list."""

    def __init__(self, items: Iterable[ListItem] = ()) -> None:
        self._items: list[ListItem] = []
        for item in items:
            if len(self._items) >= MAX_ITEMS:
                break
            self._items.append(item)

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, row: int) -> ListItem:
        return self._items[row]

    @property
    def items(self) -> Sequence[ListItem]:
        return tuple(self._items)

    def texts(self) -> list[str]:
        return [item.text for item in self._items]

    def add_texts(self, texts: Iterable[str]) -> AddOutcome:
        """Add new lines at the end; duplicates, over-long lines and overflow are reported."""
        outcome = AddOutcome()
        known = {fold(item.text) for item in self._items}
        for raw in texts:
            try:
                text = clean_item_text(raw)
            except ItemRejected as exc:
                if exc.reason == "too_long":
                    outcome.too_long.append(exc.text)
                continue
            if fold(text) in known:
                outcome.duplicates.append(text)
                continue
            if len(self._items) >= MAX_ITEMS:
                outcome.over_limit.append(text)
                continue
            known.add(fold(text))
            outcome.added.append(len(self._items))
            self._items.append(ListItem(text))
        return outcome

    def replace_text(self, row: int, raw: str) -> ListItem:
        """Retype one line; its status is kept, its own reading is not (it was for the old text)."""
        text = clean_item_text(raw)
        item = replace(self._items[row], text=text, reading=None)
        self._items[row] = item
        return item

    def set_status(
        self, row: int, status: ItemStatus | None, stopped_on: dt.date | None = None
    ) -> ListItem:
        """Set the person's choice for a line (None: back to what its words say)."""
        item = replace(self._items[row], status=status, stopped_on=stopped_on)
        self._items[row] = item
        return item

    def set_reading(self, row: int, reading: tuple[str, ...] | None) -> ListItem:
        item = replace(self._items[row], reading=reading)
        self._items[row] = item
        return item

    def remove(self, row: int) -> None:
        del self._items[row]

    def clear(self) -> None:
        self._items.clear()
