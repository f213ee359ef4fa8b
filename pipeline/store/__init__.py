"""Store: the tables as a dataset of parts under OUT/, described by OUT/manifest.json.

    OUT/manifest.json                  schema and pipeline version, format, the runs
    OUT/<table>/part-<run>-<n>.<ext>   rows written by one run, one commit at a time
    OUT/signatures/part-<run>-<n>.parquet  the articles' near-duplicate signatures

A run commits every table together at checkpoints: the parts are written under
temporary names, renamed, then listed in the manifest, which is replaced atomically. So a
killed run loses at most the work since its last commit, and never leaves a part that
looks committed; files the manifest does not list are removed by the next run.
`read_tables` reads the runs since the last full (non-incremental) run: for each article
the rows of the latest run that wrote it, so an edited article's new rows supersede its
old ones; it refuses a dataset whose last run did not finish.
"""
from __future__ import annotations

import json
import os
import uuid
from collections.abc import Mapping
from datetime import date, datetime, timezone
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from ..schema import SCHEMA_VERSION, TABLES
from .rows import document_rows, duplicate_row, reject_row, signature_row

__all__ = ["FORMATS", "DatasetWriter", "IncompatibleOutput", "IncompleteOutput", "document_rows", "duplicate_row", "reject_row",
           "signature_row", "read_tables", "stored_articles", "stored_signatures", "tables_to_frames", "compact",
           "MANIFEST", "SIGNATURES"]

FORMATS = {"parquet": "parquet", "jsonl": "jsonl", "csv": "csv"}
MANIFEST = "manifest.json"
KEYED = ("articles", "sentences", "entities", "topics")  # rows that belong to one analysed article
# Not a table of the dataset: the articles' near-duplicate signatures, always Parquet, so
# that an incremental run finds reprints of articles stored by earlier runs.
SIGNATURES = "signatures"
WRITTEN = {**TABLES, SIGNATURES: pa.schema([("article_id", pa.string()), ("content_hash", pa.string()),
                                            ("minhash", pa.binary())])}


class IncompleteOutput(Exception):
    """The output folder has no finished run to read."""


class IncompatibleOutput(Exception):
    """An incremental run cannot append to this output folder (other schema or format)."""


def load_manifest(out_dir: Path) -> dict | None:
    path = Path(out_dir) / MANIFEST
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def _write_manifest(out_dir: Path, manifest: dict) -> None:
    tmp = out_dir / (MANIFEST + ".tmp")
    tmp.write_text(json.dumps(manifest, ensure_ascii=False, indent=2, default=str), encoding="utf-8")
    _fsync(tmp)
    os.replace(tmp, out_dir / MANIFEST)


def _fsync(path: Path) -> None:
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())


def _live_runs(manifest: dict) -> list[dict]:
    """The runs that make the current dataset: from the last full run on."""
    runs = manifest["runs"]
    start = max((i for i, r in enumerate(runs) if not r["incremental"]), default=0)
    return runs[start:]


