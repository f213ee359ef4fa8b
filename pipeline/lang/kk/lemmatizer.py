"""Kazakh lemmatizer: strip suffix chains, keep the stem the lexicon knows.

Follows the Apertium/UD convention: nouns to the bare stem ("қалаларымыздың" -> "қала"),
verbs to the bare stem with the passive off ("болады" -> "бол", "сатылып" -> "сат").
Candidates come from stripping suffixes.py right to left under vowel harmony and
consonant assimilation, undoing stem changes on the way (final к қ п voiced before a
vowel: министрлігі -> министрлік; a dropped ы/і: орны -> орын). A candidate counts only
if models/kk_lexicon knows its stem (or the stem is a known word plus -лық/-шы/-гер
derivation). The analysis with the most evidence wins (suffix weights in suffixes.py),
and a word the lexicon knows as it stands keeps its form unless the evidence against it
is strong (бала is not ба-л-а) or it is a known noun with the 3rd-person possessive
(жылы -> жыл; not a word news declines as a noun of its own, lexicon kind "S": жалақы).
A derived noun the lexicon lists (жарлық, ыстық) is never cut to a two-letter stem. A
word news text shows with case endings of its own (lexicon kind "D") ends in none (теңге
is no тең-ге, орын no ор-ы-н), and among nominal readings such a declined stem is
preferred to a hunspell fragment (табыс-ы, not табы-сы). Closed classes (exceptions.py)
stay whole (кейін is no кей-і-н). An unknown word is taken for a verb made from a known
noun, or on a stem hunspell-kk lists only as a nominal, if it reads as one (хабарлады ->
хабарла, қылмады -> қыл); else, proper nouns above all ("Астанаға" -> "Астана", "Йорктің"
-> "йорк", against harmony), it loses only case and plural endings and keeps at least
three letters.
"""
from __future__ import annotations

import re
from functools import cached_property, lru_cache
from pathlib import Path
from typing import NamedTuple

from .phonology import VOWELS, final_class, harmony, suffix_harmony
from .exceptions import INVARIANT, IRREGULAR, PATRONYMIC_ENDINGS, POSSESSED_HEADS
from .places import PLACES, POSSESSED_CASE
from .suffixes import AFTER_POSS3, BY_LAST_LETTER, CASE, ENDING_SPELLINGS, PERSON, PLURAL, POSSESSIVE, SUFFIXES, PREDICATES, TENSE_PERSONS, Spelling, Suffix

LEXICON_FILE = Path("kk_lexicon") / "stems.tsv"  # under the models folder
UNIMORPH_NOUNS_FILE = "unimorph_nouns.txt"  # beside it
# under the models folder: the entity gazetteer's places and countries
PLACE_GAZETTEERS = (Path("gazetteers") / "kk_places.txt", Path("gazetteers") / "kk_countries.txt")
DERIVATIONS = ("лық", "лік", "дық", "дік", "тық", "тік", "шы", "ші", "шылық", "шілік", "гер", "кер", "паз")
DENOMINAL = ("ла", "ле", "да", "де", "та", "те")
_VOICING = {"г": "к", "ғ": "қ", "б": "п"}
_MAX_DEPTH = 7
_MIN_STEM = 2
# the possessive and a case after it, as spoken after an abbreviation: "ЖШС-і", "ААҚ-ымен"
# (the written-news gold strips it 3 times of 3, as it strips a case ending 44 of 44)
_POSSESSED_CASE = re.compile(rf"^{POSSESSED_CASE}$")
# Case endings a name's last word loses in its normal form (not -дай, -ша: no mention's case)
NAME_CASES = frozenset({"gen", "dat", "acc", "loc", "abl", "ins", "loc_adj"})
# ... but a Russian-pattern surname loses the similative: "Біләл Сүлеевтей арыстың", "Ғали
# Ормановтай ақынның" (like Сүлеев; the news gold, 4 of 4), where a name of its own may end so
# (Құрмантай)
_SURNAME_STEMS = ("ов", "ев", "ин", "ова", "ева", "ина")
NAME_CASE_FORMS = frozenset(suffix.form for suffix in SUFFIXES if suffix.kind in NAME_CASES)
PLURAL_FORMS = tuple(sorted({suffix.form for suffix in SUFFIXES if suffix.kind == "plural"}))  # лар, дар, тар ...
_UNKNOWN_KINDS = NAME_CASES | {"plural"}  # what an unknown word may lose
# The verb suffixes that make a stem hunspell-kk lists only as a nominal a verb (see _unlisted_verb)
VERB_ONLY = frozenset({"past", "conv", "ptcp", "neg", "cond", "intent", "vnoun", "imp3"})
PARTICIPLE_FORMS = ("атын", "етін", "йтын", "йтін")
AGENT_FORMS = tuple(suffix.form for suffix in SUFFIXES if suffix.kind == "agent")
FINAL_CASES = NAME_CASES - {"loc_adj"}  # no case ending follows them (one follows -дағы: қаладағыны)
_UNKNOWN_MIN_STEM = 3
_SHORT_STEM_DOUBT = 0.5
_DECLINED_PREFERENCE = 0.6  # over the 0.5 that -сы has over -ы (see _rank)
_DECLINED_OVER_VERB = 0.3  # over the evidential -ты's 0.25 (сынып-ты), under -р's 0.4 (баста-р-мыз)
_UNVOICED_PREFERENCE = 0.05  # есеб-і-нде: hunspell-kk has both есеп and the fragment есеб


