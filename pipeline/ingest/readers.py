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
import re
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pyarrow.parquet as pq

from ..doc import RawRecord, Reject
from .decode import decode_bytes, detect_encoding

FORMATS = ("jsonl", "csv", "parquet", "txt", "html", "warc")
_SUFFIXES = {".jsonl": "jsonl", ".json": "jsonl", ".ndjson": "jsonl", ".csv": "csv",
             ".parquet": "parquet", ".txt": "txt", ".html": "html", ".htm": "html", ".warc": "warc"}
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
        if fmt == "warc":  # warcio reads gzipped and plain archives itself
            with open(path, "rb") as raw:
                yield from _read_warc(raw, str(path))
            return
        with (gzip.open(path, "rb") if gz else open(path, "rb")) as raw:
            if fmt == "jsonl":
                yield from _read_jsonl(raw, str(path))
            elif fmt == "csv":
                yield from _read_csv(raw, str(path))
            elif fmt == "parquet":
                yield from _read_parquet(io.BytesIO(raw.read()) if gz else raw, str(path))
            else:
                yield from _read_whole(raw, str(path), "html" if fmt == "html" else "text")
    except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
        yield Reject(str(path), f"truncated or corrupt gzip: {exc}")
    except OSError as exc:
        yield Reject(str(path), f"cannot read file: {exc.strerror or exc}")


def read_lines(path: Path, start: int, first_line: int, n_lines: int) -> Iterator[Item]:
    """The records of lines first_line .. first_line + n_lines - 1 of a plain JSONL file,
    from byte offset `start` (a partition of the file, see plan_partitions)."""
    with open(path, "rb") as raw:
        raw.seek(start)
        lines = (raw.readline() for _ in range(n_lines))
        yield from _read_jsonl(raw, str(path), first_line, lines)


def plan_partitions(paths: list[Path], lines_per_partition: int) -> list[tuple]:
    """Work units for many machines: ("lines", path, byte offset, first line, count) for
    plain JSONL files, cut at line boundaries; ("file", path) for everything else."""
    parts: list[tuple] = []
    for path in paths:
        if dump_format(path) != "jsonl" or path.suffix.lower() == ".gz":
            parts.append(("file", path))
            continue
        with open(path, "rb") as raw:
            offset, line, start, first = 0, 0, 0, 1
            for chunk_line in raw:
                line += 1
                offset += len(chunk_line)
                if line - first + 1 == lines_per_partition:
                    parts.append(("lines", path, start, first, lines_per_partition))
                    start, first = offset, line + 1
            if line >= first:
                parts.append(("lines", path, start, first, line - first + 1))
    return parts


def read_partition(part: tuple) -> Iterator[Item]:
    return read_dump(part[1]) if part[0] == "file" else read_lines(*part[1:])


def _read_jsonl(raw: IO[bytes], name: str, first_line: int = 1, lines=None) -> Iterator[Item]:
    encoding = detect_encoding(raw.peek(65536) if hasattr(raw, "peek") else b"")
    for lineno, line in enumerate(raw if lines is None else lines, start=first_line):
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


def _read_whole(raw: IO[bytes], name: str, field: str) -> Iterator[Item]:
    """One article per file: a .txt body or an .html page."""
    data = raw.read()
    text = decode_bytes(data, detect_encoding(data[:65536]))
    if text is None:
        yield Reject(name, "undecodable bytes (not text in any supported encoding)", _excerpt(data))
        return
    yield RawRecord(name, {field: text})


def _read_warc(raw: IO[bytes], name: str) -> Iterator[Item]:
    """HTML responses of a crawler's WARC file; requests, metadata and non-HTML responses
    (images, scripts) are not articles and are passed over."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed
    n = 0
    try:
        for record in ArchiveIterator(raw):
            n += 1
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = record.http_headers.get_header("Content-Type") or ""
            if "html" not in content_type.lower():
                continue
            where = f"{name}#{n}"
            data = record.content_stream().read()
            declared = re.search(r"charset=([\w-]+)", content_type, re.I)
            text = decode_bytes(data, declared[1] if declared else detect_encoding(data[:65536]))
            if text is None:
                yield Reject(where, "undecodable bytes (not text in any supported encoding)", _excerpt(data))
                continue
            yield RawRecord(where, {"html": text, "url": record.rec_headers.get_header("WARC-Target-URI"),
                                    "crawled": record.rec_headers.get_header("WARC-Date")})
    except (ArchiveLoadFailed, ValueError) as exc:
        yield Reject(f"{name}#{n + 1}", f"broken WARC record: {exc}")


def _excerpt(value: bytes | str) -> str:
    if isinstance(value, bytes):
        value = value[:EXCERPT].decode("utf-8", errors="replace")
    return value[:EXCERPT]
