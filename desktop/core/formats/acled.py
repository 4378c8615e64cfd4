"""ACLED exports as ACLED ships them: one row an event, with its actors, sources and places.

Both layouts are read by their column names:

- current (since 2023, 31 columns): actor types as words in inter1/inter2 ("Rebel group"), the
  interaction as words ("State forces-Civilians"), disorder_type, civilian_targeting, tags;
  dates as 2024-01-15;
- legacy (before 2023): data_id, event_id_no_cnty and iso3 besides, numeric actor types 1-8
  and two-digit interaction codes ("17"); dates as "15 January 2024".

What becomes of ACLED's columns, and why:

- actor types: `dataset_type` keeps ACLED's own words (the current ones, also for a legacy
  code: 1 -> "State forces"), so nothing is lost; `type` is Marsad's coarser choice: State
  forces -> state; Rebel group, Political militia, Identity militia -> armed_group (organised,
  armed and not a state); Rioters, Protesters, Civilians -> other (crowds and victims, not
  organisations); External/Other forces -> organization (international missions, private
  security firms, mercenaries), except a state's own forces active abroad, which ACLED names
  "Military Forces of …" or "Police Forces of …": state. Associated actors get no type (ACLED's
  inter code describes actor1 and actor2 only). An actor takes the type of the row it is first
  met in.
- time_precision: 1 is the day; 2 (within a week) keeps ACLED's day, approximate; 3 (ACLED
  picked the middle, first or last day of a month it knows) becomes the month, "2024-01",
  approximate, as dates are ISO strings of the precision known, and ACLED's day is kept in
  the event's notes.
- geo_precision 1/2/3 -> the geo_precision of the place that carries the coordinates: exact,
  near (within about 25 km), admin1 (a stand-in for a larger region). Places are shared by
  the events in them, so an event's own 2 or 3 is also kept in its notes.
- admin1/admin2/admin3/location that repeat (Basrah/Basrah/Basrah) are one place, typed as the
  outermost of them (so that a place's type does not depend on which row came first).
- a water body (data/water_bodies.jsonl) in any of them, as ACLED's maritime events put «البحر
  الأحمر» or "Red Sea" in `country`, is a place of type water_body, one id whatever the
  language of the cell; the levels below a water body are typed other, never country or
  province.
- source: each outlet (separated by semicolons) becomes a source record, linked from the event.
- tags: ACLED's (separated by semicolons) after "acled".
- year, iso, iso3, region, data_id and event_id_no_cnty are left out: the date and the country
  give them, and event_id_cnty is ACLED's id (the record's `dataset_id`).
"""
from __future__ import annotations

from types import MappingProxyType

from desktop.core.formats import water_bodies
from desktop.core.formats.cells import CellError, Emitter, cell_error, date_field, number, put_present, slug
from desktop.core.formats.spec import EventFormat

# ACLED's actor types in the words of its current exports, by the legacy numeric code.
INTER_WORDS = MappingProxyType({"1": "State forces", "2": "Rebel group", "3": "Political militia",
                                "4": "Identity militia", "5": "Rioters", "6": "Protesters", "7": "Civilians",
                                "8": "External/Other forces"})
# Marsad's actor type for each (see the module's docstring for why).
ACTOR_TYPES = MappingProxyType({"State forces": "state", "Rebel group": "armed_group",
                                "Political militia": "armed_group", "Identity militia": "armed_group",
                                "Rioters": "other", "Protesters": "other", "Civilians": "other",
                                "External/Other forces": "organization"})
# How an inter cell may spell a type (the codebook's older plurals, any case) -> ACLED's current words.
_INTER = MappingProxyType({
    **INTER_WORDS,
    **{w.casefold(): w for w in ACTOR_TYPES},
    "state force": "State forces", "rebel groups": "Rebel group", "political militias": "Political militia",
    "identity militias": "Identity militia", "rioter": "Rioters", "protester": "Protesters",
    "civilian": "Civilians", "external/other force": "External/Other forces",
    "external forces": "External/Other forces", "other forces": "External/Other forces",
})
# ACLED names a state's forces so; when active abroad they are coded External/Other forces.
_STATE_FORCES = ("Military Forces of ", "Police Forces of ")

