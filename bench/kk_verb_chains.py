"""The Kazakh lemmatizer's errors on UniMorph's *training* part, by suffix chain.

    python bench/kk_verb_chains.py [--shared ../shared] [--pos VERB|NOUN] [--top N]

Each form's chain is what follows the gold stem (азайтамаймын -> "амаймын" after азайт),
"?" when the form does not start with it. Per chain: forms, lemmas wrong, and a few
examples (form -> kaznews). The held-out part (kaznews.evaluate.lemma.unimorph_held_out)
is never read, so the table can guide rule work without touching what
`kaznews eval lemma` scores. Many frequent chains are spellings standard Kazakh does not
have (-а-ма-й-, -ма-тын): see models/kk_lexicon/README.md before writing rules for one.
"""
from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path

from kaznews import lemmatize
from kaznews.evaluate.lemma import read_unimorph


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--pos", default="VERB", choices=("VERB", "NOUN"))
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    sentences = read_unimorph(args.shared / "data" / "kk_morph" / "unimorph_kaz.tsv.gz", held_out=False)
    forms, wrong = Counter(), Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for sentence in sentences:
        if sentence.upos[0] != args.pos:
            continue
        for form, gold, predicted in zip(sentence.words, sentence.lemmas, lemmatize(sentence.words, "kk")):
            chain = form[len(gold):] if form.startswith(gold) else "?"
            forms[chain] += 1
            if predicted != gold:
                wrong[chain] += 1
                if len(examples[chain]) < 3:
                    examples[chain].append(f"{form}->{predicted}")
    total, errors = sum(forms.values()), sum(wrong.values())
    print(f"{args.pos} forms of the training part: {total}, wrong {errors} ({errors / total:.3f})")
    for chain, count in wrong.most_common(args.top):
        print(f"{chain or '(bare)':16} {count:5} of {forms[chain]:5}  {'  '.join(examples[chain])}")


if __name__ == "__main__":
    main()
