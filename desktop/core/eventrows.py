"""How one row of each event-data format becomes interchange records.

ACLED, GDELT 2.0 and mapped CSV rows each give an event, after the places
of its location (country first, so every parent comes before its child) and
its actors, each proposed once per emitter. Ids are deterministic, so two
emitters that meet the same place give it the same id (bulk loads run one
per worker process, and keep the first).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from types import MappingProxyType
from typing import Callable

from desktop.core import arabic
from desktop.core.errors import InputError
from desktop.core.extract.ids import transliterate


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
            raise CellError("cell.bad_month", value=value, month=m[2])
        y, d = int(m[3]), int(m[1])
    elif (m := re.fullmatch(r"([A-Za-z]+)\.? (\d{1,2}),? (\d{4})", text)):
        mo = _MONTHS_EN.get(m[1].lower())
        if mo is None:
            raise CellError("cell.bad_month", value=value, month=m[1])
        y, d = int(m[3]), int(m[2])
    elif (m := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", text)):
        d, mo, y = int(m[1]), int(m[2]), int(m[3])      # day first, as outside the US
    elif re.fullmatch(r"\d{4}(-\d{2})?", text):
        return text
    else:
        raise CellError("cell.bad_date", value=value)
    try:
        return dt.date(y, mo, d).isoformat()
    except ValueError:
        raise CellError("cell.not_calendar", value=value) from None


def _number(value: str, limit: float) -> float | None:
    value = value.strip()
    if not value:
        return None
    try:
        x = float(value)
    except ValueError:
        raise CellError("cell.not_number", value=value) from None
    if not -limit <= x <= limit or x != x:
        raise CellError("cell.out_of_range", value=value, low=f"-{limit:g}", high=f"{limit:g}")
    return x


class Emitter:
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
        # (cache, key) of what the row being read added, while a caller that may leave it out reads one
        self._row: list[tuple[dict, object]] | None = None

    def begin_row(self) -> None:
        self._row = []

    def end_row(self, kept: bool) -> None:
        """The row is read. One left out has what it added forgotten, so that a later row meeting
        the same places and actors proposes them itself."""
        if not kept:
            for cache, key in self._row or ():
                cache.pop(key, None)
        self._row = None

    def _remember(self, cache: dict, key, value) -> None:
        cache[key] = value
        if self._row is not None:
            self._row.append((cache, key))

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
                self._remember(self.places, key, pid)
            parent = pid
        if len(self._chains) < 200_000:
            self._remember(self._chains, raw_key, parent)
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
            self._remember(self.actors, key, aid)
        if len(self._raw_actors) < 200_000:
            self._remember(self._raw_actors, name, aid)
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


class CellError(InputError):
    """A cell of an event-data row cannot be read; the caller places it at its file, line and column."""
    default_code = "cell.invalid"


def cell_error(column: str, code: str, **params) -> CellError:
    """A problem with the cell of `column`."""
    return CellError(code, field=column, **params)


def _getter(row: list[str], columns: dict[str, int]) -> Callable[[str], str]:
    """The cell of a column by name, stripped ("" when absent).

    One closure a row, one call a cell: a mapper asks for two dozen cells a row.
    """
    n = len(row)
    find = columns.get

    def g(name: str) -> str:
        i = find(name)
        return row[i].strip() if i is not None and i < n else ""
    return g


def _date_field(value: str, field: str) -> str:
    if not value:
        raise cell_error(field, "cell.empty_date")
    try:
        return parse_event_date(value)
    except CellError as exc:
        raise exc.at(field=field) from None


def _coords(g: Callable[[str], str], lat_col: str, lon_col: str) -> tuple[float | None, float | None]:
    try:
        lat = _number(g(lat_col), 90)
    except CellError as exc:
        raise exc.at(field=lat_col) from None
    try:
        lon = _number(g(lon_col), 180)
    except CellError as exc:
        raise exc.at(field=lon_col) from None
    if (lat is None) != (lon is None):
        return None, None
    return lat, lon


def acled(row, columns, em: Emitter, mapping) -> list[dict]:
    g = _getter(row, columns)
    out: list[dict] = []
    eid = g("event_id_cnty")
    if not eid:
        raise cell_error("event_id_cnty", "cell.empty")
    date = _date_field(g("event_date"), "event_date")
    lat, lon = _coords(g, "latitude", "longitude")
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


def gdelt(row, columns, em: Emitter, mapping) -> list[dict]:
    g = _getter(row, columns)
    out: list[dict] = []
    eid = g("GLOBALEVENTID")
    if not eid:
        raise cell_error("GLOBALEVENTID", "cell.empty")
    date = _date_field(g("SQLDATE"), "SQLDATE")
    lat, lon = _coords(g, "ActionGeo_Lat", "ActionGeo_Long")
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


def mapped(row, columns, em: Emitter, mapping) -> list[dict]:
    g = _getter(row, columns)
    out: list[dict] = []
    title = g("title")
    if not title:
        raise cell_error(mapping["title"], "cell.empty_title")
    event: dict = {"kind": "event", "title": title}
    if "date" in columns:
        event["date"] = _date_field(g("date"), mapping["date"])
    if "date_end" in columns and g("date_end"):
        event["date_end"] = _date_field(g("date_end"), mapping["date_end"])
        if "date" not in event:
            raise cell_error(mapping["date_end"], "cell.end_without_date")
        if event["date_end"] < event["date"]:
            raise cell_error(mapping["date_end"], "cell.end_before", end=event["date_end"], date=event["date"])
    for field in ("summary", "category", "notes"):
        if g(field):
            event[field] = g(field)
    if g("status"):
        if g("status") not in ("occurred", "announced", "planned", "expected"):
            raise cell_error(mapping["status"], "cell.bad_status", value=g("status"))
        event["status"] = g("status")
    lat, lon = (None, None)
    if "lat" in columns and "lon" in columns:
        lat, lon = _coords(g, "lat", "lon")
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


# Format name -> the function that turns one of its rows into records.
MAPPERS = MappingProxyType({"acled": acled, "gdelt": gdelt, "mapped": mapped})
