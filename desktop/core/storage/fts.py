"""A parsed query (desktop.core.query) as SQL over the FTS5 index, ranked by tiers.

Ranking is by tiers, strongest first, then by date (newest first):
  2. every word in its exact form in the name or title;
  1. every word in the name or title, through its stem;
  0. every word somewhere (name or body), through its stem.
So exact forms come before stem-only matches, names and titles before
bodies, and recency breaks ties. The `score` of a hit is its tier. Tiers are
plain FTS5 column-filter queries read newest-added first; each tier orders at
most its RANK_ALL most recently added matches by date (bm25 reads every
matching row to weigh it: 30-80 ms a query on a million records).

FTS5 syntax is made here from analysed tokens only (letters and digits), so
it is always safe to quote them; no user text reaches FTS5 as written.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from desktop.core import kinds
from desktop.core.errors import QueryError, StoreError
from desktop.core.kinds import Kind
from desktop.core.kinds import fields as f
from desktop.core.query import Query, QueryWarning, Term, parse
from desktop.core.storage.paging import ROW_ID, HitSet
from desktop.core.storage.tables import kind_of_doc, kind_range

NAME_EXACT, NAME, ANY = "name_exact", "name", "any"
TIERS = (NAME_EXACT, NAME, ANY)       # strongest first
RANK_ALL = 2_000
# The index's record-level columns (search_docs): a filter on these needs no join to the records.
_DOC_COLUMNS = ("review",)


def _fts_words(words: tuple[str, ...], prefix: bool) -> str:
    # Tokens hold only letters and digits, so double-quoting them is always safe.
    body = '"' + " ".join(words) + '"'
    return body + " *" if prefix else body


def fts_term(term: Term, level: str = ANY) -> str:
    """FTS5 syntax for a term at a level of match.

    The stem columns hold the stem of every token, so a token's exact form
    always matches through its stem too. A prefix is also looked up in its
    exact form in names (the stem of a prefix is no prefix of the stem).
    """
    exact = _fts_words(term.words, term.prefix)
    stem = _fts_words(term.stems, term.prefix)
    if level == NAME_EXACT:
        return f"{{name_norm}} : {exact}"
    cols = "{name_stem}" if level == NAME else "{name_stem body_stem}"
    if term.prefix:
        return f"({{name_norm}} : {exact} OR {cols} : {stem})"
    return f"{cols} : {stem}"


def to_fts(q: Query, level: str = ANY) -> str | None:
    """The FTS5 MATCH expression for the query's words at a level, or None when it has none."""
    if not q.groups:
        return None
    parts = []
    for group in q.groups:
        alts = [fts_term(t, level) for t in group]
        parts.append(alts[0] if len(alts) == 1 else "(" + " OR ".join(alts) + ")")
    expr = " AND ".join(parts)
    for term in q.excluded:
        expr += f" NOT {fts_term(term)}"
    return expr


@dataclass
class Plan:
    """SQL pieces for one query: the FTS5 expression, kinds, and conditions needing search_docs."""
    match: str | None
    kinds: list[Kind]
    where: list[str]
    params: list
    warnings: list[QueryWarning]
    tiers: list[str] = field(default_factory=list)   # match expressions, strongest first


def plan(conn, q: Query, kind: str | None = None) -> Plan:
    where: list[str] = []
    params: list = []
    warnings = list(q.warnings)
    chosen = [kinds.get(k) for k in q.kinds]
    if kind:
        if kind not in kinds.KINDS:
            raise QueryError("query.bad_kind", filter="kind", value=kind, bad=kind, choices=", ".join(kinds.KINDS))
        wanted = kinds.get(kind)
        chosen = [k for k in chosen if k is wanted] if chosen else [wanted]
        if not chosen:
            where.append("0")
    if q.date_from:
        # A record matches when the span of dates it covers overlaps the range;
        # "~" sorts after "-", so "2025" || "~" covers every day of 2025.
        where.append("d.date_end || '~' >= ?")
        params.append(q.date_from)
    if q.date_to:
        where.append("d.date <= ?")
        params.append(q.date_to)
    for name, codes in q.values.items():
        clause, values = _value_filter(name, codes)
        where.append(clause)
        params += values
    for name, ranges in q.numbers:
        clause, values = _number_filter(name, ranges)
        where.append(clause)
        params += values
    for target_name, name in q.named:
        target = kinds.get(target_name)
        ids = named_ids(conn, target, name)
        if not ids:
            warnings.append(QueryWarning("query.no_match", filter=target_name, value=name, kind=target_name))
        where.append(_named_filter(conn, target, ids))
    match = to_fts(q)
    if match is None and q.excluded:
        excluded = " OR ".join(fts_term(t) for t in q.excluded)
        where.append("d.id NOT IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ?)")
        params.append(excluded)
    tiers = [to_fts(q, level) for level in TIERS] if match else []
    return Plan(match, chosen, where, params, warnings, tiers)


