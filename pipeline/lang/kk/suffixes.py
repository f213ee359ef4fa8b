"""Kazakh inflectional suffixes: every allomorph, its slot, and where it may stand.

A word is stem (+ voice + negation + tense/nominaliser) (+ plural + possessive + case)
(+ person). Stripping runs right to left, so each suffix stripped must have a lower slot
than the one stripped before it. `after` lists the stem-final classes (phonology.py) an
allomorph follows; `needs_possessive` marks case forms that only follow a possessive
(-на, -нда, -нан, -н after -ы/-сы; AFTER_POSS3: only these n-forms follow it), `needs` the
suffixes that stand only after given ones (-ды of бар-а-ды after the present -а, -м of
кел-ді-м after the past), `verbal` the suffixes whose stem must be a verb, `nominalizer`
the verb forms that plural, possessive and case may follow (-ған, -атын, -у, -ушы, -ар, -мақ): a finite form
(-ды, -а, -ып, -са) never takes a case ending, which keeps "Астанаға" from "аста-н-а-ға".
Allomorphs per KAZAKH.md and standard Kazakh grammars; -лық/-шы derivation is not here:
those words are lexemes of their own (министрлік, оқушы).

`weight` is how much an analysis is believed for stripping the suffix (default: its
length). News text rarely speaks in the 1st or 2nd person, so the predicative person
endings weigh nothing and only win when nothing else reaches a known stem ("адам" is not
ада-м "my island"), unless a finite tense or a locative stands before a 1st-person ending
or -сың (бер-е-мін, ойла-р-мыз, see lemmatizer.py); the long 1st-person plural possessive
-ымыз (еліміз) counts; the polite imperative
-(ы)ңыз weighs 0.1, so a known verb's imperative beats a 2nd-person possessive of a word
fragment (беріңіз is бер, not бері-ңіз); the 3rd-person imperative -сын weighs 2 after a
vowel (бағдарлама-сы-н, not бағдарла-ма-сын). The passive -ыл weighs a
little (0.6): UD strips it (сатылып -> сат, өтілді -> өт); its form -ын after л weighs
nothing, so it comes off (салынып -> сал) unless hunspell-kk lists the verb with it, as
UD keeps it then (бүлінер -> бүлін); the reflexive, reciprocal and
causative weigh -0.3, as UD keeps them when the derived verb is known (қоштас, сездір)
and a nominal reading of the same letters wins (өндіріс-ті, not өндір-іс-ті); the
reciprocal's one letter -с after a vowel -0.8, so a verb's past beats a present built on
it (жаса-ды, not жа-с-а-ды). The
converb -п weighs 2, like a two-letter ending; future participles -ар weigh 0.5 (-р 0.4,
nothing when declined) and -мақ, negation -ма 1, as they are often part of a noun's
stem (жоспар, қатар, тамақ, бағдарлама); the agent -ушы weighs nothing, so a known noun
in -ушы stays a noun (оқушы); the 3rd-person possessive -ы/-і weighs 1.5: it beats the word fragments
hunspell-kk stores as entries (жүйе-сі, not жүйес-і) but alone does not overrule a word
the lexicon knows (туралы is not турал-ы) unless its stem is a known noun (see
lemmatizer.py).
"""
from __future__ import annotations

from dataclasses import dataclass

ANY = frozenset({"vowel", "glide", "l", "nasal", "voiced", "voiceless", "other"})
VOWEL = frozenset({"vowel"})
CONSONANT = ANY - VOWEL
VOICED_ALL = frozenset({"vowel", "glide", "l", "nasal", "voiced"})
SONORANT = frozenset({"l", "nasal", "voiced"})
PERSON, CASE, POSSESSIVE, PLURAL, ABSTRACT, TENSE, NEGATION, VOICE = 11, 10, 9, 8, 7, 6, 5, 4


@dataclass(frozen=True, slots=True)
class Suffix:
    form: str
    slot: int
    kind: str
    after: frozenset[str] = ANY
    needs_possessive: bool = False
    verbal: bool = False
    harmonic: bool = True  # False for the instrumental, which is -мен after any stem
    nominalizer: bool = False  # a verb form that can take plural, possessive and case
    weight: float | None = None  # evidence it gives for an analysis; None: its length
    needs: frozenset[str] = frozenset()  # kinds one of which must stand right before it (бар-а-ды)
    excludes: frozenset[str] = frozenset()  # kinds that may not stand right before it
    declined_weight: float | None = None  # its evidence when plural, possessive or case follows; None: as alone
    ends_word: bool = True  # False: a person ending always follows it (the copula of айт-қан-ды-м)

    @property
    def evidence(self) -> float:
        return len(self.form) if self.weight is None else self.weight

    def evidence_before(self, outer: Suffix | None) -> float:
        """The evidence it gives with `outer` stripped after it (outside it)."""
        if self.declined_weight is not None and outer is not None and PLURAL <= outer.slot <= CASE:
            return self.declined_weight
        return self.evidence


