"""Precision, recall and F1, computed in one place for every evaluation and training report;
span scoring for NER: exact and overlap counts per label."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

Span = tuple[int, int, str]  # start, end, label


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """(precision, recall, F1) from counts; 0.0 where a ratio has nothing to divide."""
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)


@dataclass
class SpanScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return prf(self.tp, self.fp, self.fn)[0]

    @property
    def recall(self) -> float:
        return prf(self.tp, self.fp, self.fn)[1]

    @property
    def f1(self) -> float:
        return prf(self.tp, self.fp, self.fn)[2]

    def metrics(self) -> dict:
        """P, R, F1 (4 decimals) and support, as the trainers' metrics.json files hold them."""
        return {"p": round(self.precision, 4), "r": round(self.recall, 4), "f1": round(self.f1, 4),
                "support": self.tp + self.fn}


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
