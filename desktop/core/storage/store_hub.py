"""What a team-hub sync asks of the store (a mixin of Store): the hubs it syncs with, what is waiting to go
out, and the changes a merge itself made (schema 7: sync_hubs).

Methods that write join the caller's transaction (a sync is one transaction: core/hub.py holds it).
"""
from __future__ import annotations

import json
from typing import Iterator

from desktop.core import kinds
from desktop.core.storage import reading, syncing
from desktop.core.storage.connection import guarded
from desktop.core.storage.tables import CHUNK, order_for_writing

HUB_COLUMNS = ("hub", "url", "pushed_seq", "pulled_seq", "synced_at")


class HubMixin:
    def hub_book(self, hub: str) -> dict | None:
        """What this store exchanged with a hub (by its id): pushed_seq, pulled_seq, synced_at, url."""
        with guarded(self.path):
            row = self._conn.execute(f"SELECT {', '.join(HUB_COLUMNS)} FROM sync_hubs WHERE hub = ?",
                                     (hub,)).fetchone()
        return dict(zip(HUB_COLUMNS, row)) if row else None

    def current_hub(self) -> dict | None:
        """The hub this store synced with last (the one it belongs to), or None."""
        with guarded(self.path):
            row = self._conn.execute(f"SELECT {', '.join(HUB_COLUMNS)} FROM sync_hubs "
                                     f"ORDER BY synced_at IS NULL, synced_at DESC LIMIT 1").fetchone()
        return dict(zip(HUB_COLUMNS, row)) if row else None

    def mark_hub(self, hub: str, url: str, pushed_seq: int, pulled_seq: int, at: str) -> None:
        """Remember a sync that went through (inside the sync's transaction); `url` holds no password."""
        with guarded(self.path), self.transaction():
            self._conn.execute(
                "INSERT INTO sync_hubs(hub, url, pushed_seq, pulled_seq, synced_at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(hub) DO UPDATE SET url = excluded.url, pushed_seq = excluded.pushed_seq, "
                "pulled_seq = excluded.pulled_seq, synced_at = excluded.synced_at",
                (hub, url, pushed_seq, pulled_seq, at))

    def waiting_for_hub(self, after: int, own_only: bool = True) -> int:
        """How many changes made here wait to go to a hub: this site's changes after this store's change
        `after` (-1: nothing pushed yet, so records from before change tracking too). `own_only` False
        counts those that came from elsewhere too (a hub, a bundle): what a push would send."""
        with guarded(self.path):
            own = syncing.own(self._conn)[0]
            mine = "AND coalesce(changed_site, ?) = ?" if own_only else "AND ? = ?"
            total = 0
            for table in [k.table for k in kinds.stored()] + ["sync_tombstones"]:
                total += self._conn.execute(f"SELECT count(*) FROM {table} WHERE change_seq > ? {mine}",
                                            (after, own, own)).fetchone()[0]
            return total

    def changes_of(self, after: int, upto: int, site_no: int, keys: list[str]
                   ) -> Iterator[tuple[dict | None, tuple]]:
        """The changes after `after` up to `upto` last made by site `site_no`, or to one of `keys`: (record,
        (version, clock, changed_site, changed_at, change_seq)) and, for a deletion, (None, (key, kind,
        version, clock, changed_site, changed_at, change_seq)). What a merge changed here itself (a reference
        it cleared, versions it merged), among the changes it took in as they were."""
        listed = json.dumps(sorted(set(keys)))
        with guarded(self.path):
            for kind in order_for_writing():
                last = (after, 1 << 62)
                while True:
                    rows = self._conn.execute(
                        f"SELECT id, version, clock, changed_site, coalesce(changed_at, updated_at), change_seq "
                        f"FROM {kind.table} WHERE (change_seq, id) > (?, ?) AND change_seq <= ? "
                        f"AND (changed_site = ? OR key IN (SELECT value FROM json_each(?))) "
                        f"ORDER BY change_seq, id LIMIT {CHUNK}", (*last, upto, site_no, listed)).fetchall()
                    if not rows:
                        break
                    last = (rows[-1][5], rows[-1][0])
                    found = dict(reading.by_row_ids(self._conn, kind, [row[0] for row in rows]))
                    for row in rows:
                        if row[0] in found:
                            yield found[row[0]], row[1:]
            for row in self._conn.execute(
                    "SELECT key, kind, version, clock, changed_site, changed_at, change_seq FROM sync_tombstones "
                    "WHERE change_seq > ? AND change_seq <= ? AND (changed_site = ? OR key IN "
                    "(SELECT value FROM json_each(?))) ORDER BY change_seq", (after, upto, site_no, listed)):
                yield None, row

    def named_by(self, kind: str, keys: list[str]) -> Iterator[tuple[dict, str]]:
        """(record, clock) of the records whose search text holds the names of the given records of `kind`
        (a quote's speaker, an event's actors and place): what a rename makes stale elsewhere."""
        k = kinds.get(kind)
        with guarded(self.path):
            rids = list(reading.row_ids(self._conn, k, keys).values())
            for other, ids in reading.referring(self._conn, k, rids, names_only=True).items():
                records = dict(reading.by_row_ids(self._conn, other, ids))
                found = syncing.versions(self._conn, other, [rec["id"] for rec in records.values()])
                for rec in records.values():
                    yield rec, found[rec["id"]][1]