# The verb forms the imperative never follows (тізе-лер-іңіз is a plural with a
# possessive, not тізеле-р-іңіз).
TENSES = frozenset({"past", "pres", "conv", "ptcp", "fut", "cond", "intent", "agent", "vnoun"})
# A 1st-person ending, and the 2nd-person -сың, weighs nothing alone (адам is not ада-м,
# бағдарлама-мыз not бағдарла-ма-мыз) but counts in full after the tenses that take it
# (бер-е-мін, айт-ар-мын, ойла-р-мыз, бол-ған-мын, бар-ды-ңыз, бер-е-сің) and after a
# locative (үй-де-міз, асыр-у-да-мыз); -сыз is not counted: it is more often "without"
# (қолай-сыз, not қола-й-сыз; жай-сыз).
TENSE_PERSONS = frozenset({"pers1", "pers12", "pers2sg"})
FINITE = frozenset({"pres", "fut", "ptcp", "past"})
PREDICATES = FINITE | {"loc"}  # what a person ending counts in full after

# Cases a predicative person ending never follows: үй-де-міз, қала-дан-мын, but no
# dative, accusative or genitive (көрін-е-міз, not көр-і-не-міз).
NOT_PREDICATIVE = frozenset({"dat", "acc", "gen"})


def _pair(back: str, front: str, slot: int, kind: str, **kw) -> list[Suffix]:
    return [Suffix(back, slot, kind, **kw), Suffix(front, slot, kind, **kw)]


