"""Inputs that gave nothing usable: every record of a file rejected.

A CSV whose text column has another name used to end as a run of 0 articles and exit 0,
which neither a user nor a scheduler notices. The runner passes every item through an
`InputTally`; at the end, `unusable()` names each input file that had records and none
of them became an article, a duplicate or an unchanged article, with the most common
reject reason and the fields its first record has (what `--field text=THEIRS` needs).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from .doc import RawRecord, Reject
from .ingest.readers import display_name, read_dump

PEEK = 1_000  # items read to find a file's first record when naming its fields
TEXT_REASONS = ("no text field", "empty text", "no article text left")  # what a wrongly named text field causes


def reject_kind(reason: str) -> str:
    """A reject reason without its details ("broken JSON: Expecting value at column 3" ->
    "broken JSON"): what the summaries count by."""
    return reason.split(":")[0]


@dataclass
class UnusableInput:
    path: str
    rejected: int  # records of the file, all rejected
    reason: str  # the most common kind of reject
    reason_count: int
    fields: list[str]  # the first record's field names, in its order ([] if no record could be read)
    longest_field: str | None  # the field with the longest string value there: most likely the text

    def describe(self) -> str:
        """Why nothing came of the file and what to try, in one sentence."""
        records = f"{self.rejected} record" + ("s" if self.rejected != 1 else "")
        text = f"nothing usable in {self.path}: all {records} rejected, most often: {self.reason} ({self.reason_count})"
        if self.fields:
            text += f"; its first record has the fields {', '.join(self.fields)}"
        if self.reason.startswith(TEXT_REASONS) and self.longest_field not in (None, "text", "html"):
            text += f"; name the text field with --field text=THEIRS, e.g. --field text={self.longest_field}"
        return text


class InputTally:
    """Per input file: records that became something usable, and rejects by kind."""

    def __init__(self, files: list[Path]) -> None:
        self.names = {display_name(path): path for path in files}  # as readers name them in `where`
        self.usable: Counter = Counter()
        self.rejected: defaultdict[str, Counter] = defaultdict(Counter)

    def see(self, item: object) -> object:
        """Count one item of the run (a Document, Duplicate, Unchanged or Reject) and return it."""
        name = self._input_of(item.where)
        if isinstance(item, Reject):
            self.rejected[name][reject_kind(item.reason)] += 1
        else:
            self.usable[name] += 1
        return item

    def _input_of(self, where: str) -> str:
        """The input file of a record's place ("file", "file:line", "file#row")."""
        if where in self.names:
            return where
        for separator in (":", "#"):
            head = where.rpartition(separator)[0]
            if head in self.names:
                return head
        return where

    def unusable(self) -> list[UnusableInput]:
        """The input files whose records were all rejected, in input order."""
        found = []
        for name, path in self.names.items():
            reasons = self.rejected.get(name)
            if not reasons or self.usable[name]:
                continue
            reason, count = reasons.most_common(1)[0]
            fields = first_record_fields(path)
            longest = max((k for k, v in fields.items() if isinstance(v, str)), key=lambda k: len(fields[k]),
                          default=None)
            found.append(UnusableInput(name, sum(reasons.values()), reason, count, [str(k) for k in fields],
                                       longest))
        return found


def first_record_fields(path: Path) -> dict:
    """The fields of the first record a reader makes of `path` ({} if none in its first
    PEEK items): read again only for an unusable file, so a normal run pays nothing."""
    for item in islice(read_dump(path), PEEK):
        if isinstance(item, RawRecord):
            return item.fields
    return {}
