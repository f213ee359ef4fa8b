"""Check the form of a batch file of the blind news gold (see GUIDELINES.md), not its content.

    python data/eval/news/check_gold.py FILE.jsonl... [--used used_urls.txt]

Prints one line per problem and exits 1 if there is any.
"""
import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

TYPES = {"PER", "ORG", "LOC", "PROG"}
KEYS = ("id", "url", "site", "lang", "year", "text", "spans")


def row_problems(row: dict, used: set[str]) -> list[str]:
    problems = [f"missing key {k!r}" for k in KEYS if k not in row]
    if problems:
        return problems
    text = row["text"]
    if row["lang"] not in ("ru", "kk"):
        problems.append(f"lang {row['lang']!r} is neither ru nor kk")
    if row["url"].strip() in used:
        problems.append("URL of an earlier batch")
    if not 500 <= len(text) <= 1500:
        problems.append(f"text of {len(text)} characters (700-1,300 wanted)")
    latin = len(re.findall(r"[A-Za-z]", text))
    cyrillic = len(re.findall(r"[А-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]", text))
    if latin > cyrillic:
        problems.append("mostly Latin letters: Kazakh in the Latin alphabet is left out")
    last = 0
    for span in row["spans"]:
        where = f"span {span.get('text')!r} at {span.get('start')}"
        if span.get("type") not in TYPES:
            problems.append(f"{where}: type {span.get('type')!r}")
        start, stop = span.get("start"), span.get("stop")
        if not isinstance(start, int) or not isinstance(stop, int) or not 0 <= start < stop <= len(text):
            problems.append(f"{where}: bad offsets")
            continue
        if text[start:stop] != span.get("text"):
            problems.append(f"{where}: text[start:stop] is {text[start:stop]!r}")
        if start < last:
            problems.append(f"{where}: overlaps or is out of order")
        if text[start:stop] != text[start:stop].strip() or "\n" in text[start:stop]:
            problems.append(f"{where}: spaces at an edge or a line break inside")
        if not span.get("normal"):
            problems.append(f"{where}: no normal form")
        last = stop
    return problems


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--used", type=Path, help="URLs of earlier batches, one a line")
    args = parser.parse_args()
    used = set(args.used.read_text(encoding="utf-8").split()) if args.used else set()
    failed = 0
    ids: Counter = Counter()
    for path in args.files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                print(f"{path}:{number}: not JSON: {error}")
                failed += 1
                continue
            ids[row.get("id")] += 1
            for problem in row_problems(row, used):
                print(f"{path}:{number} {row.get('id')}: {problem}")
                failed += 1
    for item_id, count in ids.items():
        if count > 1:
            print(f"id {item_id!r} used {count} times")
            failed += 1
    print(f"{sum(ids.values())} articles, {failed} problems")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
