"""Deleting a record that others cannot be left without: delete them too, or give them to another record.

Which records depend on one comes from the registry: those of a kind whose
required reference points at it (a quote's speaker is required, so an actor's
quotes depend on the actor). The store deletes them too (`dependents="delete"`)
or points them at another record of the same kind (`dependents="reassign:<id>"`).
Nothing is chosen for the user: Delete waits for a choice and Cancel is the
default button, so Enter never deletes someone's words. The records that only
link to it (an event listing the actor) are counted too: they lose the link.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QDialog, QDialogButtonBox, QLabel, QRadioButton, QVBoxLayout

from desktop.core import kinds
from desktop.ui import labels
from desktop.ui.bidi import isolate
from desktop.ui.detail_values import digits
from desktop.ui.dialogs.reference_edit import ReferenceEdit
from desktop.ui.shown_dates import arabic_digits


def number(n: int, language: str) -> str:
    return digits(str(n), arabic_digits(language))


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


def links_lost(store, key: str) -> list[tuple[str, int]]:
    """(label of the list, count) of the records that link to `key` without needing it (an actor's
    events): deleting it takes it out of them."""
    kind = kinds.kind_of(key)
    out: dict[str, int] = {}
    for other, fld in kinds.reverse_references(kind) if kind else ():
        if not fld.required:
            n = store.count_referring(key, other.name, fld.name)
            if n:
                label = labels.reverse(fld.reverse) if fld.reverse else labels.kind_plural(other)
                out[label] = out.get(label, 0) + n
    return list(out.items())


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
        language = "ar" if self.isRightToLeft() else "en"
        what = sep.join(f"{labels.reverse(label)} ({number(n, language)})" for label, n in counts.items())
        text = QLabel(self.tr("Records still refer to %1: %2. What should happen to them?")
                      .replace("%1", held_text).replace("%2", what), self)
        text.setTextFormat(Qt.PlainText)
        text.setWordWrap(True)
        layout.addWidget(text)
        lost: dict[str, int] = {}
        for key in held:
            for label, n in links_lost(store, key):
                lost[label] = lost.get(label, 0) + n
        self.links_text = QLabel(self)
        self.links_text.setObjectName("links_lost")
        self.links_text.setTextFormat(Qt.PlainText)
        self.links_text.setWordWrap(True)
        self.links_text.setText(self.tr("Links that are removed as well: %1.").replace(
            "%1", sep.join(f"{label} ({number(n, language)})" for label, n in lost.items())) if lost else "")
        self.links_text.setVisible(bool(lost))
        layout.addWidget(self.links_text)
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
        self.delete_quotes.toggled.connect(self._check)
        self.problem = QLabel(self)
        layout.addWidget(self.delete_quotes)
        layout.addWidget(self.reassign)
        layout.addWidget(self.target)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Delete"))
        self.buttons.button(QDialogButtonBox.Ok).setAutoDefault(False)
        self.buttons.button(QDialogButtonBox.Cancel).setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._check()

    def _check(self) -> None:
        problem = ""
        chosen = self.reassign.isChecked() or self.delete_quotes.isChecked()
        if self.reassign.isChecked():
            ref = self.target.reference()
            if ref is None:
                problem = self.tr("Pick the record that gets them")
            elif self.target.problem():
                problem = self.target.problem()
            elif self.store.resolve(self.kind, ref) in self.keys:
                problem = self.tr("That record is being deleted too")
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(chosen and not problem)

    def decision(self) -> str:
        """What the store does with the dependent records: "delete", "reassign:<id>", or "" before a choice."""
        if self.reassign.isChecked():
            return "reassign:" + self.store.resolve(self.kind, self.target.reference())
        return "delete" if self.delete_quotes.isChecked() else ""
