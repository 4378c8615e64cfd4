"""Records out of the store, in interchange form, and name resolution.

The interchange form of a record is canonical: optional fields that are
empty are left out and `review` appears only when it is `unreviewed`, so the
same record always reads back as the same dict (import is idempotent, and
export -> import -> export gives the same records).
"""
from __future__ import annotations

import json
from typing import Iterable, Iterator

from desktop.core import arabic
from desktop.core.records import KINDS, is_text

TABLES = {"actor": "actors", "place": "places", "source": "sources", "event": "events", "quote": "quotes"}
CHUNK = 500

# Column order of each kind's interchange form (after kind and id).
_SELECT = {
    "actor": ("SELECT a.id, a.key, a.name, a.name_en, a.type, a.title, aff.key, a.description, "
              "s.key, a.source_span, a.notes, a.tags, a.review FROM actors a "
              "LEFT JOIN actors aff ON aff.id = a.affiliation_id LEFT JOIN sources s ON s.id = a.source_id"),
    "place": ("SELECT p.id, p.key, p.name, p.name_en, p.type, par.key, p.lat, p.lon, "
              "s.key, p.source_span, p.notes, p.tags, p.review FROM places p "
              "LEFT JOIN places par ON par.id = p.parent_id LEFT JOIN sources s ON s.id = p.source_id"),
    "source": ("SELECT s.id, s.key, s.title, s.summary, s.body, s.outlet, s.url, s.published, "
               "s.language, s.author, s.notes, s.tags, s.review FROM sources s"),
    "event": ("SELECT e.id, e.key, e.title, e.summary, e.date, e.date_end, e.date_precision, e.status, "
              "p.key, e.category, s.key, e.source_span, e.notes, e.tags, e.review FROM events e "
              "LEFT JOIN places p ON p.id = e.place_id LEFT JOIN sources s ON s.id = e.source_id"),
    "quote": ("SELECT q.id, q.key, q.text, sp.key, q.date, s.key, ev.key, q.context, q.partial, "
              "q.source_span, q.notes, q.tags, q.review FROM quotes q "
              "JOIN actors sp ON sp.id = q.speaker_id LEFT JOIN sources s ON s.id = q.source_id "
              "LEFT JOIN events ev ON ev.id = q.event_id"),
}
_FIELDS = {
    "actor": ("name", "name_en", "type", "title", "affiliation", "description", "source", "source_span"),
    "place": ("name", "name_en", "type", "parent", "lat", "lon", "source", "source_span"),
    "source": ("title", "summary", "body", "outlet", "url", "published", "language", "author"),
    "event": ("title", "summary", "date", "date_end", "date_precision", "status", "place", "category",
              "source", "source_span"),
    "quote": ("text", "speaker", "date", "source", "event", "context", "partial", "source_span"),
}
_ALIAS = {
    "actor": "SELECT actor_id, alias FROM actor_aliases WHERE actor_id IN ({}) ORDER BY rowid",
    "place": "SELECT place_id, alias FROM place_aliases WHERE place_id IN ({}) ORDER BY rowid",
}
_ALIAS_FIELD_AFTER = {"actor": "title", "place": "parent"}


def kind_of(record_id: str) -> str | None:
    """The kind an id names, or None when it is no record id (stored ids are always text)."""
    kind, colon, _ = record_id.partition(":")
    if not colon or kind not in KINDS or not is_text(record_id):
        return None
    return kind


def canonical(record: dict) -> dict:
    """Drop empty optional values and the default review state."""
    out = {}
    for name, value in record.items():
        if value is None or value == "" or value == []:
            continue
        if name == "review" and value == "confirmed":
            continue
        out[name] = value
    return out


def get(store, record_id: str) -> dict | None:
    kind = kind_of(record_id)
    if kind is None:
        return None
    found = [rec for _, rec in _records(store, kind, "WHERE {a}.key = ?", [record_id])]
    return found[0] if found else None


def get_many(store, kind: str, keys: Iterable[str]) -> dict[str, dict]:
    keys = list(keys)
    out = {}
    for i in range(0, len(keys), CHUNK):
        chunk = keys[i:i + CHUNK]
        marks = ",".join("?" * len(chunk))
        for _, rec in _records(store, kind, f"WHERE {{a}}.key IN ({marks})", chunk):
            out[rec["id"]] = rec
    return out


def chunks(store, kind: str) -> Iterator[list[tuple[int, dict]]]:
    """Every record of a kind with its row id, in row order, a chunk at a time."""
    last = 0
    while True:
        batch = list(_records(store, kind, "WHERE {a}.id > ? ORDER BY {a}.id LIMIT %d" % CHUNK, [last]))
        if not batch:
            return
        yield batch
        last = batch[-1][0]


