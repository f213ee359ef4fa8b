"""Kazakhstani entities swapped into Russian NER training texts (`kaznews train ru-ner`).

Each person, organisation and place of a training text becomes, with probability SWAP, a
Kazakhstani one in the case the original stood in (pymorphy3's reading of its head word):
Kazakh first names (models/gazetteers/first_names.tsv) and surnames (kz_surnames.txt, from
KazNERD) in Kazakh letters or Russian spelling, -ов/-ова, -ұлы/-қызы/-улы/-кызы, sometimes
an initial, the surname in capitals as Kazakhstani papers print it, or surname, first name
and patronymic as in lists of officials; bodies and companies
(kz_organisations.txt, akimats and maslikhats of kz_places.tsv); regions (ЗКО, ВКО, СКО
too), towns and districts (kz_places.tsv), now and then in capitals as in datelines. Quoted names are kept as they are. Kazakh
names pymorphy3 does not know decline by the Russian rules for their endings.
"""
from __future__ import annotations

import random
from pathlib import Path

from ..corpus import NerText
from ..lang.kk import russian_spelling

SWAP = 0.8
GAZETTEERS = Path("gazetteers")
CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_CASE_ALIASES = {"gen1": "gent", "gen2": "gent", "acc2": "accs", "loc1": "loct", "loc2": "loct", "voct": "nomn"}
_PATRONYMIC = ("ұлы", "қызы", "улы", "кызы")
_SIBILANT = tuple("жшчщц")
_VELAR = tuple("гкхжшчщ")
_MASC_SURNAME = {"gent": "а", "datv": "у", "accs": "а", "ablt": "ым", "loct": "е"}
_FEM_SURNAME = {"gent": "ой", "datv": "ой", "accs": "у", "ablt": "ой", "loct": "ой"}


def _lines(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]


def _feminine(surname: str) -> str:
    for masc, fem in (("ұлы", "қызы"), ("улы", "кызы"), ("ов", "ова"), ("ев", "ева"), ("ин", "ина")):
        if surname.endswith(masc):
            return surname[:-len(masc)] + fem
    return surname


def _same_case_as(written: str, word: str) -> str:
    """`word` with the capitals of `written` (each part of a hyphenated word)."""
    if written.isupper() and len(written) > 1:
        return word.upper()
    parts, shape = word.split("-"), written.split("-")
    return "-".join(p.capitalize() if i < len(shape) and shape[i][:1].isupper() else p for i, p in enumerate(parts))


def _patronymic(father: str, gender: str) -> str:
    """A Russian-style patronymic from a father's name (Ерланович, Ерлановна; Алиевич)."""
    stem, suffix = (father[:-1], "ев") if father.endswith(("й", "ь")) else (father, "ов")
    if father.endswith(("а", "я")):
        stem, suffix = father[:-1], "ов"
    return stem + suffix + ("ич" if gender == "masc" else "на")


