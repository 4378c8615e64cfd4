"""Undoable edits: every change to the store goes through one of these QUndoCommands.

`changes` is the window's StoreChanges; its `changed` signal carries the kinds touched.

Each command keeps the before-state records it needs to put the store back:
an edit the record as it was (store.get), a delete everything store.delete
returned, a review change the records it changed.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop.core import kinds
from desktop.ui.review_states import CONFIRMED, FIELD as REVIEW, UNREVIEWED


def _kinds(records) -> list[str]:
    return sorted({r["kind"] for r in records})


class PutCommand(QUndoCommand):
    """Create or update one record."""

    def __init__(self, store, record: dict, changes):
        self.store, self.record, self.changes = store, dict(record), changes
        self.before = store.get(record["id"]) if record.get("id") else None
        text = (QCoreApplication.translate("Commands", "Edit %1") if self.before
                else QCoreApplication.translate("Commands", "New %1"))
        super().__init__(text.replace("%1", _label(record)))
        self.record_id: str | None = None

    def redo(self):
        self.record_id = self.store.put(self.record)
        self.record["id"] = self.record_id
        self.changes.changed.emit([self.record["kind"]])

    def undo(self):
        if self.before is None:
            # Later commands that used the new record were undone first, so nothing refers to it.
            self.store.delete(self.record_id)
        else:
            # put replaces the whole record, so the before-state comes back exactly.
            self.store.put(self.before)
        self.changes.changed.emit([self.record["kind"]])


class DeleteCommand(QUndoCommand):
    """Delete records; undo puts back every before-state record store.delete returned."""

    def __init__(self, store, keys: list[str], changes, quotes: str | None = None,
                 text: str | None = None):
        n = len(keys)
        label = QCoreApplication.translate("Commands", "Delete %n record(s)", "", n)
        super().__init__(text or label)
        self.store, self.keys, self.changes, self.quotes = store, list(keys), changes, quotes
        self.before: list[dict] = []

    def redo(self):
        self.before = []
        with self.store.transaction():
            for key in self.keys:
                if self.store.get(key) is None:
                    continue
                self.before += self.store.delete(key, dependents=self.quotes)
        self.changes.changed.emit(_kinds(self.before))

    def undo(self):
        self.store.put_many(_dedupe(self.before))
        self.changes.changed.emit(_kinds(self.before))


class ReviewCommand(QUndoCommand):
    """Accept records (review -> confirmed); undo returns them to unreviewed."""

    def __init__(self, store, keys: list[str], changes):
        n = len(keys)
        label = QCoreApplication.translate("Commands", "Accept %n record(s)", "", n)
        super().__init__(label)
        self.store, self.keys, self.changes = store, list(keys), changes
        self.changed_keys: list[str] = []

    def redo(self):
        self.changed_keys = [k for k in self.keys
                             if (self.store.get(k) or {}).get(REVIEW) == UNREVIEWED]
        self.store.set_review(self.changed_keys, CONFIRMED)
        self.changes.changed.emit(_kinds_of(self.keys))

    def undo(self):
        self.store.set_review(self.changed_keys, UNREVIEWED)
        self.changes.changed.emit(_kinds_of(self.keys))


def _dedupe(records: list[dict]) -> list[dict]:
    """The first (oldest) before-state of each id: later deletes saw already-changed records."""
    seen: dict[str, dict] = {}
    for rec in records:
        seen.setdefault(rec["id"], rec)
    return list(seen.values())


def _kinds_of(keys: list[str]) -> list[str]:
    return sorted({k for k in map(kinds.kind_of, keys) if k})


def _label(record: dict) -> str:
    """The record's main text (its name, title or words), cut for the Undo menu."""
    kind = record.get("kind")
    text = str(record.get(kinds.get(kind).main, "")) if kind in kinds.KINDS else ""
    return text if len(text) <= 40 else text[:39] + "…"