def _in_kind(kind: Kind, column: str = "d.id") -> str:
    lo, hi = kind_range(kind)
    return f"{column} BETWEEN {lo} AND {hi}"


def _value_filter(name: str, codes: list) -> tuple[str, list]:
    """Records whose field named by the filter holds one of `codes`; kinds without the field drop out.

    As a set of search ids (each kind's rows through the field's index), so the search
    reads those rows alone, not every row of the index.
    """
    marks = ",".join("?" * len(codes))
    if name in _DOC_COLUMNS:
        return f"d.{name} IN ({marks})", list(codes)
    parts, params = [], []
    for kind, fld in kinds.filter_fields()[name]:
        parts.append(f"SELECT {kind_range(kind)[0]} + id FROM {kind.table} WHERE {fld.column} IN ({marks})")
        params += codes
    return f"d.id IN ({' UNION ALL '.join(parts)})", params


def _number_filter(name: str, ranges) -> tuple[str, list]:
    """Records whose number field named by the filter lies in any of `ranges` (query.Bounds), as a
    set of search ids like _value_filter's. A record without the number matches no range."""
    parts, params = [], []
    for kind, fld in kinds.filter_fields()[name]:
        alternatives = []
        for r in ranges:
            if r.low is not None and r.low == r.high:
                alternatives.append(f"{fld.column} = ?")
                params.append(r.low)
                continue
            tests = []
            if r.low is not None:
                tests.append(f"{fld.column} {'>' if r.low_strict else '>='} ?")
                params.append(r.low)
            if r.high is not None:
                tests.append(f"{fld.column} {'<' if r.high_strict else '<='} ?")
                params.append(r.high)
            alternatives.append("(" + " AND ".join(tests) + ")")
        parts.append(f"SELECT {kind_range(kind)[0]} + id FROM {kind.table} WHERE {' OR '.join(alternatives)}")
    return f"d.id IN ({' UNION ALL '.join(parts)})", params


def named_ids(conn, kind: Kind, name: str) -> list[int]:
    """Row ids of the records of `kind` whose names or aliases hold every word of `name`, or whose id it is."""
    if not f.is_text(name):
        return []    # undecodable bytes from a command line: no record has such a name
    try:
        sub = parse(name) if name.strip() else None
    except QueryError:
        sub = None
    key_hit = conn.execute(f"SELECT id FROM {kind.table} WHERE key = ?", (name,)).fetchall()
    found = {r for (r,) in key_hit}
    if sub is not None and sub.groups:
        expr = " AND ".join(f"{{name_norm name_stem}} : {_fts_words(t.words, t.prefix)}"
                            for g in sub.groups for t in g)
        lo, hi = kind_range(kind)
        found |= {r for (r,) in conn.execute(
            f"SELECT rowid - {lo} FROM search_fts WHERE search_fts MATCH ? AND rowid BETWEEN {lo} AND {hi}",
            (expr,))}
    return sorted(found)


def _hierarchy(kind: Kind):
    """The field that places a record of `kind` inside another of the same kind (a place's parent)."""
    return next((fl for fl in kind.fields if fl.ref == kind.name and fl.search == "names"), None)


def _named_filter(conn, target: Kind, ids: list[int]) -> str:
    """Records that are, or refer by name to, one of `ids` (and what lies within them), as a set of search ids."""
    parent = _hierarchy(target)
    if parent and ids:
        rows = conn.execute(
            f"WITH RECURSIVE sub(id) AS (SELECT id FROM {target.table} WHERE id IN ({','.join(map(str, ids))}) "
            f"UNION SELECT t.id FROM {target.table} t JOIN sub ON t.{parent.column} = sub.id) "
            f"SELECT id FROM sub").fetchall()
        ids = sorted(r for (r,) in rows)
    marks = ",".join(str(i) for i in ids) or "NULL"
    parts = [f"SELECT {kind_range(target)[0]} + id FROM {target.table} WHERE id IN ({marks})"]
    for other, fld in kinds.reverse_references(target.name):
        if fld.search != "names" or fld is parent:
            continue
        parts.append(f"SELECT {kind_range(other)[0]} + x FROM ({_referring_sql(other, fld, marks)})")
    for other in kinds.stored():
        for fld in other.references:
            via = kinds.get(fld.ref)
            for carried in fld.carries:
                inner = via.field(carried)
                if inner.ref == target.name:
                    parts.append(f"SELECT {kind_range(other)[0]} + id FROM {other.table} "
                                 f"WHERE {fld.column} IN ({_referring_sql(via, inner, marks)})")
    return f"d.id IN ({' UNION ALL '.join(parts)})"


def _referring_sql(other: Kind, fld, marks: str) -> str:
    """Row ids (as column x) of the records of `other` whose field `fld` points at one of `marks`."""
    if fld.links:
        return f"SELECT {fld.links.owner} AS x FROM {fld.links.table} WHERE {fld.links.target} IN ({marks})"
    return f"SELECT id AS x FROM {other.table} WHERE {fld.column} IN ({marks})"


def _kind_ranges(chosen: list[Kind], column: str) -> str:
    """Kinds as rowid ranges, which FTS5 applies while it reads its index."""
    return "(" + " OR ".join(_in_kind(k, column) for k in chosen) + ")"


def _source(p: Plan) -> tuple[str, list[str], list]:
    """FROM clause, conditions and parameters: FTS5 alone when no condition needs search_docs."""
    if p.match:
        frm = "search_fts f JOIN search_docs d ON d.id = f.rowid" if p.where else "search_fts f"
        conds = ["search_fts MATCH ?"] + ([_kind_ranges(p.kinds, "f.rowid")] if p.kinds else []) + p.where
        return frm, conds, [p.match] + p.params
    conds = [_kind_ranges(p.kinds, "d.id")] if p.kinds else []
    return "search_docs d", conds + p.where, list(p.params)


def _sql(p: Plan, select: str) -> tuple[str, list]:
    frm, conds, params = _source(p)
    where = f" WHERE {' AND '.join(conds)}" if conds else ""
    return f"SELECT {select} FROM {frm}{where}", params


def _run(conn, sql: str, params: list) -> list:
    try:
        return conn.execute(sql, params).fetchall()
    except sqlite3.OperationalError as exc:
        # Our FTS5 syntax is generated from analysed tokens; reaching here is a bug
        # or a damaged index, and the user gets a message, not an SQLite trace.
        raise StoreError("query.failed", reason=str(exc)) from None


@dataclass
class Page:
    """One page of ranked hits: (kind, record id, date, score) rows, the total, the warnings."""
    rows: list[tuple[str, int, str | None, float]]
    total: int
    warnings: list[QueryWarning]


def search(conn, q: Query, kind: str | None, limit: int, offset: int, counts: dict[str, int]) -> Page:
    p = plan(conn, q, kind)
    total = _count(conn, p, counts)
    if p.match:
        rows = _ranked(conn, p, total, limit, offset)
    else:
        sql, params = _sql(p, "d.kind, d.record_id, d.date, 0.0")
        rows = [tuple(r) for r in _run(conn, f"{sql} ORDER BY d.date DESC, d.id DESC LIMIT ? OFFSET ?",
                                       params + [limit, offset])]
    return Page(rows, total, p.warnings)


def _ranked(conn, p: Plan, total: int, limit: int, offset: int) -> list:
    wanted = offset + limit
    found: list[tuple] = []
    seen: set[int] = set()
    ranges = [_kind_ranges(p.kinds, "f.rowid")] if p.kinds else []
    for tier, expr in zip(range(len(p.tiers) - 1, -1, -1), p.tiers):
        frm = "search_fts f JOIN search_docs d ON d.id = f.rowid" if p.where else "search_fts f"
        conds = " AND ".join(["search_fts MATCH ?"] + ranges + p.where)
        newest = f"SELECT f.rowid AS rowid FROM {frm} WHERE {conds} ORDER BY f.rowid DESC LIMIT {RANK_ALL}"
        rows = _run(conn,
                    f"SELECT d.id, d.kind, d.record_id, d.date FROM ({newest}) c JOIN search_docs d "
                    f"ON d.id = c.rowid ORDER BY d.date DESC, d.id DESC LIMIT ?",
                    [expr] + p.params + [wanted + len(seen)])
        for doc, kind, record_id, date in rows:
            if doc not in seen:
                seen.add(doc)
                found.append((kind, record_id, date, float(tier)))
        if len(found) >= wanted or len(seen) >= total:
            break
    return found[offset:wanted]


