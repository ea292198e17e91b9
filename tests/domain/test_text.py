from saferest.domain.text import fold, name_key, normalize


def test_case_accents_and_spacing_do_not_matter() -> None:
    assert normalize("  DIFENHIDRAMINA ") == normalize("difenhidramina")
    assert normalize("Café") == "cafe"


def test_punctuation_becomes_word_breaks() -> None:
    assert normalize("St. John’s-Wort") == "st john s wort"


def test_digits_are_split_from_letters_for_doses_and_names() -> None:
    assert name_key("Zoloft 50mg") == "zoloft 50 mg"
    assert name_key("7-OH") == "7 oh"


def test_ascii_and_unicode_paths_fold_alike() -> None:
    assert fold("  Xanax\tXR ") == "xanax xr"
    assert fold("Ｘanax　XR") == "xanax xr"  # full-width letters and space
    assert fold("DIFENHIDRAMINA") == fold("difenhidramína")
