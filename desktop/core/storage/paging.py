"""The queries behind the tabs: row ids in pages, display rows by id, counts.

Nothing reads a whole table: rows come in pages. A sort on an indexed column
pages with a keyset over (column, id), which stays fast at any depth; any
other sort orders the matching ids once in SQL and hands them out in pages
(8 bytes an id). Display rows are fetched for a batch of ids at a time, with
long text cut to CELL_CHARS in SQL so a 50,000-character field never reaches
a table cell whole. Every column and filter is made from the kind registry.
"""
from __future__ import annotations

import functools
from array import array
from dataclasses import dataclass
from typing import Any

from desktop.core import kinds
from desktop.core.errors import ViewError
from desktop.core.kinds import Column, Field, Kind
from desktop.core.kinds import fields as f
from desktop.core.storage.tables import chunked, marks

CELL_CHARS = 300        # characters of a text column a table cell ever receives


@dataclass(frozen=True)
class ColumnSql:
    name: str
    sort: str                 # SQL expression over the kind's table, aliased `t`
    nullable: bool
    plain: str | None         # `t.col` when the sort is a plain column (an index may order it)


ROW_ID = "{row_id}"     # where a probe takes the row id it tests


@dataclass
class HitSet:
    """The row ids of one kind a search matched, as an SQL sub-select (opaque outside storage).

    `probe` is the same search as a correlated test of one row (ROW_ID marks
    where the row's id goes), with the same parameters.
    """
    sql: str
    params: list
    total: int | None = None
    elapsed_ms: float = 0.0
    probe: str | None = None


def _main_column(kind: Kind) -> str:
    return kind.field(kind.main).column


def _shown_name(target: Kind, prefix: str, language: str) -> str:
    """The name of a `target` record as a cell shows it (record_names.shown), over columns named `prefix`col."""
    name = f"{prefix}{_main_column(target)}"
    if language == "en" and target.english:
        return f"coalesce(nullif({prefix}{target.field(target.english).column}, ''), {name})"
    return name


@functools.cache
def column_sql(kind: Kind, column: Column, language: str = "ar") -> ColumnSql:
    """`language` is the UI's: a column naming actors or places sorts by the names its cells show, in
    English their English names where they have one (record_names.shown), so it reads in order under its
    arrow. No index orders such a name: these sorts order the matching ids once (Pager._materialized)."""
    if column.count_of:
        other, name = kinds.get(column.count_of[0]), column.count_of[1]
        fld = other.field(name)
        if fld.links:
            sql = f"(SELECT count(*) FROM {fld.links.table} WHERE {fld.links.target} = t.id)"
        else:
            sql = f"(SELECT count(*) FROM {other.table} WHERE {fld.column} = t.id)"
        return ColumnSql(column.name, sql, False, None)
    fld = kind.field(column.name)
    if fld.type == f.REF:
        target = kinds.get(fld.ref)
        return ColumnSql(column.name, f"(SELECT {_shown_name(target, '', language)} FROM {target.table} "
                         f"WHERE id = t.{fld.column})", True, None)
    if fld.links:
        target, link = kinds.get(fld.ref), fld.links
        # By the name the cell shows first (the first link), not the smallest: sorted so, the column reads
        # in order under its arrow.
        return ColumnSql(column.name, f"(SELECT {_shown_name(target, 'x.', language)} FROM {link.table} l JOIN "
                         f"{target.table} x ON x.id = l.{link.target} WHERE l.{link.owner} = t.id "
                         f"ORDER BY l.position LIMIT 1)", True, None)
    col = f"t.{fld.column}_norm" if fld.normalised else f"t.{fld.column}"
    return ColumnSql(column.name, col, not fld.required, col)


def columns(kind: Kind) -> tuple[Column, ...]:
    return kind.columns


def column(kind: Kind, name: str) -> Column:
    for col in kind.columns:
        if col.name == name:
            return col
    raise ViewError("view.bad_column", kind=kind.name, column=name)


# --- filters ------------------------------------------------------------------------------


def where(kind: Kind, filters, hit_set: HitSet | None, walk: str | None = None) -> tuple[list[str], list]:
    """Clauses over alias t for a Filters (desktop.core.views) and a search's hits.

    `walk`: the hits only test the rows an index walk meets, either as a set
    built once per query ("in"; `+t.id` keeps SQLite from reading the rows
    through the hits instead) or one probe per row met ("probe").
    """
    clauses: list[str] = []
    params: list = []
    if hit_set is not None:
        if walk == PROBE and hit_set.probe:
            clauses.append(f"EXISTS ({hit_set.probe.replace(ROW_ID, 't.id')})")
        else:
            clauses.append(f"{'+' if walk else ''}t.id IN ({hit_set.sql})")
        params += hit_set.params
    for name, code in filters.values:
        if not kind.has(name) or not kind.field(name).choices:
            raise ViewError("view.bad_filter", kind=kind.name, filter=name)
        fld = kind.field(name)
        if code not in fld.codes:
            raise ViewError("view.bad_value", value=code, choices=", ".join(map(str, fld.codes)))
        clauses.append(f"t.{fld.column} = ?")
        params.append(code)
    if (filters.date_from or filters.date_to) and kind.date:
        start = f"t.{kind.field(kind.date).column}"
        last = f"coalesce(t.{kind.field(kind.date_end).column}, {start})" if kind.date_end else start
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