def _count(conn, p: Plan, counts: dict[str, int]) -> int:
    if not p.match and not p.where:
        return sum(counts[k.name] for k in (p.kinds or kinds.stored()))
    sql, params = _sql(p, "count(*)")
    return _run(conn, sql, params)[0][0]


def counts_by_kind(conn, q: Query, counts: dict[str, int]) -> dict[str, int]:
    """How many records of each kind a query matches (the tab titles' numbers)."""
    p = plan(conn, q)
    chosen = {k.name for k in p.kinds}
    if not p.match and not p.where:
        return {k: (counts[k] if not chosen or k in chosen else 0) for k in kinds.KINDS}
    # One count per kind over its rowid range, which FTS5 seeks to: a GROUP BY over
    # every hit sorts them in a temporary b-tree (631,000 hits at 1M: 114 ms -> 36 ms).
    column = "f.rowid" if p.match else "d.id"
    sql, params = _sql(p, "count(*)")
    sql += " AND " if " WHERE " in sql else " WHERE "
    out = {}
    for kind in kinds.stored():
        if chosen and kind.name not in chosen:
            out[kind.name] = 0
            continue
        out[kind.name] = _run(conn, f"{sql}{_in_kind(kind, column)}", params)[0][0]
    return out


def hit_set(conn, q: Query, kind: str) -> HitSet:
    """A sub-select of the row ids of `kind` the query matches, for the tabs to join on."""
    p = plan(conn, q, kind)
    column = "f.rowid" if p.match else "d.id"
    base = kind_range(kind)[0]
    sql, params = _sql(p, f"{column} - {base}")
    return HitSet(sql, params, probe=_probe(p, q, base))


def _probe(p: Plan, q: Query, base: int) -> str | None:
    """The search as a test of one row, for a one-word search only.

    FTS5 seeks one word's list of rows to a row id in microseconds; a query
    of several words probed row by row took a millisecond a row (measured:
    «قاعدة عين ال», 128 rows, 151 ms), which no walk can afford.
    """
    one_word = (len(q.groups) == 1 and len(q.groups[0]) == 1 and len(q.groups[0][0].words) == 1
                and not q.groups[0][0].prefix and not q.excluded)
    if not (p.match and one_word and not p.where):
        return None
    probe, _ = _sql(p, "1")
    return f"{probe} AND f.rowid = {ROW_ID} + {base}"


def matching_ids(conn, q: Query, kind: str) -> list[int]:
    hits = hit_set(conn, q, kind)
    return [r for (r,) in _run(conn, hits.sql, hits.params)]


def hit_texts(conn, kind: Kind, ids: list[int]) -> dict[int, tuple[str, str, str]]:
    """row id -> (key, main text, the longer text a snippet may come from)."""
    main = kind.field(kind.main).column
    parts, joins = [], []
    for i, name in enumerate(kind.snippet):
        fld = kind.field(name)
        if fld.type == f.REF:
            target = kinds.get(fld.ref)
            joins.append(f"LEFT JOIN {target.table} s{i} ON s{i}.id = t.{fld.column}")
            parts.append(f"s{i}.{target.field(target.main).column}")
        else:
            parts.append(f"t.{fld.column}")
    sep = " — " if kind.byline in kind.snippet else " "
    extra = (f"coalesce({parts[0]}, '')" + "".join(f" || coalesce('{sep}' || {p}, '')" for p in parts[1:])
             if parts else "''")
    marks = ",".join("?" * len(ids))
    sql = f"SELECT t.id, t.key, t.{main}, {extra} FROM {kind.table} t {' '.join(joins)} WHERE t.id IN ({marks})"
    return {rid: (key, text, more) for rid, key, text, more in conn.execute(sql, ids)}


__all__ = ["Page", "Plan", "TIERS", "counts_by_kind", "fts_term", "hit_set", "hit_texts", "kind_of_doc",
           "matching_ids", "named_ids", "plan", "search", "to_fts"]
