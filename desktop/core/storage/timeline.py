"""The queries behind the timeline: the extent of what a search matches, counts per period, a span's items.

Nothing here reads a whole table on a big store. The extent comes from the
date index's two ends; counts are GROUP BYs over date prefixes ("2025",
"2025-09", "2025-09-27"), which the date index answers without reading rows;
items are read for one span at a time, at most `cap` of them, with their lane
values (actors, places...) fetched for those items only. A search restricts
every query through its HitSet (desktop/core/storage/paging.py `where`).

Dates are ISO text of their own precision, so "2025" < "2025-01" <
"2025-01-05": records starting from a day on are those whose date is at or
after it, plus those dated only by that day's year or month ("2025",
"2025-09" for 2025-09-15), which the date index finds as an OR of ranges.
A range (date_end) that began before a span and reaches into it is found
apart: `ranges` lists a kind's ranges once per search, and `early_items`
reads them by a scan when there are too many to list.
"""
from __future__ import annotations

from desktop.core import kinds
from desktop.core.kinds import Kind
from desktop.core.storage.paging import HitSet, where
from desktop.core.storage.tables import chunked, marks

GRAIN_CHARS = {"year": 4, "month": 7, "day": 10}
LANES = ("none", "actor", "place", "category", "status")
MORE = "\x00more"          # the lane of every value past the lanes asked for
TITLE_CHARS = 200          # characters of a title or a quote a mark carries
RANGE_SCAN = 100_000       # records of a kind up to which the extent reads where the last range ends


def _clauses(kind: Kind, filters, hit_set: HitSet | None) -> tuple[list[str], list]:
    return where(kind, filters, hit_set)


def _cols(kind: Kind) -> tuple[str, str | None, str | None]:
    date = kind.field(kind.date).column
    end = kind.field(kind.date_end).column if kind.date_end else None
    precision = kind.field(kind.precision).column if kind.precision else None
    return date, end, precision


def _sql_where(clauses: list[str]) -> str:
    return " WHERE " + " AND ".join(clauses) if clauses else ""


def _starting(date: str, lo: str, hi: str) -> tuple[list[str], list]:
    """Clauses: the record's date starts within the ISO days [lo, hi] (a coarser date counts from its first
    day). On a year's or a month's first day, the bound is that year or month: one range of the index,
    in its order."""
    col = f"t.{date}"
    if lo.endswith("-01-01"):
        return [f"{col} >= ?", f"{col} <= ?"], [lo[:4], hi]
    if lo.endswith("-01"):
        return [f"({col} BETWEEN ? AND ? OR {col} = ?)"], [lo[:7], hi, lo[:4]]
    return [f"({col} BETWEEN ? AND ? OR {col} IN (?, ?))"], [lo, hi, lo[:4], lo[:7]]


# --- extent ---------------------------------------------------------------------------------


def extent(conn, kind: Kind, filters, hit_set: HitSet | None) -> tuple[str | None, str | None, int]:
    """(first date, last date covered, undated count) of the records of `kind` that pass.

    Unrestricted, the first and last start come from the date index's ends. Where
    the last range ends takes reading the table (85 ms for 400,000 events, warm),
    so past RANGE_SCAN records the extent ends at the last start.
    """
    date, end, _ = _cols(kind)
    clauses, params = _clauses(kind, filters, hit_set)
    table = kind.table
    if clauses:
        last = f"max(coalesce(t.{end}, t.{date}))" if end else f"max(t.{date})"
        row = conn.execute(f"SELECT min(t.{date}), {last}, sum(t.{date} IS NULL) FROM {table} t"
                           f"{_sql_where(clauses)}", params).fetchone()
        return row[0], row[1], row[2] or 0
    first = conn.execute(f"SELECT min({date}) FROM {table} WHERE {date} IS NOT NULL").fetchone()[0]
    last = conn.execute(f"SELECT max({date}) FROM {table}").fetchone()[0]
    undated = conn.execute(f"SELECT count(*) FROM {table} WHERE {date} IS NULL").fetchone()[0]
    row = conn.execute("SELECT total FROM doc_counts WHERE kind = ?", (kind.name,)).fetchone()
    if end and last is not None and (row[0] if row else 0) <= RANGE_SCAN:
        # A range may end after the last start; finding out reads the table, so big stores skip it.
        last_end = conn.execute(f"SELECT max({end}) FROM {table} WHERE {end} > ?", (last,)).fetchone()[0]
        last = max(last, last_end or last)
    return first, last, undated


# --- counts ---------------------------------------------------------------------------------


def count_starting(conn, kind: Kind, filters, hit_set: HitSet | None, lo: str, hi: str) -> int:
    """Records whose date starts within the ISO days [lo, hi]: what reading that span would load."""
    date, _, _ = _cols(kind)
    span, span_params = _starting(date, lo, hi)
    clauses, params = _clauses(kind, filters, hit_set)
    return conn.execute(f"SELECT count(*) FROM {kind.table} t{_sql_where(span + clauses)}",
                        span_params + params).fetchone()[0]


