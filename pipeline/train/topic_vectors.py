"""`kaznews train topic-vectors`: the files behind the topic tagger's vector evidence.

1. Kazakh word vectors: PPMI-SVD over the lemmas (our Kazakh lemmatizer) of the KazNERD
   sentences (CC BY 4.0), minus those in the topic gold set, so evaluation texts are unseen.
2. A Kazakh-Russian lexicon: content lemmas of SIB-200's parallel sentences aligned by
   their Dice coefficient over the sentence pairs (kk_ru.tsv), so Kazakh words reach navec.
3. Topic lexicons per space: each top-level topic's seeds plus the EXPAND words of the
   space nearest to them (and nearer to it than to any other top-level topic), each word
   filed under the subtopic whose seeds it is nearest to, or under the top-level topic.
Results go to models/topics/ (kk_vectors.npz, kk_ru.tsv, lexicon.tsv); rerun them when the
taxonomy's seeds change, then `kaznews train topic-model`, and commit.
"""
from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

import numpy as np

from ..corpus import analyse_gold, load_gold, load_sib200, read_iob
from ..models import models_dir
from ..resources import Resources
from ..topics.vectors import KK_VECTORS_FILE, LEXICON_FILE, QUANT, TRANSLATIONS_FILE, unit_rows

DIMENSIONS = 100
WINDOW = 5
MIN_COUNT = 2
EXPAND = 40
MARGIN = 0.03
NEAREST_SEEDS = 3
SEED = 0
MIN_PAIRS = 2  # sentence pairs a translation is seen in
MIN_DICE = 0.5
RUSSIAN_CANDIDATE = re.compile(r"[а-яё]{4,}")
KAZAKH_WORD = re.compile(r"[^\W\d_]{2,}")


def kazakh_vectors(sentences: list[list[str]], resources: Resources) -> tuple[list[str], np.ndarray]:
    """PPMI-SVD vectors of the lemmas of tokenized Kazakh sentences."""
    from scipy.sparse import coo_matrix
    from sklearn.utils.extmath import randomized_svd

    from ..analysis import lemmatize_words
    from ..lang.kk import STOP_WORDS
    docs = [[w for w in lemmatize_words([t.lower() for t in s], "kk", resources) if KAZAKH_WORD.fullmatch(w)
             and w not in STOP_WORDS] for s in sentences]
    counts = Counter(w for d in docs for w in d)
    words = sorted(w for w, c in counts.items() if c >= MIN_COUNT)
    index = {w: i for i, w in enumerate(words)}
    rows, cols = [], []
    for doc in docs:
        ids = [index[w] for w in doc if w in index]
        for a, left in enumerate(ids):
            for b in range(max(0, a - WINDOW), min(len(ids), a + WINDOW + 1)):
                if a != b:
                    rows.append(left)
                    cols.append(ids[b])
    counted = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(words),) * 2).tocsr()  # sums repeats
    pairs = counted.tocoo()
    total = pairs.data.sum()
    row_p = np.asarray(counted.sum(axis=1)).ravel() / total
    col_p = np.asarray(counted.sum(axis=0)).ravel() ** 0.75
    col_p /= col_p.sum()
    pmi = np.log(pairs.data / total / row_p[pairs.row] / col_p[pairs.col])
    keep = pmi > 0
    ppmi = coo_matrix((pmi[keep], (pairs.row[keep], pairs.col[keep])), shape=pairs.shape).tocsr()
    u, s, _ = randomized_svd(ppmi, DIMENSIONS, random_state=SEED)
    return words, unit_rows(u * np.sqrt(s)).astype(np.float32)


def russian_candidates(emb) -> tuple[list[str], np.ndarray]:
    """navec's Cyrillic words (`emb`: a Resources' navec), as unit vectors; lemma forms are
    checked after ranking."""
    words = [w for w in emb.vocab.words if RUSSIAN_CANDIDATE.fullmatch(w)]
    return words, unit_rows(np.stack([emb[w] for w in words]).astype(np.float32))


def is_russian_lemma(word: str, resources: Resources) -> bool:
    parse = resources.ru_lemmatizer.parse(word)[0]
    return parse.normal_form == word and parse.tag.POS in ("NOUN", "ADJF", "INFN")


def nearest_mean(vectors: np.ndarray, seeds: np.ndarray) -> np.ndarray:
    """Each row's mean cosine with its NEAREST_SEEDS nearest seeds."""
    sims = vectors @ seeds.T
    k = min(NEAREST_SEEDS, seeds.shape[0])
    return np.sort(sims, axis=1)[:, -k:].mean(axis=1)


def expand_lexicon(space: str, words: list[str], vectors: np.ndarray, resources: Resources) -> list[dict]:
    """Lexicon rows (space, topic, word, source, affinity) for one vector space."""
    taxonomy, seed_terms = resources.taxonomy, resources.seed_index.seeds
    index = {w: i for i, w in enumerate(words)}
    singles = {seq[0] for t in taxonomy for seq in seed_terms[t, space] if len(seq) == 1}
    missing = sorted(singles - index.keys())
    lexicon_vector = resources.topic_vectors.lexicon_vector
    found = [(w, v / QUANT) for w in missing if (v := lexicon_vector(space, w)) is not None]  # unit, as `vectors`
    if found:
        index.update((w, len(words) + n) for n, (w, _) in enumerate(found))
        words = words + [w for w, _ in found]
        vectors = np.vstack([vectors, np.stack([v for _, v in found])])
    seeds = {t: sorted({seq[0] for seq in seed_terms[t, space] if len(seq) == 1 and seq[0] in index})
             for t in taxonomy}
    tops = taxonomy.top_level_ids
    family = {top: [t for t in taxonomy if t == top or taxonomy[t].parent == top] for top in tops}
    family_seeds = {top: sorted({w for t in family[top] for w in seeds[t]}) for top in tops}
    affinity = np.stack([nearest_mean(vectors, vectors[[index[w] for w in family_seeds[top]]])
                         if family_seeds[top] else np.full(len(words), -1.0) for top in tops], axis=1)
    owner = affinity.argmax(axis=1)
    ranked = np.sort(affinity, axis=1)
    distinct = ranked[:, -1] - ranked[:, -2] >= MARGIN
    seed_words = {w for ws in seeds.values() for w in ws}
    rows = [{"space": space, "topic": t, "word": w, "source": "seed", "affinity": 1.0}
            for t in taxonomy for w in seeds[t]]
    for j, top in enumerate(tops):
        members = [t for t in family[top] if seeds[t]]
        chosen = []
        for i in np.where(owner == j)[0][np.argsort(-affinity[owner == j, j])]:
            word = words[i]
            if word in seed_words or not distinct[i] or (space == "ru" and not is_russian_lemma(word, resources)):
                continue
            chosen.append(i)
            if len(chosen) == EXPAND:
                break
        if not chosen or not members:
            continue
        by_member = np.stack([nearest_mean(vectors[chosen], vectors[[index[w] for w in seeds[t]]])
                              for t in members], axis=1)
        for row, i in enumerate(chosen):
            rows.append({"space": space, "topic": members[int(by_member[row].argmax())], "word": words[i],
                         "source": "expanded", "affinity": round(float(affinity[i, j]), 4)})
    return rows


def translations(shared: Path, resources: Resources) -> list[dict]:
    """Kazakh lemma -> Russian lemma rows (kk, ru, pairs, dice) from SIB-200's parallel
    sentences: for each Kazakh content lemma seen in MIN_PAIRS pairs, the Russian content
    lemma (known to navec) with the best Dice coefficient over the pairs, from MIN_DICE up."""
    sides = {}
    for lang in ("kk", "ru"):
        items = load_sib200(shared, lang)
        docs = analyse_gold(items, resources)
        sides[lang] = {item.key: {w for _, w in doc.content_words if w.isalpha()} for item, doc in zip(items, docs)}
    pairs = [(kk_words, sides["ru"][key]) for key, kk_words in sides["kk"].items() if key in sides["ru"]]
    kk_count, ru_count, both = Counter(), Counter(), Counter()
    for kk_words, ru_words in pairs:
        kk_count.update(kk_words)
        ru_count.update(ru_words)
        both.update((k, r) for k in kk_words for r in ru_words)
    best: dict[str, tuple[float, int, str]] = {}
    for (k, r), n in both.items():
        if n < MIN_PAIRS or r not in resources.navec:
            continue
        candidate = (2 * n / (kk_count[k] + ru_count[r]), n, r)
        if candidate[0] >= MIN_DICE and candidate > best.get(k, (0.0, 0, "")):
            best[k] = candidate
    return [{"kk": k, "ru": r, "pairs": n, "dice": round(d, 3)} for k, (d, n, r) in sorted(best.items())]


def train_topic_vectors(shared: Path, gold: Path, models: Path | None = None) -> dict:
    """Build the three files into `models`/topics/ (the shipped models folder by default);
    returns a summary for the CLI. Each step reads the files the step before wrote: the
    Resources is reloaded after each write."""
    models = models or models_dir()
    resources = Resources(models)
    held = {key.split(":", 1)[1] for key in (i.key for i in load_gold(gold, shared)) if key.startswith("kaznerd:")}
    sentences = [[w for w, _ in s] for n, s in enumerate(read_iob(shared / "data" / "kaznerd" / "IOB2_valid.txt"))
                 if str(n) not in held]
    kk_words, kk_matrix = kazakh_vectors(sentences, resources)
    np.savez_compressed(models / KK_VECTORS_FILE, words=np.array(kk_words), vectors=kk_matrix.astype(np.float16))
    lexicon = translations(shared, resources)
    with (models / TRANSLATIONS_FILE).open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=["kk", "ru", "pairs", "dice"], delimiter="\t")
        writer.writeheader()
        writer.writerows(lexicon)
    resources.reload()
    rows = (expand_lexicon("ru", *russian_candidates(resources.navec), resources)
            + expand_lexicon("kk", kk_words, kk_matrix, resources))
    with (models / LEXICON_FILE).open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=["space", "topic", "word", "source", "affinity"], delimiter="\t")
        writer.writeheader()
        writer.writerows(rows)
    resources.reload()
    return {"kazakh_sentences": len(sentences), "kazakh_words": len(kk_words), "translations": len(lexicon),
            "lexicon": Counter(r["space"] for r in rows)}
