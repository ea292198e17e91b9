"""What someone using kratom to sleep may really take, with a line the app cannot read.

The reports are measured against this list (pages, sources, page one), in both languages.
"""

REALISTIC = {
    "en": [
        "kratom 5g",
        "Ambien 10mg",
        "gabapentin 300mg",
        "Benadryl",
        "a glass of wine",
        "blorfax",
    ],
    "es": [
        "kratom 5g",
        "Ambien 10mg",
        "gabapentina 300mg",
        "Benadryl",
        "una copa de vino",
        "blorfax",
    ],
}
