"""What the link chart asks of the store: the links of a set of records, how many each has, and their names.

A link is one fact that ties two records, read from where the store keeps it:
  role       actor -> event    the actor took part in the event (event_actors, with its role)
  said       actor -> event    the actor was quoted about the event (quotes.speaker_id, quotes.event_id)
  quoted_in  actor -> source   the actor was quoted in the source (quotes.speaker_id, quotes.source_id)
  member_of  actor -> actor    the actor's affiliation (actors.affiliation_id)
  at         event -> place    where the event happened (events.place_id)
  part_of    place -> place    the place's parent (places.parent_id)
  reports    source -> event   the source reports the event (event_sources)
Quotes are not nodes: a quote is the `detail` of its said and quoted_in links.

Every statement is an indexed lookup by an owner's row id (the indexes of
migration 1: event_actors_actor, quotes_speaker, quotes_event, quotes_source,
events_place, event_sources_source, actors_affiliation, places_parent, and
the tables' primary keys). Counts come first, grouped by owner over IN lists;
then owners with few links are read together, and each owner with more than
`limit` links of a relation alone, newest first, `limit` at a time. So an
actor with 50,000 events costs one count and one page, never its whole list.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Callable, NamedTuple

from desktop.core import kinds
from desktop.core.storage.tables import chunked, marks

CARD_CHARS = 160     # characters of a name or title a chart label ever needs


class Link(NamedTuple):
    a: str          # the record the link starts at (the actor, the event of `at`, the member, the source)
    b: str          # the record it points to
    type: str       # one of TYPES
    detail: str     # the role (role), the quote's id (said, quoted_in), or ""


TYPES = ("role", "said", "quoted_in", "member_of", "at", "part_of", "reports")


@dataclass(frozen=True)
class Relation:
    """One way a record of `kind` reaches others: the rows, and the links each row makes."""
    name: str
    kind: str
    owner: str                      # the column holding the asking record's row id
    source: str                     # FROM ... (joins that turn row ids into keys)
    columns: str                    # what a row carries after the owner column
    order: str                      # newest first, along the owner's index
    links: Callable[[str, tuple], list[Link]]   # (asking key, row values) -> links
    single: bool = False            # at most one row per owner (a reference column of the owner)

    def count_sql(self, n: int) -> str:
        # A list is counted on its own table's owner index alone; a reference column only where it
        # points at a row (the join), so a dangling one counts no link.
        table = self.source if self.single else self.source.split(" ")[0] + " " + self.source.split(" ")[1]
        return f"SELECT {self.owner}, count(*) FROM {table} WHERE {self.owner} IN ({marks(n)}) GROUP BY {self.owner}"

    def rows_sql(self, n: int) -> str:
        return f"SELECT {self.owner}, {self.columns} FROM {self.source} WHERE {self.owner} IN ({marks(n)})"

    def page_sql(self) -> str:
        return (f"SELECT {self.owner}, {self.columns} FROM {self.source} WHERE {self.owner} = ? "
                f"ORDER BY {self.order} LIMIT ? OFFSET ?")


def _speaker_quote_links(key: str, row: tuple) -> list[Link]:
    quote, event, source = row
    out = [Link(key, event, "said", quote)] if event else []
    return out + ([Link(key, source, "quoted_in", quote)] if source else [])


def _event_quote_links(key: str, row: tuple) -> list[Link]:
    quote, speaker = row
    return [Link(speaker, key, "said", quote)]


def _source_quote_links(key: str, row: tuple) -> list[Link]:
    quote, speaker = row
    return [Link(speaker, key, "quoted_in", quote)]


RELATIONS: tuple[Relation, ...] = (
    Relation("actor_events", "actor", "ea.actor_id", "event_actors ea JOIN events x ON x.id = ea.event_id",
             "x.key, ea.role", "ea.rowid DESC", lambda k, r: [Link(k, r[0], "role", r[1] or "")]),
    Relation("actor_quotes", "actor", "q.speaker_id",
             "quotes q LEFT JOIN events x ON x.id = q.event_id LEFT JOIN sources s ON s.id = q.source_id",
             "q.key, x.key, s.key", "q.id DESC", _speaker_quote_links),
    Relation("actor_affiliation", "actor", "m.id", "actors m JOIN actors x ON x.id = m.affiliation_id",
             "x.key", "x.id", lambda k, r: [Link(k, r[0], "member_of", "")], single=True),
    Relation("actor_members", "actor", "x.affiliation_id", "actors x", "x.key", "x.id DESC",
             lambda k, r: [Link(r[0], k, "member_of", "")]),
    Relation("event_actors", "event", "ea.event_id", "event_actors ea JOIN actors x ON x.id = ea.actor_id",
             "x.key, ea.role", "ea.position", lambda k, r: [Link(r[0], k, "role", r[1] or "")]),
    Relation("event_quotes", "event", "q.event_id", "quotes q JOIN actors x ON x.id = q.speaker_id",
             "q.key, x.key", "q.id DESC", _event_quote_links),
    Relation("event_place", "event", "e.id", "events e JOIN places x ON x.id = e.place_id",
             "x.key", "x.id", lambda k, r: [Link(k, r[0], "at", "")], single=True),
    Relation("event_sources", "event", "es.event_id", "event_sources es JOIN sources x ON x.id = es.source_id",
             "x.key", "es.position", lambda k, r: [Link(r[0], k, "reports", "")]),
    Relation("place_events", "place", "x.place_id", "events x", "x.key", "x.id DESC",
             lambda k, r: [Link(r[0], k, "at", "")]),
    Relation("place_parent", "place", "p.id", "places p JOIN places x ON x.id = p.parent_id",
             "x.key", "x.id", lambda k, r: [Link(k, r[0], "part_of", "")], single=True),
    Relation("place_children", "place", "x.parent_id", "places x", "x.key", "x.id DESC",
             lambda k, r: [Link(r[0], k, "part_of", "")]),
    Relation("source_events", "source", "es.source_id", "event_sources es JOIN events x ON x.id = es.event_id",
             "x.key", "es.rowid DESC", lambda k, r: [Link(k, r[0], "reports", "")]),
    Relation("source_quotes", "source", "q.source_id", "quotes q JOIN actors x ON x.id = q.speaker_id",
             "q.key, x.key", "q.id DESC", _source_quote_links),
)
# How big a record is drawn, and which neighbours come first: the quotes and events attached to it.
WEIGHT_OF = {"actor": ("actor_events", "actor_quotes"), "event": ("event_quotes",),
             "place": ("place_events",), "source": ("source_events", "source_quotes")}
# A quote is no node: the chart starts from its speaker, its event and its source instead.
QUOTE_ENDS = ("SELECT q.key, a.key, x.key, s.key FROM quotes q JOIN actors a ON a.id = q.speaker_id "
              "LEFT JOIN events x ON x.id = q.event_id LEFT JOIN sources s ON s.id = q.source_id "
              "WHERE q.key IN ({})")


def _by_kind(keys: Iterable[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for key in dict.fromkeys(keys):
        name = kinds.kind_of(key)
        if name in WEIGHT_OF:
            out.setdefault(name, []).append(key)
    return out


def row_ids(conn: sqlite3.Connection, keys: Iterable[str]) -> dict[str, int]:
    """The row id of each charted record given that exists (actors, events, places, sources)."""
    out: dict[str, int] = {}
    for name, group in _by_kind(keys).items():
        table = kinds.get(name).table
        for chunk in chunked(group):
            out.update(conn.execute(f"SELECT key, id FROM {table} WHERE key IN ({marks(len(chunk))})", chunk))
    return out


def counts(conn: sqlite3.Connection, ids: dict[str, int]) -> dict[str, dict[str, int]]:
    """{key: {relation: links}} for records given as {key: row id}: one grouped query per relation and chunk."""
    out: dict[str, dict[str, int]] = {key: {} for key in ids}
    by_kind: dict[str, dict[int, str]] = {}
    for key, rid in ids.items():
        by_kind.setdefault(kinds.kind_of(key), {})[rid] = key
    for relation in RELATIONS:
        owners = by_kind.get(relation.kind)
        if not owners:
            continue
        for chunk in chunked(list(owners)):
            for rid, n in conn.execute(relation.count_sql(len(chunk)), chunk):
                out[owners[rid]][relation.name] = n
    return out


def links(conn: sqlite3.Connection, ids: dict[str, int], limit: int, offset: int = 0,
          known: dict[str, dict[str, int]] | None = None) -> tuple[list[Link], dict[str, dict[str, int]]]:
    """The links of records given as {key: row id}, at most `limit` per relation from `offset`, and the counts.

    `known` passes counts already read. Owners with at most `limit` links of a
    relation (and offset 0) are read in one IN query per chunk; the others one
    page each, newest first.
    """
    numbers = known if known is not None else counts(conn, ids)
    found: list[Link] = []
    by_kind: dict[str, dict[int, str]] = {}
    for key, rid in ids.items():
        by_kind.setdefault(kinds.kind_of(key), {})[rid] = key
    for relation in RELATIONS:
        owners = by_kind.get(relation.kind)
        if not owners:
            continue
        small, big = [], []
        for rid, key in owners.items():
            n = numbers.get(key, {}).get(relation.name, 0)
            if n <= offset:
                continue
            (small if offset == 0 and n <= limit else big).append(rid)
        for chunk in chunked(small):
            for row in conn.execute(relation.rows_sql(len(chunk)), chunk):
                found += relation.links(owners[row[0]], tuple(row[1:]))
        for rid in big:
            for row in conn.execute(relation.page_sql(), (rid, limit, offset)):
                found += relation.links(owners[rid], tuple(row[1:]))
    return found, numbers


def weights(numbers: dict[str, dict[str, int]]) -> dict[str, int]:
    """The quotes and events attached to each record, from `counts`."""
    out = {}
    for key, by_relation in numbers.items():
        out[key] = sum(by_relation.get(r, 0) for r in WEIGHT_OF.get(kinds.kind_of(key), ()))
    return out


def cards(conn: sqlite3.Connection, keys: Iterable[str]) -> dict[str, tuple[str, str | None, str | None]]:
    """(name or title cut to CARD_CHARS, English name, date) of each charted record given that exists."""
    out: dict[str, tuple[str, str | None, str | None]] = {}
    for name, group in _by_kind(keys).items():
        kind = kinds.get(name)
        main = kind.field(kind.main).column
        english = kind.field(kind.english).column if kind.english else "NULL"
        date = kind.field(kind.date).column if kind.date else "NULL"
        for chunk in chunked(group):
            sql = (f"SELECT key, substr({main}, 1, {CARD_CHARS}), {english}, {date} FROM {kind.table} "
                   f"WHERE key IN ({marks(len(chunk))})")
            for key, text, en, when in conn.execute(sql, chunk):
                out[key] = (text, en, when)
    return out


def quote_ends(conn: sqlite3.Connection, keys: Iterable[str]) -> dict[str, tuple[str, str | None, str | None]]:
    """(speaker, event, source) of each quote id given that exists."""
    out = {}
    quotes = [k for k in dict.fromkeys(keys) if kinds.kind_of(k) == "quote"]
    for chunk in chunked(quotes):
        for quote, speaker, event, source in conn.execute(QUOTE_ENDS.format(marks(len(chunk))), chunk):
            out[quote] = (speaker, event, source)
    return out
