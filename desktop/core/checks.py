"""`marsad check`: SQLite's integrity check, the FTS index, foreign keys, analysed text."""
from __future__ import annotations

import sqlite3

from desktop.core import indexing, reader
from desktop.core.records import KINDS
from desktop.core.store import TABLES


def run(store) -> list[str]:
    """Every problem found, as one line each; an empty list means the store is sound."""
    conn = store.conn
    problems: list[str] = []
    try:
        for (line,) in conn.execute("PRAGMA integrity_check"):
            if line != "ok":
                problems.append(f"integrity: {line}")
        for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
            problems.append(f"foreign key: {table} row {rowid} points at a missing {parent} row")
        try:
            conn.execute("INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)")
        except sqlite3.DatabaseError as exc:
            if "readonly" not in str(exc):
                problems.append(f"search index: the FTS5 index disagrees with search_docs ({exc})")
        problems += _docs_in_step(store)
    except sqlite3.DatabaseError as exc:
        problems.append(f"integrity: the file cannot be read ({exc})")
    return problems


def _docs_in_step(store) -> list[str]:
    """Each record has exactly one search row, holding the analysis of its current text."""
    conn = store.conn
    problems = []
    for kind in KINDS:
        table = TABLES[kind]
        # Both lookups go through primary keys (a doc's id is its kind's base
        # plus the record's id), so the check stays linear on a big store.
        lo, hi = indexing.kind_range(kind)
        missing = conn.execute(missing_rows_sql(kind)).fetchone()[0]
        orphans = conn.execute(
            f"SELECT count(*) FROM search_docs d WHERE d.id BETWEEN {lo} AND {hi} AND NOT EXISTS "
            f"(SELECT 1 FROM {table} t WHERE t.id = d.record_id)").fetchone()[0]
        misfiled = conn.execute(
            f"SELECT count(*) FROM search_docs d WHERE d.id BETWEEN {lo} AND {hi} "
            f"AND (d.kind != ? OR d.id != {lo} + d.record_id)", (kind,)).fetchone()[0]
        if misfiled:
            problems.append(f"search index: {misfiled} index row(s) in the {kind} range name another record")
        if missing:
            problems.append(f"search index: {missing} {kind} record(s) are not indexed")
        if orphans:
            problems.append(f"search index: {orphans} index row(s) point at deleted {kind} records")
        stale = _stale(store, kind)
        if stale:
            problems.append(f"search index: {len(stale)} {kind} record(s) indexed with outdated text, "
                            f"e.g. {stale[0]}")
    return problems


def missing_rows_sql(kind: str) -> str:
    """Counts the records of `kind` that have no search row."""
    lo, _ = indexing.kind_range(kind)
    return (f"SELECT count(*) FROM {TABLES[kind]} t WHERE NOT EXISTS (SELECT 1 FROM search_docs d "
            f"WHERE d.id = {lo} + t.id)")


def _stale(store, kind: str) -> list[str]:
    """Ids of records whose search row no longer holds the analysis of their text.

    Streams the records and their rows in chunks, so checking a million
    records holds a chunk in memory, not the store.
    """
    names: dict[tuple[str, str], list[str]] = {}

    def names_of(k: str, key: str) -> list[str]:
        if (k, key) not in names:
            names[(k, key)] = reader.names_of(store, k, key)
        return names[(k, key)]

    analysed = indexing.Analysed(names_of)
    lo, _ = indexing.kind_range(kind)
    stale: list[str] = []
    for chunk in reader.chunks(store, kind):
        first, last = chunk[0][0], chunk[-1][0]
        docs = {rid - lo: tuple(cols) for rid, *cols in store.conn.execute(
            "SELECT id, date, date_end, review, name_norm, name_stem, body_norm, body_stem "
            "FROM search_docs WHERE id BETWEEN ? AND ?", (lo + first, lo + last))}
        for rid, rec in chunk:
            if rid in docs and docs[rid] != indexing.doc_row(rec, rid, analysed)[3:]:
                stale.append(rec["id"])
    return stale
