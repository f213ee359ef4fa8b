"""Person names to the nominative, in the right gender, with every clue in the text.

The morph tagger is unreliable on Kazakh names ("Самира Тайтенова" comes out masculine
accusative + genitive), so each mention is decided by hypotheses (gender, case):
- each name part votes for the readings it allows: a first name from
  models/gazetteers/first_names.tsv declined by its paradigm (pymorphy3 does not know
  Ерлан or Айгерим), pymorphy3's Name/Surn/Patr parses, and the Russian surname paradigms
  (-ов/-ев/-ин: masc -а gen/acc, -у dat, -ым ins, -е loc; femn -а nom, -ой oblique, -у acc;
  -ский/-ская like adjectives), which also cover Kazakh stems pymorphy3 lacks; a masculine
  name no list knows declines as a regular noun ("Жумата" -> "Жумат");
- a preposition right before the mention rules the nominative out; «имени» before it
  makes it genitive ("театр имени Жумата Шанина"); a title before it votes for its own
  case when that is not the nominative ("акима области Даниала Ахметова"), a thing
  right before it against the nominative ("дело Бергея Рыскалиева");
- a verb agreeing in gender after the mention ("Тайтенова проинформировала") votes;
- the other mentions of the same surname in the article vote (second pass);
- ties go to the nominative, then to the tagger's case.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..doc import Token
from ..lang.kk import has_kazakh_letters, russian_spelling
from ..lang.kk.exceptions import PATRONYMIC_ENDINGS
from ..lang.ru.entity_words import GOVERNS_GENITIVE_NAME
from ..lang.ru.lemmatizer import VOWELS, RussianLemmatizer, is_russian_word, normal_word
from .shape import join_tokens, restore_shape

if TYPE_CHECKING:
    from ..resources import Resources

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
UD_CASE = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}
UD_GENDER = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}  # the tagger's gender -> pymorphy3's
LIST_CASE_WEIGHT = 6  # the case a list of names shares: more than the tagger's own case (3)
LIST_VOTE_MARGIN = 5  # a listed name votes when its nominative and best oblique case differ by more (a guess's weight)
_SURNAME = re.compile(r"^(.+?(?:ов|ев|ёв|ин|ын))(|а|у|ым|е|ой|ою)$", re.I)
_SURNAME_ENDINGS = {
    "masc": {"": ("nomn",), "а": ("gent", "accs"), "у": ("datv",), "ым": ("ablt",), "е": ("loct",)},
    "femn": {"а": ("nomn",), "ой": ("gent", "datv", "ablt", "loct"), "ою": ("ablt",), "у": ("accs",)},
}
# "Машкевичу", "Абрамовичем": a surname (or patronymic) in -ич declines as a man's and stays as it
# is as a woman's
_ICH_SURNAME = re.compile(r"^(.+?ич)(|а|у|ем|е)$", re.I)
_ICH_ENDINGS = {
    "masc": {"": ("nomn",), "а": ("gent", "accs"), "у": ("datv",), "ем": ("ablt",), "е": ("loct",)},
    "femn": {"": ("nomn", "gent", "datv", "accs", "ablt", "loct")},
}
_ADJECTIVAL_SURNAME = re.compile(r"^(.+?(?:ск|цк))(ий|ого|ому|им|ом|ая|ой|ую)$", re.I)
_ADJECTIVAL_ENDINGS = {
    "masc": {"ий": ("nomn",), "ого": ("gent", "accs"), "ому": ("datv",), "им": ("ablt",), "ом": ("loct",)},
    "femn": {"ая": ("nomn",), "ой": ("gent", "datv", "ablt", "loct"), "ую": ("accs",)},
}
# each Russian surname pattern: its regex (stem, ending), endings -> cases, nominative endings
_SURNAME_PARADIGMS = ((_SURNAME, _SURNAME_ENDINGS, {"masc": "", "femn": "а"}),
                      (_ADJECTIVAL_SURNAME, _ADJECTIVAL_ENDINGS, {"masc": "ий", "femn": "ая"}),
                      (_ICH_SURNAME, _ICH_ENDINGS, {"masc": "", "femn": ""}))
# "Семья Мукашовых", "династия Закусиловых", "купцов Яушевых": a family named by its surname in
# the plural, which no singular reads; its normal form is the plural's nominative (the news
# gold: "Мукашовы", 3 of 3)
_FAMILY = re.compile(r"^(.+?(?:ов|ев|ёв|ин|ын))(ых|ыми)$")
KAZAKH_PATRONYMIC = re.compile(f"({'|'.join(PATRONYMIC_ENDINGS)})$", re.I)
FIRST_NAMES_FILE = Path("gazetteers") / "first_names.tsv"  # under the models folder
_HUSHING = set("гкхжшчщ")
_SIBILANTS_AND_TS = set("жшчщц")
_VOWELS_AND_SIGNS = VOWELS | set("йь")
_KAZAKH_GENDER = {"ұлы": "masc", "улы": "masc", "қызы": "femn", "кызы": "femn"}

Reading = tuple[str, str]  # (gender, case)


# "Абу Насру аль-Фараби", "Ибн Сины": the particles of an Arabic name, which do not decline
# (pymorphy3 reads "Абу" as the accusative of "Аба")
_ARABIC_NAME_PARTICLES = frozenset({"Абу", "Ибн"})
_HYPHENED_HONORIFICS = ("-баба", "-ата", "-ана")


def _written_as_is(word: str) -> bool:
    """Abbreviations, names with capitals inside (КазНУ, АлмаУ, МакКейн), an Arabic name's
    particles (Абу) and a saint's name hyphened to a Kazakh honorific (Арыстан-баба, Укаш-ата:
    "мавзолей Арыстан-баба и Ходжа Ахмеда Яссауи") are not declined."""
    return word in _ARABIC_NAME_PARTICLES or word.lower().endswith(_HYPHENED_HONORIFICS) \
        or not word.isupper() and any(any(c.isupper() for c in part[1:]) for part in word.split("-"))


@dataclass
class PersonMention:
    tokens: list[Token]
    before: Token | None  # the token right before the mention in its sentence
    verb_gender: str | None  # gender of an agreeing verb after the mention
    title: Token | None = None  # a position word before it ("акима области"), which it agrees with
    owner: bool = False  # right after a common noun for a thing, not a place ("дело", not "Абайской области")
    own_line: bool = False  # alone on its line, a byline's: "Флора Левина\nсобственный корреспондент"
    listed: int | None = None  # the list of names it is one of ("Рустама Раимова, Рафхата Максутова и ...")
    surname_key: str | None = None
    scores: dict[Reading, float] | None = None


def _surname_readings(word: str) -> tuple[dict[Reading, str], set[Reading]]:
    """Readings of a Russian-pattern surname and its nominative for each gender."""
    for pattern, table, nominatives in _SURNAME_PARADIGMS:
        match = pattern.match(word)
        if match:
            stem, ending = match[1], match[2].lower()
            readings = {(g, c) for g, endings in table.items() for c in endings.get(ending, ())}
            return {r: normal_word(stem) + nominatives[r[0]] for r in readings}, readings
    return {}, set()


def declensions(name: str, gender: str) -> dict[str, tuple[str, ...]]:
    """Case forms of a first name (ending -> cases), by the regular Russian paradigms;
    Kazakh women's names ending in a consonant (Айгерим, Асель) do not decline, though one
    in -ь may (Асели, Аселью)."""
    last = name[-1]
    if last in "ая":
        stem, soft = name[:-1], last == "я" or name[-2] in _HUSHING
        if name.endswith("ия"):
            return {stem + "я": ("nomn",), stem + "и": ("gent", "datv", "loct"), stem + "ю": ("accs",),
                    stem + "ей": ("ablt",)}
        hushed = last == "я" or name[-2] in _SIBILANTS_AND_TS  # "Машей", but "Ольгой", "Сарыаркой"
        return {name: ("nomn",), stem + ("и" if soft else "ы"): ("gent",), stem + ("и" if last == "я" else "е"):
                ("datv", "loct"), stem + ("ю" if last == "я" else "у"): ("accs",),
                stem + ("ей" if hushed else "ой"): ("ablt",)}
    if gender == "femn" and last == "ь":  # written as is, or declined as Russian "тень": "Асели Жандосовой"
        return {name: ("nomn", "gent", "datv", "accs", "ablt", "loct"), name[:-1] + "и": ("gent", "datv", "loct"),
                name[:-1] + "ью": ("ablt",)}
    if gender == "femn" or last in "еиоуыэю":
        return {name: ("nomn", "gent", "datv", "accs", "ablt", "loct")}
    stem, soft = (name[:-1], True) if last in "ьй" else (name, False)
    forms = {name: ("nomn",), stem + ("я" if soft else "а"): ("gent", "accs"), stem + ("ю" if soft else "у"): ("datv",),
             stem + ("ем" if soft else "ом"): ("ablt",), stem + "е": ("loct",)}
    if last in _SIBILANTS_AND_TS:
        forms[stem + "ем"] = ("ablt",)  # "Шольцем", "Ходжем": unstressed о is written е after ж ш ч щ ц
    return forms


def regular_masculine(word: str, any_ending: bool = False) -> dict[str, str]:
    """Case -> nominative for reading an unknown name in the instrumental as a regular
    masculine one ("Даниалом" -> "Даниал", "Мавром" -> "Мавр"), by the paradigm of
    `declensions`; pymorphy3 guesses such words as nominatives of names of their own. With
    `any_ending`, for a name already read as a man's, the other cases too ("Олафа" -> "Олаф")."""
    out: dict[str, str] = {}
    lowered = word.lower()
    if not any_ending and not lowered.endswith(("ом", "ем")):  # -а, -у, -е also end Kazakh women's names (Гульбану)
        return out
    for cut in (1, 2):
        for candidate in (word[:-cut], word[:-cut] + "й", word[:-cut] + "ь"):
            if len(candidate) < 3:
                continue
            vowel_before = candidate[-2].lower() in VOWELS
            if candidate[-1] in "йь" and vowel_before != (candidate[-1] == "й"):
                continue  # й after a vowel (Сергеем -> Сергей), ь after a consonant (Эммануэлем -> Эммануэль)
            if candidate[-1].lower() not in VOWELS:
                for form, cases in declensions(candidate, "masc").items():
                    if form.lower() == lowered:  # the hard stem first (Ханн before Ханнь); no locative:
                        for case in cases:  # a name in -е is more likely indeclinable (Ханне Ремме)
                            if case not in ("nomn", "loct"):
                                out.setdefault(case, candidate)
    return out


