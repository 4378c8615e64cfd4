"""ACLED exports: one row an event, with its actors and its admin chain of places."""
from __future__ import annotations

from types import MappingProxyType

from desktop.core.formats.spec import EventFormat
from desktop.core.formats.cells import Emitter, cell_error, coords, date_field, getter, slug

# ACLED interaction codes -> actor types
_ACLED_INTER = MappingProxyType({"1": "organization", "2": "armed_group", "3": "armed_group", "4": "armed_group",
                "5": "other", "6": "other", "7": "other", "8": "organization"})



def acled(row, columns, em: Emitter, mapping) -> list[dict]:
    g = getter(row, columns)
    out: list[dict] = []
    eid = g("event_id_cnty")
    if not eid:
        raise cell_error("event_id_cnty", "cell.empty")
    date = date_field(g("event_date"), "event_date")
    lat, lon = coords(g, "latitude", "longitude")
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
    event = {"kind": "event", "id": "event:acled-" + slug(eid), "title": title, "date": date,
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


FORMAT = EventFormat(
    name="acled", label="ACLED", namespace="acled", mapper=acled,
    detect=lambda header: {"event_id_cnty", "event_date", "event_type", "country"} <= {c.strip().lower() for c in header},
    required=("event_id_cnty", "event_date", "event_type", "country"),
    fields=("title", "date", "status", "category", "summary", "place", "actors", "notes", "tags"),
)
