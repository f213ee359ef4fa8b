"""Human validation of the topic tags: a coding sheet, and agreement figures from it.

`coding_sheet` draws a (stratified) random sample of articles and lays out what coders
need: id, title, an excerpt, the tagger's topics and entities, and one empty column per
coder. Coders write topic ids separated by `;`, and `-` for an article with none of
them; an empty cell is an article that coder has not coded yet (left out of that coder's
figures). `agreement` reads the sheet back: per topic and overall, the tagger's precision
and recall against each coder, and Krippendorff's alpha (nominal; per topic the presence
of the topic is the value, overall every article-topic pair is a unit) between the coders
and between the coders and the tagger.
"""
from __future__ import annotations

import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd

from ..choices import STRATA
from . import dataset
from .export import excel_ready, excel_writer, write_csv

EXCERPT = 600  # characters of text on the sheet: enough to code most news leads
TAGGER = "tagger_topics"
CODER = re.compile(r"coder_\d+")
NONE = "-"  # a coder's mark for "none of the topics"
SEPARATOR = ";"


def sample_ids(con: duckdb.DuckDBPyConnection, n: int, stratify: Sequence[str] = (), seed: int = 0) -> list[str]:
    """`n` article ids drawn at random, in proportion to each stratum's size (largest
    remainders; strata: an article's `topic` (its best-scored top-level topic), `source`,
    `lang`). The same dataset, n, strata and seed give the same sample."""
    unknown = [s for s in stratify if s not in STRATA]
    if unknown:
        raise ValueError(f"cannot stratify by {', '.join(unknown)}: choose from {', '.join(STRATA)}")
    dataset.register_taxonomy(con)
    frame = con.execute("""
        WITH best AS (SELECT t.article_id, arg_max(coalesce(p.top, t.topic), t.score) AS topic
                      FROM topics t LEFT JOIN topic_parents p ON p.topic = t.topic GROUP BY 1)
        SELECT a.article_id, coalesce(a.source, '') AS source, coalesce(a.lang, '') AS lang,
               coalesce(best.topic, '') AS topic
        FROM articles a LEFT JOIN best USING (article_id) ORDER BY a.article_id""").df()
    rng = np.random.default_rng(seed)
    if n >= len(frame):
        return list(frame.article_id)
    groups = list(frame.groupby(list(stratify), sort=True)) if stratify else [((), frame)]
    exact = np.array([len(rows) for _, rows in groups]) * n / len(frame)
    quota = np.floor(exact).astype(int)
    # the seats left go to the largest remainders (ties: the first stratum in key order)
    quota[np.argsort(-(exact - quota), kind="stable")[:n - int(quota.sum())]] += 1
    picked = []
    for (_, rows), take in zip(groups, quota):
        picked += list(rng.choice(rows.article_id.to_numpy(), size=int(take), replace=False))
    return sorted(picked)


def coding_sheet(out_dir: str | Path, n: int, stratify: Sequence[str] = (), seed: int = 0,
                 coders: int = 2) -> pd.DataFrame:
    """The coding sheet of a sample of the dataset in `out_dir` (one row per article)."""
    con = dataset.connect(out_dir)
    ids = sample_ids(con, n, stratify, seed)
    sheet = con.execute(f"""
        WITH chosen AS (SELECT unnest($ids) AS article_id),
             tags AS (SELECT article_id, string_agg(topic, '{SEPARATOR} ' ORDER BY score DESC, topic) AS topics
                      FROM topics WHERE article_id IN (SELECT article_id FROM chosen) GROUP BY 1),
             names AS (SELECT article_id, label, normal, min(start) AS first FROM entities
                       WHERE article_id IN (SELECT article_id FROM chosen) GROUP BY ALL),
             ents AS (SELECT article_id, string_agg(label || ' ' || normal, '{SEPARATOR} ' ORDER BY first, normal)
                             AS entities FROM names GROUP BY 1)
        SELECT a.article_id, a.source, a.published_date, a.lang, a.title, left(a.text, {EXCERPT}) AS excerpt,
               a.url, coalesce(tags.topics, '') AS {TAGGER}, coalesce(ents.entities, '') AS entities
        FROM articles a JOIN chosen USING (article_id) LEFT JOIN tags USING (article_id)
        LEFT JOIN ents USING (article_id) ORDER BY a.article_id""", {"ids": ids}).df()
    for i in range(1, coders + 1):
        sheet[f"coder_{i}"] = ""
    return sheet


def write_sheet(sheet: pd.DataFrame, path: str | Path) -> None:
    """Excel (.xlsx, with a second sheet listing the taxonomy's topic ids for the coders)
    or CSV with a byte order mark (.csv)."""
    path = Path(path)
    if path.suffix.lower() == ".csv":
        write_csv(sheet, path)
        return
    from ..models import models_dir
    from ..topics.taxonomy import TAXONOMY_FILE, load_taxonomy
    taxonomy = models_dir() / TAXONOMY_FILE
    topics = pd.DataFrame([(t.id, t.parent or "", t.name_ru, t.definition) for t in load_taxonomy(taxonomy).values()],
                          columns=["topic", "parent", "name", "definition"]) if taxonomy.exists() else None
    with excel_writer(path) as writer:
        excel_ready(sheet, "coding").to_excel(writer, sheet_name="coding", index=False)
        if topics is not None:
            topics.to_excel(writer, sheet_name="topics", index=False)