SUFFIXES: list[Suffix] = [
    # plural
    *_pair("лар", "лер", PLURAL, "plural", after=frozenset({"vowel", "glide"})),
    *_pair("дар", "дер", PLURAL, "plural", after=SONORANT),
    *_pair("тар", "тер", PLURAL, "plural", after=frozenset({"voiceless"})),
    # possessive
    *_pair("сы", "сі", POSSESSIVE, "poss3", after=VOWEL),
    *_pair("ы", "і", POSSESSIVE, "poss3", after=CONSONANT, weight=1.5),
    Suffix("м", POSSESSIVE, "poss1", after=VOWEL, weight=0),
    *_pair("ым", "ім", POSSESSIVE, "poss1", after=CONSONANT, weight=0),
    Suffix("ң", POSSESSIVE, "poss2", after=VOWEL, weight=0),
    *_pair("ың", "ің", POSSESSIVE, "poss2", after=CONSONANT, weight=0),
    *_pair("ңыз", "ңіз", POSSESSIVE, "poss2", after=VOWEL, weight=0),
    *_pair("ыңыз", "іңіз", POSSESSIVE, "poss2", after=CONSONANT, weight=0),
    *_pair("мыз", "міз", POSSESSIVE, "poss1", after=VOWEL),
    *_pair("ымыз", "іміз", POSSESSIVE, "poss1", after=CONSONANT),
    # genitive
    *_pair("ның", "нің", CASE, "gen", after=frozenset({"vowel", "nasal"})),
    *_pair("дың", "дің", CASE, "gen", after=frozenset({"glide", "l", "voiced"})),
    *_pair("тың", "тің", CASE, "gen", after=frozenset({"voiceless"})),
    # dative
    *_pair("ға", "ге", CASE, "dat", after=VOICED_ALL),
    *_pair("қа", "ке", CASE, "dat", after=frozenset({"voiceless"})),
    *_pair("на", "не", CASE, "dat", needs_possessive=True),
    *_pair("а", "е", CASE, "dat", needs_possessive=True),
    # accusative
    *_pair("ны", "ні", CASE, "acc", after=VOWEL),
    # (not after the future participle: жібер-ді is a past, not жіп-ер-ді)
    *_pair("ды", "ді", CASE, "acc", after=frozenset({"glide", "l", "nasal", "voiced"}), excludes=frozenset({"fut"})),
    *_pair("ты", "ті", CASE, "acc", after=frozenset({"voiceless"})),
    Suffix("н", CASE, "acc", needs_possessive=True),
    # locative, ablative, instrumental, and the -дағы / -дай forms built on them
    *_pair("да", "де", CASE, "loc", after=VOICED_ALL),
    *_pair("та", "те", CASE, "loc", after=frozenset({"voiceless"})),
    *_pair("нда", "нде", CASE, "loc", needs_possessive=True),
    *_pair("дан", "ден", CASE, "abl", after=frozenset({"vowel", "glide", "l", "voiced"})),
    *_pair("тан", "тен", CASE, "abl", after=frozenset({"voiceless"})),
    *_pair("нан", "нен", CASE, "abl", after=frozenset({"nasal"})),
    *_pair("нан", "нен", CASE, "abl", needs_possessive=True),
    Suffix("мен", CASE, "ins", after=frozenset({"vowel", "glide", "l", "nasal"}), harmonic=False),  # адам-мен
    Suffix("бен", CASE, "ins", after=frozenset({"voiced"}), harmonic=False),  # қыз-бен
    Suffix("пен", CASE, "ins", after=frozenset({"voiceless"}), harmonic=False),
    *_pair("дағы", "дегі", CASE, "loc_adj", after=VOICED_ALL),
    *_pair("тағы", "тегі", CASE, "loc_adj", after=frozenset({"voiceless"})),
    *_pair("ндағы", "ндегі", CASE, "loc_adj", needs_possessive=True),
    *_pair("ша", "ше", CASE, "equative", weight=1),  # қазақ-ша, (айт-у-ы-)нша
    *_pair("нша", "нше", CASE, "equative", needs_possessive=True),
    *_pair("дай", "дей", CASE, "similative", after=VOICED_ALL, weight=1),
    *_pair("тай", "тей", CASE, "similative", after=frozenset({"voiceless"}), weight=1),
    # predicative and verbal person endings
    *_pair("мын", "мін", PERSON, "pers1", after=frozenset({"vowel", "glide", "l", "nasal"}), weight=0,
           excludes=NOT_PREDICATIVE),
    *_pair("бын", "бін", PERSON, "pers1", after=frozenset({"nasal", "voiced"}), weight=0,
           excludes=NOT_PREDICATIVE),
    *_pair("пын", "пін", PERSON, "pers1", after=frozenset({"voiceless"}), weight=0,
           excludes=NOT_PREDICATIVE),
    *_pair("мыз", "міз", PERSON, "pers1", after=frozenset({"vowel", "glide", "l", "nasal"}),
           weight=0, excludes=NOT_PREDICATIVE),
    *_pair("быз", "біз", PERSON, "pers1", after=frozenset({"nasal", "voiced"}), weight=0, excludes=NOT_PREDICATIVE),
    *_pair("пыз", "піз", PERSON, "pers1", after=frozenset({"voiceless"}), weight=0, excludes=NOT_PREDICATIVE),
    *_pair("сың", "сің", PERSON, "pers2sg", weight=0, excludes=NOT_PREDICATIVE),
    *_pair("сыз", "сіз", PERSON, "pers2", weight=0, excludes=NOT_PREDICATIVE),
    *_pair("сыңдар", "сіңдер", PERSON, "pers2", excludes=NOT_PREDICATIVE),
    *_pair("сыздар", "сіздер", PERSON, "pers2", excludes=NOT_PREDICATIVE),
    # after the past -ды and the conditional -са: кел-ді-м, бол-са-ң, бар-ды-ңыздар
    *(Suffix(form, PERSON, "pers12", after=VOWEL, verbal=True, weight=0, needs=frozenset({"past", "cond"}))
      for form in ("м", "ң", "ңыз", "ңіз")),
    *(Suffix(form, PERSON, "pers2", after=VOWEL, verbal=True, needs=frozenset({"past", "cond"}))
      for form in ("ңдар", "ңдер", "ңыздар", "ңіздер")),
    # imperative
    *_pair("ыңыз", "іңіз", PERSON, "imp2", after=CONSONANT, verbal=True, weight=0.1, excludes=TENSES),
    *_pair("ңыз", "ңіз", PERSON, "imp2", after=VOWEL, verbal=True, weight=0.1, excludes=TENSES),
    *_pair("ыңдар", "іңдер", PERSON, "imp2", after=CONSONANT, verbal=True, excludes=TENSES),
    # the imperative spelled with its vowel after a stem's vowel (ойла-ыңыз for ойлаңыз), as
    # UniMorph's tables write it: two vowels meet in no native stem, so nothing else reads so
    *(Suffix(form, PERSON, "imp2", after=VOWEL, verbal=True, excludes=TENSES)
      for form in ("ыңыз", "іңіз", "ың", "ің", "ыңдар", "іңдер", "ыңыздар", "іңіздер")),
    *_pair("ңдар", "ңдер", PERSON, "imp2", after=VOWEL, verbal=True, excludes=TENSES),
    *_pair("ыңыздар", "іңіздер", PERSON, "imp2", after=CONSONANT, verbal=True, excludes=TENSES),
    *_pair("ңыздар", "ңіздер", PERSON, "imp2", after=VOWEL, verbal=True, excludes=TENSES),
    *_pair("ды", "ді", PERSON, "pers3", after=frozenset({"vowel", "glide"}), verbal=True, needs=frozenset({"pres"})),
    # the evidential past (айт-ып-ты, жаса-п-ты), weighing a little: more than the accusative
    # of a listed converb (келіп-ті), less than a short stem's doubt (тап-ты is no та-п-ты)
    # or a declined noun's preference (сынып-ты, see lemmatizer.py)
    *_pair("ты", "ті", PERSON, "pers3", after=frozenset({"voiceless"}), verbal=True, needs=frozenset({"conv"}),
           weight=0.25),
    # the 1st-person imperative: бар-айын, кет-ейік, жаса-йық; too little to overrule a
    # listed word (қайық, Жайық, ағайын)
    *_pair("айын", "ейін", PERSON, "imp1", after=CONSONANT, verbal=True, weight=1.5, excludes=TENSES),
    *_pair("айық", "ейік", PERSON, "imp1", after=CONSONANT, verbal=True, weight=1.5, excludes=TENSES),
    *_pair("йын", "йін", PERSON, "imp1", after=VOWEL, verbal=True, weight=1, excludes=TENSES),
    *_pair("йық", "йік", PERSON, "imp1", after=VOWEL, verbal=True, weight=1, excludes=TENSES),
    # after the past and the conditional only: кел-ді-к, бол-са-қ (керек is no кер-е-к)
    *(Suffix(form, PERSON, "past1pl", after=VOWEL, verbal=True, weight=0, needs=frozenset({"past", "cond"}))
      for form in ("қ", "к")),
    # (after a vowel it weighs less: more often the possessive -сы with the accusative -н,
    # бағдарлама-сы-н, not бағдарла-ма-сын)
    *_pair("сын", "сін", PERSON, "imp3", after=CONSONANT, verbal=True, excludes=TENSES),
    *_pair("сын", "сін", PERSON, "imp3", after=VOWEL, verbal=True, weight=2, excludes=TENSES),
    # the abstract noun of a participle: бол-ған-дық-тан, айт-ар-лық-тай
    # (-лық after -ар, -дық after -ған: күртік is no кү-р-тік)
    *(Suffix(form, ABSTRACT, "abstract", after=after, verbal=True, nominalizer=True, needs=frozenset({"ptcp", "fut"}))
      for forms, after in ((("лық", "лік"), VOICED_ALL - SONORANT), (("дық", "дік"), SONORANT),
                           (("тық", "тік"), frozenset({"voiceless"})))
      for form in forms),
    # the participle with the copula еді run into it (айт-па-ған-ды-м for айтпаған едім): a
    # past tense the person endings of the past follow, and never ends a word (Қараған-ды is a name)
    *_pair("ды", "ді", ABSTRACT, "past", after=frozenset({"nasal"}), verbal=True, needs=frozenset({"ptcp"}),
           ends_word=False),
    # tense, aspect, mood, non-finite forms
    *_pair("ды", "ді", TENSE, "past", after=VOICED_ALL, verbal=True),
    *_pair("ты", "ті", TENSE, "past", after=frozenset({"voiceless"}), verbal=True),
    *_pair("а", "е", TENSE, "pres", after=CONSONANT, verbal=True),
    Suffix("й", TENSE, "pres", after=VOWEL, verbal=True),
    *_pair("ып", "іп", TENSE, "conv", after=CONSONANT, verbal=True),
    Suffix("п", TENSE, "conv", after=VOWEL, verbal=True, weight=2),
    *_pair("ған", "ген", TENSE, "ptcp", after=VOICED_ALL, verbal=True, nominalizer=True),
    *_pair("қан", "кен", TENSE, "ptcp", after=frozenset({"voiceless"}), verbal=True, nominalizer=True),
    *_pair("атын", "етін", TENSE, "ptcp", after=CONSONANT, verbal=True, nominalizer=True),
    *_pair("йтын", "йтін", TENSE, "ptcp", after=VOWEL, verbal=True, nominalizer=True),
    # the negative habitual without its й (айт-па-тын for айтпайтын, as UniMorph writes it),
    # weighing little and taking no case: -матын is more often a name's (Алматы-ның, Алматы-ны,
    # not ал-ма-тын-ың, ал-ма-тын-ы)
    *_pair("тын", "тін", TENSE, "ptcp", after=VOWEL, verbal=True, needs=frozenset({"neg"}),
           weight=0.5),
    # the negative present with the converb before the negation (айт-а-ма-й-мын, ойла-й-ма-й-ды,
    # as UniMorph writes айтпаймын): one tense, so the person endings follow it; weighing
    # less than -ма-й, so a verb in -а keeps its vowel (жаса-ма-й-ды, not жас-амай-ды)
    *(Suffix(form, TENSE, "pres", after=after, verbal=True, weight=1)
      for forms, after in ((("амай", "емей"), CONSONANT), (("ймай", "ймей"), VOWEL)) for form in forms),
    # (the negative future is -мас, never -ма-р: жоспар is no жос-па-р)
    # (declined, -ар is far more often a noun's own: қатар-да, not қат-ар-да; after a vowel
    # -р weighs a little less than -ар, so біл-ер-мін wins over біле-р-мін when both are verbs)
    *_pair("ар", "ер", TENSE, "fut", after=CONSONANT, verbal=True, nominalizer=True, weight=0.5,
           excludes=frozenset({"neg"}), declined_weight=0),
    Suffix("р", TENSE, "fut", after=VOWEL, verbal=True, nominalizer=True, weight=0.4, excludes=frozenset({"neg"}),
           declined_weight=0),
    *(Suffix(form, TENSE, "fut", verbal=True) for form in ("мас", "мес", "бас", "бес", "пас", "пес")),
    # the converb "without" and the purpose: айт-пастан, ойлан-бастан, сездір-меске (-мас
    # declines no further: бағдарлама-сы); weighing as the case, so a listed noun in -мас
    # stays (білмес-тен)
    *(Suffix(form, TENSE, "conv", verbal=True, weight=3)
      for form in ("мастан", "местен", "бастан", "бестен", "пастан", "пестен")),
    *(Suffix(form, TENSE, "conv", verbal=True, weight=2)
      for form in ("масқа", "меске", "басқа", "беске", "пасқа", "песке")),
    *_pair("мақ", "мек", TENSE, "fut", after=frozenset({"vowel", "glide", "l"}), verbal=True, nominalizer=True,
           weight=0),
    *_pair("бақ", "бек", TENSE, "fut", after=frozenset({"nasal", "voiced"}), verbal=True, nominalizer=True, weight=0),
    *_pair("пақ", "пек", TENSE, "fut", after=frozenset({"voiceless"}), verbal=True, nominalizer=True, weight=0),
    *_pair("са", "се", TENSE, "cond", verbal=True),
    # intention: бар-мақшы, жаса-мақшы
    *_pair("мақшы", "мекші", TENSE, "intent", after=frozenset({"vowel", "glide", "l"}), verbal=True),
    *_pair("бақшы", "бекші", TENSE, "intent", after=frozenset({"nasal", "voiced"}), verbal=True),
    *_pair("пақшы", "пекші", TENSE, "intent", after=frozenset({"voiceless"}), verbal=True),
    # the converb of sequence: кет-кесін, бар-ғасын (too little to overrule баға-сы-н)
    *_pair("ғасын", "гесін", TENSE, "conv", after=VOICED_ALL, verbal=True, weight=1),
    *_pair("қасын", "кесін", TENSE, "conv", after=frozenset({"voiceless"}), verbal=True, weight=1),
    *_pair("ғалы", "гелі", TENSE, "intent", after=VOICED_ALL, verbal=True),
    *_pair("қалы", "келі", TENSE, "intent", after=frozenset({"voiceless"}), verbal=True),
    *_pair("ушы", "уші", TENSE, "agent", verbal=True, nominalizer=True, weight=0),  # айт-ушы, тазала-ушы
    Suffix("у", TENSE, "vnoun", verbal=True, nominalizer=True, weight=0),
    # negation
    # (after a nasal -ба, and -ма as it is often written there too: түсін-бе-ді, түсін-ме-ді)
    *_pair("ма", "ме", NEGATION, "neg", after=frozenset({"vowel", "glide", "l", "nasal"}), verbal=True, weight=1),
    *_pair("ба", "бе", NEGATION, "neg", after=frozenset({"nasal", "voiced"}), verbal=True, weight=1),
    *_pair("па", "пе", NEGATION, "neg", after=frozenset({"voiceless"}), verbal=True, weight=1),
    # voice: passive, reflexive, reciprocal, causative
    *_pair("ыл", "іл", VOICE, "pass", after=CONSONANT, verbal=True, weight=0.6),
    Suffix("л", VOICE, "pass", after=VOWEL, verbal=True, weight=0.1),
    # (after л the passive is -ын: сал-ын-ып, біл-ін-ді; бүлін is a verb of its own)
    *_pair("ын", "ін", VOICE, "pass", after=frozenset({"l"}), verbal=True, weight=0),
    *_pair("ын", "ін", VOICE, "refl", after=CONSONANT, verbal=True, weight=-0.3),
    Suffix("н", VOICE, "refl", after=VOWEL, verbal=True, weight=-0.3),
    *_pair("ыс", "іс", VOICE, "rcp", after=CONSONANT, verbal=True, weight=-0.3),
    Suffix("с", VOICE, "rcp", after=VOWEL, verbal=True, weight=-0.8),
    *_pair("дыр", "дір", VOICE, "caus", verbal=True, weight=-0.3),
    *_pair("тыр", "тір", VOICE, "caus", verbal=True, weight=-0.3),
    *_pair("ғыз", "гіз", VOICE, "caus", verbal=True, weight=-0.3),
    *_pair("қыз", "кіз", VOICE, "caus", verbal=True, weight=-0.3),
    Suffix("т", VOICE, "caus", after=VOWEL, verbal=True, weight=-0.3),
]

