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
NAMES = ("ru_ner", "kk_ner", "topics", "roles", "ru_ner_2", "kk_ner_2", "ner_2_second", "ru_ner_train", "kk_ner_train", "ru_ner_train_2", "kk_ner_train_2", "ru_ner_3", "kk_ner_3",
         "ru_ner_4", "kk_ner_4", "ru_ner_train_3", "kk_ner_train_3", "ru_ner_5", "kk_ner_5", "ru_ner_train_4",
         "kk_ner_train_4", "ru_ner_6", "kk_ner_6", "ru_ner_train_5", "kk_ner_train_5", "ru_ner_7", "kk_ner_7",
         "ru_ner_train_6", "kk_ner_train_6", "ru_ner_8", "kk_ner_8", "ru_ner_train_7", "kk_ner_train_7", "ru_ner_9", "kk_ner_9",
         "ru_ner_train_8", "kk_ner_train_8", "ru_ner_10", "kk_ner_10", "ru_ner_train_9", "kk_ner_train_9",
         "ru_ner_11", "kk_ner_11", "ru_ner_train_10", "kk_ner_train_10", "ru_ner_12", "kk_ner_12", "ru_ner_train_11",
         "kk_ner_train_11", "ru_ner_13", "kk_ner_13", "ru_ner_train_12", "kk_ner_train_12",
         "ru_ner_14", "kk_ner_14", "ru_ner_train_13", "kk_ner_train_13", "ru_ner_15", "kk_ner_15",
         "ru_ner_train_14", "kk_ner_train_14", "ru_ner_16", "kk_ner_16", "kk_latn_16", "ru_ner_train_15",
         "kk_ner_train_15", "kk_latn_train_15", "ru_ner_17", "kk_ner_17", "kk_latn_17", "ru_ner_train_16",
         "kk_ner_train_16", "kk_latn_train_16", "ru_ner_18", "kk_ner_18", "kk_latn_18", "ru_ner_train_17",
         "kk_ner_train_17", "kk_latn_train_17", "ru_ner_19", "kk_ner_19", "kk_latn_19", "ru_ner_train_18",
         "kk_ner_train_18", "kk_latn_train_18", "ru_ner_20", "kk_ner_20", "kk_latn_20",
         "ru_ner_train_19", "kk_ner_train_19", "kk_latn_train_19", "ru_ner_21", "kk_ner_21", "kk_latn_21",
         "ru_ner_train_20", "kk_ner_train_20", "kk_latn_train_20", "ru_ner_22", "kk_ner_22", "kk_latn_22",
         "ru_ner_train_21", "kk_ner_train_21", "kk_latn_train_21", "ru_ner_23", "kk_ner_23",
         "ru_ner_train_22", "kk_ner_train_22", "ru_ner_24", "kk_ner_24", "ru_ner_train_23", "kk_ner_train_23",
         "ru_ner_25", "kk_ner_25", "ru_ner_train_24", "kk_ner_train_24", "ru_ner_26", "kk_ner_26", "ru_ner_train_25",
         "kk_ner_train_25", "ru_ner_27", "kk_ner_27", "ru_ner_train_26", "kk_ner_train_26", "ru_ner_28", "kk_ner_28",
         "ru_ner_train_27", "kk_ner_train_27", "ru_ner_29", "kk_ner_29", "ru_ner_train_28", "kk_ner_train_28",
         "ru_ner_30", "kk_ner_30", "ru_ner_train_29", "kk_ner_train_29", "ru_ner_31", "kk_ner_31", "ru_ner_train_30",
         "kk_ner_train_30", "ru_ner_32", "kk_ner_32", "ru_ner_train_31", "kk_ner_train_31",
         "ru_ner_33", "kk_ner_33", "ru_ner_train_32", "kk_ner_train_32", "ru_ner_34", "kk_ner_34",
         "ru_ner_train_33", "kk_ner_train_33", "ru_ner_35", "kk_ner_35", "ru_ner_train_34",
         "kk_ner_train_34", "ru_ner_36", "kk_ner_36", "ru_ner_train_35", "kk_ner_train_35",
         "ru_ner_37", "kk_ner_37", "ru_ner_train_36", "kk_ner_train_36", "ru_ner_38", "kk_ner_38",
         "ru_ner_train_37", "kk_ner_train_37",
         "ru_ner_39", "kk_ner_39", "ru_ner_train_38", "kk_ner_train_38",
         "ru_ner_40", "kk_ner_40", "ru_ner_train_39", "kk_ner_train_39",
         "ru_ner_41", "kk_ner_41", "ru_ner_train_40", "kk_ner_train_40",
         "ru_ner_42", "kk_ner_42", "ru_ner_train_41", "kk_ner_train_41",
         "ru_ner_43", "kk_ner_43", "ru_ner_train_42", "kk_ner_train_42",
         "ru_ner_44", "kk_ner_44", "ru_ner_train_43", "kk_ner_train_43",
         "ru_ner_45", "kk_ner_45", "ru_ner_train_44", "kk_ner_train_44",
         "ru_ner_46", "kk_ner_46", "ru_ner_train_45", "kk_ner_train_45",
         "ru_ner_47", "kk_ner_47", "ru_ner_train_46", "kk_ner_train_46",
         "ru_ner_48", "kk_ner_48", "ru_ner_train_47", "kk_ner_train_47",
         "ru_ner_49", "kk_ner_49", "ru_ner_train_48", "kk_ner_train_48",
         "ru_ner_50", "kk_ner_50", "ru_ner_train_49", "kk_ner_train_49",
         "ru_ner_51", "kk_ner_51", "ru_ner_train_50", "kk_ner_train_50")


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
