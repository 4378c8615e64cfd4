"""Change tracking: every change to a record gets a new version, inside the transaction that makes it.

Why the writers do it and not SQLite triggers: a record is one row plus its
aliases and links, which the writers replace as a whole, so a trigger would
fire once per row of each and see no record; the version vector needs the
store's own site and a clock bumped in Python; and a change that comes from
another site must keep that site's version, which a trigger cannot tell from
a local edit. It is also what keeps a big import fast: the version columns go
into the same INSERT as the record, with no second write of the row.

Triggers only watch for what the writers cannot see: a change made by
another SQLite tool, outside Marsad's transactions (schema step 6). Marsad
sets `sync_state.writing` to 1 when its transaction begins and back to 0
before it commits, so the flag is never committed as 1; any change while it
reads 0 is logged in `sync_untracked`. `adopt` turns those into changes of
this site (new versions, tombstones) before an exchange and on repair.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Iterable

from desktop.core import clocks, kinds
from desktop.core.kinds import Kind
from desktop.core.storage.tables import chunked, marks

TRACKED_SCHEMA = 6       # the schema step that began change tracking


@dataclass(frozen=True)
class Stamp:
    """A version to store as it is, not a new change here: a change from another site, or the
    clock a resolution is given. `clock` is in this store's site numbers."""
    clock: str
    site: int | None
    at: str | None

    @property
    def version(self) -> int:
        return clocks.version(clocks.decode(self.clock))


GUARDS = ("_untracked_ai", "_untracked_au", "_untracked_ad")    # the watching triggers: <table><suffix>


def pause_guards(conn) -> list[str]:
    """Inside a load's transaction, which holds the store's write lock: no other program can write until
    it ends, so the triggers that watch for other programs are taken down (each costs every row written
    a check) and put back by `resume_guards` before the transaction ends. Returns their statements."""
    rows = [(name, sql) for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
            if name.endswith(GUARDS)]
    for name, _ in rows:
        conn.execute(f"DROP TRIGGER {name}")
    return [sql for _, sql in rows]


def resume_guards(conn, statements: list[str]) -> None:
    for statement in statements:
        conn.execute(statement)


def begin(conn: sqlite3.Connection) -> None:
    """Marsad's transaction has begun: what it writes is tracked by the writers, not logged."""
    conn.execute("UPDATE sync_state SET writing = 1")


