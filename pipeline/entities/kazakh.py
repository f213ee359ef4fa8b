"""Kazakh entities: the CRF tagger packaged as a spaCy component, and programme spans.

The tagger (`kk_crf_ner`, trained by `kaznews train kk-ner`) is a linear-chain CRF
(python-crfsuite) over character-level and shape features that written news needs and
KazNERD's TV transcripts rarely show: an initial glued to a surname ("Б.Сапарбаев"), an
abbreviation with a hyphenated case suffix ("АҚШ-тың"), Latin script, being inside «»,
a legal form (ЖШС, АҚ), a word of the place list shipped beside the model (places.txt,
from models/gazetteers/kk_places.txt and kk_countries.txt). Prefixes stand in for stems
(Kazakh only suffixes), so the tagger does not depend on the lemmatizer's output.

Programmes (`programme_spans`): a quoted or capitalised name followed by бағдарлама,
стратегия, жоба, карта, жоспар or тұжырымдама (after a quoted name бастама too) in any case
form (not an adjective made of one: «...» атты бағдарламалық кеш) is one PROG span, head included
("«Қазақстан — 2050» стратегиясының"; a campaign after «атты» is not: «...» атты акция);
KazNERD marks only the name, so the model's PROG spans are widened to this.
"""
from __future__ import annotations

import re
from collections.abc import Container, Iterable
from pathlib import Path

from spacy.attrs import IS_ALPHA, IS_LOWER, IS_PUNCT, IS_SPACE, IS_TITLE, IS_UPPER, LIKE_NUM, LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..lang.kk.bodies import GENITIVE_ENDINGS, is_constitution
from .memo import Memo
from .tags import bio_spans

LEGAL_FORMS = frozenset("жшс жшқ ақ жақ қб жк кеақ рмк мкк ұк ұақ ұәқ шжқ рмқк кмқк мкқк кмм рмм мм жауапкершілігі".split())
# What the Kazakh NER's tokens are asked (CRFTagger, the sentencizer, kk_rules, kazakh_entities):
# the lexical attributes its vocab computes for each new word.
LEXEME_ATTRS = (LOWER, IS_ALPHA, IS_LOWER, IS_PUNCT, IS_SPACE, IS_TITLE, IS_UPPER, LIKE_NUM)
_UPPER = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
_INITIAL_NAME = re.compile(rf"^([{_UPPER}]\.){{1,2}}[{_UPPER}][^\W\d_]+")
_INITIAL = re.compile(rf"^[{_UPPER}]\.$")
_ABBR = re.compile(rf"^[{_UPPER}]{{2,6}}(-[^\W\d_]+)?$")
_LATIN = re.compile(r"[A-Za-z]")
_DOMAIN = re.compile(r"\w\.(kz|ru|com|org|net|info|қаз)$", re.IGNORECASE)
_CASE_ENDINGS = sorted("""ның нің дың дің тың тің ға ге қа ке на не да де та те нда нде дан ден тан тен нан нен
мен бен пен ны ні ды ді ты ті н ы і сы сі дағы дегі тағы тегі ндағы ндегі""".split(), key=len, reverse=True)
_ENDING_LENGTHS = sorted({len(e) for e in _CASE_ENDINGS})
_ENDINGS_BY_LENGTH = {n: frozenset(e for e in _CASE_ENDINGS if len(e) == n) for n in _ENDING_LENGTHS}


def shape(word: str) -> str:
    """Letters as X/x, digits as d, runs of one class shortened to two."""
    out = []
    for char in word:
        c = "X" if char.isupper() else "x" if char.isalpha() else "d" if char.isdigit() else char
        if len(out) < 2 or not (out[-1] == c and out[-2] == c):
            out.append(c)
    return "".join(out)


def is_place(lower: str, places: Container[str]) -> bool:
    """The word, less a hyphenated suffix or one case ending, is in `places`."""
    head = lower.split("-")[0]
    return head in places or any(head[-n:] in _ENDINGS_BY_LENGTH[n] and head[:-n] in places
                                 for n in _ENDING_LENGTHS if n <= len(head))


def is_initial_name(word: str) -> bool:
    """A surname with its initials glued on ("Б.Сапарбаев", "Қ.Ж.Тоқаев")."""
    return bool(_INITIAL_NAME.match(word))


