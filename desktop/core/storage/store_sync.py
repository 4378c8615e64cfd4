"""What sync asks of the store (a mixin of Store; the SQL is in syncing.py and tracking.py).

Methods that write join the caller's transaction (an exchange is one
transaction: core/sync.py holds it) or make their own.
"""
from __future__ import annotations

import uuid
from typing import Iterator

from desktop.core import kinds
from desktop.core.storage import reading, removal, syncing, tracking
from desktop.core.storage.connection import guarded
from desktop.core.storage.tables import order_for_writing
from desktop.core.storage.tracking import Stamp
from desktop.core.storage.writing import now


class SyncMixin:
    # --- this site and its peers --------------------------------------------------------------

    def site_id(self) -> str:
        """This store's site: a UUID made when change tracking began (schema 6) or by new_site_id."""
        with guarded(self.path):
            return syncing.own(self._conn)[1]

    def new_site_id(self) -> str:
        """Make this store a site of its own (a copy of another store must be, before it exchanges)."""
        site = str(uuid.uuid4())
        with guarded(self.path), self.transaction():
            syncing.become(self._conn, site)
        return site

    def sites(self) -> dict[int, str]:
        with guarded(self.path):
            return syncing.sites(self._conn)

    def site_numbers(self, uuids) -> dict[str, int]:
        """Site UUID -> this store's number for it; sites met for the first time are numbered
        (inside the caller's transaction)."""
        with guarded(self.path), self.transaction():
            return syncing.numbers(self._conn, uuids)

    def own_site_number(self) -> int:
        with guarded(self.path):
            return syncing.own(self._conn)[0]

    def peers(self) -> list[dict]:
        with guarded(self.path):
            return syncing.peers(self._conn)

    def find_peer(self, text: str) -> dict | None:
        """A peer by its name or site UUID, with its bookkeeping; None when unknown."""
        with guarded(self.path):
            return syncing.find_peer(self._conn, text)

    def name_peer(self, site: str, name: str | None) -> None:
        with guarded(self.path), self.transaction():
            syncing.name_peer(self._conn, site, name)

    def mark_sent(self, site_no: int, seq: int) -> None:
        with guarded(self.path), self.transaction():
            syncing.mark_sent(self._conn, site_no, seq, now())

    def mark_applied(self, site_no: int, seq: int) -> None:
        with guarded(self.path), self.transaction():
            syncing.mark_applied(self._conn, site_no, seq, now())

    def mark_acked(self, site_no: int, seq: int) -> None:
        with guarded(self.path), self.transaction():
            syncing.mark_acked(self._conn, site_no, seq)

    def applied_marks(self) -> dict[str, int]:
        with guarded(self.path):
            return syncing.applied_marks(self._conn)

    # --- what changed ---------------------------------------------------------------------------

    def change_seq(self) -> int:
        """The last change sequence number this store gave."""
        with guarded(self.path):
            return tracking.current_seq(self._conn)

    def changed_records(self, after: int, upto: int, leave_out: int | None = None
                        ) -> Iterator[tuple[dict, tuple]]:
        """(record, (version, clock, changed_site, changed_at, change_seq)) of every record changed after
        `after` (-1: all of them) and up to `upto`, kind by kind in writing order, a chunk read at a time."""
        with guarded(self.path):
            for kind in order_for_writing():
                for chunk in syncing.changed(self._conn, kind, after, upto, leave_out):
                    found = dict(reading.by_row_ids(self._conn, kind, [row[0] for row in chunk]))
                    for row in chunk:
                        if row[0] in found:
                            yield found[row[0]], row[1:]

    def deletions(self, after: int, upto: int, leave_out: int | None = None) -> Iterator[tuple]:
        """(id, kind, version, clock, changed_site, changed_at, change_seq) of the deletions after `after`."""
        with guarded(self.path):
            yield from syncing.tombstones(self._conn, max(after, 0), upto, leave_out)

    def waiting_changes(self, after: int, leave_out: int | None = None) -> int:
        with guarded(self.path):
            return syncing.waiting(self._conn, after, leave_out)

    def adopt_untracked(self) -> int:
        """Take in the changes other programs made as changes of this site; returns how many records."""
        with guarded(self.path), self.transaction():
            return tracking.adopt(self._conn, now())

    # --- local versions -------------------------------------------------------------------------

    def local_versions(self, kind: str, keys: list[str]) -> dict[str, tuple[str, int | None, str | None]]:
        """id -> (clock, changed_site, changed_at) of the stored records among `keys`."""
        with guarded(self.path):
            found = syncing.versions(self._conn, kinds.get(kind), keys)
            return {key: row[1:] for key, row in found.items()}

    def tombstoned(self, keys: list[str]) -> dict[str, tuple[str, int | None, str | None]]:
        """id -> (clock, changed_site, changed_at) of the deleted records among `keys`."""
        with guarded(self.path):
            return syncing.buried(self._conn, keys)

    def restamp(self, kind: str, key: str, stamp: Stamp) -> None:
        """Give a stored record a version without changing it."""
        k = kinds.get(kind)
        with guarded(self.path), self.transaction():
            rid = reading.row_ids(self._conn, k, [key]).get(key)
            if rid is not None:
                tracking.restamp(self._conn, k, [(rid, stamp)])

    def delete_as(self, key: str, stamp: Stamp, kind: str) -> list[dict]:
        """Delete a record as another site did (its tombstone takes `stamp`), or keep the tombstone of a
        record this store never had. InUseError when records here cannot be left without it."""
        with guarded(self.path), self.transaction():
            if reading.exists(self._conn, kinds.get(kind), key):
                return removal.delete(self._conn, key, None, stamp)
            tracking.bury_unknown(self._conn, kind, key, stamp)
            return []

    def restamp_tombstone(self, key: str, kind: str, stamp: Stamp) -> None:
        with guarded(self.path), self.transaction():
            tracking.bury_unknown(self._conn, kind, key, stamp)

    # --- conflicts ------------------------------------------------------------------------------

    def open_conflicts(self, keys: list[str] | None = None) -> list[dict]:
        with guarded(self.path):
            return syncing.conflicts(self._conn, keys)

    def conflict_count(self) -> int:
        with guarded(self.path):
            return syncing.conflict_count(self._conn)

    def keep_conflict(self, key: str, kind: str, reason: str, theirs: dict | None, stamp: Stamp, origin: int,
                      detail=None) -> None:
        with guarded(self.path), self.transaction():
            syncing.keep_conflict(self._conn, key, kind, reason, theirs, stamp.clock, stamp.site, stamp.at, origin,
                                  now(), detail)

    def close_conflict(self, key: str) -> None:
        with guarded(self.path), self.transaction():
            syncing.close_conflict(self._conn, key)