def end(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE sync_state SET writing = 0")


def allocate(conn, n: int) -> tuple[int, int]:
    """(first change_seq of `n` new ones, this store's site number)."""
    seq, own = conn.execute("UPDATE sync_state SET seq = seq + ? RETURNING seq, site_no", (n,)).fetchone()
    return seq - n + 1, own


def current_seq(conn) -> int:
    return conn.execute("SELECT seq FROM sync_state").fetchone()[0]


def _stamped(stamp: Stamp, seq: int) -> tuple:
    return (stamp.version, stamp.clock, stamp.site, stamp.at, seq)


def _changed(clock: dict, own: int, at: str | None, seq: int) -> tuple:
    """The version columns of one more change here to a record whose clock was `clock`. A record's
    row leaves `at` empty: the time of a change made here is the row's updated_at."""
    new = clocks.bump(clock, own)
    return (clocks.version(new), clocks.encode(new), own, at, seq)


def for_new(conn, keys: list[str], stamps: dict[str, Stamp] | None) -> list[tuple]:
    """The version columns of new rows: a record made here, or made again after its deletion (its
    clock goes on from the tombstone's, which it replaces), or a version given in `stamps`."""
    first, own = allocate(conn, len(keys))
    buried = _tombstone_clocks(conn, keys)
    if not buried and not stamps:
        fresh = clocks.encode({own: 1})
        return [(1, fresh, own, None, seq) for seq in range(first, first + len(keys))]
    out = []
    for seq, key in enumerate(keys, first):
        stamp = stamps.get(key) if stamps else None
        out.append(_stamped(stamp, seq) if stamp else _changed(buried.get(key, {}), own, None, seq))
    if buried:
        conn.executemany("DELETE FROM sync_tombstones WHERE key = ?", [(k,) for k in buried])
    return out


def for_stored(conn, kind: Kind, items: list[tuple[int, str]], stamps: dict[str, Stamp] | None) -> list[tuple]:
    """The version columns of stored rows (row id, key) being changed."""
    first, own = allocate(conn, len(items))
    held = clocks_of(conn, kind, [rid for rid, _ in items])
    out = []
    for seq, (rid, key) in enumerate(items, first):
        stamp = stamps.get(key) if stamps else None
        out.append(_stamped(stamp, seq) if stamp else _changed(held.get(rid, {}), own, None, seq))
    return out


def clocks_of(conn, kind: Kind, rids: list[int]) -> dict[int, dict[int, int]]:
    out = {}
    for chunk in chunked(rids):
        for rid, clock in conn.execute(f"SELECT id, clock FROM {kind.table} WHERE id IN ({marks(len(chunk))})",
                                       chunk):
            out[rid] = clocks.decode(clock)
    return out


def _tombstone_clocks(conn, keys: list[str]) -> dict[str, dict[int, int]]:
    if conn.execute("SELECT NOT EXISTS (SELECT 1 FROM sync_tombstones)").fetchone()[0]:
        return {}
    out = {}
    for chunk in chunked(keys):
        for key, clock in conn.execute(f"SELECT key, clock FROM sync_tombstones WHERE key IN ({marks(len(chunk))})",
                                       chunk):
            out[key] = clocks.decode(clock)
    return out


def restamp(conn, kind: Kind, items: list[tuple[int, Stamp]]) -> None:
    """Give stored rows a version without changing them (the same change made at two sites; a
    conflict resolved as the record stands)."""
    if not items:
        return
    first, _ = allocate(conn, len(items))
    conn.executemany(f"UPDATE {kind.table} SET version = ?, clock = ?, changed_site = ?, changed_at = ?, "
                     f"change_seq = ? WHERE id = ?",
                     [_stamped(stamp, seq) + (rid,) for seq, (rid, stamp) in enumerate(items, first)])


def bump_rows(conn, kind: Kind, rids: Iterable[int]) -> None:
    """Rows changed here other than by a writer (a review decision, a reference a deletion cleared)."""
    rids = sorted(set(rids))
    if not rids:
        return
    first, own = allocate(conn, len(rids))
    held = clocks_of(conn, kind, rids)
    conn.executemany(f"UPDATE {kind.table} SET version = ?, clock = ?, changed_site = ?, changed_at = ?, "
                     f"change_seq = ? WHERE id = ?",
                     [_changed(held.get(rid, {}), own, None, seq) + (rid,) for seq, rid in enumerate(rids, first)])


def bury(conn, kind: Kind, rows: list[tuple[int, str]], at: str, stamps: dict[str, Stamp] | None = None) -> None:
    """Tombstones for the rows (row id, key) about to be deleted: a deletion here, or one given."""
    if not rows:
        return
    first, own = allocate(conn, len(rows))
    held = clocks_of(conn, kind, [rid for rid, _ in rows])
    values = []
    for seq, (rid, key) in enumerate(rows, first):
        stamp = stamps.get(key) if stamps else None
        columns = _stamped(stamp, seq) if stamp else _changed(held.get(rid, {}), own, at, seq)
        values.append((key, kind.name) + columns)
    conn.executemany("INSERT OR REPLACE INTO sync_tombstones(key, kind, version, clock, changed_site, changed_at, "
                     "change_seq) VALUES (?, ?, ?, ?, ?, ?, ?)", values)


def bury_unknown(conn, kind_name: str, key: str, stamp: Stamp) -> None:
    """A deletion from another site of a record this store never had: kept, so that an older
    version of it arriving later is known to be deleted."""
    first, _ = allocate(conn, 1)
    conn.execute("INSERT OR REPLACE INTO sync_tombstones(key, kind, version, clock, changed_site, changed_at, "
                 "change_seq) VALUES (?, ?, ?, ?, ?, ?, ?)", (key, kind_name) + _stamped(stamp, first))


# --- changes made by other programs ---------------------------------------------------------------


def untracked_count(conn) -> int:
    return conn.execute("SELECT count(*) FROM sync_untracked").fetchone()[0]


def adopt(conn, at: str) -> int:
    """Make the changes other programs made (logged by the triggers) changes of this site: the rows
    they touched get new versions, the records they deleted tombstones. Returns how many records."""
    logged = conn.execute("SELECT tbl, row_id, key, clock, op FROM sync_untracked ORDER BY id").fetchall()
    if not logged:
        return 0
    by_table = {k.table: k for k in kinds.stored()}
    touched: dict[Kind, set[int]] = {}
    gone: dict[str, tuple[Kind, str]] = {}        # key -> (kind, clock as it was)
    for table, rid, key, clock, op in logged:
        kind = by_table.get(table)
        if kind is None:
            continue
        touched.setdefault(kind, set()).add(rid)
        if key is not None and op in ("update", "delete"):
            gone.setdefault(key, (kind, clock or ""))
    count = 0
    for kind, rids in touched.items():
        live = _live(conn, kind, sorted(rids))
        bump_rows(conn, kind, live)
        for chunk in chunked(live):
            # A record made again with another tool: no longer deleted.
            conn.execute(f"DELETE FROM sync_tombstones WHERE key IN "
                         f"(SELECT key FROM {kind.table} WHERE id IN ({marks(len(chunk))}))", chunk)
        count += len(live)
    for key, (kind, clock) in gone.items():
        if conn.execute(f"SELECT 1 FROM {kind.table} WHERE key = ?", (key,)).fetchone():
            continue        # still there (an update that kept its id)
        first, own = allocate(conn, 1)
        columns = _changed(clocks.decode(clock), own, at, first)
        conn.execute("INSERT OR REPLACE INTO sync_tombstones(key, kind, version, clock, changed_site, changed_at, "
                     "change_seq) VALUES (?, ?, ?, ?, ?, ?, ?)", (key, kind.name) + columns)
        count += 1
    conn.execute("DELETE FROM sync_untracked")
    return count


def _live(conn, kind: Kind, rids: list[int]) -> list[int]:
    out = []
    for chunk in chunked(rids):
        out += [r for (r,) in conn.execute(f"SELECT id FROM {kind.table} WHERE id IN ({marks(len(chunk))})", chunk)]
    return out
