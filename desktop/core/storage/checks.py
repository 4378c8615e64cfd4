"""`marsad check` and `check --repair`: is the store sound, and rebuilding what is derived.

Derived data is everything the store holds that the records determine: the
search index, the normalised names and aliases that references resolve
through, the sources' text hashes and the per-kind counters. Another program
can change a record without touching them; check finds that (each record's
index signature is compared with its text analysed again), repair rebuilds
them from the records.
"""
from __future__ import annotations

import sqlite3
from typing import Callable

from desktop.core import digests, indexing, kinds
from desktop.core.errors import MarsadError, Notice
from desktop.core.kinds import Kind
from desktop.core.records import name_norm
from desktop.core.storage import reading, tracking
from desktop.core.storage.index import STALE_KEY, Indexer, stale_count
from desktop.core.storage.tables import chunked, kind_range
from desktop.core.storage.writing import Names

Progress = Callable[[Notice], None] | None
ANALYSER_KEY = "analyser"


class Problem(MarsadError):
    """One thing `check` found wrong; never raised, only reported."""


def run(conn: sqlite3.Connection) -> list[Problem]:
    """Every problem found; an empty list means the store is sound."""
    problems: list[Problem] = []
    try:
        for (line,) in conn.execute("PRAGMA integrity_check"):
            if line != "ok":
                problems.append(Problem("check.integrity", line=line))
        for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
            problems.append(Problem("check.foreign_key", table=table, row=rowid, parent=parent))
        try:
            # rank 0: the index's own consistency (its content is not stored to compare with).
            conn.execute("INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 0)")
        except sqlite3.DatabaseError as exc:
            if "readonly" not in str(exc):
                problems.append(Problem("check.fts", reason=str(exc)))
        marked = stale_count(conn)
        if marked:
            problems.append(Problem("check.marked_stale", count=marked))
        built = conn.execute("SELECT value FROM store_meta WHERE key = ?", (ANALYSER_KEY,)).fetchone()
        if not built or built[0] != indexing.ANALYSER_VERSION:
            problems.append(Problem("check.analyser", built=built[0] if built else "?",
                                    current=indexing.ANALYSER_VERSION))
        for kind in kinds.stored():
            problems += _docs_in_step(conn, kind)
            problems += _names_in_step(conn, kind)
        problems += _digests_in_step(conn)
        problems += _counts_in_step(conn)
        untracked = tracking.untracked_count(conn)
        if untracked:
            problems.append(Problem("check.untracked", count=untracked))
    except sqlite3.DatabaseError as exc:
        problems.append(Problem("check.unreadable", reason=str(exc)))
    return problems


def _docs_in_step(conn, kind: Kind) -> list[Problem]:
    """Each record has exactly one search row, whose signature is its text's analysed again."""
    problems = []
    lo, hi = kind_range(kind)
    # Both lookups go through primary keys (a doc's id is its kind's base plus the
    # record's id), so the check stays linear on a big store.
    missing = conn.execute(f"SELECT count(*) FROM {kind.table} t WHERE NOT EXISTS "
                           f"(SELECT 1 FROM search_docs d WHERE d.id = {lo} + t.id)").fetchone()[0]
    orphans = conn.execute(f"SELECT count(*) FROM search_docs d WHERE d.id BETWEEN {lo} AND {hi} AND NOT EXISTS "
                           f"(SELECT 1 FROM {kind.table} t WHERE t.id = d.record_id)").fetchone()[0]
    misfiled = conn.execute(f"SELECT count(*) FROM search_docs d WHERE d.id BETWEEN {lo} AND {hi} "
                            f"AND (d.kind != ? OR d.id != {lo} + d.record_id)", (kind.name,)).fetchone()[0]
    if misfiled:
        problems.append(Problem("check.misfiled", count=misfiled, kind=kind.name))
    if missing:
        problems.append(Problem("check.missing", count=missing, kind=kind.name))
    if orphans:
        problems.append(Problem("check.orphans", count=orphans, kind=kind.name))
    stale = _stale(conn, kind)
    if stale:
        problems.append(Problem("check.stale", count=len(stale), kind=kind.name, example=stale[0]))
    return problems


def _stale(conn, kind: Kind) -> list[str]:
    """Ids of records whose search row does not hold the signature of their text analysed now.

    Streams the records and their rows in chunks, so checking a million
    records holds a chunk in memory, not the store.
    """
    analysed = indexing.Analysed(Names(conn))
    lo, _ = kind_range(kind)
    stale: list[str] = []
    for chunk in reading.chunks(conn, kind):
        first, last = chunk[0][0], chunk[-1][0]
        docs = {rid - lo: (date, end, review, sig) for rid, date, end, review, sig in conn.execute(
            "SELECT id, date, date_end, review, sig FROM search_docs WHERE id BETWEEN ? AND ?",
            (lo + first, lo + last))}
        for rid, rec in chunk:
            if rid not in docs:
                continue
            date, end = indexing.doc_dates(rec)
            if docs[rid] != (date, end, rec.get("review", "confirmed"), analysed.analysis(rec).sig):
                stale.append(rec["id"])
    return stale


