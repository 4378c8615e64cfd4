"""Interchange format v1 (DESIGN section 3): JSONL in and out, CSV out.

A file is read and checked whole before anything is written; every problem
is reported as `file:line: reason`, and a file with any problem changes
nothing. Export writes canonical records, so export -> import -> export
gives the same records.
"""
from __future__ import annotations

import csv
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from desktop.core import reader
from desktop.core.bulkload import Cancelled  # noqa: F401 - part of this module's interface
from desktop.core.records import KINDS, RecordError
from desktop.core.writer import BatchError, ImportReport

MAX_LINE_BYTES = 8 * 1024 * 1024
EXPORT_ORDER = ("actor", "place", "source", "event", "quote")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class InterchangeError(BatchError):
    """A file cannot be imported; `errors` holds every `file:line: reason`."""


@dataclass
class Line:
    label: str      # "file:line"
    record: dict


def read_jsonl(path: str | os.PathLike, errors: list[str]) -> Iterator[Line]:
    """The records of a JSONL file; problems are appended to `errors` as file:line: reason."""
    for label, raw in raw_jsonl_lines(path, errors):
        parsed = parse_jsonl_line(label, raw)
        if isinstance(parsed, str):
            errors.append(parsed)
        elif parsed is not None:
            yield Line(label, parsed)


@dataclass(frozen=True)
class Span:
    """Whole lines of a JSONL file, bytes [start, end), the first being line number `first`:
    a piece of a big file that a worker process reads on its own."""
    path: str
    start: int
    end: int
    first: int
    limit: int      # the longest line read, in bytes (MAX_LINE_BYTES, passed on to the worker)


def jsonl_spans(path: str | os.PathLike, size: int) -> Iterator[Span]:
    """`path` cut at line ends into spans of about `size` bytes.

    One pass of large reads that only count line ends; a line longer than
    `size` makes its span longer and is scanned, not held.
    """
    with open(path, "rb") as fh:
        start, first = 0, 1
        while True:
            chunk = fh.read(size)
            if not chunk:
                return
            end, lines = start + len(chunk), chunk.count(b"\n")
            if not chunk.endswith(b"\n"):
                while more := fh.read(1 << 16):
                    newline = more.find(b"\n")
                    if newline >= 0:
                        end, lines = end + newline + 1, lines + 1
                        fh.seek(end)
                        break
                    end += len(more)
            yield Span(str(path), start, end, first, MAX_LINE_BYTES)
            start, first = end, first + lines


def raw_jsonl_lines(path: str | os.PathLike, errors: list[str], span: Span | None = None) -> Iterator[tuple[str, bytes]]:
    """(file:line, bytes) of each line of a JSONL file, or of one span of it;
    lines over the limit are reported and left out."""
    path = Path(path)
    try:
        fh = open(path, "rb")
    except OSError as exc:
        errors.append(f"{path}: cannot read ({exc.strerror})")
        return
    limit = span.limit if span else MAX_LINE_BYTES
    position, end, number = (span.start, span.end, span.first - 1) if span else (0, None, 0)
    with fh:
        fh.seek(position)
        while end is None or position < end:
            raw = fh.readline(limit + 1)
            if not raw:
                break
            position += len(raw)
            number += 1
            label = f"{path}:{number}"
            if len(raw) > limit and not raw.endswith(b"\n"):
                rest = _skip_rest_of_line(fh, limit)
                position += rest
                errors.append(f"{label}: the line is {len(raw) + rest:,} bytes long; the limit is {limit:,}")
                continue
            yield label, raw[3:] if number == 1 and raw.startswith(b"\xef\xbb\xbf") else raw


def parse_jsonl_line(label: str, raw: bytes) -> dict | str | None:
    """One JSONL line: its record, None when blank, or the problem as "file:line: reason"."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return f"{label}: invalid UTF-8 at byte {exc.start + 1} of the line"
    if not text.strip():
        return None
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        return f"{label}: invalid JSON at column {exc.colno}: {exc.msg}"
    if not isinstance(record, dict):
        return f"{label}: a record must be a JSON object, not {type(record).__name__}"
    return record


def _skip_rest_of_line(fh, limit: int) -> int:
    skipped = 0
    while True:
        chunk = fh.readline(limit)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped


def import_files(store, paths: Iterable[str | os.PathLike], *, dry_run: bool = False,
                 progress: Callable[[str], None] | None = None,
                 cancelled: Callable[[], bool] | None = None, **options) -> ImportReport:
    """Import files all or nothing, in one pass over the input (see bulkload).

    Any problem is reported with its file:line, and the transaction is
    rolled back, so the store is left exactly as it was. Importers look
    things up in the store as it was before the import began.
    """
    from desktop.core import bulkload, importers
    paths = [Path(p) for p in paths]
    errors: list[str] = []
    sources: list = []
    report = ImportReport()
    try:
        with store.transaction(), store.snapshot() as before:
            sources = [importers.open_source(before, p, **options) for p in paths]
            report = bulkload.load(store, sources, errors, progress=progress, cancelled=cancelled,
                                   input_bytes=sum(map(_size, paths)))
            if errors:
                raise InterchangeError(sorted(set(errors), key=_line_order))
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    report.skipped = sorted({note for source in sources for note in source.skipped}, key=_line_order)
    return report


def _size(path: Path) -> int:
    try:
        return path.stat().st_size if path.is_file() else 0
    except OSError:
        return 0


class _DryRun(Exception):
    """Raised to roll back a dry run's transaction."""


