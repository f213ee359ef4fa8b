"""Span scoring shared by the NER evaluations: exact and overlap P/R/F1 per label."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

Span = tuple[int, int, str]  # start, end, label


@dataclass
class SpanScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class SpanScores:
    exact: dict[str, SpanScore] = field(default_factory=lambda: defaultdict(SpanScore))
    overlap: dict[str, SpanScore] = field(default_factory=lambda: defaultdict(SpanScore))

    def add(self, gold: Iterable[Span], predicted: Iterable[Span]) -> None:
        gold, predicted = set(gold), set(predicted)
        for start, end, label in predicted:
            self.exact[label].tp += (start, end, label) in gold
            self.exact[label].fp += (start, end, label) not in gold
            hit = any(g[2] == label and g[0] < end and start < g[1] for g in gold)
            self.overlap[label].tp += hit
            self.overlap[label].fp += not hit
        for start, end, label in gold:
            self.exact[label].fn += (start, end, label) not in predicted
            self.overlap[label].fn += not any(p[2] == label and p[0] < end and start < p[1] for p in predicted)

    def total(self, labels: Iterable[str], kind: str = "exact") -> SpanScore:
        table = self.exact if kind == "exact" else self.overlap
        out = SpanScore()
        for label in labels:
            out.tp += table[label].tp
            out.fp += table[label].fp
            out.fn += table[label].fn
        return out
