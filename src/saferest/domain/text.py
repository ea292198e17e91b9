"""Text normalisation shared by the index and the queries, so both sides agree."""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Case-, accent- and width-insensitive form of `text`, punctuation kept."""
    if text.isascii():  # the common case, and ten times faster than decomposing
        return " ".join(text.casefold().split())
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.casefold()).strip()


def normalize(text: str) -> str:
    """Folded text, punctuation as single spaces: 'St. John’s-Wort' -> 'st john s wort'."""
    return _SPACES.sub(" ", _NON_WORD.sub(" ", fold(text)).replace("_", " ")).strip()


_DIGIT_LETTER = re.compile(r"(?<=\d)(?=[^\W\d])|(?<=[^\W\d])(?=\d)")


def name_key(text: str) -> str:
    """Key for names: normalised, digits split from letters so '50mg' and 'B12' tokenise alike."""
    return _DIGIT_LETTER.sub(" ", normalize(text))


def tokens(text: str) -> list[str]:
    return name_key(text).split()
