"""The queries behind the desktop tabs: row ids in pages, display rows by id, counts.

Qt-free, so the models stay thin and the CLI and tests reach the same
queries. Nothing here reads a whole table at start-up: rows come in pages.
A sort on an indexed column pages with a keyset over (column, id), which
stays fast at any depth; any other sort orders the matching ids once in SQL
and hands them out in pages (8 bytes an id). Display rows are fetched for a
batch of ids at a time, with long text cut to `CELL_CHARS` in SQL so a
50,000-character field never reaches a table cell whole.
"""
from __future__ import annotations

import time
from array import array
from dataclasses import dataclass, field, replace

from desktop.core import reader
from desktop.core.records import ACTOR_TYPES, EVENT_STATUSES, KINDS, PLACE_TYPES, REVIEW_STATES

CELL_CHARS = 300        # characters of a text column a table cell ever receives
RELATED_LIMIT = 200     # related records listed in a detail view

TABLES = {"actor": "actors", "place": "places", "source": "sources", "event": "events", "quote": "quotes"}
TAB_ORDER = ("event", "actor", "quote", "place", "source")


class ViewError(ValueError):
    """A view was asked for something it does not have (unknown kind, column or filter)."""


@dataclass(frozen=True)
class Column:
    name: str                 # key in the display row
    sort: str                 # SQL expression over the kind's table, aliased `t`
    indexed: bool = False     # an index orders `sort`, so pages use a keyset
    nullable: bool = True


_T = "(SELECT substr({col}, 1, %d) FROM {table} WHERE id = t.{fk})" % CELL_CHARS

COLUMNS: dict[str, tuple[Column, ...]] = {
    "event": (
        Column("date", "t.date", indexed=True),
        Column("title", "t.title", indexed=True, nullable=False),
        Column("place", "(SELECT name FROM places WHERE id = t.place_id)"),
        Column("actors", "(SELECT min(a.name) FROM event_actors ea JOIN actors a ON a.id = ea.actor_id "
                         "WHERE ea.event_id = t.id)"),
        Column("status", "t.status", indexed=True),
        Column("review", "t.review"),
    ),
    "actor": (
        Column("name", "t.name", indexed=True, nullable=False),
        Column("name_en", "t.name_en_norm", indexed=True),
        Column("type", "t.type"),
        Column("title", "t.title"),
        Column("quotes", "(SELECT count(*) FROM quotes WHERE speaker_id = t.id)"),
        Column("events", "(SELECT count(*) FROM event_actors WHERE actor_id = t.id)"),
        Column("review", "t.review"),
    ),
    "quote": (
        Column("text", "t.text", nullable=False),
        Column("speaker", "(SELECT name FROM actors WHERE id = t.speaker_id)"),
        Column("date", "t.date", indexed=True),
        Column("source", "(SELECT title FROM sources WHERE id = t.source_id)"),
        Column("review", "t.review"),
    ),
    "place": (
        Column("name", "t.name", indexed=True, nullable=False),
        Column("name_en", "t.name_en_norm", indexed=True),
        Column("type", "t.type"),
        Column("parent", "(SELECT name FROM places WHERE id = t.parent_id)"),
        Column("review", "t.review"),
    ),
    "source": (
        Column("title", "t.title", nullable=False),
        Column("outlet", "t.outlet"),
        Column("published", "t.published", indexed=True),
        Column("review", "t.review"),
    ),
}

DEFAULT_SORT = {"event": ("date", True), "actor": ("name", False), "quote": ("date", True),
                "place": ("name", False), "source": ("published", True)}

# The column a date filter applies to, and the one a type/status filter applies to.
DATE_COLUMNS = {"event": ("t.date", "t.date_end"), "quote": ("t.date", None), "source": ("t.published", None)}
CATEGORY_COLUMNS = {"actor": ("t.type", ACTOR_TYPES), "place": ("t.type", PLACE_TYPES),
                    "event": ("t.status", EVENT_STATUSES)}


@dataclass(frozen=True)
class Filters:
    query: str = ""
    date_from: str | None = None   # ISO day, inclusive
    date_to: str | None = None     # ISO day, inclusive
    category: str | None = None    # actor/place type or event status
    review: str | None = None      # confirmed | unreviewed

    @property
    def empty(self) -> bool:
        return not (self.query.strip() or self.date_from or self.date_to or self.category or self.review)

    def without_query(self) -> "Filters":
        return replace(self, query="")


