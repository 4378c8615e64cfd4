"""Search: a parsed query becomes SQL over FTS5, ranked, with highlights.

Ranking is by tiers, strongest first, then by date (newest first):
  3. every word in its exact form in the name or title;
  2. every word in the name or title, through its stem;
  1. every word in its exact form somewhere (name or body);
  0. every word somewhere, through its stem.
So exact forms come before stem-only matches, names and titles before
bodies, and recency breaks ties. The `score` of a hit is its tier.

Tiers are plain FTS5 column-filter queries read newest-added first. bm25
was tried and dropped: it reads every matching row of every phrase to weigh
it, which cost 30-80 ms per query on a million records; tiers cost 3-20 ms.
Each tier orders at most its RANK_ALL most recently added matches by date.
"""
from __future__ import annotations

import sqlite3
import time
from dataclasses import asdict, dataclass, field

from desktop.core import highlight, indexing
from desktop.core.query import TIERS, Query, QueryError, fts_name_term, fts_term, parse, to_fts
from desktop.core.records import KINDS
from desktop.core.store import TABLES, StoreError


# The record's main text, and the longer text a snippet may come from.
_TEXTS = {
    "actor": "SELECT id, key, name, coalesce(title, '') || ' ' || coalesce(description, '') FROM actors",
    "place": "SELECT id, key, name, coalesce(name_en, '') FROM places",
    "source": "SELECT id, key, title, coalesce(summary, '') || ' ' || coalesce(body, '') FROM sources",
    "event": "SELECT id, key, title, coalesce(summary, '') FROM events",
    "quote": ("SELECT q.id, q.key, q.text, a.name || coalesce(' — ' || q.context, '') "
              "FROM quotes q JOIN actors a ON a.id = q.speaker_id"),
}


@dataclass
class Hit:
    id: str
    kind: str
    title: str
    snippet: str
    date: str | None
    score: float
    highlights: list[tuple[int, int]] = field(default_factory=list)
    in_snippet: bool = False   # the highlights index into the snippet, not the title

    def to_json(self) -> dict:
        out = asdict(self)
        out.pop("in_snippet")
        out["highlights"] = [list(s) for s in self.highlights]
        return out


@dataclass
class SearchResult:
    query: str
    total: int
    elapsed_ms: float
    hits: list[Hit]
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"query": self.query, "total": self.total, "elapsed_ms": round(self.elapsed_ms, 2),
                "hits": [h.to_json() for h in self.hits]}


@dataclass
class Plan:
    """SQL pieces for one query: the FTS5 expression, kinds, and conditions needing search_docs."""
    match: str | None
    kinds: list[str]
    where: list[str]
    params: list
    warnings: list[str]
    tiers: list[str] = field(default_factory=list)   # match expressions, strongest first


def plan(store, q: Query, kind: str | None = None) -> Plan:
    where: list[str] = []
    params: list = []
    warnings = list(q.warnings)
    kinds = list(q.kinds)
    if kind:
        if kind not in KINDS:
            raise QueryError(f"kind {kind!r} is not one of {', '.join(KINDS)}")
        kinds = [k for k in kinds if k == kind] if kinds else [kind]
        if not kinds:
            where.append("0")
    if q.review:
        where.append("d.review = ?")
        params.append(q.review)
    if q.date_from:
        # A record matches when the span of dates it covers overlaps the range;
        # "~" sorts after "-", so "2025" || "~" covers every day of 2025.
        where.append("d.date_end || '~' >= ?")
        params.append(q.date_from)
    if q.date_to:
        where.append("d.date <= ?")
        params.append(q.date_to)
    if q.statuses:
        where.append(f"d.kind = 'event' AND d.record_id IN (SELECT id FROM events WHERE status IN "
                     f"({','.join('?' * len(q.statuses))}))")
        params += q.statuses
    for name in q.actors:
        ids = _named(store, "actor", name)
        if not ids:
            warnings.append(f"actor:{name} matches no actor")
        marks = ",".join(str(i) for i in ids) or "NULL"
        where.append(
            f"((d.kind = 'actor' AND d.record_id IN ({marks})) "
            f"OR (d.kind = 'quote' AND d.record_id IN (SELECT id FROM quotes WHERE speaker_id IN ({marks}))) "
            f"OR (d.kind = 'event' AND d.record_id IN (SELECT event_id FROM event_actors WHERE actor_id IN ({marks}))))")
    for name in q.places:
        ids = _named(store, "place", name)
        if not ids:
            warnings.append(f"place:{name} matches no place")
        ids = _with_descendants(store, ids)
        marks = ",".join(str(i) for i in ids) or "NULL"
        where.append(
            f"((d.kind = 'place' AND d.record_id IN ({marks})) "
            f"OR (d.kind = 'event' AND d.record_id IN (SELECT id FROM events WHERE place_id IN ({marks}))) "
            f"OR (d.kind = 'quote' AND d.record_id IN (SELECT q.id FROM quotes q JOIN events e "
            f"ON e.id = q.event_id WHERE e.place_id IN ({marks}))))")
    match = to_fts(q)
    if match is None and q.excluded:
        excluded = " OR ".join(fts_term(t) for t in q.excluded)
        where.append("d.id NOT IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ?)")
        params.append(excluded)
    tiers = [to_fts(q, level) for level in TIERS] if match else []
    return Plan(match, kinds, where, params, warnings, tiers)


