"""A dataset folder as DuckDB views, one per table, over its part files (no copy, no load).

`connect(OUT)` gives a DuckDB connection where `articles`, `entities`, ... are views over
the current parts the manifest lists; a query reads only the columns it names. `frames(...)`
does the same for DataFrames in memory (a `Result`), so one SQL text serves both.
"""
from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa

from ..schema import TABLES

_DUCKDB_TYPES = {pa.string(): "VARCHAR", pa.int32(): "INTEGER", pa.int64(): "BIGINT", pa.float64(): "DOUBLE",
                 pa.date32(): "DATE", pa.timestamp("us", tz="UTC"): "TIMESTAMPTZ"}


def _columns(schema: pa.Schema) -> str:
    """A DuckDB struct literal of a table's columns and types, for the text formats."""
    return "{" + ", ".join(f"'{f.name}': '{_DUCKDB_TYPES[f.type]}'" for f in schema) + "}"


def _reader(table: str, fmt: str, paths: list[Path]) -> str:
    files = "[" + ", ".join("'" + str(p).replace("'", "''") + "'" for p in paths) + "]"
    if fmt == "parquet":
        return f"read_parquet({files}, union_by_name = true)"
    known = f", columns = {_columns(TABLES[table])}" if table in TABLES else ""
    if fmt == "jsonl":
        return f"read_json({files}, format = 'newline_delimited'{known})"
    return f"read_csv({files}, header = true{known})"


def connect(out_dir: str | Path) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection with a view per table of the finished dataset in `out_dir`.

    A table with no part (a dataset from before the table existed: `roles`) has no view;
    ask `has_table`. Timestamps are read in UTC."""
    from ..store import table_parts
    fmt, parts = table_parts(Path(out_dir))
    con = _connection()
    for table, paths in parts.items():
        if paths:
            con.execute(f'CREATE VIEW "{table}" AS SELECT * FROM {_reader(table, fmt, paths)}')
    return con


def frames(tables: Mapping[str, pd.DataFrame]) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection whose views are the given DataFrames (a Result's tables)."""
    con = _connection()
    for name, frame in tables.items():
        con.register(name, frame)
    return con


def _connection() -> duckdb.DuckDBPyConnection:
    """In UTC, and without the progress bar DuckDB draws on a terminal for long queries."""
    con = duckdb.connect()
    con.execute("SET TimeZone = 'UTC'")
    try:
        con.execute("SET enable_progress_bar = false")
    except duckdb.InvalidInputException:
        pass  # in Jupyter without ipywidgets DuckDB refuses any progress bar setting (and draws none)
    return con


def has_table(con: duckdb.DuckDBPyConnection, table: str) -> bool:
    return bool(con.execute("SELECT count(*) FROM duckdb_views() WHERE view_name = ? AND NOT internal",
                            [table]).fetchone()[0] or
                con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = ?", [table]).fetchone()[0])


def columns(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    """The columns a table has in this dataset (another kaznews may have added some)."""
    return [row[0] for row in con.execute(f'DESCRIBE "{table}"').fetchall()]


def register_taxonomy(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """Add a view `topic_parents(topic, top)`: each topic of the taxonomy in use and its
    top-level topic (none when the models folder has no taxonomy: a codebook's ids stand
    alone, so join it LEFT). Returns topic -> Russian name."""
    from ..models import models_dir
    from ..topics.taxonomy import TAXONOMY_FILE, load_taxonomy
    path = models_dir() / TAXONOMY_FILE
    topics = load_taxonomy(path) if path.exists() else {}
    con.register("topic_parents", pd.DataFrame({"topic": list(topics), "top": [v.parent or t for t, v in topics.items()]},
                                               dtype=object))
    return {t: v.name_ru for t, v in topics.items()}
