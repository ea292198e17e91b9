"""Take it home as a QR code: the plain text a phone camera shows, kept within what it scans.

The code holds text only (no address, nothing to fetch): a phone shows it and can keep it. What
goes in is a small explicit input, `TakeHomeList` or `TakeHomeCard`, so the text does not depend
on how the checker shapes its findings; `saferest.domain.take_home_adapt` fills it from the
engine. The text is fitted to a fixed budget (below) and summarised, worst first, with
"and N more" when a list is too long; items that were not recognised are always counted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # segno (and the http/email modules it loads) only when a code is made
    import segno

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from saferest.domain.models import DEFAULT_LANGUAGE
from saferest.domain.text import fold

# -- The budget: what a phone scans at the size the kiosk shows -------------------------------
#
# Where the code is shown: the smallest screen SafeRest is made for is a 1024x600 kiosk panel.
# The "Take this home" dialog gives the code (quiet zone included) the screen's height less
# 80 px for a title bar and margins: a square of KIOSK_CODE_SIDE_PX = 520 px there
# (saferest.ui.take_home.code_side_for; tests/ui/test_take_home.py checks the dialog fits).
# The smallest such panels are 7-inch ones: 154 mm across 1024 pixels, 0.15 mm a pixel (a
# 10-inch one: 0.22 mm).
#
# What a phone needs: Google's ML Kit (behind Android's scanners) asks for at least 2 camera
# pixels per module and recommends 1920x1080 frames. A phone's main camera sees about 65 degrees
# across the long side of the frame, so held at arm's length, 35 cm from the screen, 1920 pixels
# cover 2 * 350 mm * tan(32.5 deg) = 446 mm: 4.3 camera pixels a millimetre.
#
# Hence MIN_MODULE_PX = 5 screen pixels a module: 0.75 mm on a 7-inch panel, which that phone
# sees as 3.2 camera pixels (4.7 on a 10-inch panel), 1.6 times ML Kit's minimum: the margin for
# focus blur, screen moire and a tilted phone. tests/ui/test_take_home.py photographs the code as
# a phone would (tilted, blurred, JPEG-compressed): it reads from 2.5 camera pixels a module up
# (the phone above at 45 cm) and fails at 2.0. A phone that scans 1280x720 frames sees 2.2 pixels
# a module at 35 cm and reads a hand's width closer.
#
# The largest code that fits KIOSK_CODE_SIDE_PX at MIN_MODULE_PX is version MAX_VERSION = 19:
# (4 * 19 + 17 modules + 2 * 4 quiet zone) * 5 px = 505 px <= 520 px; version 20 needs 525 px.
#
# Error correction M restores 15% of the code: a reflection of a window or a lamp on the screen,
# or a smudge. At version 19, L (7%) would hold 792 bytes instead of 624 but fails on the first
# glare; Q and H hold 442 and 338. segno raises the level when that costs no extra size.
#
# The text is encoded as UTF-8 bytes without an ECI header (segno's default, since many readers
# do not support ECI); phone readers recognise UTF-8, so Spanish accents arrive intact.

KIOSK_CODE_SIDE_PX = 520
"""The side, in screen pixels, of the square the dialog gives the code on a 1024x600 screen."""
MIN_MODULE_PX = 5
"""The smallest module, in screen pixels, that a phone at arm's length reads reliably."""
QUIET_ZONE = 4
"""Light modules around the code, as ISO/IEC 18004 requires (part of the image, so a dark
window theme never takes its place)."""
MAX_VERSION = 19
"""The largest QR version that fits KIOSK_CODE_SIDE_PX at MIN_MODULE_PX (93 modules)."""
ERROR_LEVEL = "M"
CAPACITY_BYTES = 624
"""Bytes a version-19 code holds at level M in byte mode (ISO/IEC 18004, table 7)."""
FILE_MODULE_PX = 8
"""Module size of a written PNG (the CLI): crisp on a phone screen or printed."""

