"""Event-data CSV (ACLED, GDELT 2.0, or any CSV through a column mapping) -> interchange records.

Streaming: `read_event_csv` reads one row at a time and yields records in an
order where every reference is satisfied by an earlier record (places parent
first, then actors, then the event). Places and actors are yielded once,
deduplicated by their hierarchy and normalised name. A progress callback
reports rows and bytes; a cancellation check stops the import by raising
`Cancelled`, so the caller's transaction can be rolled back.

Errors raise `EventDataError` naming the file, the line and the field.
This module reads files (formats, header, rows); `formats` turns each row
into records.
"""
from __future__ import annotations

import csv
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from desktop.core.column_guess import guess_mapping
from desktop.core.errors import Cancelled, InputError, RecordError, Where
from desktop.core.formats.cells import CellError, Emitter, parse_event_date  # noqa: F401 - public here
from desktop.core.formats.gdelt import GDELT_COLUMNS
from desktop.core.formats.registry import MAPPERS


Progress = Callable[[int, int, int], None]      # (rows done, bytes done, total bytes)


CancelCheck = Callable[[], bool]


ACLED_REQUIRED = ("event_id_cnty", "event_date", "event_type", "country")
FIELD_LIMIT = 10 * 1024 * 1024     # characters in one CSV field, the header's included




AUTO = "auto"      # --map auto: a mapping guessed from the column names
MAPPING_FIELDS = ("title", "date", "date_end", "summary", "category", "status", "id", "notes",
                  "place", "country", "admin1", "admin2", "lat", "lon", "actors", "actor1", "actor2")



class EventDataError(InputError):
    """A CSV cannot be imported; it names the file, line and field."""


@dataclass(frozen=True)
class CsvFormat:
    name: str                  # acled, gdelt or mapped
    delimiter: str
    header: tuple[str, ...] | None   # None: the file has no header row (GDELT)


class _Lines:
    """Decoded lines of a binary file, counting bytes for progress.

    A line that is not text raises, or, `tolerant`, is kept in `bad` and read
    as an empty line, so the rows after it are still read.
    """

    def __init__(self, fh, path: Path, tolerant: bool = False):
        self.fh = fh
        self.path = path
        self.bytes = 0
        self.line = 0
        self.tolerant = tolerant
        self.bad: list[EventDataError] = []

    def __iter__(self) -> Iterator[str]:
        for raw in self.fh:
            if self.line == 0 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
                self.bytes += 3
            self.line += 1
            problem = self._problem(raw)
            self.bytes += len(raw)
            if problem is None:
                yield raw.decode("utf-8")
            elif self.tolerant:
                self.bad.append(problem)
                yield "\n"
            else:
                raise problem

    def _problem(self, raw: bytes) -> EventDataError | None:
        where = Where(str(self.path), self.line)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            return EventDataError("csv.bad_utf8", where=where, byte=raw[exc.start], offset=self.bytes + exc.start)
        if "\x00" in text:
            return EventDataError("csv.nul", where=where, offset=self.bytes + text.index(chr(0)))
        return None

    def take_bad(self) -> Iterator[tuple[int, EventDataError]]:
        """(line, problem) of the lines found not to be text since the last call."""
        bad, self.bad = self.bad, []
        for problem in bad:
            yield problem.where.line, problem


def detect_format(first_line: str, mapping: dict | None = None) -> CsvFormat:
    """ACLED and GDELT by their columns; anything else needs a mapping."""
    line = first_line.rstrip("\r\n")
    if line.count("\t") >= 10 and "," not in line.split("\t")[0]:
        cols = line.split("\t")
        if cols[0].strip().upper() == "GLOBALEVENTID":
            return CsvFormat("gdelt", "\t", tuple(c.strip() for c in cols))
        if len(cols) == len(GDELT_COLUMNS) and cols[0].strip().isdigit():
            return CsvFormat("gdelt", "\t", None)
        if mapping is None:
            raise EventDataError("csv.gdelt_version", width=len(cols), expected=len(GDELT_COLUMNS))
    delimiter = "\t" if line.count("\t") > line.count(",") and line.count("\t") > line.count(";") else (
        ";" if line.count(";") > line.count(",") else ",")
    header = tuple(c.strip() for c in next(csv.reader([line], delimiter=delimiter)))
    lower = {c.lower() for c in header}
    if mapping is None and all(c in lower for c in ACLED_REQUIRED):
        return CsvFormat("acled", delimiter, header)
    if mapping is None and "globaleventid" in lower:
        return CsvFormat("gdelt", delimiter, header)
    if mapping is None:
        raise EventDataError("csv.unknown_layout")
    return CsvFormat("mapped", delimiter, header)


