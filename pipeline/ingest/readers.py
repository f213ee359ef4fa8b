"""Readers: turn dump files into a stream of RawRecord or Reject, in bounded memory.

This is the only part of ingest that touches files; the runner calls it and hands the
records to `ingest`. Every failure becomes a Reject with the file and line, never an
exception: one bad line, a truncated archive or a hostile file (a line of gigabytes, JSON
nested a hundred thousand deep, a WARC record with a wrong length) must not cost the good
records around it. Lines and records are read in pieces of at most MAX_RECORD_BYTES, so a
single huge line is skipped, never held whole.
"""
from __future__ import annotations

import codecs
import csv
import gzip
import io
import json
import os
import re
import shutil
import stat
import tempfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain, islice
from pathlib import Path
from typing import IO, NamedTuple

import pyarrow.parquet as pq

from ..doc import RawRecord, Reject
from ..errors import InputError
from .decode import decode_bytes, detect_encoding, writable

FORMATS = ("jsonl", "csv", "parquet", "txt", "html", "warc")
_SUFFIXES = {".jsonl": "jsonl", ".json": "jsonl", ".ndjson": "jsonl", ".csv": "csv",
             ".parquet": "parquet", ".txt": "txt", ".html": "html", ".htm": "html", ".warc": "warc"}
EXCERPT = 200
MAX_RECORD_BYTES = 8 * 2**20  # a longer line, CSV row, WARC record or .txt/.html file is rejected unread
_CHUNK = 2**20  # bytes read at a time while skipping an oversized record
_MAX_WARC_HEADER = 2**16

Item = RawRecord | Reject


class Inputs(NamedTuple):
    """The dump files of a run, and a Reject for each path that a folder listing could not
    use (an unreadable subfolder, a symlink leading out of the input folder)."""

    files: list[Path]
    rejects: list[Reject]


