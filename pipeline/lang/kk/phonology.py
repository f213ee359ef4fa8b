"""Kazakh sound classes: vowel harmony and the stem-final sounds suffixes assimilate to."""

BACK_VOWELS = frozenset("аоұыя")
FRONT_VOWELS = frozenset("әеөүіэ")
VOWELS = BACK_VOWELS | FRONT_VOWELS | frozenset("иуюё")
VOICELESS = frozenset("пфктқшщсхцчһ")
NASALS = frozenset("мнң")
LIQUIDS_GLIDES = frozenset("рйуюл")  # plural -лар after р й у; genitive -дың after л р й у
VOICED_FRICATIVES = frozenset("жз")


def harmony(stem: str) -> str | None:
    """"back" or "front" from the stem's last vowel; None (either) when that vowel is
    и, у or ю, which stand for both (қи-ды, ти-ді; алгоритм-нен, лимит-ке)."""
    for ch in reversed(stem):
        if ch in BACK_VOWELS:
            return "back"
        if ch in FRONT_VOWELS:
            return "front"
        if ch in VOWELS:
            return None
    return None


def suffix_harmony(suffix: str) -> str | None:
    """The harmony a suffix demands: its vowel, else its velar (қ ғ back, к г front)."""
    for ch in suffix:
        if ch in BACK_VOWELS:
            return "back"
        if ch in FRONT_VOWELS:
            return "front"
    if any(ch in "қғ" for ch in suffix):
        return "back"
    if any(ch in "кг" for ch in suffix):
        return "front"
    return None


def final_class(stem: str) -> str:
    """The class of the stem's last sound that decides a suffix's first consonant."""
    last = stem.rstrip("ьъ")[-1:] or stem[-1]  # спектакль-мен: the soft sign is silent
    if last in VOWELS and last not in "уию":
        return "vowel"
    if last in "уию" or last in "рй":
        return "glide"
    if last == "л":
        return "l"
    if last in NASALS:
        return "nasal"
    if last in VOICED_FRICATIVES:
        return "voiced"
    if last in VOICELESS or last in "бвгғд":
        return "voiceless"
    return "other"
