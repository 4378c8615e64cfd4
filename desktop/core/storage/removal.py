"""Deleting records and recording review decisions.

Deleting never loses anything silently: a record others cannot be left
without (an actor who still has quotes) is deleted only with a decision
about them, and `delete` returns the before-state of every record it
removed or changed, so undo puts them back with `put_many`.
"""
from __future__ import annotations

from desktop.core import kinds
from desktop.core.errors import InUseError, RecordError, ReviewError, StoreError
from desktop.core.kinds import Kind
from desktop.core.storage import reading, tracking
from desktop.core.storage.tables import chunked, doc_id, marks
from desktop.core.storage.writing import Writer, now

REVIEW_STATES = tuple(c.code for c in kinds.get("event").field("review").choices)


def delete(conn, key: str, decision: str | None = None, stamp: tracking.Stamp | None = None) -> list[dict]:
    """Delete a record; returns the before-state of everything removed or changed (for undo).

    Records that must refer to this one (a quote's speaker) need a decision:
    "delete" deletes them too, "reassign:<id>" points them at another record
    of the same kind. Every record deleted leaves a tombstone, and every record
    whose stored form changes (a reference cleared, a link dropped) a new
    version; `stamp` is the version of the deletion when it comes from another site.
    """
    name = kinds.kind_of(key)
    rec = reading.get(conn, key) if name else None
    if rec is None:
        raise StoreError("record.not_found", key=key)
    kind = kinds.get(name)
    row_id = reading.row_ids(conn, kind, [key])[key]
    writer = Writer(conn)
    before = [rec]
    required = [(k, fl) for k, fl in kinds.reverse_references(kind.name) if fl.required]
    deleted: dict[Kind, set[int]] = {}
    for other, fld in required:
        ids = sorted(r for (r,) in conn.execute(f"SELECT id FROM {other.table} WHERE {fld.column} = ?",
                                                 (row_id,)))
        if not ids:
            continue
        if decision is None:
            raise InUseError("delete.has_dependents", key=key, count=len(ids), kind=other.name, through=fld.name)
        records = [r for _, r in reading.by_row_ids(conn, other, ids)]
        before += records
        if decision == "delete":
            deleted.setdefault(other, set()).update(ids)
        elif decision.startswith("reassign:"):
            target = decision.split(":", 1)[1]
            if target == key or kinds.kind_of(target) != kind.name or not reading.exists(conn, kind, target):
                raise StoreError("delete.no_target", key=target, kind=kind.name)
            writer.write([{**r, fld.name: target} for r in records])
        else:
            raise StoreError("delete.bad_decision", value=decision)
    # The records whose stored form changes when this one goes (a reference set to
    # nothing, a link dropped) are taken out of the index as they are and put back after.
    changed = reading.referring(conn, kind, [row_id])
    for other in list(changed):
        changed[other] -= deleted.get(other, set())
        if other is kind:
            changed[other].discard(row_id)
    affected = {other: dict(reading.by_row_ids(conn, other, ids)) for other, ids in changed.items() if ids}
    for items in affected.values():
        before += list(items.values())
    for other, ids in deleted.items():
        writer.indexer.take_out(other, reading.by_row_ids(conn, other, ids))
    writer.indexer.take_out(kind, [(row_id, rec)])
    for other, items in affected.items():
        writer.indexer.take_out(other, items.items())
    for other, ids in deleted.items():
        _delete_rows(conn, writer, other, ids)
    _delete_rows(conn, writer, kind, [row_id], {key: stamp} if stamp else None)
    for other, items in affected.items():
        writer.indexer.put_in(other, reading.by_row_ids(conn, other, items), new=False)
        tracking.bump_rows(conn, other, items)
    return before


def _delete_rows(conn, writer: Writer, kind: Kind, row_ids, stamps: dict | None = None) -> None:
    row_ids = sorted(row_ids)
    keys: dict[int, str] = {}
    for chunk in chunked(row_ids):
        keys.update(conn.execute(f"SELECT id, key FROM {kind.table} WHERE id IN ({marks(len(chunk))})", chunk))
    tracking.bury(conn, kind, [(r, keys[r]) for r in row_ids if r in keys], writer.stamp, stamps)
    writer.indexer.drop_docs(kind, row_ids)
    conn.executemany(f"DELETE FROM {kind.table} WHERE id = ?", [(r,) for r in row_ids])


def set_review(conn, keys, state: str) -> int:
    """Accept (confirmed) or return to unreviewed; returns how many records changed."""
    if state not in REVIEW_STATES:
        raise ReviewError("review.bad_state", value=state)
    changed = 0
    stamp = now()
    for key in keys:
        name = kinds.kind_of(key)
        if name is None:
            raise RecordError("record.not_an_id", key=key)
        kind = kinds.get(name)
        row = conn.execute(f"UPDATE {kind.table} SET review = ?, updated_at = ? WHERE key = ? AND review != ? "
                           f"RETURNING id", (state, stamp, key, state)).fetchone()
        if row:
            changed += 1
            conn.execute("UPDATE search_docs SET review = ? WHERE id = ?", (state, doc_id(kind, row[0])))
            tracking.bump_rows(conn, kind, [row[0]])
    return changed
