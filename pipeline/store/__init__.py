"""Store: the tables as a dataset of parts under OUT/, described by OUT/manifest.json.

    OUT/manifest.json                  schema and pipeline version, format, the runs
    OUT/<table>/part-<run>-<n>.<ext>   rows written by one run, one commit at a time
    OUT/signatures/part-<run>-<n>.parquet  the articles' near-duplicate signatures

A run commits every table together at checkpoints: the parts are written under
temporary names, renamed, then listed in the manifest, which is replaced atomically. So a
killed run loses at most the work since its last commit, and never leaves a part that
looks committed; part files the manifest does not list are removed by the next run.

The part files are the tables for any reader (DuckDB, polars, R arrow), not only for
`read_tables`: every table has at least one part with its full schema, empty ones
included; a commit that supersedes stored articles (edited since) rewrites the parts that
held their old rows, swapped in by the same manifest replacement; an incremental run
stores no reject or duplicate row it already has. kaznews deletes only part files of its
own name pattern in its own folders, and refuses an output folder that holds anything
else where its tables go (`check_output`).
"""
from __future__ import annotations

import json
import os
import re
import uuid
from collections.abc import Mapping
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Protocol

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from ..choices import FORMATS
from ..entities.keys import link_in_dataset
from ..errors import IncompleteOutput, IncompatibleOutput
from ..roles import link_roles
from ..schema import SCHEMA_VERSION, TABLES
from .rows import document_rows, duplicate_row, reject_row, signature_row

__all__ = ["FORMATS", "DatasetWriter", "MemorySink", "Sink", "IncompatibleOutput", "IncompleteOutput", "document_rows", "duplicate_row", "reject_row",
           "signature_row", "read_tables", "stored_articles", "stored_signatures", "tables_to_frames", "compact",
           "check_output", "table_parts", "MANIFEST", "SIGNATURES"]

MANIFEST = "manifest.json"
KEYED = ("articles", "sentences", "entities", "roles", "topics")  # rows that belong to one analysed article
# Not a table of the dataset: the articles' near-duplicate signatures, always Parquet, so
# that an incremental run finds reprints of articles stored by earlier runs.
SIGNATURES = "signatures"
WRITTEN = {**TABLES, SIGNATURES: pa.schema([("article_id", pa.string()), ("content_hash", pa.string()),
                                            ("minhash", pa.binary())])}
SCHEMA_METADATA = {b"kaznews.schema_version": str(SCHEMA_VERSION).encode()}
PART_NAME = re.compile(r"part-\d{8}T\d{6}-[0-9a-f]{6}-\d{5}\.(?:parquet|jsonl|csv)(?:\.tmp)?")
OWN_ENTRIES = {MANIFEST, MANIFEST + ".tmp", ".lock", "discovery", *WRITTEN}


def check_output(out_dir: Path, inputs: list[Path] = ()) -> None:
    """Refuse an output folder kaznews could damage: one holding anything but a kaznews
    dataset (files kaznews did not write where its tables go, or a non-empty folder with
    no kaznews manifest), or one that holds an input. An empty or missing folder is fine."""
    out_dir = Path(out_dir)
    for path in inputs:
        if Path(path).resolve().is_relative_to(out_dir.resolve()):
            raise IncompatibleOutput(f"{path} is inside the output folder {out_dir}: choose another -o, "
                                     "kaznews replaces what it writes there")
    if not out_dir.exists():
        parent = next(p for p in out_dir.absolute().parents if p.exists())
        if not parent.is_dir() or not os.access(parent, os.W_OK | os.X_OK):
            raise IncompatibleOutput(f"cannot create {out_dir}: {parent} is not a writable folder")
        return
    if not out_dir.is_dir():
        raise IncompatibleOutput(f"{out_dir} is not a folder")
    if not os.access(out_dir, os.W_OK | os.X_OK):
        raise IncompatibleOutput(f"{out_dir} is not writable")
    entries = sorted(p.name for p in out_dir.iterdir())
    manifest = None
    if MANIFEST in entries:
        try:
            manifest = json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            manifest = None
    own = isinstance(manifest, dict) and "runs" in manifest and "schema_version" in manifest
    foreign = [name for name in entries if name not in OWN_ENTRIES or (name == MANIFEST and not own)]
    if not own:
        foreign += [name for name in entries if name in WRITTEN]
    for table in WRITTEN:
        folder = out_dir / table
        if folder.is_dir():
            foreign += [f"{table}/{p.name}" for p in sorted(folder.iterdir()) if not PART_NAME.fullmatch(p.name)]
        elif folder.exists():
            foreign.append(table)
    if foreign:
        raise IncompatibleOutput(f"{out_dir} holds files kaznews did not write ({', '.join(foreign[:3])}"
                                 f"{', ...' if len(foreign) > 3 else ''}): choose an empty or new folder")


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