class DatasetWriter:
    """Writes one run's rows into OUT/ as parts; `commit()` makes what it has durable."""

    def __init__(self, out_dir: Path, fmt: str = "parquet", incremental: bool = False) -> None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        self.out_dir = Path(out_dir)
        self.fmt = fmt
        self.out_dir.mkdir(parents=True, exist_ok=True)
        manifest = load_manifest(self.out_dir)
        if manifest is not None and (manifest.get("schema_version") != SCHEMA_VERSION or "runs" not in manifest):
            if incremental:
                raise IncompatibleOutput(f"{out_dir} holds schema {manifest.get('schema_version')}, this kaznews "
                                         f"writes {SCHEMA_VERSION}: run without --incremental to rebuild it")
            manifest = None
        if manifest is not None and incremental and manifest["format"] != fmt:
            raise IncompatibleOutput(f"{out_dir} is in {manifest['format']} format; --incremental must keep it")
        if manifest is None:  # a folder from an older kaznews: its one-file tables go
            for table in TABLES:
                for ext in FORMATS.values():
                    (self.out_dir / f"{table}.{ext}").unlink(missing_ok=True)
        self.manifest = manifest or {"schema_version": SCHEMA_VERSION, "format": fmt, "runs": []}
        self.manifest["format"] = fmt
        self._remove_unlisted()
        self.run = {"run_id": datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6],
                    "incremental": incremental, "started": datetime.now(timezone.utc).isoformat(),
                    "finished": None, "parts": {t: [] for t in WRITTEN}}
        self.manifest["runs"].append(self.run)
        _write_manifest(self.out_dir, self.manifest)
        self.buffers: dict[str, list[dict]] = {t: [] for t in WRITTEN}
        self.counts = {t: 0 for t in WRITTEN}

    def _remove_unlisted(self) -> None:
        listed = {p for r in self.manifest["runs"] for parts in r["parts"].values() for p in parts}
        for table in WRITTEN:
            for path in (self.out_dir / table).glob("*"):
                if f"{table}/{path.name}" not in listed:
                    path.unlink()

    def add(self, table: str, rows: list[dict]) -> None:
        self.buffers[table].extend(rows)

    def commit(self) -> None:
        """Write the buffered rows of every table as parts and list them in the manifest."""
        written = []
        for table, rows in self.buffers.items():
            if not rows:
                continue
            fmt = self.fmt if table in TABLES else "parquet"
            name = f"{table}/part-{self.run['run_id']}-{len(self.run['parts'][table]):05d}.{FORMATS[fmt]}"
            path = self.out_dir / name
            path.parent.mkdir(exist_ok=True)
            tmp = path.with_name(path.name + ".tmp")
            _write_part(tmp, pa.Table.from_pylist(rows, schema=WRITTEN[table]), fmt)
            _fsync(tmp)
            os.replace(tmp, path)
            written.append((table, name, len(rows)))
            rows.clear()
        for table, name, n in written:
            self.run["parts"][table].append(name)
            self.counts[table] += n
        if written:
            _write_manifest(self.out_dir, self.manifest)

    def close(self, details: dict) -> dict:
        """Commit the rest and mark the run finished; a full run then drops the runs it replaces."""
        self.commit()
        self.run.update(details, finished=datetime.now(timezone.utc).isoformat(),
                        rows={t: self.counts[t] for t in TABLES})
        if not self.run["incremental"]:
            old = self.manifest["runs"][:-1]
            self.manifest["runs"] = [self.run]
            _write_manifest(self.out_dir, self.manifest)
            for run in old:
                for parts in run["parts"].values():
                    for name in parts:
                        (self.out_dir / name).unlink(missing_ok=True)
        else:
            _write_manifest(self.out_dir, self.manifest)
        return self.run


def _write_part(path: Path, data: pa.Table, fmt: str) -> None:
    if fmt == "parquet":
        pq.write_table(data, path, compression="zstd")
    elif fmt == "jsonl":
        with open(path, "w", encoding="utf-8") as fh:
            for row in data.to_pylist():
                fh.write(json.dumps(row, ensure_ascii=False, default=_json_default) + "\n")
    else:
        pacsv.write_csv(data, path)


def _json_default(value: object) -> str:
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _read_part(path: Path, table: str, fmt: str, columns: list[str] | None = None) -> pa.Table:
    schema = TABLES[table]
    if fmt == "parquet":
        return pq.read_table(path, schema=schema, columns=columns)
    if fmt == "jsonl":
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
        for row in rows:  # JSON holds them as the ISO strings _json_default wrote
            if row.get("published"):
                row["published"] = datetime.fromisoformat(row["published"])
            if row.get("published_date"):
                row["published_date"] = date.fromisoformat(row["published_date"])
        data = pa.Table.from_pylist(rows, schema=schema)
    else:
        data = pacsv.read_csv(path, convert_options=pacsv.ConvertOptions(column_types=schema,
                                                                         strings_can_be_null=True))
    return data.select(columns) if columns else data


def tables_to_frames(rows: dict[str, list[dict]]) -> dict[str, pd.DataFrame]:
    """Rows to DataFrames with the documented column types (as `read_tables` returns them)."""
    return {t: pa.Table.from_pylist(rows.get(t, []), schema=TABLES[t]).to_pandas() for t in TABLES}


