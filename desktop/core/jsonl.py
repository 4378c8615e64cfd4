"""Reading interchange JSONL (DESIGN section 3): whole files, or spans of one that a worker reads alone.

Problems are reported, never raised: each is an InputError placed at its
file and line, appended to the caller's list, so one pass finds them all.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from desktop.core.errors import InputError, MarsadError, Where

MAX_LINE_BYTES = 8 * 1024 * 1024


@dataclass
class Line:
    where: Where
    record: dict


@dataclass(frozen=True)
class Span:
    """Whole lines of a JSONL file, bytes [start, end), the first being line number `first`:
    a piece of a big file that a worker process reads on its own."""
    path: str
    start: int
    end: int
    first: int
    limit: int      # the longest line read, in bytes (MAX_LINE_BYTES, passed on to the worker)


def read(path: str | os.PathLike, errors: list[MarsadError]) -> Iterator[Line]:
    """The records of a JSONL file; problems are appended to `errors`."""
    for where, raw in raw_lines(path, errors):
        parsed = parse_line(where, raw)
        if isinstance(parsed, MarsadError):
            errors.append(parsed)
        elif parsed is not None:
            yield Line(where, parsed)


def spans(path: str | os.PathLike, size: int) -> Iterator[Span]:
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


def raw_lines(path: str | os.PathLike, errors: list[MarsadError], span: Span | None = None
              ) -> Iterator[tuple[Where, bytes]]:
    """(where, bytes) of each line of a JSONL file, or of one span of it; lines over the limit are
    reported and left out."""
    path = Path(path)
    try:
        fh = open(path, "rb")
    except OSError as exc:
        errors.append(InputError("input.unreadable", where=Where(str(path)), reason=exc.strerror or str(exc)))
        return
    limit = span.limit if span else MAX_LINE_BYTES
    position, end, number = (span.start, span.end, span.first - 1) if span else (0, None, 0)
    name = str(path)
    with fh:
        fh.seek(position)
        while end is None or position < end:
            raw = fh.readline(limit + 1)
            if not raw:
                break
            position += len(raw)
            number += 1
            where = Where(name, number)
            if len(raw) > limit and not raw.endswith(b"\n"):
                rest = _skip_rest_of_line(fh, limit)
                position += rest
                errors.append(InputError("input.line_too_long", where=where, length=len(raw) + rest, limit=limit))
                continue
            yield where, raw[3:] if number == 1 and raw.startswith(b"\xef\xbb\xbf") else raw


def parse_line(where: Where, raw: bytes) -> dict | MarsadError | None:
    """One JSONL line: its record, None when blank, or the problem."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return InputError("input.bad_utf8", where=where, position=exc.start + 1)
    if not text.strip():
        return None
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        return InputError("input.bad_json", where=where, column=exc.colno, reason=exc.msg)
    except RecursionError:
        return InputError("input.bad_json", where=where, column=1, reason="nested too deeply")
    except ValueError as exc:
        # An integer of more than 4,300 digits: Python refuses to convert it.
        return InputError("input.bad_json", where=where, column=1, reason=str(exc).split(":")[0])
    if not isinstance(record, dict):
        return InputError("input.not_object", where=where, type=type(record).__name__)
    return record


def _skip_rest_of_line(fh, limit: int) -> int:
    skipped = 0
    while True:
        chunk = fh.readline(limit)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped
