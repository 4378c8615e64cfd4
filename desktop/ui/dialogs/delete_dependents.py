"""Deleting a record that others cannot be left without: delete them too, or give them to another record.

Which records depend on one comes from the registry: those of a kind whose
required reference points at it (a quote's speaker is required, so an actor's
quotes depend on the actor). The store deletes them too (`dependents="delete"`)
or points them at another record of the same kind (`dependents="reassign:<id>"`).
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QDialog, QDialogButtonBox, QLabel, QRadioButton, QVBoxLayout

from desktop.core import kinds
from desktop.ui import labels
from desktop.ui.bidi import isolate
from desktop.ui.dialogs.reference_edit import ReferenceEdit


def dependents(store, key: str) -> list[tuple[str, int]]:
    """(label of the list, count) of the records that must refer to `key`, those it has."""
    kind = kinds.kind_of(key)
    if kind is None:
        return []
    out = []
    for other, fld in kinds.reverse_references(kind):
        if fld.required:
            n = store.count_referring(key, other.name, fld.name)
            if n:
                out.append((fld.reverse or other.plural, n))
    return out


class DeleteDependentsDialog(QDialog):
    def __init__(self, store, held: list[str], keys: list[str], parent=None):
        super().__init__(parent)
        self.store, self.keys = store, keys
        self.kind = kinds.kind_of(held[0])
        self.setWindowTitle(self.tr("Delete %1").replace("%1", labels.kind(self.kind)))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        names = store.display_names(held)
        sep = labels.list_separator("ar" if self.isRightToLeft() else "en")
        held_text = sep.join(isolate(names.get(k, k)) for k in held)
        counts = {}
        for key in held:
            for label, n in dependents(store, key):
                counts[label] = counts.get(label, 0) + n
        what = sep.join(f"{labels.reverse(label)} ({n})" for label, n in counts.items())
        text = QLabel(self.tr("Records still refer to %1: %2. What should happen to them?")
                      .replace("%1", held_text).replace("%2", what), self)
        text.setTextFormat(Qt.PlainText)
        text.setWordWrap(True)
        layout.addWidget(text)
        self.delete_quotes = QRadioButton(self.tr("Delete them too"), self)
        self.reassign = QRadioButton(self.tr("Give them to another %1:").replace("%1", labels.kind(self.kind)), self)
        group = QButtonGroup(self)
        group.addButton(self.delete_quotes)
        group.addButton(self.reassign)
        self.target = ReferenceEdit(store, self.kind, self)
        self.target.setEnabled(False)
        self.reassign.toggled.connect(self.target.setEnabled)
        self.reassign.toggled.connect(self._check)
        self.target.changed.connect(self._check)
        self.delete_quotes.setChecked(True)
        self.problem = QLabel(self)
        layout.addWidget(self.delete_quotes)
        layout.addWidget(self.reassign)
        layout.addWidget(self.target)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Delete"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._check()

    def _check(self) -> None:
        problem = ""
        if self.reassign.isChecked():
            ref = self.target.reference()
            if ref is None:
                problem = self.tr("Pick the record that gets them")
            elif self.target.problem():
                problem = self.target.problem()
            elif self.store.resolve(self.kind, ref) in self.keys:
                problem = self.tr("That record is being deleted too")
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(not problem)

    def decision(self) -> str:
        """What the store does with the dependent records: "delete", or "reassign:<id>"."""
        if self.reassign.isChecked():
            return "reassign:" + self.store.resolve(self.kind, self.target.reference())
        return "delete"
