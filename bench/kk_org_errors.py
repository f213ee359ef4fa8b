"""Kazakh entity errors of the pipeline on a gold file, by category, to choose which repair
to write next: `python bench/kk_org_errors.py GOLD [--held-out] [--label ORG] [--show N]`.

Each gold span of the label not found exactly (false negative) and each predicted one not
in the gold (false positive) is put in the first category that fits: a boundary error that
overlaps a span of the label on the other side (longer/shorter, kind noun after a quote, genitive chain), a
label confusion (the same span with another label), or a miss/invention, with the shape
of the text (quoted, abbreviation, lower-case regional body, one word)."""
from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path

from kaznews.evaluate.ner import kaznews_spans, read_gold, trim

_QUOTES = "«»\"“”„"
_ABBREVIATION = re.compile(r"^[А-ЯӘҒҚҢӨҰҮҺІA-Z]{2,}(-\w+)?$")
_REGIONAL = re.compile(r"^(облыст|аудандық|қалалық|аумақтық|өңірлік)")


def shape(text: str) -> str:
    words = text.split()
    if any(q in text for q in _QUOTES):
        return "quoted"
    if len(words) == 1:
        return "abbreviation" if _ABBREVIATION.match(words[0]) else "one word"
    if _REGIONAL.match(words[0]):
        return "lower-case regional"
    if any(w.lower().endswith(("ның", "нің", "дың", "дің", "тың", "тің")) for w in words[:-1]):
        return "genitive chain"
    return "several words"


def category(text: str, span: tuple[int, int, str], other: list[tuple[int, int, str]]) -> str:
    start, end, _ = span
    same = [label for s, e, label in other if (s, e) == (start, end)]
    if same:
        return f"labelled {same[0]}"
    overlapping = [(s, e) for s, e, label in other if label == span[2] and s < end and start < e]
    if overlapping:
        s, e = overlapping[0]
        if s <= start and end <= e:
            extra = text[s:start] + "|" + text[end:e]
            return "inside a longer span" + (" (kind noun after quote)" if any(q in text[s:e] for q in _QUOTES) else "") \
                + (" [extra: " + extra.strip()[:30] + "]" if len(extra) < 40 else "")
        if start <= s and e <= end:
            return "holds a shorter span"
        return "crosses a span"
    if any(s < end and start < e for s, e, _ in other):
        return "overlaps another label"
    return "no overlap: " + shape(text[start:end])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("gold", type=Path)
    parser.add_argument("--held-out", action="store_true")
    parser.add_argument("--show", type=int, default=5)
    parser.add_argument("--label", default="ORG", help="PER, ORG or LOC")
    args = parser.parse_args()
    golds = read_gold(args.gold, args.held_out)
    predicted, _ = kaznews_spans(golds)
    errors: dict[str, dict[str, list[str]]] = {"FN": defaultdict(list), "FP": defaultdict(list)}
    for gold, spans in zip(golds, predicted):
        g = {(*trim(gold.text, s, e), label) for s, e, label in gold.spans}
        p = {(*trim(gold.text, s, e), label) for s, e, label in spans}
        for kind, mine, theirs in (("FN", g, p), ("FP", p, g)):
            for span in sorted(mine - theirs):
                if span[2] == args.label:
                    s, e, _ = span
                    context = gold.text[max(0, s - 40):s] + "[" + gold.text[s:e] + "]" + gold.text[e:e + 40]
                    errors[kind][category(gold.text, span, sorted(theirs))].append(context.replace("\n", " "))
    for kind in ("FN", "FP"):
        counts = Counter({c: len(v) for c, v in errors[kind].items()})
        print(f"== {kind} {args.label}: {sum(counts.values())}")
        for c, n in counts.most_common():
            print(f"{n:4d}  {c}")
            for example in errors[kind][c][:args.show]:
                print("        " + example)


if __name__ == "__main__":
    main()