def is_domain(word: str) -> bool:
    """A site's name as news cites it ("Zakon.kz", "egemen.kz")."""
    return word[:1].isalpha() and bool(_DOMAIN.search(word))


def _token_features(word: str, places: frozenset[str]) -> list[str]:
    lower = word.lower()
    feats = [f"w={lower}", f"sh={shape(word)}"]  # first, as _word_features expects
    feats += [f"p{n}={lower[:n]}" for n in (3, 4, 5, 6) if len(lower) > n]
    feats += [f"s{n}={lower[-n:]}" for n in (2, 3, 4) if len(lower) > n]
    if word[:1].isupper():
        feats.append("title")
    if word.isupper() and len(word) > 1:
        feats.append("upper")
    if _LATIN.search(word):
        feats.append("latin")
    if _INITIAL_NAME.match(word):
        feats.append("initial+name")
    elif _INITIAL.match(word):
        feats.append("initial")
    if _DOMAIN.search(word):
        feats.append("domain")
    if _ABBR.match(word):
        feats.append("abbr")
    if "-" in word:
        head, _, tail = lower.partition("-")
        feats += [f"head={head}", f"tail={tail[:4]}"]
    if lower.split("-")[0] in LEGAL_FORMS:
        feats.append("legal")
    if is_place(lower, places):
        feats.append("place")
    return feats


_OFFSETS = (-2, -1, 1, 2)
_OFFSET_PREFIXES = tuple(f"{offset}:" for offset in _OFFSETS)
FEATURE_WORDS = 40_000  # words the tagger keeps the features of: about 2.7 kB each, 110 MB in all
_SHOWN_FLAGS = frozenset(("title", "legal", "place", "initial", "initial+name", "abbr", "latin"))


def _word_features(word: str, places: frozenset[str], weighted: frozenset[str] | None = None
                   ) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...], str]:
    """A word's own features, what a word sees of it when it stands at each of _OFFSETS
    from that word (its form, shape, prefix, suffix and flags), and its lower case: all
    that a sentence's features take from the word, made once per word; only those in
    `weighted`, when given."""
    own = _token_features(word, places)
    shown = own[:2] + [f for f in own[2:] if f[:2] in ("p4", "s3") or f in _SHOWN_FLAGS]  # w=, sh= first
    seen = tuple(tuple([prefix + f for f in shown]) for prefix in _OFFSET_PREFIXES)
    if weighted is not None:
        own = [f for f in own if f in weighted]
        seen = tuple(tuple([f for f in features if f in weighted]) for features in seen)
    return tuple(own), seen, word.lower()


def sentence_features(words: list[str], places: frozenset[str], memo: Memo | None = None,
                      weighted: frozenset[str] | None = None) -> list[list[str]]:
    """CRF features of each word: its own, its neighbours' within two, quote depth. `memo`
    keeps what each word gives (_word_features; the tagger's, bounded). With `weighted`
    (the tagger's model's features) the others are left out: a feature the model has no
    weight for adds nothing to a tag's score, but crfsuite looks each one up (a quarter
    of a cold sentence's); the memo then keeps the words' weighted features only."""
    memo = memo or Memo()
    known = [memo.get("features", w, lambda w=w: _word_features(w, places, weighted)) for w in words]
    keep = (lambda feature: True) if weighted is None else weighted.__contains__
    edges = [f"{offset}:edge" for offset in _OFFSETS]
    depth, out, n = 0, [], len(words)
    for i, word in enumerate(words):
        closes = word in ("»", "”") or word == '"' and depth > 0  # a straight quote closes an open one
        opens = word in ("«", "“", "„") or word == '"' and not closes
        if closes:
            depth = max(0, depth - 1)
        feats = ["bias", *known[i][0]] if keep("bias") else [*known[i][0]]
        if depth and keep("quoted"):
            feats.append("quoted")
        if i == 0 and keep("first"):
            feats.append("first")
        for k, offset in enumerate(_OFFSETS):
            j = i + offset
            if 0 <= j < n:
                feats += known[j][1][k]
            elif keep(edges[k]):
                feats.append(edges[k])
        if i > 0 and keep(bigram := f"bi={known[i - 1][2]}|{known[i][2]}"):
            feats.append(bigram)
        out.append(feats)
        if opens:
            depth += 1
    return out


