"""The queries of sync: sites and peers, what changed since a point, local versions, open conflicts.

Clocks are stored with short site numbers (sync_sites.no); the functions
here that face the outside take and give the sites' UUIDs.
"""
from __future__ import annotations

import json
import sqlite3
from typing import Iterable, Iterator

from desktop.core import clocks, kinds
from desktop.core.kinds import Kind
from desktop.core.storage.tables import CHUNK, chunked, marks

PEER_COLUMNS = ("site", "name", "sent_seq", "sent_at", "applied_seq", "applied_at", "acked_seq")


# --- sites and peers ------------------------------------------------------------------------------


def sites(conn: sqlite3.Connection) -> dict[int, str]:
    """Site number -> UUID, every site this store knows."""
    return dict(conn.execute("SELECT no, site FROM sync_sites"))


def own(conn) -> tuple[int, str]:
    return conn.execute("SELECT s.no, s.site FROM sync_state t JOIN sync_sites s ON s.no = t.site_no").fetchone()


def numbers(conn, uuids: Iterable[str]) -> dict[str, int]:
    """UUID -> site number, numbering the sites met for the first time."""
    wanted = sorted(set(uuids))
    out: dict[str, int] = {}
    for chunk in chunked(wanted):
        out.update(conn.execute(f"SELECT site, no FROM sync_sites WHERE site IN ({marks(len(chunk))})", chunk))
    for uuid in wanted:
        if uuid not in out:
            out[uuid] = conn.execute("INSERT INTO sync_sites(site) VALUES (?) RETURNING no", (uuid,)).fetchone()[0]
    return out


def become(conn, uuid: str) -> None:
    """This store is the site `uuid` from now on (a copy made into a site of its own)."""
    (no,) = numbers(conn, [uuid]).values()
    conn.execute("UPDATE sync_state SET site_no = ?", (no,))


def peers(conn) -> list[dict]:
    """Every site other than this store that has a name or was exchanged with, in the order met."""
    rows = conn.execute(f"SELECT {', '.join(PEER_COLUMNS)} FROM sync_sites WHERE no != (SELECT site_no FROM "
                        f"sync_state) AND (name IS NOT NULL OR sent_at IS NOT NULL OR applied_at IS NOT NULL) "
                        f"ORDER BY no").fetchall()
    return [dict(zip(PEER_COLUMNS, row)) for row in rows]


def find_peer(conn, text: str) -> dict | None:
    row = conn.execute(f"SELECT no, {', '.join(PEER_COLUMNS)} FROM sync_sites WHERE name = ?1 OR site = ?1 "
                       f"ORDER BY name = ?1 DESC LIMIT 1", (text,)).fetchone()
    return dict(zip(("no",) + PEER_COLUMNS, row)) if row else None


def name_peer(conn, uuid: str, name: str | None) -> None:
    (no,) = numbers(conn, [uuid]).values()
    conn.execute("UPDATE sync_sites SET name = ? WHERE no = ?", (name, no))


def mark_sent(conn, no: int, seq: int, at: str) -> None:
    conn.execute("UPDATE sync_sites SET sent_seq = max(sent_seq, ?), sent_at = ? WHERE no = ?", (seq, at, no))


def mark_applied(conn, no: int, seq: int, at: str) -> None:
    conn.execute("UPDATE sync_sites SET applied_seq = max(applied_seq, ?), applied_at = ? WHERE no = ?",
                 (seq, at, no))


def mark_acked(conn, no: int, seq: int) -> None:
    conn.execute("UPDATE sync_sites SET acked_seq = max(acked_seq, ?) WHERE no = ?", (seq, no))


def applied_marks(conn) -> dict[str, int]:
    """UUID -> that site's change_seq up to which its bundles were applied here (the acknowledgements
    a bundle carries back)."""
    return dict(conn.execute("SELECT site, applied_seq FROM sync_sites WHERE applied_seq > 0"))


# --- what changed -----------------------------------------------------------------------------------


def changed(conn, kind: Kind, after: int, upto: int, leave_out: int | None
            ) -> Iterator[list[tuple[int, int, str, int | None, str | None, int]]]:
    """Chunks of (row id, version, clock, changed_site, changed_at, change_seq) of the records of `kind`
    changed after `after` (-1: every record, those from before tracking too) and up to `upto`, in the
    order of their changes; `leave_out`: not those a given site changed last (it has them)."""
    last = (after, 1 << 62)        # after every row of change `after` itself
    skip = -1 if leave_out is None else leave_out
    while True:
        rows = conn.execute(
            f"SELECT id, version, clock, changed_site, coalesce(changed_at, updated_at), change_seq FROM {kind.table} "
            f"WHERE (change_seq, id) > (?, ?) AND change_seq <= ? ORDER BY change_seq, id LIMIT {CHUNK}",
            (*last, upto)).fetchall()
        if not rows:
            return
        last = (rows[-1][5], rows[-1][0])
        chosen = [r for r in rows if r[3] is None or r[3] != skip]
        if chosen:
            yield chosen


