"""A line edit that picks a record by name or alias, with a completer fed from the store.

The completer asks the store for at most a screenful of names as the user
types, so it works the same on a store of a million records. The edit keeps
the id of the record picked; typed text that names exactly one record of a
kind found by name (through its normalised name or an alias) resolves too.
"""
from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit

from desktop.core import views
from desktop.core.kinds import kind_of

COMPLETIONS = 20


class ReferenceEdit(QLineEdit):
    changed = Signal()

    def __init__(self, store, kind: str, parent=None):
        super().__init__(parent)
        self.store, self.kind = store, kind
        self._labels: dict[str, str] = {}
        self._picked: tuple[str, str] | None = None   # (label, id)
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseInsensitive)
        completer.setFilterMode(Qt.MatchContains)
        completer.setCompletionMode(QCompleter.PopupCompletion)
        completer.activated[str].connect(self._activated)
        self.setCompleter(completer)
        self.setClearButtonEnabled(True)
        self.textEdited.connect(self._edited)
        self.textChanged.connect(lambda _t: self.changed.emit())

    def _edited(self, text: str) -> None:
        found = views.search_references(self.store, self.kind, text, COMPLETIONS) if text.strip() else []
        self._labels = {label: key for label, key in found}
        self._model.setStringList(list(self._labels))

    def _activated(self, label: str) -> None:
        key = self._labels.get(label)
        if key:
            self._picked = (label, key)
            self.setText(label)

    def set_reference(self, key: str | None, label: str | None = None) -> None:
        if not key:
            self._picked = None
            self.clear()
            return
        label = label or key
        self._picked = (label, key)
        self.setText(label)

    def reference(self) -> str | None:
        """The id of the record named, the typed text if it may be a name, or None when empty."""
        text = self.text().strip()
        if not text:
            return None
        if self._picked and self._picked[0] == self.text():
            return self._picked[1]
        if kind_of(text) == self.kind:
            return text
        key = self._labels.get(self.text())
        if key:
            return key
        resolved = self.store.resolve(self.kind, text)
        return resolved or text

    def problem(self) -> str | None:
        """Why the reference cannot be used, or None."""
        ref = self.reference()
        if ref is None:
            return None
        if self.store.resolve(self.kind, ref) is None:
            return self.tr("No single record matches “%1”; pick one from the list").replace("%1", self.text())
        return None
