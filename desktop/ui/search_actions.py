"""The window's search: as typed and on Enter, hit counts, history, saved searches, filters from menus,
relevance, and what a tab says when the search leaves it empty.

A mixin of MainWindow (strings in the MainWindow context): it uses the
window's search field, tabs, hit counts and status bar.
"""
from __future__ import annotations

import time

from PySide6.QtCore import QTimer, Qt
from PySide6.QtWidgets import QLineEdit, QStyle

from desktop.core import filter_terms, views
from desktop.core.errors import QueryError, StoreError
from desktop.core.query import parse
from desktop.ui import empty_notes, error_text, search_history, settings
from desktop.ui.bidi import isolate, typed_dates

MIN_TYPED_CHARS = 3
HISTORY_IDLE_MS = 1000      # results read this long, with no typing, put the query in the history


def worth_searching(text: str) -> bool:
    """Whether a query typed so far is worth searching before Enter.

    One or two letters («ال», «و») match a large part of an Arabic store and
    say little; the search waits for a third letter, a filter or a phrase.
    """
    try:
        q = parse(text)
    except QueryError:
        return True   # run_search shows the problem
    if q.has_filters:
        return True
    return any(t.phrase or sum(len(w) for w in t.words) >= MIN_TYPED_CHARS for t in q.positive_terms())


# A red frame on the search field while its query cannot run; the warning icon says it without colour too.
INVALID_STYLE = "QLineEdit#search { border: 2px solid #c62828; border-radius: 3px; }"