DECLINED = "D"  # in a lexicon kind: the word itself is seen with case endings, so it is a stem
OWN_NOUN = "S"  # and a word in -ы/-і with endings no possessive takes, so no possessed form
CONVERB = "C"  # a listed verb's converb in -а/-е news text shows before an auxiliary (айта кетті)


def load_lexicon(path: Path) -> dict[str, str]:
    """stem -> "N", "V" or "NV", with "D" when news text shows the word declined (see
    models/kk_lexicon/build_lexicon.py); the nouns UniMorph declines, listed beside it
    (UNIMORPH_NOUNS_FILE, under its own licence), are declined nominals too, and so are the
    one-word places and countries of the entity gazetteer (PLACE_GAZETTEERS: "Қызылқоға" is no
    dative of "Қызылқо", "Канада" no locative of "Кана")."""
    entries = dict.fromkeys(PLACES, "N")
    for gazetteer in (path.parent.parent / name for name in PLACE_GAZETTEERS):
        if gazetteer.exists():
            for line in gazetteer.read_text(encoding="utf-8").splitlines():
                if line and not line.startswith("#") and " " not in line:
                    entries.setdefault(line.lower(), "N")
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            stem, _, kind = line.rstrip("\n").partition("\t")
            entries[stem] = kind
    nouns = path.with_name(UNIMORPH_NOUNS_FILE)
    if nouns.exists():
        for noun in nouns.read_text(encoding="utf-8").split():
            kind = entries.get(noun, "")
            entries[noun] = kind + "N" * ("N" not in kind) + DECLINED * (DECLINED not in kind)
    return entries


# Kazakh names made of a verb in the past ("Тілеуберді": God gave; "Сатыбалды", "Қойгелді"):
# their last syllable is no accusative ending.
_NAME_VERB_ENDINGS = ("берді", "балды", "келді", "гелді")


class Analysis(NamedTuple):
    """One way to read a word (a named tuple: a word's analyses are many, and a frozen
    dataclass took a third of the time to make them)."""

    stem: str
    stripped: int  # letters removed
    verbal: bool
    suffixes: tuple[str, ...]  # kinds, outermost first
    evidence: float = 0.0  # summed suffix weights (suffixes.py)
    changed: bool = False  # a stem change was undone on the way (мектеб- -> мектеп)

    @property
    def score(self) -> float:
        """The evidence, less a doubt on short stems (ба, жа, ада- are rarely the root), and
        on a tie the stem as written alone (есеп, not есеб)."""
        return self.evidence - (_SHORT_STEM_DOUBT if len(self.stem) <= 2 else 0.0) \
            + (_UNVOICED_PREFERENCE if self.changed else 0.0)

    @property
    def strong(self) -> bool:
        """Enough to overrule a word the lexicon knows as it stands."""
        return self.evidence >= 2

    @property
    def rank(self) -> tuple[float, int]:
        """Best score first; on a tie the shallower analysis."""
        return self.score, -self.stripped


_HARMONY = {suffix.form: suffix_harmony(suffix.form) for suffix in SUFFIXES}  # what each suffix demands


