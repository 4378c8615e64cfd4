"""Writing checked, resolved records: their rows, aliases and links, and their place in the search index.

A `Writer` serves one transaction. Records may refer to records written
later in the same transaction (foreign keys are checked at the commit): a
reference to a record not stored yet reserves its row id, which the record
takes when it is written. New rows get ids in the order they are first met.
"""
from __future__ import annotations

import datetime as dt
import functools
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable

from desktop.core import digests, kinds
from desktop.core.indexing import Analysed, Own
from desktop.core.kinds import Kind
from desktop.core.kinds import fields as f
from desktop.core.records import name_norm
from desktop.core.storage import reading, tracking
from desktop.core.storage.index import Indexer
from desktop.core.storage.tables import encode, insert_sql, order_for_writing

ROW_ID_CACHE = 100_000     # row ids of stored records remembered; more are looked up again
# The field in which a dataset says when it last revised a record (ACLED's timestamp).
DATASET_STAMP = "dataset_timestamp"


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


@dataclass
class Written:
    """What one write did, by kind."""
    created: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)
    unchanged: Counter = field(default_factory=Counter)
    proposed: Counter = field(default_factory=Counter)
    renamed: int = 0          # records whose names changed (the index of what names them was redone)
    changes: dict[str, tuple[str, ...]] = field(default_factory=dict)   # id -> the fields an update changed
    kept_newer: list[str] = field(default_factory=list)   # ids left as stored: the store's copy is newer


class Names:
    """The names and aliases of records others refer to, as stored now.

    The index derives a record's text with the names of what it refers to as
    they are stored, so a record written is learned again at once. A record
    that is not stored yet (one waiting for a record further down the input,
    named by another that waited too) is asked of `waiting`: its names are
    the ones it will be stored with.
    """

    LIMIT = 50_000     # records remembered; more are read again (speakers and places repeat: Zipf)

    def __init__(self, conn: sqlite3.Connection, waiting: Callable[[str], list[str] | None] | None = None):
        self.conn = conn
        self.waiting = waiting
        self._cache: dict[str, list[str]] = {}

    def __call__(self, kind: str, key: str) -> list[str]:
        found = self._cache.get(key)
        if found is None:
            found = reading.names_of(self.conn, kinds.get(kind), key)
            if not found and self.waiting is not None:
                return self.waiting(key) or []    # not stored yet: not remembered either
            if len(self._cache) >= self.LIMIT:
                self._cache.clear()
            self._cache[key] = found
        return found

    def learn(self, kind: Kind, records) -> None:
        """The names of records just written: what the store now holds, without asking it."""
        for rec in records:
            if len(self._cache) >= self.LIMIT:
                self._cache.clear()
            self._cache[rec["id"]] = names(kind, rec)


