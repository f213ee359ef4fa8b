"""Kazakh written in the Latin alphabet, read through Cyrillic.

Kazakh outlets publish Latin-script editions (lat.egemen.kz, qz.inform.kz, adyrna.kz/lt,
abai.kz/lt, qazaqtimes.com/lt) in four spellings at once, and the same letter means
different sounds in them (`ı` is и/й in the 2018 alphabet, і in the 2021 one and ы in
qazaqtimes'; `ý` is у in one, ү in another). The analysers only read Cyrillic, so a
Latin-script article is transliterated letter by letter, keeping for every Cyrillic
character the original characters it came from, and the spelling is chosen by which
reading turns the most words into Kazakh function words (men, jáne, úshin, týraly): the
right alphabet makes them, the others do not.

- "2018": the alphabet of the decree of February 2018, acutes and the digraphs sh, ch
  (Qazaqstan Respýblıkasy, ákimi, Toqaev, basshysy);
- "2021": the revised one, with umlauts and cedillas (Qazaqstan Respublikasy, äkımı,
  ūlttyq, basşysy; adyrna.kz writes ǧ and ŋ for ğ and ñ, qazaqconcert.kz sh for ş);
- "digraph": the informal spelling of abai.kz/lt (taghy, Almatydaghy, elimizding, ýshin);
- "turkic": the Turkish-keyboard spelling of qazaqtimes.com/lt, ı for ы and i for і, w for
  ұ and y for й (Almatı, twrğan, aymaqta, üşin); it writes и as i too (ministrliginiñ,
  read мінистрлігінің), but for ия and ию (akademiya).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .cues import FUNCTION_WORDS
from .stop_words import STOP_WORDS

_VOWELS = frozenset("аәеиоөұүыіэюя")  # not у, which is [w] after a vowel (тілеуі, not тілеуй)
_GLIDE = "\0"  # и after a consonant, й after a vowel: decided once the letter before is known

# Latin (lower case, one to three letters) -> Cyrillic, per alphabet. Letters outside the table
# (Cyrillic look-alikes some sites mix in, digits, punctuation) pass through unchanged.
_TABLES: dict[str, dict[str, str]] = {
    "2018": {"sh": "ш", "ch": "ч", "ıa": "я", "ıý": "ю", "a": "а", "á": "ә", "b": "б", "c": "ц", "d": "д", "e": "е",
             "f": "ф", "g": "г", "ǵ": "ғ", "h": "х", "i": "і", "ı": _GLIDE, "í": _GLIDE, "j": "ж", "k": "к", "l": "л",
             "m": "м", "n": "н", "ń": "ң", "o": "о", "ó": "ө", "p": "п", "q": "қ", "r": "р", "s": "с", "t": "т",
             "u": "ұ", "ú": "ү", "v": "в", "w": "у", "x": "х", "y": "ы", "ý": "у", "z": "з"},
    "2021": {"ia": "я", "iu": "ю", "sh": "ш", "ch": "ч", "a": "а", "ä": "ә", "b": "б", "c": "ц", "ç": "ч", "d": "д",
             "e": "е", "f": "ф", "g": "г", "ğ": "ғ", "ǧ": "ғ", "h": "х", "ı": "і", "i": _GLIDE, "j": "ж", "k": "к",
             "l": "л", "m": "м", "n": "н", "ñ": "ң", "ŋ": "ң", "o": "о", "ö": "ө", "p": "п", "q": "қ", "r": "р",
             "s": "с", "ş": "ш", "t": "т", "u": "у", "ū": "ұ", "ü": "ү", "v": "в", "w": "у", "x": "х", "y": "ы",
             "z": "з"},
    "turkic": {"iya": "ия", "iyu": "ию", "a": "а", "ä": "ә", "b": "б", "c": "ц", "ç": "ч", "d": "д", "e": "е", "f": "ф",
               "g": "г", "ğ": "ғ", "h": "х", "ı": "ы", "i": "і", "j": "ж", "k": "к", "l": "л", "m": "м", "n": "н",
               "ñ": "ң", "o": "о", "ö": "ө", "p": "п", "q": "қ", "r": "р", "s": "с", "ş": "ш", "t": "т", "u": "у",
               "ü": "ү", "v": "в", "w": "ұ", "x": "х", "y": "й", "z": "з"},
    "digraph": {"ngh": "ңғ", "gh": "ғ", "ng": "ң", "sh": "ш", "ch": "ч", "a": "а", "á": "ә", "b": "б", "c": "ц", "d": "д",
                "e": "е", "f": "ф", "g": "г", "h": "х", "i": "і", "j": "ж", "k": "к", "l": "л", "m": "м", "n": "н",
                "o": "о", "ó": "ө", "p": "п", "q": "қ", "r": "р", "s": "с", "t": "т", "u": "у", "ú": "ұ", "v": "в",
                "w": "у", "x": "х", "y": "ы", "ý": "ү", "z": "з"},
}
_GLIDES = {"digraph": frozenset("iy")}  # letters that are й after a vowel in that spelling (aitty, moyyn)
# Capitals whose lower case is another letter of the alphabet than Python's: in 2021's
# Turkish-style pairs (and in the Turkish-keyboard spelling) I is the capital of ı and İ of i.
_CAPITALS = {alphabet: str.maketrans({"I": "ı", "İ": "i"}) for alphabet in ("2021", "turkic")}


def _reverse(latin: str) -> dict[str, str]:
    """Cyrillic letter -> its Latin spelling, from the spellings of "аәб...я" in order ("-": none)."""
    return {cyr: "" if lat == "-" else lat for cyr, lat in zip("аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя", latin.split(),
                                                               strict=True)}


_TO_LATIN = {
    "2018": _reverse("a á b v g ǵ d e ıo j z ı ı k q l m n ń o ó p r s t ý u ú f h h ts ch sh shsh - y i - e ıý ıa"),
    "2021": _reverse("a ä b v g ğ d e io j z i i k q l m n ñ o ö p r s t u ū ü f h h ts ç ş şş - y ı - e iu ia"),
    "digraph": _reverse("a á b v g gh d e io j z i i k q l m n ng o ó p r s t u ú ý f h h ts ch sh sh - y i - e iu ia"),
    "turkic": _reverse("a ä b v g ğ d e yo j z i y k q l m n ñ o ö p r s t u w ü f h h c ç ş şş - ı i - e iyu iya"),
}
_WORD = re.compile(r"[^\W\d_]+")
_KEPT_AS_WRITTEN = re.compile(r"(?:https?://)?[\w-]+(?:\.[\w-]+)*\.(?:kz|қаз|ru|com|org|net|info|media|news|tv|asia|uz|kg)\b"
                              r"(?:/\S*)?", re.IGNORECASE)
_LATIN = re.compile(r"[A-Za-zÀ-ɏ]")
_SPELLING_MARKS = re.compile(r"[áǵńóúýıäğǧñŋöūüşç]|gh|ng|sh", re.IGNORECASE)

LATIN_SHARE = 0.5  # of an article's letters, for it to be read as Latin-script at all
MIN_SCORE = 0.08  # the best alphabet's share of Kazakh function words (and of words in its own marks, weighed)
MARKED_WORD_WEIGHT = 0.5
# Letters no other alphabet of these or Turkish writes: they tell a headline with no function word
# (ä and ñ are the Turkish-keyboard spelling's too; ı beside ğ is its own: the 2018 alphabet
# has no ğ, and in the 2021 one ı is і, which ғ never meets)
_OWN_MARKS = {"2018": re.compile("[ǵńı]"), "2021": re.compile("[ūŋǧ]"), "digraph": re.compile("ә|gh"),
              "turkic": re.compile("ğı|ığ")}  # in lower case
MIN_WORDS = 8
MAX_UNREAD_LETTERS = 0.02  # Latin letters an alphabet leaves untransliterated, as a share of the text
_KAZAKH_FUNCTION_WORDS = STOP_WORDS | FUNCTION_WORDS


@dataclass(frozen=True, slots=True)
class Transliteration:
    """Cyrillic `text` and, for each of its characters, the original characters
    [starts[i], ends[i]) it was made from (one, or two or three for a digraph)."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    alphabet: str


