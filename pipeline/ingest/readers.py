"""Readers: turn dump files into a stream of RawRecord or Reject, in bounded memory.

This is the only part of ingest that touches files; the runner calls it and hands the
records to `ingest`. Every failure becomes a Reject with the file and line, never an
exception: one bad line or a truncated archive must not cost the good records around it.
"""
from __future__ import annotations

import csv
import gzip
import io
import json
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pyarrow.parquet as pq

from ..doc import RawRecord, Reject
from .decode import decode_bytes, detect_encoding

FORMATS = ("jsonl", "csv", "parquet", "txt")
_SUFFIXES = {".jsonl": "jsonl", ".json": "jsonl", ".ndjson": "jsonl", ".csv": "csv",
             ".parquet": "parquet", ".txt": "txt"}
EXCERPT = 200

Item = RawRecord | Reject


def dump_format(path: Path) -> str | None:
    """The format of a dump file from its name ("a.jsonl.gz" -> "jsonl"), None if unknown."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return _SUFFIXES.get(suffixes[-1]) if suffixes else None


def list_inputs(paths: list[Path]) -> list[Path]:
    """Expand folders into their dump files, sorted so that runs are reproducible."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and dump_format(p)))
        else:
            files.append(path)
    return files


def read_dump(path: Path, fmt: str | None = None) -> Iterator[Item]:
    """Stream the records of one dump file (any FORMATS, optionally gzipped)."""
    fmt = fmt or dump_format(path)
    if fmt not in FORMATS:
        yield Reject(str(path), f"unsupported file type (expected one of {', '.join(FORMATS)}, optionally .gz)")
        return
    gz = path.suffix.lower() == ".gz"
    try:
        with (gzip.open(path, "rb") if gz else open(path, "rb")) as raw:
            if fmt == "jsonl":
                yield from _read_jsonl(raw, str(path))
            elif fmt == "csv":
                yield from _read_csv(raw, str(path))
            elif fmt == "parquet":
                yield from _read_parquet(io.BytesIO(raw.read()) if gz else raw, str(path))
            else:
                yield from _read_txt(raw, str(path))
    except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
        yield Reject(str(path), f"truncated or corrupt gzip: {exc}")
    except OSError as exc:
        yield Reject(str(path), f"cannot read file: {exc.strerror or exc}")


def _read_jsonl(raw: IO[bytes], name: str) -> Iterator[Item]:
    encoding = detect_encoding(raw.peek(65536) if hasattr(raw, "peek") else b"")
    for lineno, line in enumerate(raw, start=1):
        where = f"{name}:{lineno}"
        if not line.strip():
            continue
        text = decode_bytes(line, encoding)
        if text is None:
            yield Reject(where, "undecodable bytes (not text in any supported encoding)", _excerpt(line))
            continue
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            yield Reject(where, f"broken JSON: {exc.msg} at column {exc.colno}", _excerpt(text))
            continue
        if not isinstance(obj, dict):
            yield Reject(where, f"a JSON {type(obj).__name__}, not an object", _excerpt(text))
            continue
        yield RawRecord(where, obj)


def _read_csv(raw: IO[bytes], name: str) -> Iterator[Item]:
    encoding = detect_encoding(raw.peek(65536) if hasattr(raw, "peek") else b"")
    text = io.TextIOWrapper(raw, encoding=encoding, errors="replace", newline="")
    csv.field_size_limit(1 << 30)
    reader = csv.DictReader(text)
    try:
        for row in reader:
            where = f"{name}:{reader.line_num}"
            if None in row:
                yield Reject(where, "CSV row has more fields than the header", _excerpt(str(row[None])))
                continue
            yield RawRecord(where, {k: v for k, v in row.items() if k is not None})
    except csv.Error as exc:
        yield Reject(f"{name}:{reader.line_num}", f"broken CSV: {exc}")


def _read_parquet(raw: IO[bytes], name: str) -> Iterator[Item]:
    try:
        pfile = pq.ParquetFile(raw)
        row = 0
        for batch in pfile.iter_batches(batch_size=1024):
            for rec in batch.to_pylist():
                row += 1
                yield RawRecord(f"{name}#{row}", rec)
    except Exception as exc:  # pyarrow raises several unrelated types for bad files
        yield Reject(name, f"unreadable Parquet: {exc}")


def _read_txt(raw: IO[bytes], name: str) -> Iterator[Item]:
    data = raw.read()
    text = decode_bytes(data, detect_encoding(data[:65536]))
    if text is None:
        yield Reject(name, "undecodable bytes (not text in any supported encoding)", _excerpt(data))
        return
    yield RawRecord(name, {"text": text})


def _excerpt(value: bytes | str) -> str:
    if isinstance(value, bytes):
        value = value[:EXCERPT].decode("utf-8", errors="replace")
    return value[:EXCERPT]
