"""Sync between stores: the changes since the last exchange with a peer, and merging another site's.

Every record carries a version vector (core/clocks.py). Merging a change
compares its clock with the record's here:

- it descends from ours: taken (a fast-forward), deletions too;
- ours descends from it, or it is ours: skipped (an old or repeated change);
- neither: both sides changed the record since they last agreed. When both
  made the same change (the same values, or both deleted it) the clocks are
  merged; otherwise it becomes an open conflict, kept with their version for
  a person to resolve (core/conflicts.py). Nothing is resolved silently: not
  an edit against an edit, not a delete against an edit.

A merge is one transaction: all of it or nothing. A deletion that records
here still need (a quote's speaker), and a record that refers to one this
store does not have, become conflicts too. `merge` takes a source of changes
(a bundle, or what a team hub returns); `write_changes` and `apply_bundle`
exchange them by file (bundles.py).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from desktop.core import bundles, clocks, kinds
from desktop.core.bundles import Change, Header
from desktop.core.errors import BundleError, InUseError, SyncError, Where
from desktop.core.importing import BULK_MINIMUM
from desktop.core.kinds import fields as f
from desktop.core.storage.tracking import Stamp
from desktop.core.storage.writing import now

CHUNK = 500
_NAME = re.compile(r"^[\w-]{1,64}$")
# What an exchange decides for each change (BOTH: changed on both sides, decided by comparing the records).
TAKE, SKIP, SAME, CONFLICT, BOTH = "take", "skip", "same", "conflict", "both"


@dataclass
class ChangesReport:
    path: str
    peer: str                  # the peer's site
    records: int = 0
    deleted: int = 0
    start: int = 0             # this store's changes after this number (0: all)...
    upto: int = 0              # ...up to this one
    sha256: str = ""
    adopted: int = 0           # changes made with other programs, versioned first

    def to_json(self) -> dict:
        return {"file": self.path, "peer": self.peer, "records": self.records, "deleted": self.deleted,
                "from": self.start, "upto": self.upto, "sha256": self.sha256, "adopted": self.adopted}


@dataclass
class ApplyReport:
    origin: str = ""
    created: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)
    deleted: Counter = field(default_factory=Counter)
    skipped: int = 0           # changes this store already has, or older than what it has
    same: int = 0              # the same change made on both sides: versions merged
    same_keys: list[str] = field(default_factory=list)     # their ids (a hub is sent the merged versions)
    conflicts: list[str] = field(default_factory=list)     # ids of records now in conflict
    closed: list[str] = field(default_factory=list)        # conflicts resolved at the other site
    adopted: int = 0
    open_conflicts: int = 0

    @property
    def applied(self) -> int:
        return sum(self.created.values()) + sum(self.updated.values()) + sum(self.deleted.values())

    @property
    def changed(self) -> bool:
        return bool(self.applied or self.same or self.conflicts or self.closed or self.adopted)

    def to_json(self) -> dict:
        return {"origin": self.origin, "applied": self.applied, "skipped": self.skipped,
                "conflicts": len(self.conflicts), "same": self.same, "created": dict(self.created),
                "updated": dict(self.updated), "deleted": dict(self.deleted), "in_conflict": self.conflicts,
                "resolved_there": self.closed, "adopted": self.adopted, "open_conflicts": self.open_conflicts}


# --- peers -----------------------------------------------------------------------------------------------


def find_peer(store, text: str, *, new: bool = False) -> dict:
    """A peer by name or site id; a site id met for the first time with `new` (a first exchange)."""
    if text == store.site_id():
        raise SyncError("sync.own_site", site=text)
    found = store.find_peer(text)
    if found is None and new and bundles.is_site_id(text):
        store.site_numbers([text])
        found = store.find_peer(text)
    if found is None:
        raise SyncError("sync.unknown_peer", peer=text, site_command="marsad site", name_command="marsad peers --name")
    return found


def name_peer(store, site: str, name: str) -> None:
    """Give a peer a name to use in `changes --since`; `site` is its site id or its old name."""
    if not _NAME.match(name) or bundles.is_site_id(name):
        raise SyncError("sync.bad_name", name=name)
    with store.transaction():
        peer = find_peer(store, site, new=True) if bundles.is_site_id(site) else find_peer(store, site)
        taken = store.find_peer(name)
        if taken is not None and taken["site"] != peer["site"]:
            raise SyncError("sync.name_taken", name=name, site=taken["site"])
        store.name_peer(peer["site"], name)


# --- sending -------------------------------------------------------------------------------------------


def outgoing(store, after: int, upto: int, leave_out: int | None = None) -> Iterator[Change]:
    """This store's changes after `after` (-1: every record, those from before tracking too) up to `upto`,
    with their versions in site UUIDs; `leave_out`: not what that site changed last (it has it)."""
    sites = store.sites()

    def clock(text: str) -> dict[str, int]:
        return {sites[no]: n for no, n in clocks.decode(text).items()}

    for rec, (version, text, site, at, _) in store.changed_records(after, upto, leave_out):
        yield Change(rec["kind"], rec["id"], rec, version, clock(text), sites.get(site), at)
    for key, kind, version, text, site, at, _ in store.deletions(after, upto, leave_out):
        yield Change(kind, key, None, version, clock(text), sites.get(site), at)


def write_changes(store, peer: str, path: str | Path, start: int | None = None) -> ChangesReport:
    """Write the changes a peer has not been sent (or those after this store's change `start`) to a
    bundle at `path`, and remember what was sent, in one transaction; the file is renamed into place
    only when whole. A peer met for the first time (by its site id) gets everything."""
    with store.transaction():
        adopted = store.adopt_untracked()
        found = find_peer(store, peer, new=True)
        last = store.change_seq()
        after = found["sent_seq"] if start is None else start
        if not 0 <= after <= last:
            raise SyncError("sync.bad_start", value=after, last=last)
        report = ChangesReport(str(path), found["site"], start=after, upto=last, adopted=adopted)
        header = Header(store.site_id(), after, last, now(), store.applied_marks())
        peer_no = store.site_numbers([found["site"]])[found["site"]]

        def counted() -> Iterator[Change]:
            for change in outgoing(store, after if after else -1, last, peer_no):
                if change.record is None:
                    report.deleted += 1
                else:
                    report.records += 1
                yield change

        _, report.sha256 = bundles.write(path, header, counted())
        store.mark_sent(peer_no, last)
    return report


# --- merging -------------------------------------------------------------------------------------------


def apply_bundle(store, path: str | Path) -> ApplyReport:
    """Merge a bundle in one transaction, or refuse it whole (BundleError, BatchError) leaving the store
    exactly as it was. Applying one twice changes nothing the second time."""
    header = bundles.verify(path)
    own = store.site_id()
    if header.site == own:
        raise BundleError("bundle.own_site", where=Where(str(path)), site=own, command="marsad site --new")
    report = ApplyReport(origin=header.site)
    # A load's settings (storage/bulk.py): a big first exchange into a small store defers its indexes.
    big = header.changes >= BULK_MINIMUM and sum(store.counts().values()) * 4 < header.changes
    try:
        with store.loading(big=big) as load:
            report.adopted = store.adopt_untracked()
            peer = store.find_peer(header.site)
            applied = peer["applied_seq"] if peer else 0
            if header.start > applied:
                raise BundleError("bundle.gap", where=Where(str(path)), site=header.site, start=header.start,
                                  applied=applied, command=f"marsad changes --since {own} --from {applied}")
            merge(store, header.site, lambda: bundles.changes(path, header), report, load)
            origin = store.site_numbers([header.site])[header.site]
            marks = header.upto > applied or header.acks.get(own, 0) > (peer or {}).get("acked_seq", 0)
            if header.upto > applied:
                store.mark_applied(origin, header.upto)
            if header.acks.get(own, 0) > (peer or {}).get("acked_seq", 0):
                store.mark_acked(origin, header.acks[own])
            if not report.changed and not marks:
                raise _Unchanged
            report.open_conflicts = store.conflict_count()
    except _Unchanged:
        report.open_conflicts = store.conflict_count()
    return report


class _Unchanged(Exception):
    """Nothing to write: the transaction is rolled back, so the store is not touched at all."""


@dataclass
class _Decision:
    what: str
    stamp: Stamp               # their version
    reason: str = ""
    detail: object = None
    close: bool = False        # an open conflict this change resolves
    refs: tuple[str, ...] = ()     # what the record to write refers to
    deletion: bool = False
    merged: Stamp | None = None    # both sides' versions merged (the same change made on both)


def merge(store, origin: str, changes: Callable[[], Iterable[Change]], report: ApplyReport | None = None,
          load=None) -> ApplyReport:
    """Merge another site's changes inside the caller's transaction (`load`: the store.loading it runs in,
    if any). `changes()` gives them afresh each time it is called (they are read twice: once to decide,
    once to write)."""
    report = report or ApplyReport(origin=origin)
    origin_no = store.site_numbers([origin])[origin]
    decisions: dict[str, _Decision] = {}
    for chunk in _chunks(changes()):
        _decide(store, chunk, decisions)
    _keep_references_whole(store, decisions)
    writer = store.writer(on_rename=load.restore if load else None, load=load)
    deletions: list[Change] = []
    for chunk in _chunks(changes()):
        batch = []
        for change in chunk:
            decision = decisions[change.key]
            if decision.close:
                store.close_conflict(change.key)
                report.closed.append(change.key)
            if decision.what == SKIP:
                report.skipped += 1
            elif decision.what == CONFLICT:
                store.keep_conflict(change.key, change.kind, decision.reason, change.record, decision.stamp,
                                    origin_no, decision.detail)
                report.conflicts.append(change.key)
            elif decision.what == SAME:
                report.same += 1
                report.same_keys.append(change.key)
                if change.record is None:
                    store.restamp_tombstone(change.key, change.kind, decision.merged)
                else:
                    store.restamp(change.kind, change.key, decision.merged)
            elif change.record is None:
                deletions.append(change)
            else:
                batch.append(change.record)
        if batch:
            writer.stamps = {rec["id"]: decisions[rec["id"]].stamp for rec in batch}
            written = writer.write(batch)
            report.created.update(written.created)
            report.updated.update(written.updated + written.unchanged)
    _delete(store, deletions, decisions, origin_no, report)
    return report


def _chunks(changes: Iterable[Change]) -> Iterator[list[Change]]:
    chunk: list[Change] = []
    for change in changes:
        chunk.append(change)
        if len(chunk) >= CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _decide(store, chunk: list[Change], decisions: dict[str, _Decision]) -> None:
    """What to do with each change, from its clock against the record's here."""
    numbers = store.site_numbers({site for c in chunk for site in c.clock} | {c.site for c in chunk if c.site})
    by_kind: dict[str, list[Change]] = {}
    for change in chunk:
        by_kind.setdefault(change.kind, []).append(change)
    for kind, items in by_kind.items():
        keys = [c.key for c in items]
        live = store.local_versions(kind, keys)
        buried = store.tombstoned([k for k in keys if k not in live])
        open_ = {c["key"]: c for c in store.open_conflicts(keys)}
        compare_content = []
        for change in items:
            theirs = {numbers[site]: n for site, n in change.clock.items()}
            stamp = Stamp(clocks.encode(theirs), numbers.get(change.site), change.at)
            held = live.get(change.key) or buried.get(change.key)
            ours = clocks.decode(held[0]) if held else None
            decision = _by_clocks(theirs, ours, open_.get(change.key), stamp)
            decision.deletion = change.record is None
            if decision.what == BOTH:
                # The same change made on both sides (the clocks merge; ours says who and when), or a conflict.
                decision.merged = Stamp(clocks.encode(clocks.merge(theirs, ours)), held[1], held[2])
                compare_content.append((change, decision, change.key in buried))
            elif decision.what == CONFLICT:     # another version of theirs for a conflict still open
                decision.reason = ("deleted_there" if change.record is None else "deleted_here"
                                   if change.key in buried else "edited" if change.key in live
                                   else open_[change.key]["reason"])
            if decision.what == TAKE and change.record is not None:
                decision.refs = _references(change.record)
            decisions[change.key] = decision
        _compare_content(store, kind, compare_content)


def _by_clocks(theirs: dict, ours: dict | None, conflict: dict | None, stamp: Stamp) -> _Decision:
    if conflict is not None:
        held = clocks.decode(conflict["their_clock"])
        if clocks.compare(theirs, clocks.merge(ours or {}, held)) == clocks.AFTER:
            return _Decision(TAKE, stamp, close=True)        # resolved at the other site
        if clocks.compare(theirs, held) in (clocks.BEFORE, clocks.EQUAL) or (
                ours is not None and clocks.compare(theirs, ours) in (clocks.BEFORE, clocks.EQUAL)):
            return _Decision(SKIP, stamp)
        # Yet another version of theirs, still against ours: the conflict holds the newest of theirs.
        return _Decision(CONFLICT, Stamp(clocks.encode(clocks.merge(held, theirs)), stamp.site, stamp.at))
    if ours is None:
        return _Decision(TAKE, stamp)
    relation = clocks.compare(theirs, ours)
    if relation == clocks.AFTER:
        return _Decision(TAKE, stamp)
    if relation == clocks.BEFORE:
        return _Decision(SKIP, stamp)
    return _Decision(BOTH, stamp, "diverged" if relation == clocks.EQUAL else "")


def _compare_content(store, kind: str, items: list[tuple[Change, _Decision, bool]]) -> None:
    """Changes made on both sides: the same record (or both deleted) merges; anything else is a conflict."""
    if not items:
        return
    mine = store.get_many(kind, [c.key for c, _, deleted in items if not deleted])
    for change, decision, deleted_here in items:
        ours = None if deleted_here else mine.get(change.key)
        equal_clocks = decision.reason == "diverged"
        if ours == change.record:
            decision.what = SKIP if equal_clocks else SAME
            continue
        # Equal clocks with other content: changed where no version was kept (a copy edited before
        # it became a site of its own, another program); shown to a person like any conflict.
        decision.what = CONFLICT
        if not equal_clocks:
            decision.reason = ("deleted_there" if change.record is None else
                               "deleted_here" if deleted_here else "edited")


def _references(rec: dict) -> tuple[str, ...]:
    out: list[str] = []
    for fld in kinds.get(rec["kind"]).references:
        value = rec.get(fld.name)
        if not value:
            continue
        if fld.type == f.LINKS:
            out += [item[fld.ref] for item in value]
        elif isinstance(value, list):
            out += value
        else:
            out.append(value)
    return tuple(out)


def _keep_references_whole(store, decisions: dict[str, _Decision]) -> None:
    """A record to write that refers to one this store will not have becomes a conflict (missing):
    written, it would point at nothing. Repeated until none is left, since one held back may be
    what another refers to."""
    written = {key for key, d in decisions.items() if d.what == TAKE and not d.deletion}
    going = {key for key, d in decisions.items() if d.what == TAKE and d.deletion}
    exists: dict[str, bool] = {}

    def present(key: str) -> bool:
        if key in written:
            return True
        if key in going:
            return False
        if key not in exists:
            kind = kinds.kind_of(key)
            exists[key] = kind is not None and store.exists(kind, key)
        return exists[key]

    changed = True
    while changed:
        changed = False
        for key, decision in decisions.items():
            if key not in written or not decision.refs:
                continue
            missing = sorted({ref for ref in decision.refs if not present(ref)})
            if missing:
                decision.what, decision.reason, decision.detail = CONFLICT, "missing", {"missing": missing}
                written.discard(key)
                changed = True


def _delete(store, deletions: list[Change], decisions: dict[str, _Decision], origin_no: int,
            report: ApplyReport) -> None:
    """Deletions taken, what refers to others first; one that records here still need is a conflict."""
    order = {k.name: i for i, k in enumerate(kinds.stored())}
    for change in sorted(deletions, key=lambda c: -order[c.kind]):
        decision = decisions[change.key]
        try:
            store.delete_as(change.key, decision.stamp, change.kind)
        except InUseError as exc:
            detail = {"count": exc.params.get("count"), "kind": exc.params.get("kind"),
                      "through": exc.params.get("through")}
            store.keep_conflict(change.key, change.kind, "in_use", None, decision.stamp, origin_no, detail)
            report.conflicts.append(change.key)
            continue
        report.deleted[change.kind] += 1
