"""The queries behind the map: events counted per place, places with and without coordinates.

Nothing reads events one by one: they are counted with one GROUP BY place
(the events_place index answers it), restricted by a search's HitSet as the
tabs are (desktop/core/storage/paging.py `where`). Places are few next to
events (2% of a store) but still capped, and when the view is zoomed in only
its bounding box is read.

An event whose place has no coordinates is drawn at the nearest ancestor
(parent, else grandparent) that has them: its ANCHOR. Places that have no
coordinates are listed apart, with their event counts, never dropped.
"""
from __future__ import annotations

from desktop.core import kinds
from desktop.core.storage.paging import HitSet, where
from desktop.core.storage.tables import chunked, marks

LOCATED = "{a}.lat IS NOT NULL AND {a}.lon IS NOT NULL"
PLACE_COLUMNS = ("id", "key", "name", "name_en", "type", "lat", "lon", "precision")


def _located(alias: str) -> str:
    return LOCATED.format(a=alias)


def _place_cols(alias: str) -> str:
    a = alias
    return f"{a}.id, {a}.key, {a}.name, {a}.name_en, {a}.type, {a}.lat, {a}.lon, {a}.geo_precision"


def _bbox(alias: str, bbox) -> tuple[str, list]:
    """Clauses keeping places inside (west, south, east, north); east < west crosses the antimeridian."""
    if bbox is None:
        return "", []
    west, south, east, north = bbox
    lat = f"{alias}.lat BETWEEN ? AND ?"
    if west <= east:
        return f" AND {lat} AND {alias}.lon BETWEEN ? AND ?", [south, north, west, east]
    return f" AND {lat} AND ({alias}.lon >= ? OR {alias}.lon <= ?)", [south, north, west, east]


def key_hits(kind_name: str, keys: list[str]) -> HitSet:
    """The rows of `kind_name` with these keys, as a HitSet (a figure of chosen records)."""
    table = kinds.get(kind_name).table
    keys = list(dict.fromkeys(keys))
    if not keys:
        return HitSet("SELECT 0 WHERE 0", [], total=0)
    return HitSet(f"SELECT id FROM {table} WHERE key IN ({marks(len(keys))})", keys, total=None)


def _counts_cte(filters, hit_set: HitSet | None) -> tuple[str, list]:
    """c(pid, n): events that pass, counted per place; a(pid, n, anchor): where they are drawn."""
    event = kinds.get("event")
    clauses, params = where(event, filters, hit_set)
    clauses = ["t.place_id IS NOT NULL"] + clauses
    sql = (f"c AS (SELECT t.place_id AS pid, count(*) AS n FROM {event.table} t WHERE {' AND '.join(clauses)} "
           f"GROUP BY t.place_id), "
           f"a AS (SELECT c.pid AS pid, c.n AS n, CASE WHEN {_located('p')} THEN p.id "
           f"WHEN {_located('q1')} THEN q1.id WHEN {_located('q2')} THEN q2.id END AS anchor "
           f"FROM c JOIN places p ON p.id = c.pid LEFT JOIN places q1 ON q1.id = p.parent_id "
           f"LEFT JOIN places q2 ON q2.id = q1.parent_id)")
    return sql, params


EVENT_PLACE_FIELDS = PLACE_COLUMNS + ("events", "inherited", "via", "with_place", "mapped", "at_ancestor")


