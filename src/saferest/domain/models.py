"""The data-pack vocabulary: every kind of reviewed entry, as pydantic models.

Models are frozen so that a loaded pack can be shared between the CLI, the GUI and worker
threads without anyone mutating reviewed content by accident.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from enum import StrEnum
from typing import Annotated, Literal, get_args, get_origin

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from saferest.domain.severity import Reliability, Severity

DEFAULT_LANGUAGE = "en"

_ID_PATTERN = r"^[a-z0-9][a-z0-9_.+-]*$"
EntryId = Annotated[str, Field(pattern=_ID_PATTERN, max_length=80)]
SourceId = Annotated[str, Field(pattern=_ID_PATTERN, max_length=80)]
TagId = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_]*$", max_length=60)]
_TAG_PATTERN = r"[a-z0-9][a-z0-9_]*"
ConditionId = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_]*$", max_length=60)]
CONDITION_PREFIX = "condition:"
"""A rule side (and a list item's id) for a health condition: `condition:sleep_apnoea`."""

__all__ = ["Reliability", "Severity"]  # re-exported: declared once in saferest.domain.severity


def check_side(side: str) -> str:
    """A rule side: an entry id, `tag:<tag>`, `tag:<tag>&<tag>` (entries with every tag), or
    `condition:<id>` (a health condition on the list; only where a rule allows one)."""
    if side.startswith("tag:"):
        if not re.fullmatch(rf"{_TAG_PATTERN}(&{_TAG_PATTERN})*", side.removeprefix("tag:")):
            raise ValueError(f"{side!r} is not tag:<tag> or tag:<tag>&<tag>")
    elif side.startswith(CONDITION_PREFIX):
        if not re.fullmatch(_TAG_PATTERN, side.removeprefix(CONDITION_PREFIX)):
            raise ValueError(f"{side!r} is not condition:<id>")
    elif not re.fullmatch(_ID_PATTERN, side):
        raise ValueError(f"{side!r} is neither an entry id nor tag:<tag>")
    return side


def side_condition(side: str) -> str | None:
    """The condition id a `condition:` side names, or None for an entry or tag side."""
    return side.removeprefix(CONDITION_PREFIX) if side.startswith(CONDITION_PREFIX) else None


def _no_condition_sides(sides: list[str], what: str) -> list[str]:
    conditions = [s for s in sides if side_condition(s) is not None]
    if conditions:
        raise ValueError(f"{what} cannot name a condition ({', '.join(conditions)})")
    return sides


def side_tags(side: str) -> frozenset[str] | None:
    """The tags a `tag:` side asks for (all of them), or None for an entry id."""
    if not side.startswith("tag:"):
        return None
    return frozenset(side.removeprefix("tag:").split("&"))


Side = Annotated[str, AfterValidator(check_side)]


def _to_localized(value: object) -> object:
    """A plain string is English; a table maps language codes to text and must hold English."""
    if isinstance(value, str):
        return {DEFAULT_LANGUAGE: value}
    return value


def _check_localized(value: dict[str, str]) -> dict[str, str]:
    if DEFAULT_LANGUAGE not in value:
        raise ValueError("needs English text under 'en' (the fallback language)")
    for lang, text in value.items():
        if not re.fullmatch(r"[a-z]{2}(-[A-Z]{2})?", lang):
            raise ValueError(f"{lang!r} is not a language code like 'en' or 'es'")
        if not text.strip():
            raise ValueError(f"text for {lang!r} is empty")
    return value


Localized = Annotated[
    dict[str, str], BeforeValidator(_to_localized), AfterValidator(_check_localized)
]


def holds_localized(annotation: object, metadata: Iterable[object] = ()) -> bool:
    """Whether a field typed `annotation` (with pydantic's `metadata`) holds Localized text.

    True for `Localized`, `Localized | None` and `list[Localized]`: how the translation
    checks find every text a person may read without a list of fields to keep in step.
    """
    if any(isinstance(m, BeforeValidator) and m.func is _to_localized for m in metadata):
        return True
    if get_origin(annotation) is Annotated:
        base, *extra = get_args(annotation)
        return holds_localized(base, extra)
    return any(holds_localized(arg) for arg in get_args(annotation))


def pick_text(text: dict[str, str], lang: str) -> tuple[str, str]:
    """The text in `lang` (or its base language), else English; also says which was used."""
    for candidate in (lang, lang.split("-")[0]):
        if candidate in text:
            return text[candidate], candidate
    return text[DEFAULT_LANGUAGE], DEFAULT_LANGUAGE


class EvidenceLevel(StrEnum):
    """The strongest kind of evidence behind a claim."""

    NONE = "none"
    PRECLINICAL = "preclinical"
    OBSERVATIONAL = "observational"
    CLINICAL_TRIAL = "clinical_trial"
    GUIDELINE = "guideline"


class _Strict(BaseModel):
    model_config = ConfigDict(
        extra="forbid", frozen=True, str_strip_whitespace=True, defer_build=True
    )


class _Cited(_Strict):
    """Content that cites sources, optionally saying where in each source the fact is.

    `locators` maps a cited source id to the label section, table, figure or page that holds
    the fact, so a reviewer can check a sentence in a minute.
    """

    sources: list[SourceId] = Field(min_length=1)
    locators: dict[SourceId, Annotated[str, Field(min_length=1, max_length=300)]] = Field(
        default_factory=dict
    )

    @model_validator(mode="after")
    def _locators_name_cited_sources(self) -> _Cited:
        stray = sorted(set(self.locators) - set(self.sources))
        if stray:
            raise ValueError(f"locators name sources that are not cited: {', '.join(stray)}")
        return self


class Source(_Strict):
    """A document a curator opened and checked."""

    id: SourceId
    title: str = Field(min_length=3)
    publisher: str = Field(min_length=2, description="Agency, journal or publisher")
    year: int = Field(ge=1900, le=2100)
    url: str = Field(pattern=r"^https?://\S+$")
    accessed: dt.date
    note: str = ""


class Tag(_Strict):
    """A mechanism or class membership; rules match tags, never words in class names."""

    id: TagId
    label: Localized
    description: str = ""
    implies: list[TagId] = Field(default_factory=list)


class DrugClass(_Strict):
    """A class word shown beside medicines and cards ('SSRI', 'blood thinner'), in every language.

    Entries name their classes in English (`classes = ["SSRI"]`); the English text here is that
    name, matched ignoring case, and the other languages are how the app shows it.
    """

    name: Localized

    @property
    def key(self) -> str:
        return class_key(self.name[DEFAULT_LANGUAGE])


def class_key(name: str) -> str:
    """How a class written on an entry finds its vocabulary entry: case and spacing ignored."""
    return " ".join(name.casefold().split())


class SearchTopic(_Strict):
    """Words people search with for a topic ('insomnio', 'sleeping pills') and where they lead.

    Search offers `entries`, in this order, to a query that is one of the `terms`; the terms are
    not names, so the medication list never reads them as a medicine.
    """

    id: EntryId
    terms: list[Annotated[str, Field(min_length=1)]] = Field(min_length=1)
    entries: list[EntryId] = Field(min_length=1)


_ISO_CODES = (
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR "
    "BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ "
    "EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW "
    "GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY "
    "KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV "
    "MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY "
    "QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG "
    "TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM "
    "ZW"
)
ISO_COUNTRIES = frozenset(_ISO_CODES.split())
"""The officially assigned ISO 3166-1 alpha-2 codes: a brand's `countries` and an emergency
number's `country` name real countries, so 'UK' (not a code; Britain is GB) cannot slip in."""


def _check_country(code: str) -> str:
    if code not in ISO_COUNTRIES:
        hint = " (the United Kingdom is 'GB')" if code == "UK" else ""
        raise ValueError(f"{code!r} is not an ISO 3166-1 alpha-2 country code{hint}")
    return code


CountryCode = Annotated[str, AfterValidator(_check_country)]


class Brand(_Strict):
    name: str = Field(min_length=1)
    countries: list[CountryCode] = Field(default_factory=list)


class Section(_Cited):
    """A titled block of card text, sourced like any claim."""

    topic: Literal[
        "what_it_is",
        "uses_and_evidence",
        "effects",
        "onset_duration",
        "risks_short_term",
        "risks_long_term",
        "dependence_withdrawal",
        "overdose_signs",
        "harm_reduction",
        "legal_status",
        "pregnancy",
        "sleep",
        "getting_help",
        "other",
    ]
    title: Localized
    body: Localized
    checked: dt.date | None = Field(
        default=None, description="When a time-sensitive section (legal status) was last checked"
    )

    @model_validator(mode="after")
    def _legal_needs_date(self) -> Section:
        if self.topic == "legal_status" and self.checked is None:
            raise ValueError("a legal_status section needs a 'checked' date")
        return self


class ClaimVerdict(StrEnum):
    """What the evidence says of a claim, read first and at a glance."""

    NOT_SUPPORTED = "not_supported"
    PARTLY_SUPPORTED = "partly_supported"
    SUPPORTED = "supported"
    UNKNOWN = "unknown"


class Claim(_Cited):
    """Something people are told, and what the evidence actually says about it."""

    claim: Localized
    verdict: ClaimVerdict
    """The verdict in one word, shown first; `explanation` says why."""
    explanation: Localized
    evidence: EvidenceLevel


class Substance(_Cited):
    """A reference card: what it is, what is claimed, what is known."""

    kind: Literal["substance"] = "substance"
    id: EntryId
    name: Localized
    aliases: list[str] = Field(default_factory=list)
    street_names: list[str] = Field(default_factory=list)
    brands: list[Brand] = Field(default_factory=list)
    misspellings: list[str] = Field(default_factory=list)
    ambiguous: list[str] = Field(default_factory=list)
    classes: list[str] = Field(default_factory=list)
    tags: list[TagId] = Field(default_factory=list)
    summary: Localized
    sections: list[Section] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    reviewed: dt.date


class Medication(_Cited):
    """A generic medicine, a combination product, or a food or drink that interacts."""

    kind: Literal["medication"] = "medication"
    id: EntryId
    name: Localized
    form: Literal["generic", "combination", "food"] = "generic"
    brands: list[Brand] = Field(default_factory=list)
    aliases: list[str] = Field(default_factory=list)
    misspellings: list[str] = Field(default_factory=list)
    ambiguous: list[str] = Field(default_factory=list)
    classes: list[str] = Field(default_factory=list)
    tags: list[TagId] = Field(default_factory=list)
    ingredients: list[EntryId] = Field(default_factory=list)
    card: EntryId | None = Field(default=None, description="Substance card that covers this drug")
    note: Localized | None = None
    sources: list[SourceId] = Field(default_factory=list)

    @model_validator(mode="after")
    def _combination_shape(self) -> Medication:
        if self.form == "combination" and len(self.ingredients) < 2:
            raise ValueError("a combination product needs at least two ingredients")
        if self.form != "combination" and self.ingredients:
            raise ValueError("only a combination product lists ingredients")
        if self.form == "combination" and self.tags:
            raise ValueError("a combination product takes its tags from its ingredients")
        return self


class Population(StrEnum):
    """People for whom a rule has advice of its own, told apart from the general advice."""

    OLDER_ADULTS = "older_adults"
    PREGNANCY = "pregnancy"
    KIDNEY_DISEASE = "kidney_disease"


class PopulationNote(_Strict):
    """Advice for one group of people, shown as its own labelled note."""

    population: Population
    text: Localized


class Condition(_Cited):
    """A health condition or life stage a person may add to their list ('sleep apnoea',
    'pregnancy', 'age 65 or over'): never a medicine, never paired with another condition.

    Rules name it as `condition:<id>`; `names` are what people type for it, in any language,
    read from a list line like the names of entries.
    """

    kind: Literal["condition"] = "condition"
    id: ConditionId
    name: Localized
    names: list[Annotated[str, Field(min_length=1, max_length=120)]] = Field(min_length=1)
    """What people type for it ('sleep apnea', 'OSA', 'apnea del sueño'), in any language."""
    means: Localized
    """What it covers, in a sentence ('diagnosed, or suspected: loud snoring with pauses...')."""
    order: int = 100
    """Where it stands in the window's short list (lower first)."""
    min_age: int | None = Field(default=None, ge=1, le=130)
    """For an age group: a typed age ('over 70', '72 years old', 'tengo 80 años') from this
    one up is read as this condition."""
    past_counts: bool = True
    """Whether a line that says it is past ('used to have seizures') still counts: true for
    'epilepsy or past seizures', false for pregnancy ('no longer pregnant')."""
    reviewed: dt.date


class GradedRule(_Cited):
    """What every kind of rule says: a grade, and the why and what-to-do behind it."""

    id: EntryId
    severity: Severity
    reliability: Reliability
    summary: Localized
    mechanism: Localized
    advice: Localized
    notes: list[PopulationNote] = Field(default_factory=list)
    """Advice for older adults, pregnancy and the like: never mixed into `advice`."""
    reviewed: dt.date


class Rule(GradedRule):
    """How two things interact.

    `between` names two sides, each an entry id, `tag:<tag>`, or `tag:<a>&<b>` for entries that
    carry every one of those tags; two entry ids make an explicit pair rule, which overrides
    every tag rule for that pair. `same_ingredient` rules apply when one ingredient appears twice
    on a list under different names.
    """

    kind: Literal["rule"] = "rule"
    between: list[Side] = Field(default_factory=list)
    same_ingredient: bool = False

    @model_validator(mode="after")
    def _shape(self) -> Rule:
        if self.same_ingredient:
            if self.between:
                raise ValueError("a same_ingredient rule does not name sides in 'between'")
        elif len(self.between) != 2:
            raise ValueError("'between' needs exactly two sides (entry ids or tag:<tag>)")
        conditions = [s for s in self.between if side_condition(s) is not None]
        if len(conditions) > 1:
            raise ValueError(
                "a condition rule names one condition and one entry or tag; conditions are "
                "never paired with each other"
            )
        return self

    @property
    def condition(self) -> str | None:
        """For a condition rule, the condition it is about (its other side is an entry or tag)."""
        return next((c for c in map(side_condition, self.between) if c is not None), None)

    @property
    def other_side(self) -> str:
        """For a condition rule, the side that is not the condition."""
        return next(s for s in self.between if side_condition(s) is None)

    @property
    def is_pair_rule(self) -> bool:
        """True for explicit entry-with-entry rules (and same-ingredient rules)."""
        if self.condition is not None:
            return False
        return self.same_ingredient or not any(s.startswith("tag:") for s in self.between)


class CountGroup(_Strict):
    """Part of a list rule: at least `at_least` distinct ingredients matching any of `of`."""

    of: list[Side] = Field(min_length=1)
    """Entry ids, tags, or conditions (`condition:<id>`: met when the condition is on the list)."""
    at_least: int = Field(ge=1, le=20)


class ListRule(GradedRule):
    """A rule over the whole list: how many distinct active ingredients of some kinds it holds.

    Combination products count by ingredient and one drug counts once under any name. The rule
    applies when at least `at_least` ingredients match `counts` and every group in `requires` is
    met by ingredients of its own (no ingredient fills two groups). Rules of one `family` make
    one finding: the worst that applies. A list finding names every ingredient that counts and
    never changes a pair's grade.
    """

    kind: Literal["list_rule"] = "list_rule"
    family: TagId
    counts: Annotated[
        list[Side],
        Field(min_length=1),
        AfterValidator(lambda sides: _no_condition_sides(sides, "counts")),
    ]
    """What counts toward the load: ingredients only (a condition goes in `requires`)."""
    at_least: int = Field(ge=2, le=50)
    requires: list[CountGroup] = Field(default_factory=list)

    @property
    def conditions(self) -> frozenset[str]:
        """The conditions this rule asks for in `requires` (it applies only when they are on
        the list); empty for a rule over medicines alone."""
        return frozenset(
            c for group in self.requires for c in map(side_condition, group.of) if c is not None
        )


class LastingEffect(_Cited):
    """How long an effect outlasts the last dose: a stopped item is checked until it ends."""

    kind: Literal["lasting_effect"] = "lasting_effect"
    id: EntryId
    applies_to: Annotated[
        list[Side],
        Field(min_length=1),
        AfterValidator(lambda sides: _no_condition_sides(sides, "applies_to")),
    ]
    """Entry ids or tags; an entry's own figure beats a tag's, and the longest tag figure wins."""
    days: int = Field(ge=1, le=365)
    why: Localized
    """Why the effect lasts that long, in a sentence or two."""
    reviewed: dt.date


class Practice(_Cited):
    """A sleep-hygiene or insomnia practice."""

    kind: Literal["practice"] = "practice"
    id: EntryId
    name: Localized
    aliases: list[str] = Field(default_factory=list)
    topic: Literal[
        "cbt_i",
        "sleep_hygiene",
        "sleep_aids",
        "substances_and_sleep",
        "see_a_doctor",
    ]
    what: Localized
    why: Localized
    evidence: EvidenceLevel
    strength: Literal["strong", "conditional", "weak", "against", "insufficient"]
    reviewed: dt.date


class EmergencyTopic(_Cited):
    """First-aid content that must be one action away on every screen."""

    kind: Literal["emergency"] = "emergency"
    id: EntryId
    name: Localized
    aliases: list[str] = Field(default_factory=list)
    order: int = 100
    signs: list[Localized] = Field(default_factory=list)
    steps: list[Localized] = Field(min_length=1)
    reviewed: dt.date


class EmergencyNumber(_Cited):
    """An emergency phone number for one country ('default' is the neutral fallback)."""

    country: Annotated[str, AfterValidator(lambda c: c if c == "default" else _check_country(c))]
    name: Localized
    number: Localized
    """What to dial: '112', or words as well ('999 or 112')."""
    note: Localized | None = None


PACK_FORMAT = 1
"""The newest pack layout this SafeRest reads; a pack says which it uses in `pack_format`."""


class Manifest(_Strict):
    """Data version, review date, and the SHA-256 of every file in the pack."""

    data_version: str = Field(min_length=1)
    reviewed: dt.date
    files: dict[str, Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]]
    pack_format: int = Field(default=1, ge=1)


SearchableEntry = Substance | Medication | Practice | EmergencyTopic
