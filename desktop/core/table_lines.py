"""The lines of an event-data table's bytes, decoded a block at a time, with what goes wrong reading
them (a damaged archive, a line that is not text, a line too long for a table) as an error naming the
file and the line. desktop.core.eventdata reads the rows of a table from these lines."""
from __future__ import annotations

import itertools
import re
from typing import Callable, Iterator

from desktop.core import inputs, text_encoding
from desktop.core.errors import EventDataError, InputError, Where

LINE_LIMIT = 64 * 1024 * 1024      # bytes of one line: more is no table
CHUNK = 1 << 20                    # bytes decoded at once
_LINE = re.compile(r"[^\n]*\n|[^\n]+")
_RAW_LINE = re.compile(rb"[^\n]*\n|[^\n]+")


def open_entry(entry: inputs.Entry):
    try:
        return entry.open()
    except OSError as exc:
        raise EventDataError("csv.unreadable", where=Where(entry.name), reason=exc.strerror or str(exc)) from None
    except inputs.ARCHIVE_ERRORS as exc:
        raise InputError("archive.damaged", where=Where(entry.path), archive=entry.archive or "",
                         reason=str(exc) or type(exc).__name__) from None


def reading(name: str, line: int, work):
    """`work()`, with what goes wrong reading the file, or decompressing it, as an error at `name:line`."""
    try:
        return work()
    except inputs.ARCHIVE_ERRORS as exc:
        raise InputError("archive.damaged_at", where=Where(name, line),
                         reason=str(exc) or type(exc).__name__) from None
    except UnicodeDecodeError as exc:
        raise EventDataError("csv.bad_utf16", where=Where(name, line), offset=exc.start, encoding="UTF-16") from None
    except OSError as exc:
        raise EventDataError("csv.unreadable", where=Where(name, line), reason=exc.strerror or str(exc)) from None


def streamed(items: Iterator, name: str, line: Callable[[], int]) -> Iterator:
    """The items of `items`, with what goes wrong reading the file on the way as an error at `name` and
    the line `line()` says: a damaged archive is a problem of the whole file, even when bad rows are
    skipped."""
    try:
        yield from items
    except inputs.ARCHIVE_ERRORS as exc:
        raise InputError("archive.damaged_at", where=Where(name, line()),
                         reason=str(exc) or type(exc).__name__) from None
    except UnicodeDecodeError as exc:
        raise EventDataError("csv.bad_utf16", where=Where(name, line()), offset=exc.start, encoding="UTF-16") from None
    except OSError as exc:
        raise EventDataError("csv.unreadable", where=Where(name, line()), reason=exc.strerror or str(exc)) from None


def read_after(head: bytes, fh) -> Callable[[int], bytes]:
    """A read function that gives `head` first, then the rest of `fh`."""
    pending = [head] if head else []

    def read(size: int) -> bytes:
        return pending.pop() if pending else fh.read(size)
    return read


def utf8_of(text) -> Callable[[int], bytes]:
    """A read function giving UTF-8 bytes of a text stream (a UTF-16 file, decoded as it is read)."""
    def read(size: int) -> bytes:
        return text.read(size // 2).encode("utf-8")
    return read


class Lines:
    """Decoded lines of a byte stream, a block at a time, counting lines and bytes.

    A block that is all UTF-8 with no NUL is decoded at once; one that is
    not is read line by line, and a line that is not text raises, or,
    `tolerant`, is kept in `bad` and read as an empty line, so the rows after
    it are still read. A line that is not UTF-8 but recognisably Windows-1256
    or Latin-1 is named as such.
    """

    def __init__(self, read: Callable[[int], bytes], name: str, tolerant: bool = False):
        self.read = read
        self.name = name
        self.bytes = 0
        self.line = 0
        self.tolerant = tolerant
        self.bad: list[EventDataError | InputError] = []

    def __iter__(self) -> Iterator[str]:
        return itertools.chain.from_iterable(self._blocks())

    def _blocks(self) -> Iterator[list[str]]:
        rest = b""
        first = True
        while True:
            data = self.read(CHUNK)
            if not data:
                break
            if first:
                first = False
                if data.startswith(b"\xef\xbb\xbf"):
                    data = data[3:]
                    self.bytes += 3
            if rest:
                data = rest + data
            cut = data.rfind(b"\n") + 1
            if not cut:
                rest = data
                if len(rest) > LINE_LIMIT:
                    raise EventDataError("input.line_too_long", where=Where(self.name, self.line + 1),
                                         length=len(rest), limit=LINE_LIMIT)
                continue
            rest = data[cut:]
            yield self._decoded(data[:cut] if rest else data)
        if rest:
            yield self._decoded(rest)

    def _decoded(self, block: bytes) -> list[str]:
        try:
            text = block.decode("utf-8")
        except UnicodeDecodeError:
            return self._line_by_line(block)
        if "\x00" in text:
            return self._line_by_line(block)
        self.bytes += len(block)
        lines = _LINE.findall(text)
        self.line += len(lines)
        return lines

    def _line_by_line(self, block: bytes) -> list[str]:
        out = []
        for raw in _RAW_LINE.findall(block):
            self.line += 1
            problem = self._problem(raw)
            self.bytes += len(raw)
            if problem is None:
                out.append(raw.decode("utf-8"))
            elif self.tolerant:
                self.bad.append(problem)
                out.append("\n")
            else:
                raise problem
        return out

    def _problem(self, raw: bytes) -> InputError | None:
        where = Where(self.name, self.line)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            named = text_encoding.line_problem(raw, where, self.bytes + exc.start)
            if named is not None:
                return EventDataError(named.code, where=where, **named.params)
            return EventDataError("csv.bad_utf8", where=where, byte=raw[exc.start], offset=self.bytes + exc.start)
        if "\x00" in text:
            return EventDataError("csv.nul", where=where, offset=self.bytes + text.index(chr(0)))
        return None

    def take_bad(self, upto: int) -> list[tuple[int, EventDataError]]:
        """(line, problem) of the lines up to `upto` found not to be text, each once."""
        if not self.bad:
            return []
        ready = [p for p in self.bad if p.where.line <= upto]
        self.bad = [p for p in self.bad if p.where.line > upto]
        return [(p.where.line, p) for p in ready]