def _named(store, kind: str, name: str) -> list[int]:
    """Row ids of actors or places whose names or aliases contain every word of `name`."""
    sub = parse(name) if name.strip() else None
    if sub is None or not sub.groups:
        return []
    expr = " AND ".join(fts_name_term(t) for g in sub.groups for t in g)
    key_hit = store.conn.execute(f"SELECT id FROM {TABLES[kind]} WHERE key = ?", (name,)).fetchall()
    lo, hi = indexing.kind_range(kind)
    rows = store.conn.execute(
        f"SELECT rowid - {lo} FROM search_fts WHERE search_fts MATCH ? AND rowid BETWEEN {lo} AND {hi}",
        (expr,)).fetchall()
    return sorted({r for (r,) in rows} | {r for (r,) in key_hit})


def _with_descendants(store, ids: list[int]) -> list[int]:
    if not ids:
        return ids
    marks = ",".join(str(i) for i in ids)
    rows = store.conn.execute(
        f"WITH RECURSIVE sub(id) AS (SELECT id FROM places WHERE id IN ({marks}) "
        f"UNION SELECT p.id FROM places p JOIN sub ON p.parent_id = sub.id) SELECT id FROM sub").fetchall()
    return sorted(r for (r,) in rows)


def _kind_ranges(kinds: list[str], column: str) -> str:
    """Kinds as rowid ranges, which FTS5 applies while it reads its index."""
    ranges = [indexing.kind_range(k) for k in kinds]
    return "(" + " OR ".join(f"{column} BETWEEN {lo} AND {hi}" for lo, hi in ranges) + ")"


def _source(p: Plan) -> tuple[str, list[str], list]:
    """FROM clause, conditions and parameters: FTS5 alone when no condition needs search_docs."""
    if p.match:
        frm = "search_fts f JOIN search_docs d ON d.id = f.rowid" if p.where else "search_fts f"
        conds = ["search_fts MATCH ?"] + ([_kind_ranges(p.kinds, "f.rowid")] if p.kinds else []) + p.where
        return frm, conds, [p.match] + p.params
    kinds = [f"d.kind IN ({','.join(repr(k) for k in p.kinds)})"] if p.kinds else []
    return "search_docs d", kinds + p.where, list(p.params)


def _sql(p: Plan, select: str) -> tuple[str, list]:
    frm, conds, params = _source(p)
    where = f" WHERE {' AND '.join(conds)}" if conds else ""
    return f"SELECT {select} FROM {frm}{where}", params


def _run(store, sql: str, params: list) -> list:
    try:
        return store.conn.execute(sql, params).fetchall()
    except sqlite3.OperationalError as exc:
        # Our FTS5 syntax is generated from analysed tokens; reaching here is a bug
        # or a damaged index, and the user gets a message, not an SQLite trace.
        raise StoreError(f"the search could not run ({exc}); `marsad check` tells whether the index is damaged") from None


def search(store, text: str, *, kind: str | None = None, limit: int = 50, offset: int = 0) -> SearchResult:
    """Ranked hits for a query; an empty query lists everything, newest first."""
    started = time.perf_counter()
    q = parse(text or "")
    p = plan(store, q, kind)
    limit, offset = max(0, limit), max(0, offset)
    total = _count(store, p)
    if p.match:
        rows = _ranked(store, p, total, limit, offset)
    else:
        sql, params = _sql(p, "d.kind, d.record_id, d.date, 0.0")
        rows = _run(store, f"{sql} ORDER BY d.date DESC, d.id DESC LIMIT ? OFFSET ?", params + [limit, offset])
    hits = _hits(store, q, rows)
    elapsed = (time.perf_counter() - started) * 1000
    return SearchResult(text, total, elapsed, hits, p.warnings)