def to_cyrillic(text: str, alphabet: str) -> Transliteration:
    """`text` with its Latin-script words spelt in Kazakh Cyrillic by `alphabet`'s table."""
    table, glides = _TABLES[alphabet], _GLIDES.get(alphabet, frozenset())
    lowered = text.translate(_CAPITALS.get(alphabet, {})).lower()  # same length: İ is one letter here
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    kept = {match.start(): match.end() for match in _KEPT_AS_WRITTEN.finditer(text)}
    i = 0
    while i < len(text):
        if i in kept:  # a web address: a name, not Kazakh words
            for j in range(i, kept[i]):
                out.append(text[j]), starts.append(j), ends.append(j + 1)
            i = kept[i]
            continue
        char = text[i]
        key = next((key for key in (lowered[i:i + 3], lowered[i:i + 2]) if key in table), lowered[i])
        letters = table.get(key, char)
        after_vowel = bool(out) and out[-1].lower() in _VOWELS
        if letters == _GLIDE or key in glides and after_vowel:
            letters = "й" if after_vowel else "и"
        for letter in letters:  # one, or two for a three-letter cluster ("ngh": ңғ)
            out.append(letter.upper() if char.isupper() else letter), starts.append(i), ends.append(i + len(key))
        i += len(key) if key in table else 1
    return Transliteration("".join(out), tuple(starts), tuple(ends), alphabet)