def fits(stem: str, suffix: Suffix, check_harmony: bool = True) -> bool:
    """Whether `suffix` may follow `stem`: its sound class, vowel harmony and a vowel in the stem."""
    if len(stem) < _MIN_STEM or VOWELS.isdisjoint(stem):
        return False
    if not suffix.needs_possessive and final_class(stem) not in suffix.after:
        return False
    wanted = _HARMONY[suffix.form] if suffix.harmonic and check_harmony else None
    if wanted is None:
        return True
    have = harmony(stem)
    return have is None or wanted == have


def _stem_variants(stem: str, suffix: Suffix) -> list[str]:
    """The stem as written, and as it was before a vowel-initial suffix changed it."""
    variants = [stem]
    if suffix.form[0] in VOWELS:
        if stem[-1] in _VOICING and len(stem) >= 2 and stem[-2] in VOWELS:  # voiced between vowels only (таң-ғы)
            variants.append(stem[:-1] + _VOICING[stem[-1]])
        # a middle ы/і drops before a possessive (орын -> орны, ауыз -> аузы), not before voice
        if suffix.slot in (POSSESSIVE, CASE) and len(stem) >= 3 and stem[-1] not in VOWELS \
                and (stem[-2] not in VOWELS or stem[-2] in "уй"):
            vowel = "ы" if harmony(stem) != "front" else "і"
            variants.append(stem[:-1] + vowel + stem[-1])
    return variants


def _person_confirmed(outer: Suffix | None, suffix: Suffix) -> float:
    """A 1st-person ending (or -ңыз, -сың) counts in full once a finite tense or a locative
    stands before it: бер-е-мін is a verb, though -мін alone weighs nothing (адам is not
    ада-м); a one-letter -ң does not (ауыл-дың is a genitive, not ау-ыл-ды-ң)."""
    if outer is None or outer.kind not in TENSE_PERSONS or len(outer.form) < 2 or suffix.kind not in PREDICATES:
        return 0.0
    return max(0.0, len(outer.form) - outer.evidence)


def _spellings_ending(form: str) -> list[Spelling]:
    """The spellings `form` ends in, in their BY_LAST_LETTER order (which decides ties):
    those of its longest ending in ENDING_SPELLINGS."""
    found: list[Spelling] = []
    for n in range(1, len(form) + 1):
        longer = ENDING_SPELLINGS.get(form[-n:])
        if longer is None:
            break
        found = longer
    return found


def analyses(word: str, check_harmony: bool = True) -> list[Analysis]:
    """Every way to strip suffix chains off `word` (the word itself included); without
    check_harmony also the ways that break vowel harmony, as foreign names do (Йорк-тің)."""
    found = [Analysis(word, 0, False, ())]
    stack: list[tuple[str, Suffix | None, Analysis]] = [(word, None, found[0])]
    while stack:
        form, outer, inner = stack.pop()
        verbal, chain = inner.verbal, inner.suffixes
        if len(chain) >= _MAX_DEPTH:
            continue
        for spelling in _spellings_ending(form):
            suffix = spelling.suffix
            if outer is None and not suffix.ends_word or outer is not None and suffix.slot >= outer.slot:
                continue
            if outer is not None and outer.needs_possessive and suffix.slot != POSSESSIVE:
                continue  # -на, -нда, -нан, -н, -а stand only after a possessive
            if outer is not None and outer.slot == CASE and suffix.kind == "poss3" and outer.form not in AFTER_POSS3:
                continue
            if outer is not None and (outer.needs and suffix.kind not in outer.needs or suffix.kind in outer.excludes):
                continue
            if outer is not None and outer.slot < PERSON and not outer.verbal and suffix.verbal \
                    and not suffix.nominalizer:
                continue  # case, possessive and plural follow nouns and nominalised verbs only
            if outer is not None and outer.verbal and not suffix.verbal and PLURAL <= suffix.slot <= CASE:
                continue  # and no verb ending follows them (жұмыс-ы-н, not жұм-ы-сын)
            evidence = inner.evidence + suffix.evidence_before(outer) + _person_confirmed(outer, suffix)
            for restored in spelling.restore:
                stem = form[: -len(spelling.written)]
                stem += "" if restored == "й" and stem.endswith("и") else restored  # и is ый: қи-я-ды
                if not fits(stem, suffix, check_harmony) or restored in VOWELS and len(stem) < _UNKNOWN_MIN_STEM:
                    continue  # (и read as ы-й only off a longer stem: ти-ді is no ты-й-ді)
                for variant in _stem_variants(stem, suffix):
                    analysis = Analysis(variant, len(word) - len(variant), verbal or suffix.verbal,
                                        (*chain, suffix.kind), evidence, inner.changed or variant != stem)
                    if not suffix.needs_possessive and not suffix.needs:  # else complete once its inner suffix is off
                        found.append(analysis)
                    stack.append((variant, suffix, analysis))
    return found