@dataclass
class HitSet:
    """The records of one kind a search matched: an SQL id subquery, or a list of ids."""
    sql: str
    params: list = field(default_factory=list)
    total: int | None = None     # None: not counted yet
    elapsed_ms: float = 0.0


def columns(kind: str) -> tuple[Column, ...]:
    if kind not in COLUMNS:
        raise ViewError(f"{kind!r} is not one of {', '.join(KINDS)}")
    return COLUMNS[kind]


def column(kind: str, name: str) -> Column:
    for col in columns(kind):
        if col.name == name:
            return col
    raise ViewError(f"{kind} has no column {name!r}")


# --- search hits ----------------------------------------------------------------


def hits(store, kind: str, query: str) -> HitSet:
    """The row ids of `kind` that `query` matches, as a subquery for `t.id IN (...)`.

    Raises desktop.core.query.QueryError for a query that cannot run.
    """
    from desktop.core import search
    started = time.perf_counter()
    sql, params = search.matching_row_ids_sql(store, query, kind)
    return HitSet(sql, list(params), None, (time.perf_counter() - started) * 1000)


def hit_counts(store, query: str) -> dict[str, int]:
    """How many records of each kind `query` matches, in one pass over the index."""
    from desktop.core import search
    return search.counts_by_kind(store, query)


# --- where clauses ----------------------------------------------------------------


def _where(kind: str, filters: Filters, hit_set: HitSet | None) -> tuple[list[str], list]:
    clauses: list[str] = []
    params: list = []
    if hit_set is not None:
        clauses.append(f"t.id IN ({hit_set.sql})")
        params += hit_set.params
    if filters.review:
        if filters.review not in REVIEW_STATES:
            raise ViewError(f"review {filters.review!r} is not one of {', '.join(REVIEW_STATES)}")
        clauses.append("t.review = ?")
        params.append(filters.review)
    if filters.category:
        if kind not in CATEGORY_COLUMNS:
            raise ViewError(f"{kind} records have no type or status to filter on")
        col, allowed = CATEGORY_COLUMNS[kind]
        if filters.category not in allowed:
            raise ViewError(f"{filters.category!r} is not one of {', '.join(allowed)}")
        clauses.append(f"{col} = ?")
        params.append(filters.category)
    if (filters.date_from or filters.date_to) and kind in DATE_COLUMNS:
        start, end = DATE_COLUMNS[kind]
        last = f"coalesce({end}, {start})" if end else start
        if filters.date_to:
            # A date of any precision starts on or before its own text: "2025-09" <= "2025-09-15".
            clauses.append(f"{start} <= ?")
            params.append(filters.date_to)
        if filters.date_from:
            # ...and ends after its text with "~" appended ("~" sorts after digits and "-"),
            # so "2025-09" still covers 2025-09-15.
            clauses.append(f"({last} || '~') >= ?")
            params.append(filters.date_from)
    return clauses, params


# --- counting ---------------------------------------------------------------------


def count(store, kind: str, filters: Filters = Filters(), hit_set: HitSet | None = None) -> int:
    """Records of `kind` that pass `filters`; the unfiltered count comes from the store's index."""
    columns(kind)
    if filters.empty:
        return store.counts()[kind]
    if filters.query.strip() and hit_set is None:
        hit_set = hits(store, kind, filters.query)
    if hit_set is not None and filters.without_query().empty and hit_set.total is not None:
        return hit_set.total
    clauses, params = _where(kind, filters, hit_set)
    where = " WHERE " + " AND ".join(clauses) if clauses else ""
    return store.conn.execute(f"SELECT count(*) FROM {TABLES[kind]} t{where}", params).fetchone()[0]


# --- paging row ids -----------------------------------------------------------------