class Writer:
    def __init__(self, conn: sqlite3.Connection, on_rename: Callable[[], None] | None = None,
                 counts_by_hand: bool = False, waiting_names: Callable[[str], list[str] | None] | None = None):
        self.conn = conn
        self.on_rename = on_rename    # called before the first lookup of what names a renamed record
        self.names = Names(conn, waiting_names)
        self.analysed = Analysed(self.names)
        self.indexer = Indexer(conn, self.analysed, counts_by_hand)
        self._reserved: dict[str, int] = {}      # ids given to records not written yet
        self._known: dict[str, int] = {}         # ids of stored records, a bounded cache
        self._next: dict[str, int] = {}
        self.stamp = now()
        # Imports set this: a record whose DATASET_STAMP is older than the stored copy's leaves the
        # stored one as it is (an older export must not undo a dataset's later revision). Edits,
        # undo and the rest write what they are given.
        self.keep_newer = False
        # Records of an event dataset updated by a later export keep the grades an analyst gave them
        # (the dataset has none: its record leaving one out is no judgement that it is gone).
        self.keep_grades = False
        # Sync sets this: the version to store for these ids (a change from another site, a resolved
        # conflict) instead of a new change here; a record written unchanged still takes its version.
        self.stamps: dict[str, tracking.Stamp] | None = None
        conn.execute("PRAGMA defer_foreign_keys=ON")

    # --- row ids ---------------------------------------------------------------------

    def _allocate(self, kind: Kind) -> int:
        if kind.name not in self._next:
            top = self.conn.execute(f"SELECT max(id) FROM {kind.table}").fetchone()[0]
            self._next[kind.name] = (top or 0) + 1
        self._next[kind.name] += 1
        return self._next[kind.name] - 1

    def row_id(self, key: str) -> int:
        """The row id of `key`: stored, reserved earlier, or reserved now for a record written later."""
        found = self._reserved.get(key) or self._known.get(key)
        if found is None:
            kind = kinds.get(kinds.kind_of(key))
            row = self.conn.execute(f"SELECT id FROM {kind.table} WHERE key = ?", (key,)).fetchone()
            if row:
                found = self._remember(key, row[0])
            else:
                found = self._reserved[key] = self._allocate(kind)
        return found

    def reserve(self, key: str) -> int:
        return self.row_id(key)

    def _remember(self, key: str, rid: int) -> int:
        if len(self._known) >= ROW_ID_CACHE:
            self._known.clear()
        self._known[key] = rid
        return rid

    # --- writing -----------------------------------------------------------------------

    def write(self, batch: list[dict], own: dict[str, Own] | None = None) -> Written:
        """Write records (checked, references resolved, canonical); unchanged ones are left alone."""
        report = Written()
        by_kind: dict[str, list[dict]] = {}
        for rec in batch:
            by_kind.setdefault(rec["kind"], []).append(rec)
        plan: list[tuple[Kind, list[tuple[int, dict]], list[tuple[int, dict]]]] = []
        take_out: dict[Kind, dict[int, dict]] = {}
        renamed: dict[Kind, list[int]] = {}
        restamped: list[tuple[Kind, int, tracking.Stamp]] = []
        for kind in order_for_writing():
            recs = by_kind.get(kind.name)
            if not recs:
                continue
            existing = reading.row_ids(self.conn, kind, [r["id"] for r in recs])
            before = reading.get_many(self.conn, kind, list(existing)) if existing else {}
            fresh, stored = [], []
            for rec in recs:
                key = rec["id"]
                if key in existing:
                    rid = self._remember(key, existing[key])
                    old = before.get(key)
                    if self.keep_grades and old is not None:
                        rec = _with_grades(kind, rec, old)
                    if old == rec:
                        report.unchanged[kind.name] += 1
                        if self.stamps and key in self.stamps:
                            restamped.append((kind, rid, self.stamps[key]))
                        continue
                    if self.keep_newer and old is not None and _older(rec, old):
                        report.kept_newer.append(key)
                        continue
                    report.updated[kind.name] += 1
                    stored.append((rid, rec))
                    if old is not None:
                        report.changes[key] = changed_fields(kind, old, rec)
                        take_out.setdefault(kind, {})[rid] = old
                        if kind.name_values(old) != kind.name_values(rec):
                            renamed.setdefault(kind, []).append(rid)
                else:
                    rid = self._reserved.pop(key, None) or self._allocate(kind)
                    self._remember(key, rid)
                    report.created[kind.name] += 1
                    fresh.append((rid, rec))
                if rec.get("review") == "unreviewed":
                    report.proposed[kind.name] += 1
            plan.append((kind, fresh, stored))
        report.renamed = sum(len(r) for r in renamed.values())
        if renamed and self.on_rename is not None:
            self.on_rename()
        # Records whose text includes a name about to change are taken out with the name as stored.
        dependents: dict[Kind, dict[int, dict]] = {}
        for kind, rids in renamed.items():
            for other, ids in reading.referring(self.conn, kind, rids, names_only=True).items():
                have = take_out.get(other, {})
                wanted = [r for r in ids if r not in have]
                dependents.setdefault(other, {}).update(reading.by_row_ids(self.conn, other, wanted))
        for kind, items in take_out.items():
            self.indexer.take_out(kind, items.items())
        for kind, items in dependents.items():
            self.indexer.take_out(kind, items.items())
        for kind, fresh, stored in plan:
            self._write_rows(kind, fresh, True, own or {})
            self._write_rows(kind, stored, False, own or {})
            if kind.names:
                self.names.learn(kind, (rec for _, rec in fresh + stored))
        for kind, fresh, stored in plan:
            self.indexer.put_in(kind, fresh, new=True, own=own)
            self.indexer.put_in(kind, stored, new=False, own=own)
        written = {(kind, rid) for kind, fresh, stored in plan for rid, _ in fresh + stored}
        for kind, items in dependents.items():
            self.indexer.put_in(kind, [(r, rec) for r, rec in items.items() if (kind, r) not in written], new=False)
        for kind, rid, stamp in restamped:
            tracking.restamp(self.conn, kind, [(rid, stamp)])
        return report

    def _write_rows(self, kind: Kind, items: list[tuple[int, dict]], new: bool, own: dict[str, Own]) -> None:
        if not items:
            return
        stamp = self.stamp
        if new:
            versions = tracking.for_new(self.conn, [rec["id"] for _, rec in items], self.stamps)
        else:
            versions = tracking.for_stored(self.conn, kind, [(rid, rec["id"]) for rid, rec in items], self.stamps)
        rows = [(rid, rec["id"]) + self._values(kind, rec, own) + (stamp, stamp) + version
                for (rid, rec), version in zip(items, versions)]
        self.conn.executemany(insert_sql(kind, new), rows)
        owners = [] if new else [(rid,) for rid, _ in items]
        for fld in kind.fields:
            if fld.aliases:
                a = fld.aliases
                if owners:
                    self.conn.executemany(f"DELETE FROM {a.table} WHERE {a.owner} = ?", owners)
                self.conn.executemany(
                    f"INSERT OR IGNORE INTO {a.table} ({a.owner}, alias, alias_norm) VALUES (?, ?, ?)",
                    [(rid, alias, name_norm(alias)) for rid, rec in items for alias in rec.get(fld.name, ())])
            elif fld.links:
                link = fld.links
                if owners:
                    self.conn.executemany(f"DELETE FROM {link.table} WHERE {link.owner} = ?", owners)
                cols = [link.owner, link.target] + ([link.role] if link.role else []) + ["position"]
                self.conn.executemany(
                    f"INSERT OR IGNORE INTO {link.table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                    [self._link_row(rid, fld, item, i) for rid, rec in items
                     for i, item in enumerate(rec.get(fld.name, ()))])

    def _link_row(self, rid: int, fld, item, position: int) -> tuple:
        if fld.type == f.REFS:
            return (rid, self.row_id(item), position)
        target = self.row_id(item[fld.ref])
        if fld.links.role:
            return (rid, target, item.get(fld.links.role, ""), position)
        return (rid, target, position)

    def _values(self, kind: Kind, rec: dict, own: dict[str, Own]) -> tuple:
        out: list = []
        get = rec.get
        for name, default, is_ref, plain, fld in _encoders(kind):
            value = get(name, default)
            if plain or value is None:
                out.append(value)
            elif is_ref:
                out.append(self.row_id(value))
            else:
                out.append(encode(fld, value))
            if fld.normalised:
                out.append(name_norm(value) if value else None)
            if fld.digest:
                worked = own.get(rec["id"])    # (name_norm, name_stem, body_stem, digest): indexing.Own
                out.append((worked and worked[3] or digests.body_hash(value)) if value else None)
        return tuple(out)