def _frames_by_run(out_dir: Path, manifest: dict, runs: list[dict], tables: tuple[str, ...] = tuple(TABLES),
                   columns: list[str] | None = None) -> dict[str, pd.DataFrame]:
    frames = {}
    for table in tables:
        parts = [(i, name) for i, run in enumerate(runs) for name in run["parts"][table]]
        pieces = []
        for i, name in parts:
            data = _read_part(out_dir / name, table, manifest["format"], columns)
            pieces.append(data.append_column("_run", pa.array([i] * data.num_rows, pa.int32())))
        empty = TABLES[table].empty_table().select(columns or TABLES[table].names)
        frames[table] = (pa.concat_tables(pieces) if pieces else
                         empty.append_column("_run", pa.array([], pa.int32()))).to_pandas()
    return frames


def _current(frames: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Each article's rows from the latest run that wrote it; repeated rejects and
    duplicates once."""
    latest = frames["articles"].groupby("article_id")["_run"].max()
    out = {}
    for table, frame in frames.items():
        if table in KEYED:
            frame = frame[frame["_run"].to_numpy() == latest.reindex(frame["article_id"]).to_numpy()]
        else:
            key = ["where", "reason"] if table == "rejects" else ["where", "article_id"]
            frame = frame.drop_duplicates(subset=key, keep="last")
        out[table] = frame.drop(columns="_run").reset_index(drop=True)
    return out


def read_tables(out_dir: Path) -> dict[str, pd.DataFrame]:
    """The current tables of a dataset, as DataFrames with the documented column types."""
    out_dir = Path(out_dir)
    manifest = load_manifest(out_dir)
    if manifest is None or not manifest.get("runs"):
        raise IncompleteOutput(f"{out_dir}: no {MANIFEST} of this kaznews; nothing was written there")
    if manifest["runs"][-1]["finished"] is None:
        raise IncompleteOutput(f"{out_dir}: the last run has not finished: it is still running, or it was "
                               "interrupted and should be run again (with --incremental it keeps what it committed)")
    return _current(_frames_by_run(out_dir, manifest, _live_runs(manifest)))


def stored_articles(out_dir: Path) -> dict[str, str]:
    """article_id -> content_hash of every committed article, finished run or not (what an
    incremental run can skip). Reads two columns of the articles table only, so a daily
    run on a large dataset does not read its sentences and entities."""
    manifest = load_manifest(Path(out_dir))
    if manifest is None or manifest.get("schema_version") != SCHEMA_VERSION or "runs" not in manifest:
        return {}
    articles = _current(_frames_by_run(Path(out_dir), manifest, _live_runs(manifest), ("articles",),
                                       ["article_id", "content_hash"]))["articles"]
    return dict(zip(articles["article_id"], articles["content_hash"]))


def stored_signatures(out_dir: Path, known: Mapping[str, str]) -> dict[str, np.ndarray]:
    """The near-duplicate signatures of the `known` articles (article_id -> content hash,
    as `stored_articles` gives): what an incremental run compares new articles with."""
    manifest = load_manifest(Path(out_dir))
    if manifest is None or manifest.get("schema_version") != SCHEMA_VERSION or "runs" not in manifest:
        return {}
    found = {}
    for run in _live_runs(manifest):  # in run order: an article's latest signature wins
        for name in run["parts"].get(SIGNATURES, []):
            data = pq.read_table(Path(out_dir) / name).to_pydict()
            for article_id, chash, blob in zip(data["article_id"], data["content_hash"], data["minhash"]):
                if known.get(article_id) == chash:
                    found[article_id] = np.frombuffer(blob, "<u4").astype(np.uint32)
    return found


def compact(out_dir: Path) -> dict:
    """Rewrite the dataset as one run of one part per table, without superseded rows."""
    out_dir = Path(out_dir)
    frames = read_tables(out_dir)
    manifest = load_manifest(out_dir)
    current = dict(zip(frames["articles"]["article_id"], frames["articles"]["content_hash"]))
    signatures = stored_signatures(out_dir, current)
    writer = DatasetWriter(out_dir, manifest["format"], incremental=False)
    for table, frame in frames.items():
        writer.add(table, pa.Table.from_pandas(frame, schema=TABLES[table], preserve_index=False).to_pylist())
    writer.add(SIGNATURES, [signature_row(a, current[a], values) for a, values in signatures.items()])
    last = manifest["runs"][-1]
    return writer.close({"compacted_from": [r["run_id"] for r in _live_runs(manifest)],
                         "pipeline_version": last.get("pipeline_version"), "inputs": last.get("inputs", [])})
