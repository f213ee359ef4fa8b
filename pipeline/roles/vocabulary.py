"""The position vocabulary the roles stage reads: which words head a position, which belong
to it after (Russian) or before (Kazakh) its head, and which name the body instead.

Learned by `kaznews train roles` (pipeline/train/roles.py) from NEREL's PROFESSION spans
(Russian) and KazNERD's POSITION spans (Kazakh), and written to models/roles/positions.tsv:
one line per (language, kind, lemma, count).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

POSITIONS_FILE = Path("roles") / "positions.tsv"  # under the models folder
# The kinds of counts. head: the word a position is named by (ru "министр", kk "әкім");
# inside: a word that belongs to the position beside its head (ru "здравоохранения" after
#   "министр", kk "мемлекет" before "басшысы"); body: how often that word heads an
#   organisation or place instead (NEREL ORGANIZATION/COUNTRY/CITY..., KazNERD ORGANISATION/GPE...);
# modifier (kk): a word seen before a head without a possessive ("бас имам"), so the head's
#   normal form drops its possessive after it.


@dataclass
class PositionVocabulary:
    """Counts per (language, kind) of lemmas; the decisions the roles stage asks."""

    counts: dict[tuple[str, str], Counter] = field(default_factory=dict)
    min_count: int = 2

    def count(self, lang: str, kind: str, lemma: str) -> int:
        return self.counts.get((lang, kind), Counter())[lemma]

    def is_head(self, lang: str, lemma: str) -> bool:
        """A word that names a position (seen heading at least `min_count` spans)."""
        return self.count(lang, "head", lemma) >= self.min_count

    def inside(self, lang: str, lemma: str) -> bool:
        """A word that belongs to a position beside its head ("здравоохранения" after
        "министр", seen once is enough) more often than it names a body."""
        seen = self.count(lang, "inside", lemma) + self.count(lang, "head", lemma)
        return seen > self.count(lang, "body", lemma)

    def is_modifier(self, lang: str, lemma: str) -> bool:
        return self.count(lang, "modifier", lemma) >= self.min_count

    def add(self, lang: str, kind: str, lemma: str, n: int = 1) -> None:
        self.counts.setdefault((lang, kind), Counter())[lemma] += n

    def save(self, path: Path) -> None:
        """Write the counts (sorted, so a rebuild from the same data is the same file)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        lines = ["lang\tkind\tlemma\tcount"]
        for (lang, kind), counter in sorted(self.counts.items()):
            lines += [f"{lang}\t{kind}\t{lemma}\t{n}" for lemma, n in sorted(counter.items(), key=lambda x: (-x[1], x[0]))]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> PositionVocabulary:
        vocabulary = cls()
        for line in path.read_text(encoding="utf-8").splitlines()[1:]:
            lang, kind, lemma, n = line.split("\t")
            vocabulary.add(lang, kind, lemma, int(n))
        return vocabulary
