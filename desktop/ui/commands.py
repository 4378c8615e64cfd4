"""Undoable edits: every change to the store goes through one of these QUndoCommands.

`changes` is the open store's StoreChanges (desktop/ui/store_history.py), which outlives
the window: its `changed` signal carries the kinds touched to whichever window shows the
store now. A command's text is worded once, in the language shown when it was made.

Each command keeps the before-state records it needs to put the store back:
an edit the record as it was (store.get), a delete everything store.delete
returned, a review change the records it changed.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop.core import kinds
from desktop.ui.review_states import CONFIRMED, FIELD as REVIEW, UNREVIEWED


class Applied(QUndoCommand):
    """A command run in Python before QUndoStack sees it, for push, undo and redo alike.

    QUndoStack keeps a command whose redo() raised, and moves past one whose
    undo() raised, while PySide only prints the error: the stack would say
    "Undo Edit X" for an edit that never happened. So the window carries out
    the work first (run_pushed, run_undo, run_redo below), where a store
    error is caught and shown, and the stack only records what succeeded.
    """

    def __init__(self, inner: QUndoCommand):
        super().__init__(inner.text())
        self.inner = inner
        self._done = True       # the stack's own call after ours does nothing

    def redo(self):
        if self._done:
            self._done = False
            return
        self.inner.redo()

    def undo(self):
        if self._done:
            self._done = False
            return
        self.inner.undo()


def run_pushed(stack, command: QUndoCommand) -> Applied:
    """Carry out `command`, then record it on `stack`; a store error propagates and records nothing."""
    command.redo()
    applied = Applied(command)
    stack.push(applied)
    return applied


def run_undo(stack) -> bool:
    """Undo the stack's last command; a store error propagates and the stack stays where it was."""
    if not stack.canUndo():
        return False
    applied = stack.command(stack.index() - 1)
    applied.inner.undo()
    applied._done = True
    stack.undo()
    return True


def run_redo(stack) -> bool:
    if not stack.canRedo():
        return False
    applied = stack.command(stack.index())
    applied.inner.redo()
    applied._done = True
    stack.redo()
    return True


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
