"""Event-data CSV (ACLED, GDELT 2.0, or any CSV through a column mapping) -> interchange records.

Streaming: `read_event_csv` reads one row at a time and yields records in an
order where every reference is satisfied by an earlier record (places parent
first, then actors, then the event). Places and actors are yielded once,
deduplicated by their hierarchy and normalised name. A progress callback
reports rows and bytes; a cancellation check stops the import by raising
`Cancelled`, so the caller's transaction can be rolled back.

Errors raise `EventDataError` naming the file, the line and the field.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Callable, Iterable, Iterator

from desktop.core import arabic
from desktop.core.extract.ids import transliterate

Progress = Callable[[int, int, int], None]      # (rows done, bytes done, total bytes)
CancelCheck = Callable[[], bool]

ACLED_REQUIRED = ("event_id_cnty", "event_date", "event_type", "country")
GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)
MAPPING_FIELDS = ("title", "date", "date_end", "summary", "category", "status", "id", "notes",
                  "place", "country", "admin1", "admin2", "lat", "lon", "actors", "actor1", "actor2")

# CAMEO root codes, for readable GDELT titles
_CAMEO_ROOTS = MappingProxyType({
    "01": "إدلاء بتصريح علني", "02": "مناشدة", "03": "إبداء نية التعاون", "04": "تشاور",
    "05": "تعاون دبلوماسي", "06": "تعاون مادي", "07": "تقديم مساعدة", "08": "تنازل",
    "09": "تحقيق", "10": "مطالبة", "11": "استنكار", "12": "رفض", "13": "تهديد", "14": "احتجاج",
    "15": "استعراض قوة", "16": "تقليص العلاقات", "17": "إكراه", "18": "اعتداء", "19": "قتال",
    "20": "عنف جماعي غير تقليدي",
})
# ACLED interaction codes -> actor types
_ACLED_INTER = MappingProxyType({"1": "organization", "2": "armed_group", "3": "armed_group", "4": "armed_group",
                "5": "other", "6": "other", "7": "other", "8": "organization"})
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december")
_MONTHS_EN = MappingProxyType({**{m: i for i, m in enumerate(_MONTH_NAMES, 1)},
                               **{m[:3]: i for i, m in enumerate(_MONTH_NAMES, 1)}, "sept": 9})


class EventDataError(ValueError):
    """A CSV cannot be imported; the message names the file, line and field."""


class Cancelled(Exception):
    """The caller's cancellation check asked the import to stop."""


@dataclass(frozen=True)
class CsvFormat:
    name: str                  # acled, gdelt or mapped
    delimiter: str
    header: tuple[str, ...] | None   # None: the file has no header row (GDELT)


def _slug(text: str) -> str:
    text = text.strip()
    if text.isascii():
        s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
        if s:
            return s[:60]
    base = transliterate(text)
    digest = hashlib.sha1(arabic.normalize(text).encode("utf-8")).hexdigest()[:6]
    return f"{base}-{digest}" if base else digest