def _derivative(stem: str) -> bool:
    """Whether `stem` reads as two letters or more and a derivational ending (ыс-тық, not і-ші)."""
    return any(stem.endswith(d) and len(stem) - len(d) >= _MIN_STEM for d in DERIVATIONS)


def _agent_noun(analysis: Analysis, candidates: list[Analysis]) -> str | None:
    """The noun in -ушы a verbal `analysis` declines, if it does: UD KTB lemmatises a bare
    -ушы as the verb (айтушы -> айт) but one with a plural, possessive or case ending as a noun
    (құтқарушылар -> құтқарушы, сатушысы -> сатушы)."""
    chain = analysis.suffixes
    if "agent" not in chain or chain[0] == "agent":
        return None
    outside = chain[: chain.index("agent")]
    return next((a.stem for a in candidates if a.suffixes == outside and a.stem.endswith(AGENT_FORMS)), None)


def _unknown_lemma(word: str) -> str:
    """The lemma of a word no analysis reaches a known stem in: it loses case and plural
    endings, and a 3rd-person possessive: -сы after a vowel (компания-сы, not after ы/і but on
    a derived -шы: үдерісі may be үдеріс-і), -ы in a chain with a case or plural ending
    (көзәйнек-тер-і, салон-ы-нда; a bare -ы is as often a name's own end), unless the possessive
    is part of the word: a compound on a possessed head (Елбасы-ның, Құнанбайұлы-на: бас-ы,
    ұл-ы), a derived noun's -шы (сурдоаудармашы), a participle's -атын (экспортталатын is
    no экспортталат-ы-н). At least three letters stay; on a tie a derived noun's final
    consonant is unvoiced (құзыреттілігі-н -> құзыреттілік)."""
    best, best_key = word, (0, False)
    for analysis in analyses(word, check_harmony=False):
        kinds, lemma = list(analysis.suffixes), analysis.stem
        if analysis.changed and not word.startswith(lemma[:-1]):
            continue  # no lexicon to confirm a dropped vowel (құлақшы-н is no құлақыш-ы-н)
        if "poss3" in kinds and (len(kinds) > 1 or lemma[-1] in VOWELS and (lemma[-1] not in "ыі" or _derivative(lemma))):
            kinds.remove("poss3")
            possessed = word[: len(lemma) + (2 if lemma[-1] in VOWELS else 1)]
            if analysis.suffixes[-1] == "poss3" and (word.endswith(PARTICIPLE_FORMS) or _derivative(possessed)):
                continue
            if analysis.suffixes[-1] == "poss3" and possessed.endswith(POSSESSED_HEADS) and not analysis.changed:
                lemma = possessed
        if len(lemma) < _UNKNOWN_MIN_STEM and kinds or not set(kinds) <= _UNKNOWN_KINDS:
            continue
        key = (len(word) - len(lemma), analysis.changed and _derivative(lemma))
        if key > best_key:
            best, best_key = lemma, key
    return best