# "гул" opening a name before a consonant as well (Гулдара, Гулнар; not the man's Гулям); at a
# name's end "-гул" is as often "-ғұл", a man's (Жумагул)
_WOMAN_S_NAME = re.compile(r"^(?:гуль|гүл|гул(?=[бвгджзклмнпрстфхцчшщ]))\w{2,}$|^\w{2,}(?:гуль|гүл)$")
_WOMAN_S_ENDINGS = ("бану", "сулу", "сұлу")


def woman_s_name_forms(word: str) -> dict[Reading, str]:
    """{(femn, case): nominative} for a first name no list holds that is built on "гүл"
    (flower), as only women's names are: Гульбарам, Гульшары -> Гульшара, Гульдаре ->
    Гульдара, Гулдара, Айгуль; one in "-бану" (lady) or "-сулу" (beauty) does not decline:
    Гульбану, Акбану, Жансулу, Нұрсұлу; empty for any other word."""
    lowered = word.lower()
    if len(lowered) > 5 and lowered.endswith(_WOMAN_S_ENDINGS):
        return {("femn", case): word for case in CASES}
    if not _WOMAN_S_NAME.match(lowered):
        return {}
    out: dict[Reading, str] = {}
    as_written = (word,) if lowered[-1] not in "еиоуыэюй" else ()  # a consonant stem does not decline
    for candidate in (*as_written, word[:-1] + "а", word[:-2] + "а", word[:-1] + "я"):
        for form, cases in declensions(candidate, "femn").items():
            if form.lower() == lowered:
                for case in cases:
                    out.setdefault(("femn", case), candidate)
    return out