def to_latin(cyrillic: str, alphabet: str) -> str:
    """A Cyrillic word or phrase back in `alphabet` (a normal form the analysers rebuilt,
    such as a consonant they restored, in the article's own spelling)."""
    table = _TO_LATIN[alphabet]
    out = []
    for char in cyrillic:
        latin = table.get(char.lower(), char)
        out.append(latin[:1].upper() + latin[1:] if char.isupper() and latin else latin)
    return "".join(out)


def latin_alphabet(text: str) -> str | None:
    """The Latin alphabet a Kazakh article is written in, or None when it is not
    Latin-script Kazakh (Cyrillic, or English, Turkish, Uzbek, Turkmen in Latin letters):
    most letters Latin, some spelling mark of a Kazakh alphabet, an alphabet that reads
    nearly every letter, and the best of those scoring MIN_SCORE: its share of words that
    it makes Kazakh function words (men, jáne, úshin, týraly), with half a point for a word
    in a letter only it writes (a headline has no function word). Karakalpak, which spells
    like the 2018 alphabet, passes."""
    all_words = _WORD.findall(text)
    words = [word for word in all_words if _LATIN.search(word)]
    letters = sum(map(len, all_words))
    if len(words) < MIN_WORDS or sum(map(len, words)) < LATIN_SHARE * letters or not _SPELLING_MARKS.search(text):
        return None
    sample = " ".join(words[:2000])
    scores = {}
    for alphabet in _TABLES:
        cyrillic = to_cyrillic(sample, alphabet).text
        if len(_LATIN.findall(cyrillic)) > MAX_UNREAD_LETTERS * len(sample):  # Kyrgyz or Turkmen: ş ö ü ç ň
            continue
        function_words = sum(word in _KAZAKH_FUNCTION_WORDS for word in cyrillic.lower().split())
        marked = sum(bool(_OWN_MARKS[alphabet].search(word.lower())) for word in words)
        scores[alphabet] = (function_words + MARKED_WORD_WEIGHT * marked) / len(words)
    if not scores:
        return None
    best = max(scores, key=scores.__getitem__)
    return best if scores[best] >= MIN_SCORE else None
