"""Who appears with whom: co-mention counts of entities and the graph they make.

One SQL text counts pairs for `Result.co_mentions` (DataFrames registered in DuckDB), for
`kaznews network` and for the report (views over the Parquet parts): a pair's count is the
number of articles (window="article") or sentences (window="sentence") in which both
canonical keys are mentioned, however often each is.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import duckdb
import pandas as pd

from ..choices import GRAPH_FORMATS, WINDOWS


def _labels_in(labels: Sequence[str] | None, column: str = "label") -> str:
    """An SQL condition on a label column (None: any label)."""
    if labels is None:
        return "TRUE"
    return f"{column} IN (" + ", ".join("'" + v.replace("'", "''") + "'" for v in labels) + ")"


def top_entities(con: duckdb.DuckDBPyConnection, labels: Sequence[str] | None = None,
                 n: int | None = None, per_label: bool = False) -> pd.DataFrame:
    """The `n` most mentioned entities (of each label, with `per_label`): canonical key,
    label, its most frequent normal form, mentions and articles; most mentioned first, ties
    broken by articles, then key.

    Mentions are counted first, and normal forms and distinct articles only for the keys
    that can make the top `n` (on a million articles, counting distinct articles for every
    key is what would take the time and memory)."""
    where = _labels_in(labels)
    group = "label" if per_label else "NULL"
    top = "TRUE" if n is None else f"rank <= {int(n)}"
    # the candidates first, as a list: so that the second query filters the mentions by a
    # known small set of keys (DuckDB then reads them as a semi-join, not a hash of all)
    chosen = con.execute(f"""
        WITH counts AS (SELECT canonical, any_value(label) AS label, count(*) AS mentions FROM entities
                        WHERE {where} GROUP BY 1),
             ranked AS (SELECT *, row_number() OVER (PARTITION BY {group} ORDER BY mentions DESC) AS rank
                        FROM counts),
             cuts AS (SELECT {group} AS part, min(mentions) AS cut FROM ranked WHERE {top} GROUP BY 1)
        SELECT canonical FROM ranked JOIN cuts ON {group} IS NOT DISTINCT FROM part WHERE mentions >= cut""").df()
    qualify = "" if n is None else \
        f"QUALIFY row_number() OVER (PARTITION BY {group} ORDER BY mentions DESC, articles DESC, canonical) <= {int(n)}"
    return con.execute(f"""
        WITH picked AS (SELECT article_id, canonical, label, normal FROM entities
                        WHERE {where} AND canonical IN (SELECT unnest($keys))),
             forms AS (SELECT canonical, label, normal, count(*) AS n FROM picked GROUP BY ALL),
             arts AS (SELECT canonical, count(DISTINCT article_id) AS articles FROM picked GROUP BY 1),
             found AS (SELECT canonical, first(label ORDER BY n DESC, label) AS label,
                              first(normal ORDER BY n DESC, normal) AS normal, sum(n)::BIGINT AS mentions,
                              any_value(articles) AS articles
                       FROM forms JOIN arts USING (canonical) GROUP BY canonical)
        SELECT * FROM found {qualify}
        ORDER BY {"label, " if per_label else ""}mentions DESC, articles DESC, canonical""",
                       {"keys": list(chosen.canonical)}).df()


def co_mentions(con: duckdb.DuckDBPyConnection, labels_a: Sequence[str] | None, labels_b: Sequence[str] | None,
                window: str = "article", min_count: int = 1, keys: Sequence[str] | None = None) -> pd.DataFrame:
    """Pairs (a, b) of canonical keys, a of `labels_a` and b of `labels_b`, with the number
    of articles or sentences (`window`) mentioning both; a pair both sides could hold is
    counted once, with a < b. `keys` limits the entities counted (the top ones of a graph)."""
    if window not in WINDOWS:
        raise ValueError(f"window must be one of {', '.join(WINDOWS)}, got {window!r}")
    unit = "sentence" if window == "sentence" else "0"
    only = "TRUE" if keys is None else "canonical IN (SELECT key FROM unnest($keys) AS k(key))"
    wanted = f"({_labels_in(labels_a)} OR {_labels_in(labels_b)})"
    return con.execute(f"""
        WITH e AS (SELECT DISTINCT article_id, {unit} AS unit, label, canonical FROM entities
                   WHERE {wanted} AND {only})
        SELECT x.canonical AS a, y.canonical AS b, x.label AS label_a, y.label AS label_b,
               count(*)::BIGINT AS count
        FROM e AS x JOIN e AS y ON x.article_id = y.article_id AND x.unit = y.unit AND x.canonical <> y.canonical
        WHERE {_labels_in(labels_a, 'x.label')} AND {_labels_in(labels_b, 'y.label')}
          AND (x.canonical < y.canonical OR NOT ({_labels_in(labels_a, 'y.label')} AND {_labels_in(labels_b, 'x.label')}))
        GROUP BY ALL HAVING count(*) >= {int(min_count)}
        ORDER BY count DESC, a, b""", {"keys": list(keys)} if keys is not None else {}).df()


def graph(con: duckdb.DuckDBPyConnection, labels: Sequence[str] | None = None, window: str = "article",
          min_count: int = 1, top: int | None = 100):
    """The co-mention graph of the `top` most mentioned entities of `labels` (None: all):
    nodes keyed by canonical key with attributes label, normal, mentions and articles;
    an edge per pair mentioned together at least `min_count` times, its count the weight."""
    import networkx as nx
    nodes = top_entities(con, labels, top)
    pairs = co_mentions(con, labels, labels, window, min_count, keys=list(nodes.canonical))
    g = nx.Graph(window=window)
    for row in nodes.itertuples(index=False):
        g.add_node(row.canonical, label=row.label, normal=row.normal, mentions=int(row.mentions),
                   articles=int(row.articles))
    g.add_weighted_edges_from((p.a, p.b, int(p.count)) for p in pairs.itertuples(index=False))
    return g


def write_graph(g, path: Path) -> None:
    """GEXF or GraphML, by the file's suffix (Gephi, Cytoscape, networkx read both)."""
    import networkx as nx
    suffix = Path(path).suffix.lower()
    if suffix not in GRAPH_FORMATS:
        raise ValueError(f"write .gexf or .graphml, not {suffix or 'a file without suffix'}")
    (nx.write_gexf if suffix == ".gexf" else nx.write_graphml)(g, path)