_MAN_S_NAME = re.compile(r"^\w*(?:кож|қож|ходж|хож)(?:а|и|е|у|ой|ей)$")


def man_s_name_forms(word: str) -> dict[Reading, str]:
    """{(masc, case): nominative} for a first name no list holds that is built on "қожа" (a
    hodja, a title only men bear): Нуркожа, Сейткожа, Бекходжа. Kazakhstani Russian writes
    it unchanged in any case ("слова Нуркожа Кайпанова") as often as declined ("с Нуркожой")."""
    if not _MAN_S_NAME.match(word.lower()):
        return {}
    nominative = word[:-2] + "а" if word.lower().endswith(("ой", "ей")) else word[:-1] + "а"
    if word == nominative:
        return {("masc", case): word for case in CASES}
    forms = {**declensions(nominative, "masc"), nominative[:-1] + "ой": ("ablt",)}  # "Нуркожей" and "Нуркожой"
    return {("masc", case): nominative for form, cases in forms.items() if form.lower() == word.lower()
            for case in cases}


def _first_name_forms(word: str, resources: Resources) -> dict[Reading, str]:
    """A first name's readings and nominatives: from the list, else from a woman's or a
    man's name's shape."""
    return resources.first_names.get(word.lower()) or woman_s_name_forms(word) or man_s_name_forms(word)