class CRFTagger:
    """spaCy component: doc.ents from the CRF's BIO tags, sentence by sentence when the
    doc has sentences (the tagger was trained on sentences). Its folder holds the CRF
    (model.crfsuite) and the place words its features test (places.txt)."""

    MODEL_FILE = "model.crfsuite"
    PLACES_FILE = "places.txt"

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.tagger = None
        self.places: frozenset[str] = frozenset()
        self.folder: Path | None = None
        self.features = Memo(FEATURE_WORDS)  # word -> what it gives the features (_word_features)
        self.weighted: frozenset[str] | None = None  # the features the CRF has weights for

    def __call__(self, doc: Doc) -> Doc:
        # one pass: each spaCy Token made is a cost (doc.sents would make them again)
        words = [(t.text, t.is_space, t.is_sent_start) for t in doc]
        starts = [0]
        if doc.has_annotation("SENT_START"):
            starts += [i for i in range(1, len(words)) if words[i][2]]
        chunks = zip(starts, [*starts[1:], len(words)])
        ents = []
        for start, end in chunks:
            index = [i for i in range(start, end) if not words[i][1]]
            if not index:
                continue
            tags = self.tagger.tag(sentence_features([words[i][0] for i in index], self.places, self.features,
                                                     self.weighted))
            ents += [Span(doc, index[s], index[e - 1] + 1, label) for s, e, label in bio_spans(tags)]
        doc.ents = ents
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)

    def to_disk(self, path: Path, exclude: Iterable[str] = ()) -> None:
        import shutil
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        if self.folder is not None and self.folder.resolve() != path.resolve():
            shutil.copyfile(self.folder / self.MODEL_FILE, path / self.MODEL_FILE)
        (path / self.PLACES_FILE).write_text("\n".join(sorted(self.places)) + "\n", encoding="utf-8")

    def from_disk(self, path: Path, exclude: Iterable[str] = ()) -> CRFTagger:
        import pycrfsuite
        self.folder = Path(path)
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(self.folder / self.MODEL_FILE))
        places = self.folder / self.PLACES_FILE
        if places.exists():
            self.places = frozenset(places.read_text(encoding="utf-8").split())
        self.weighted = frozenset(attribute for attribute, _ in self.tagger.info().state_features)
        self.features = Memo(FEATURE_WORDS)  # they test the places and keep the weighted features
        return self


@Language.factory("kk_crf_ner")
def make_crf_tagger(nlp: Language, name: str) -> CRFTagger:
    return CRFTagger(nlp, name)


_LOWER_WORD = r"[а-яәғқңөұүһіё-]+"
_GENITIVE = r"\S*(?:ның|нің|дың|дің|тың|тің)"
# "«Ақ жол» партиясы", "«...» тақырыбындағы концерттік бағдарламасы": the kind of what is quoted,
# whose project it is, or what the quoted words are the theme of
_KIND_OR_THEME = r"\S*(?:сы|сі|дағы|дегі|тағы|тегі)"
# "«Өзгерістер жолы» атты Сайлауалды бағдарламасы": a name given by «атты» or «деген» (called)
# and a word, of either case, before the programme noun
_CALLED = rf"(?:(?:атты|деген)\s+(?:[{_UPPER}]?{_LOWER_WORD}\s+)?)"
# A programme noun, capitalised or not, in any case form but not the plural (several programmes:
# «Алтын асық» бағдарламалары names only «Алтын асық»).
# An initiative (бастама) only after a quoted name: after a person it is theirs ("Бердібек
# Сапарбаевтың бастамасымен").
_NOUNS = r"[бБ]ағдарлама|[сС]тратегия|[жЖ]оба|[кК]арта|[жЖ]оспар|[тТ]ұжырымдама|[кК]онцепция"
_FORMS = r"(?![а-яәғқңөұүһі]*(?:лар|лер)|л[ыі][қк]|л[ае])[а-яәғқңөұүһі]*"  # not жобалау (designing), a verb
_HEAD = rf"(?:{_NOUNS}){_FORMS}"
# campaigns too: «Таза бейсенбі» акциясы, «Вакцинация» операциясы, «Отбасылық ағаш отырғыз»
# экочелленджі, «Таза өлке» апталығы (a campaign's week: the news gold's training parts, 3 of 4);
# a state scholarship: «Болашақ» стипендиясы; «Бір белдеу – бір жол» мегажобасы
_QUOTED_HEAD = (rf"(?:{_NOUNS}|[бБ]астама|[аА]кция|[нН]ауқан|[оО]перация|[сС]типендия|[мМ]егажоба|[аА]пталы"
                rf"|(?:[эЭ]ко)?[чЧ]елл?ендж){_FORMS}")