class Augmenter:
    """A training text in, the same text with Kazakhstani entities out."""

    def __init__(self, models: Path, morph, seed: int) -> None:
        folder = Path(models) / GAZETTEERS
        self.morph, self.seed = morph, seed
        self.names: dict[str, list[str]] = {"masc": [], "femn": []}
        for line in _lines(folder / "first_names.tsv"):
            name, gender = line.split("\t")[:2]
            self.names.setdefault(gender, []).append(name)
        self.surnames = [s for s in _lines(folder / "kz_surnames.txt")
                         if not s.endswith(("ова", "ева", "ина", "қызы", "кызы"))]
        self.places = [tuple(line.split("\t")) for line in _lines(folder / "kz_places.tsv")]
        self.organisations = _lines(folder / "kz_organisations.txt")

    def __call__(self, text: NerText) -> NerText:
        rng = random.Random(f"{self.seed}:{text.id}")
        out, spans, at = [], [], 0
        for start, stop, label in text.spans:
            written = text.text[start:stop]
            out.append(text.text[at:start])
            offset = sum(map(len, out))
            if label in ("PER", "ORG", "LOC") and rng.random() < SWAP and not any(q in written for q in "«»\"“”"):
                written = self._entity(label, written, rng)
            out.append(written)
            spans.append((offset, offset + len(written), label))
            at = stop
        out.append(text.text[at:])
        return NerText(f"{text.id}+kz", "".join(out), tuple(spans))

    def case_of(self, word: str) -> str:
        for parse in self.morph.parse(word):
            if parse.tag.case and parse.tag.POS in ("NOUN", "ADJF", "PRTF"):
                return _CASE_ALIASES.get(parse.tag.case, parse.tag.case)
        return "nomn"

    def gender_of(self, word: str) -> str | None:
        for parse in self.morph.parse(word):
            if {"Name", "Surn"} & set(parse.tag.grammemes) and parse.tag.gender in ("masc", "femn"):
                return parse.tag.gender
        return None

    def _entity(self, label: str, written: str, rng: random.Random) -> str:
        words = written.split()
        if label == "PER":
            return self.person(words, rng)
        case = self.case_of(words[0] if label == "ORG" else words[-1])
        if label == "LOC":
            place = self.place(rng.choice(self.places), case)
            return place.upper() if rng.random() < 0.05 else place  # datelines: "АКТОБЕ"
        template = rng.choice(self.organisations)
        if "{region}" in template:
            template = template.replace("{region}", self.place(rng.choice(self.places), "gent"))
        return self.decline_phrase(template, case)

    def person(self, words: list[str], rng: random.Random) -> str:
        gender = self.gender_of(words[-1]) or rng.choice(("masc", "femn"))
        case = self.case_of(words[-1])
        first, surname = rng.choice(self.names[gender]), rng.choice(self.surnames)
        surname = _feminine(surname) if gender == "femn" else surname
        if rng.random() < 0.5:
            first, surname = russian_spelling(first), russian_spelling(surname)
        surname = self.decline_name(surname, gender, case, surname=True)
        if len(words) == 1:
            return surname if rng.random() < 0.8 else self.decline_name(first, gender, case)
        if words[0].endswith(".") and len(words[0]) <= 3:
            return f"{first[0]}. {surname}"
        if rng.random() < 0.1:
            surname = surname.upper()
        first = self.decline_name(first, gender, case)
        if rng.random() < 0.15:  # lists of officials: surname, first name, patronymic
            father = russian_spelling(rng.choice(self.names["masc"]))
            return f"{surname} {first} {self.decline_name(_patronymic(father, gender), gender, case)}"
        return f"{first} {surname}"

    def decline_name(self, word: str, gender: str, case: str, surname: bool = False) -> str:
        """A name in `case`: pymorphy3's declension of a first name it knows, else the
        Russian endings for the name's last letters; -ұлы/-қызы and other endings stay."""
        low = word.lower()
        if case == "nomn" or low.endswith(_PATRONYMIC):
            return word
        if surname:
            if gender == "masc" and low.endswith(("ов", "ев", "ин", "ын")):
                return word + _MASC_SURNAME[case]
            if gender == "femn" and low.endswith(("ова", "ева", "ина", "ына")):
                return word[:-1] + _FEM_SURNAME[case]
            return word
        for parse in self.morph.parse(word):
            if "Name" in parse.tag and parse.tag.gender == gender and parse.normal_form == low:
                form = parse.inflect({case})
                if form:
                    return _same_case_as(word, form.word)
        if gender == "masc" and low[-1] not in "аеёиоуыэюяй":
            ending = {"gent": "а", "datv": "у", "accs": "а", "loct": "е",
                      "ablt": "ем" if low.endswith(_SIBILANT) else "ом"}[case]
            return word + ending
        if gender == "masc" and low.endswith("й"):
            return word[:-1] + {"gent": "я", "datv": "ю", "accs": "я", "ablt": "ем", "loct": "е"}[case]
        if low.endswith("а"):
            return word[:-1] + {"gent": "и" if low[:-1].endswith(_VELAR) else "ы", "datv": "е", "accs": "у",
                                "ablt": "ой", "loct": "е"}[case]
        if low.endswith("я"):
            return word[:-1] + {"gent": "и", "datv": "е", "accs": "ю", "ablt": "ей", "loct": "е"}[case]
        return word

    def place(self, entry: tuple[str, ...], case: str) -> str:
        name, _, declension = entry
        return name if declension == "fixed" else self.decline_phrase(name, case)

    def decline_phrase(self, phrase: str, case: str) -> str:
        """The leading adjectives and the first noun of a name put in `case`."""
        if case == "nomn":
            return phrase
        words = phrase.split(" ")
        for i, word in enumerate(words):
            parses = [p for p in self.morph.parse(word) if p.tag.case == "nomn" and p.tag.POS in ("NOUN", "ADJF")]
            if not parses or not word[:1].isalpha():
                break
            form = parses[0].inflect({case})
            if form is None:
                break
            words[i] = _same_case_as(word, form.word)
            if parses[0].tag.POS == "NOUN":
                break
        return " ".join(words)