def count(conn, kind: Kind, filters, hit_set: HitSet | None) -> int:
    clauses, params = where(kind, filters, hit_set)
    sql = f"SELECT count(*) FROM {kind.table} t" + (" WHERE " + " AND ".join(clauses) if clauses else "")
    return conn.execute(sql, params).fetchone()[0]


# --- paging row ids ---------------------------------------------------------------------


PAGE = 500          # row ids a tab asks for at a time
SET, PROBE = "in", "probe"      # the two ways an index walk tests a row against a search's hits


class Pager:
    """Row ids of one kind, in the asked order, handed out a page at a time.

    With a search, a sort on an indexed column walks the index and keeps the
    rows the search matched, when they are many: the first page is found
    after reading about PAGE / density index entries. When they are few,
    walking would read most of the index to find them, so the matches are
    sorted instead (measured on a million records: a common word 49 ms
    sorted, 7 ms walked; a rare one 2 ms sorted, 22 ms walked). A walk tests
    each row it meets against the set of hits, built once per page (0.15 us a
    hit), or, when nearly every row is a hit, probes the search for that row
    alone (14 us a row): a word in 277,000 of 400,000 events took 50 ms a page
    through the set, 10 ms probed.
    """

    def __init__(self, conn, kind: Kind, sort: str, descending: bool, filters, hit_set: HitSet | None,
                 indexed: frozenset[str], language: str = "ar"):
        self.conn = conn
        self.kind = kind
        self.column = column_sql(kind, column(kind, sort), language)
        self.descending = descending
        self.keyset = self.column.plain is not None and self.column.plain[2:] in indexed
        walk = None
        if self.keyset and hit_set is not None:
            walk = _walk(conn, kind, hit_set, self.column.sort, descending)
            self.keyset = walk is not None
        self.clauses, self.params = where(kind, filters, hit_set, walk=walk)
        self.done = False
        self._cursor: tuple | None = None
        # Keyset segments: ASC walks the NULLs (by id) and then the values, DESC the reverse.
        if not self.column.nullable:
            self._segments = ["values"]
        else:
            self._segments = ["values", "nulls"] if descending else ["nulls", "values"]
        self._sorted: array | None = None
        self._pos = 0

    def next(self, n: int) -> list[int]:
        """The next `n` row ids ([] once every id has been handed out)."""
        if self.done:
            return []
        out = self._keyset(n) if self.keyset else self._materialized(n)
        if not out:
            self.done = True
        return out

    def _materialized(self, n: int) -> list[int]:
        if self._sorted is None:
            order = "DESC" if self.descending else "ASC"
            where_sql = " WHERE " + " AND ".join(self.clauses) if self.clauses else ""
            sort = self.column.sort
            sql = (f"SELECT t.id FROM {self.kind.table} t{where_sql} "
                   f"ORDER BY {sort} IS NULL {'ASC' if self.descending else 'DESC'}, {sort} {order}, t.id {order}")
            self._sorted = array("q", (r for (r,) in self.conn.execute(sql, self.params)))
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
        where_sql = " WHERE " + " AND ".join(clauses) if clauses else ""
        rows = self.conn.execute(
            f"SELECT {sort}, t.id FROM {self.kind.table} t{where_sql} ORDER BY {order_by} LIMIT ?",
            params + [n]).fetchall()
        if rows:
            self._cursor = tuple(rows[-1])
        return [r[1] for r in rows]


SAMPLE = 64        # index entries a walk's head is sampled with, before counting hits


def _walk(conn, kind: Kind, hit_set: HitSet, sort: str, descending: bool) -> str | None:
    """How to walk an index for a search's hits (SET or PROBE), or None: sort the hits instead.

    A page walks about PAGE * rows / hits index entries. Sorting costs about
    the hits; a SET walk, the hits plus the entries walked; a PROBE walk,
    about a hundred set entries for each entry walked. So walk past
    0.3 * sqrt(PAGE * rows) hits, and probe past 9 * sqrt(PAGE * rows).

    Counting the hits costs most when they are most (277,000: 19 ms), which
    is when a probe walk wins, so where a probe could win the head of the
    walk is sampled first (under 2 ms): the first pages come from there.
    """
    row = conn.execute("SELECT total FROM doc_counts WHERE kind = ?", (kind.name,)).fetchone()
    rows = row[0] if row else 0
    if hit_set.total is None and hit_set.probe and probe_density(rows) < 1:
        order = "DESC" if descending else "ASC"
        head = (f"SELECT t.id FROM {kind.table} t WHERE {sort} IS NOT NULL "
                f"ORDER BY {sort} {order}, t.id {order} LIMIT {SAMPLE}")
        hit = conn.execute(f"SELECT count(*) FROM ({head}) t WHERE EXISTS "
                           f"({hit_set.probe.replace(ROW_ID, 't.id')})", hit_set.params).fetchone()[0]
        if hit > probe_density(rows) * SAMPLE:
            return PROBE
    if hit_set.total is None:
        hit_set.total = conn.execute(f"SELECT count(*) FROM ({hit_set.sql})", hit_set.params).fetchone()[0]
    walk = walk_for(hit_set.total, rows)
    return SET if walk == PROBE and not hit_set.probe else walk