DISORDER_TYPES = MappingProxyType({"political violence": "political_violence", "demonstrations": "demonstrations",
                                   "political violence; demonstrations": "political_violence_demonstrations",
                                   "strategic developments": "strategic_developments"})
_DISORDER_WORDS = "Political violence, Demonstrations, Political violence; Demonstrations, Strategic developments"
_TIME_PRECISION = MappingProxyType({"": None, "1": None, "2": "approximate", "3": "approximate"})
GEO_PRECISION = MappingProxyType({"1": "exact", "2": "near", "3": "admin1"})
_CIVILIAN_TARGETING = MappingProxyType({"civilian targeting": True, "civilians targeted": True, "yes": True,
                                        "true": True, "1": True, "no": False, "false": False, "0": False})

# The columns of the two layouts; the mapper asks for these names.
CURRENT_COLUMNS = ("event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                   "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
                   "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
                   "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
                   "fatalities", "tags", "timestamp")
LEGACY_COLUMNS = ("data_id", "iso", "event_id_cnty", "event_id_no_cnty", "event_date", "year", "time_precision",
                  "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
                  "inter2", "interaction", "region", "country", "admin1", "admin2", "admin3", "location",
                  "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities",
                  "timestamp", "iso3")

_ROLES = (("طرف أول", "حليف الطرف الأول"), ("طرف ثان", "حليف الطرف الثاني"))
_LEVELS = ("country", "province", "other", "other", "city")    # country, admin1, admin2, admin3, location
_MEMO_LIMIT = 200_000      # chains and dates remembered a file (as many as the Emitter's caches)
# The cells the mapper reads, in this order, in one pass over the row.
_READ = ("event_id_cnty", "event_date", "time_precision", "geo_precision", "latitude", "longitude", "country",
         "admin1", "admin2", "admin3", "location", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
         "inter2", "source", "event_type", "sub_event_type", "notes", "disorder_type", "civilian_targeting",
         "interaction", "source_scale", "fatalities", "timestamp", "tags")
_ABSENT = 1 << 40          # the index of a column the file lacks: past the end of every row


class _File:
    """What the mapper works out once a file (kept in its Emitter's memo): where the columns it reads
    are, and the dates and admin chains met so far (a file repeats them: Zipf)."""
    __slots__ = ("where", "dates", "chains")

    def __init__(self, columns: dict[str, int]):
        self.where = tuple(columns.get(name, _ABSENT) for name in _READ)
        self.dates: dict[str, str] = {}
        self.chains: dict[tuple[str, ...], tuple[tuple[str, str], ...]] = {}