# Ordering a tier by date costs time in proportion to its matches; each tier
# orders only its RANK_ALL most recently added matches (the total still counts
# all of them). Measured on a million records: 2,000 keeps a very common word
# at 2-3 ms of ranking, 10,000 took 12-16 ms.
RANK_ALL = 2_000


def _ranked(store, p: Plan, total: int, limit: int, offset: int) -> list:
    """Rows (kind, record id, date, score) of one page, tier by tier."""
    wanted = offset + limit
    found: list[tuple] = []
    seen: set[int] = set()
    ranges = [_kind_ranges(p.kinds, "f.rowid")] if p.kinds else []
    for tier, expr in zip(range(len(p.tiers) - 1, -1, -1), p.tiers):
        frm = "search_fts f JOIN search_docs d ON d.id = f.rowid" if p.where else "search_fts f"
        conds = " AND ".join(["search_fts MATCH ?"] + ranges + p.where)
        newest = f"SELECT f.rowid AS rowid FROM {frm} WHERE {conds} ORDER BY f.rowid DESC LIMIT {RANK_ALL}"
        rows = _run(store,
                    f"SELECT d.id, d.kind, d.record_id, d.date FROM ({newest}) c JOIN search_docs d "
                    f"ON d.id = c.rowid ORDER BY d.date DESC, d.id DESC LIMIT ?",
                    [expr] + p.params + [wanted + len(seen)])
        for doc_id, kind, record_id, date in rows:
            if doc_id not in seen:
                seen.add(doc_id)
                found.append((kind, record_id, date, float(tier)))
        if len(found) >= wanted or len(seen) >= total:
            break
    return found[offset:wanted]


def _count(store, p: Plan) -> int:
    if not p.match and not p.where:
        counts = store.counts()
        return sum(counts[k] for k in (p.kinds or KINDS))
    sql, params = _sql(p, "count(*)")
    return _run(store, sql, params)[0][0]


def counts_by_kind(store, text: str) -> dict[str, int]:
    """How many records of each kind a query matches (the tab titles' numbers)."""
    q = parse(text or "")
    p = plan(store, q)
    if not p.match and not p.where:
        counts = store.counts()
        return {k: (counts[k] if not p.kinds or k in p.kinds else 0) for k in KINDS}
    column = "f.rowid" if p.match else "d.id"
    sql, params = _sql(p, f"{column} >> {indexing.KIND_SHIFT}, count(*)")
    found = dict(_run(store, sql + " GROUP BY 1", params))
    return {k: found.get(indexing.KIND_NUMBER[k], 0) for k in KINDS}


def matching_row_ids_sql(store, text: str, kind: str) -> tuple[str, list]:
    """A sub-select of the row ids of `kind` the query matches, for views to join on."""
    q = parse(text or "")
    p = plan(store, q, kind)
    column = "f.rowid" if p.match else "d.id"
    return _sql(p, f"{column} - {indexing.kind_range(kind)[0]}")


def _hits(store, q: Query, rows: list) -> list[Hit]:
    by_kind: dict[str, list[int]] = {}
    for kind, rid, _, _ in rows:
        by_kind.setdefault(kind, []).append(rid)
    texts: dict[tuple[str, int], tuple] = {}
    for kind, ids in by_kind.items():
        marks = ",".join("?" * len(ids))
        alias = "q." if kind == "quote" else ""
        for rid, key, main, extra in store.conn.execute(f"{_TEXTS[kind]} WHERE {alias}id IN ({marks})", ids):
            texts[(kind, rid)] = (key, main, extra)
    terms = q.positive_terms()
    hits = []
    for kind, rid, date, score in rows:
        key, main, extra = texts[(kind, rid)]
        spans = highlight.spans(main, terms)
        if spans or not extra.strip():
            snip, _ = highlight.snippet(main, spans)
            snip_spans = []
        else:
            snip, snip_spans = highlight.snippet(extra.strip(), highlight.spans(extra.strip(), terms))
        hits.append(Hit(key, kind, main, snip, date, round(float(score), 4),
                        spans if spans else snip_spans, in_snippet=not spans and bool(snip_spans)))
    return hits
