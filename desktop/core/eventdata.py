"""Event-data tables (ACLED, GDELT 2.0, every format of formats.registry, or any CSV through a column
mapping) -> interchange records.

Streaming: `read_event_csv` reads one row at a time and yields records in an
order where every reference is satisfied by an earlier record (places parent
first, then actors, then the event). Places and actors are yielded once,
deduplicated by their hierarchy and normalised name. A progress callback
reports rows and bytes; a cancellation check stops the import by raising
`Cancelled`, so the caller's transaction can be rolled back.

What a table is, exactly:

- its rows come from a file or from a member of a .zip or .gz archive
  (desktop.core.inputs), decompressed as they are read;
- UTF-8 with or without a byte-order mark, or UTF-16 with one (Excel's
  "Unicode text"); CRLF or LF. Anything else is refused with the encoding
  named (text_encoding): a Windows-1256 export is not read as mojibake;
- a publisher's raw tab file with no header (GDELT) is split on tabs with no
  quoting, as the publisher writes it; every file with a header is read with
  the delimiter its header line shows and normal CSV quoting, so a quoted
  "Texas, United States" stays one cell (only a tab file of a format that
  also ships raw keeps quoting off);
- header names are matched without case and through each format's aliases
  (the codebook's names);
- every row is as wide as the header, or as the header-less layout: a row
  with more or fewer cells is refused with its line and both widths, never
  shifted into the wrong columns.

Errors raise `EventDataError` naming the file (acled.zip!2024/acled.csv for
a member), the line and the field. This module reads tables; `formats` turns
each row into records.
"""
from __future__ import annotations

import csv
import io
import itertools
import sys
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from desktop.core import inputs, table_lines, text_encoding
from desktop.core.column_guess import guess_mapping
from desktop.core.errors import Cancelled, EventDataError, InputError, RecordError, Where
from desktop.core.formats import registry
from desktop.core.formats.cells import CellError, Emitter, parse_event_date  # noqa: F401 - public here
from desktop.core.formats.gdelt import GDELT_COLUMNS  # noqa: F401 - public here
from desktop.core.formats.registry import MAPPERS
from desktop.core.formats.spec import EventFormat

Progress = Callable[[int, int, int], None]      # (rows done, bytes done, total bytes)


CancelCheck = Callable[[], bool]


ACLED_REQUIRED = ("event_id_cnty", "event_date", "event_type", "country")
FIELD_LIMIT = 10 * 1024 * 1024     # characters in one CSV field, the header's included

AUTO = "auto"      # --map auto: a mapping guessed from the column names
MAPPING_FIELDS = ("title", "date", "date_end", "summary", "category", "status", "id", "notes",
                  "place", "country", "admin1", "admin2", "lat", "lon", "actors", "actor1", "actor2", "fatalities")


@dataclass(frozen=True)
class CsvFormat:
    """How a table is written: its format, delimiter, header (None: the publisher's raw layout) and quoting."""
    name: str                  # a formats.registry name: acled, gdelt, ..., or mapped
    delimiter: str
    header: tuple[str, ...] | None   # None: the file has no header row (GDELT)
    quoting: int = csv.QUOTE_MINIMAL

    @property
    def format(self) -> EventFormat:
        return registry.get(self.name)

    @property
    def columns(self) -> tuple[str, ...]:
        """The names of its columns: the header, or the format's header-less layout."""
        return self.header if self.header is not None else tuple(self.format.headerless or ())


def _cells(line: str, delimiter: str) -> list[str]:
    return [c.strip() for c in next(csv.reader([line], delimiter=delimiter), [])]