def acled(row, columns, em: Emitter, mapping) -> list[dict]:
    state = em.memo.get(_File)
    if state is None:
        state = em.memo[_File] = _File(columns)
    n = len(row)
    (eid, date_cell, time_precision, geo_cell, lat_cell, lon_cell, country, admin1, admin2, admin3, location,
     actor1, assoc1, inter1, actor2, assoc2, inter2, source, etype, sub, summary, disorder, targeting,
     interaction, scale, fatalities, stamp, tags) = [row[i].strip() if i < n else "" for i in state.where]
    out: list[dict] = []
    if not eid:
        raise cell_error("event_id_cnty", "cell.empty")
    stated = state.dates.get(date_cell)
    if stated is None:
        stated = date_field(date_cell, "event_date")
        if len(state.dates) < _MEMO_LIMIT:
            state.dates[date_cell] = stated
    if time_precision not in _TIME_PRECISION:
        raise cell_error("time_precision", "acled.precision", value=time_precision)
    geo = GEO_PRECISION.get(geo_cell)
    if geo_cell and geo is None:
        raise cell_error("geo_precision", "acled.precision", value=geo_cell)
    lat, lon = _coordinate(lat_cell, 90, "latitude"), _coordinate(lon_cell, 180, "longitude")
    if (lat is None) != (lon is None):
        lat = lon = None
    place = _place(em, state, (country, admin1, admin2, admin3, location), lat, lon, geo, out)
    actors = _actors(em, ((actor1, assoc1, inter1), (actor2, assoc2, inter2)), out)
    sources = _sources(em, source, out)

    who = f"{actor1} / {actor2}" if actor1 and actor2 else actor1 or actor2
    where = location or admin1 or country
    title = f"{sub or etype}: {who} ({where})" if who else f"{sub or etype} ({where})"
    key = eid.lower() if eid.isascii() and eid.isalnum() else slug(eid)
    event = {"kind": "event", "id": "event:acled-" + key, "title": title,
             "date": stated[:7] if time_precision == "3" else stated, "status": "occurred",
             "category": f"{etype} / {sub}" if sub else etype, "dataset_id": eid}
    if _TIME_PRECISION[time_precision]:
        event["date_precision"] = "approximate"
    put_present(event, summary=summary, place=place, actors=actors, sources=sources)
    if disorder:
        event["disorder_type"] = _disorder(disorder)
    if targeting and _civilian_targeting(targeting):
        event["civilian_targeting"] = True
    if interaction:
        event["interaction"] = _interaction(interaction)
    if scale:
        event["source_scale"] = scale
    if fatalities:
        event["fatalities"] = _count(fatalities, "fatalities")
    if stamp:
        event["dataset_timestamp"] = _count(stamp, "timestamp")
    event["tags"] = ["acled", *(t for t in (t.strip() for t in tags.split(";")) if t)] if tags else ["acled"]
    said = []
    if time_precision == "3":
        said.append(f"event_date {stated} (time_precision 3)")
    if geo_cell in ("2", "3"):
        said.append(f"geo_precision {geo_cell}")
    if said:
        event["notes"] = "ACLED: " + "; ".join(said)
    out.append(event)
    return out


def _count(cell: str, column: str) -> int:
    if cell.isdigit() and cell.isascii():
        return int(cell)
    raise cell_error(column, "cell.not_count", value=cell)


def _coordinate(cell: str, limit: float, column: str) -> float | None:
    try:
        return number(cell, limit)
    except CellError as exc:
        raise exc.at(field=column) from None


def actor_type(words: str, name: str) -> str | None:
    """Marsad's type for an actor ACLED gives these words (its current ones)."""
    if words == "External/Other forces" and name.startswith(_STATE_FORCES):
        return "state"
    return ACTOR_TYPES.get(words)


def inter_words(cell: str) -> str | None:
    """ACLED's current words for an inter cell, text or legacy code ("2" -> "Rebel group"); a cell in
    other words is kept as it is; None for none (empty, or the legacy 0)."""
    if not cell or cell == "0":
        return None
    return _INTER.get(cell) or _INTER.get(cell.casefold()) or cell


def _interaction(cell: str) -> str:
    """The interaction in ACLED's current words: a legacy code "17" -> "State forces-Civilians",
    "60" -> "Protesters only"; words are kept as they are."""
    if len(cell) == 2 and cell.isdigit():
        first, second = INTER_WORDS.get(cell[0]), INTER_WORDS.get(cell[1])
        if first and cell[1] == "0":
            return f"{first} only"
        if first and second:
            return f"{first}-{second}"
    return cell


def _disorder(cell: str) -> str:
    code = DISORDER_TYPES.get(cell.lower()) or DISORDER_TYPES.get(
        "; ".join(" ".join(part.split()) for part in cell.lower().split(";")))
    if code is None:
        raise cell_error("disorder_type", "cell.not_choice", value=cell, choices=_DISORDER_WORDS)
    return code


def _civilian_targeting(cell: str) -> bool:
    found = _CIVILIAN_TARGETING.get(cell.lower())
    if found is None:
        raise cell_error("civilian_targeting", "cell.not_choice", value=cell,
                         choices="Civilian targeting, or empty")
    return found


