"""UCDP GED (the Georeferenced Event Dataset, 23.1, 24.1 and the monthly candidate releases): one row
an event of organised violence with at least one death.

The CSV as UCDP ships it: 49 columns (GED_COLUMNS), a header, quoted text with commas inside
(source_article, where_description), empty cells where nothing is known. Some candidate releases
came without the header; the same columns are read by position then.

How UCDP's codes become Marsad's fields:
- deaths: best, low, high -> fatalities, fatalities_low, fatalities_high; deaths_a, deaths_b,
  deaths_civilians, deaths_unknown -> fatalities_side_a, _side_b, _civilians, _unknown.
- type_of_violence 1, 2, 3 -> violence_type state_based, non_state, one_sided.
- date_start, date_end -> date, date_end (date_end only when it is another day). date_prec 1 is
  the exact day; 2 (2-6 days), 3 (a week), 4 (8-30 days, a month) and 5 (more than a month,
  within a year) make date_precision "approximate", with date..date_end the span UCDP gives. The
  grade itself stays in the notes.
- where_prec -> the place's geo_precision: 1 exact, 2 near (within 25 km), 3 admin2 (a district),
  4 admin1 (a province), 5 approximate (a larger area, a border, a river), 6 country,
  7 approximate (international waters or airspace). A place is shared by every event there, and
  two events at one place may be located with different precision, so each event's where_prec is
  in its notes as well; the place keeps the first it was proposed with.
- the place chain: country > adm_1 > adm_2 > where_coordinates, with latitude/longitude on the
  last. UCDP names admin units with a suffix ("Ninawa governorate", "Mosul district"); the names
  are kept as written, since stripping the suffix would make a district and the town it is named
  after one place. A level that repeats the one above it (where_prec 4: where_coordinates is the
  province itself) is one place, not two. geom_wkt repeats latitude/longitude and is not read.
- side_a, side_b -> actors (roles first and second side), by UCDP's actor id (side_a_new_id),
  which survives renaming between releases; conflict_name, dyad_name -> conflict, dyad.
- source_article (";" between articles, each often "Outlet,date,headline") -> source records; the
  office, date and headline lists give each its outlet, published day and title when they line
  up with the articles one for one.
- id and relid, code_status, event_clarity, where_prec, date_prec, where_description,
  source_original, the conflict's, dyad's and sides' ids, priogrid_gid, region, country_id and
  active_year -> notes.
"""
from __future__ import annotations

import hashlib
import re
from types import MappingProxyType

from desktop.core.formats.cells import (CellError, Emitter, cell_error, coords, count_cell, date_field, getter,
                                        parse_event_date, put_present, slug)
from desktop.core.formats.spec import EventFormat

GED_COLUMNS = (
    "id", "relid", "year", "active_year", "code_status", "type_of_violence", "conflict_dset_id",
    "conflict_new_id", "conflict_name", "dyad_dset_id", "dyad_new_id", "dyad_name", "side_a_dset_id",
    "side_a_new_id", "side_a", "side_b_dset_id", "side_b_new_id", "side_b", "number_of_sources",
    "source_article", "source_office", "source_date", "source_headline", "source_original", "where_prec",
    "where_coordinates", "where_description", "adm_1", "adm_2", "latitude", "longitude", "geom_wkt",
    "priogrid_gid", "country", "country_id", "region", "event_clarity", "date_prec", "date_start", "date_end",
    "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "high", "low", "gwnoa", "gwnob",
)

# type_of_violence -> (violence_type, UCDP's words as the category, Arabic for the title)
VIOLENCE = MappingProxyType({
    "1": ("state_based", "State-based conflict", "نزاع مسلح طرفه دولة"),
    "2": ("non_state", "Non-state conflict", "نزاع بين أطراف من غير الدول"),
    "3": ("one_sided", "One-sided violence", "عنف من طرف واحد"),
})
# where_prec -> (geo_precision, the type of the place the coordinates are of)
WHERE_PREC = MappingProxyType({
    "1": ("exact", "city"), "2": ("near", "city"), "3": ("admin2", "other"), "4": ("admin1", "province"),
    "5": ("approximate", "other"), "6": ("country", "country"), "7": ("approximate", "other"),
})
DATE_PREC = ("1", "2", "3", "4", "5")

FATALITIES = (("best", "fatalities"), ("low", "fatalities_low"), ("high", "fatalities_high"),
              ("deaths_a", "fatalities_side_a"), ("deaths_b", "fatalities_side_b"),
              ("deaths_civilians", "fatalities_civilians"), ("deaths_unknown", "fatalities_unknown"))

