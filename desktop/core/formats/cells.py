"""What every event-data format shares: reading cells, dates and coordinates, and
proposing each place and actor once.

Ids are deterministic, so two emitters that meet the same place give it the
same id (bulk loads run one per worker process, and keep the first).
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


_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december")


_MONTHS_EN = MappingProxyType({**{m: i for i, m in enumerate(_MONTH_NAMES, 1)},
                               **{m[:3]: i for i, m in enumerate(_MONTH_NAMES, 1)}, "sept": 9})


def slug(text: str) -> str:
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


def number(value: str, limit: float) -> float | None:
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
        self.sources: dict[str, str] = {}      # ids of the sources proposed (the outlets a dataset cites)
        # per-file caches keyed by the raw cells: most rows repeat places and actors
        self._chains: dict[tuple[str, ...], str | None] = {}
        self._raw_actors: dict[str, str] = {}
        self._raw_sources: dict[str, str] = {}
        self.proposed: dict[str, str] = {}     # ids of records a format names itself (propose), met so far
        # what a format works out once a file from cells that repeat (ACLED's admin chains); pure, so
        # nothing in it is forgotten when a row is left out
        self.memo: dict = {}
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
            path.append(slug(name))
            key = "/".join(path)
            pid = self.places.get(key)
            if pid is None:
                pid = None
                if n == 0 and self.resolve_place is not None:
                    pid = self.resolve_place(name)
                if pid is None:
                    pid = f"place:{self.prefix}-" + "-".join(path)
                    rec = {"kind": "place", "id": pid, "name": name, "type": ptype}
                    ar = _arabic_place_name(self.gaz_names.get(("place", name.lower())), ptype)
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
                aid = f"actor:{self.prefix}-{slug(name)}"
                rec = self.actor_record(aid, name, alias=True)
                if atype:
                    rec["type"] = atype
                out.append(rec)
            self._remember(self.actors, key, aid)
        if len(self._raw_actors) < 200_000:
            self._remember(self._raw_actors, name, aid)
        return aid

    def actor_record(self, aid: str, name: str, alias: bool = False) -> dict:
        """A new actor named as the dataset names it, in Arabic where the gazetteer knows the name
        (the dataset's name then kept in English, and with `alias` among its other names)."""
        rec = {"kind": "actor", "id": aid, "name": name}
        found = self.gaz_names.get(("actor", name.lower()))
        ar = found[0][0] if found else None
        if ar and ar != name:
            rec["name"], rec["name_en"] = ar, name
            if alias:
                rec["aliases"] = [name]
        elif name.isascii():
            rec["name_en"] = name
        return rec

    def known_actor(self, aid: str) -> bool:
        """Whether an actor whose id the format makes itself is proposed already in this file, or
        stored by an earlier import (the user may have edited it since): either way it is named,
        not written again."""
        if aid in self.proposed:
            return True
        stored = self.memo.get(("stored", aid))
        if stored is None:
            stored = self.memo[("stored", aid)] = self.resolve_actor is not None and self.resolve_actor(aid) == aid
        return stored

    def source(self, title: str, out: list[dict], **fields) -> str | None:
        """The id of the source called `title` (an outlet the dataset cites), `source:<prefix>-<slug>`;
        proposed once a file, with `fields` (outlet, url, ...), appended to `out`."""
        known = self._raw_sources.get(title)
        if known is not None:
            return known
        name = " ".join(title.split())
        if not name:
            return None
        sid = f"source:{self.prefix}-{slug(name)}"
        if sid not in self.sources:
            out.append({"kind": "source", "id": sid, "title": name, **fields})
            self._remember(self.sources, sid, sid)
        if len(self._raw_sources) < 200_000:
            self._remember(self._raw_sources, title, sid)
        return sid

    def propose(self, rec: dict, out: list[dict]) -> str:
        """A record whose id the format makes itself (a GDELT source by its address, an actor by its
        dataset's code), proposed once a file: appended to `out` the first time its id is met."""
        rid = rec["id"]
        if rid not in self.proposed:
            out.append(rec)
            self._remember(self.proposed, rid, rid)
        return rid


def _arabic_place_name(found: tuple[tuple[str, str, tuple[str, ...]], ...] | None, ptype: str) -> str | None:
    """The Arabic name of a dataset's place level from the gazetteer entries its English name matched.

    A city is not its province: "Baghdad" as a province is the governorate («محافظة بغداد») and as a
    location the city («بغداد»), each the entry on its own side of that line when the gazetteer lists
    both; with only the governorate, the city takes the governorate's Arabic alias, if it has one.
    """
    if not found:
        return None
    same_side = [f for f in found if (f[1] == "province") == (ptype == "province")]
    if same_side:
        return same_side[0][0]
    name, entry_type, arabic_aliases = found[0]
    if entry_type == "province" and ptype != "province":
        return arabic_aliases[0] if arabic_aliases else None
    return name


def _gazetteer_names() -> dict[tuple[str, str], tuple[tuple[str, str, tuple[str, ...]], ...]]:
    """English names and aliases of the gazetteer -> (Arabic name, type, Arabic aliases) of each entry
    of that kind so named, in the file's order, so imported places and actors read in Arabic."""
    from desktop.core.extract.gazetteer import GazetteerError, default_gazetteer
    try:
        gaz = default_gazetteer()
    except GazetteerError:
        return {}
    out: dict[tuple[str, str], list[tuple[str, str, tuple[str, ...]]]] = {}
    for entry in gaz.entries():
        aliases = entry.record.get("aliases", [])
        found = (entry.name, entry.record.get("type", ""), tuple(a for a in aliases if not a.isascii()))
        for name in [entry.record.get("name_en", ""), *aliases]:
            if name and name.isascii():
                bucket = out.setdefault((entry.kind, name.lower()), [])
                if found not in bucket:
                    bucket.append(found)
    return {k: tuple(v) for k, v in out.items()}


class CellError(InputError):
    """A cell of an event-data row cannot be read; the caller places it at its file, line and column."""
    default_code = "cell.invalid"


def cell_error(column: str, code: str, **params) -> CellError:
    """A problem with the cell of `column`."""
    return CellError(code, field=column, **params)


def getter(row: list[str], columns: dict[str, int]) -> Callable[[str], str]:
    """The cell of a column by name, stripped ("" when absent).

    One closure a row, one call a cell: a mapper asks for two dozen cells a row.
    """
    n = len(row)
    find = columns.get

    def g(name: str) -> str:
        i = find(name)
        return row[i].strip() if i is not None and i < n else ""
    return g


def put_present(rec: dict, **values) -> None:
    """Set in `rec` the values that are there: an empty cell leaves its field out."""
    rec.update((name, value) for name, value in values.items() if value)


def count_cell(g: Callable[[str], str], column: str) -> int | None:
    """A whole number of 0 or more (fatalities, mentions) from the cell of `column`; None when empty."""
    value = g(column)
    if not value:
        return None
    if not value.isascii() or not value.isdigit():
        raise cell_error(column, "cell.not_count", value=value)
    return int(value)


_GROUPED = re.compile(r"[0-9]{1,3}(?:[,\u066c][0-9]{3})+")    # 1,200 or ١٬٢٠٠ (the Arabic thousands mark)


def typed_count(value: str) -> int | None:
    """A whole number of 0 or more as people type it in a table of their own: Western or Arabic-Indic
    digits, thousands grouped or not ("1,200", "١٬٢٠٠"); None when empty, CellError when no count."""
    text = arabic.to_western_digits(value.strip())
    if not text:
        return None
    if text.isascii() and text.isdigit():
        return int(text)
    if _GROUPED.fullmatch(text):
        return int(re.sub("[,\u066c]", "", text))
    raise CellError("cell.not_count", value=value.strip())


def date_field(value: str, field: str) -> str:
    if not value:
        raise cell_error(field, "cell.empty_date")
    try:
        return parse_event_date(value)
    except CellError as exc:
        raise exc.at(field=field) from None


def coords(g: Callable[[str], str], lat_col: str, lon_col: str) -> tuple[float | None, float | None]:
    try:
        lat = number(g(lat_col), 90)
    except CellError as exc:
        raise exc.at(field=lat_col) from None
    try:
        lon = number(g(lon_col), 180)
    except CellError as exc:
        raise exc.at(field=lon_col) from None
    if (lat is None) != (lon is None):
        return None, None
    return lat, lon
