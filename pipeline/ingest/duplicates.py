"""Exact and near duplicates: the same story reprinted by several sites.

Exact: the same content hash (case- and space-folded text). Near: MinHash over word
3-shingles of the folded text, indexed with LSH (datasketch); a new article whose
estimated Jaccard similarity to an earlier one is at least NEAR_THRESHOLD is a reprint of
it. 0.7 catches syndicated copies with a changed lead, a dropped sentence or a site's own
sign-off, and leaves apart two reports of one event written separately (measured in
tests/test_ingest_dedup.py). Memory: about 0.6 KB per article for the signatures.
"""
from __future__ import annotations

import numpy as np
from datasketch import MinHash, MinHashLSH

NEAR_THRESHOLD = 0.7
NUM_PERM = 64
SHINGLE = 3
MIN_WORDS = 20  # shorter texts are compared exactly only


def signature(text: str) -> MinHash | None:
    words = text.lower().replace("ё", "е").split()
    if len(words) < MIN_WORDS:
        return None
    minhash = MinHash(num_perm=NUM_PERM, seed=1)
    minhash.update_batch([" ".join(words[i:i + SHINGLE]).encode("utf-8") for i in range(len(words) - SHINGLE + 1)])
    return minhash


class DuplicateIndex:
    """Remembers every article of a run; says which earlier article a new one repeats."""

    def __init__(self) -> None:
        self.by_hash: dict[str, str] = {}
        self.lsh = MinHashLSH(threshold=NEAR_THRESHOLD, num_perm=NUM_PERM)
        self.signatures: dict[str, np.ndarray] = {}

    def find(self, content_hash: str, text: str) -> tuple[str, str, float] | None:
        """(earlier article_id, "exact" or "near", similarity), or None for a new story."""
        if content_hash in self.by_hash:
            return self.by_hash[content_hash], "exact", 1.0
        minhash = signature(text)
        if minhash is None:
            return None
        best = None
        for candidate in self.lsh.query(minhash):
            similarity = float(np.mean(self.signatures[candidate] == minhash.hashvalues))
            if similarity >= NEAR_THRESHOLD and (best is None or similarity > best[2]):
                best = (candidate, "near", round(similarity, 3))
        return best

    def add(self, article_id: str, content_hash: str, text: str) -> None:
        self.by_hash.setdefault(content_hash, article_id)
        minhash = signature(text)
        if minhash is not None and article_id not in self.signatures:
            self.lsh.insert(article_id, minhash)
            self.signatures[article_id] = minhash.hashvalues.copy()