def probe_density(rows: int) -> float:
    """The share of a kind's rows a search must hit for a probe walk to win."""
    return 9 * (PAGE * rows) ** 0.5 / rows if rows else 2.0


def walk_for(hits: int, rows: int) -> str | None:
    scale = (PAGE * rows) ** 0.5
    if hits > 9 * scale:
        return PROBE
    return SET if hits > 0.3 * scale else None


def indexed_columns(conn, kind: Kind) -> frozenset[str]:
    """Columns of the kind's table that an index orders (its first column), read from the schema."""
    out = set()
    for _, name, *_ in conn.execute(f"PRAGMA index_list({kind.table})"):
        cols = conn.execute(f"PRAGMA index_info({name})").fetchall()
        where_clause = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()
        if cols and cols[0][2] and not (where_clause and where_clause[0] and " WHERE " in where_clause[0]):
            out.add(cols[0][2])
    return frozenset(out)


# --- display rows ----------------------------------------------------------------------------


@dataclass(frozen=True)
class RowsSql:
    select: str
    names: tuple[str, ...]
    links: tuple[Field, ...]


@functools.cache
def rows_sql(kind: Kind) -> RowsSql:
    cols, names, joins, links = ["t.id", "t.key", "t.review"], [], [], []
    for i, col in enumerate(kind.columns):
        if col.count_of:
            cols.append(column_sql(kind, col).sort)
            names.append(col.name)
            continue
        fld = kind.field(col.name)
        if fld.type == f.REF:
            target = kinds.get(fld.ref)
            joins.append(f"LEFT JOIN {target.table} r{i} ON r{i}.id = t.{fld.column}")
            cols += [f"substr(r{i}.{_main_column(target)}, 1, {CELL_CHARS})", f"r{i}.key"]
            names += [col.name, f"{col.name}_key"]
            if target.english:
                # The English UI names an actor or a place by its English name (record_names.shown).
                cols.append(f"substr(r{i}.{target.field(target.english).column}, 1, {CELL_CHARS})")
                names.append(f"{col.name}_en")
        elif fld.links:
            links.append(fld)
        elif fld.type == f.LONG_TEXT:
            cols += [f"substr(t.{fld.column}, 1, {CELL_CHARS})", f"length(t.{fld.column})"]
            names += [col.name, f"{col.name}_length"]
        else:
            cols.append(f"t.{fld.column}")
            names.append(col.name)
        if col.name == kind.date:
            for extra in (kind.date_end, kind.precision):
                if extra:
                    cols.append(f"t.{kind.field(extra).column}")
                    names.append(extra)
    sql = f"SELECT {', '.join(cols)} FROM {kind.table} t {' '.join(joins)} WHERE t.id IN ({{}})"
    return RowsSql(sql, tuple(names), tuple(links))


def rows(conn, kind: Kind, ids: list[int]) -> dict[int, dict[str, Any]]:
    """Display rows by row id: the tab's columns plus `id`, `key` and `review`."""
    spec = rows_sql(kind)
    out: dict[int, dict] = {}
    for chunk in chunked(list(ids)):
        for row in conn.execute(spec.select.format(marks(len(chunk))), chunk):
            rec = {"id": row[0], "key": row[1], "review": row[2]}
            rec.update(zip(spec.names, row[3:]))
            out[row[0]] = rec
        for fld in spec.links:
            target, link = kinds.get(fld.ref), fld.links
            for rec_id in chunk:
                if rec_id in out:
                    out[rec_id].setdefault(fld.name, [])
            role = f"l.{link.role}" if link.role else "''"
            english = f"x.{target.field(target.english).column}" if target.english else "NULL"
            for owner, name, key, role_value, name_en in conn.execute(
                    f"SELECT l.{link.owner}, x.{_main_column(target)}, x.key, {role}, {english} FROM {link.table} l "
                    f"JOIN {target.table} x ON x.id = l.{link.target} WHERE l.{link.owner} IN ({marks(len(chunk))}) "
                    f"ORDER BY l.{link.owner}, l.position", chunk):
                if owner in out:
                    out[owner][fld.name].append({"name": name, "key": key, "role": role_value, "name_en": name_en})
    return out
