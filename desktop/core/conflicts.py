"""Open conflicts, shown with both versions field by field, and resolved by a person.

A conflict is a record changed here and at another site since they last
agreed (or deleted on one side and changed on the other, or whose deletion
records here still need, or that refers to a record this store lacks).
Ours is the record as stored now, or its deletion; theirs is kept with the
conflict. A resolution (mine, theirs, or merged: chosen values over ours)
is a new change whose version descends from both, so it syncs like any
other change and closes the conflict at the other site too.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.core import clocks, kinds, writing
from desktop.core.errors import InUseError, SyncError
from desktop.core.storage.tracking import Stamp
from desktop.core.storage.writing import now

CHOICES = ("mine", "theirs", "merged")


@dataclass
class Conflict:
    key: str
    kind: str
    reason: str            # edited, deleted_here, deleted_there, in_use, missing, diverged
    mine: dict | None      # None: deleted here (or never had it)
    theirs: dict | None    # None: deleted there
    mine_version: dict     # {"version", "site", "at"}
    theirs_version: dict
    origin: str            # the site whose changes brought theirs
    found_at: str
    detail: Any = None

    @property
    def fields(self) -> list[str]:
        """The fields whose values differ, in the kind's order (every field present, for a deletion)."""
        mine, theirs = self.mine or {}, self.theirs or {}
        names = [fld.name for fld in kinds.get(self.kind).fields]
        return [name for name in names if mine.get(name) != theirs.get(name)]

    def to_json(self) -> dict:
        return {"id": self.key, "kind": self.kind, "reason": self.reason, "origin": self.origin,
                "found_at": self.found_at, "detail": self.detail, "fields": self.fields,
                "mine": self.mine, "theirs": self.theirs,
                "mine_version": self.mine_version, "theirs_version": self.theirs_version}


def open_conflicts(store, keys: list[str] | None = None) -> list[Conflict]:
    """Every open conflict (or those of `keys`), in the order found, with both versions."""
    rows = store.open_conflicts(keys)
    if not rows:
        return []
    sites = store.sites()
    out = []
    by_kind: dict[str, list[dict]] = {}
    for row in rows:
        by_kind.setdefault(row["kind"], []).append(row)
    mine: dict[str, dict] = {}
    held: dict[str, tuple] = {}
    for kind, items in by_kind.items():
        keys_ = [r["key"] for r in items]
        mine.update(store.get_many(kind, keys_))
        held.update(store.local_versions(kind, keys_))
        held.update({k: v for k, v in store.tombstoned(keys_).items() if k not in held})
    for row in rows:
        clock, site, at = held.get(row["key"], ("", None, None))
        out.append(Conflict(
            row["key"], row["kind"], row["reason"], mine.get(row["key"]), row["theirs"],
            _version(clock, sites.get(site), at),
            _version(row["their_clock"], sites.get(row["their_site"]), row["their_at"]),
            sites.get(row["origin"], ""), row["found_at"], row["detail"]))
    return out


def _version(clock: str, site: str | None, at: str | None) -> dict:
    return {"version": clocks.version(clocks.decode(clock)), "site": site, "at": at}


def resolve(store, key: str, choice: str, values: dict | None = None) -> dict | None:
    """Resolve an open conflict as mine, theirs, or merged (`values`: field -> chosen value, over
    ours, or over theirs when ours is deleted; None removes a field). Returns the record as it now
    stands (None: deleted). One transaction; the resolution is a new change that syncs."""
    if choice not in CHOICES:
        raise SyncError("sync.bad_choice", value=choice)
    if choice == "merged" and not isinstance(values, dict):
        raise SyncError("sync.merged_values")
    with store.transaction():
        found = store.open_conflicts([key])
        if not found:
            raise SyncError("sync.no_conflict", key=key)
        row = found[0]
        kind = row["kind"]
        ours = store.get(key)
        held = store.local_versions(kind, [key]).get(key) or store.tombstoned([key]).get(key)
        own = store.own_site_number()
        clock = clocks.bump(clocks.merge(clocks.decode(held[0] if held else ""),
                                         clocks.decode(row["their_clock"])), own)
        stamp = Stamp(clocks.encode(clock), own, now())
        if choice == "mine":
            chosen = ours
        elif choice == "theirs":
            chosen = row["theirs"]
        else:
            base = ours if ours is not None else row["theirs"]
            if base is None:
                raise SyncError("sync.merged_deleted", key=key)
            chosen = {**base, **values, "kind": kind, "id": key}
            chosen = {name: value for name, value in chosen.items() if value is not None}
        if chosen is None:
            _delete(store, key, kind, stamp, exists=ours is not None)
        else:
            batch, _ = writing.prepare(store, [chosen])
            writer = store.writer()
            writer.stamps = {key: stamp}
            writer.write(batch)
            chosen = batch[0]
        store.close_conflict(key)
    return store.get(key) if chosen is not None else None


def _delete(store, key: str, kind: str, stamp: Stamp, exists: bool) -> None:
    if not exists:
        store.restamp_tombstone(key, kind, stamp)
        return
    try:
        store.delete_as(key, stamp, kind)
    except InUseError as exc:
        raise SyncError("sync.still_needed", key=key, count=exc.params.get("count"), kind=exc.params.get("kind"),
                        through=exc.params.get("through")) from None