def dump_format(path: Path) -> str | None:
    """The format of a dump file from its name ("a.jsonl.gz" -> "jsonl"), None if unknown."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return _SUFFIXES.get(suffixes[-1]) if suffixes else None


def list_inputs(paths: list[Path]) -> Inputs:
    """Expand folders into their dump files, sorted so that runs are reproducible.

    A path named directly must be a regular file of a known type or a folder (InputError
    otherwise: a FIFO would block the run, an unknown type is a typo). Inside a folder,
    files of other types are passed over, and a symlink is followed only if it stays in
    the folder: one leading out of it (a link to /etc/passwd) becomes a Reject."""
    files: list[Path] = []
    rejects: list[Reject] = []
    for path in paths:
        if path.is_dir():
            found: list[Path] = []
            _walk(path, path.resolve(), found, rejects)
            files.extend(sorted(found))
        elif not path.exists():
            raise InputError(f"input not found: {path}")
        elif not path.is_file():
            raise InputError(f"{path} is not a regular file (a FIFO, device or socket?)")
        elif dump_format(path) is None:
            raise InputError(f"{path}: unknown file type (expected one of {', '.join(FORMATS)}, optionally .gz)")
        else:
            files.append(path)
    return Inputs(files, rejects)


def _walk(folder: Path, root: Path, files: list[Path], rejects: list[Reject]) -> None:
    try:
        with os.scandir(folder) as listing:
            entries = list(listing)
    except OSError as exc:
        rejects.append(Reject(display_name(folder), f"cannot read folder: {exc.strerror or exc}"))
        return
    for entry in entries:
        path = Path(entry.path)
        try:
            if entry.is_symlink():
                target = path.resolve()
                if not target.is_relative_to(root):
                    if target.is_dir() or dump_format(path):
                        rejects.append(Reject(display_name(path),
                                              f"symlink outside the input folder (to {display_name(target)})"))
                    continue
                if target.is_dir():  # its files are listed where the folder itself is
                    continue
            if entry.is_dir():
                _walk(path, root, files, rejects)
            elif dump_format(path) and entry.is_file():
                files.append(path)
        except OSError as exc:
            rejects.append(Reject(display_name(path), f"cannot read: {exc.strerror or exc}"))


def read_dump(path: Path, fmt: str | None = None) -> Iterator[Item]:
    """Stream the records of one dump file (any FORMATS, optionally gzipped)."""
    fmt = fmt or dump_format(path)
    name = display_name(path)
    if fmt not in FORMATS:
        yield Reject(name, f"unsupported file type (expected one of {', '.join(FORMATS)}, optionally .gz)")
        return
    gz = path.suffix.lower() == ".gz"
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # opening a FIFO would block
            yield Reject(name, "not a regular file")
            return
        if fmt == "warc":
            with open(path, "rb") as raw:
                yield from (_read_warc(raw, name) if _gzipped_warc(raw.peek(65536)) else _read_plain_warc(raw, name))
            return
        with (gzip.open(path, "rb") if gz else open(path, "rb")) as raw:
            if fmt == "jsonl":
                yield from _read_jsonl(raw, name)
            elif fmt == "csv":
                yield from _read_csv(raw, name)
            elif fmt == "parquet":
                yield from _read_parquet(raw, name, gz)
            else:
                yield from _read_whole(raw, name, "html" if fmt == "html" else "text")
    except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
        yield Reject(name, f"truncated or corrupt gzip: {exc}")
    except OSError as exc:
        yield Reject(name, f"cannot read file: {exc.strerror or exc}")


def read_lines(path: Path, start: int, first_line: int, n_lines: int) -> Iterator[Item]:
    """The records of lines first_line .. first_line + n_lines - 1 of a plain JSONL file,
    from byte offset `start` (a partition of the file, see plan_partitions)."""
    with open(path, "rb") as raw:
        raw.seek(start)
        yield from _read_jsonl(raw, display_name(path), first_line, n_lines)


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
            for piece in _lines(raw):
                line += 1
                offset += piece.size if isinstance(piece, _TooLong) else len(piece)
                if line - first + 1 == lines_per_partition:
                    parts.append(("lines", path, start, first, lines_per_partition))
                    start, first = offset, line + 1
            if line >= first:
                parts.append(("lines", path, start, first, line - first + 1))
    return parts


def read_partition(part: tuple) -> Iterator[Item]:
    return read_dump(part[1]) if part[0] == "file" else read_lines(*part[1:])


@dataclass(slots=True)
class _TooLong:
    """A line over MAX_RECORD_BYTES, skipped: its size and first bytes."""

    size: int
    head: bytes


def _lines(raw: IO[bytes], limit: int = MAX_RECORD_BYTES) -> Iterator[bytes | _TooLong]:
    """The lines of `raw` (with their newline); one longer than `limit` bytes is read in
    chunks and dropped, and comes out as a _TooLong."""
    while line := raw.readline(limit + 1):
        if len(line) <= limit:
            yield line
            continue
        size, piece = len(line), line
        while not piece.endswith(b"\n") and (piece := raw.readline(_CHUNK)):
            size += len(piece)
        yield _TooLong(size, line[:EXCERPT])


def _text_stream(raw: IO[bytes], encoding: str) -> tuple[IO[bytes], str]:
    """Line-splittable bytes: UTF-16 is recoded to UTF-8 (its newlines are two bytes)."""
    if encoding.startswith("utf-16"):
        return codecs.EncodedFile(raw, "utf-8", encoding), "utf-8"
    return raw, encoding


def _too_long(where: str, line: _TooLong) -> Reject:
    return Reject(where, f"record too large ({line.size} bytes > limit {MAX_RECORD_BYTES}), skipped",
                  _excerpt(line.head))


def _read_jsonl(raw: IO[bytes], name: str, first_line: int = 1, n_lines: int | None = None) -> Iterator[Item]:
    raw, encoding = _text_stream(raw, detect_encoding(_head(raw)))
    for lineno, line in enumerate(islice(_lines(raw), n_lines), start=first_line):
        where = f"{name}:{lineno}"
        if isinstance(line, _TooLong):
            yield _too_long(where, line)
            continue
        if not line.strip():
            continue
        text = decode_bytes(line, encoding)
        if text is None:
            yield Reject(where, "undecodable bytes (not text in any supported encoding)", _excerpt(line))
            continue
        text = text.lstrip("\ufeff")  # a byte order mark where two files were concatenated
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            yield Reject(where, f"broken JSON: {exc.msg} at column {exc.colno}", _excerpt(text))
            continue
        except RecursionError:
            yield Reject(where, "JSON nested too deep", _excerpt(text))
            continue
        if not isinstance(obj, dict):
            yield Reject(where, f"a JSON {type(obj).__name__}, not an object", _excerpt(text))
            continue
        yield RawRecord(where, obj)


class _BrokenRow(Exception):
    """The CSV row being read is over the size limit."""


class _RowFeed:
    """Feeds csv.reader one decoded line at a time and remembers the lines of the row being
    read, so that after a broken row the lines after its first can be read again."""

    def __init__(self, lines: Iterator[tuple[int, bytes | _TooLong]], encoding: str) -> None:
        self.lines = lines
        self.encoding = encoding
        self.row: list[tuple[int, bytes | _TooLong]] = []
        self.size = 0

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        lineno, line = next(self.lines)
        self.row.append((lineno, line))
        self.size += line.size if isinstance(line, _TooLong) else len(line)
        if isinstance(line, _TooLong) or self.size > MAX_RECORD_BYTES:
            raise _BrokenRow(f"CSV row too large (over {MAX_RECORD_BYTES} bytes), skipped")
        text = line.decode(self.encoding, errors="replace")
        return text[1:] if text.startswith("\ufeff") else text  # a BOM where two files were concatenated

    def take(self) -> list[tuple[int, bytes | _TooLong]]:
        """The lines of the row just read, and start a new row."""
        row, self.row, self.size = self.row, [], 0
        return row


def _read_csv(raw: IO[bytes], name: str) -> Iterator[Item]:
    """Rows as records keyed by the header. A broken row (a quote never closed or closed
    mid-field, more fields than the header, over the size limit) becomes a Reject at its
    first line, and reading starts again on the line after it: a stray quote costs one
    row, not the rows it would have swallowed."""
    raw, encoding = _text_stream(raw, detect_encoding(_head(raw)))
    csv.field_size_limit(MAX_RECORD_BYTES)
    source: Iterator[tuple[int, bytes | _TooLong]] = enumerate(_lines(raw), start=1)
    header: list[str] | None = None
    while True:
        feed = _RowFeed(source, encoding)
        try:
            for fields in csv.reader(feed, strict=True):
                row = feed.take()
                if not fields or fields == header:  # a blank line, or the header of a concatenated file
                    continue
                if header is None:
                    header = fields
                    continue
                if len(fields) <= len(header):
                    yield RawRecord(f"{name}:{row[0][0]}", dict(zip(header, fields)))
                    continue
                yield Reject(f"{name}:{row[0][0]}", "CSV row has more fields than the header",
                             _excerpt(",".join(fields)))
                if len(row) > 1:
                    source = chain(row[1:], feed.lines)
                    break
            else:
                return
        except (_BrokenRow, csv.Error) as exc:
            row = feed.take()
            reason = str(exc) if isinstance(exc, _BrokenRow) else f"broken CSV: {exc}"
            reason = reason.replace("unexpected end of data", "a quoted field is never closed").replace(
                "',' expected after '\"'", "a quote closes in mid-field")
            first = row[0][1]
            yield Reject(f"{name}:{row[0][0]}", reason, _excerpt(first.head if isinstance(first, _TooLong) else first))
            source = chain(row[1:], feed.lines)


def _read_parquet(raw: IO[bytes], name: str, gz: bool) -> Iterator[Item]:
    """Parquet needs random access: a gzipped file is unpacked to a temporary file first."""
    if not gz:
        yield from _parquet_rows(raw, name)
        return
    with tempfile.TemporaryFile() as unpacked:
        shutil.copyfileobj(raw, unpacked, _CHUNK)
        unpacked.seek(0)
        yield from _parquet_rows(unpacked, name)


def _parquet_rows(raw: IO[bytes], name: str) -> Iterator[Item]:
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
    data = raw.read(MAX_RECORD_BYTES + 1)
    if len(data) > MAX_RECORD_BYTES:
        yield Reject(name, f"file too large (over {MAX_RECORD_BYTES} bytes), skipped", _excerpt(data))
        return
    text = decode_bytes(data, detect_encoding(data[:65536]))
    if text is None:
        yield Reject(name, "undecodable bytes (not text in any supported encoding)", _excerpt(data))
        return
    yield RawRecord(name, {field: text})


def _gzipped_warc(head: bytes) -> bool:
    """Whether a WARC file is gzipped: its first bytes inflate to a record's first line. Two
    bytes of gzip magic alone are not enough: junk at the start of a plain WARC that happens
    to begin with them must cost that junk, not every record after it."""
    if head[:2] != b"\x1f\x8b":
        return False
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 16).startswith(b"WARC/")
    except zlib.error:
        return False


def _read_warc(raw: IO[bytes], name: str) -> Iterator[Item]:
    """The records of a gzipped WARC file (one gzip member per record), read by warcio,
    which stops quietly at a cut member: the last member's decompressor tells."""
    from warcio.archiveiterator import ArchiveIterator

    class Checked(ArchiveIterator):
        truncated = False

        def close(self) -> None:
            decompressor = self.reader.decompressor if self.reader else None
            self.truncated = decompressor is not None and not decompressor.eof
            super().close()

    n = 0
    records = Checked(raw)
    try:
        for record in records:
            n += 1
            item = _warc_item(record, f"{name}#{n}")
            if item is not None:
                yield item
    except Exception as exc:  # warcio raises many types (AttributeError on some cut members)
        yield Reject(f"{name}#{n + 1}", f"broken WARC record: {type(exc).__name__}: {exc}")
        return
    if records.truncated:
        yield Reject(name, f"truncated or corrupt gzip: the file ends inside record #{n}")