# Kept in the event's notes, as "column value", in this order.
_NOTED = ("code_status", "event_clarity", "where_prec", "date_prec", "conflict_new_id", "conflict_dset_id",
          "dyad_new_id", "dyad_dset_id", "priogrid_gid", "country_id", "region", "active_year")


_CITATION = re.compile(r"([^,]+),(\d{4}-\d{2}-\d{2}),(.+)")


def split_items(text: str) -> list[str]:
    """The items of a ";"-separated UCDP cell, a ";" inside double quotes kept (a headline may hold one).
    A cell with an unpaired quote (5" guns) is split at every ";", so one stray mark joins nothing."""
    if text.count('"') % 2:
        return [" ".join(item.split()) for item in text.split(";") if item.strip()]
    items, buf, quoted = [], [], False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        if ch == ";" and not quoted:
            items.append("".join(buf))
            buf = []
        else:
            buf.append(ch)
    items.append("".join(buf))
    return [" ".join(item.split()) for item in items if item.strip()]


def _sources(g, em: Emitter, out: list[dict]) -> list[str]:
    articles = split_items(g("source_article"))
    if not articles:
        return []
    lined_up = {}
    for col in ("source_office", "source_date", "source_headline"):
        values = split_items(g(col))
        if len(values) == len(articles):
            lined_up[col] = values
    ids = []
    for i, article in enumerate(articles):
        rec: dict = {"kind": "source", "id": "source:ucdp-" + hashlib.sha1(article.encode("utf-8")).hexdigest()[:12]}
        # Where the lists do not line up, a citation written "Outlet,2023-08-30,Headline" still says
        # all three; one written otherwise is the title as it stands.
        own = _CITATION.fullmatch(article)
        office, day, headline = own.groups() if own else ("", "", "")
        headline = lined_up.get("source_headline", [headline] * len(articles))[i] or headline
        rec["title"] = headline or article
        if rec["title"] != article:
            rec["summary"] = article          # the citation as UCDP wrote it
        office = lined_up.get("source_office", [office] * len(articles))[i] or office
        if office:
            rec["outlet"] = office
        day = lined_up.get("source_date", [day] * len(articles))[i] or day
        if day:
            try:
                rec["published"] = parse_event_date(day)
            except CellError:
                pass    # a date UCDP wrote some other way: the citation (title or summary) still has it
        sid = em.propose(rec, out)
        if sid not in ids:
            ids.append(sid)
    return ids


def actor_id(new_id: str, name: str) -> str:
    """UCDP's actor id names the actor through renamings between releases; without one, the name."""
    return f"actor:ucdp-{new_id}" if new_id.isascii() and new_id.isdigit() else f"actor:ucdp-name-{slug(name)}"


def _actor(g, side: str, em: Emitter, out: list[dict]) -> str | None:
    name = " ".join(g(f"side_{side}").split())
    if not name:
        return None
    new_id = g(f"side_{side}_new_id")
    aid = actor_id(new_id, name)
    if em.known_actor(aid):
        return aid
    rec = em.actor_record(aid, name)
    if name.startswith("Government of"):
        rec["type"] = "state"
    elif name == "Civilians":
        rec["type"] = "other"
    else:
        rec["type"] = "armed_group"
    keys = [f"{label} {g(col)}" for col, label in
            ((f"side_{side}_new_id", "actor id"), (f"side_{side}_dset_id", "dset id"), (f"gwno{side}", "gwno"))
            if g(col)]
    if keys:
        rec["notes"] = "UCDP " + ", ".join(keys)
    return em.propose(rec, out)


def _levels(g, where_prec: str) -> list[tuple[str, str]]:
    leaf_type = WHERE_PREC.get(where_prec, (None, "other"))[1]
    levels = [(g("country"), "country"), (g("adm_1"), "province"), (g("adm_2"), "other"),
              (g("where_coordinates"), leaf_type)]
    out: list[tuple[str, str]] = []
    for name, ptype in levels:
        name = " ".join(name.split())
        if not name:
            continue
        if out and out[-1][0].casefold() == name.casefold():
            out[-1] = (out[-1][0], ptype)     # one place named twice: the deeper level says what it is
        else:
            out.append((name, ptype))
    return out


def _place(g, where_prec: str, em: Emitter, out: list[dict]) -> str | None:
    lat, lon = coords(g, "latitude", "longitude")
    before = len(out)
    place = em.place_chain(_levels(g, where_prec), lat, lon, out)
    leaf = next((r for r in out[before:] if r["id"] == place), None)
    precision = WHERE_PREC.get(where_prec, (None, None))[0]
    if leaf is not None and precision and "lat" in leaf:
        leaf["geo_precision"] = precision
    return place