# After a 3rd-person possessive a case ending takes its n-form (үйі-нде, not үйі-де).
AFTER_POSS3 = frozenset({"ның", "нің", "на", "не", "н", "нда", "нде", "нан", "нен", "мен", "ндағы", "ндегі",
                         "нша", "нше"})

# Spelling merges a stem's last sound with a suffix's first: ы/і + й is written и
# (оқы-йды -> оқиды, оқы-йтын -> оқитын), й + а is я (қой-а-ды -> қояды), й + у is ю
# (қой-у -> қою). Each suffix also matches in its merged spelling, with the stem end to restore.
CONTRACTIONS: dict[str, tuple[str, tuple[str, ...]]] = {"й": ("и", ("ы", "і")), "а": ("я", ("й",)),
                                                        "у": ("ю", ("й",))}


@dataclass(frozen=True, slots=True)
class Spelling:
    """One way a suffix is written at the end of a word: `written`, and the letters the
    stem left in the written suffix gets back ("" when the suffix is spelled as it is)."""
    written: str
    suffix: Suffix
    restore: tuple[str, ...] = ("",)


BY_LAST_LETTER: dict[str, list[Spelling]] = {}
for _suffix in SUFFIXES:
    _spellings = [Spelling(_suffix.form, _suffix)]
    if _suffix.verbal and _suffix.kind != "fut" and _suffix.form[0] in CONTRACTIONS:  # not қияр as қий-ар
        _merged, _restore = CONTRACTIONS[_suffix.form[0]]
        _spellings.append(Spelling(_merged + _suffix.form[1:], _suffix, _restore))
    for _spelling in _spellings:
        BY_LAST_LETTER.setdefault(_spelling.written[-1], []).append(_spelling)

# The spellings a word can end in, by its last letters: for each ending of a written form
# (the table is closed under shorter endings), the spellings whose written form it ends
# in, in their BY_LAST_LETTER order. A word's longest ending in the table gives all the
# spellings it ends in, instead of testing each spelling of its last letter.
ENDING_SPELLINGS: dict[str, list[Spelling]] = {}
for _spellings in BY_LAST_LETTER.values():
    for _spelling in _spellings:
        for _n in range(1, len(_spelling.written) + 1):
            ENDING_SPELLINGS.setdefault(_spelling.written[-_n:], [])
for _ending, _found in ENDING_SPELLINGS.items():
    _found.extend(s for s in BY_LAST_LETTER[_ending[-1]] if _ending.endswith(s.written))
