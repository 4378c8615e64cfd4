"""A line edit that picks one record by name, alias or title, and keeps its id underneath.

As the user types, the store suggests at most a screenful of records
(desktop/core/completion.py: the name indexes and the search index, so it
answers as fast on a million records); each shows its name over a line that
tells it apart (suggestion_view.py). Up and Down move through the list,
Enter or a click picks, Escape closes it; Down on a closed list opens it.
When the form can make records, the list ends with "Create new…", which
makes one named as typed and links it. Typed text that names exactly one
record (by its name or an alias) resolves too, so a known name needs no pick.
The edit only ever shows names: the id is data.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QModelIndex, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit

from desktop.core import arabic, completion
from desktop.core.kinds import kind_of
from desktop.ui import labels
from desktop.ui.dialogs.start_aligned import align_to_start
from desktop.ui.dialogs.suggestion_view import CREATE_ROLE, ID_ROLE, DETAIL_ROLE, SuggestionDelegate, detail_text, fill

COMPLETIONS = completion.LIMIT
POPUP_MIN_WIDTH = 420        # pixels: a source's title and outlet need room beside a narrow field
# Makes a record of a kind named as typed, and gives (its id, its name), or None when none was made.
Create = Callable[[str, str], "tuple[str, str] | None"]


class ReferenceEdit(QLineEdit):
    changed = Signal()
    chosen = Signal(str)        # the id of a record picked from the list or made with "Create new…"
    listing = Signal(bool)      # the list of suggestions opened (True) or closed (False)

    def __init__(self, store, kind: str, parent=None, create: Create | None = None):
        super().__init__(parent)
        self.store, self.kind, self.create = store, kind, create
        self._labels: dict[str, str] = {}              # name -> id of the suggestions on offer
        self._picked: tuple[str, str] | None = None    # (name, id) of the record picked
        self._model = QStandardItemModel(self)
        self._completer = QCompleter(self._model, self)
        # Not the line edit's own completer: that one would write each highlighted name into the
        # field and filter our ranked list again. The store has ranked it; the list shows it whole.
        self._completer.setWidget(self)
        self._completer.setCompletionMode(QCompleter.UnfilteredPopupCompletion)
        self._completer.setMaxVisibleItems(8)
        popup = self._completer.popup()
        popup.setItemDelegate(SuggestionDelegate(popup))
        popup.setObjectName("suggestions")
        popup.installEventFilter(self)
        self._completer.activated[QModelIndex].connect(self._choose)
        self.setClearButtonEnabled(True)
        align_to_start(self)
        self.setPlaceholderText(self.tr("Type a name, then pick from the list"))
        self.textEdited.connect(self._edited)
        self.textChanged.connect(lambda _t: self.changed.emit())

    # --- the list --------------------------------------------------------------------------

    def popup(self):
        return self._completer.popup()

    def listing_now(self) -> bool:
        """Whether the list of suggestions is open under the field."""
        return self.popup().isVisible()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.popup() and event.type() in (QEvent.Show, QEvent.Hide):
            self.listing.emit(event.type() == QEvent.Show)
        return False

    def _language(self) -> str:
        return "ar" if self.isRightToLeft() else "en"

    def _edited(self, text: str) -> None:
        self._show(text)

    def _show(self, text: str) -> None:
        found = completion.suggest(self.store, self.kind, text, COMPLETIONS) if text.strip() else []
        self._labels = {}
        for suggestion in found:
            self._labels.setdefault(suggestion.name, suggestion.id)
        offer = None
        # A record already named what was typed (in either script, any spelling the analyser folds)
        # is the one meant: offering to create it again invites a duplicate.
        typed = arabic.normalize(text)
        named = any(typed in (arabic.normalize(s.name), arabic.normalize(s.also or "")) for s in found)
        if self.create is not None and text.strip() and not self.isReadOnly() and not named:
            offer = self.tr("Create new %1 “%2”…").replace("%1", labels.kind(self.kind)).replace("%2", text.strip())
        fill(self._model, self.kind, found, self._language(), offer)
        popup = self.popup()
        if not self._model.rowCount():
            popup.hide()
            return
        self._completer.complete(self._under_field())
        # The best suggestion is current, so Enter takes it.
        popup.setCurrentIndex(self._completer.completionModel().index(0, 0))
        # The form checks the text after this, and the problem it shows under the field may move the
        # field: the list follows once the layout has settled.
        QTimer.singleShot(0, self, self._follow_field)      # (not at all once the field is gone)

    def _under_field(self) -> QRect:
        """Where the list goes: under the field, at least POPUP_MIN_WIDTH wide, from its leading edge."""
        rect = QRect(0, 0, max(self.width(), POPUP_MIN_WIDTH), self.height())
        if self.isRightToLeft():
            rect.moveRight(self.width() - 1)
        return rect

    def _follow_field(self) -> None:
        popup = self.popup()
        if not popup.isVisible():
            return
        below = self.mapToGlobal(QPoint(0, self.height())).y()
        above = self.mapToGlobal(QPoint(0, 0)).y() - popup.height()
        if popup.y() not in (below, above):
            popup.move(popup.x(), below if popup.y() > above else above)

    def keyPressEvent(self, event) -> None:
        popup = self.popup()
        key = event.key()
        if popup.isVisible():
            # Here when the list does not hold the keyboard itself (some platforms), or when it hands
            # these keys back to the edit first: the list's keys work from the edit either way.
            if key in (Qt.Key_Return, Qt.Key_Enter):
                index = popup.currentIndex()
                popup.hide()
                self._choose(index)
                event.accept()
                return
            if key == Qt.Key_Escape:
                popup.hide()
                event.accept()
                return
            if key in (Qt.Key_Up, Qt.Key_Down, Qt.Key_PageUp, Qt.Key_PageDown):
                self._move(key)
                event.accept()
                return
        elif key == Qt.Key_Down or (key == Qt.Key_F4 and not event.modifiers()):
            self._show(self.text())
            event.accept()
            return
        super().keyPressEvent(event)

    def _move(self, key) -> None:
        popup = self.popup()
        rows = popup.model().rowCount()
        row = popup.currentIndex().row()
        step = {Qt.Key_Up: -1, Qt.Key_Down: 1, Qt.Key_PageUp: -8, Qt.Key_PageDown: 8}[key]
        row = min(rows - 1, max(0, row + step)) if row >= 0 else 0
        popup.setCurrentIndex(popup.model().index(row, 0))

    def _choose(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        if index.data(CREATE_ROLE):
            text = self.text().strip()
            # After the list has closed and its click or key is done with.
            QTimer.singleShot(0, self, lambda: self._create(text))
            return
        key = index.data(ID_ROLE)
        if key:
            self._take(key, index.data(Qt.DisplayRole), index.data(DETAIL_ROLE) or "")
            self.chosen.emit(key)

    def _create(self, text: str) -> None:
        made = self.create(self.kind, text) if self.create else None
        if made:
            key, name = made
            self.set_reference(key, name)
            self.chosen.emit(key)
        self.setFocus()

    def _take(self, key: str, name: str, detail: str) -> None:
        self._picked = (name, key)
        unchanged = self.text() == name
        self.setText(name)
        if unchanged:
            # The name typed is the name of the record made for it ("Create new…"): setText says nothing
            # then, and the form would go on showing the problem of the unlinked name and keep Save off.
            self.changed.emit()
        self.setCursorPosition(0)
        self.setToolTip("\n".join(p for p in (name, detail) if p))

    # --- the value -------------------------------------------------------------------------

    def set_reference(self, key: str | None, label: str | None = None) -> None:
        """Show the record `key` by its name (looked up when not given); None empties the edit."""
        if not key:
            self._picked = None
            self.setToolTip("")
            self.clear()
            return
        found = completion.describe(self.store, [key]).get(key)
        detail = detail_text(self.kind, found, self._language()) if found else ""
        # A record that is not in the store has no name to show but its id.
        self._take(key, label or (found.name if found else key), detail)

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