def read_sheet(path: str | Path) -> pd.DataFrame:
    """A coding sheet (or any table of labels) from .xlsx (its first sheet) or CSV, every
    cell as text ("" for an empty one)."""
    path = Path(path)
    try:
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            frame = pd.read_excel(path, sheet_name=0, dtype=str, engine="openpyxl")
        else:
            frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (ValueError, KeyError, OSError, zipfile.BadZipFile, UnicodeDecodeError) as exc:
        raise ValueError(f"cannot read {path} as a {'workbook' if path.suffix.lower() == '.xlsx' else 'CSV'} "
                         f"({type(exc).__name__}: {exc})") from None
    return frame.fillna("").astype(str)


def parse_codes(cell: str) -> frozenset[str] | None:
    """A cell's topic ids; None for an empty cell (not coded), an empty set for `-`."""
    cell = cell.strip()
    if not cell:
        return None
    return frozenset(c.strip() for c in cell.split(SEPARATOR) if c.strip() and c.strip() != NONE)


def krippendorff_alpha(values: np.ndarray) -> float:
    """Krippendorff's alpha for nominal data: `values` is coders x units, NaN where a coder
    gave no value. NaN when no unit has two values or every value is the same (no
    variation to agree on)."""
    values = np.asarray(values, dtype=float)
    categories = np.unique(values[~np.isnan(values)])
    counts = np.stack([(values == c).sum(axis=0) for c in categories], axis=1) if len(categories) else \
        np.zeros((values.shape[1], 0))
    pairable = counts.sum(axis=1)
    counts, pairable = counts[pairable >= 2].astype(float), pairable[pairable >= 2]
    if not len(pairable):
        return float("nan")
    # coincidences: pairs of values within a unit, each unit weighted 1 / (values - 1)
    o = np.einsum("uc,uk->ck", counts / (pairable - 1)[:, None], counts)
    o[np.diag_indices_from(o)] -= (counts / (pairable - 1)[:, None]).sum(axis=0)
    n_c = o.sum(axis=1)
    n = n_c.sum()
    expected = (n * n - (n_c ** 2).sum()) / (n - 1)
    if expected == 0:
        return float("nan")
    return float(1 - (n - np.trace(o)) / expected)


@dataclass
class Agreement:
    """Per topic (and an `overall` row): how many articles each annotator gave the topic,
    the tagger's precision and recall against each coder, alpha between the coders and
    between coders and tagger; `coded` counts the rows each coder filled in."""
    table: pd.DataFrame
    coders: list[str]
    coded: dict[str, int]


def _presence(codes: list[frozenset[str] | None], topic: str) -> np.ndarray:
    """1/0 per article for one topic (NaN: not coded)."""
    return np.array([np.nan if c is None else float(topic in c) for c in codes])


def _precision_recall(tagger: np.ndarray, coder: np.ndarray) -> tuple[float, float]:
    coded = ~np.isnan(coder)
    tp = float(np.sum((tagger == 1) & (coder == 1) & coded))
    predicted, actual = float(np.sum((tagger == 1) & coded)), float(np.sum(coder == 1))
    return (tp / predicted if predicted else float("nan"), tp / actual if actual else float("nan"))


def agreement(sheet: pd.DataFrame, topics: Sequence[str] | None = None) -> Agreement:
    """The agreement figures of a filled-in coding sheet, over `topics` (default: every
    topic the tagger or a coder used). Name the topics of your codebook when the coders
    coded only some: the tagger's other tags would count against it otherwise."""
    coders = sorted((c for c in sheet.columns if CODER.fullmatch(c)), key=lambda c: int(c.split("_")[1]))
    if TAGGER not in sheet.columns or not coders:
        raise ValueError(f"a coding sheet needs a {TAGGER} column and coder_1, coder_2, ... columns "
                         f"(found: {', '.join(sheet.columns)})")
    codes = {"tagger": [parse_codes(c) or frozenset() for c in sheet[TAGGER]]}
    codes |= {c: [parse_codes(v) for v in sheet[c]] for c in coders}
    coded = {c: sum(v is not None for v in codes[c]) for c in coders}
    if not any(coded.values()):
        raise ValueError("no coder column has a value yet: code some articles first (topic ids separated by "
                         f"'{SEPARATOR}', '{NONE}' for none)")
    topics = sorted(topics or {t for values in codes.values() for v in values if v for t in v})
    presence = {topic: {name: _presence(values, topic) for name, values in codes.items()} for topic in topics}
    # overall: every (article, topic) pair one unit
    presence["overall"] = {name: np.concatenate([presence[t][name] for t in topics]) if topics else np.array([])
                           for name in codes}
    rows = []
    for topic, by_name in presence.items():
        row = {"topic": topic, **{f"n {name}": int(np.nansum(v)) for name, v in by_name.items()}}
        for c in coders:
            row[f"P vs {c}"], row[f"R vs {c}"] = _precision_recall(by_name["tagger"], by_name[c])
        row["alpha coders"] = krippendorff_alpha(np.stack([by_name[c] for c in coders])) if len(coders) > 1 \
            else float("nan")
        row["alpha coders+tagger"] = krippendorff_alpha(np.stack([by_name[c] for c in ["tagger", *coders]]))
        rows.append(row)
    return Agreement(pd.DataFrame(rows), coders, coded)
