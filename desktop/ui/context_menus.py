"""The right-click menus of a tab: on its rows, and on its header (which columns show).

The row menu acts on the selection (copy, cite, add to the briefing) and on
the row clicked (open its source, filter the search by an actor or a place
it names). Each menu is built when asked for, from the store's current
records (MainWindow.row_menu / header_menu, which the tests call directly).
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from desktop.core import citation, filter_terms
from desktop.ui import labels, row_copy
from desktop.ui.bidi import isolate

NAME_CHARS = 60      # a source's title in a menu: its start, the rest elided


def _menu_text(text: str) -> str:
    """Record text inside a menu entry: one line, short, isolated, and `&` kept as written (not a mnemonic)."""
    text = " ".join(str(text or "").split())
    if len(text) > NAME_CHARS:
        text = text[:NAME_CHARS].rstrip() + "…"
    return isolate(text.replace("&", "&&"))


class RowMenu(QMenu):
    """The menu for a right click on `row` of `tab` (-1: below the rows)."""

    def __init__(self, window, tab, row: int):
        super().__init__(tab.view)
        self.setObjectName("row_menu")
        self.main, self.tab = window, tab
        self.keys = tab.selected_keys()
        key = tab.model.key_at(row) if row >= 0 else None
        self._copy_entries()
        self.addSeparator()
        self._source_entries(key)
        self.addAction(window.act_add_briefing)
        self._filter_entries(key)
        self.addSeparator()
        for action in (window.act_edit, window.act_delete):
            self.addAction(action)

    def _copy_entries(self) -> None:
        window, keys = self.main, self.keys
        digits = window.arabic_digits()
        if citation.cites(self.tab.kind):
            other = "en" if window.language == "ar" else "ar"
            cite = self.addAction(self.tr("Copy with Citation"), lambda: window.copy_text(
                row_copy.citations_text(window.store.get, keys, window.language, digits)))
            cite.setObjectName("copy_citation")
            cite.setToolTip(self.tr("The text with its speaker, title, outlet and date, ready to paste into a report"))
            other_text = (self.tr("Copy with English Citation") if other == "en"
                          else self.tr("Copy with Arabic Citation"))
            cite_other = self.addAction(other_text, lambda: window.copy_text(
                row_copy.citations_text(window.store.get, keys, other, digits and other == "ar")))
            cite_other.setObjectName("copy_citation_other")
            for action in (cite, cite_other):
                action.setEnabled(bool(keys))
        plain = self.addAction(self.tr("Copy as Plain Text"),
                               lambda: window.copy_text(row_copy.rows_text(self.tab)))
        plain.setObjectName("copy_plain")
        plain.setShortcut(QKeySequence.Copy)   # shown beside the entry; the table's own Ctrl+C does the same
        plain.setEnabled(bool(keys))
        # The detail pane names a record and shows no id; the command line (briefing --ids,
        # merge, link) still takes ids, so they are one click away here.
        ids = self.addAction(self.tr("Copy Record Ids"), lambda: window.copy_text("\n".join(keys)))
        ids.setObjectName("copy_ids")
        ids.setEnabled(bool(keys))
        export = self.addAction(window.export_selected_text(max(len(keys), 1)),
                                lambda: window.export_records(keys))
        export.setObjectName("export_selected")
        export.setEnabled(bool(keys))

    def _source_entries(self, key: str | None) -> None:
        window = self.main
        sources = filter_terms.source_keys(window.store.get, key) if key else []
        if len(sources) > 1:
            sub = self.addMenu(self.tr("Open a Source"))
            sub.setObjectName("open_sources")
            names = window.store.display_names(sources)
            for source in sources:
                action = sub.addAction(_menu_text(names.get(source) or source),
                                       lambda _c=False, s=source: window.go_to(s))
                action.setObjectName(f"open_source:{source}")
            return
        action = self.addAction(self.tr("Open the Source"), lambda: window.go_to(sources[0]))
        action.setObjectName("open_source")
        action.setEnabled(bool(sources))
        if not sources:
            action.setToolTip(self.tr("This record names no source"))

    def _filter_entries(self, key: str | None) -> None:
        window = self.main
        targets = filter_terms.filter_targets(window.store.get, key, window.language) if key else []
        if not targets:
            return
        self.addSeparator()
        for target in targets:
            text = self.tr("Filter by %1: %2").replace("%1", labels.kind(target.kind)).replace(
                "%2", _menu_text(target.name))
            action = self.addAction(text, lambda _c=False, term=target.term: window.filter_search(term))
            action.setObjectName(f"filter:{target.key}")
            action.setToolTip(self.tr("Search for %1").replace("%1", isolate(target.term)))


class HeaderMenu(QMenu):
    """Which columns the tab shows (one checkable entry each, in their order), and a way back to all of them."""

    def __init__(self, window, tab):
        header = tab.view.horizontalHeader()
        super().__init__(header)
        self.setObjectName("header_menu")
        logical = [header.logicalIndex(v) for v in range(header.count())]
        shown = [i for i in logical if not header.isSectionHidden(i)]
        for index in logical:
            title = tab.model.headerData(index, Qt.Horizontal) or tab.model.cells[index].name
            action = self.addAction(title.replace("&", "&&"))
            action.setObjectName(f"column:{tab.model.cells[index].name}")
            action.setCheckable(True)
            action.setChecked(index in shown)
            # The last column shown stays: a table with none cannot be right-clicked back.
            action.setEnabled(index not in shown or len(shown) > 1)
            action.toggled.connect(lambda on, i=index: window.show_column(tab, i, on))
        self.addSeparator()
        reset = self.addAction(self.tr("Reset Columns"), lambda: window.reset_columns(tab))
        reset.setObjectName("reset_columns")
        reset.setToolTip(self.tr("Show every column, in the first order and widths"))
        self.addSeparator()
        self.addAction(window.act_relevance)