def parse_event_date(value: str) -> str:
    """ISO date from «2024-09-27», «16 May 2025», «16-May-2025», «20240927» or «27/09/2024»."""
    text = arabic.to_western_digits(value.strip())
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?", text)
    if m:
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
    elif re.fullmatch(r"\d{8}", text):
        y, mo, d = int(text[:4]), int(text[4:6]), int(text[6:])
    elif (m := re.fullmatch(r"(\d{1,2})[ \-]([A-Za-z]+)\.?,?[ \-](\d{4})", text)):
        mo = _MONTHS_EN.get(m[2].lower())
        if mo is None:
            raise ValueError(f"{value!r}: unknown month name {m[2]!r}")
        y, d = int(m[3]), int(m[1])
    elif (m := re.fullmatch(r"([A-Za-z]+)\.? (\d{1,2}),? (\d{4})", text)):
        mo = _MONTHS_EN.get(m[1].lower())
        if mo is None:
            raise ValueError(f"{value!r}: unknown month name {m[1]!r}")
        y, d = int(m[3]), int(m[2])
    elif (m := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", text)):
        d, mo, y = int(m[1]), int(m[2]), int(m[3])      # day first, as outside the US
    elif re.fullmatch(r"\d{4}(-\d{2})?", text):
        return text
    else:
        raise ValueError(f"{value!r} is not a date (expected 2024-09-27 or 16 May 2025)")
    try:
        return dt.date(y, mo, d).isoformat()
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a calendar date ({exc})") from None


def _number(value: str, limit: float) -> float | None:
    value = value.strip()
    if not value:
        return None
    try:
        x = float(value)
    except ValueError:
        raise ValueError(f"{value!r} is not a number") from None
    if not -limit <= x <= limit or x != x:
        raise ValueError(f"{value} is outside -{limit:g}..{limit:g}")
    return x


class _Lines:
    """Decoded lines of a binary file, counting bytes for progress."""

    def __init__(self, fh, path: Path):
        self.fh = fh
        self.path = path
        self.bytes = 0
        self.line = 0

    def __iter__(self) -> Iterator[str]:
        for raw in self.fh:
            if self.line == 0 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
                self.bytes += 3
            self.line += 1
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise EventDataError(f"{self.path}:{self.line}: not valid UTF-8 (byte 0x{raw[exc.start]:02x} "
                                     f"at offset {self.bytes + exc.start}); save the file as UTF-8") from None
            if "\x00" in text:
                raise EventDataError(f"{self.path}:{self.line}: contains a NUL character (byte offset "
                                     f"{self.bytes + text.index(chr(0))}); this is not a text CSV file")
            self.bytes += len(raw)
            yield text


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
            raise EventDataError(f"{len(cols)} tab-separated columns: GDELT 2.0 event files have "
                                 f"{len(GDELT_COLUMNS)} (GDELT 1.0 files are not supported)")
    delimiter = "\t" if line.count("\t") > line.count(",") and line.count("\t") > line.count(";") else (
        ";" if line.count(";") > line.count(",") else ",")
    header = tuple(c.strip() for c in next(csv.reader([line], delimiter=delimiter)))
    lower = {c.lower() for c in header}
    if mapping is None and all(c in lower for c in ACLED_REQUIRED):
        return CsvFormat("acled", delimiter, header)
    if mapping is None and "globaleventid" in lower:
        return CsvFormat("gdelt", delimiter, header)
    if mapping is None:
        raise EventDataError("not an ACLED or GDELT export (no event_id_cnty/event_date/event_type/"
                             "country or GLOBALEVENTID columns); give a column mapping such as "
                             "--map title=headline,date=day")
    return CsvFormat("mapped", delimiter, header)


class _Emitter:
    """Deduplicates places and actors across rows; ids are deterministic."""

    def __init__(self, prefix: str, resolve_place: Callable[[str], "str | None"] | None,
                 resolve_actor: Callable[[str], "str | None"] | None):
        self.prefix = prefix
        self.places: dict[str, str] = {}
        self.actors: dict[str, str] = {}
        # per-file caches keyed by the raw cells: most rows repeat places and actors
        self._chains: dict[tuple[str, ...], str | None] = {}
        self._raw_actors: dict[str, str] = {}
        self.resolve_place = resolve_place
        self.resolve_actor = resolve_actor
        self.gaz_names = _gazetteer_names()

    def place_chain(self, levels: list[tuple[str, str]], lat: float | None, lon: float | None,
                    out: list[dict]) -> str | None:
        """Ids for country > admin1 > admin2 > location; new places appended to `out`."""
        raw_key = tuple(name for name, _ in levels)
        known = self._chains.get(raw_key)
        if known is not None:
            return known
        parent = None
        path: list[str] = []
        levels = [(name.strip(), ptype) for name, ptype in levels if name and name.strip()]
        for n, (name, ptype) in enumerate(levels):
            path.append(_slug(name))
            key = "/".join(path)
            pid = self.places.get(key)
            if pid is None:
                pid = None
                if n == 0 and self.resolve_place is not None:
                    pid = self.resolve_place(name)
                if pid is None:
                    pid = f"place:{self.prefix}-" + "-".join(path)
                    rec = {"kind": "place", "id": pid, "name": name, "type": ptype}
                    ar = self.gaz_names.get(("place", name.lower()))
                    if ar and ar != name:
                        rec["name"] = ar
                        rec["name_en"] = name
                    elif name.isascii():
                        rec["name_en"] = name
                    if parent:
                        rec["parent"] = parent
                    if n == len(levels) - 1 and lat is not None and lon is not None:
                        rec["lat"], rec["lon"] = lat, lon
                    out.append(rec)
                self.places[key] = pid
            parent = pid
        if len(self._chains) < 200_000:
            self._chains[raw_key] = parent
        return parent

    def actor(self, name: str, atype: str | None, out: list[dict]) -> str | None:
        known = self._raw_actors.get(name)
        if known is not None:
            return known
        name = " ".join(name.split())
        if not name:
            return None
        key = arabic.normalize(name)
        aid = self.actors.get(key)
        if aid is None:
            aid = self.resolve_actor(name) if self.resolve_actor is not None else None
            if aid is None:
                aid = f"actor:{self.prefix}-{_slug(name)}"
                rec = {"kind": "actor", "id": aid, "name": name}
                ar = self.gaz_names.get(("actor", name.lower()))
                if ar and ar != name:
                    rec["name"] = ar
                    rec["name_en"] = name
                    rec["aliases"] = [name]
                elif name.isascii():
                    rec["name_en"] = name
                if atype:
                    rec["type"] = atype
                out.append(rec)
            self.actors[key] = aid
        if len(self._raw_actors) < 200_000:
            self._raw_actors[name] = aid
        return aid


def _gazetteer_names() -> dict[tuple[str, str], str]:
    """English names and aliases of the gazetteer -> Arabic name, so imported places read in Arabic."""
    from desktop.core.extract.gazetteer import GazetteerError, default_gazetteer
    try:
        gaz = default_gazetteer()
    except GazetteerError:
        return {}
    out = {}
    for entry in gaz.entries():
        for name in [entry.record.get("name_en", ""), *entry.record.get("aliases", [])]:
            if name and name.isascii():
                out.setdefault((entry.kind, name.lower()), entry.name)
    return out


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

    def emitter(self, resolve_place, resolve_actor) -> "_Emitter":
        return _Emitter(self.fmt if self.fmt != "mapped" else "csv", resolve_place, resolve_actor)

    def records(self, line: int, row: list[str], emitter: "_Emitter") -> list[dict]:
        """The records of one row (new places and actors first); EventDataError names the line and field."""
        convert = {"acled": _acled, "gdelt": _gdelt, "mapped": _mapped}[self.fmt]
        try:
            return convert(row, self.columns, emitter, self.mapping)
        except _FieldError as exc:
            raise EventDataError(f"{self.path}:{line}: {exc.field}: {exc.reason}") from None


def event_rows(path: str | Path, *, mapping: dict[str, str] | None = None, progress: Progress | None = None,
               cancelled: CancelCheck | None = None, every: int = 1000
               ) -> tuple[RowReader, Iterator[tuple[int, list[str]]]]:
    """The file's RowReader (its header checked now) and its rows with their line numbers, streamed."""
    path = Path(path)
    try:
        total = path.stat().st_size
        fh = open(path, "rb")
    except OSError as exc:
        raise EventDataError(f"{path}: cannot read the file ({exc.strerror})") from None
    try:
        first = fh.readline()
        try:
            first_text = first.lstrip(b"\xef\xbb\xbf").decode("utf-8")
        except UnicodeDecodeError as exc:
            raise EventDataError(f"{path}:1: not valid UTF-8 (byte offset {exc.start})") from None
        if not first_text.strip():
            raise EventDataError(f"{path}: the file is empty")
        if mapping is not None:
            unknown = sorted(set(mapping) - set(MAPPING_FIELDS))
            if unknown:
                raise EventDataError(f"--map: unknown field {unknown[0]!r}; known fields: {', '.join(MAPPING_FIELDS)}")
            if "title" not in mapping:
                raise EventDataError("--map: a mapping needs at least title=COLUMN")
        try:
            fmt = detect_format(first_text, mapping)
        except EventDataError as exc:
            raise EventDataError(f"{path}:1: {exc}") from None
        fh.seek(0)
        lines = _Lines(fh, path)
        reader = csv.reader(lines, delimiter=fmt.delimiter,
                            quoting=csv.QUOTE_NONE if fmt.name == "gdelt" else csv.QUOTE_MINIMAL)
        if fmt.header is not None:
            next(reader)
        header = fmt.header or GDELT_COLUMNS
        columns = _columns(header, fmt, mapping, path)
    except BaseException:
        fh.close()
        raise
    return RowReader(str(path), fmt.name, columns, mapping), _rows(fh, reader, lines, path, fmt, len(header),
                                                                total, progress, cancelled, every)


def _rows(fh, reader, lines, path: Path, fmt: CsvFormat, width: int, total: int,
          progress, cancelled, every: int) -> Iterator[tuple[int, list[str]]]:
    with fh:
        rows = 0
        csv.field_size_limit(min(sys.maxsize, 10 * 1024 * 1024))
        try:
            for row in reader:
                if not row or (len(row) == 1 and not row[0].strip()):
                    continue
                rows += 1
                if rows % every == 0:
                    if cancelled is not None and cancelled():
                        raise Cancelled(f"{path}: import cancelled after {rows - 1:,} rows")
                    if progress is not None:
                        progress(rows, lines.bytes, total)
                if len(row) < width and fmt.name == "gdelt":
                    raise EventDataError(f"{path}:{reader.line_num}: {len(row)} columns; GDELT 2.0 rows have "
                                         f"{len(GDELT_COLUMNS)}")
                yield reader.line_num, row
        except csv.Error as exc:
            raise EventDataError(f"{path}:{reader.line_num}: malformed CSV ({exc})") from None
        if progress is not None:
            progress(rows, lines.bytes, total)


class _FieldError(ValueError):
    def __init__(self, field: str, reason: str):
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


def _columns(header: Iterable[str], fmt: CsvFormat, mapping: dict | None, path: Path) -> dict[str, int]:
    index = {}
    for i, col in enumerate(header):
        index.setdefault(col, i)
        index.setdefault(col.lower(), i)
    if fmt.name == "mapped":
        out = {}
        for field, col in mapping.items():
            if col not in index and col.lower() not in index:
                raise EventDataError(f"{path}:1: column {col!r} (mapped to {field}) is not in the header; "
                                     f"columns: {', '.join(list(header)[:30])}")
            out[field] = index.get(col, index.get(col.lower()))
        return out
    if fmt.name == "acled":
        missing = [c for c in ACLED_REQUIRED if c not in index]
        if missing:
            raise EventDataError(f"{path}:1: ACLED column {missing[0]!r} is missing")
        return {k.lower(): v for k, v in index.items()}
    missing = [c for c in ("GLOBALEVENTID", "SQLDATE") if c not in index]
    if missing:
        raise EventDataError(f"{path}:1: GDELT column {missing[0]!r} is missing")
    return index


def _get(row: list[str], columns: dict[str, int], name: str) -> str:
    i = columns.get(name)
    if i is None or i >= len(row):
        return ""
    return row[i].strip()


def _date_field(value: str, field: str) -> str:
    if not value:
        raise _FieldError(field, "is empty; every event needs a date")
    try:
        return parse_event_date(value)
    except ValueError as exc:
        raise _FieldError(field, str(exc)) from None


def _coords(row, columns, lat_col, lon_col) -> tuple[float | None, float | None]:
    try:
        lat = _number(_get(row, columns, lat_col), 90)
    except ValueError as exc:
        raise _FieldError(lat_col, str(exc)) from None
    try:
        lon = _number(_get(row, columns, lon_col), 180)
    except ValueError as exc:
        raise _FieldError(lon_col, str(exc)) from None
    if (lat is None) != (lon is None):
        return None, None
    return lat, lon


def _acled(row, columns, em: _Emitter, mapping) -> list[dict]:
    g = lambda name: _get(row, columns, name)   # noqa: E731 - a local accessor keeps the mapping readable
    out: list[dict] = []
    eid = g("event_id_cnty")
    if not eid:
        raise _FieldError("event_id_cnty", "is empty")
    date = _date_field(g("event_date"), "event_date")
    lat, lon = _coords(row, columns, "latitude", "longitude")
    place = em.place_chain([(g("country"), "country"), (g("admin1"), "province"), (g("admin2"), "other"),
                            (g("admin3"), "other"), (g("location"), "city")], lat, lon, out)
    actors = []
    for col, role, inter in (("actor1", "طرف أول", "inter1"), ("assoc_actor_1", "حليف الطرف الأول", "inter1"),
                             ("actor2", "طرف ثان", "inter2"), ("assoc_actor_2", "حليف الطرف الثاني", "inter2")):
        value = g(col)
        names = [n for n in value.split(";")] if col.startswith("assoc") else [value]
        atype = _ACLED_INTER.get(g(inter)[:1]) if not col.startswith("assoc") else None
        for name in names:
            aid = em.actor(name, atype, out)
            if aid and all(a["actor"] != aid for a in actors):
                actors.append({"actor": aid, "role": role})
    etype, sub = g("event_type"), g("sub_event_type")
    who = " / ".join(n for n in (g("actor1"), g("actor2")) if n)
    where = g("location") or g("admin1") or g("country")
    title = f"{sub or etype}: {who} ({where})" if who else f"{sub or etype} ({where})"
    event = {"kind": "event", "id": "event:acled-" + _slug(eid), "title": title, "date": date,
             "status": "occurred", "category": f"{etype} / {sub}" if sub else etype}
    if g("notes"):
        event["summary"] = g("notes")
    if place:
        event["place"] = place
    if actors:
        event["actors"] = actors
    notes = [f"ACLED {eid}"]
    if g("fatalities"):
        notes.append(f"fatalities: {g('fatalities')}")
    if g("source"):
        notes.append(f"sources: {g('source')}")
    event["notes"] = "; ".join(notes)
    event["tags"] = ["acled"]
    out.append(event)
    return out


def _gdelt_geo(full: str) -> list[tuple[str, str]]:
    parts = [p.strip() for p in full.split(",") if p.strip()]
    if not parts:
        return []
    levels = [(parts[-1], "country")]
    if len(parts) >= 3:
        levels.append((parts[-2], "province"))
        levels.append((parts[0], "city"))
    elif len(parts) == 2:
        levels.append((parts[0], "province"))
    return levels


def _gdelt(row, columns, em: _Emitter, mapping) -> list[dict]:
    g = lambda name: _get(row, columns, name)   # noqa: E731
    out: list[dict] = []
    eid = g("GLOBALEVENTID")
    if not eid:
        raise _FieldError("GLOBALEVENTID", "is empty")
    date = _date_field(g("SQLDATE"), "SQLDATE")
    lat, lon = _coords(row, columns, "ActionGeo_Lat", "ActionGeo_Long")
    place = em.place_chain(_gdelt_geo(g("ActionGeo_FullName")), lat, lon, out)
    actors = []
    for col, role in (("Actor1Name", "طرف أول"), ("Actor2Name", "طرف ثان")):
        raw = g(col)
        name = raw.title() if raw.isupper() else raw
        aid = em.actor(name, None, out)
        if aid and all(a["actor"] != aid for a in actors):
            actors.append({"actor": aid, "role": role})
    code = g("EventCode")
    label = _CAMEO_ROOTS.get((g("EventRootCode") or code[:2]).zfill(2)[:2], "حدث")
    who = " – ".join(a for a in ((g("Actor1Name") or "").title(), (g("Actor2Name") or "").title()) if a)
    where = g("ActionGeo_FullName")
    title = label + (f": {who}" if who else "") + (f" ({where})" if where else "")
    event = {"kind": "event", "id": "event:gdelt-" + _slug(eid), "title": title, "date": date,
             "status": "occurred", "category": f"CAMEO {code}" if code else "CAMEO"}
    if place:
        event["place"] = place
    if actors:
        event["actors"] = actors
    notes = [f"GDELT {eid}"]
    if g("GoldsteinScale"):
        notes.append(f"Goldstein {g('GoldsteinScale')}")
    if g("SOURCEURL"):
        notes.append(g("SOURCEURL"))
    event["notes"] = "; ".join(notes)
    event["tags"] = ["gdelt"]
    out.append(event)
    return out


def _mapped(row, columns, em: _Emitter, mapping) -> list[dict]:
    g = lambda name: _get(row, columns, name)   # noqa: E731
    out: list[dict] = []
    title = g("title")
    if not title:
        raise _FieldError(mapping["title"], "is empty; every event needs a title")
    event: dict = {"kind": "event", "title": title}
    if "date" in columns:
        event["date"] = _date_field(g("date"), mapping["date"])
    if "date_end" in columns and g("date_end"):
        event["date_end"] = _date_field(g("date_end"), mapping["date_end"])
        if "date" not in event:
            raise _FieldError(mapping["date_end"], "is set but there is no date column")
        if event["date_end"] < event["date"]:
            raise _FieldError(mapping["date_end"], f"{event['date_end']} is before {event['date']}")
    for field in ("summary", "category", "notes"):
        if g(field):
            event[field] = g(field)
    if g("status"):
        if g("status") not in ("occurred", "announced", "planned", "expected"):
            raise _FieldError(mapping["status"], f"{g('status')!r} is not occurred/announced/planned/expected")
        event["status"] = g("status")
    lat, lon = (None, None)
    if "lat" in columns and "lon" in columns:
        lat, lon = _coords(row, columns, "lat", "lon")
    place = em.place_chain([(g("country"), "country"), (g("admin1"), "province"), (g("admin2"), "other"),
                            (g("place"), "city")], lat, lon, out)
    if place:
        event["place"] = place
    actors = []
    names = [g("actor1"), g("actor2")] + (g("actors").split(";") if g("actors") else [])
    for name in names:
        aid = em.actor(name, None, out)
        if aid and all(a["actor"] != aid for a in actors):
            actors.append({"actor": aid})
    if actors:
        event["actors"] = actors
    basis = g("id") or "\x1f".join([title, event.get("date", ""), g("place")])
    event["id"] = "event:csv-" + (_slug(g("id")) if g("id") else hashlib.sha1(basis.encode("utf-8")).hexdigest()[:12])
    out.append(event)
    return out


def parse_mapping(spec: str) -> dict[str, str]:
    """«title=headline,date=day» -> {"title": "headline", "date": "day"} (the CLI's --map)."""
    out = {}
    for part in spec.split(","):
        if not part.strip():
            continue
        if "=" not in part:
            raise EventDataError(f"--map: {part!r} is not FIELD=COLUMN")
        field, col = (s.strip() for s in part.split("=", 1))
        if field not in MAPPING_FIELDS:
            raise EventDataError(f"--map: unknown field {field!r}; known fields: {', '.join(MAPPING_FIELDS)}")
        if not col:
            raise EventDataError(f"--map: {field}= needs a column name")
        out[field] = col
    return out