def tombstones(conn, after: int, upto: int, leave_out: int | None) -> Iterator[tuple]:
    """(key, kind, version, clock, changed_site, changed_at, change_seq) of deletions after `after`."""
    skip = -1 if leave_out is None else leave_out
    yield from conn.execute(
        "SELECT key, kind, version, clock, changed_site, changed_at, change_seq FROM sync_tombstones "
        "WHERE change_seq > ? AND change_seq <= ? AND coalesce(changed_site, -2) != ? ORDER BY change_seq",
        (after, upto, skip))


def versions(conn, kind: Kind, keys: list[str]) -> dict[str, tuple[int, str, int | None, str | None]]:
    """key -> (row id, clock, changed_site, changed_at) of the stored records among `keys`."""
    out = {}
    for chunk in chunked(keys):
        for key, rid, clock, site, at in conn.execute(
                f"SELECT key, id, clock, changed_site, coalesce(changed_at, updated_at) FROM {kind.table} "
                f"WHERE key IN ({marks(len(chunk))})", chunk):
            out[key] = (rid, clock, site, at)
    return out


def buried(conn, keys: list[str]) -> dict[str, tuple[str, int | None, str | None]]:
    """key -> (clock, changed_site, changed_at) of the tombstones among `keys`."""
    out = {}
    for chunk in chunked(keys):
        for key, clock, site, at in conn.execute(
                f"SELECT key, clock, changed_site, changed_at FROM sync_tombstones WHERE key IN ({marks(len(chunk))})",
                chunk):
            out[key] = (clock, site, at)
    return out


def waiting(conn, after: int, leave_out: int | None) -> int:
    """How many changes (records and deletions) this store made or took in after `after`."""
    skip = -1 if leave_out is None else leave_out
    total = 0
    for kind in kinds.stored():
        total += conn.execute(f"SELECT count(*) FROM {kind.table} WHERE change_seq > ? "
                              f"AND coalesce(changed_site, -2) != ?", (after, skip)).fetchone()[0]
    total += conn.execute("SELECT count(*) FROM sync_tombstones WHERE change_seq > ? "
                          "AND coalesce(changed_site, -2) != ?", (after, skip)).fetchone()[0]
    return total


# --- conflicts ---------------------------------------------------------------------------------------

CONFLICT_COLUMNS = ("key", "kind", "reason", "theirs", "their_version", "their_clock", "their_site", "their_at",
                    "origin", "found_at", "detail")


def _conflict(row) -> dict:
    out = dict(zip(CONFLICT_COLUMNS, row))
    out["theirs"] = json.loads(out["theirs"]) if out["theirs"] is not None else None
    out["detail"] = json.loads(out["detail"]) if out["detail"] else None
    return out


def conflicts(conn, keys: list[str] | None = None) -> list[dict]:
    """Open conflicts (all, or those of `keys`), in the order found."""
    select = f"SELECT {', '.join(CONFLICT_COLUMNS)} FROM sync_conflicts"
    if keys is None:
        return [_conflict(r) for r in conn.execute(f"{select} ORDER BY rowid")]
    out = []
    for chunk in chunked(keys):
        out += [_conflict(r) for r in conn.execute(f"{select} WHERE key IN ({marks(len(chunk))})", chunk)]
    return out


def conflict_count(conn) -> int:
    return conn.execute("SELECT count(*) FROM sync_conflicts").fetchone()[0]


def keep_conflict(conn, key: str, kind: str, reason: str, theirs: dict | None, their_clock: str,
                  their_site: int | None, their_at: str | None, origin: int, found_at: str,
                  detail=None) -> None:
    conn.execute(
        f"INSERT OR REPLACE INTO sync_conflicts({', '.join(CONFLICT_COLUMNS)}) VALUES ({marks(len(CONFLICT_COLUMNS))})",
        (key, kind, reason, None if theirs is None else json.dumps(theirs, ensure_ascii=False),
         clocks.version(clocks.decode(their_clock)), their_clock, their_site, their_at, origin, found_at,
         json.dumps(detail, ensure_ascii=False) if detail is not None else None))


def close_conflict(conn, key: str) -> None:
    conn.execute("DELETE FROM sync_conflicts WHERE key = ?", (key,))
