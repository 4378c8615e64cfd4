"""Deleting records and recording review decisions.

Deleting never loses anything silently: an actor who still has quotes is
deleted only with a decision about them, and `delete` returns the
before-state of every record it removed or changed, so the GUI's undo puts
them back with `Store.put_many`.
"""
from __future__ import annotations

from typing import Iterable

from desktop.core import indexing, reader
from desktop.core.store import TABLES, StoreError, now
from desktop.core.writer import reindex


class InUseError(StoreError):
    """A record cannot be deleted without a decision about what refers to it."""


def delete(store, key: str, *, quotes: str | None = None) -> list[dict]:
    """Delete a record; returns the before-state of everything removed or changed (for undo).

    An actor who still has quotes is deleted only with a decision about them:
    quotes="delete" deletes them too, quotes="reassign:actor:ID" gives them
    to another actor. Nothing is deleted silently.
    """
    kind = reader.kind_of(key)
    with store.transaction() as conn:
        rec = reader.get(store, key) if kind else None
        if rec is None:
            raise StoreError(f"{key}: no such record")
        row_id = conn.execute(f"SELECT id FROM {TABLES[kind]} WHERE key = ?", (key,)).fetchone()[0]
        affected = _dependents(conn, kind, row_id)
        before = [rec]
        if kind == "actor" and affected["quote"]:
            n = len(affected["quote"])
            if quotes is None:
                raise InUseError(f"{key} has {n} quote(s): delete them too, or give them to another actor")
            before += list(reader.iter_kind(store, "quote", affected["quote"]))
            if quotes == "delete":
                _delete_rows(conn, "quote", affected["quote"])
                affected["quote"] = []
            elif quotes.startswith("reassign:"):
                target = quotes.split(":", 1)[1]
                target_id = conn.execute("SELECT id FROM actors WHERE key = ?", (target,)).fetchone()
                if target_id is None or target == key:
                    raise StoreError(f"{target}: no other actor with that id to give the quotes to")
                conn.executemany("UPDATE quotes SET speaker_id = ? WHERE id = ?",
                                 [(target_id[0], q) for q in affected["quote"]])
            else:
                raise StoreError(f"quotes={quotes!r}: expected 'delete' or 'reassign:<actor id>'")
        for dep_kind, ids in affected.items():
            if dep_kind != "quote" or kind != "actor":
                before += list(reader.iter_kind(store, dep_kind, ids))
        _delete_rows(conn, kind, [row_id])
        for dep_kind, ids in affected.items():
            if ids:
                reindex(store, dep_kind, ids)
    return before


def _dependents(conn, kind: str, row_id: int) -> dict[str, list[int]]:
    """Records whose stored form changes when this one goes."""
    q = lambda sql: sorted({r for (r,) in conn.execute(sql, (row_id,))})  # noqa: E731
    if kind == "actor":
        return {"quote": q("SELECT id FROM quotes WHERE speaker_id = ?"),
                "event": q("SELECT event_id FROM event_actors WHERE actor_id = ?"),
                "actor": q("SELECT id FROM actors WHERE affiliation_id = ?")}
    if kind == "place":
        return {"event": q("SELECT id FROM events WHERE place_id = ?"),
                "place": q("SELECT id FROM places WHERE parent_id = ?")}
    if kind == "source":
        return {"event": q("SELECT event_id FROM event_sources WHERE source_id = ? "
                           "UNION SELECT id FROM events WHERE source_id = ?".replace("?", "?1")),
                "quote": q("SELECT id FROM quotes WHERE source_id = ?"),
                "actor": q("SELECT id FROM actors WHERE source_id = ?"),
                "place": q("SELECT id FROM places WHERE source_id = ?")}
    if kind == "event":
        return {"quote": q("SELECT id FROM quotes WHERE event_id = ?")}
    return {}


def _delete_rows(conn, kind: str, row_ids: list[int]) -> None:
    conn.executemany("DELETE FROM search_docs WHERE id = ?", [(indexing.doc_id(kind, r),) for r in row_ids])
    conn.executemany(f"DELETE FROM {TABLES[kind]} WHERE id = ?", [(r,) for r in row_ids])


def set_review(store, keys: Iterable[str], state: str) -> int:
    """Accept (confirmed) or return to unreviewed; returns how many records changed."""
    if state not in ("confirmed", "unreviewed"):
        raise StoreError(f"review state {state!r}: expected confirmed or unreviewed")
    changed = 0
    with store.transaction() as conn:
        for key in keys:
            kind = reader.kind_of(key)
            if kind is None:
                raise StoreError(f"{key}: not a record id")
            cur = conn.execute(f"UPDATE {TABLES[kind]} SET review = ?, updated_at = ? WHERE key = ? "
                               f"AND review != ?", (state, now(), key, state))
            if cur.rowcount:
                changed += 1
                row_id = conn.execute(f"SELECT id FROM {TABLES[kind]} WHERE key = ?", (key,)).fetchone()[0]
                conn.execute("UPDATE search_docs SET review = ? WHERE id = ?",
                             (state, indexing.doc_id(kind, row_id)))
    return changed