@functools.cache
def _encoders(kind: Kind) -> tuple:
    """Per column field: (name, default, is a reference, stored as it is, field), worked out once."""
    return tuple((fld.name, fld.default, fld.type == f.REF, fld.type not in (f.REF, f.SPAN, f.TAGS, f.FLAG), fld)
                 for fld in kind.columns_stored)


def names(kind: Kind, rec: dict) -> list[str]:
    """The names and aliases a record of `kind` is found by (empty for kinds not found by name)."""
    out: list[str] = []
    for fld in kind.names:
        value = rec.get(fld.name)
        out += value if isinstance(value, list) else ([value] if value else [])
    return out


def changed_fields(kind: Kind, old: dict, new: dict) -> tuple[str, ...]:
    """The fields whose values differ between two versions of a record, in the kind's order."""
    names = [fld.name for fld in kind.fields]
    names += sorted((old.keys() | new.keys()) - set(names) - {"kind", "id"})
    return tuple(name for name in names if old.get(name) != new.get(name))


def _with_grades(kind: Kind, rec: dict, old: dict) -> dict:
    """`rec` with the grades (credibility, reliability) `old` has and `rec` leaves out."""
    kept = {fld.name: old[fld.name] for fld in kind.fields
            if fld.brief and fld.name not in rec and old.get(fld.name) is not None}
    return {**rec, **kept} if kept else rec


def _older(new: dict, old: dict) -> bool:
    """`new` is an earlier version of the dataset's record than `old` (both say when they were made)."""
    new_stamp, old_stamp = new.get(DATASET_STAMP), old.get(DATASET_STAMP)
    return new_stamp is not None and old_stamp is not None and new_stamp < old_stamp