def event_places(conn, filters, hit_set: HitSet | None, bbox=None, cap: int = 4000) -> list[dict]:
    """Places where the events that pass are drawn, most events first, at most cap + 1 (one more: capped).

    `events`: events at the place itself; `inherited`: events at places inside it
    that have no coordinates (`via` such places), drawn here instead. Each row also
    carries the search's totals over the whole world (`with_place`, `mapped`,
    `at_ancestor`, as event_totals counts them), summed in the same pass.
    """
    cte, params = _counts_cte(filters, hit_set)
    box, box_params = _bbox("x", bbox)
    sql = (f"WITH {cte}, g AS (SELECT a.anchor AS anchor, sum(a.n) AS n, "
           f"sum(CASE WHEN a.pid = a.anchor THEN a.n ELSE 0 END) AS own, "
           f"sum(CASE WHEN a.pid != a.anchor THEN a.n ELSE 0 END) AS inh, sum(a.pid != a.anchor) AS via "
           f"FROM a GROUP BY a.anchor), "
           f"w AS (SELECT g.*, sum(g.n) OVER () AS all_n, sum(CASE WHEN g.anchor IS NOT NULL THEN g.n ELSE 0 END) "
           f"OVER () AS mapped, sum(CASE WHEN g.anchor IS NOT NULL THEN g.inh ELSE 0 END) OVER () AS at_anc FROM g) "
           f"SELECT {_place_cols('x')}, w.own, w.inh, w.via, w.all_n, w.mapped, w.at_anc "
           f"FROM w JOIN places x ON x.id = w.anchor WHERE 1{box} ORDER BY w.n DESC, x.id LIMIT ?")
    rows = conn.execute(sql, params + box_params + [cap + 1]).fetchall()
    return [dict(zip(EVENT_PLACE_FIELDS, r)) for r in rows]


def placeless(conn, filters, hit_set: HitSet | None) -> int:
    """Events that pass and have no place at all."""
    event = kinds.get("event")
    clauses, params = where(event, filters, hit_set)
    clauses = ["t.place_id IS NULL"] + clauses
    return conn.execute(f"SELECT count(*) FROM {event.table} t WHERE {' AND '.join(clauses)}", params).fetchone()[0]


def event_totals(conn, filters, hit_set: HitSet | None) -> dict[str, int]:
    """How the events that pass fall: on the map, at places with no coordinates (nor ancestors'), placeless."""
    cte, params = _counts_cte(filters, hit_set)
    row = conn.execute(f"WITH {cte} SELECT coalesce(sum(a.n), 0), coalesce(sum(CASE WHEN a.anchor IS NOT NULL "
                       f"THEN a.n END), 0), coalesce(sum(CASE WHEN a.anchor IS NOT NULL AND a.anchor != a.pid "
                       f"THEN a.n END), 0) FROM a", params).fetchone()
    return {"with_place": row[0], "mapped": row[1], "at_ancestor": row[2], "unmapped": row[0] - row[1],
            "placeless": placeless(conn, filters, hit_set)}


def located_places(conn, hit_set: HitSet | None, bbox=None, cap: int = 4000) -> list[dict]:
    """Places with coordinates that pass (all of them without a search), at most cap + 1, in id order."""
    box, box_params = _bbox("x", bbox)
    clauses, params = [_located("x")], []
    if hit_set is not None:
        clauses.append(f"x.id IN ({hit_set.sql})")
        params += hit_set.params
    sql = f"SELECT {_place_cols('x')} FROM places x WHERE {' AND '.join(clauses)}{box} ORDER BY x.id LIMIT ?"
    return [dict(zip(PLACE_COLUMNS, r)) for r in conn.execute(sql, params + box_params + [cap + 1])]


UNLOCATED_FIELDS = ("id", "key", "name", "name_en", "type", "events", "anchor_key", "anchor_name",
                    "anchor_name_en", "total")


