"""The window's search commands beyond typing: history, saved searches, filters from menus, relevance,
and what a tab says when the search leaves it empty.

A mixin of MainWindow (strings in the MainWindow context): it uses the
window's search field, tabs, hit counts and status bar.
"""
from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QStyle

from desktop.core import filter_terms, views
from desktop.core.errors import QueryError
from desktop.core.query import parse
from desktop.ui import empty_notes, search_history, settings

# A red frame on the search field while its query cannot run; the warning icon says it without colour too.
INVALID_STYLE = "QLineEdit#search { border: 2px solid #c62828; border-radius: 3px; }"


class SearchActionsMixin:
    def _build_search_memory(self) -> None:
        self.history = search_history.SearchHistory(self.search_field, self)
        self.history.completer.activated.connect(lambda _text: self.run_search())
        # A search counts as run when the analyst settles on it: Enter or leaving the field.
        self.search_field.editingFinished.connect(self.remember_search)
        self.search_warning = self.search_field.addAction(self.style().standardIcon(QStyle.SP_MessageBoxWarning),
                                                          QLineEdit.TrailingPosition)
        self.search_warning.setVisible(False)

    # --- history and saved searches -------------------------------------------------------

    def remember_search(self) -> None:
        """The field's query into the history, when it can run (read now: the search may not have run yet)."""
        text = self.search_field.text()
        if not text.strip():
            return
        try:
            parse(text)
        except QueryError:
            return
        self.history.remember(text)

    def run_query(self, query: str) -> None:
        """Search for `query` now, as if typed and entered (a saved or recent search, a filter)."""
        self.set_search(query)
        self.remember_search()

    def filter_search(self, term: str) -> None:
        """Narrow the search by a filter (`actor:NAME`) from a menu."""
        self.run_query(filter_terms.with_filter(self.search_text, term))

    def save_search(self) -> None:
        query = self.search_field.text().strip()
        if not query:
            self.statusBar().showMessage(self.tr("Search for something first, then save the search."), 5000)
            return
        name = search_history.ask_name(self, query)
        if name:
            settings.SavedSearches().save(name, query)
            self.statusBar().showMessage(self.tr("Saved the search as “%1”.").replace("%1", name), 5000)

    def forget_saved_search(self, name: str) -> None:
        settings.SavedSearches().remove(name)

    def _fill_saved_menu(self) -> None:
        search_history.fill_saved(self.saved_menu, self.run_query, self.forget_saved_search)

    def _fill_recent_searches_menu(self) -> None:
        search_history.fill_recent(self.recent_searches_menu, self.history, self.run_query)

    # --- order -------------------------------------------------------------------------------

    def sort_by_relevance(self, on: bool = True) -> None:
        """Rank the shown tab's hits as `marsad search` does (on), or go back to its order before the search."""
        tab = self.current_tab()
        if on:
            tab.sort_by_relevance()
        else:
            tab.sort_by_default()
        self._update_actions()

    # --- a query that cannot run -------------------------------------------------------------

    def _mark_search_field(self) -> None:
        """A red frame, a warning icon and the worded reason on the field while its query cannot run."""
        bad = bool(self.search_problem)
        self.search_field.setStyleSheet(INVALID_STYLE if bad else "")
        self.search_warning.setVisible(bad)
        self.search_warning.setToolTip(self.search_problem)
        if bad:
            self.search_field.setToolTip(self.search_problem)
        self.search_field.setAccessibleDescription(self.search_problem)

    # --- a tab with no rows ---------------------------------------------------------------------

    def _update_note(self, tab) -> None:
        """An empty tab says why: no records yet, no hits (and where there are), a bad query, its filters."""
        if tab.model.rowCount():
            tab.hide_note()
            return
        query = tab.query.strip()
        notes = empty_notes.EmptyNotes()
        if query and self.search_problem:
            html = notes.bad_query(self.search_problem)
        elif query:
            html = notes.no_hits(tab.kind, query, self.hit_counts, self._number, self.language)
        elif not tab.model.filters.without_query().empty:
            html = notes.filtered_out(tab.kind)
        else:
            html = notes.no_records(tab.kind, not self.store.readonly)
        tab.show_note(html)

    def _update_notes(self) -> None:
        for tab in self.tabs_by_kind.values():
            self._update_note(tab)

    def _note_link(self, href: str) -> None:
        if href.startswith(empty_notes.TAB_LINK):
            kind = href[len(empty_notes.TAB_LINK):]
            if kind in views.TAB_ORDER:
                self.show_kind(kind)
        elif href == empty_notes.IMPORT:
            self.import_files()
        elif href == empty_notes.NEW:
            self.new_record(self.current_kind())
        elif href == empty_notes.SAMPLE:
            self.sample_requested.emit()