def detect_format(first_line: str, mapping: dict | None = None) -> CsvFormat:
    """The dialect and format of a table from its first line: a recognised format by its columns
    (formats.registry), else a mapped table when there is a mapping, else EventDataError.

    A line of ten tabs or more is a publisher's raw export: a header-less row of a recognised layout
    (read with no quoting), or a header. Other lines are a header-less row or a header in the
    delimiter that gives a recognised format, else a header in the most frequent of comma, semicolon
    and tab; all read with normal quoting.
    """
    line = first_line.rstrip("\r\n")
    if line.count("\t") >= registry.RAW_TABS:
        raw = line.split("\t")
        fmt = registry.detect_headerless(raw)
        if fmt is not None:
            return CsvFormat(fmt.name, "\t", None, csv.QUOTE_NONE)
        fmt = registry.detect_header(raw)
        if fmt is not None and mapping is None:
            return CsvFormat(fmt.name, "\t", tuple(c.strip() for c in raw),
                             csv.QUOTE_NONE if fmt.headerless else csv.QUOTE_MINIMAL)
        if mapping is None and raw[0].strip().isdigit():
            raise EventDataError("csv.raw_layout", width=len(raw), layouts=registry.headerless_widths())
    counts = {d: line.count(d) for d in (",", ";", "\t")}
    order = sorted(counts, key=lambda d: -counts[d])      # stable: a comma first when none is more frequent
    for delimiter in order:
        cells = _cells(line, delimiter)
        if len(cells) < 2:
            continue
        # A header-less file of a recognised layout (UCDP's candidate releases) has no names to map.
        fmt = registry.detect_headerless(cells)
        if fmt is not None:
            return CsvFormat(fmt.name, delimiter, None, csv.QUOTE_NONE if delimiter == "\t" else csv.QUOTE_MINIMAL)
        fmt = registry.detect_header(cells) if mapping is None else None
        if fmt is not None:
            quoting = csv.QUOTE_NONE if delimiter == "\t" and fmt.headerless else csv.QUOTE_MINIMAL
            return CsvFormat(fmt.name, delimiter, tuple(cells), quoting)
    if mapping is None:
        raise EventDataError("csv.unknown_layout", formats=registry.labels())
    return CsvFormat(registry.MAPPED.name, order[0], tuple(_cells(line, order[0])))


def read_event_csv(path, *, mapping: dict[str, str] | str | None = None, dataset: str | None = None,
                   progress: Progress | None = None, cancelled: CancelCheck | None = None,
                   resolve_place: Callable[[str], "str | None"] | None = None,
                   resolve_actor: Callable[[str], "str | None"] | None = None,
                   every: int = 1000) -> Iterator[dict]:
    """Interchange records from an event-data table (a file, an archive holding one table, or an
    inputs.Entry), streamed row by row."""
    reader, rows = event_rows(path, mapping=mapping, dataset=dataset, progress=progress, cancelled=cancelled,
                              every=every)
    emitter = reader.emitter(resolve_place, resolve_actor)
    for line, row in rows:
        yield from reader.records(line, row, emitter)


@dataclass(frozen=True)
class RowReader:
    """How the rows of one event-data table become records; picklable, so worker processes can use it."""
    path: str                         # how messages name the table (acled.zip!2024/acled.csv for a member)
    fmt: str                          # a formats.registry name
    columns: dict[str, int]
    mapping: dict[str, str] | None
    namespace: str = ""               # the ids' prefix: event:<namespace>-…

    def emitter(self, resolve_place, resolve_actor) -> "Emitter":
        return Emitter(self.namespace or registry.get(self.fmt).namespace, resolve_place, resolve_actor)

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


@dataclass(frozen=True)
class TableInfo:
    """What reading a table would do, without reading its rows (`marsad import --dry-run`)."""
    name: str
    table: CsvFormat
    mapping: dict[str, str] | None      # field -> column, for a mapped table
    namespace: str

    @property
    def format(self) -> EventFormat:
        return self.table.format


def event_rows(path, *, mapping: dict[str, str] | str | None = None, dataset: str | None = None,
               progress: Progress | None = None, cancelled: CancelCheck | None = None, every: int = 1000,
               tolerant: bool = False) -> tuple[RowReader, Iterator[tuple[int, list[str] | EventDataError]]]:
    """The table's RowReader (its header checked now) and its rows with their line numbers, streamed.

    `path` is a file (an archive holding one table will do) or an inputs.Entry.
    `mapping` AUTO guesses one from the column names when the table is of no
    recognised format. `dataset` names a mapped table's namespace (default:
    its file's name). A line that cannot be read as a row (not UTF-8, a NUL,
    malformed CSV, a row of the wrong width) raises EventDataError, or,
    `tolerant`, comes in the row's place, so that the rows after it are read
    all the same. A problem of the whole file (a damaged archive) raises
    InputError even then.
    """
    table = _Table(path, mapping, dataset, tolerant)
    return table.reader, table.rows(progress, cancelled, every)