class SearchActionsMixin:
    # --- searching ---------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.ShortcutFocusReason)
        self.search_field.selectAll()

    def focus_table(self) -> None:
        self.current_tab().view.setFocus(Qt.ShortcutFocusReason)

    def set_search(self, text: str) -> None:
        """Search now (no debounce): used by --search and tests."""
        self.search_field.blockSignals(True)
        self.search_field.setText(text)
        self.search_field.blockSignals(False)
        self.run_search(counts_now=True)

    def search_as_typed(self) -> None:
        """The debounced search: skipped while every word is a fragment (Enter searches anyway)."""
        text = self.search_field.text()
        if text.strip() and not worth_searching(text):
            self.status_search.setText(self.tr("Type more, or press Enter to search for “%1”").replace(
                "%1", isolate(typed_dates(text.strip()))))
            return
        self.run_search()

    def run_search(self, counts_now: bool = False) -> None:
        """Filter the shown tab now; other tabs when shown; hit counts in the background."""
        self._search_timer.stop()
        text = self.search_field.text()
        started = time.perf_counter()
        # Parsed once, by the session, for every tab and view that follows it.
        self.session.set_query(text)
        problem = self.session.problem
        warnings = self.session.query.warnings if self.session.query is not None else []
        # What was searched otherwise than written (an unclosed quote...) is said, not hidden.
        self.search_notes = [error_text.render(w) for w in warnings]
        self.search_field.setToolTip("\n".join(self.search_notes))
        self.search_problem = error_text.render(problem) if problem is not None else ""
        self._mark_search_field()
        tab = self.current_tab()
        if problem is not None:
            # The tab empties (its model cannot run the query either): no stale rows under a bad query.
            tab.set_query(text)
            self.hit_counter.cancel()
            self.hit_counts = None
            self._update_tab_titles()
            self._search_problem(problem)
            self._show_nothing()
            return
        self._searching = True
        try:
            tab.set_query(text, parsed=self.session.query)
            if tab.model.rowCount() and not tab.current_key():
                tab.select_first(by_search=True)
        finally:
            self._searching = False
        self.search_ms = (time.perf_counter() - started) * 1000
        if text.strip():
            self._history_timer.start()     # read for a moment: a search the analyst meant
        if not text.strip():
            self.hit_counter.cancel()
            self.hit_counts = None
            self.status_search.setText("")
            self._update_tab_titles()
        elif counts_now:
            try:
                self._counted(text, views.hit_counts(self.store, self.session.query), 0.0)
            except (QueryError, StoreError) as exc:
                self._search_problem(exc, tooltip=False)
        else:
            self.hit_counter.request(text)
        key = tab.current_key()
        if key:
            self.show_record(key, remember=False)
        else:
            self._show_nothing()

    def stop_searching(self) -> None:
        """No search runs any more: for a window being closed, whose store may be closed next (another
        store opened, the app quitting). A search typed just before would otherwise run after it and
        call that store unreadable."""
        self._search_timer.stop()
        self.hit_counter.cancel()
        self.hit_counter.wait()

    def _show_nothing(self) -> None:
        # The pane follows the table: with no row left, a record it no longer lists is not shown.
        self.session.clear_selection()
        self._show_detail(None)

    def _search_problem(self, exc, tooltip: bool = True) -> None:
        message = error_text.render(exc)
        if tooltip:
            self.search_field.setToolTip(message)
        self.status_search.setText(self.tr("Search: %1").replace("%1", message))

    def _count_failed(self, query: str, exc) -> None:
        if query == self.search_text:
            self.status_search.setText(self.tr("Search: %1").replace("%1", error_text.describe(exc)))

    def _counted(self, query: str, counts: dict, _ms: float) -> None:
        if query != self.search_text:
            return
        self.hit_counts = counts
        self._update_tab_titles()
        self._update_notes()
        total = sum(counts.values())
        # Qt picks the Arabic plural form from each number («6 نتائج», «في ملّي ثانيتين», «في 9 ملّي ثانية»)
        # and writes it plainly; it is then written as the other numbers are (grouping, the digits chosen).
        ms = round(self.search_ms or 0)
        if total:
            found = self.tr("%n found", "", total).replace(str(total), self._number(total), 1)
        else:
            # «No results» alone does not say for what: the query quoted, as the empty tab's note does.
            found = self.tr("Nothing matches “%1”").replace("%1", isolate(typed_dates(query)))
        text = " ".join((found, self.tr("in %n ms", "", ms).replace(str(ms), self._number(ms), 1)))
        self.status_search.setText(" — ".join([text] + self.search_notes[:1]))

    def reword_search_status(self) -> None:
        """The search's count and time again, in the digits the preferences now ask for (not only
        at the next search)."""
        if self.hit_counts is not None and self.search_text.strip() and not self.search_problem:
            self._counted(self.search_text, self.hit_counts, self.search_ms or 0.0)

    def _build_search_memory(self) -> None:
        self.history = search_history.SearchHistory(self.search_field, self)
        self.history.completer.activated.connect(lambda _text: self.run_search())
        # A search counts as run when the analyst settles on it: Enter, leaving the field, another tab,
        # a copy, or its results read for a moment without typing on. Not each pause while typing:
        # the timer waits for results, and a query read that way is replaced by what extends it.
        self.search_field.editingFinished.connect(self.remember_search)
        self.tab_widget.currentChanged.connect(lambda _index: self.remember_search())
        self._history_timer = QTimer(self)
        self._history_timer.setSingleShot(True)
        self._history_timer.setInterval(HISTORY_IDLE_MS)
        self._history_timer.timeout.connect(lambda: self.remember_search(tentative=True))
        self.search_field.textChanged.connect(lambda _text: self._history_timer.stop())
        self.search_warning = self.search_field.addAction(self.style().standardIcon(QStyle.SP_MessageBoxWarning),
                                                          QLineEdit.TrailingPosition)
        self.search_warning.setVisible(False)

    # --- history and saved searches -------------------------------------------------------

    def close_history(self) -> None:
        """For a window being closed: a query whose results were being read goes into the history now,
        and no timer of a closed window writes it later (into whatever settings are current then)."""
        if self._history_timer.isActive():
            self.remember_search(tentative=True)
        self._history_timer.stop()

    def remember_search(self, tentative: bool = False) -> None:
        """The field's query into the history, when it can run (read now: the search may not have run yet).
        `tentative`: only read for a moment, so a longer query typed on from it takes its place."""
        if not tentative:
            self._history_timer.stop()
        text = self.search_field.text()
        if not text.strip():
            return
        try:
            parse(text)
        except QueryError:
            return
        self.history.remember(text, tentative)

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
            # Named as the menus name it: a name is often the query, dates and all.
            saved = self.tr("Saved the search as “%1”.").replace("%1", search_history.label(name))
            self.statusBar().showMessage(saved, 5000)

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
        if tab.model.unreadable or self.read_failures.error is not None:
            html = notes.unreadable(self.read_failures.message() or error_text.describe(tab.model.read_error))
        elif query and self.search_problem:
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
        elif href == empty_notes.REOPEN:
            self.read_failures.reopen()
