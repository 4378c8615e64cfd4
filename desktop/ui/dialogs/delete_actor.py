"""Deleting an actor who still has quotes: delete the quotes too, or give them to another actor."""
from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QDialog, QDialogButtonBox, QLabel, QRadioButton, QVBoxLayout

from desktop.ui.dialogs.reference_edit import ReferenceEdit


class DeleteActorDialog(QDialog):
    def __init__(self, store, speaking: list[str], keys: list[str], parent=None):
        super().__init__(parent)
        self.store, self.keys = store, keys
        self.setWindowTitle(self.tr("Delete Actor"))
        layout = QVBoxLayout(self)
        names = [(store.get(k) or {}).get("name", k) for k in speaking]
        text = QLabel(self.tr("%1 still has quotes. What should happen to them?").replace("%1", "، ".join(names)))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.delete_quotes = QRadioButton(self.tr("Delete the quotes too"), self)
        self.reassign = QRadioButton(self.tr("Give the quotes to another actor:"), self)
        group = QButtonGroup(self)
        group.addButton(self.delete_quotes)
        group.addButton(self.reassign)
        self.target = ReferenceEdit(store, "actor", self)
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
                problem = self.tr("Pick the actor who gets the quotes")
            elif self.target.problem():
                problem = self.target.problem()
            elif self.store.resolve("actor", ref) in self.keys:
                problem = self.tr("That actor is being deleted too")
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(not problem)

    def decision(self) -> str:
        if self.reassign.isChecked():
            return "reassign:" + self.store.resolve("actor", self.target.reference())
        return "delete"
