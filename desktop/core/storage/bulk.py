"""Settings for a big load, undone after it: page cache, deferred indexes, the journal.

Building an index once from sorted rows is cheaper than keeping it sorted
through a million random inserts, so a bulk load drops the secondary
indexes that nothing reads while it runs, and builds them at the end. The
indexes that resolving names reads stay. All of it happens inside the load's
transaction, so a load that fails gets its indexes back with everything
else.

In WAL mode every page a transaction writes goes to the WAL first and is
copied into the store at the commit, so a big load into a small store needs
twice the store's size on disk. When no other program has the store open, a
bulk load runs with a rollback journal instead: pages are written in place
and the journal holds only the pages the store had before, so the disk
needed stays near the final store's size. The store returns to WAL after.
"""
from __future__ import annotations

import contextlib
import os
import sqlite3
from typing import Iterator

from desktop.core.storage import tracking

# Page cache while loading, an eighth of the memory within these bounds. Pages that
# do not fit are written out and read again when the load changes them once more.
LOAD_CACHE_MIN_KIB = 32 * 1024
LOAD_CACHE_MAX_KIB = 64 * 1024
FTS_HASHSIZE = 32 * 1024 * 1024     # bytes of pending terms FTS5 holds before writing a segment
# Indexes name resolution reads while a load runs («"speaker": "علاوي"»): kept.
_RESOLUTION_INDEXES = ("_name_norm", "_name_en_norm", "_aliases_norm")


def try_journal(conn: sqlite3.Connection, mode: str) -> bool:
    """Switch the journal mode; False when another connection has the store open (WAL cannot be left then)."""
    try:
        (got,) = conn.execute(f"PRAGMA journal_mode={mode}").fetchone()
    except sqlite3.OperationalError:
        return False
    return got.lower() == mode.lower()


def load_cache_kib() -> int:
    try:
        memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, OSError, ValueError):   # Windows has no sysconf
        return LOAD_CACHE_MIN_KIB
    return max(LOAD_CACHE_MIN_KIB, min(LOAD_CACHE_MAX_KIB, memory // 8 // 1024))


COUNT_TRIGGER = "search_docs_ai"


class Load:
    """What a load changed: the indexes it dropped (name -> CREATE statement), to build again early
    when needed, and whether the writers keep the per-kind counts themselves (the row-by-row
    counting trigger is off: one UPDATE per chunk instead of one per record)."""

    def __init__(self, conn, dropped: dict[str, str], counts_by_hand: bool = False):
        self.conn = conn
        self.dropped = dropped
        self.counts_by_hand = counts_by_hand

    def restore(self) -> None:
        """Build every dropped index again now (a load that renames records needs them to find dependents)."""
        for name in list(self.dropped):
            self.conn.execute(self.dropped.pop(name))


def _deferrable_indexes(conn) -> list[tuple[str, str]]:
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                        "ORDER BY name").fetchall()
    return [(name, sql) for name, sql in rows if not name.endswith(_RESOLUTION_INDEXES)]


@contextlib.contextmanager
def settings(conn, bulk: bool) -> Iterator[Load]:
    """Inside the caller's transaction: a large page cache, FTS5's pending terms, and for a bulk
    load no secondary indexes until the end (built again only if the load succeeds). The triggers
    that watch for edits by other programs are down while any load runs (it holds the write lock)."""
    (cache,) = conn.execute("PRAGMA cache_size").fetchone()
    conn.execute(f"PRAGMA cache_size=-{load_cache_kib()}")
    conn.execute(f"INSERT INTO search_fts(search_fts, rank) VALUES ('hashsize', {FTS_HASHSIZE})")
    dropped = dict(_deferrable_indexes(conn)) if bulk else {}
    for name in dropped:
        conn.execute(f"DROP INDEX {name}")
    trigger = None
    if bulk:
        (trigger,) = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                                  (COUNT_TRIGGER,)).fetchone()
        conn.execute(f"DROP TRIGGER {COUNT_TRIGGER}")
    load = Load(conn, dropped, counts_by_hand=trigger is not None)
    guards = tracking.pause_guards(conn)
    try:
        yield load
        load.restore()
        if trigger:
            conn.execute(trigger)
        tracking.resume_guards(conn, guards)
    finally:
        conn.execute(f"PRAGMA cache_size={cache}")