def load_first_names(path: Path) -> dict[str, dict[Reading, str]]:
    """Lower-cased form -> {(gender, case): nominative} for the names in first_names.tsv; a
    double name declines its first part too ("Касымом-Жомартом", "Касыма-Жомарта")."""
    forms: dict[str, dict[Reading, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, gender = line.split("\t")
        for form, cases in declensions(name, gender).items():
            for case in cases:
                forms.setdefault(form.lower(), {})[(gender, case)] = name
        first, hyphen, second = name.partition("-")
        if hyphen:
            firsts, seconds = (_forms_by_case(declensions(part, gender)) for part in (first, second))
            for case in firsts.keys() & seconds.keys():
                forms.setdefault(f"{firsts[case]}-{seconds[case]}".lower(), {})[(gender, case)] = name
    return forms


def _forms_by_case(declined: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """Case -> form, from `declensions`' form -> cases (the first form of a case)."""
    out: dict[str, str] = {}
    for form, cases in declined.items():
        for case in cases:
            out.setdefault(case, form)
    return out


def kazakh_spelling(word: str, like: str) -> str:
    """`word` (analysed in Russian spelling) with the Kazakh letters of `like` put back
    where the two agree: ("Сарсенбаева", "Сәрсенбаевой") -> "Сәрсенбаева"."""
    return "".join(k if i < len(like) and russian_spelling(k) == c and k != c else c
                   for i, (c, k) in enumerate(zip(word, like + " " * max(0, len(word) - len(like)))))


def _in_russian_spelling(token: Token) -> Token:
    return Token(russian_spelling(token.text), token.start, token.end, token.pos, token.feats, token.lemma)


def part_readings(token: Token, resources: Resources) -> set[Reading]:
    """Which (gender, case) readings a name part allows; empty if it says nothing."""
    word = token.text
    if m := KAZAKH_PATRONYMIC.search(word):
        return {(_KAZAKH_GENDER[m[1].lower()], c) for c in CASES}
    listed = _first_name_forms(word, resources)
    if listed:
        return set(listed)
    if has_kazakh_letters(word):
        return part_readings(_in_russian_spelling(token), resources)
    if not is_russian_word(word):
        return set()
    _, readings = _surname_readings(word)
    if readings and _ADJECTIVAL_SURNAME.match(word):
        return readings  # "Ланская" is a woman's nominative alone, whatever pymorphy3 guesses
    parses = _name_parses(word, resources.ru_lemmatizer)
    regular = regular_masculine(word) if not readings and not any(p.is_known for p in parses) else {}
    if regular:  # an unknown name with a masculine ending: pymorphy3's guesses say nothing
        # ... but a woman's name or surname ending in a consonant does not decline ("Багдат
        # Анарбаева" is a woman: a man in the genitive would be "Багдата Анарбаева")
        woman = {("femn", case) for case in CASES} \
            if word[-1].lower() not in _VOWELS_AND_SIGNS and not word.lower().endswith(("ом", "ем")) else set()
        # (but -ом/-ем is the instrumental's: "Эммануэлем Макроном")
        return {("masc", case) for case in regular} | woman
    for parse in parses:
        tag = parse.tag
        if tag.case in CASES:
            if "ms-f" in tag.grammemes:
                readings.update({("masc", tag.case), ("femn", tag.case)})
            elif tag.gender in ("masc", "femn"):
                readings.add((tag.gender, tag.case))
    if word[-1].lower() not in _VOWELS_AND_SIGNS and not _surname_readings(word)[1] \
            and any("Surn" in p.tag and p.tag.gender == "masc" and p.tag.case == "nomn" for p in parses):
        readings.update(("femn", case) for case in CASES)  # "наставник Полины Омельчук": a woman's does not decline
    return readings


def _name_parses(word: str, ru: RussianLemmatizer) -> list:
    """pymorphy3's singular name, surname and patronymic parses; its indeclinable readings
    ("анне" as a name of its own) only when there is no declined one."""
    parses = [p for p in ru.parse(normal_word(word))
              if {"Name", "Surn", "Patr"} & p.tag.grammemes and p.tag.number != "plur"]
    declined = [p for p in parses if "Fixd" not in p.tag.grammemes]
    if word[-1:].lower() == "и" and not any(p.is_known for p in parses):
        # an unknown name in -и is a Kazakh one, which does not decline (Әбдіғали, Нұрғали),
        # not the genitive of a woman's name in -я that pymorphy3 guesses ("Әбдіғаля")
        return [p for p in parses if "Fixd" in p.tag.grammemes] or declined
    return declined or parses


def surname_stem(word: str) -> str:
    """A Russian-pattern surname without its case ending, lower-cased, which its case forms of
    either gender share ("Ахметжановой", "Ахметжанову" -> "ахметжанов", "Машкевичу" ->
    "машкевич"); another word lower-cased as it is."""
    match = _SURNAME.match(word) or _ICH_SURNAME.match(word)
    return (match[1] if match else word).lower()


def surname_key(tokens: list[Token]) -> str | None:
    """The stem that all case and gender forms of this person's surname share (for the
    article vote: "Самал Айтказину" and "Айтказиной" are one woman)."""
    for token in reversed(tokens):
        if _surname_readings(token.text)[0]:
            match = next(m for pattern, _, _ in _SURNAME_PARADIGMS if (m := pattern.match(token.text)))
            return normal_word(match[1])
    return normal_word(tokens[-1].text) if tokens else None


def score_readings(mention: PersonMention, resources: Resources,
                   article_gender: str | None = None, list_case: str | None = None) -> dict[Reading, float]:
    scores: dict[Reading, float] = {(g, c): 0.0 for g in ("masc", "femn") for c in CASES}
    memo = resources.entity_memo  # both depend on the word alone
    son = any(_KAZAKH_GENDER.get(m[1].lower()) == "masc"
              for t in mention.tokens if (m := KAZAKH_PATRONYMIC.search(t.text)))
    named_genders = set()  # the genders of first names of one gender: a woman's name rules out a man (not
    # the other way round: Kazakh men's names such as Багдат are women's too, "Багдат Анарбаевой")
    for token in mention.tokens:
        named = memo.get("named", token.text, lambda: frozenset(
            gender for gender, _ in _first_name_forms(russian_spelling(token.text), resources)))
        if len(named) == 1:
            named_genders |= named
        confident = memo.get("confident", token.text, lambda: _confident(token, resources))
        weight = 10 if confident else 5  # pymorphy3's guesses about an unknown word count less
        readings = memo.get("readings", token.text, lambda: frozenset(part_readings(token, resources)))
        if son and not confident:  # "Маралтая Райымбекулы": a son's unknown name declines as a man's
            readings = readings | {("masc", case) for case in regular_masculine(token.text, any_ending=True)}
        if len({case for _, case in readings}) == len(CASES) and len({gender for gender, _ in readings}) == 1:
            weight = 4  # a name that does not decline, of one gender by pymorphy3 ("Ару" a man's): its gender is a guess
        for reading in readings:
            scores[reading] += weight
    # a surname's own paradigm bounds the mention's case ("Ильхом Нематов": not the
    # instrumental an unknown first name in -ом may be)
    paradigms = [readings for t in mention.tokens if (readings := _surname_readings(t.text)[1])]
    surname_cases = set.intersection(*[{case for _, case in readings} for readings in paradigms]) \
        if paradigms else set()
    for (gender, case) in scores:
        if surname_cases and case not in surname_cases:
            scores[(gender, case)] -= 20
        if case == "nomn":
            scores[(gender, case)] += 2 + _context_nominative(mention, gender)
        if case == "gent" and mention.before is not None and mention.before.text.lower() in GOVERNS_GENITIVE_NAME:
            scores[(gender, case)] += 20
        if UD_CASE.get(mention.tokens[-1].feats.get("Case", "")) == case:
            scores[(gender, case)] += 3  # the tagger's case, read in context (3 of 1-5 on the training parts)
        if mention.verb_gender == gender:
            scores[(gender, case)] += 5
        if article_gender == gender:
            scores[(gender, case)] += 5
        if list_case == case:
            scores[(gender, case)] += LIST_CASE_WEIGHT
        if named_genders == {"femn"} and gender == "masc":
            scores[(gender, case)] -= 10  # "Жупар Габдуллина": a woman's first name, no man's genitive
    return scores


def _context_nominative(mention: PersonMention, gender: str) -> float:
    """What the words around a mention say of its being a nominative of `gender`: on a line
    of its own or after a colon it is (a byline, a credit); not after a preposition, nor after
    a title in another case ("акима области Ерлана Сапарова"), nor right after a thing it is
    the owner of ("дело Бергея Рыскалиева") unless a verb after it agrees with it ("мастер
    спорта международного класса Камиля Досмалова получила": its subject)."""
    before, title = mention.before, mention.title
    if mention.own_line or before is not None and before.text == ":":
        return 8  # a byline's name: "Флора Левина\nсобственный корреспондент" (no Флор Левин); a credit's
        # or a list's after its colon: "Фото: Валерия Бугаева", "Резерв: Плотников" (the training parts: 7 of 7)
    if before is not None and before.pos == "ADP":
        return -20
    if title is not None:  # a title in the nominative may govern the name ("заместитель Махамбета Досмухамбетова")
        oblique = title.feats.get("Case") not in (None, "Nom")  # "Премьер-Министра РК": a lemma the tagger
        return -8 if normal_word(title.text) != title.lemma or oblique else 0  # may leave as written
    return -6 if mention.owner and mention.verb_gender != gender else 0


def _confident(token: Token, resources: Resources) -> bool:
    """Whether a name part's readings come from more than pymorphy3's guess: a listed first
    name, a Kazakh patronymic, a surname paradigm, a regular masculine ending, a known word."""
    word = russian_spelling(token.text)
    if word.lower() in resources.first_names or token.text.lower() in resources.first_names \
            or KAZAKH_PATRONYMIC.search(token.text) or _surname_readings(word)[1] or not is_russian_word(word):
        return True
    parses = _name_parses(word, resources.ru_lemmatizer)
    return any(p.is_known for p in parses) or bool(regular_masculine(word))


def best_reading(scores: dict[Reading, float]) -> Reading:
    return max(scores, key=lambda r: (scores[r], r[1] == "nomn"))


def nominative(token: Token, gender: str, case: str, resources: Resources) -> str:
    """One name part in the nominative of `gender`, read as being in `case`."""
    word = token.text
    ru = resources.ru_lemmatizer
    listed = _first_name_forms(word, resources)
    if (gender, case) in listed:
        return listed[(gender, case)]
    if KAZAKH_PATRONYMIC.search(word) or not word[:1].isupper() or _written_as_is(word):
        return word
    if has_kazakh_letters(word):
        return kazakh_spelling(nominative(_in_russian_spelling(token), gender, case, resources), word)
    if not is_russian_word(word):
        return word
    parts = word.split("-")
    if len(parts) == 2 and all(_surname_readings(part)[1] for part in parts):  # "Погодиной-Кузьминой": both decline
        return "-".join(nominative(Token(part, token.start, token.end, token.pos, token.feats, part.lower()),
                                   gender, case, resources) for part in parts)
    nominatives, _ = _surname_readings(word)
    if (gender, case) in nominatives:
        return restore_shape(nominatives[(gender, case)], word)
    parses = _name_parses(word, ru)
    if gender == "masc" and not any(p.is_known for p in parses) and case in (regular := regular_masculine(word)):
        return restore_shape(regular[case], word)
    for parse in parses:
        tag = parse.tag
        if tag.case == case and (tag.gender == gender or "ms-f" in tag.grammemes):
            form = parse.inflect({"nomn", "sing"})
            if form is not None:
                return restore_shape(form.word, word)
    stem = ru.regular_nominative(word.lower(), case) if gender == "masc" else None  # "Жумата" -> "Жумат"
    if stem is None and gender == "masc" and not any(p.is_known for p in parses):
        stem = regular_masculine(word, any_ending=True).get(case)  # "Олафа" (pymorphy3 guesses a plural)
    if stem is None and not any(p.is_known for p in parses):
        stem = ru.first_declension_nominative(word.lower(), case)  # "Сирила Рамафосы" -> "Рамафоса"
    return restore_shape(stem, word) if stem else word


def _list_cases(mentions: list[PersonMention]) -> dict[int, str]:
    """The case each list of names shares, by the votes of its members whose first-pass
    scores leave no doubt whether they stand in the nominative: names listed together stand
    in one case, so an ambiguous one ("Рафхата Максутова": a woman in the nominative or a man
    in the genitive) takes the case its neighbours show ("под руководством Рустама Раимова,
    ..., Рафхата Максутова и ..."); a list of such names alone ("Ж. Косаева, Т. Килжанова")
    gets none. An oblique vote is for the oblique case all its names score best together."""
    members: dict[int, list[dict[str, float]]] = {}
    for mention in mentions:
        if mention.listed is not None and mention.scores is not None:
            members.setdefault(mention.listed, []).append(
                {case: max(mention.scores[(g, case)] for g in ("masc", "femn")) for case in CASES})
    cases = {}
    for listed, scores in members.items():
        margins = [b["nomn"] - max(b[c] for c in CASES if c != "nomn") for b in scores]
        nominative = sum(margin > LIST_VOTE_MARGIN for margin in margins)
        oblique = sum(margin < -LIST_VOTE_MARGIN for margin in margins)
        if nominative > oblique:
            cases[listed] = "nomn"
        elif oblique > nominative:  # the oblique case the whole list reads best in
            cases[listed] = max((c for c in CASES if c != "nomn"), key=lambda c: sum(b[c] for b in scores))
    return cases


def normalize_mentions(mentions: list[PersonMention], resources: Resources) -> list[str]:
    """Normal forms for all person mentions of one article (two passes for the article vote)."""
    votes: dict[str, dict[str, float]] = {}
    for mention in mentions:
        mention.surname_key = surname_key(mention.tokens)
        mention.scores = score_readings(mention, resources)
        best = {g: max(v for (rg, _), v in mention.scores.items() if rg == g) for g in ("masc", "femn")}
        gender = max(best, key=best.get)
        margin = abs(best["masc"] - best["femn"])
        if mention.surname_key and margin > 0:
            votes.setdefault(mention.surname_key, {"masc": 0.0, "femn": 0.0})[gender] += margin
    list_cases = _list_cases(mentions)
    words_of = []
    for mention in mentions:
        vote = votes.get(mention.surname_key or "", {})
        article_gender = max(vote, key=vote.get) if vote and vote["masc"] != vote["femn"] else None
        gender, case = best_reading(score_readings(mention, resources, article_gender, list_cases.get(mention.listed)))
        words_of.append([resources.entity_memo.get("nominative", (t.text, gender, case),
                                                   lambda t=t: nominative(t, gender, case, resources))
                         for t in mention.tokens])
    # "Сатыбалды Даулеталин ... Сатыбалды Даулеталина": a given name written as in a full mention
    # of the same surname that reads it in the nominative is that nominative, not another name's
    # genitive ("Сатыбалда")
    nominative_given = {(mention.surname_key, words[-1], mention.tokens[0].text) for mention, words in zip(mentions, words_of)
                        if len(mention.tokens) > 1 and mention.surname_key and words[0] == mention.tokens[0].text}
    for mention, words in zip(mentions, words_of):
        if len(mention.tokens) > 1 and (mention.surname_key, words[-1], mention.tokens[0].text) in nominative_given:
            words[0] = mention.tokens[0].text
    # "Нет Бергея ...", "... от Бергея Рыскалиева": a word alone reads as the same word of a
    # fuller mention of the article, whose other words tell its gender and case; a surname
    # alone in another case as the surname of the one full name it shortens ("Сагындык
    # ЛУКПАНОВ ... Соперники Лукпанова": him, not a woman Лукпанова)
    in_full: dict[str, set[str]] = {}
    surnames: dict[str, set[str]] = {}
    for mention, words in zip(mentions, words_of):
        if len(mention.tokens) > 1:
            for token, word in zip(mention.tokens, words):
                in_full.setdefault(token.text.lower(), set()).add(word)
            if mention.surname_key and _surname_readings(mention.tokens[-1].text)[1]:
                surnames.setdefault(mention.surname_key, set()).add(words[-1])
    for mention, words in zip(mentions, words_of):
        if len(mention.tokens) != 1:
            continue
        full = in_full.get(mention.tokens[0].text.lower(), set()) or surnames.get(mention.surname_key or "", set())
        if (family := _FAMILY.match(mention.tokens[0].text)) is not None:
            words[0] = family[1] + "ы"
        elif len(full) == 1:
            words[0] = next(iter(full))
    return [join_tokens(words, mention.tokens) for mention, words in zip(mentions, words_of)]
