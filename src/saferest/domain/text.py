"""Text normalisation shared by the index and the queries, so both sides agree."""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)
_SPACES = re.compile(r"\s+")

_INVISIBLE_OR_LOOKALIKE = str.maketrans(
    {
        "\u00ad": None,  # soft hyphen: "Xa\u00adnax" is still Xanax
        "\u180e": None,  # Mongolian vowel separator (was a zero-width space)
        "\u200b": None,  # zero-width space
        "\u200c": None,  # zero-width non-joiner
        "\u200d": None,  # zero-width joiner
        "\u2060": None,  # word joiner
        "\ufeff": None,  # zero-width no-break space (byte order mark)
        "\u0131": "i",  # dotless i (Turkish keyboards): casefold() keeps it as it is
    }
)
"""Characters that are invisible on screen, or look like a plain letter, yet would split or
change a name; they are removed or replaced before anything else is read."""


def fold(text: str) -> str:
    """Case-, accent- and width-insensitive form of `text`, punctuation kept."""
    if text.isascii():  # the common case, and ten times faster than decomposing
        return " ".join(text.casefold().split())
    decomposed = unicodedata.normalize("NFKD", text.translate(_INVISIBLE_OR_LOOKALIKE))
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
