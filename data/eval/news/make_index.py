"""Write the committed index of the blind news gold: annotations and provenance, no article text.

The gold texts are excerpts of third-party news pages, so they are not in the repository; the
JSONL files with texts (same fields plus "text") are kept beside it (see README.md), and the
eval commands read those. This index keeps, per article, its URL, site, year, the sha256 of
the text annotated, the split (dev: may be tuned on; locked: reported only) and the labels.

    python data/eval/news/make_index.py GOLD_DIR   # GOLD_DIR holds kk_ner.jsonl, ru_ner.jsonl, topics.jsonl
    python data/eval/news/make_index.py --batch NAME SPLIT TEXTS FILE.jsonl...   # a later batch, all locked or train
"""
import hashlib
import json
import re
import sys
import zlib
from pathlib import Path

HERE = Path(__file__).parent


def ner_locked(item_id: str) -> bool:
    """NER items: a third locked by a hash of the id."""
    return zlib.crc32(item_id.encode()) % 3 == 0


def site_locked(site: str | None) -> bool:
    """Topic items: whole sites locked, so the topic test is on sites never trained on."""
    return zlib.crc32((site or "").encode()) % 3 == 0


def outlet(site: str | None) -> str:
    """kaz.inform.kz and inform.kz are one outlet: a language version never crosses the split."""
    return re.sub(r"^(?:www|m|kaz|rus|ru|kk|qaz|lat|en)\.", "", site or "")


def topic_splits(rows: list[dict]) -> list[bool]:
    """Locked: a locked site none of whose outlet's other versions is open."""
    open_outlets = {outlet(r.get("site")) for r in rows if not site_locked(r.get("site"))}
    return [site_locked(r.get("site")) and outlet(r.get("site")) not in open_outlets for r in rows]


def read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def index_row(row: dict, split: str) -> dict:
    out = {k: row.get(k) for k in ("id", "url", "site", "lang", "year")}
    out["sha256"] = hashlib.sha256(row["text"].encode("utf-8")).hexdigest()
    out["chars"] = len(row["text"])
    out["split"] = split
    for key in ("spans", "topics", "groups", "roles"):
        if key in row:
            out[key] = row[key]
    return out


def write(name: str, rows: list[dict], locked: list[bool], gold: Path) -> None:
    """The index in the repository, and GOLD/dev/NAME.jsonl, GOLD/locked/NAME.jsonl with the
    texts (what the eval commands and `make eval-news` read)."""
    lines = [json.dumps(index_row(r, "locked" if lock else "dev"), ensure_ascii=False) for r, lock in zip(rows, locked)]
    (HERE / f"{name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for split, wanted in (("dev", False), ("locked", True)):
        (gold / split).mkdir(exist_ok=True)
        (gold / split / f"{name}.jsonl").write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r, lock in zip(rows, locked) if lock == wanted),
            encoding="utf-8")
    print(f"{name}: {len(rows)} items, {sum(locked)} locked")


def main(gold: Path) -> None:
    texts = {}
    for name in ("kk_ner", "ru_ner"):
        rows = read(gold / f"{name}.jsonl")
        texts.update({r["id"]: r["text"] for r in rows})
        write(name, rows, [ner_locked(r["id"]) for r in rows], gold)
    # topics: the topic annotator's articles and the NER articles' topic labels, one per URL
    topics, seen = [], set()
    for name in ("topics", "kk_ner", "ru_ner"):
        for r in read(gold / f"{name}.jsonl"):
            if r.get("topics") and r.get("url") not in seen:
                seen.add(r.get("url"))
                topics.append({k: r.get(k) for k in ("id", "url", "site", "lang", "year", "text", "topics", "groups")})
    write("topics", topics, topic_splits(topics), gold)
    texts.update({r["id"]: r["text"] for r in topics})
    # roles: on the NER articles (split as those), and on topic articles (all locked: the
    # role rules were built on the NER articles' dev part only)
    roles = [r | {"text": texts[r["id"]]} for r in read(gold / "roles.jsonl")]
    roles_topics = [r | {"text": texts[r["id"]]} for r in read(gold / "roles_topics.jsonl")]
    write("roles", roles + roles_topics, [ner_locked(r["id"]) for r in roles] + [True] * len(roles_topics), gold)


def add_batch(name: str, split: str, files: list[Path], texts: Path) -> None:
    """A later batch, whole in one split: "locked" (written after the rules it measures,
    never tuned on) or "train" (annotated to train on): its index as NAME.jsonl here and each
    text as TEXTS/<id>.txt for attach_texts.py."""
    rows = [r for path in files for r in read(path)]
    (HERE / f"{name}.jsonl").write_text("".join(json.dumps(index_row(r, split), ensure_ascii=False) + "\n"
                                                for r in rows), encoding="utf-8")
    for r in rows:
        (texts / f"{r['id']}.txt").write_text(r["text"], encoding="utf-8")
    print(f"{name}: {len(rows)} items, all {split}")


if __name__ == "__main__":
    if sys.argv[1] == "--batch":  # make_index.py --batch NAME SPLIT TEXTS FILE.jsonl...
        add_batch(sys.argv[2], sys.argv[3], [Path(p) for p in sys.argv[5:]], Path(sys.argv[4]))
    else:
        main(Path(sys.argv[1]))
