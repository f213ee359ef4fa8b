"""Build programmes.txt: names of Kazakhstani state programmes, national projects and
campaigns, in Kazakh and Russian, for the PROG gazetteer.

    python models/gazetteers/build_programmes.py ../shared/data/kaznerd/IOB2_valid.txt

The PROJECT spans of KazNERD (CC BY 4.0, Yeshpanov, Khassanov, Varol 2022) that occur at
least twice, less those that only extend a shorter name (inflected forms), plus the
hand-written names in EXTRA (kaznews, Russian and Kazakh spellings).
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
EXTRA = """
Рухани жаңғыру
Цифрлық Қазақстан
Цифровой Казахстан
Болашақ
Болашак
Бизнестің жол картасы 2025
Дорожная карта бизнеса 2025
Дорожная карта бизнеса-2025
Нұрлы жол
Нурлы жол
Нұрлы жер
Нурлы жер
Серпін
Серпин
Дипломмен – ауылға!
С дипломом – в село!
Еңбек
Енбек
Жасыл ел
Ауыл – Ел бесігі
Ауыл – ел бесігі
Комфортная школа
Жайлы мектеп
Казахстан-2050
Қазақстан-2050
Мәңгілік ел
Мангилик ел
Әділдікті талап ет!
Таза Қазақстан
Таза Казахстан
Адал азамат
Қарапайым заттар экономикасы
Экономика простых вещей
Бақытты отбасы
Дорожная карта занятости
Жұмыспен қамтудың жол картасы
Өрлеу
Орлеу
""".strip().splitlines()


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
    names = {n for n, c in counts.items() if c >= 2 and len(n) > 3 and " , " not in n
             and not n.split()[0].isdigit()} | set(EXTRA)
    # KazNERD spans are inflected in context ("Рухани жаңғырудың"): keep the base form only.
    names = {n for n in names if not any(o != n and n.startswith(o) for o in names)} - DROP
    OUT.write_text("\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"wrote {len(names)} names to {OUT}")


if __name__ == "__main__":
    main()