class Sink(Protocol):
    """Where a run's rows go: `add` rows of a table, `commit` at checkpoints, `close` with
    the run's details at the end. The dataset writer, or `MemorySink`."""
    run_id: str
    keeps_provenance: bool  # whether close() stores the options and model digests (worth computing)

    def add(self, table: str, rows: list[dict]) -> None: ...

    def commit(self) -> None: ...

    def close(self, details: dict) -> dict: ...


class MemorySink:
    """The rows of a run kept in memory, by table (`kaznews.analyze`): nothing is written."""

    run_id = ""
    keeps_provenance = False

    def __init__(self) -> None:
        self.rows: dict[str, list[dict]] = {table: [] for table in WRITTEN}

    def add(self, table: str, rows: list[dict]) -> None:
        self.rows[table].extend(rows)

    def commit(self) -> None:
        pass

    def close(self, details: dict) -> dict:
        return details


class DatasetWriter:
    """Writes one run's rows into OUT/ as parts; `commit()` makes what it has durable."""

    keeps_provenance = True

    def __init__(self, out_dir: Path, fmt: str = "parquet", incremental: bool = False,
                 stored: Mapping[str, str] | None = None) -> None:
        """`stored`: article_id -> content hash of the articles earlier runs stored (an
        incremental run's), so that rewriting one of them supersedes its old rows."""
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        self.out_dir = Path(out_dir)
        self.fmt = fmt
        check_output(self.out_dir)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        manifest = load_manifest(self.out_dir)
        if manifest is not None and (manifest.get("schema_version") != SCHEMA_VERSION or "runs" not in manifest):
            if incremental:
                raise IncompatibleOutput(f"{out_dir} holds schema {manifest.get('schema_version')}, this kaznews "
                                         f"writes {SCHEMA_VERSION}: run without --incremental to rebuild it")
            manifest = None
        if manifest is not None and incremental and manifest["format"] != fmt:
            raise IncompatibleOutput(f"{out_dir} is in {manifest['format']} format; --incremental must keep it")
        self.manifest = manifest or {"schema_version": SCHEMA_VERSION, "format": fmt, "runs": []}
        self.manifest["format"] = fmt
        self._remove_unlisted()
        self.run = {"run_id": datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6],
                    "incremental": incremental, "started": datetime.now(timezone.utc).isoformat(),
                    "finished": None, "parts": {t: [] for t in WRITTEN}}
        self.run_id = self.run["run_id"]
        self.manifest["runs"].append(self.run)
        _write_manifest(self.out_dir, self.manifest)
        self.buffers: dict[str, list[dict]] = {t: [] for t in WRITTEN}
        self.counts = {t: 0 for t in WRITTEN}
        self.written_parts = 0  # part files of this run, rewritten ones included
        self.stored = dict(stored or {}) if incremental else {}
        self.seen = _stored_keys(self.out_dir, self.manifest) if incremental else {}

    def _remove_unlisted(self) -> None:
        """Part files no run lists (a killed run's last, unlisted writes): only files of
        kaznews's own part pattern in its own folders, never anything else."""
        listed = {p for r in self.manifest["runs"] for parts in r["parts"].values() for p in parts}
        for table in WRITTEN:
            for path in (self.out_dir / table).glob("part-*"):
                if PART_NAME.fullmatch(path.name) and f"{table}/{path.name}" not in listed:
                    path.unlink()

    def add(self, table: str, rows: list[dict]) -> None:
        """Buffer rows for the next commit; an incremental run drops rejects and duplicates
        it has stored already, so re-running over the same input adds nothing."""
        if table in self.seen:
            key = _KEYS[table]
            rows = [r for r in rows if (k := tuple(r[c] for c in key)) not in self.seen[table]
                    and not self.seen[table].add(k)]
        self.buffers[table].extend(rows)

    def _new_part(self, table: str, data: pa.Table, fmt: str) -> str:
        """Write a part under a temporary name and rename it; the manifest lists it later."""
        name = f"{table}/part-{self.run['run_id']}-{self.written_parts:05d}.{FORMATS[fmt]}"
        self.written_parts += 1
        path = self.out_dir / name
        path.parent.mkdir(exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        _write_part(tmp, data, fmt)
        _fsync(tmp)
        os.replace(tmp, path)
        return name

    def commit(self, final: bool = False) -> None:
        """Write the buffered rows of every table as parts and list them in the manifest,
        with the stored parts that held superseded articles rewritten without them (and, at
        the end of a run, an empty part for a table that has none)."""
        written = []
        for table, rows in self.buffers.items():
            if rows:
                fmt = self.fmt if table in TABLES else "parquet"
                written.append((table, self._new_part(table, pa.Table.from_pylist(rows, schema=WRITTEN[table]), fmt),
                                len(rows)))
        superseded = {r["article_id"] for r in self.buffers["articles"] if r["article_id"] in self.stored}
        replaced = self._rewrite_without(superseded) if superseded else []
        for article_id in superseded:
            del self.stored[article_id]
        if final:
            runs = _live_runs(self.manifest) if self.run["incremental"] else [self.run]
            for table in TABLES:
                if not any(run["parts"][table] for run in runs) and not self.buffers[table]:
                    written.append((table, self._new_part(table, TABLES[table].empty_table(), self.fmt), 0))
        for rows in self.buffers.values():
            rows.clear()
        for table, name, n in written:
            self.run["parts"][table].append(name)
            self.counts[table] += n
        if written or replaced:
            _write_manifest(self.out_dir, self.manifest)
        for old in replaced:
            (self.out_dir / old).unlink(missing_ok=True)

    def _rewrite_without(self, article_ids: set[str]) -> list[str]:
        """Rewrite the earlier parts holding rows of `article_ids` without them, in place
        in the manifest (listed by the next manifest write); returns the names replaced."""
        replaced = []
        value_set = pa.array(sorted(article_ids), pa.string())
        for run in self.manifest["runs"]:
            if run is self.run:
                continue
            for table in (*KEYED, SIGNATURES):
                fmt = self.manifest["format"] if table in TABLES else "parquet"
                for i, name in enumerate(run["parts"][table]):
                    ids = _read_part(self.out_dir / name, table, fmt, ["article_id"])["article_id"]
                    if not pc.any(pc.is_in(ids, value_set)).as_py():  # most parts: one column read, kept
                        continue
                    data = _read_part(self.out_dir / name, table, fmt)
                    keep = pc.invert(pc.is_in(data["article_id"], value_set))
                    run["parts"][table][i] = self._new_part(table, data.filter(keep), fmt)
                    replaced.append(name)
        return replaced

    def close(self, details: dict) -> dict:
        """Commit the rest and mark the run finished; a full run then drops the runs it replaces."""
        self.commit(final=True)
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


_KEYS = {"rejects": ("where", "reason"), "duplicates": ("where", "article_id")}


def _stored_keys(out_dir: Path, manifest: dict) -> dict[str, set[tuple]]:
    """The keys of the reject and duplicate rows a dataset holds (what an incremental run
    must not store twice)."""
    if not manifest.get("runs"):
        return {table: set() for table in _KEYS}
    runs = _live_runs(manifest)
    return {table: set(_frames_by_run(out_dir, manifest, runs, (table,), list(key))[table][list(key)]
                       .itertuples(index=False, name=None)) for table, key in _KEYS.items()}


def _write_part(path: Path, data: pa.Table, fmt: str) -> None:
    if fmt == "parquet":
        pq.write_table(data.replace_schema_metadata(SCHEMA_METADATA), path, compression="zstd")
    elif fmt == "jsonl":
        with open(path, "w", encoding="utf-8") as fh:
            for row in data.to_pylist():
                fh.write(json.dumps(row, ensure_ascii=False, default=_json_default) + "\n")
    else:
        pacsv.write_csv(data, path)


def _json_default(value: object) -> str:
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _read_part(path: Path, table: str, fmt: str, columns: list[str] | None = None) -> pa.Table:
    schema = WRITTEN[table]
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
    else:  # only an empty field is null: a title "NA" or "null" stays text; texts hold newlines
        data = pacsv.read_csv(path, parse_options=pacsv.ParseOptions(newlines_in_values=True),
                              convert_options=pacsv.ConvertOptions(column_types=schema, null_values=[""],
                                                                   strings_can_be_null=True,
                                                                   quoted_strings_can_be_null=False))
    return data.select(columns) if columns else data


def tables_to_frames(rows: dict[str, list[dict]]) -> dict[str, pd.DataFrame]:
    """Rows to DataFrames with the documented column types (as `read_tables` returns them),
    person keys linked across the tables (`link_person_keys`)."""
    frames = {t: pa.Table.from_pylist(rows.get(t, []), schema=TABLES[t]).to_pandas() for t in TABLES}
    return link_person_keys(frames)


def link_person_keys(frames: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The tables with person keys linked across the dataset, in entities and in roles."""
    entities = link_in_dataset(frames["entities"])
    return {**frames, "entities": entities, "roles": link_roles(frames["roles"], entities)}


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


def read_tables(out_dir: Path, dataset_keys: bool = True) -> dict[str, pd.DataFrame]:
    """The current tables of a dataset, as DataFrames with the documented column types;
    person keys linked across the dataset (`entities.keys.link_in_dataset`, in entities and
    roles) unless `dataset_keys` is False (the stored, article-level keys)."""
    out_dir = Path(out_dir)
    manifest = _finished_manifest(out_dir)
    frames = _current(_frames_by_run(out_dir, manifest, _live_runs(manifest)))
    return link_person_keys(frames) if dataset_keys else frames


def _finished_manifest(out_dir: Path) -> dict:
    """The manifest of a dataset whose last run finished (what a reader may read)."""
    manifest = load_manifest(out_dir)
    if manifest is None or not manifest.get("runs"):
        raise IncompleteOutput(f"{out_dir}: no {MANIFEST} of this kaznews; nothing was written there")
    if manifest["runs"][-1]["finished"] is None:
        raise IncompleteOutput(f"{out_dir}: the last run has not finished: it is still running, or it was "
                               "interrupted and should be run again (with --incremental it keeps what it committed)")
    return manifest


def table_parts(out_dir: Path) -> tuple[str, dict[str, list[Path]]]:
    """The format and part files of a finished dataset's current tables, by table (any
    table the manifest lists, not only those of this schema), for readers that aggregate
    over the files without loading them (DuckDB in kaznews.research): an incremental run
    rewrites superseded rows away, so the listed parts hold the current rows."""
    out_dir = Path(out_dir)
    manifest = _finished_manifest(out_dir)
    parts: dict[str, list[Path]] = {}
    for run in _live_runs(manifest):
        for table, names in run["parts"].items():
            if table != SIGNATURES:
                parts.setdefault(table, []).extend(out_dir / name for name in names)
    return manifest["format"], parts


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
    frames = read_tables(out_dir, dataset_keys=False)  # the parts keep article-level keys
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