class Pager:
    """Row ids of one kind, in the asked order, handed out a page at a time."""

    def __init__(self, store, kind: str, sort: str | None = None, descending: bool | None = None,
                 filters: Filters = Filters(), hit_set: HitSet | None = None):
        default_sort, default_desc = DEFAULT_SORT[kind]
        self.store = store
        self.kind = kind
        self.column = column(kind, sort or default_sort)
        self.descending = default_desc if descending is None else descending
        if filters.query.strip() and hit_set is None:
            hit_set = hits(store, kind, filters.query)
        self.clauses, self.params = _where(kind, filters, hit_set)
        self.done = False
        self._cursor: tuple | None = None
        # Keyset segments: ASC walks the NULLs (by id) and then the values, DESC the reverse.
        if not self.column.nullable:
            self._segments = ["values"]
        else:
            self._segments = ["values", "nulls"] if self.descending else ["nulls", "values"]
        self._sorted: array | None = None
        self._pos = 0

    def next(self, n: int) -> list[int]:
        """The next `n` row ids ([] once every id has been handed out)."""
        if self.done:
            return []
        out = self._keyset(n) if self.column.indexed else self._materialized(n)
        if not out:
            self.done = True
        return out

    def _materialized(self, n: int) -> list[int]:
        if self._sorted is None:
            order = "DESC" if self.descending else "ASC"
            where = " WHERE " + " AND ".join(self.clauses) if self.clauses else ""
            sql = (f"SELECT t.id FROM {TABLES[self.kind]} t{where} "
                   f"ORDER BY {self.column.sort} IS NULL {'ASC' if self.descending else 'DESC'}, "
                   f"{self.column.sort} {order}, t.id {order}")
            self._sorted = array("q", (r for (r,) in self.store.conn.execute(sql, self.params)))
        out = self._sorted[self._pos:self._pos + n].tolist()
        self._pos += len(out)
        return out

    def _keyset(self, n: int) -> list[int]:
        out: list[int] = []
        while len(out) < n and self._segments:
            want = n - len(out)
            batch = self._keyset_batch(want, self._segments[0] == "nulls")
            out += batch
            if len(batch) < want:
                self._segments.pop(0)
                self._cursor = None
        return out

    def _keyset_batch(self, n: int, nulls: bool) -> list[int]:
        order = "DESC" if self.descending else "ASC"
        cmp = "<" if self.descending else ">"
        sort = self.column.sort
        clauses, params = list(self.clauses), list(self.params)
        if nulls:
            clauses.append(f"{sort} IS NULL")
            if self._cursor is not None:
                clauses.append(f"t.id {cmp} ?")
                params.append(self._cursor[1])
            order_by = f"t.id {order}"
        else:
            if self.column.nullable:
                clauses.append(f"{sort} IS NOT NULL")
            if self._cursor is not None:
                clauses.append(f"({sort}, t.id) {cmp} (?, ?)")
                params += list(self._cursor)
            order_by = f"{sort} {order}, t.id {order}"
        where = " WHERE " + " AND ".join(clauses) if clauses else ""
        rows = self.store.conn.execute(
            f"SELECT {sort}, t.id FROM {TABLES[self.kind]} t{where} ORDER BY {order_by} LIMIT ?",
            params + [n]).fetchall()
        if rows:
            self._cursor = tuple(rows[-1])
        return [r[1] for r in rows]


def row_ids(store, kind: str, sort: str | None = None, descending: bool | None = None,
            filters: Filters = Filters(), limit: int | None = None) -> list[int]:
    """Row ids in order (all of them only when asked: prefer a Pager)."""
    pager = Pager(store, kind, sort, descending, filters)
    out: list[int] = []
    while limit is None or len(out) < limit:
        page = pager.next(1000 if limit is None else min(1000, limit - len(out)))
        if not page:
            break
        out += page
    return out


# --- display rows -------------------------------------------------------------------

_ROWS = {
    "event": ("SELECT t.id, t.key, t.review, t.date, t.date_end, t.date_precision, "
              f"substr(t.title, 1, {CELL_CHARS}), p.name, p.key, t.status "
              "FROM events t LEFT JOIN places p ON p.id = t.place_id WHERE t.id IN ({})",
              ("date", "date_end", "date_precision", "title", "place", "place_key", "status")),
    "actor": (f"SELECT t.id, t.key, t.review, t.name, t.name_en, t.type, substr(t.title, 1, {CELL_CHARS}), "
              "(SELECT count(*) FROM quotes WHERE speaker_id = t.id), "
              "(SELECT count(*) FROM event_actors WHERE actor_id = t.id) FROM actors t WHERE t.id IN ({})",
              ("name", "name_en", "type", "title", "quotes", "events")),
    "quote": (f"SELECT t.id, t.key, t.review, substr(t.text, 1, {CELL_CHARS}), length(t.text), sp.name, sp.key, "
              f"t.date, substr(s.title, 1, {CELL_CHARS}), s.key FROM quotes t "
              "JOIN actors sp ON sp.id = t.speaker_id LEFT JOIN sources s ON s.id = t.source_id "
              "WHERE t.id IN ({})",
              ("text", "text_length", "speaker", "speaker_key", "date", "source", "source_key")),
    "place": ("SELECT t.id, t.key, t.review, t.name, t.name_en, t.type, par.name, par.key FROM places t "
              "LEFT JOIN places par ON par.id = t.parent_id WHERE t.id IN ({})",
              ("name", "name_en", "type", "parent", "parent_key")),
    "source": (f"SELECT t.id, t.key, t.review, substr(t.title, 1, {CELL_CHARS}), t.outlet, t.published "
               "FROM sources t WHERE t.id IN ({})",
               ("title", "outlet", "published")),
}


