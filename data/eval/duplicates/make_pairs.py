"""Write pairs.jsonl: the labelled pairs `kaznews eval duplicates` scores (run once; the file is committed).

    python data/eval/duplicates/make_pairs.py [--shared ../shared]

Real reprints: a factRuEval text NEREL carries too (the same Wikinews article in two
collections) and an inform.kz page as two crawls saw it. Derived reprints: every factRuEval
text, the NEREL dev and test texts from 60 words up (first 50), every news snippet in
pages.jsonl and the kokshetau.asia sample, each with edits drawn at random (seeded) from
those syndication makes; the edits are stored, the loader applies them. Near-misses: every
pair within a templated series of pages.jsonl, 30 across series of one family (KASE notes,
COVID figures), and the
factRuEval/NEREL texts on one event (found by shared long words, checked by reading).
A fixed third of the pairs (crc32 of the pair id) is the locked test split.
"""
from __future__ import annotations

import argparse
import itertools
import json
import random
import sys
import zlib
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))

from kaznews.evaluate.duplicates import apply_edits, load_texts, sentences  # noqa: E402

SITES = ["передает Zakon.kz", "передает Tengrinews.kz", "сообщает МИА «Казинформ»",
         "передает корреспондент Kazakhstan Today",
         "передает Informburo.kz", "сообщает NUR.KZ"]
DATELINES = ["Астана. 7 января. KAZAKHSTAN TODAY -", "АСТАНА. KAZINFORM –", "Алматы. КазТАГ –",
             "АСТАНА, 4 окт — Sputnik."]
CREDITS = ["Источник: Kazinform.", "Фото: Акорда", "Фото: pixabay.com", "Источник: пресс-служба акимата.",
           "Подробнее читайте на нашем сайте.", "Следите за новостями zakon.kz в Telegram",
           "Читайте также: главное за неделю"]
KK_SITES = ["деп хабарлайды Kazinform", "деп жазады ҚазАқпарат"]
KK_CREDITS = ["Дереккөз: Kazinform.", "Фото: ашық дереккөзден", "Толығырақ сайтымызда оқыңыз."]
SYNONYMS = [("более", "свыше"), ("сообщили", "рассказали"), ("также", "кроме того"), ("заявил", "сказал"),
            ("Республики Казахстан", "РК"), ("однако", "но"), ("около", "порядка"), ("в том числе", "включая")]
SAME_EVENT = [("nerel", "39923_text", "nerel", "39993_text"), ("nerel", "12474_text", "nerel", "12521_text"),
              ("nerel", "19795_text", "nerel", "19896_text"), ("nerel", "527159_text", "nerel", "527162_text"),
              ("nerel", "163864_text", "nerel", "164003_text"), ("nerel", "163864_text", "nerel", "163883_text"),
              ("nerel", "163883_text", "nerel", "164003_text"), ("nerel", "41963_text", "nerel", "42258_text"),
              ("nerel", "133112_text", "nerel", "133118_text"), ("nerel", "37695_text", "nerel", "158591_text"),
              ("factru", "book_176", "nerel", "37695_text")]


def edits_for(text: str, rng: random.Random, kazakh: bool) -> list[list]:
    """A plausible syndication of the text: its lead, style, a word or two, a sentence, a sign-off."""
    edits: list[list] = []
    if "ё" in text and rng.random() < 0.8:
        edits.append(["yo"])
    if ("«" in text or '"' in text) and rng.random() < 0.6:
        edits.append(["quotes", rng.choice(["straight", "german", "english"])])
    if "—" in text and rng.random() < 0.5:
        edits.append(["dashes", "-"])
    if rng.random() < 0.3:
        edits.append(["one_paragraph"])
    lead = rng.random()
    if lead < 0.45:
        edits.append(["attribute", rng.choice(KK_SITES if kazakh else SITES)])
    elif lead < 0.65 and not kazakh:
        edits.append(["prepend", rng.choice(DATELINES)])
    present = [s for s in SYNONYMS if f" {s[0]} " in text]
    for old, new in rng.sample(present, k=min(len(present), rng.randint(0, 2))):
        edits.append(["replace", f" {old} ", f" {new} "])
    count = len(sentences(apply_edits(text, edits)))
    if count >= 5 and rng.random() < 0.4:
        edits.append(["drop_sentence", rng.randrange(1, count)])
    if rng.random() < 0.85 or not edits:
        edits.append(["append", rng.choice(KK_CREDITS if kazakh else CREDITS)])
    return edits