def inspect(path, *, mapping: dict[str, str] | str | None = None, dataset: str | None = None) -> TableInfo:
    """The format, dialect, mapping and namespace a table would be read with; its rows are not read."""
    table = _Table(path, mapping, dataset, tolerant=False)
    table.close()
    return TableInfo(table.name, table.dialect, table.reader.mapping, table.reader.namespace)


def preview(path, rows: int = 8) -> tuple[list[str], list[list[str]]]:
    """The header and first rows of a table as the import reads them (its delimiter and quoting), for
    the mapping dialog; rows that cannot be read are left out."""
    table = _Table(path, {}, None, tolerant=True)
    header = list(table.dialect.columns)
    body: list[list[str]] = []
    try:
        for _, row in table.rows(None, None, 1 << 30):
            if not isinstance(row, InputError):
                body.append(row)
            if len(body) >= rows:
                break
    except InputError:
        pass     # the import reports it, with its line
    finally:
        table.close()
    return header, body


def needs_mapping(path) -> bool:
    """Whether a table (an inputs.Entry, or a file that is one) is of no recognised format, so that
    reading it needs a column mapping. A file that is not event data needs none."""
    if not isinstance(path, inputs.Entry):
        return mapped_entry(path) is not None
    try:
        info = inspect(path)
    except InputError as exc:
        return exc.code == "csv.unknown_layout"
    return info.table.name == registry.MAPPED.name


def mapped_entry(path) -> inputs.Entry | None:
    """The first table of a file (the file itself, or a member of an archive) that needs a column
    mapping, or None. A file with a problem needs none: the import reports the problem."""
    found = inputs.listing(path)
    return next((e for e in found.entries if e.kind == inputs.EVENT_DATA and needs_mapping(e)), None)


def _entry(path) -> inputs.Entry:
    if isinstance(path, inputs.Entry):
        return path
    try:
        return inputs.event_entry(path)
    except InputError as exc:
        raise EventDataError(exc.code, where=exc.where, **exc.params) from None