_PROGRAMME_NOUN = re.compile(rf"^{_QUOTED_HEAD}$")
# up to two words that are not the owner in the genitive, a possessed kind or a programme noun
# itself, or the nation's ("«100 нақты қадам» Ұлт жоспары", "«Таза Қазақстан» республикалық
# экологиялық акциясы", "«Наурыз» тұрғын үй бағдарламасы": the news gold writes 28 programmes with
# two words there; "«Біздің қанымыз бір» акциясын | өткізуге бастамашылық": the campaign's noun ends it)
_BETWEEN = rf"(?:(?!{_GENITIVE}\s)(?!{_KIND_OR_THEME}\s)(?!{_QUOTED_HEAD}\s)(?:{_LOWER_WORD}|Ұлт|Ұлттық)\s+){{0,2}}"
# "«Баба рухына тағзым» атты мерекелік бағдарламамен", "концерттік бағдарламасын": a show's
# programme (of a concert, a holiday, an evening), no state programme (the news gold marks none of 5)
_SHOW = re.compile(r"(?:концерттік|мерекелік|ойын-сауық|әдеби-сазды|сазды-әдеби)\s+\S+$", re.IGNORECASE)
_PROGRAMME_HEAD = re.compile(rf"(?:{_NOUNS}){_FORMS}$")  # a programme's noun, not a campaign's
_NOUN_AFTER_NAME = re.compile(rf"[ \t]+{_QUOTED_HEAD}\b")
_DEFENDED = re.compile(rf"[»\"”]?(?:\s+{_QUOTED_HEAD})?\s+қорға")
# «Патша – сөздің Фаризасы» атты апталық: a week called so is a poet's anniversary, an event (the
# news gold marks neither of 2; a campaign's week, «Таза өлке» апталығы, goes without «атты»)
_WEEK = re.compile(r"[аА]пталы")


def defended(text: str, end: int) -> bool:
    """Whether a programme's name ending at `end` is a project defended («...» жобасын | қорғап
    шықты): a pupil's or a student's research, no programme (the news gold's training parts, 2
    of 2 unmarked)."""
    return bool(_DEFENDED.match(text, end))


def is_programme_noun(word: str) -> bool:
    """A programme's, project's or campaign's noun in any case form ("бағдарламасы", "акциясына")."""
    return bool(_PROGRAMME_NOUN.match(word))


# "Ұлттық «Келешек мектебі» жобасы": the adjective of a national or regional programme joins,
# a whole word ("жалпыреспубликалық “Халық заңгері” акциясы", not its "республикалық")
_LEVELS = ("ұлттық", "жалпыұлттық", "мемлекеттік", "республикалық", "жалпыреспубликалық", "өңірлік", "аймақтық")
_LEVEL = rf"(?:(?<![\w-])(?:{'|'.join(f'[{w[0].upper()}{w[0]}]{w[1:]}' for w in _LEVELS)})\s+)?"
_YEAR = r"(?:\s*[-–—]\s*(?:19|20)\d\d)"
_OPENING_MARKS = " \t—–-•*"  # a dash of direct speech, a bullet: before a sentence's first word
# A named programme's noun is possessed ("Серпін бағдарламасы", "жобасының"); a bare one is
# someone's ("Иран президенті Ибрахим Раиси | жобаның маңыздылығын": the project's, his)
_POSSESSED_HEAD = re.compile(rf"(?:{_NOUNS})(?:с[ыі]|[ыі])[а-яәғқңөұүһі]*(?:\s+(?:19|20)\d\d)?$")
_QUOTED_PROGRAMME = re.compile(rf"{_LEVEL}[«\"“„][^«»\"“”„\n]{{1,120}}[»\"”](?P<head>\s+(?:(?P<called>{_CALLED})|{_BETWEEN})"
                               rf"{_QUOTED_HEAD}\b)")