MAX_TYPED_CHARS = 60
"""A typed line longer than this is cut (with "…") in the code; what it was read as is kept."""
MAX_NAME_CHARS = 40
"""An unrecognised piece longer than this is cut in the code (its count never is)."""
MAX_EMERGENCY_CHARS = 80


def modules_for(version: int) -> int:
    """Modules across a code of this version, quiet zone included."""
    return 4 * version + 17 + 2 * QUIET_ZONE


# -- What goes in ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReadLine:
    """One line of the list as typed, what it was read as, and what was not recognised in it."""

    typed: str
    read_as: tuple[str, ...] = ()
    not_recognised: tuple[str, ...] = ()


@dataclass(frozen=True)
class TakeHomeFinding:
    """One finding, told in one line: severity, the entries, headline, first thing to do."""

    severity_word: str
    rank: int
    """Higher is worse; findings are shown worst first (stable for equal ranks)."""
    names: tuple[str, ...]
    headline: str
    first_step: str


@dataclass(frozen=True)
class DataStamp:
    """Which data answered: the pack's version and review date (ISO)."""

    version: str
    reviewed: str | None = None


@dataclass(frozen=True)
class TakeHomeList:
    """A checked list, as the code should tell it."""

    lines: tuple[ReadLine, ...]
    findings: tuple[TakeHomeFinding, ...]
    pairs_checked: int
    emergency: str
    data: DataStamp
    lang: str = DEFAULT_LANGUAGE


@dataclass(frozen=True)
class TakeHomeCard:
    """One reference card: its name and key facts line."""

    name: str
    facts: str
    emergency: str
    data: DataStamp
    lang: str = DEFAULT_LANGUAGE


@dataclass(frozen=True)
class TakeHomeText:
    """The text the code holds, and whether something had to be summarised to fit."""

    text: str
    complete: bool = True
    left_out: dict[str, int] = field(default_factory=dict)
    """What was summarised: 'items', 'findings', 'names' (counted, not named), 'clipped'."""


# -- The labels --------------------------------------------------------------------------------

_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "list_title": "SafeRest: my list, as read",
        "card_title": "SafeRest: %1",
        "more_items": "…and %1 more",
        "not_recognised": "NOT RECOGNISED, NOT CHECKED (%1): %2",
        "not_recognised_count": "NOT RECOGNISED, NOT CHECKED: %1",
        "finding": "%1: %2. %3 What to do: %4",
        "finding_compact": "%1: %2",
        "more_findings": "…and %1 more: %2",
        "nothing_to_check": "Fewer than two items recognised: no pair to check.",
        "no_known_1": "No known interaction in our data for the pair checked. "
        "That is not a promise that it is safe.",
        "no_known": "No known interaction in our data for the %1 pairs checked. "
        "That is not a promise that they are safe together.",
        "emergency": "Emergency: %1",
        "footer": "Not medical advice. Data: SafeRest %1 of %2.",
        "footer_undated": "Not medical advice. Data: SafeRest %1.",
        "local_number": "your local emergency number",
        "contains": "Contains: %1.",
        "classes": "Class: %1.",
    },
    "es": {
        "list_title": "SafeRest: mi lista, como la leímos",
        "card_title": "SafeRest: %1",
        "more_items": "…y %1 más",
        "not_recognised": "NO RECONOCIDO, NO SE COMPROBÓ (%1): %2",
        "not_recognised_count": "NO RECONOCIDO, NO SE COMPROBÓ: %1",
        "finding": "%1: %2. %3 Qué hacer: %4",
        "finding_compact": "%1: %2",
        "more_findings": "…y %1 más: %2",
        "nothing_to_check": "Se reconocieron menos de dos productos: no hay parejas que comprobar.",
        "no_known_1": "Nuestros datos no tienen ninguna interacción conocida para la pareja "
        "comprobada. Eso no es una promesa de que sea segura.",
        "no_known": "Nuestros datos no tienen ninguna interacción conocida para las %1 parejas "
        "comprobadas. Eso no es una promesa de que sean seguras juntas.",
        "emergency": "Emergencias: %1",
        "footer": "No es consejo médico. Datos: SafeRest %1 del %2.",
        "footer_undated": "No es consejo médico. Datos: SafeRest %1.",
        "local_number": "tu número local de emergencias",
        "contains": "Contiene: %1.",
        "classes": "Tipo: %1.",
    },
}