def _lane_sql(kind: Kind, lane: str) -> tuple[str, str]:
    """(joins, SQL expression) giving the lane value of a row of `kind` (alias t); NULL: no value."""
    if lane == "none":
        return "", "NULL"
    if lane == "actor":
        if kind.has("actors"):
            link = kind.field("actors").links
            return f" LEFT JOIN {link.table} l ON l.{link.owner} = t.id", f"l.{link.target}"
        return "", f"t.{kind.field(kind.byline).column}"
    if kind.has(lane):
        return "", f"t.{kind.field(lane).column}"
    # a quote's place, status and category are those of its event
    event = kinds.get("event")
    via = kind.field("event").column
    return f" LEFT JOIN {event.table} e ON e.id = t.{via}", f"e.{event.field(lane).column}"


def lane_totals(conn, kind: Kind, filters, hit_set: HitSet | None, lo: str, hi: str, lane: str,
                limit: int) -> tuple[list[tuple[object, int]], int]:
    """The `limit` lane values with most records starting in the ISO days [lo, hi], and how many values
    there are."""
    date, _, _ = _cols(kind)
    joins, expr = _lane_sql(kind, lane)
    span, span_params = _starting(date, lo, hi)
    clauses, params = _clauses(kind, filters, hit_set)
    rows = conn.execute(f"SELECT {expr} AS v, count(DISTINCT t.id) FROM {kind.table} t{joins}"
                        f"{_sql_where(span + clauses)} GROUP BY v ORDER BY 2 DESC", span_params + params).fetchall()
    return [(v, n) for v, n in rows[:limit]], len(rows)


def bucket_counts(conn, kind: Kind, filters, hit_set: HitSet | None, lo: str, hi: str, grain: str,
                  lane: str = "none", lanes: list | None = None) -> list[tuple[object, str, int]]:
    """(lane value, date prefix, records) for records starting in the ISO days [lo, hi], by the grain's
    date prefix.

    A date coarser than the grain keeps its own text ("2025" among months). With
    `lanes`, a value not among them counts under MORE. The GROUP BY is on the
    whole date, which the date index hands over in order when the span starts
    on a year's first day (no sort: 32 ms for 400,000 events, against 96 ms
    grouping by a prefix); the few thousand distinct dates are then added up
    by prefix here.
    """
    date, _, _ = _cols(kind)
    chars = GRAIN_CHARS[grain]
    joins, expr = _lane_sql(kind, lane)
    params: list = []
    if lanes is not None and lane != "none":
        known = [v for v in lanes if v is not None]
        test = f"{expr} IN ({marks(len(known))})" if known else "0"
        none = f"WHEN {expr} IS NULL THEN NULL " if None in lanes else ""
        expr = f"CASE {none}WHEN {test} THEN {expr} ELSE ? END"
        params += known + [MORE]
    span, span_params = _starting(date, lo, hi)
    clauses, where_params = _clauses(kind, filters, hit_set)
    clauses = span + clauses
    count = "count(DISTINCT t.id)" if joins and lane == "actor" else "count(*)"
    group = f"t.{date}" if lane == "none" else f"t.{date}, v"
    sql = (f"SELECT {expr} AS v, t.{date}, {count} FROM {kind.table} t{joins}"
           f"{_sql_where(clauses)} GROUP BY {group}")
    sums: dict[tuple[object, str], int] = {}
    for value, day, n in conn.execute(sql, params + span_params + where_params):
        cell = (value, day[:chars])
        sums[cell] = sums.get(cell, 0) + n
    return [(value, prefix, n) for (value, prefix), n in sums.items()]


# --- items ----------------------------------------------------------------------------------


def _item_select(kind: Kind) -> tuple[str, str]:
    date, end, precision = _cols(kind)
    main = kind.field(kind.main).column
    cols = ["t.id", "t.key", f"substr(t.{main}, 1, {TITLE_CHARS})", f"t.{date}",
            f"t.{end}" if end else "NULL", f"t.{precision}" if precision else "NULL",
            f"t.{kind.field('status').column}" if kind.has("status") else "NULL"]
    joins = ""
    if kind.byline:
        target = kinds.get(kind.field(kind.byline).ref)
        joins = f" LEFT JOIN {target.table} b ON b.id = t.{kind.field(kind.byline).column}"
        cols.append(f"b.{target.field(target.main).column}")
    else:
        cols.append("NULL")
    return ", ".join(cols), joins


ITEM_FIELDS = ("id", "key", "title", "date", "date_end", "precision", "status", "byline")