def iter_kind(store, kind: str, row_ids: Iterable[int] | None = None) -> Iterator[dict]:
    """Every record of a kind (or of the given row ids) in row order, fetched in chunks."""
    if row_ids is None:
        for batch in chunks(store, kind):
            yield from (rec for _, rec in batch)
        return
    ids = sorted(row_ids)
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i:i + CHUNK]
        marks = ",".join("?" * len(chunk))
        yield from (rec for _, rec in _records(
            store, kind, f"WHERE {{a}}.id IN ({marks}) ORDER BY {{a}}.id", chunk))


def _records(store, kind: str, where: str, params: list) -> Iterator[tuple[int, dict]]:
    sql = _SELECT[kind]
    alias = sql.split(" FROM ", 1)[1].split()[1]
    rows = store.conn.execute(f"{sql} {where.format(a=alias)}", params).fetchall()
    if not rows:
        return
    row_ids = [r[0] for r in rows]
    aliases = _group(store, _ALIAS.get(kind), row_ids)
    actors = sources = {}
    if kind == "event":
        actors = _group(store, "SELECT ea.event_id, a.key, ea.role FROM event_actors ea JOIN actors a "
                               "ON a.id = ea.actor_id WHERE ea.event_id IN ({}) ORDER BY ea.position", row_ids)
        sources = _group(store, "SELECT es.event_id, s.key FROM event_sources es JOIN sources s "
                                "ON s.id = es.source_id WHERE es.event_id IN ({}) ORDER BY es.position", row_ids)
    for row in rows:
        rec: dict = {"kind": kind, "id": row[1]}
        values = dict(zip(_FIELDS[kind], row[2:2 + len(_FIELDS[kind])]))
        notes, tags, review = row[-3:]
        for name, value in values.items():
            if name == "source_span" and value:
                value = json.loads(value)
            elif name == "partial" and value is not None:
                value = bool(value)
            rec[name] = value
            if name == _ALIAS_FIELD_AFTER.get(kind):
                rec["aliases"] = [a for (a,) in aliases.get(row[0], [])]
        if kind == "event":
            rec["actors"] = [{"actor": k, "role": r} if r else {"actor": k} for k, r in actors.get(row[0], [])]
            rec["sources"] = [k for (k,) in sources.get(row[0], [])]
        rec["notes"] = notes
        rec["tags"] = json.loads(tags) if tags else []
        rec["review"] = review
        yield row[0], canonical(rec)


def _group(store, sql: str | None, row_ids: list[int]) -> dict[int, list[tuple]]:
    out: dict[int, list[tuple]] = {}
    if not sql:
        return out
    marks = ",".join("?" * len(row_ids))
    for row in store.conn.execute(sql.format(marks), row_ids):
        out.setdefault(row[0], []).append(tuple(row[1:]))
    return out


def names_of(store, kind: str, key: str) -> list[str]:
    """The name, English name and aliases of an actor or place (for indexing what refers to it)."""
    table = TABLES[kind]
    row = store.conn.execute(f"SELECT id, name, name_en FROM {table} WHERE key = ?", (key,)).fetchone()
    if not row:
        return []
    alias_table, fk = ("actor_aliases", "actor_id") if kind == "actor" else ("place_aliases", "place_id")
    aliases = [a for (a,) in store.conn.execute(
        f"SELECT alias FROM {alias_table} WHERE {fk} = ? ORDER BY rowid", (row[0],))]
    return [n for n in (row[1], row[2], *aliases) if n]


def exists(store, kind: str, key: str) -> bool:
    return store.conn.execute(f"SELECT 1 FROM {TABLES[kind]} WHERE key = ?", (key,)).fetchone() is not None


def keys_by_name(store, kind: str, name: str) -> list[str]:
    """Ids of the actors or places whose normalised name, English name or alias is `name`."""
    norm = " ".join(arabic.words(arabic.normalize(name)))
    if not norm:
        return []
    table = TABLES[kind]
    alias_table, fk = ("actor_aliases", "actor_id") if kind == "actor" else ("place_aliases", "place_id")
    rows = store.conn.execute(
        f"SELECT key FROM {table} WHERE name_norm = ?1 OR name_en_norm = ?1 "
        f"UNION SELECT t.key FROM {alias_table} x JOIN {table} t ON t.id = x.{fk} WHERE x.alias_norm = ?1",
        (norm,)).fetchall()
    return sorted(k for (k,) in rows)


def resolve(store, kind: str, name_or_id: str) -> str | None:
    """An id by id, then by normalised name or alias; None if none or several match."""
    if kind_of(name_or_id) == kind:
        return name_or_id if exists(store, kind, name_or_id) else None
    if kind not in ("actor", "place"):
        return None
    found = keys_by_name(store, kind, name_or_id)
    return found[0] if len(found) == 1 else None


def name_norm(name: str) -> str:
    return " ".join(arabic.words(arabic.normalize(name)))