class KazakhLemmatizer:
    """The lemmatizer with its lexicon (read on first use) and its cache of lemmas: one per
    Resources, so a retrained lexicon comes with an empty cache."""

    def __init__(self, lexicon_path: Path) -> None:
        self.lexicon_path = lexicon_path
        self.lemmatize = lru_cache(maxsize=100_000)(self._lemmatize)

    @cached_property
    def lexicon(self) -> dict[str, str]:
        return load_lexicon(self.lexicon_path)

    def known(self, stem: str, verbal: bool) -> bool:
        kind = self.lexicon.get(stem)
        if kind is not None:
            return "V" in kind if verbal else True
        if verbal or not stem.endswith(DERIVATIONS):  # most stems: no derivation to try
            return False
        return any(stem.endswith(d) and len(stem) - len(d) >= _MIN_STEM and stem[: -len(d)] in self.lexicon
                   for d in DERIVATIONS)

    def _lemmatize(self, word: str) -> str:
        """The lemma of one Kazakh word, lower-cased (cached as `lemmatize`)."""
        lowered = word.lower()
        if lowered in IRREGULAR:
            return IRREGULAR[lowered]
        if lowered in INVARIANT:
            return lowered
        if "-" in lowered:
            return self._hyphenated(lowered)
        if not lowered.isalpha() or VOWELS.isdisjoint(lowered):
            return lowered
        candidates = analyses(lowered)
        word_known = self.known(lowered, False)
        valid = [a for a in candidates if a.stripped and self.known(a.stem, a.verbal)]
        valid = self._keep_derivatives(lowered, valid)
        if DECLINED in self.lexicon.get(lowered, ""):  # it takes case endings, so ends in none
            valid = [a for a in valid if a.suffixes[0] not in FINAL_CASES]
        if valid and (not word_known or any(a.strong or self._possessed(a, lowered) or self._converb(a, lowered)
                                            for a in valid)):
            best = max(valid, key=lambda a: a.rank if a.verbal else self._noun_rank(a, _DECLINED_OVER_VERB))
            if best.verbal:
                return _agent_noun(best, candidates) or best.stem
            return max((a for a in valid if not a.verbal), key=self._noun_rank).stem
        if word_known:
            return lowered
        unlisted = [a for a in candidates if a.verbal and a.stripped and self._unlisted_verb(a)]
        if unlisted:
            best = max(unlisted, key=lambda a: a.rank)
            return _agent_noun(best, candidates) or best.stem
        return _unknown_lemma(lowered)

    def _keep_derivatives(self, word: str, valid: list[Analysis]) -> list[Analysis]:
        """`valid` without the analyses that cut a derived noun the lexicon lists (`word`, or
        a stem another analysis reaches) to a stem of two letters, whatever the endings
        weigh: жарлық is no жа-р-лық, ыстық no ыс-ты-қ, жарлығы no жа-р-лығ-ы. (A noun only
        the rule in `known` derives is no such proof: алдық is ал-ды-қ.)"""
        derived = [stem for stem in {word, *(a.stem for a in valid if not a.verbal)}
                   if "N" in self.lexicon.get(stem, "") and _derivative(stem)]
        if not derived:
            return valid
        return [a for a in valid if len(a.stem) >= _UNKNOWN_MIN_STEM
                or not any(stem.startswith(a.stem) and len(stem) > len(a.stem) for stem in derived)]

    def _noun_rank(self, analysis: Analysis, preference: float = _DECLINED_PREFERENCE) -> tuple[float, int]:
        """A nominal analysis's rank among the nominal ones, raised for a noun news text shows
        declined: a real noun rather than a fragment hunspell-kk lists (табыс-ы-н, not
        табы-сы-н). Not for a short stem (қа-ны looks like қан-ы), nor for a possessed
        form hunspell-kk lists as a word, which declines too (елі-міз is ел-іміз). Against
        the verbal analyses it is raised less (`preference`): on a near tie only (ауыл-ды,
        not ау-ыл-ды; сынып-ты, not сын-ып-ты)."""
        score, shallow = analysis.rank
        stem = analysis.stem
        declined = len(stem) >= _UNKNOWN_MIN_STEM and DECLINED in self.lexicon.get(stem, "") \
            and not self._possessed_form(stem)
        return score + (preference if declined else 0.0), shallow

    def _unlisted_verb(self, analysis: Analysis) -> bool:
        """Whether `analysis` reads a verb stem hunspell-kk lacks as a verb: one made from a
        known noun with -ла/-да/-та (хабар -> хабарла-), or one it lists only as a nominal
        (қыл-ма-ды, жүгір-ген, кеңес-кен-де) when a suffix no noun or name ends in stands
        next to it (not a voice, -ар or the bare -а: Олжа-с, Ерден-бек, Украин-а); tried only
        when no analysis reaches a known stem."""
        stem = analysis.stem
        if len(stem) < _UNKNOWN_MIN_STEM:
            return False
        if "N" in self.lexicon.get(stem, ""):
            return analysis.suffixes[-1] in VERB_ONLY or analysis.suffixes[-2:] == ("pers3", "pres")
        return stem.endswith(DENOMINAL) and len(stem) - 2 >= _UNKNOWN_MIN_STEM \
            and "N" in self.lexicon.get(stem[:-2], "")

    def _possessed(self, analysis: Analysis, word: str) -> bool:
        """A known noun, or a known verb's verbal noun in -у, with the 3rd-person possessive:
        hunspell-kk stores such forms as words (жылы, облысы, президенті, болуы), but in
        running text they are the noun's and the verb's (болуы тиіс -> бол); not a word news
        text declines as a noun of its own (жалақы-ға: no жалақ-ы)."""
        if len(analysis.stem) < _UNKNOWN_MIN_STEM or OWN_NOUN in self.lexicon.get(word, ""):
            return False
        if analysis.suffixes == ("poss3", "vnoun"):  # a verb hunspell-kk lists bare too (бол, not the
            return self.lexicon.get(analysis.stem, "").startswith("NV")  # еке- it makes of екеу)
        return analysis.suffixes == ("poss3",) and "N" in self.lexicon.get(analysis.stem, "")

    def _converb(self, analysis: Analysis, word: str) -> bool:
        """A listed verb's converb in -а/-е, which hunspell-kk lists as a word of its own
        (айта, келе): lexicon kind "C", from news text that shows it before an auxiliary
        (not қаза, көне)."""
        return analysis.suffixes == ("pres",) and CONVERB in self.lexicon.get(word, "")

    def _hyphenated(self, word: str) -> str:
        """Hyphenated words inflect on their last part only ("Өскемен-Семейге" -> "өскемен-семей");
        an abbreviation takes its case ending after a hyphen ("АҚШ-тың" -> "ақш")."""
        head, _, tail = word.rpartition("-")
        if not tail.isalpha():
            return word
        if tail in NAME_CASE_FORMS:
            return head
        return f"{head}-{self.lemmatize(tail)}"

    def strip_case(self, word: str, keep_possessive: bool = True, quoted_name: bool = False,
                   person: bool = False, place: bool = False) -> str:
        """`word` without its case ending, for entity normal forms ("Астанаға" -> "Астана",
        "әкімдігіне" -> "әкімдігі", "АҚШ-тың" -> "АҚШ"). With keep_possessive=False a
        3rd-person possessive comes off too when a known stem remains ("Президенті" ->
        "Президент", "Алматы" stays). A quoted_name is a name in its own quotes: a noun the
        lexicon shows declined itself is no possessive + case form («Самұрық-Қазына» is no
        "Қазы" + -на), and a possessive before a case ending comes off with it («Қайсарын»
        -> «Қайсар») unless keep_possessive (the last noun of a name of several words, whose
        possessive links it to the words before: «Минералды тыңайтқыш зауытына» -> «...
        зауыты», «Жол картасында» -> «Жол картасы»).
        A person's name takes no possessive but -ұлы/-қызы, so no case form that only follows
        one is read elsewhere ("ҚҰСАЙЫН" is no "Құсайы" + -н; "Нұржанұлын" is "Нұржанұлы" +
        -н). Place names the lexicon lists stay as they are, and a place's name keeps what
        only looks like an accusative unless a listed place remains ("Шеңгелді", "Көкпекті",
        "Нарын" are names; "Астананы" is Астана): the written-news gold has 31 places ending
        so in the nominative to 2 in the accusative, both of listed places. Nor is a place's
        or a capitalised word's "-стан" an ablative ("Мажарстан", "Казахстан" stay), nor a
        capitalised word a dative, ablative or instrumental of a stem of three letters or
        fewer ("Едіге", "Гүлден", "Дәрмен": the news gold's training parts, 7 of 7 such names;
        "Сырдың", "Іленің" lose their genitive)."""
        head, hyphen, tail = word.rpartition("-")
        if hyphen and head and (tail.lower() in NAME_CASE_FORMS or len(head) > 1 and head.isupper()
                                and _POSSESSED_CASE.match(tail)):
            return head  # an abbreviation's or a foreign name's ending after a hyphen ("ЖШС-іне": its possessive too)
        lowered = word.lower()
        if lowered in PLACES:
            return word
        listed = quoted_name and (self._declines_itself(lowered) or self._declines_itself(lowered.rpartition("-")[2]))
        best, after_possessive = lowered, False
        for spelling in BY_LAST_LETTER.get(lowered[-1:], ()):
            suffix = spelling.suffix
            similative = person and suffix.kind == "similative"
            if suffix.kind not in NAME_CASES and not similative or not lowered.endswith(suffix.form) \
                    or len(suffix.form) >= len(lowered) - 2 or (listed and suffix.needs_possessive):
                continue
            stem = lowered[: -len(suffix.form)]
            if similative and not stem.endswith(_SURNAME_STEMS):
                continue
            if person and (suffix.needs_possessive and not stem.endswith(PATRONYMIC_ENDINGS)
                           or suffix.kind in ("loc", "loc_adj")):
                continue  # (no person stands in the locative: "Ямада", "Фарида" are names)
            if place and suffix.kind == "acc" and stem not in PLACES:
                continue
            if word[:1].isupper() and len(stem) <= 3 and suffix.kind in ("dat", "abl", "ins"):
                continue  # "Едіге", "Мекке", "Гүлден", "Дәрмен", "Жылға": names, no dative of "Еді", "Жыл"
            if quoted_name and suffix.kind == "acc" and lowered[-1] in "ыі" and self.known(lowered[:-1], False):
                continue  # «Халық майданы»: a name's possessed noun (майдан-ы), no accusative of "майда"; but
                # «Алтайын» is Алтай-ы-н, Өскемен's club in the accusative
            if person and suffix.kind == "acc" and lowered.endswith(_NAME_VERB_ENDINGS):
                continue  # "Тілеуберді", "Сатыбалды": a name made of a verb in the past, no accusative
            if suffix.kind == "acc" and (keep_possessive or not self.known(stem, False)) \
                    and self._possessed_form(lowered):
                continue  # "марафоны": a known noun with its possessive (марафон-ы), no accusative of "марафо"; the
                # last noun of a several-word name reads so first ("спорт кешені": кешен-і, not кеше-ні)
            if (place or word[:1].isupper()) and suffix.form == "тан" and stem.endswith("с"):
                continue  # "-стан" names a land (Мажарстан, Дағыстан, Казахстан), no ablative of a stem in -с;
                # the suffix keeps its back vowel, so "Ертістен" is the ablative of Ертіс
            # Names break vowel harmony ("Тоқаевқа": the е of a Russian surname takes -қа).
            takes = stem[-1] in "ыі" if suffix.needs_possessive else fits(stem, suffix, check_harmony=False)
            # A known word is not cut to an unknown stem ("Қазақстан" is no ablative of
            # "қазақс"); a possessed stem counts as known by its noun (мәжілісі-нде).
            if takes and len(stem) < len(best) \
                    and (self._known_or_possessed(stem, suffix.needs_possessive) or not self.known(lowered, False)
                         or person and stem.endswith(PATRONYMIC_ENDINGS)):  # "Байтұрсынұлының", listed as a form
                best, after_possessive = stem, suffix.needs_possessive
        for form in ("сы", "сі", "ы", "і"):
            stem = best[: -len(form)]
            if best.endswith(form) and len(stem) >= _UNKNOWN_MIN_STEM and not (place and stem not in PLACES) \
                    and not keep_possessive and (quoted_name and after_possessive or self.known(stem, False)):
                best = stem
                break
        return word[: len(best)] if lowered.startswith(best) else best

    def _declines_itself(self, word: str) -> bool:
        """Whether news shows `word` with case endings of its own (the lexicon's D mark):
        a noun, not an inflected form the lexicon also lists ("қазына", not "үйінде")."""
        return "D" in self.lexicon.get(word, "")

    def _known_or_possessed(self, stem: str, before_possessive_case: bool = False) -> bool:
        """A known stem, or a known noun with its possessive; a two-letter noun counts only
        before a case form that needs the possessive (үй-і-нде, іс-і-не)."""
        return self.known(stem, False) \
            or self._possessed_form(stem, _MIN_STEM if before_possessive_case else _UNKNOWN_MIN_STEM)

    def _possessed_form(self, stem: str, min_stem: int = _MIN_STEM) -> bool:
        """Whether `stem` reads as a known nominal with the 3rd-person possessive (елі, облысы)."""
        return any(stem.endswith(form) and len(stem) - len(form) >= min_stem
                   and self.known(stem[: -len(form)], False) for form in ("сы", "сі", "ы", "і"))