def items(conn, kind: Kind, filters, hit_set: HitSet | None, date_from: str, date_to: str,
          cap: int) -> list[dict]:
    """Records starting within the ISO days [date_from, date_to], in date order, at most `cap` + 1 (one
    more says there were more). Ranges begun earlier: `ranges`, `early_items`."""
    date, _, _ = _cols(kind)
    select, joins = _item_select(kind)
    span, span_params = _starting(date, date_from, date_to)
    clauses, params = _clauses(kind, filters, hit_set)
    return [dict(zip(ITEM_FIELDS, r)) for r in conn.execute(
        f"SELECT {select} FROM {kind.table} t{joins}{_sql_where(span + clauses)} ORDER BY t.{date} LIMIT ?",
        span_params + params + [cap + 1])]


def ranges(conn, kind: Kind, filters, hit_set: HitSet | None, limit: int) -> list[tuple[int, str, str]]:
    """(row id, date, date_end) of the records that pass and have a range, at most `limit` + 1.

    One pass over the table (70 ms for 400,000 events): done once per search,
    so that a span also shows the ranges that began before it."""
    date, end, _ = _cols(kind)
    if not end:
        return []
    clauses, params = _clauses(kind, filters, hit_set)
    # `+`: the date index would read the rows in date order, one seek each (seven times slower).
    clauses = [f"t.{end} IS NOT NULL", f"t.{end} != +t.{date}"] + clauses
    return [tuple(r) for r in conn.execute(
        f"SELECT t.id, t.{date}, t.{end} FROM {kind.table} t{_sql_where(clauses)} LIMIT ?", params + [limit + 1])]


def early_items(conn, kind: Kind, filters, hit_set: HitSet | None, date_from: str, cap: int) -> list[dict]:
    """Records begun before the ISO day `date_from` whose range reaches it (a scan; at most `cap` + 1)."""
    date, end, _ = _cols(kind)
    if not end:
        return []
    select, joins = _item_select(kind)
    clauses, params = _clauses(kind, filters, hit_set)
    # Not starting from date_from (see _starting), and still running on it. No ORDER BY: walking the
    # date index for it would seek every row before date_from.
    early = [f"+t.{date} < ?", f"t.{date} NOT IN (?, ?)", f"t.{end} IS NOT NULL", f"(t.{end} || '~') >= ?"]
    return [dict(zip(ITEM_FIELDS, r)) for r in conn.execute(
        f"SELECT {select} FROM {kind.table} t{joins}{_sql_where(early + clauses)} LIMIT ?",
        [date_from, date_from[:4], date_from[:7], date_from] + params + [cap + 1])]


def items_by_ids(conn, kind: Kind, ids: list[int]) -> list[dict]:
    select, joins = _item_select(kind)
    out = []
    for chunk in chunked(list(ids)):
        out += [dict(zip(ITEM_FIELDS, r)) for r in conn.execute(
            f"SELECT {select} FROM {kind.table} t{joins} WHERE t.id IN ({marks(len(chunk))})", chunk)]
    return out


def items_by_keys(conn, kind: Kind, keys: list[str]) -> list[dict]:
    """The records with these keys (a briefing's figure of chosen records)."""
    select, joins = _item_select(kind)
    out = []
    for chunk in chunked(list(keys)):
        out += [dict(zip(ITEM_FIELDS, r)) for r in conn.execute(
            f"SELECT {select} FROM {kind.table} t{joins} WHERE t.key IN ({marks(len(chunk))})", chunk)]
    return out


# --- lane values ----------------------------------------------------------------------------


def lane_values(conn, kind: Kind, lane: str, ids: list[int]) -> dict[int, list[object]]:
    """Row id -> its lane values (actor or place row ids, status codes, categories), for these rows only."""
    out: dict[int, list[object]] = {i: [] for i in ids}
    if lane == "none" or not ids:
        return out
    joins, expr = _lane_sql(kind, lane)
    order = ", l.position" if lane == "actor" and kind.has("actors") else ""
    for chunk in chunked(list(ids)):
        for rid, value in conn.execute(f"SELECT t.id, {expr} FROM {kind.table} t{joins} "
                                       f"WHERE t.id IN ({marks(len(chunk))}) ORDER BY t.id{order}", chunk):
            if value is not None and value not in out[rid]:
                out[rid].append(value)
    return out


def lane_names(conn, lane: str, ids: list[int]) -> dict[int, tuple[str, str, str | None]]:
    """Actor or place row id -> (key, name, English name)."""
    target = kinds.get(lane)
    main = target.field(target.main).column
    english = target.field(target.english).column if target.english else None
    out = {}
    for chunk in chunked([i for i in ids if isinstance(i, int)]):
        for rid, key, name, name_en in conn.execute(
                f"SELECT id, key, {main}, {english or 'NULL'} FROM {target.table} WHERE id IN ({marks(len(chunk))})",
                chunk):
            out[rid] = (key, name, name_en)
    return out