_QUOTED_NAME = r"[«\"“„][^«»\"“”„\n]{1,60}[»\"”]"
_QUOTED_FRAME = re.compile(rf"(?P<name>{_QUOTED_NAME})(?=\s+(?:аясында|шеңберінде)\w*)")
_LINK = r"(?:\s*,\s*|\s+(?:және|мен|бен|пен|немесе)\s+)"
# Quoted names listed before a programme or campaign noun in the plural: each is a programme
# («Алтын», «Күміс» және «Жас» бағдарламалары; «Армысың, Ардагер», «Үлкенге құрмет – кішіге
# міндет» атты қамқорлық акциялары).
_LISTED_PROGRAMMES = re.compile(
    rf"{_QUOTED_NAME}(?:{_LINK}{_QUOTED_NAME})+\s+{_CALLED}?(?:[бБ]ағдарлама|[жЖ]оба|[аА]кция|[нН]ауқан)(?:лар|лер)")
# "Birgemiz жалпыұлттық жобасы", "Birgemiz гранттық бағдарламасы": a level or kind between name and noun
_KIND = rf"(?:{'|'.join((*_LEVELS, 'гранттық', 'арнаулы', 'арнайы'))})\s+"
_NAMED_PROGRAMME = re.compile(
    rf"\b[{_UPPER}][\w-]*(?:\s+[{_UPPER}][\w-]*)?{_YEAR}?\s+(?:жол\s+|{_KIND})?{_HEAD}(?:\s+(?:19|20)\d\d)?\b")


# "2022-2025 жылдарға арналған Жол картасына", "2022-2026 жылдарға арналған сыбайлас жемқорлыққа
# қарсы саясат тұжырымдамасының": the years a programme is written for open its name, which runs
# to its noun, quoted or not (the news gold's training parts: 4 of 4; "... жобалар бойынша
# гранттық қаржы", "... қала бюджеті": several projects, a budget, no programme)
_PERIOD_PROGRAMME = re.compile(rf"(?<![\d«\"“])[«\"“]?(?:19|20)\d\d\s*[-–—]\s*(?:19|20)\d\d\s+жылдарға\s+арналған\s+"
                               rf"[«\"“]?(?:[\w-]+\s+){{0,8}}?(?:{_HEAD})\b[»\"”]?")

# a place's or the country's genitive before the years says whose the programme is ("облысының
# 2021-2025 жылдарға арналған ...")
_OWNER_GENITIVE = re.compile(r"(?:қаласы|облысы|ауданы|ауылы|елі|стан|республикасы)(?:ның|нің)$", re.IGNORECASE)

_COUNTRY_GENITIVES = frozenset({"қазақстанның", "еліміздің"})
_SITE_MAP = re.compile(r"\bсайт\s+картас", re.IGNORECASE)  # "Сайт картасы", a menu item


def _purpose_before(text: str, start: int, reach: int = 6) -> int:
    """Where a programme whose years start at `start` opens: at its purpose in the genitive
    right before them, from the purpose's capitalised first word ("Тіл саясатын дамытудың |
    2023-2029 жылдарға арналған тұжырымдамасын", "Қазақстан Республикасының дін саласындағы
    мемлекеттік саясатының | 2017 – 2020 ...": the news gold's training parts, 2 of 2; a
    sentence's first word is no evidence: "Байқау | тілдерді дамыту мен қолданудың 2011 - 2020
    ..."), not at an owner's ("облысының"); else at the years."""
    offset = max(0, start - 160)
    words = list(re.finditer(r"[\w-]+", text[offset:start]))[-reach:]
    if not words or text[offset + words[-1].end():start].strip() or not words[-1].group().endswith(GENITIVE_ENDINGS) \
            or _OWNER_GENITIVE.search(words[-1].group()):
        return start
    for k in range(len(words) - 1, -1, -1):
        if k < len(words) - 1 and text[offset + words[k].end():offset + words[k + 1].start()].strip():
            return start  # punctuation between: no one phrase
        if words[k].group()[:1].isupper():
            if k and words[k].group().startswith("Республика") and words[k - 1].group()[:1].isupper():
                k -= 1  # "Қазақстан Республикасының": the country's two words
            opening = text[:offset + words[k].start()].rstrip(" \t")
            if not opening or opening[-1] in "\n.!?":
                k += 1  # the sentence's first word, capitalised as any is
            return offset + words[k].start() if k < len(words) else start
    return start