def unlocated_places(conn, filters, event_hits: HitSet | None, place_hits: HitSet | None, searching: bool,
                     cap: int = 200) -> tuple[list[dict], int]:
    """Places without coordinates that are in play, most events first (at most `cap`), and how many there are.

    In play: with a search, those with events that pass or that the search itself
    matched; without one, every place without coordinates. `anchor_*` names the
    ancestor their events are drawn at, when one has coordinates.
    """
    cte, params = _counts_cte(filters, event_hits)
    test = "1"
    if searching:
        test = "c.n IS NOT NULL"
        if place_hits is not None:
            test = f"(c.n IS NOT NULL OR p.id IN ({place_hits.sql}))"
            params = params + place_hits.params
    sql = (f"WITH {cte} SELECT p.id, p.key, p.name, p.name_en, p.type, coalesce(c.n, 0), "
           f"CASE WHEN {_located('q1')} THEN q1.key WHEN {_located('q2')} THEN q2.key END, "
           f"CASE WHEN {_located('q1')} THEN q1.name WHEN {_located('q2')} THEN q2.name END, "
           f"CASE WHEN {_located('q1')} THEN q1.name_en WHEN {_located('q2')} THEN q2.name_en END, "
           f"count(*) OVER () FROM places p LEFT JOIN c ON c.pid = p.id "
           f"LEFT JOIN places q1 ON q1.id = p.parent_id LEFT JOIN places q2 ON q2.id = q1.parent_id "
           f"WHERE NOT ({_located('p')}) AND {test} ORDER BY coalesce(c.n, 0) DESC, p.id LIMIT ?")
    rows = [dict(zip(UNLOCATED_FIELDS, r)) for r in conn.execute(sql, params + [cap])]
    total = rows[0]["total"] if rows else 0
    for row in rows:
        del row["total"]
    return rows, total


def events_at(conn, place_key: str, filters, hit_set: HitSet | None, cap: int = 500) -> list[str]:
    """Keys of the events that pass drawn at this place (its own, and those of places without
    coordinates inside it), most recent first, at most `cap`."""
    event = kinds.get("event")
    clauses, params = where(event, filters, hit_set)
    row = conn.execute("SELECT id FROM places WHERE key = ?", (place_key,)).fetchone()
    if row is None:
        return []
    place = row[0]
    inside = (f"SELECT p.id FROM places p LEFT JOIN places q1 ON q1.id = p.parent_id "
              f"WHERE NOT ({_located('p')}) AND (p.parent_id = ? OR (q1.parent_id = ? AND NOT ({_located('q1')})))")
    clauses = [f"(t.place_id = ? OR t.place_id IN ({inside}))"] + clauses
    sql = (f"SELECT t.key FROM {event.table} t WHERE {' AND '.join(clauses)} "
           f"ORDER BY t.date IS NULL, t.date DESC, t.id DESC LIMIT ?")
    return [k for (k,) in conn.execute(sql, [place, place, place] + params + [cap])]


def place_parents(conn, keys: list[str]) -> dict[str, list[tuple[str, str, str | None]]]:
    """Place key -> its ancestors [(key, name, English name)], nearest first, at most three."""
    out: dict[str, list] = {}
    for chunk in chunked(list(keys)):
        sql = (f"SELECT p.key, q1.key, q1.name, q1.name_en, q2.key, q2.name, q2.name_en, q3.key, q3.name, q3.name_en "
               f"FROM places p LEFT JOIN places q1 ON q1.id = p.parent_id LEFT JOIN places q2 ON q2.id = q1.parent_id "
               f"LEFT JOIN places q3 ON q3.id = q2.parent_id WHERE p.key IN ({marks(len(chunk))})")
        for row in conn.execute(sql, chunk):
            chain = [tuple(row[i:i + 3]) for i in (1, 4, 7) if row[i] is not None]
            out[row[0]] = chain
    return out


def anchors_of(conn, event_keys: list[str]) -> dict[str, str]:
    """Event key -> the key of the place it is drawn at (its place, else the nearest located ancestor)."""
    out: dict[str, str] = {}
    for chunk in chunked(list(event_keys)):
        sql = (f"SELECT t.key, CASE WHEN {_located('p')} THEN p.key WHEN {_located('q1')} THEN q1.key "
               f"WHEN {_located('q2')} THEN q2.key ELSE p.key END FROM events t JOIN places p ON p.id = t.place_id "
               f"LEFT JOIN places q1 ON q1.id = p.parent_id LEFT JOIN places q2 ON q2.id = q1.parent_id "
               f"WHERE t.key IN ({marks(len(chunk))})")
        out.update(dict(conn.execute(sql, chunk).fetchall()))
    return out
