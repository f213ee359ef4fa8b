"""Build kz_surnames.txt: Kazakh surnames in their base (nominative, masculine or as
given) form, for the Russian NER's training augmentation (kaznews.train.ru_ner_augment).

    python models/gazetteers/build_kz_surnames.py ../shared/data/kaznerd/IOB2_valid.txt

The last word of every KazNERD PERSON span of two or more words (CC BY 4.0, Yeshpanov,
Khassanov, Varol 2022, "KazNERD: Kazakh Named Entity Recognition Dataset") that ends in a
surname suffix (-ов/-ев/-ин, -ова/-ева/-ина, -ұлы/-қызы, -улы/-кызы): Kazakh case endings
follow those suffixes, so such a word is the bare name. Kazakh letters as written; the
augmentation derives the Russian spellings.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

OUT = Path(__file__).with_name("kz_surnames.txt")
SURNAME = re.compile(r"^[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+(ов|ев|ин|ова|ева|ина|ұлы|қызы|улы|кызы)$")


def main(kaznerd: Path) -> None:
    names: set[str] = set()
    words: list[tuple[str, str]] = []
    for line in [*kaznerd.read_text(encoding="utf-8").splitlines(), ""]:
        parts = line.split()
        if len(parts) == 2:
            words.append((parts[0], parts[1]))
            continue
        span: list[str] = []
        for word, tag in [*words, ("", "O")]:
            if tag == "I-PERSON" and span:
                span.append(word)
                continue
            if len(span) >= 2 and SURNAME.match(span[-1]):
                names.add(span[-1])
            span = [word] if tag == "B-PERSON" else []
        words = []
    header = ("# Kazakh surnames (base forms) from KazNERD PERSON spans (CC BY 4.0, Yeshpanov, Khassanov,\n"
              "# Varol 2022). Built by build_kz_surnames.py; training augmentation of the Russian NER.\n")
    OUT.write_text(header + "\n".join(sorted(names)) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
