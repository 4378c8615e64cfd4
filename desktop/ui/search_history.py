"""The search field's memory: recent searches it completes from, and searches the analyst named.

Recent searches (settings.SearchHistory) complete what is typed, by any part
of it; Down in an empty or finished field lists them all. A search counts as
run once the analyst settles on it: Enter, leaving the field, a pick from
the list, a saved search, a filter from a menu. Saved searches
(settings.SavedSearches) are named and listed in Search ▸ Saved Searches.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStringListModel, Qt
from PySide6.QtWidgets import (QCompleter, QInputDialog, QLineEdit, QMenu, QStyle, QStyledItemDelegate,
                               QStyleOptionViewItem, QToolButton)

from desktop.core import arabic
from desktop.ui import settings
from desktop.ui.bidi import date_runs, isolate, isolate_runs
from desktop.ui.search_field import first_strong_rtl

NAME_CHARS = 60
# A filter's value (after «key:»), a quoted phrase or a bare word: the parts a label isolates.
VALUE = re.compile(r'(?<=:)("[^"]*"|[^\s"]+)|(?<!\S)([^\s:"]+)(?!\S)')


def label(query: str) -> str:
    """`query` as a menu or list shows it: each Latin or digit value in a left-to-right isolate.

    After an Arabic key the bidi rules make a date's digits Arabic numbers, so
    «إلى:2025-12» would read «12-2025», and so would a date in an Arabic phrase;
    isolated it keeps its order. Only labels get the marks: the query itself
    (what the field holds and runs) has none.
    """
    ltr = [(m.start(), m.end()) for m in VALUE.finditer(query) if arabic.text_direction(m.group(0), "ltr") != "rtl"]
    # A date inside an Arabic value or phrase («"علاوي 2025-12"») is no Latin value, and turns round as well.
    dates = [(start, end) for start, end in date_runs(query) if not any(s <= start and end <= e for s, e in ltr)]
    return isolate(isolate_runs(query, sorted(ltr + dates)))


class LabelledQueries(QStringListModel):
    """Recent searches, shown as labels and completed (Qt's edit role) as typed."""

    def data(self, index, role=Qt.DisplayRole):
        if role == Qt.TextAlignmentRole:
            # Each on the side the search field puts it, from its own first letter, not the UI's:
            # an Arabic query at the right under the English UI's field, a Latin one at the left.
            side = Qt.AlignRight if first_strong_rtl(super().data(index, Qt.EditRole) or "") else Qt.AlignLeft
            return int(side | Qt.AlignAbsolute | Qt.AlignVCenter)
        value = super().data(index, role)
        return label(value) if role == Qt.DisplayRole and value else value



class FieldAligned(QStyledItemDelegate):
    """The list under the search field, its text where the field's text runs: clear of the field's
    search icon and clear button, on whichever side the UI puts them."""

    def __init__(self, field: QLineEdit, view):
        super().__init__(view)
        self.field = field
        self.view = view

    def insets(self) -> tuple[int, int]:
        left = right = 0
        width = self.field.width()
        for button in self.field.findChildren(QToolButton):
            if button.isVisible():
                box = button.geometry()
                if box.center().x() < width / 2:
                    left = max(left, box.right() + 1)
                else:
                    right = max(right, width - box.left())
        frame = self.view.frameWidth()
        return max(0, left - frame), max(0, right - frame)

    def paint(self, painter, option, index) -> None:
        option = QStyleOptionViewItem(option)
        # What QCompleter's own delegate did: the current row marked as the one Enter takes.
        if self.view.currentIndex() == index:
            option.state |= QStyle.State_HasFocus
        # The row's highlight across the whole list, as before; only its text moves in.
        whole = QStyleOptionViewItem(option)
        self.initStyleOption(whole, index)
        self.view.style().drawPrimitive(QStyle.PE_PanelItemViewItem, whole, painter, self.view)
        left, right = self.insets()
        option.rect = option.rect.adjusted(left, 0, -right, 0)
        super().paint(painter, option, index)


class SearchHistory(QObject):
    """Recent searches behind a search field: remembered, completed from, listed on Down."""

    def __init__(self, field: QLineEdit, parent=None):
        super().__init__(parent)
        self.field = field
        self._tentative: str | None = None
        self.model = LabelledQueries(settings.SearchHistory().queries(), self)
        self.completer = QCompleter(self.model, self)
        self.completer.setObjectName("search_history")
        self.completer.setCaseSensitivity(Qt.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchContains)
        self.completer.setCompletionMode(QCompleter.PopupCompletion)
        self.completer.setMaxVisibleItems(12)
        field.setCompleter(self.completer)
        popup = self.completer.popup()
        popup.setItemDelegate(FieldAligned(field, popup))
        field.installEventFilter(self)

    def remember(self, query: str, tentative: bool = False) -> None:
        """`query` first in the history. One remembered only because its results were read for a
        moment (`tentative`) gives way to the next query that extends it: «علاو» then «علاوي الحكومة»
        leaves the second alone, and no half-typed words."""
        if not query.strip():
            return
        kept = settings.SearchHistory()
        last = self._tentative
        if last and last.strip() != query.strip() and query.strip().startswith(last.strip()):
            kept.remove(last)
        kept.add(query)
        self._tentative = query if tentative else None
        self.model.setStringList(kept.queries())

    def clear(self) -> None:
        settings.SearchHistory().clear()
        self.model.setStringList([])

    def queries(self) -> list[str]:
        return self.model.stringList()

    def show_all(self) -> None:
        """The whole list under the field, whatever is typed."""
        if not self.model.rowCount():
            return
        self.completer.setCompletionPrefix("")
        self.completer.complete()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.field and event.type() == QEvent.KeyPress and event.key() == Qt.Key_Down \
                and not self.completer.popup().isVisible():
            self.show_all()
            return True
        return super().eventFilter(watched, event)


def elided(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= NAME_CHARS else text[:NAME_CHARS].rstrip() + "…"


def fill_recent(menu: QMenu, history: SearchHistory, run) -> None:
    """Search ▸ Recent Searches: each runs again on a click; the last entry forgets them all."""
    menu.clear()
    queries = history.queries()
    for query in queries:
        action = menu.addAction(label(elided(query)).replace("&", "&&"), lambda _c=False, q=query: run(q))
        action.setToolTip(label(query))
    if not queries:
        menu.addAction(QCoreApplication.translate("SearchHistory", "No searches yet")).setEnabled(False)
    menu.addSeparator()
    clear = menu.addAction(QCoreApplication.translate("SearchHistory", "Clear Recent Searches"), history.clear)
    clear.setObjectName("clear_history")
    clear.setEnabled(bool(queries))


def fill_saved(menu: QMenu, run, forget) -> None:
    """Search ▸ Saved Searches: each by its name; a submenu forgets one."""
    menu.clear()
    items = settings.SavedSearches().items()
    for name, query in items:
        action = menu.addAction(label(elided(name)).replace("&", "&&"), lambda _c=False, q=query: run(q))
        action.setObjectName(f"saved:{name}")
        action.setToolTip(label(query))
        action.setStatusTip(query)
    if not items:
        empty = QCoreApplication.translate("SearchHistory", "No saved searches: search, then Search ▸ Save Search…")
        menu.addAction(empty).setEnabled(False)
        return
    menu.addSeparator()
    sub = menu.addMenu(QCoreApplication.translate("SearchHistory", "Forget a Saved Search"))
    sub.setObjectName("forget_saved")
    for name, _query in items:
        action = sub.addAction(label(elided(name)).replace("&", "&&"), lambda _c=False, n=name: forget(n))
        action.setObjectName(f"forget:{name}")


def ask_name(parent, query: str) -> str | None:
    """The name to save `query` under (the query itself to begin with), or None when cancelled."""
    title = QCoreApplication.translate("SearchHistory", "Save Search")
    prompt = QCoreApplication.translate("SearchHistory", "Name of the search “%1”:")
    prompt = prompt.replace("%1", label(elided(query)))
    name, ok = QInputDialog.getText(parent, title, prompt, QLineEdit.Normal, elided(query))
    name = " ".join(name.split())
    return name if ok and name else None
