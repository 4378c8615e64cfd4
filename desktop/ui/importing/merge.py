"""Merging a proposed actor into one the store already has: the dialog that picks it, and the undoable command.

Core merges any record found by name into another of its kind (review.merge);
the review dialog asks `can_merge` before offering Merge.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from desktop.core import kinds
from desktop.core import review as core_review
from desktop.ui.dialogs.reference_edit import ReferenceEdit

can_merge = core_review.can_merge


def _name(record: dict, fallback: str) -> str:
    kind = record.get("kind")
    return str(record.get(kinds.get(kind).main) or fallback) if kind in kinds.KINDS else fallback


class MergeActorCommand(QUndoCommand):
    """Merge a proposed actor into an existing one; undo puts back everything the merge changed."""

    def __init__(self, store, proposal_id: str, into_id: str, changes, add_alias: bool = True):
        proposal = store.get(proposal_id) or {}
        target = store.get(into_id) or {}
        text = QCoreApplication.translate("ReviewDialog", "Merge %1 into %2")
        super().__init__(text.replace("%1", _name(proposal, proposal_id)).replace("%2", _name(target, into_id)))
        self.store, self.proposal_id, self.into_id = store, proposal_id, into_id
        self.changes, self.add_alias = changes, add_alias
        self.before: list[dict] = []

    def redo(self):
        self.before = core_review.merge(self.store, self.proposal_id, self.into_id, add_alias=self.add_alias)
        self.changes.changed.emit(_kinds(self.before))

    def undo(self):
        self.store.put_many(self.before)
        self.changes.changed.emit(_kinds(self.before))


def _kinds(records: list[dict]) -> list[str]:
    return sorted({r["kind"] for r in records})


class MergeDialog(QDialog):
    """Pick the existing actor a proposed actor is; the completer searches names and aliases."""

    def __init__(self, store, proposal: dict, parent=None):
        super().__init__(parent)
        self.store, self.proposal = store, proposal
        self.kind = proposal["kind"]
        self.setWindowTitle(self.tr("Merge into an Existing Record"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        name = _name(proposal, proposal["id"])
        text = QLabel(self.tr("“%1” is a record the store already has:").replace("%1", name), self)
        text.setTextFormat(Qt.PlainText)
        text.setWordWrap(True)
        layout.addWidget(text)
        self.target = ReferenceEdit(store, self.kind, self)
        self.target.setPlaceholderText(self.tr("Type a name or another name, then pick from the list"))
        self.target.changed.connect(self._check)
        layout.addWidget(self.target)
        self.alias = QCheckBox(self.tr("Keep “%1” as another name of that record").replace("%1", name), self)
        self.alias.setChecked(True)
        layout.addWidget(self.alias)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Merge"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._check()

    def target_id(self) -> str | None:
        ref = self.target.reference()
        return self.store.resolve(self.kind, ref) if ref else None

    def _check(self) -> None:
        into = self.target_id()
        if not self.target.text().strip():
            problem = self.tr("Pick the record to merge into.")
        elif into is None:
            problem = self.tr("No single record matches; pick one from the list.")
        elif into == self.proposal["id"]:
            problem = self.tr("That is the proposed record itself.")
        else:
            problem = ""
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(not problem)

    def accept(self) -> None:
        into = self.target_id()
        if into and into != self.proposal["id"]:
            super().accept()
