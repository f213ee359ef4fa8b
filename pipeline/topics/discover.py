"""Topic discovery: what is in a dump nobody has read yet (`kaznews topics discover OUT`).

NMF on TF-IDF of the articles' content lemmas (the `lemmas` column, Russian and Kazakh
alike), as in content-analysis practice: each topic is a weighted set of lemmas; an
article's topic mix is its NMF row, normalised to shares. Prevalence over time is the mean
share of each topic among the articles of a month (articles without a date count under
"unknown"). Deterministic for a given `seed`.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

TOP_LEMMAS = 12
REPRESENTATIVES = 5


@dataclass
class Discovery:
    topics: pd.DataFrame  # topic, top_lemmas, weight (share of all articles' mass)
    representatives: pd.DataFrame  # topic, rank, article_id, share
    prevalence: pd.DataFrame  # month, topic, share, articles


def discover_topics(articles: pd.DataFrame, k: int = 30, seed: int = 0) -> Discovery:
    """Fit k topics on `articles` (the articles table: article_id, lemmas, published)."""
    from sklearn.decomposition import NMF
    from sklearn.feature_extraction.text import TfidfVectorizer

    articles = articles[articles["lemmas"].fillna("").str.strip() != ""].reset_index(drop=True)
    if len(articles) < 3:
        raise ValueError(f"topic discovery needs at least 3 articles with lemmas, got {len(articles)}")
    k = max(1, min(k, len(articles) - 1))
    vectorizer = TfidfVectorizer(min_df=2 if len(articles) >= 50 else 1, max_df=0.9, token_pattern=r"\S+",
                                 sublinear_tf=True)
    matrix = vectorizer.fit_transform(articles["lemmas"])
    model = NMF(n_components=k, init="nndsvda", random_state=seed, max_iter=500)
    weights = model.fit_transform(matrix)
    shares = weights / np.clip(weights.sum(axis=1, keepdims=True), 1e-12, None)
    vocabulary = np.array(vectorizer.get_feature_names_out())
    topics = pd.DataFrame({
        "topic": range(k),
        "top_lemmas": [", ".join(vocabulary[np.argsort(row)[::-1][:TOP_LEMMAS]]) for row in model.components_],
        "weight": shares.sum(axis=0) / len(articles),
    })
    representatives = pd.DataFrame([
        {"topic": t, "rank": r + 1, "article_id": articles["article_id"].iat[i], "share": float(shares[i, t])}
        for t in range(k) for r, i in enumerate(np.argsort(shares[:, t])[::-1][:REPRESENTATIVES])])
    published = pd.to_datetime(articles["published"], utc=True)
    months = published.dt.strftime("%Y-%m").fillna("unknown")
    mix = pd.DataFrame(shares, columns=range(k)).assign(month=months.to_numpy())
    grouped = mix.groupby("month")
    prevalence = grouped.mean().stack().rename("share").reset_index().rename(columns={"level_1": "topic"})
    prevalence["articles"] = prevalence["month"].map(grouped.size())
    return Discovery(topics, representatives, prevalence)