def read_event_csv(path: str | Path, *, mapping: dict[str, str] | None = None,
                   progress: Progress | None = None, cancelled: CancelCheck | None = None,
                   resolve_place: Callable[[str], "str | None"] | None = None,
                   resolve_actor: Callable[[str], "str | None"] | None = None,
                   every: int = 1000) -> Iterator[dict]:
    """Interchange records from an ACLED, GDELT 2.0 or mapped CSV file, streamed row by row."""
    reader, rows = event_rows(path, mapping=mapping, progress=progress, cancelled=cancelled, every=every)
    emitter = reader.emitter(resolve_place, resolve_actor)
    for line, row in rows:
        yield from reader.records(line, row, emitter)


@dataclass(frozen=True)
class RowReader:
    """How the rows of one event-data file become records; picklable, so worker processes can use it."""
    path: str
    fmt: str                          # acled, gdelt or mapped
    columns: dict[str, int]
    mapping: dict[str, str] | None

    def emitter(self, resolve_place, resolve_actor) -> "Emitter":
        return Emitter(self.fmt if self.fmt != "mapped" else "csv", resolve_place, resolve_actor)

    def records(self, line: int, row: list[str], emitter: "Emitter") -> list[dict]:
        """The records of one row (new places and actors first); EventDataError names the line and field."""
        convert = MAPPERS[self.fmt]
        try:
            return convert(row, self.columns, emitter, self.mapping)
        except CellError as exc:
            raise EventDataError(exc.code, where=Where(self.path, line), field=exc.field, **exc.params) from None

    def checked_records(self, line: int, row: list[str], emitter: "Emitter",
                        check: Callable[[dict], dict]) -> list[dict]:
        """The records of one row, each through `check` (writing.checked), or the row's first problem
        raised at its line. A row with a problem adds nothing to the emitter, so it can be left out
        whole: a later row that meets its places and actors proposes them itself."""
        emitter.begin_row()
        kept = False
        try:
            made = [check(raw) for raw in self.records(line, row, emitter)]
            kept = True
        except RecordError as exc:
            raise exc.at(Where(self.path, line)) from None
        finally:
            emitter.end_row(kept)
        return made


def event_rows(path: str | Path, *, mapping: dict[str, str] | str | None = None, progress: Progress | None = None,
               cancelled: CancelCheck | None = None, every: int = 1000, tolerant: bool = False
               ) -> tuple[RowReader, Iterator[tuple[int, list[str] | EventDataError]]]:
    """The file's RowReader (its header checked now) and its rows with their line numbers, streamed.

    `mapping` AUTO guesses one from the column names when the file is neither
    ACLED nor GDELT. A line that cannot be read as a row (not UTF-8, a NUL,
    malformed CSV, a short GDELT row) raises EventDataError, or, `tolerant`,
    comes in the row's place, so that the rows after it are read all the same.
    """
    path = Path(path)
    try:
        total = path.stat().st_size
        fh = open(path, "rb")
    except OSError as exc:
        raise EventDataError("csv.unreadable", where=Where(str(path)), reason=exc.strerror or str(exc)) from None
    try:
        first = fh.readline()
        try:
            first_text = first.lstrip(b"\xef\xbb\xbf").decode("utf-8")
        except UnicodeDecodeError as exc:
            raise EventDataError("csv.first_line_utf8", where=Where(str(path), 1), offset=exc.start) from None
        if not first_text.strip():
            raise EventDataError("input.empty", where=Where(str(path)))
        if mapping == AUTO:
            mapping = _guessed_mapping(first_text, path)
        if mapping is not None:
            unknown = sorted(set(mapping) - set(MAPPING_FIELDS))
            if unknown:
                raise EventDataError("map.unknown_field", field_name=unknown[0], fields=", ".join(MAPPING_FIELDS))
            if "title" not in mapping:
                raise EventDataError("map.no_title")
        # Fields up to 10 MB, the header's too (the csv module's default stops at 128 KiB).
        csv.field_size_limit(min(sys.maxsize, FIELD_LIMIT))
        try:
            fmt = detect_format(first_text, mapping)
        except EventDataError as exc:
            raise exc.at(Where(str(path), 1)) from None
        except csv.Error as exc:
            raise EventDataError("csv.malformed", where=Where(str(path), 1), reason=str(exc)) from None
        fh.seek(0)
        lines = _Lines(fh, path, tolerant)
        reader = csv.reader(lines, delimiter=fmt.delimiter,
                            quoting=csv.QUOTE_NONE if fmt.name == "gdelt" else csv.QUOTE_MINIMAL)
        if fmt.header is not None:
            try:
                next(reader)
            except csv.Error as exc:
                raise EventDataError("csv.malformed", where=Where(str(path), 1), reason=str(exc)) from None
        header = fmt.header or GDELT_COLUMNS
        columns = _columns(header, fmt, mapping, path)
    except BaseException:
        fh.close()
        raise
    rows = _rows(fh, reader, lines, path, fmt, len(header), total, progress, cancelled, every, tolerant)
    return RowReader(str(path), fmt.name, columns, mapping), rows