def _names_in_step(conn, kind: Kind) -> list[Problem]:
    outdated: list[str] = []
    for fld in kind.fields:
        if fld.normalised:
            for key, value, norm in conn.execute(
                    f"SELECT key, {fld.column}, {fld.column}_norm FROM {kind.table}"):
                if (name_norm(value) if value else None) != norm:
                    outdated.append(key)
        if fld.aliases:
            a = fld.aliases
            for key, alias, norm in conn.execute(
                    f"SELECT t.key, x.alias, x.alias_norm FROM {a.table} x JOIN {kind.table} t ON t.id = x.{a.owner}"):
                if name_norm(alias) != norm:
                    outdated.append(key)
    if not outdated:
        return []
    return [Problem("check.names", count=len(set(outdated)), kind=kind.name, example=outdated[0])]


def _digests_in_step(conn) -> list[Problem]:
    outdated: list[str] = []
    for kind in kinds.stored():
        for fld in kind.fields:
            if fld.digest:
                for key, body, digest in conn.execute(
                        f"SELECT key, {fld.column}, {fld.digest} FROM {kind.table}"):
                    if (digests.body_hash(body) if body else None) != digest:
                        outdated.append(key)
    return [Problem("check.digest", count=len(outdated), example=outdated[0])] if outdated else []


def _counts_in_step(conn) -> list[Problem]:
    problems = []
    stored = {k: (t, u) for k, t, u in conn.execute("SELECT kind, total, unreviewed FROM doc_counts")}
    for kind in kinds.stored():
        actual = conn.execute(f"SELECT count(*), count(*) FILTER (WHERE review = 'unreviewed') "
                              f"FROM {kind.table}").fetchone()
        have = stored.get(kind.name, (0, 0))
        if tuple(have) != tuple(actual):
            problems.append(Problem("check.counts", kind=kind.name, stored=have[0], stored_unreviewed=have[1],
                                    actual=actual[0], actual_unreviewed=actual[1]))
    return problems


# --- repair ---------------------------------------------------------------------------------


def rebuild(conn, progress: Progress = None) -> None:
    """Rebuild everything derived from the records; the caller holds the transaction."""
    for kind in kinds.stored():
        _rebuild_names(conn, kind)
    _rebuild_digests(conn)
    conn.execute("DELETE FROM search_docs")
    conn.execute("INSERT INTO search_fts(search_fts) VALUES ('delete-all')")
    indexer = Indexer(conn, indexing.Analysed(Names(conn)))
    done = 0
    for kind in kinds.stored():
        for chunk in reading.chunks(conn, kind):
            indexer.put_in(kind, chunk, new=True)
            done += len(chunk)
            if progress and done % 10_000 < len(chunk):
                progress(Notice("progress.indexed", count=done))
    conn.execute("INSERT INTO search_fts(search_fts) VALUES ('optimize')")
    for kind in kinds.stored():
        conn.execute(f"UPDATE doc_counts SET total = (SELECT count(*) FROM {kind.table}), "
                     f"unreviewed = (SELECT count(*) FROM {kind.table} WHERE review = 'unreviewed') "
                     f"WHERE kind = ?", (kind.name,))
    conn.execute("DELETE FROM store_meta WHERE key = ?", (STALE_KEY,))
    conn.execute("INSERT INTO store_meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
                 "value = excluded.value", (ANALYSER_KEY, indexing.ANALYSER_VERSION))


def _rebuild_names(conn, kind: Kind) -> None:
    for fld in kind.fields:
        if fld.normalised:
            rows = conn.execute(f"SELECT id, {fld.column}, {fld.column}_norm FROM {kind.table}").fetchall()
            fixes = [(name_norm(v) if v else None, rid) for rid, v, norm in rows
                     if (name_norm(v) if v else None) != norm]
            for chunk in chunked(fixes, 5000):
                conn.executemany(f"UPDATE {kind.table} SET {fld.column}_norm = ? WHERE id = ?", chunk)
        if fld.aliases:
            a = fld.aliases
            rows = conn.execute(f"SELECT rowid, alias, alias_norm FROM {a.table}").fetchall()
            fixes = [(name_norm(alias), rowid) for rowid, alias, norm in rows if name_norm(alias) != norm]
            conn.executemany(f"UPDATE {a.table} SET alias_norm = ? WHERE rowid = ?", fixes)


def _rebuild_digests(conn) -> None:
    for kind in kinds.stored():
        for fld in kind.fields:
            if fld.digest:
                # Streamed: the texts of a big store do not fit in memory; only the fixes are kept.
                fixes = [(digest, rid) for rid, body, old in conn.execute(
                    f"SELECT id, {fld.column}, {fld.digest} FROM {kind.table}")
                    if (digest := digests.body_hash(body) if body else None) != old]
                conn.executemany(f"UPDATE {kind.table} SET {fld.digest} = ? WHERE id = ?", fixes)