def _warc_item(record, where: str) -> Item | None:
    """An HTML response as a record; requests, metadata and non-HTML responses (images,
    scripts) are not articles and are passed over (None)."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    content_type = record.http_headers.get_header("Content-Type") or ""
    if "html" not in content_type.lower():
        return None
    data = record.content_stream().read(MAX_RECORD_BYTES + 1)
    if len(data) > MAX_RECORD_BYTES:
        return Reject(where, f"record too large (over {MAX_RECORD_BYTES} bytes), skipped", _excerpt(data))
    declared = re.search(r"charset=([\w-]+)", content_type, re.I)
    text = decode_bytes(data, declared[1] if declared else detect_encoding(data[:65536]))
    if text is None:
        return Reject(where, "undecodable bytes (not text in any supported encoding)", _excerpt(data))
    return RawRecord(where, {"html": text, "url": record.rec_headers.get_header("WARC-Target-URI"),
                             "crawled": record.rec_headers.get_header("WARC-Date")})


_WARC_LINE = re.compile(rb"WARC/1\.[01]\r?\n")
_LENGTH = re.compile(rb"(?im)^content-length:[ \t]*(\d+)[ \t]*\r?$")
_HTTP_TYPE = re.compile(rb"(?im)^content-type:([^\r\n]*)")


def _read_plain_warc(raw: IO[bytes], name: str) -> Iterator[Item]:
    """The records of an uncompressed WARC file, framed here so that a bad one costs only
    itself: a record whose Content-Length does not end where the next record (or the file)
    begins, a broken header or a record cut short is a Reject, and reading goes on from
    the next line that starts a record ("WARC/1.0")."""
    from warcio.archiveiterator import ArchiveIterator
    size = os.fstat(raw.fileno()).st_size
    n = 0
    while line := _next_nonblank(raw):
        n += 1
        where, start = f"{name}#{n}", raw.tell() - len(line)
        header = _warc_header(raw, line)
        if isinstance(header, str):
            yield Reject(where, header, _excerpt(line))
            raw.seek(start + len(line))
            _resync(raw)
            continue
        body = raw.tell()
        end = body + int(_LENGTH.search(header)[1])
        raw.seek(min(end, size))
        if raw.read(4) == b"\r\n\r\n":
            following = end + 4
        elif end <= size and _at_record_start(raw, end):  # a writer that left out the blank lines
            following = end
        else:
            yield Reject(where, "WARC record cut short (truncated file?)" if end > size else
                         "broken WARC record: its Content-Length does not end where the next record begins",
                         _excerpt(header))
            raw.seek(body)
            _resync(raw)
            continue
        length = end - body
        if re.search(rb"(?im)^warc-type:[ \t]*response", header):
            raw.seek(body)
            if length > MAX_RECORD_BYTES:
                head = raw.read(min(length, _MAX_WARC_HEADER)).split(b"\r\n\r\n", 1)[0]
                http_type = _HTTP_TYPE.search(head)
                if http_type and b"html" in http_type[1].lower():
                    yield Reject(where, f"record too large ({length} bytes > limit {MAX_RECORD_BYTES}), skipped",
                                 _excerpt(header))
            else:
                raw.seek(start)
                try:
                    record = next(iter(ArchiveIterator(io.BytesIO(raw.read(end - start) + b"\r\n\r\n"))))
                    item = _warc_item(record, where)
                except Exception as exc:  # warcio raises several types for a malformed HTTP block
                    item = Reject(where, f"broken WARC record: {exc}", _excerpt(header))
                if item is not None:
                    yield item
        raw.seek(following)


def _next_nonblank(raw: IO[bytes]) -> bytes:
    while (line := raw.readline(_MAX_WARC_HEADER)) and not line.strip():
        pass
    return line


def _warc_header(raw: IO[bytes], first: bytes) -> bytes | str:
    """The header of the record whose first line is `first`, read up to its blank line, or
    what is wrong with it."""
    if not _WARC_LINE.fullmatch(first):
        return "broken WARC header (no WARC/1.x line)"
    header = first
    while (line := raw.readline(_MAX_WARC_HEADER)) and line.strip():
        header += line
        if len(header) > _MAX_WARC_HEADER:
            return f"broken WARC header (over {_MAX_WARC_HEADER} bytes)"
    if not line:
        return "WARC record cut short (truncated file?)"
    return header if _LENGTH.search(header) else "broken WARC header (no Content-Length)"


def _at_record_start(raw: IO[bytes], position: int) -> bool:
    """Whether only blank lines stand between `position` and the next record or the end of
    the file (the end of a record whose writer left out the blank lines after it)."""
    raw.seek(position)
    line = _next_nonblank(raw)
    return not line or _WARC_LINE.fullmatch(line) is not None


def _resync(raw: IO[bytes]) -> None:
    """Move to the start of the next line that begins a WARC record (or the end)."""
    at_line_start = True
    while piece := raw.readline(_CHUNK):
        if at_line_start and _WARC_LINE.fullmatch(piece):
            raw.seek(raw.tell() - len(piece))
            return
        at_line_start = piece.endswith(b"\n")


def _head(raw: IO[bytes]) -> bytes:
    return raw.peek(65536) if hasattr(raw, "peek") else b""


def display_name(path: Path) -> str:
    """The path as the tables and the manifest show it: undecodable bytes of a file name
    (surrogates in a Python str) as U+FFFD, which UTF-8 can write."""
    return writable(str(path))


def _excerpt(value: bytes | str) -> str:
    if isinstance(value, bytes):
        value = value[:EXCERPT].decode("utf-8", errors="replace")
    return writable(value[:EXCERPT])
