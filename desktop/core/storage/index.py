"""Keeping the search index in step with the records.

The index stores no text: search_docs holds a record's dates, review state
and the signature of its analysed text, and search_fts the analysed tokens.
To take a record's tokens out of FTS5 the exact tokens must be given again,
so they are derived again from the record as it is stored, with the names of
what it refers to as they are stored. Every write keeps that true: a chunk
of writes takes out the tokens of every record it will change (and of every
record whose text includes a name it will change) before it writes, and puts
them back after. When the signature of the tokens derived again differs from
the one stored, the record was changed by another program: its old tokens
cannot be taken out, so the store is marked as needing `check --repair`.
"""
from __future__ import annotations

import sqlite3
from typing import Iterable

from desktop.core import indexing
from desktop.core.indexing import Analysed, Own
from desktop.core.kinds import Kind
from desktop.core.storage.tables import chunked, doc_id, marks

INSERT_DOC = "INSERT INTO search_docs(id, kind, record_id, date, date_end, review, sig) VALUES (?, ?, ?, ?, ?, ?, ?)"
UPSERT_DOC = INSERT_DOC + (" ON CONFLICT(id) DO UPDATE SET date = excluded.date, date_end = excluded.date_end, "
                           "review = excluded.review, sig = excluded.sig")
INSERT_FTS = "INSERT INTO search_fts(rowid, name_norm, name_stem, body_stem) VALUES (?, ?, ?, ?)"
DELETE_FTS = ("INSERT INTO search_fts(search_fts, rowid, name_norm, name_stem, body_stem) "
              "VALUES ('delete', ?, ?, ?, ?)")
STALE_KEY = "index_stale"


class Indexer:
    """Takes records' tokens out of the index and puts them in, for one transaction's writes."""

    def __init__(self, conn: sqlite3.Connection, analysed: Analysed, counts_by_hand: bool = False):
        self.conn = conn
        self.analysed = analysed
        self.counts_by_hand = counts_by_hand   # a bulk load turned the counting trigger off

    def take_out(self, kind: Kind, items: Iterable[tuple[int, dict]]) -> None:
        """Take the tokens of stored records out of FTS5, as the records are stored now."""
        items = list(items)
        if not items:
            return
        docs = [doc_id(kind, rid) for rid, _ in items]
        stored: dict[int, int] = {}
        for chunk in chunked(docs):
            stored.update(self.conn.execute(f"SELECT id, sig FROM search_docs WHERE id IN ({marks(len(chunk))})",
                                            chunk))
        rows, stale = [], 0
        for doc, (_, rec) in zip(docs, items):
            if doc not in stored:
                continue    # never indexed (written by another program): nothing to take out
            analysis = self.analysed.analysis(rec)
            if analysis.sig != stored[doc]:
                stale += 1  # changed by another program: its indexed tokens are unknown
                continue
            rows.append((doc, *analysis))
        self.conn.executemany(DELETE_FTS, rows)
        if stale:
            mark_stale(self.conn, stale)

    def put_in(self, kind: Kind, items: Iterable[tuple[int, dict]], *, new: bool,
               own: dict[str, Own] | None = None) -> None:
        """Index records as they are now written: their search_docs rows and their FTS5 tokens."""
        docs, fts = [], []
        for rid, rec in items:
            doc = doc_id(kind, rid)
            analysis = self.analysed.analysis(rec, own.get(rec["id"]) if own else None)
            date, end = indexing.doc_dates(rec)
            docs.append((doc, kind.name, rid, date, end, rec.get("review", "confirmed"), analysis.sig))
            fts.append((doc, *analysis))
        if docs:
            self.conn.executemany(INSERT_DOC if new else UPSERT_DOC, docs)
            self.conn.executemany(INSERT_FTS, fts)
            if new and self.counts_by_hand:
                self.conn.execute("UPDATE doc_counts SET total = total + ?, unreviewed = unreviewed + ? WHERE kind = ?",
                                  (len(docs), sum(d[5] == "unreviewed" for d in docs), kind.name))

    def drop_docs(self, kind: Kind, row_ids: Iterable[int]) -> None:
        """Remove the search_docs rows of deleted records (their tokens were taken out first)."""
        self.conn.executemany("DELETE FROM search_docs WHERE id = ?", [(doc_id(kind, r),) for r in row_ids])


def mark_stale(conn, count: int) -> None:
    conn.execute("INSERT INTO store_meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
                 "value = CAST(value AS INTEGER) + excluded.value", (STALE_KEY, str(count)))


def stale_count(conn) -> int:
    row = conn.execute("SELECT value FROM store_meta WHERE key = ?", (STALE_KEY,)).fetchone()
    return int(row[0]) if row else 0
