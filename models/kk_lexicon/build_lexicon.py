"""Build stems.tsv, the Kazakh lemmatizer's lexicon, from the hunspell-kk dictionary.

    PYTHONPATH=.src python models/kk_lexicon/build_lexicon.py ../shared/data/hunspell_kk/kk_KZ.dic \
        ../shared/data/kaznerd/IOB2_valid.txt ../shared/data/kk_morph/unimorph_kaz.tsv.gz

hunspell-kk (Akmaral Mussayeva, László Németh, Rail Aliev, 2009; GPL-2+ or LGPL-2.1+ or
MPL-1.1+) lists nominals with affix classes A..L and verbs, in their -у citation form,
with classes M..Z. Each line of stems.tsv is "stem<TAB>N" (nominal), "stem<TAB>V" (verb
stem: "жасау" -> "жаса", "сүю" -> "сүй", "тию" -> "ти") or "stem<TAB>NV". The few verbs whose
stem ends in ы/і lose it in the infinitive (оқы- -> оқу); they are listed by hand in
VOWEL_FINAL_VERBS, since guessing "оқы" for every consonant stem also invents "саты",
"салы" and the like. A verb stem written with a final г ғ б before the -у is voiced
only there: the stem itself ends in к қ п, as UD KTB writes it ("шығу" -> "шық",
"егу" -> "ек", "жабу" -> "жап").

hunspell-kk also lists inflected forms as words (адамға, облысында), so a listed word is
no proof of a stem; but a nominal the news text shows with a case or plural ending of its
own is one (теңге-ні, орын-да, баға-сы... ба-ға is not its reading). Such words get a "D"
in their kind ("ND"), from KazNERD's training part (kaznews.corpus.split: its dev and
held-out sentences are not read); a word in -ы/-і seen with endings no possessive takes
gets an "S" too ("жалақы	NDS": no possessed form of жалақ).

With UniMorph Kazakh, it also writes unimorph_nouns.txt: the nouns UniMorph gives a
declension table for (Polish Wiktionary's tables), those of the lemmas `kaznews eval
lemma` does not hold out, which the lemmatizer adds as declined nominals ("ND"). hunspell-kk
lacks many derived and common nouns (өнім, ауру, шіркеу), so a word was cut to a shorter
stem it does list (өнімнің -> өн). A noun in -у/-ю whose verb stem KazNERD's training part
shows in forms only a verb makes (өндіреді, пайдаланған; not the past's -ды or the converb's
-ып, which a noun's accusative and a noun spell too: айды, айып) is a verbal noun, which UD
lemmatizes to the verb (өндіру -> өндір), and is left out; so are agent nouns in -ушы,
which the lemmatizer reads as UD KTB does (a bare тазалаушы is the verb, a declined one
the noun).
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

VERB_FLAGS = set("MmNnOoPpQqRrSsTtUuVvWwXxYyZz")
VOWEL_FINAL_VERBS = {"оқу": "оқы", "тоқу": "тоқы", "ұлу": "ұлы", "үгу": "үгі", "жуу": "жу"}
DEVOICED = str.maketrans("гғб", "кқп")
# Nominals hunspell-kk lists cut short, which read a common word as a verb's converb
# ("өнеркәс" makes "өнеркәсіп" -> "өнеркәс-іп")
TRUNCATED = {"өнеркәс": "өнеркәсіп"}
# Nouns in -у that hunspell-kk files with verb classes only, as if "тау" (mountain) were
# the infinitive of "та-": nominals too (written from a Kazakh dictionary, not from gold)
NOUNS_IN_U = ("тау", "отау", "аққу", "күйеу", "дау", "бау", "қырау", "бұғау", "жау", "ту", "су", "ау", "ру")
DECLINING_KINDS = {"plural", "gen", "dat", "acc", "loc", "abl"}
# Case endings a verb's past shares (аттан-ды, жолда-н-дың): no evidence of a declined noun
VERB_LOOKALIKES = ("ды", "ді", "ты", "ті")
POSSESSED_EVIDENCE = 2  # declined tokens that make a word in -ы/-і a noun of its own
# Auxiliaries a converb in -а/-е stands before (айта кетті, келе жатыр, бола алмайды)
POSSESSED_DATIVE = ("на", "не")  # жағы-на is no жағын-а
AUXILIARIES = frozenset({"ал", "бер", "жат", "тұр", "отыр", "жүр", "баста", "біл", "кет"})
# and the verb seen as a verb that often: past, participle, converb -ып (not ерте "early": ерт- is rare)
VERB_FORMS = ("ды", "ді", "ты", "ті", "ған", "ген", "қан", "кен", "ып", "іп", "еді", "ады")
VERB_EVIDENCE = 3
# a verb's own forms, which no noun ending spells: participles, the present, the passive
VERB_ONLY_FORMS = ("ған", "ген", "қан", "кен", "ады", "еді", "йды", "йді", "атын", "етін", "йтын", "йтін",
                   "ылған", "ілген", "ылды", "ілді", "ылады", "іледі")
SHADOW_RATIO = 5  # how much more often a verb in -а/-е must be seen to shadow the shorter one
OUT = Path(__file__).with_name("stems.tsv")
UNIMORPH_OUT = Path(__file__).with_name("unimorph_nouns.txt")


def verb_stems(infinitive: str) -> list[str]:
    if infinitive.endswith("ю"):  # й + у, or у after и: сүю -> сүй, тию -> ти (no stem сү)
        base = infinitive[:-1]
        return [base if base.endswith("и") else base + "й"]
    if not infinitive.endswith("у") or len(infinitive) < 3:
        return [infinitive]
    if infinitive in VOWEL_FINAL_VERBS:
        return [VOWEL_FINAL_VERBS[infinitive]]
    stem = infinitive[:-1]
    return [stem[:-1] + stem[-1].translate(DEVOICED)]


def build(dic: Path) -> dict[str, str]:
    entries: dict[str, str] = {}
    lines = dic.read_text(encoding="utf-8-sig").splitlines()[1:]
    for line in lines:
        word, _, flags = line.strip().partition("/")
        word = word.lower()
        if not word or " " in word:
            continue
        if VERB_FLAGS & set(flags):
            for stem in verb_stems(word):
                entries[stem] = "V" if entries.get(stem, "V") == "V" else "NV"
            if word in NOUNS_IN_U:
                entries[word] = "N" if entries.get(word, "N") == "N" else "NV"
        else:
            word = TRUNCATED.get(word, word)
            entries[word] = "N" if entries.get(word, "N") == "N" else "NV"
    return entries


def mark_declined(entries: dict[str, str], kaznerd: Path) -> None:
    """Add "D" to the nominals KazNERD's training sentences show with a case or plural ending,
    and "S" to those in -ы/-і, which may be possessed forms (облыс-ы), seen at least
    POSSESSED_EVIDENCE times with endings a possessive does not take (жалақы-ға, not
    облысы-ның): a noun of its own (one жылыда, "in the warm", stands against hundreds of
    жылы, "in the year")."""
    from kaznews.corpus import read_iob, split
    from kaznews.lang.kk.lemmatizer import DECLINED, OWN_NOUN, fits
    from kaznews.lang.kk.suffixes import AFTER_POSS3, SUFFIXES

    endings = [s for s in SUFFIXES if s.kind in DECLINING_KINDS and not s.needs_possessive
               and not s.form.startswith(VERB_LOOKALIKES)]
    counts = Counter(word.lower() for sentence in split(read_iob(kaznerd))[0] for word, _ in sentence)
    own: Counter[str] = Counter()
    for word, count in counts.items():
        for suffix in endings:
            stem = word[: -len(suffix.form)]
            if word.endswith(suffix.form) and "N" in entries.get(stem, "") and fits(stem, suffix) \
                    and not (suffix.kind == "loc" and stem.endswith(("ын", "ін"))):  # жобасы-нда
                entries[stem] = entries[stem].replace(DECLINED, "") + DECLINED
                if stem.endswith(("ы", "і")) and suffix.form not in AFTER_POSS3:
                    own[stem] += count
    for stem, count in own.items():
        if count >= POSSESSED_EVIDENCE:
            entries[stem] += OWN_NOUN


def mark_converbs(entries: dict[str, str], kaznerd: Path) -> None:
    """Add "C" to the nominals that are a listed verb's converb in -а/-е (айта, келе: hunspell-kk
    lists such forms as words) when KazNERD's training sentences show one before an
    auxiliary verb (айта кетті, келе жатыр) and the verb in forms of its own at least
    VERB_EVIDENCE times; қаза, көне, never seen so, and ерте, whose ерт- is rare, stay words."""
    from kaznews.corpus import read_iob, split
    from kaznews.lang.kk.lemmatizer import CONVERB, analyses

    sentences = split(read_iob(kaznerd))[0]
    words = Counter(word.lower() for sentence in sentences for word, _ in sentence)
    seen = set()
    for sentence in sentences:
        for (word, _), (after, _) in zip(sentence, sentence[1:]):
            word = word.lower()
            if entries.get(word) == "N" and word.endswith(("а", "е")) and not word.endswith(POSSESSED_DATIVE) \
                    and "V" in entries.get(word[:-1], "") and any(
                        a.verbal and a.stem in AUXILIARIES for a in analyses(after.lower())):
                seen.add(word)
    for word in seen:
        if sum(words[word[:-1] + ending] for ending in VERB_FORMS) >= VERB_EVIDENCE:
            entries[word] += CONVERB


def unmark_shadowed_verbs(entries: dict[str, str], kaznerd: Path) -> None:
    """Drop the "V" of a verb stem whose form in -а/-е is a listed verb KazNERD's training
    sentences show SHADOW_RATIO times as often, each counted by the forms only it makes
    (жаса-п, жаса-йды, жаса-ған against жас-ып, жас-ты, жас-қан): hunspell-kk's rare or
    invented verbs (жасу, the noun қару read as a verb) otherwise take the other's past
    (жасады is жаса-ды, not жас-а-ды)."""
    from kaznews.corpus import read_iob, split
    from kaznews.lang.kk.phonology import VOICELESS, VOWELS, harmony

    counts = Counter(word.lower() for sentence in split(read_iob(kaznerd))[0] for word, _ in sentence)

    def forms(stem: str) -> int:
        back = harmony(stem) != "front"
        if stem[-1] in VOWELS:
            endings = ("п", "йды" if back else "йді", "ған" if back else "ген", "йтын" if back else "йтін")
        else:
            voiceless = stem[-1] in VOICELESS
            endings = ("ып" if back else "іп", ("т" if voiceless else "д") + ("ы" if back else "і"),
                       ("қан" if back else "кен") if voiceless else ("ған" if back else "ген"))
        return sum(counts[stem + ending] for ending in endings)

    for stem, kind in list(entries.items()):
        if "V" not in kind or stem[-1] in VOWELS:
            continue
        longer = [stem + vowel for vowel in "ае" if "V" in entries.get(stem + vowel, "")]
        seen = max((forms(verb) for verb in longer), default=0)
        if seen >= VERB_EVIDENCE and forms(stem) * SHADOW_RATIO < seen:
            entries[stem] = kind.replace("V", "")
            if not entries[stem]:
                del entries[stem]


def unimorph_nouns(unimorph: Path, kaznerd: Path) -> list[str]:
    """The development part's noun lemmas of UniMorph Kazakh, verbal nouns left out."""
    import csv
    import gzip

    from kaznews.corpus import read_iob, split
    from kaznews.evaluate.lemma import unimorph_held_out
    from kaznews.lang.kk.lemmatizer import AGENT_FORMS

    with gzip.open(unimorph, "rt", encoding="utf-8") as fh:
        nouns = {lemma for lemma, _, features, _ in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
                 if features.startswith("N;") and lemma.islower() and " " not in lemma}
    words = Counter(word.lower() for sentence in split(read_iob(kaznerd))[0] for word, _ in sentence)

    def verbal(noun: str) -> bool:
        return noun.endswith(("у", "ю")) and any(
            sum(words[stem + ending] for ending in VERB_ONLY_FORMS) >= VERB_EVIDENCE for stem in verb_stems(noun))

    return sorted(n for n in nouns if not unimorph_held_out(n) and not verbal(n) and not n.endswith(AGENT_FORMS))


def main() -> None:
    if len(sys.argv) not in (2, 3, 4):
        sys.exit(__doc__)
    entries = build(Path(sys.argv[1]))
    if len(sys.argv) >= 3:
        mark_declined(entries, Path(sys.argv[2]))
        mark_converbs(entries, Path(sys.argv[2]))
        unmark_shadowed_verbs(entries, Path(sys.argv[2]))
    OUT.write_text("".join(f"{s}\t{k}\n" for s, k in sorted(entries.items())), encoding="utf-8")
    print(f"wrote {len(entries)} stems to {OUT}")
    if len(sys.argv) == 4:
        nouns = unimorph_nouns(Path(sys.argv[3]), Path(sys.argv[2]))
        UNIMORPH_OUT.write_text("".join(f"{n}\n" for n in nouns), encoding="utf-8")
        print(f"wrote {len(nouns)} UniMorph nouns to {UNIMORPH_OUT}")


if __name__ == "__main__":
    main()