def programme_spans(text: str, sentence_starts: Iterable[int] = ()) -> list[tuple[int, int]]:
    """Character spans of programmes: «name» or a capitalised name (the first word of a
    sentence does not count as one, nor does a level alone: "Ұлттық жоба"), at most one word
    between (not the genitive of an owner: «Хабар» арнасының жобасы is no programme), a
    programme noun in any form (possessed after an unquoted name: _POSSESSED_HEAD); a quoted
    name with no noun that frames what is done («Балалар жылы» аясында, «...» шеңберінде: the
    news gold's training parts, 6 of 6 programmes); or each quoted name of a list before a
    programme noun in the plural; the years a programme is written for open it (_PERIOD_PROGRAMME)."""
    starts = set(sentence_starts)
    periods = [(_purpose_before(text, m.start()), m.end()) for m in _PERIOD_PROGRAMME.finditer(text)] \
        if "арналған" in text else []
    # «Ана, мен сені күтемін!» атты акция: a campaign's name given by «атты» ends at its quote (the
    # news gold: 4 of 4, in two texts; a programme's or project's takes its noun in, 2 of 2)
    spans = [(m.start(), m.start("head")) if m["called"] and not _PROGRAMME_HEAD.search(m["head"]) else m.span()
             for m in _QUOTED_PROGRAMME.finditer(text)
             if not _SHOW.search(m["head"]) and not (m["called"] and _WEEK.search(m["head"]))
             and not defended(text, m.end())]
    spans += [m.span("name") for m in _QUOTED_FRAME.finditer(text)]
    if "лар" in text or "лер" in text:
        spans += [(listed.start() + m.start(), listed.start() + m.end())
                  for listed in _LISTED_PROGRAMMES.finditer(text) for m in re.finditer(_QUOTED_NAME, listed.group())]
    position = 0
    while match := _NAMED_PROGRAMME.search(text, position):
        start = match.start()
        first = match.group().split(None, 1)[0]
        if start in starts or not text[:start].strip(_OPENING_MARKS) or first.lower() in _LEVELS:
            position = start + len(first)  # a capitalised first word is no evidence, nor is a level
            continue  # ("— Ұлттық жоба аясында": no name): try from the next word
        if is_constitution(first):
            position = match.end()  # "Конституция жобасын": the Constitution's draft, a document (the news
            continue  # gold marks none of 5)
        if _SITE_MAP.search(match.group()):
            position = match.end()  # "Фотосайт Сайт картасы": a page menu's site map, no programme
            continue
        if first.lower() in _COUNTRY_GENITIVES and len(match.group().split()) > 2:
            start = text.index(match.group().split()[1], start + len(first))  # "Қазақстанның | Индустрияландыру
            # картасы": the country whose programme it is, a place (no programme in the news gold opens with it)
        if not any(s <= start < e for s, e in spans) and _POSSESSED_HEAD.search(match.group()):
            spans.append((start, match.end()))
        position = match.end()
    return sorted(periods + [(s, e) for s, e in spans if not any(ps <= s and e <= pe for ps, pe in periods)])


def gazetteer_programmes(text: str, names: re.Pattern[str],
                         sentence_starts: Iterable[int] = ()) -> list[tuple[int, int]]:
    """Character spans of the gazetteer's Kazakh programme names (`names`) in `text`: a
    campaign's name written without its noun ("Таза Қазақстан: еріктілер ...", «Таза
    Қазақстан» ауқымды акциясы); at a sentence's start only with a second capitalised word
    ("Мәдени мұра нысандары" opening a sentence is the phrase, not the programme); a
    programme noun right after the name joins it ("Рухани жаңғыру бағдарламасында", as
    «Рухани жаңғыру» бағдарламасы: the news gold's training parts, 12 of 12 with the noun)."""
    starts = set(sentence_starts)
    spans = []
    for m in names.finditer(text):
        if m.start() in starts and not m.group().split()[1][:1].isupper():
            continue
        noun = _NOUN_AFTER_NAME.match(text, m.end())
        spans.append((m.start(), noun.end() if noun else m.end()))
    return spans


def merge_programmes(entities: list[tuple[int, int, str]], programmes: list[tuple[int, int]]
                     ) -> list[tuple[int, int, str]]:
    """Programme spans replace the entities they overlap (the model's PROG inside a quoted
    name, an ORG or LOC that is the programme's name); other entities stay."""
    kept = [(s, e, label) for s, e, label in entities
            if not any(s < pe and ps < e for ps, pe in programmes)]
    return sorted(kept + [(s, e, "PROG") for s, e in programmes])
