"""Any CSV through a column mapping the user gives or the guesser proposes.

Its ids are in the namespace of its dataset (the emitter's prefix): a name the
user gives (`--dataset`), else its file's name, so that two datasets with the
same row ids never overwrite each other's events.
"""
from __future__ import annotations

import hashlib

from desktop.core.formats.spec import EventFormat
from desktop.core.formats.cells import CellError, Emitter, cell_error, coords, date_field, getter, slug, typed_count


def mapped(row, columns, em: Emitter, mapping) -> list[dict]:
    g = getter(row, columns)
    out: list[dict] = []
    title = g("title")
    if not title:
        raise cell_error(mapping["title"], "cell.empty_title")
    event: dict = {"kind": "event", "title": title}
    if "date" in columns:
        event["date"] = date_field(g("date"), mapping["date"])
    if "date_end" in columns and g("date_end"):
        event["date_end"] = date_field(g("date_end"), mapping["date_end"])
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
    if g("fatalities"):
        try:
            event["fatalities"] = typed_count(g("fatalities"))
        except CellError as exc:
            raise exc.at(field=mapping["fatalities"]) from None
    lat, lon = (None, None)
    if "lat" in columns and "lon" in columns:
        lat, lon = coords(g, "lat", "lon")
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
    event["id"] = f"event:{em.prefix}-" + (slug(g("id")) if g("id") else
                                            hashlib.sha1(basis.encode("utf-8")).hexdigest()[:12])
    if g("id"):
        event["dataset_id"] = g("id")
    out.append(event)
    return out


FORMAT = EventFormat(
    name="mapped", label="CSV", namespace="csv", mapper=mapped, detect=lambda header: False,
    fields=("title", "date", "date_end", "summary", "category", "status", "notes", "place", "actors", "dataset_id",
            "fatalities"),
    example="marsad import events.csv --map auto --dataset mydata --dry-run",
)