class _Table:
    """An event-data table opened: encoding, dialect, format and header read and checked."""

    def __init__(self, path, mapping, dataset: str | None, tolerant: bool):
        entry = _entry(path)
        self.name = entry.name
        self.total = entry.size
        self.tolerant = tolerant
        self.fh = table_lines.open_entry(entry)
        try:
            self._start(entry, mapping, dataset)
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        self.fh.close()

    def _start(self, entry: inputs.Entry, mapping, dataset: str | None) -> None:
        name = self.name
        head = table_lines.reading(name, 1, lambda: self.fh.read(text_encoding.SAMPLE_BYTES))
        try:
            encoding = text_encoding.check_head(head, name)
        except InputError as exc:
            raise EventDataError(exc.code, where=exc.where, **exc.params) from None
        if encoding == text_encoding.UTF16:
            self.fh.close()
            self.fh = io.TextIOWrapper(table_lines.open_entry(entry), encoding="utf-16", newline="")
            read = table_lines.utf8_of(self.fh)
        else:
            read = table_lines.read_after(head, self.fh)
        self.lines = lines = table_lines.Lines(read, name, self.tolerant)
        stream = iter(lines)
        first = table_lines.reading(name, 1, lambda: next(stream, None))
        if lines.bad and lines.bad[0].where.line == 1:
            raise lines.bad[0]          # a header that is not text is no table
        if first is None or not first.strip():
            raise EventDataError("input.empty", where=Where(name))
        if mapping == AUTO:
            mapping = _guessed_mapping(first, name)
        if mapping is not None:
            unknown = sorted(set(mapping) - set(MAPPING_FIELDS))
            if unknown:
                raise EventDataError("map.unknown_field", field_name=unknown[0], fields=", ".join(MAPPING_FIELDS))
            if mapping and "title" not in mapping:
                raise EventDataError("map.no_title")
        # Fields up to 10 MB, the header's too (the csv module's default stops at 128 KiB).
        csv.field_size_limit(min(sys.maxsize, FIELD_LIMIT))
        try:
            self.dialect = dialect = detect_format(first, mapping)
        except EventDataError as exc:
            raise exc.at(Where(name, 1)) from None
        except csv.Error as exc:
            raise EventDataError("csv.malformed", where=Where(name, 1), reason=str(exc)) from None
        self.csv = csv.reader(itertools.chain([first], stream), delimiter=dialect.delimiter, quoting=dialect.quoting)
        if dialect.header is not None:
            try:
                table_lines.reading(name, 1, lambda: next(self.csv))
            except csv.Error as exc:
                raise EventDataError("csv.malformed", where=Where(name, 1), reason=str(exc)) from None
        self.width = len(dialect.columns)
        fmt = dialect.format
        if fmt.refusal is not None:
            refused = fmt.refusal()
            raise EventDataError(getattr(refused, "code", None), where=Where(name, 1), **getattr(refused, "params", {}))
        if fmt is registry.MAPPED:
            columns = _mapped_columns(dialect.columns, mapping, name)
            try:
                namespace = registry.dataset_namespace(dataset) if dataset else registry.default_dataset(entry.stem)
            except InputError as exc:
                raise EventDataError(exc.code, where=Where(name), **exc.params) from None
        else:
            columns = registry.column_index(fmt, dialect.columns)
            lacking = registry.missing(fmt, columns)
            if lacking:
                raise EventDataError("csv.missing_column", where=Where(name, 1), format=fmt.label, column=lacking[0])
            namespace = fmt.namespace
            mapping = None
        self.reader = RowReader(name, fmt.name, columns, mapping or None, namespace)

    def rows(self, progress, cancelled, every: int) -> Iterator[tuple[int, list[str] | EventDataError]]:
        with self.fh:
            yield from table_lines.streamed(self._rows(progress, cancelled, every), self.name, lambda: self.csv.line_num + 1)

    def _rows(self, progress, cancelled, every: int) -> Iterator[tuple[int, list[str] | EventDataError]]:
        reader, lines, name, width, tolerant = self.csv, self.lines, self.name, self.width, self.tolerant
        headerless = self.dialect.header is None
        rows = 0
        last = reader.line_num
        csv.field_size_limit(min(sys.maxsize, FIELD_LIMIT))
        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                # The csv reader starts afresh on the next line, so a tolerant read goes on.
                problem = EventDataError("csv.malformed", where=Where(name, reader.line_num), reason=str(exc))
                last = reader.line_num
                if not tolerant:
                    raise problem from None
                yield from lines.take_bad(last)
                yield last, problem
                continue
            line, last = last + 1, reader.line_num
            if lines.bad:
                yield from lines.take_bad(last)
            if not row or (len(row) == 1 and not row[0].strip()):
                continue
            rows += 1
            if rows % every == 0:
                if cancelled is not None and cancelled():
                    raise Cancelled("input.cancelled")
                if progress is not None:
                    progress(rows, min(lines.bytes, self.total or lines.bytes), self.total)
            if len(row) != width:
                if headerless:
                    problem = EventDataError("csv.width_layout", where=Where(name, line), width=len(row),
                                             expected=width, format=self.dialect.format.label)
                else:
                    problem = EventDataError("csv.width", where=Where(name, line), width=len(row), expected=width)
                if not tolerant:
                    raise problem
                yield line, problem
                continue
            yield line, row
        yield from lines.take_bad(sys.maxsize)
        if progress is not None:
            progress(rows, min(lines.bytes, self.total or lines.bytes), self.total)


def _guessed_mapping(first_line: str, name: str) -> dict[str, str] | None:
    """--map auto: None for a recognised format (read by its columns), else a mapping guessed from the
    column names, which must find the title."""
    try:
        detect_format(first_line)
        return None
    except EventDataError as exc:
        if exc.code != "csv.unknown_layout":
            raise exc.at(Where(name, 1)) from None
    try:
        header = list(detect_format(first_line, {}).columns)
    except csv.Error:
        header = []
    guess = guess_mapping(header)
    if "title" not in guess:
        raise EventDataError("map.auto_no_title", where=Where(name, 1),
                             columns=", ".join(c.strip() for c in header[:30]))
    return guess


def _mapped_columns(header: Iterable[str], mapping: dict | None, name: str) -> dict[str, int]:
    index: dict[str, int] = {}
    for i, col in enumerate(header):
        index.setdefault(col, i)
        index.setdefault(col.lower(), i)
    out = {}
    for field, col in (mapping or {}).items():
        if col not in index and col.lower() not in index:
            raise EventDataError("csv.unmapped_column", where=Where(name, 1), column=col, mapped=field,
                                 columns=", ".join(list(header)[:30]))
        out[field] = index.get(col, index.get(col.lower()))
    return out


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