def rows(store, kind: str, ids: list[int]) -> dict[int, dict]:
    """Display rows by row id: the tab's columns plus `id`, `key` and `review`."""
    columns(kind)
    out: dict[int, dict] = {}
    sql, names = _ROWS[kind]
    for i in range(0, len(ids), 500):
        chunk = list(ids[i:i + 500])
        marks = ",".join("?" * len(chunk))
        for row in store.conn.execute(sql.format(marks), chunk):
            rec = {"id": row[0], "key": row[1], "review": row[2]}
            rec.update(zip(names, row[3:]))
            out[row[0]] = rec
        if kind == "event":
            for rec in out.values():
                rec.setdefault("actors", [])
            for event_id, name, key, role in store.conn.execute(
                    "SELECT ea.event_id, a.name, a.key, ea.role FROM event_actors ea "
                    f"JOIN actors a ON a.id = ea.actor_id WHERE ea.event_id IN ({marks}) "
                    "ORDER BY ea.event_id, ea.position", chunk):
                out[event_id]["actors"].append({"name": name, "key": key, "role": role})
    return out


def row_id(store, key: str) -> int | None:
    kind = reader.kind_of(key)
    if kind is None:
        return None
    row = store.conn.execute(f"SELECT id FROM {TABLES[kind]} WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


# --- detail: a record with what it links to ------------------------------------------


def related(store, key: str) -> dict | None:
    """A record in interchange form plus the names and titles of what it refers to."""
    rec = store.get(key)
    if rec is None:
        return None
    kind = rec["kind"]
    conn = store.conn
    names: dict[str, str] = {}

    def name_of(ref: str | None) -> None:
        if not ref or ref in names:
            return
        ref_kind = reader.kind_of(ref)
        col = "title" if ref_kind in ("source", "event") else ("text" if ref_kind == "quote" else "name")
        row = conn.execute(f"SELECT substr({col}, 1, {CELL_CHARS}) FROM {TABLES[ref_kind]} WHERE key = ?",
                           (ref,)).fetchone()
        if row:
            names[ref] = row[0]

    for ref in (rec.get("speaker"), rec.get("source"), rec.get("event"), rec.get("place"),
                rec.get("affiliation"), rec.get("parent"), *rec.get("sources", []),
                *(a["actor"] for a in rec.get("actors", []))):
        name_of(ref)
    out = {"record": rec, "names": names}
    if kind == "quote" and rec.get("source"):
        body = conn.execute("SELECT body FROM sources WHERE key = ?", (rec["source"],)).fetchone()
        out["source_body"] = body[0] if body else None
    if kind == "actor":
        rid = row_id(store, key)
        out["quotes"] = [dict(zip(("key", "text", "date"), r)) for r in conn.execute(
            f"SELECT key, substr(text, 1, {CELL_CHARS}), date FROM quotes WHERE speaker_id = ? "
            "ORDER BY date DESC, id DESC LIMIT ?", (rid, RELATED_LIMIT))]
        out["events"] = [dict(zip(("key", "title", "date", "role"), r)) for r in conn.execute(
            f"SELECT e.key, substr(e.title, 1, {CELL_CHARS}), e.date, ea.role FROM event_actors ea "
            "JOIN events e ON e.id = ea.event_id WHERE ea.actor_id = ? ORDER BY e.date DESC, e.id DESC LIMIT ?",
            (rid, RELATED_LIMIT))]
        out["members"] = [dict(zip(("key", "name"), r)) for r in conn.execute(
            "SELECT key, name FROM actors WHERE affiliation_id = ? ORDER BY name LIMIT ?", (rid, RELATED_LIMIT))]
    elif kind == "event":
        out["quotes"] = [dict(zip(("key", "text", "speaker"), r)) for r in conn.execute(
            f"SELECT q.key, substr(q.text, 1, {CELL_CHARS}), a.name FROM quotes q JOIN actors a "
            "ON a.id = q.speaker_id WHERE q.event_id = ? LIMIT ?", (row_id(store, key), RELATED_LIMIT))]
    elif kind == "place":
        rid = row_id(store, key)
        out["events"] = [dict(zip(("key", "title", "date"), r)) for r in conn.execute(
            f"SELECT key, substr(title, 1, {CELL_CHARS}), date FROM events WHERE place_id = ? "
            "ORDER BY date DESC LIMIT ?", (rid, RELATED_LIMIT))]
        out["children"] = [dict(zip(("key", "name"), r)) for r in conn.execute(
            "SELECT key, name FROM places WHERE parent_id = ? ORDER BY name LIMIT ?", (rid, RELATED_LIMIT))]
    elif kind == "source":
        rid = row_id(store, key)
        out["quotes"] = [dict(zip(("key", "text", "speaker"), r)) for r in conn.execute(
            f"SELECT q.key, substr(q.text, 1, {CELL_CHARS}), a.name FROM quotes q JOIN actors a "
            "ON a.id = q.speaker_id WHERE q.source_id = ? LIMIT ?", (rid, RELATED_LIMIT))]
        out["events"] = [dict(zip(("key", "title", "date"), r)) for r in conn.execute(
            f"SELECT e.key, substr(e.title, 1, {CELL_CHARS}), e.date FROM event_sources es JOIN events e "
            "ON e.id = es.event_id WHERE es.source_id = ? LIMIT ?", (rid, RELATED_LIMIT))]
    return out


def names_for_completion(store, kind: str, limit: int = 5000) -> list[tuple[str, str]]:
    """(label, id) pairs of actors or places by name, English name and alias, for completers."""
    table = TABLES[kind]
    alias_table, fk = ("actor_aliases", "actor_id") if kind == "actor" else ("place_aliases", "place_id")
    return [(label, key) for label, key in store.conn.execute(
        f"SELECT name, key FROM {table} UNION ALL SELECT name_en, key FROM {table} WHERE name_en IS NOT NULL "
        f"UNION ALL SELECT x.alias, t.key FROM {alias_table} x JOIN {table} t ON t.id = x.{fk} LIMIT ?",
        (limit,))]


def search_references(store, kind: str, text: str, limit: int = 20) -> list[tuple[str, str]]:
    """(label, id) of records of `kind` whose name, alias or title starts with `text` (normalised)."""
    norm = reader.name_norm(text)
    if not norm:
        return []
    table = TABLES[kind]
    if kind in ("actor", "place"):
        # A prefix as a range over the normalised-name indexes ("\uffff" sorts after every letter).
        alias_table, fk = ("actor_aliases", "actor_id") if kind == "actor" else ("place_aliases", "place_id")
        rows_ = store.conn.execute(
            f"SELECT * FROM (SELECT name, key FROM {table} WHERE name_norm >= ?1 AND name_norm < ?1 || '\uffff' "
            f"LIMIT ?2) UNION ALL SELECT * FROM (SELECT name, key FROM {table} "
            f"WHERE name_en_norm >= ?1 AND name_en_norm < ?1 || '\uffff' LIMIT ?2) "
            f"UNION ALL SELECT * FROM (SELECT x.alias || ' (' || t.name || ')', t.key FROM {alias_table} x "
            f"JOIN {table} t ON t.id = x.{fk} WHERE x.alias_norm >= ?1 AND x.alias_norm < ?1 || '\uffff' LIMIT ?2)",
            (norm, limit)).fetchall()
        out, seen = [], set()
        for label, key in rows_:
            if (label, key) not in seen:
                seen.add((label, key))
                out.append((label, key))
        return out[:limit]
    # Sources and events have no name index: ask the search index (the typed words, the last a prefix).
    from desktop.core import search
    from desktop.core.query import QueryError
    words = reader.name_norm(text).split()
    try:
        result = search.search(store, " ".join(words[:-1] + [words[-1] + "*"]), kind=kind, limit=limit)
    except QueryError:
        return []
    return [(hit.title[:120], hit.id) for hit in result.hits]