def _actors(em: Emitter, sides: tuple[tuple[str, str, str], ...], out: list[dict]) -> list[dict]:
    """The event's actor links: actor1, its associates, actor2, its associates (`sides`: each main
    actor's name, associates and inter cell). The main actors are proposed first, so that an actor
    met in both places in a row gets the type ACLED gives it."""
    main = []
    for name, _, inter in sides:
        if not name:
            main.append(None)
            continue
        words = inter_words(inter)
        start = len(out)
        aid = em.actor(name, actor_type(words, name) if words else None, out)
        if words and len(out) > start and out[-1]["id"] == aid:
            out[-1]["dataset_type"] = words
        main.append(aid)
    links: list[dict] = []
    seen: set[str] = set()
    for aid, (_, assoc, _), (role, assoc_role) in zip(main, sides, _ROLES):
        if aid and aid not in seen:
            seen.add(aid)
            links.append({"actor": aid, "role": role})
        for name in assoc.split(";") if assoc else ():
            other = em.actor(name, None, out)
            if other and other not in seen:
                seen.add(other)
                links.append({"actor": other, "role": assoc_role})
    return links


def _sources(em: Emitter, cell: str, out: list[dict]) -> list[str]:
    """Each outlet of the source cell ("Shafaq News; Rudaw") as a source record's id."""
    ids: list[str] = []
    for name in cell.split(";") if cell else ():
        start = len(out)
        sid = em.source(name, out)
        if sid is None:
            continue
        if len(out) > start and out[-1]["id"] == sid:
            out[-1]["outlet"] = out[-1]["title"]
        if sid not in ids:
            ids.append(sid)
    return ids


def _place(em: Emitter, state: _File, cells: tuple[str, ...], lat, lon, geo: str | None,
           out: list[dict]) -> str | None:
    levels = state.chains.get(cells)
    if levels is None:
        levels = _levels(cells)
        if len(state.chains) < _MEMO_LIMIT:
            state.chains[cells] = levels
    start = len(out)
    pid = em.place_chain(levels, lat, lon, out)
    for rec in out[start:]:
        if rec["type"] == "water_body":
            body = water_bodies.by_english_name(rec.get("name_en") or rec["name"])
            if body is not None:
                rec["name"], rec["name_en"] = body.name, body.name_en
        if geo and rec["id"] == pid and "lat" in rec:
            rec["geo_precision"] = geo
    return pid


def _levels(cells: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """country, admin1, admin2, admin3, location -> the (name, type) of each place in the chain, a
    repeat (Basrah/Basrah/Basrah) once, a water body by its English name."""
    out: list[tuple[str, str]] = []
    last = None
    at_sea = False
    for n, (name, ptype) in enumerate(zip(cells, _LEVELS)):
        name = " ".join(name.split())
        if not name:
            continue
        body = water_bodies.water_body(name)
        if body is not None:
            name, ptype = body.name_en, "water_body"
            at_sea = at_sea or n == 0
        elif at_sea:
            ptype = "other"
        same = water_bodies.key(name)
        if same == last:
            continue
        last = same
        out.append((name, ptype))
    return tuple(out)


FORMAT = EventFormat(
    name="acled", label="ACLED", namespace="acled", mapper=acled,
    detect=lambda header: {"event_id_cnty", "event_date", "event_type", "country"} <= {c.strip().lower() for c in header},
    required=("event_id_cnty", "event_date", "event_type", "country"),
    fields=("title", "date", "date_precision", "status", "category", "summary", "place", "actors", "sources",
            "notes", "tags", "dataset_id", "fatalities", "disorder_type", "civilian_targeting", "interaction",
            "source_scale", "dataset_timestamp"),
    columns=tuple(dict.fromkeys(CURRENT_COLUMNS + LEGACY_COLUMNS)),
    example="marsad import 2024-01-01-2024-12-31-Middle_East-Iraq.csv",
)