def _rows(fh, reader, lines: _Lines, path: Path, fmt: CsvFormat, width: int, total: int,
          progress, cancelled, every: int, tolerant: bool) -> Iterator[tuple[int, list[str] | EventDataError]]:
    with fh:
        rows = 0
        csv.field_size_limit(min(sys.maxsize, FIELD_LIMIT))
        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                # The csv reader starts afresh on the next line, so a tolerant read goes on.
                problem = EventDataError("csv.malformed", where=Where(str(path), reader.line_num), reason=str(exc))
                if not tolerant:
                    raise problem from None
                yield from lines.take_bad()
                yield reader.line_num, problem
                continue
            yield from lines.take_bad()
            if not row or (len(row) == 1 and not row[0].strip()):
                continue
            rows += 1
            if rows % every == 0:
                if cancelled is not None and cancelled():
                    raise Cancelled("input.cancelled")
                if progress is not None:
                    progress(rows, lines.bytes, total)
            if len(row) < width and fmt.name == "gdelt":
                problem = EventDataError("csv.gdelt_width", where=Where(str(path), reader.line_num), width=len(row),
                                         expected=len(GDELT_COLUMNS))
                if not tolerant:
                    raise problem
                yield reader.line_num, problem
                continue
            yield reader.line_num, row
        yield from lines.take_bad()
        if progress is not None:
            progress(rows, lines.bytes, total)


def _guessed_mapping(first_line: str, path: Path) -> dict[str, str] | None:
    """--map auto: None for ACLED and GDELT (read by their columns), else a mapping guessed from the
    column names, which must find the title."""
    try:
        detect_format(first_line)
        return None
    except EventDataError as exc:
        if exc.code != "csv.unknown_layout":
            raise exc.at(Where(str(path), 1)) from None
    try:
        header = list(csv.reader([first_line.rstrip("\r\n")], delimiter=detect_format(first_line, {}).delimiter))[0]
    except (csv.Error, IndexError):
        header = []
    guess = guess_mapping(header)
    if "title" not in guess:
        raise EventDataError("map.auto_no_title", where=Where(str(path), 1),
                             columns=", ".join(c.strip() for c in header[:30]))
    return guess


def _columns(header: Iterable[str], fmt: CsvFormat, mapping: dict | None, path: Path) -> dict[str, int]:
    index = {}
    for i, col in enumerate(header):
        index.setdefault(col, i)
        index.setdefault(col.lower(), i)
    if fmt.name == "mapped":
        out = {}
        for field, col in mapping.items():
            if col not in index and col.lower() not in index:
                raise EventDataError("csv.unmapped_column", where=Where(str(path), 1), column=col, mapped=field,
                                     columns=", ".join(list(header)[:30]))
            out[field] = index.get(col, index.get(col.lower()))
        return out
    if fmt.name == "acled":
        missing = [c for c in ACLED_REQUIRED if c not in index]
        if missing:
            raise EventDataError("csv.missing_column", where=Where(str(path), 1), format="ACLED", column=missing[0])
        return {k.lower(): v for k, v in index.items()}
    missing = [c for c in ("GLOBALEVENTID", "SQLDATE") if c not in index]
    if missing:
        raise EventDataError("csv.missing_column", where=Where(str(path), 1), format="GDELT", column=missing[0])
    return index


def parse_mapping(spec: str) -> dict[str, str]:
    """«title=headline,date=day» -> {"title": "headline", "date": "day"} (the CLI's --map)."""
    out = {}
    for part in spec.split(","):
        if not part.strip():
            continue
        if "=" not in part:
            raise EventDataError("map.bad_part", part=part)
        field, col = (s.strip() for s in part.split("=", 1))
        if field not in MAPPING_FIELDS:
            raise EventDataError("map.unknown_field", field_name=field, fields=", ".join(MAPPING_FIELDS))
        if not col:
            raise EventDataError("map.no_column", field_name=field)
        out[field] = col
    return out
