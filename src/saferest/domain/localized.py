"""Every text of a data pack that a person may read, found by walking the models.

The walk follows the field types (see `holds_localized`), so a new text field is covered the day
it is added: the translation test and `saferest data stats` both count on that.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from pydantic import BaseModel

from saferest.domain.models import DEFAULT_LANGUAGE, holds_localized
from saferest.domain.pack import DataPack, stored_items


@dataclass(frozen=True)
class LocalizedText:
    """One text of the pack in the languages it has, and where a curator finds it."""

    kind: str
    file: str
    entry: str
    field: str
    text: dict[str, str]

    def where(self) -> str:
        return f"{self.file}: {self.entry}: {self.field}"

    @property
    def needs_translation(self) -> bool:
        """False for text without letters ('911'), which reads the same in every language."""
        return any(ch.isalpha() for ch in self.text[DEFAULT_LANGUAGE])


def localized_fields(model: BaseModel, path: str = "") -> Iterator[tuple[str, dict[str, str]]]:
    """(field path, text) for every Localized value in `model` and the models inside it."""
    for name, info in type(model).model_fields.items():
        value = getattr(model, name)
        where = f"{path}.{name}" if path else name
        if holds_localized(info.annotation, info.metadata):
            if isinstance(value, dict):
                yield where, value
            elif isinstance(value, list):
                for index, text in enumerate(value):
                    yield f"{where}[{index}]", text
        elif isinstance(value, BaseModel):
            yield from localized_fields(value, where)
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, BaseModel):
                    yield from localized_fields(item, f"{where}[{index}]")


def localized_texts(pack: DataPack) -> Iterator[LocalizedText]:
    """Every text of every item the pack loaded, in a stable order."""
    for kind, file, label, item in stored_items(pack):
        for field, text in localized_fields(item):
            yield LocalizedText(kind, file, label, field, text)


def missing_language(pack: DataPack, lang: str) -> list[LocalizedText]:
    """The texts with words that have no version in `lang` (English always has one)."""
    if lang == DEFAULT_LANGUAGE:
        return []
    return [t for t in localized_texts(pack) if t.needs_translation and lang not in t.text]