def _choice(g, column: str, choices) -> str:
    value = g(column)
    if value and value not in choices:
        raise cell_error(column, "cell.not_choice", value=value, choices=", ".join(choices))
    return value


def ucdp(row, columns, em: Emitter, mapping) -> list[dict]:
    g = getter(row, columns)
    out: list[dict] = []
    eid = g("id")
    if not eid:
        raise cell_error("id", "cell.empty")
    if not eid.isascii() or not eid.isdigit():
        raise cell_error("id", "cell.not_count", value=eid)
    violence = _choice(g, "type_of_violence", tuple(VIOLENCE))
    where_prec = _choice(g, "where_prec", tuple(WHERE_PREC))
    date_prec = _choice(g, "date_prec", DATE_PREC)
    date = date_field(g("date_start"), "date_start")
    end = date_field(g("date_end"), "date_end") if g("date_end") else None
    if end is not None and end < date:
        raise cell_error("date_end", "cell.end_before", end=end, date=date)
    deaths = {field: count_cell(g, col) for col, field in FATALITIES}
    # -1: the number of sources was not recorded (events coded before UCDP counted them)
    sources_counted = None if g("number_of_sources") == "-1" else count_cell(g, "number_of_sources")

    place = _place(g, where_prec, em, out)
    actors = []
    for side, role in (("a", "طرف أول"), ("b", "طرف ثان")):
        aid = _actor(g, side, em, out)
        if aid and all(a["actor"] != aid for a in actors):
            actors.append({"actor": aid, "role": role})
    sources = _sources(g, em, out)

    kind, category, label = VIOLENCE.get(violence, (None, "UCDP GED", "عنف منظم"))
    who = " – ".join(n for n in (g("side_a"), g("side_b")) if n)
    where = g("where_coordinates") or g("adm_1") or g("country")
    title = label + (f": {who}" if who else "") + (f" ({where})" if where else "")
    event: dict = {"kind": "event", "id": "event:ucdp-" + eid, "title": title, "date": date,
                   "status": "occurred", "category": category, "dataset_id": eid}
    if end is not None and end != date:
        event["date_end"] = end
    if date_prec and date_prec != "1":
        event["date_precision"] = "approximate"
    put_present(event, place=place, actors=actors, sources=sources)
    if kind:
        event["violence_type"] = kind
    if g("conflict_name"):
        event["conflict"] = g("conflict_name")
    if g("dyad_name"):
        event["dyad"] = g("dyad_name")
    event.update((k, v) for k, v in deaths.items() if v is not None)
    if sources_counted is not None:
        event["num_sources"] = sources_counted
    notes = [f"UCDP GED {eid}" + (f" ({g('relid')})" if g("relid") else "")]
    notes += [f"{col} {g(col)}" for col in _NOTED if g(col)]
    if g("where_description"):
        notes.append(f"where_description: {g('where_description')}")
    if g("source_original"):
        notes.append(f"source_original: {g('source_original')}")
    event["notes"] = "; ".join(notes)
    event["tags"] = ["ucdp"]
    out.append(event)
    return out


_RELID = re.compile(r"[A-Z]{2,4}-\d{4}-")


def _detect(cells: list[str]) -> bool:
    """A header naming GED's id, relid, type_of_violence, date_start and best, or a header-less row of
    49 cells: a numeric id, a relid such as IRQ-2017-1-524-10, and a type of violence 1-3."""
    names = {c.strip().lower() for c in cells}
    if {"id", "relid", "type_of_violence", "date_start", "best"} <= names:
        return True
    return (len(cells) == len(GED_COLUMNS) and cells[0].strip().isdigit()
            and _RELID.match(cells[1].strip()) is not None and cells[5].strip() in VIOLENCE)


FORMAT = EventFormat(
    name="ucdp", label="UCDP GED", namespace="ucdp", mapper=ucdp, detect=_detect,
    required=("id", "type_of_violence", "date_start"), headerless=GED_COLUMNS, columns=GED_COLUMNS,
    fields=("title", "date", "date_end", "date_precision", "status", "category", "dataset_id", "violence_type",
            "conflict", "dyad", "fatalities", "fatalities_low", "fatalities_high", "fatalities_side_a",
            "fatalities_side_b", "fatalities_civilians", "fatalities_unknown", "num_sources", "place",
            "actors", "sources", "notes", "tags"),
    example="marsad import GEDEvent_v24_1.csv",
)
