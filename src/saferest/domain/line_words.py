"""The words of a list line that are not names: doses, forms, routes, times, containers.

They are recognised so that they are never reported as unknown, never read as a name, and so
that a street name can tell whether the line around it is about its substance ("2 points of
ice") or an ordinary phrase that happens to hold the word ("ice cream").
All words are in the normalised form of `text.name_key` (folded, accents removed).
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


UNITS = _words(
    """
    mg mcg ug μg µg g gm gms gr gram grams gramo gramos kg ml l iu ui unit units mmol meq
    tsp tbsp cc oz point points pt pts half quarter medio media mitad hit hits few couple
    several one two three four five six un una uno dos tres cuatro cinco seis lot lots much
    bit little heavily heavy moderately mucho mucha poco poca algo
    """
)
"""Amounts: units of measure and counting words."""

FORMS = _words(
    """
    tablet tablets tab tabs capsule capsules cap caps pill pills softgel softgels gel gels
    liquid liquigel liquigels syrup solution suspension drops drop spray sprays nasal puff
    puffs inhaler patch patches cream ointment injection injectable shot shots powder
    extract leaf leaves tea tincture gummy gummies chewable lozenge film sublingual er xr sr
    cr xl la cd dr ec odt ir hcl hydrochloride generic brand strength extra maximum max
    regular oral orally po dose doses dosage comprimido comprimidos pastilla pastillas
    capsula capsulas gotas jarabe sobre sobres parche
    """
)
"""How a medicine comes. Never a name on their own."""

STREET_FORMS = _words(
    """
    pill pills tab tabs tablet tablets powder rock rocks bag bags baggie baggies line lines
    capsule capsules cap caps pastilla pastillas raya rayas tiro tiros
    """
)
"""The forms a street substance comes in; with these a street name still counts."""

ROUTES = _words(
    """
    smoke smoked smoking snort snorted snorting sniff sniffed inject injected injecting iv
    shoot shooting vape vaped vaping drink drinking drank swallow swallowed eat eaten ate
    chew chewed plug plugged fumar fumo esnifar inyectar beber bebo tomar tomo
    """
)
"""How a substance is taken."""

CONTAINERS = _words(
    """
    glass glasses bottle bottles can cans pint pints cup cups mug mugs pot jug pitcher
    carafe jar flask measure measures double doubles single large small big copa copas vaso
    vasos botella botellas botellin botellines lata latas taza tazas tercio tercios jarra
    jarras
    """
)
"""What a drink is served in; with these an everyday drink word still counts."""

FREQUENCY = _words(
    """
    daily day days once twice thrice times x bid tid qid qd od bd tds qds qhs hs qam qpm
    nightly night nights tonight bedtime bed morning mornings evening evenings noon weekly
    week weeks month months monthly year years hour hours hr hrs h usually regularly every
    each per about around approx roughly maybe today yesterday last ago now still currently
    dia dias diario diaria noche noches manana mananas tarde semana semanas mes meses vez
    veces cada todos todas los las hoy ayer anoche
    """
)
"""When and how often."""

GLUE = _words(
    """
    a an the at in on as when if for to i my me of with and plus or also take taking takes
    took use using used have had by mouth some then before after y o con de del la el lo por
    al en mi mis yo tomo uso but pero though although now only just solo s w most para
    help helps helping against contra tengo tiene
    """
)
"""Words that join the others."""

PURPOSE = _words(
    """
    sleep sleeping insomnia pain anxiety stress nerves headache headaches migraine migraines
    back cramps period depression mood focus energy relax relaxing allergies allergy cough
    cold flu fever nausea withdrawal withdrawals wd dormir dolor ansiedad insomnio nervios
    estres cabeza regla tos gripe fiebre
    """
)
"""What it is taken for ('melatonin for sleep', 'kratom for pain'). Set aside only after 'for'
or 'para': on its own such a word may be part of a product ('Tylenol Cold'), so it is reported."""

PURPOSE_INTRO = _words("for para against contra help helps helping with my the el la mi")
"""Words before a purpose: 'for sleep', 'para dormir', 'helps with my back pain'."""

FILLER = frozenset(UNITS | FORMS | FREQUENCY | GLUE | ROUTES | CONTAINERS | STREET_FORMS)
"""Every word that is set aside rather than read as a name or reported as unknown."""

STREET_CONTEXT = frozenset(UNITS | FREQUENCY | GLUE | ROUTES | STREET_FORMS)
"""Words that may stand beside a street name on a line that is about its substance."""

WORD_CONTEXT = frozenset(UNITS | FREQUENCY | GLUE | CONTAINERS)
"""Words that may stand beside an everyday drink word ('a cup of tea', '2 pints')."""

SEPARATORS = frozenset({"and", "but", "y", "pero", "plus", "also", "then", "though", "although"})
"""Words that start a new part of a line: what a status word says stops at them."""


def purposes(words: list[str]) -> set[int]:
    """Indexes of purpose words that follow 'for', 'para' or 'helps with' ('for back pain')."""
    found: set[int] = set()
    for i, word in enumerate(words):
        if word not in PURPOSE:
            continue
        j = i - 1
        while j >= 0 and (words[j] in PURPOSE or j in found):
            j -= 1
        if j >= 0 and words[j] in PURPOSE_INTRO:
            found.add(i)
    return found


def is_filler(word: str) -> bool:
    return word in FILLER or word.isdigit()


def only_form_words(key: str) -> bool:
    """Whether a name key is nothing but form, dose or frequency words ('tablets', '50 mg')."""
    words = key.split()
    return bool(words) and all(w in FORMS or w in UNITS or w.isdigit() for w in words)
