"""Rebuild the gold files with texts from the committed index and a folder of texts.

The index (this folder's *.jsonl) keeps no text. Each text is the first `chars` characters
of the page's text as the stored-page search returned it for the row's URL; put each in
TEXTS/<id>.txt (any longer excerpt is cut to `chars`), then

    python data/eval/news/attach_texts.py TEXTS GOLD

writes GOLD/<split>/NAME.jsonl (dev, locked, train: the index rows plus "text"), the
files `make eval-news GOLD=...` reads. A text whose sha256 differs from the index is
refused; rows without a text are left out and counted, so a figure says what it covers. A
gold file that already holds more items with their text than TEXTS gives is kept.
"""
import hashlib
import json
import sys
from pathlib import Path

from make_index import HERE, read  # this folder is on the path of a script run from it
NAMES = sorted(path.stem for path in HERE.glob("*.jsonl"))  # every index file of this folder


def read_text(texts: Path, row: dict) -> str | None:
    path = texts / f"{row['id']}.txt"
    if not path.exists():
        return None
    text = path.read_text(encoding="utf-8")[: row["chars"]]
    return text if hashlib.sha256(text.encode("utf-8")).hexdigest() == row["sha256"] else None


def main(texts: Path, gold: Path) -> None:
    for name in NAMES:
        rows = read(HERE / f"{name}.jsonl")
        out: dict[str, list[str]] = {split: [] for split in dict.fromkeys(r["split"] for r in rows)}
        for row in rows:
            text = read_text(texts, row)
            if text is not None:
                fields = {k: v for k, v in row.items() if k != "split"}  # the folder says it, as make_index.py writes
                out[row["split"]].append(json.dumps({**fields, "text": text}, ensure_ascii=False))
        for split, lines in out.items():
            (gold / split).mkdir(parents=True, exist_ok=True)
            target = gold / split / f"{name}.jsonl"
            if target.exists() and len(read(target)) > len(lines):
                print(f"{target}: kept, it holds more items with their text than TEXTS gives ({len(lines)})")
                continue  # a partial texts folder never empties a gold file already complete
            target.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        kept = {split: len(lines) for split, lines in out.items()}
        total = {split: sum(r["split"] == split for r in rows) for split in out}
        print(f"{name}: " + ", ".join(f"{split} {kept[split]}/{total[split]}" for split in out) + " items with their text")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
