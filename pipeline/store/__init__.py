"""Store: the four tables and the run manifest, written atomically; read back as DataFrames.

Each table streams into "<table>.<ext>.partial" and is renamed to its final name only
when the run ends; the manifest (manifest.json) is removed when a run starts and written
last. So a killed run leaves .partial files and no manifest, never a table that looks
complete, and `read_tables` refuses an output folder without a manifest.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from ..schema import SCHEMA_VERSION, TABLES
from .rows import document_rows, duplicate_row, reject_row

__all__ = ["FORMATS", "TableWriter", "document_rows", "duplicate_row", "reject_row", "read_tables",
           "tables_to_frames", "MANIFEST"]

FORMATS = {"parquet": "parquet", "jsonl": "jsonl", "csv": "csv"}
MANIFEST = "manifest.json"
FLUSH_ROWS = 5000


class IncompleteOutput(Exception):
    """The output folder has no manifest: its run did not finish."""


class TableWriter:
    """Streams rows into the four tables; `close(manifest)` publishes them atomically."""

    def __init__(self, out_dir: Path, fmt: str = "parquet") -> None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        self.out_dir = Path(out_dir)
        self.fmt = fmt
        self.out_dir.mkdir(parents=True, exist_ok=True)
        (self.out_dir / MANIFEST).unlink(missing_ok=True)
        for stale in self.out_dir.glob("*.partial"):
            stale.unlink()
        self.buffers: dict[str, list[dict]] = {name: [] for name in TABLES}
        self.counts: dict[str, int] = {name: 0 for name in TABLES}
        self._parquet: dict[str, pq.ParquetWriter] = {}
        self._started: set[str] = set()

    def path(self, table: str) -> Path:
        return self.out_dir / f"{table}.{FORMATS[self.fmt]}"

    def add(self, table: str, rows: Iterable[dict]) -> None:
        buffer = self.buffers[table]
        buffer.extend(rows)
        if len(buffer) >= FLUSH_ROWS:
            self._flush(table)

    def _flush(self, table: str) -> None:
        rows = self.buffers[table]
        schema = TABLES[table]
        data = pa.Table.from_pylist(rows, schema=schema)
        partial = self.path(table).with_name(self.path(table).name + ".partial")
        first = table not in self._started
        self._started.add(table)
        if self.fmt == "parquet":
            if table not in self._parquet:
                self._parquet[table] = pq.ParquetWriter(partial, schema, compression="zstd")
            self._parquet[table].write_table(data)
        elif self.fmt == "jsonl":
            with open(partial, "a", encoding="utf-8") as fh:
                for row in data.to_pylist():
                    fh.write(json.dumps(row, ensure_ascii=False, default=_json_default) + "\n")
        else:
            with open(partial, "ab") as fh:
                pacsv.write_csv(data, fh, pacsv.WriteOptions(include_header=first))
        self.counts[table] += len(rows)
        rows.clear()

    def close(self, manifest: dict) -> dict:
        """Flush, publish every table under its final name, then write the manifest."""
        for table in TABLES:
            if self.buffers[table] or table not in self._started:
                self._flush(table)
        for writer in self._parquet.values():
            writer.close()
        for table in TABLES:
            partial = self.path(table).with_name(self.path(table).name + ".partial")
            _fsync(partial)
            os.replace(partial, self.path(table))
        manifest = {**manifest, "schema_version": SCHEMA_VERSION, "format": self.fmt,
                    "tables": {t: {"file": self.path(t).name, "rows": self.counts[t]} for t in TABLES}}
        tmp = self.out_dir / (MANIFEST + ".partial")
        tmp.write_text(json.dumps(manifest, ensure_ascii=False, indent=2, default=str), encoding="utf-8")
        _fsync(tmp)
        os.replace(tmp, self.out_dir / MANIFEST)
        return manifest


def _fsync(path: Path) -> None:
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())


def _json_default(value: object) -> str:
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def tables_to_frames(rows: dict[str, list[dict]]) -> dict[str, pd.DataFrame]:
    """Rows to DataFrames with the documented column types (as `read_tables` returns them)."""
    return {t: pa.Table.from_pylist(rows.get(t, []), schema=TABLES[t]).to_pandas() for t in TABLES}


def read_tables(out_dir: Path) -> dict[str, pd.DataFrame]:
    """The tables a finished run wrote, as DataFrames with the documented column types."""
    out_dir = Path(out_dir)
    manifest_path = out_dir / MANIFEST
    if not manifest_path.exists():
        raise IncompleteOutput(f"{out_dir}: no {MANIFEST}; the run that wrote it did not finish")
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    frames = {}
    for table, schema in TABLES.items():
        path = out_dir / manifest["tables"][table]["file"]
        if manifest["format"] == "parquet":
            data = pq.read_table(path, schema=schema)
        elif manifest["format"] == "jsonl":
            data = pa.Table.from_pylist(_read_jsonl_rows(path), schema=schema) if path.stat().st_size \
                else schema.empty_table()
        else:
            data = pacsv.read_csv(path, convert_options=pacsv.ConvertOptions(
                column_types=schema, strings_can_be_null=True)) \
                if path.stat().st_size else schema.empty_table()
        frames[table] = data.to_pandas()
    return frames


def _read_jsonl_rows(path: Path) -> list[dict]:
    from ..ingest.dates import parse_published
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row.get("published"):
                row["published"] = parse_published(row["published"])
            rows.append(row)
    return rows