def split(pair_id: str) -> str:
    return "test" if zlib.crc32(pair_id.encode("utf-8")) % 3 == 0 else "dev"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    texts = load_texts(HERE / "pairs.jsonl", args.shared)
    pages = [json.loads(line) for line in (HERE / "pages_index.jsonl").read_text(encoding="utf-8").splitlines()]
    series_of = {p["id"]: p["series"] for p in pages}
    rng = random.Random(14)
    rows = []

    def pair(pid: str, label: str, origin: str, kind: str, a: dict, b: dict) -> None:
        rows.append({"id": pid, "split": split(pid), "label": label, "origin": origin, "kind": kind, "a": a, "b": b})

    pair("real-factru-book_124-nerel-12888", "reprint", "real", "same article in two collections",
         {"source": "factru", "id": "book_124"}, {"source": "nerel", "id": "12888_text"})
    pair("real-inform-silkwaystar", "reprint", "real", "page crawled twice",
         {"source": "pages", "id": "inform-silkwaystar-a"}, {"source": "pages", "id": "inform-silkwaystar-b"})
    held_out = [("nerel", json.loads(line)["id"]) for name in ("nerel_dev.jsonl", "nerel_test.jsonl")
                for line in (args.shared / "data" / "nerel" / name).read_text(encoding="utf-8").splitlines()]
    sources = ([k for k in texts if k[0] == "factru"] + held_out
               + [("pages", p["id"]) for p in pages if p["series"] != "silkwaystar-crawls"]
               + [k for k in texts if k[0] == "samples"])
    nerel_taken = 0
    for source, ident in sources:
        text = texts[source, ident]
        if source == "nerel":
            if len(text.split()) < 60 or nerel_taken >= 50:
                continue
            nerel_taken += 1
        kazakh = source == "pages" and series_of[ident].startswith("kk-")
        pair(f"derived-{source}-{ident}", "reprint", "derived", "syndicated copy",
             {"source": source, "id": ident}, {"source": source, "id": ident, "edits": edits_for(text, rng, kazakh)})
    series = defaultdict(list)
    for p in pages:
        series[p["series"]].append(p["id"])
    for name, ids in series.items():
        if name == "silkwaystar-crawls":
            continue
        for a, b in itertools.combinations(ids, 2):
            kind = "same event" if name == "atyrau-11-missing" else "templated series"
            pair(f"series-{a}-{b}", "distinct", "real", kind, {"source": "pages", "id": a}, {"source": "pages", "id": b})
    family = {i: s.split("-")[0] for i, s in series_of.items() if s.startswith(("kase-", "covid-"))}
    across = [(a, b) for a, b in itertools.combinations(family, 2)  # one family (KASE notes, COVID figures), two series
              if series_of[a] != series_of[b] and family[a] == family[b]]
    for a, b in rng.sample(across, 30):
        pair(f"series-{a}-{b}", "distinct", "real", "templated series",
             {"source": "pages", "id": a}, {"source": "pages", "id": b})
    for sa, a, sb, b in SAME_EVENT:
        pair(f"event-{a}-{b}", "distinct", "real", "same event", {"source": sa, "id": a}, {"source": sb, "id": b})
    out = HERE / "pairs.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    counts = defaultdict(int)
    for r in rows:
        counts[r["split"], r["label"], r["origin"]] += 1
    print(f"{len(rows)} pairs written to {out}: {dict(sorted(counts.items()))}")


if __name__ == "__main__":
    main()