def label(key: str, lang: str, *args: object) -> str:
    """A label of the take-home text in `lang` (English when the language is not covered),
    with %1, %2… filled in."""
    table = _LABELS.get(lang.split("-")[0], _LABELS[DEFAULT_LANGUAGE])
    text = table.get(key, _LABELS[DEFAULT_LANGUAGE][key])
    for number, value in reversed(list(enumerate(args, 1))):
        text = text.replace(f"%{number}", str(value))
    return text


# -- Cleaning and cutting ----------------------------------------------------------------------

_SPACES = re.compile(r"\s+")


def clean(text: str) -> str:
    """One line of plain text: no control or format characters, spaces collapsed."""
    spaced = _SPACES.sub(" ", text)
    kept = "".join(ch for ch in spaced if unicodedata.category(ch) not in ("Cc", "Cf"))
    return _SPACES.sub(" ", kept).strip()


def clip(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a word where possible, marked with "…"."""
    if len(text) <= limit:
        return text
    if limit <= 1:
        return "…"[:limit]
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space >= limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.") + "…"


def first_sentence(text: str) -> str:
    """The first sentence of a paragraph of data text."""
    return re.split(r"(?<=[.!?])\s+", clean(text), maxsplit=1)[0]


def fits(text: str) -> bool:
    """Whether the text fits the budget (UTF-8 byte mode, version MAX_VERSION, level M)."""
    return len(text.encode("utf-8")) <= CAPACITY_BYTES


# -- The list ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Cut:
    """How much of a list the code shows; everything left out is counted."""

    items: int = 0
    """Leading list items shown (the rest: "…and N more")."""
    names: bool = False
    """Whether unrecognised pieces are named (they are always counted)."""
    full: int = 0
    """Leading findings shown with headline and first step."""
    compact: int = 0
    """Findings after those, shown as severity and names only."""
    clip_first: int | None = None
    """Characters the worst finding is cut to, when even it alone does not fit whole."""


MIN_CLIPPED_FINDING = 120
"""A worst finding cut shorter than this says too little; it is then only counted."""


def _says_itself(typed: str, name: str) -> bool:
    """Whether a typed line already shows the name it was read as: "melatonin 3mg" read as
    Melatonin, or as Spanish "Melatonina"; not "Xanax 1mg" read as Alprazolam."""
    folded = fold(name)
    if folded in fold(typed):
        return True
    words = re.findall(r"\w{5,}", fold(typed))
    return any(folded.startswith(word) or word.startswith(folded) for word in words)


def _item_line(line: ReadLine) -> str:
    typed = clip(clean(line.typed), MAX_TYPED_CHARS)
    glosses = [clean(name) for name in line.read_as if not _says_itself(typed, clean(name))]
    return f"- {typed} ({', '.join(glosses)})" if glosses else f"- {typed}"


def _finding_line(finding: TakeHomeFinding, lang: str, compact: bool = False) -> str:
    names = " + ".join(clean(name) for name in finding.names)
    severity = clean(finding.severity_word)
    if compact:
        return label("finding_compact", lang, severity, names)
    headline, step = clean(finding.headline), clean(finding.first_step)
    return label("finding", lang, severity, names, headline, step)


def _count_by_word(findings: Sequence[TakeHomeFinding]) -> str:
    counts: dict[str, int] = {}
    for finding in findings:
        word = clean(finding.severity_word)
        counts[word] = counts.get(word, 0) + 1
    return ", ".join(f"{n} {word}" for word, n in counts.items())


def _footer(emergency: str, data: DataStamp, lang: str) -> list[str]:
    number = clip(clean(emergency), MAX_EMERGENCY_CHARS)
    version = clip(clean(data.version), 40)
    if data.reviewed:
        footer = label("footer", lang, version, clip(clean(data.reviewed), 20))
    else:
        footer = label("footer_undated", lang, version)
    return [label("emergency", lang, number), footer]


def _not_recognised(lines: Sequence[ReadLine]) -> list[str]:
    """What was not recognised: a line read as nothing, as typed ("té de tila"); in a line read
    in part, the pieces left over ("blorp" of "Xanax and blorp")."""
    unknown: list[str] = []
    for line in lines:
        if line.read_as:
            unknown += [clean(piece) for piece in line.not_recognised]
        elif line.not_recognised:
            unknown.append(clean(line.typed))
    return unknown


class _ListRenderer:
    """Renders a list at a given cut; the cut is searched for in `list_text`."""

    def __init__(self, take_home: TakeHomeList) -> None:
        self.take_home = take_home
        self.lang = take_home.lang
        self.read = [_item_line(line) for line in take_home.lines if line.read_as]
        self.unknown = _not_recognised(take_home.lines)
        self.findings = sorted(take_home.findings, key=lambda f: -f.rank)
        self.full_lines = [_finding_line(f, self.lang) for f in self.findings]
        self.compact_lines = [_finding_line(f, self.lang, compact=True) for f in self.findings]

    def render(self, cut: _Cut) -> str:
        lang = self.lang
        out = [label("list_title", lang), *self.read[: cut.items]]
        if cut.items < len(self.read):
            out.append(label("more_items", lang, len(self.read) - cut.items))
        if self.unknown and cut.names:
            names = "; ".join(clip(name, MAX_NAME_CHARS) for name in self.unknown)
            out.append(label("not_recognised", lang, len(self.unknown), names))
        elif self.unknown:
            out.append(label("not_recognised_count", lang, len(self.unknown)))
        shown = self.full_lines[: cut.full]
        if cut.clip_first is not None and shown:
            shown[0] = clip(shown[0], cut.clip_first)
        out += shown
        out += self.compact_lines[cut.full : cut.full + cut.compact]
        rest = self.findings[cut.full + cut.compact :]
        if rest:
            out.append(label("more_findings", lang, len(rest), _count_by_word(rest)))
        if not self.findings:
            pairs = self.take_home.pairs_checked
            if pairs == 1:
                out.append(label("no_known_1", lang))
            elif pairs:
                out.append(label("no_known", lang, pairs))
            else:
                out.append(label("nothing_to_check", lang))
        out += _footer(self.take_home.emergency, self.take_home.data, lang)
        return "\n".join(out)

    def fits(self, cut: _Cut) -> bool:
        return fits(self.render(cut))


def _largest(low: int, high: int, ok: Callable[[int], bool]) -> int | None:
    """The largest n in [low, high] with ok(n), for ok that holds up to some n and not after;
    None when not even `low` does."""
    if high < low or not ok(low):
        return None
    while low < high:
        middle = (low + high + 1) // 2
        if ok(middle):
            low = middle
        else:
            high = middle - 1
    return low


def list_text(take_home: TakeHomeList) -> TakeHomeText:
    """The list as the code tells it, summarised to fit the budget.

    Everything, if it fits. Otherwise, in this order of importance, as much of each as fits: the
    worst finding (cut short if it must be), the list items, the names of what was not
    recognised, more findings in full (worst first), more findings as severity and names only.
    Whatever is left out is counted ("…and 3 more: 2 CAUTION, 1 LOW RISK"); the count of what
    was not recognised, the emergency number and the data stamp are always there.
    """
    renderer = _ListRenderer(take_home)
    n_items, n_findings = len(renderer.read), len(renderer.findings)
    everything = _Cut(n_items, True, n_findings)
    if renderer.fits(everything):
        return TakeHomeText(renderer.render(everything))
    cut = _Cut()
    if not renderer.fits(cut):
        raise ValueError("the take-home summary does not fit a QR code even as counts")
    if n_findings:
        if renderer.fits(replace(cut, full=1)):
            cut = replace(cut, full=1)
        else:
            longest = len(renderer.full_lines[0])
            chars = _largest(
                MIN_CLIPPED_FINDING,
                longest,
                lambda c: renderer.fits(replace(cut, full=1, clip_first=c)),
            )
            if chars is not None:
                cut = replace(cut, full=1, clip_first=chars)
    items = _largest(0, n_items, lambda i: renderer.fits(replace(cut, items=i)))
    cut = replace(cut, items=items or 0)
    if renderer.unknown and renderer.fits(replace(cut, names=True)):
        cut = replace(cut, names=True)
    if cut.clip_first is None:
        full = _largest(cut.full, n_findings, lambda k: renderer.fits(replace(cut, full=k)))
        cut = replace(cut, full=full or cut.full)
    left = n_findings - cut.full
    compact = _largest(0, left, lambda m: renderer.fits(replace(cut, compact=m)))
    cut = replace(cut, compact=compact or 0)
    left_out = {
        "items": n_items - cut.items,
        "names": len(renderer.unknown) if not cut.names else 0,
        "findings": n_findings - cut.full - cut.compact,
        "shortened": cut.compact + (1 if cut.clip_first is not None else 0),
    }
    return TakeHomeText(
        renderer.render(cut), False, {key: value for key, value in left_out.items() if value}
    )


# -- A card ------------------------------------------------------------------------------------


def card_text(card: TakeHomeCard) -> TakeHomeText:
    """A card as the code tells it: name, key facts (whole sentences while they fit), footer."""
    lang = card.lang
    title = label("card_title", lang, clip(clean(card.name), 80))
    footer = _footer(card.emergency, card.data, lang)
    sentences = re.split(r"(?<=[.!?])\s+", clean(card.facts))

    def render(count: int, chars: int | None = None) -> str:
        facts = " ".join(sentences[:count])
        if count < len(sentences):
            facts += " …" if facts else "…"
        if chars is not None:
            facts = clip(facts, chars)
        return "\n".join([title, facts, *footer] if facts else [title, *footer])

    if fits(render(len(sentences))):
        return TakeHomeText(render(len(sentences)))
    count = _largest(1, len(sentences) - 1, lambda n: fits(render(n)))
    if count is not None:
        return TakeHomeText(render(count), False, {"sentences": len(sentences) - count})
    chars = _largest(1, len(sentences[0]), lambda c: fits(render(1, c)))
    return TakeHomeText(render(1, chars or 1), False, {"clipped": 1})


def take_home_text(item: TakeHomeList | TakeHomeCard) -> TakeHomeText:
    return list_text(item) if isinstance(item, TakeHomeList) else card_text(item)


# -- The code ----------------------------------------------------------------------------------


def make_qr(text: str) -> segno.QRCode:
    """The QR code holding exactly `text` (UTF-8), at most version MAX_VERSION, level M or
    better; ValueError if the text is over the budget (take_home_text never makes such text)."""
    if not fits(text):
        raise ValueError(f"{len(text.encode('utf-8'))} bytes is over the {CAPACITY_BYTES}")
    import segno

    code = segno.make(
        text, error=ERROR_LEVEL, mode="byte", encoding="utf-8", micro=False, boost_error=True
    )
    if not isinstance(code.version, int) or code.version > MAX_VERSION:
        raise ValueError(f"version {code.version} is over {MAX_VERSION}")
    return code


def qr_rows(code: segno.QRCode) -> list[bytes]:
    """The code's modules row by row, quiet zone included: 1 dark, 0 light."""
    return [bytes(row) for row in code.matrix_iter(scale=1, border=QUIET_ZONE)]


def qr_png(code: segno.QRCode, module_px: int = FILE_MODULE_PX) -> bytes:
    """The code as PNG bytes (black on white, quiet zone included)."""
    import io

    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=module_px, border=QUIET_ZONE)
    return buffer.getvalue()
