"""Kazakh normal forms on every Cyrillic Kazakh span of the index (kk_ner*), without the texts.

    python data/eval/news/kk_normals_on_index.py [N]   # N: print the N most frequent misses

Each span's text goes through `normalize_kazakh` as its label says (a person, a place, an
organisation or a place all in quotes, a programme) and is compared with the gold normal form, letter
case aside. It reads no context, so it is a check of the Kazakh ending rules over every
batch's spans (the texts of most batches are not on a given machine), not the pipeline's
figure: that is `kaznews eval normal FILE` on the files with texts.
"""
import json
import sys
from collections import Counter

from kaznews.api import shared_resources
from kaznews.entities.normalize import normalize_kazakh
from make_index import HERE, read  # this folder is on the path of a script run from it


def main(shown: int) -> None:
    kk = shared_resources().kk_lemmatizer
    right, misses = 0, Counter()
    for path in sorted(HERE.glob("kk_ner*.jsonl")):
        for row in read(path):
            for span in row["spans"]:
                text, gold, label = span["text"], span.get("normal"), span["type"]
                if not gold or "\n" in text:
                    continue
                normal = normalize_kazakh(text, kk, person=label == "PER", place=label == "LOC",
                                          inside_quotes=label in ("ORG", "LOC"), programme=label == "PROG")
                if normal.casefold() == gold.casefold():
                    right += 1
                else:
                    misses[(label, text, gold, normal)] += 1
    print(f"{right} of {right + sum(misses.values())} Kazakh spans of the index normalised as the gold")
    for (label, text, gold, normal), count in misses.most_common(shown):
        print(f"{count:3d} {label:4s} {text!r}: gold {gold!r}, got {normal!r}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 0)