def _line_order(error: str) -> tuple:
    where = error.split(": ", 1)[0]
    name, _, number = where.rpartition(":")
    return (name, int(number)) if number.isdigit() else (where, 0)


# --- export ---------------------------------------------------------------------------


def selected_records(store, query: str | None = None, kinds: Iterable[str] | None = None) -> Iterator[dict]:
    """Every record (or those a query matches), kind by kind in export order."""
    kinds = [k for k in EXPORT_ORDER if kinds is None or k in kinds]
    if not query:
        for kind in kinds:
            yield from reader.iter_kind(store, kind)
        return
    from desktop.core import search
    for kind in kinds:
        sql, params = search.matching_row_ids_sql(store, query, kind)
        ids = [r for (r,) in store.conn.execute(sql, params)]
        yield from reader.iter_kind(store, kind, ids)


def export_jsonl(store, path: str | os.PathLike, *, query: str | None = None,
                 kinds: Iterable[str] | None = None) -> dict[str, int]:
    counts = {k: 0 for k in KINDS}

    def lines() -> Iterator[str]:
        for rec in selected_records(store, query, kinds):
            counts[rec["kind"]] += 1
            yield json.dumps(rec, ensure_ascii=False) + "\n"

    _write_atomically(Path(path), lines())
    return counts


CSV_COLUMNS = {
    "actor": ("id", "name", "name_en", "type", "title", "aliases", "affiliation", "description", "notes", "tags", "review"),
    "place": ("id", "name", "name_en", "type", "parent", "aliases", "lat", "lon", "notes", "tags", "review"),
    "source": ("id", "title", "outlet", "published", "url", "language", "author", "summary", "body", "notes", "tags", "review"),
    "event": ("id", "date", "date_end", "date_precision", "title", "status", "place", "actors", "sources",
              "category", "summary", "notes", "tags", "review"),
    "quote": ("id", "date", "speaker", "text", "source", "event", "context", "partial", "notes", "tags", "review"),
}


def defuse(cell: str) -> str:
    """Spreadsheets run cells that start with = + - @ as formulas; a leading ' keeps them text."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        parts = []
        for item in value:
            if isinstance(item, dict):  # event actors
                parts.append(item["actor"] + (f" ({item['role']})" if item.get("role") else ""))
            else:
                parts.append(str(item))
        return "; ".join(parts)
    return str(value)


def export_csv(store, path: str | os.PathLike, kind: str, *, query: str | None = None) -> int:
    if kind not in CSV_COLUMNS:
        raise RecordError(f"{kind!r} is not one of {', '.join(KINDS)}", "kind")
    columns = CSV_COLUMNS[kind]
    count = 0

    def rows() -> Iterator[str]:
        nonlocal count
        buf = _LineBuffer()
        out = csv.writer(buf)
        out.writerow(columns)
        yield buf.take()
        for rec in selected_records(store, query, [kind]):
            rec.setdefault("review", "confirmed")
            out.writerow([defuse(_cell(rec.get(c))) for c in columns])
            count += 1
            yield buf.take()

    # A BOM lets spreadsheet programs read the Arabic as UTF-8.
    _write_atomically(Path(path), rows(), bom=True)
    return count


class _LineBuffer:
    def __init__(self):
        self.parts: list[str] = []

    def write(self, text: str) -> None:
        self.parts.append(text)

    def take(self) -> str:
        text = "".join(self.parts)
        self.parts.clear()
        return text


def _write_atomically(path: Path, chunks: Iterable[str], bom: bool = False) -> None:
    """Write to a temporary file beside `path`, then rename: never a half-written file."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=folder)
    except OSError as exc:
        raise OSError(f"{path}: cannot write here ({exc.strerror})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as fh:
            for chunk in chunks:
                fh.write(chunk)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise

