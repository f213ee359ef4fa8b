"""Build programmes.txt: names of Kazakhstani state programmes, national projects and
campaigns, in Kazakh and Russian, for the PROG gazetteer.

    python models/gazetteers/build_programmes.py ../shared/data/kaznerd/IOB2_valid.txt

The PROJECT spans of KazNERD (CC BY 4.0, Yeshpanov, Khassanov, Varol 2022) that occur at
least twice, less those that only extend a shorter name (inflected forms), plus the
hand-written names of programmes_curated.tsv (Russian and Kazakh spellings, each with
its source). Writes programmes.txt: name<TAB>source (K = KazNERD), sources listed on top.
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

OUT = Path(__file__).with_name("programmes.txt")
# KazNERD PROJECT spans that are inflected in context or are not programmes.
DROP = {"Ішкі істер органын реформалауды", "Президенттік жастар кадр резервіне",
        "Президенттік жастар кадр резервінің", "Президенттік кадрлық резервіне", "Ұлт жоспарымен",
        "Ұлттық қор", "атаулы әлеуметтік көмек", "міндетті әлеуметтік медициналық сақтандыру"}
CURATED = Path(__file__).with_name("programmes_curated.tsv")  # name<TAB>source, hand-written with sources


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    counts: Counter[str] = Counter()
    current: list[str] = []
    for line in [*Path(sys.argv[1]).read_text(encoding="utf-8").splitlines(), ""]:
        parts = line.split()
        tag = parts[1] if len(parts) == 2 else "O"
        if current and tag != "I-PROJECT":
            counts[" ".join(current)] += 1
            current = []
        if tag == "B-PROJECT":
            current = [parts[0]]
        elif tag == "I-PROJECT" and current:
            current.append(parts[0])
    lines = CURATED.read_text(encoding="utf-8").splitlines()
    header = [line for line in lines if line.startswith("#")]
    curated = dict(line.split("\t", 1) for line in lines if line.strip() and not line.startswith("#"))
    kaznerd = {n for n, c in counts.items() if c >= 2 and len(n) > 3 and " , " not in n and not n.split()[0].isdigit()}
    # KazNERD spans are inflected in context ("Рухани жаңғырудың"): keep the base form only.
    names = kaznerd | set(curated)
    names = {n for n in names if n in curated or not any(o != n and n.startswith(o) for o in names)} - DROP
    rows = [f"{n}\t{curated.get(n, 'K')}" for n in sorted(names)]
    OUT.write_text("\n".join([*header, *rows]) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} names to {OUT}")


if __name__ == "__main__":
    main()
