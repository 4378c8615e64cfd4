"""The main window: menus, toolbar, global search, lazy tabs, detail pane, status bar."""
from __future__ import annotations

import html

from PySide6.QtCore import QTimer, Qt, QUrl, Signal
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QMainWindow, QMessageBox, QSplitter, QStackedWidget, QTabWidget,
                               QTextBrowser, QToolButton, QVBoxLayout, QWidget)

from desktop.core import kinds, views
from desktop.core.session import Session
from desktop.ui import labels, settings
from desktop.ui.basket_actions import BasketActionsMixin
from desktop.ui.bidi import LRM, RLM, isolate_ltr
from desktop.ui.detail_heading import DetailHeading
from desktop.ui.detail_values import grouped_number
from desktop.ui.editing import EditingMixin
from desktop.ui.file_actions import FileActionsMixin
from desktop.ui.hit_counter import HitCounter
from desktop.ui.models import query_terms
from desktop.ui.outside_changes import OutsideChanges
from desktop.ui.read_failures import ReadFailures, guarded
from desktop.ui.search_actions import SearchActionsMixin
from desktop.ui.store_history import StoreHistory
from desktop.ui.story_actions import StoryActionsMixin
from desktop.ui.table_actions import TableActionsMixin
from desktop.ui.team.actions import TeamActionsMixin
from desktop.ui.window_actions import WindowActionsMixin, marsad_version
from desktop.ui.window_state import WindowStateMixin

SEARCH_DELAY_MS = 150


class MainWindow(WindowActionsMixin, SearchActionsMixin, TableActionsMixin, EditingMixin, FileActionsMixin,
                 StoryActionsMixin, TeamActionsMixin, BasketActionsMixin, WindowStateMixin, QMainWindow):
    """One open store, a tab per kind (views.TAB_ORDER), each built the first time it is shown."""

    language_requested = Signal(str)
    store_requested = Signal(str, bool)   # path, create
    sample_requested = Signal()           # open the sample store (made on first use)

    def __init__(self, store, language: str = "ar", parent=None, history: StoreHistory | None = None):
        super().__init__(parent)
        self.store = store
        self.language = language
        self.setObjectName("MainWindow")
        # The store's undo history: the app's, kept across the windows a language switch builds
        # (desktop/ui/store_history.py); a window on its own has one of its own.
        self.history = history if history is not None else StoreHistory(self)
        self.undo_stack = self.history.undo_stack
        self.changes = self.history.changes
        self.changes.changed.connect(self._store_changed)
        # What the analyst is looking at: the search, the selection, history, the basket. Every
        # tab and story view follows it (desktop/core/session.py).
        self.session = Session()
        self.session.on("selection", self._follow_selection)
        self.session.on("query", self._follow_query)
        self.tabs_by_kind: dict = {}
        self.orders_to_adopt: dict = {}       # by kind, for tabs not built yet (WindowStateMixin.adopt_orders)
        self.hit_counts: dict[str, int] | None = None
        self.search_ms: float | None = None
        self._searching = False     # a search is showing its first hit itself
        self.search_notes: list[str] = []     # how the search was read, when not as written
        self.search_problem = ""              # why the search cannot run, worded; "" when it can
        self.hit_counter = HitCounter(store.path, self)
        self.hit_counter.counted.connect(self._counted)
        self.hit_counter.failed.connect(self._count_failed)
        self.read_failures = ReadFailures(self)     # the store could not be read: said once

        self._build_central()
        self._build_actions()
        self.setAcceptDrops(True)       # files and text dropped on the window are imported
        self._build_menus()
        self._build_toolbar()
        self._build_status()
        self._build_search_memory()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.search_as_typed)
        self.search_field.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_field.returnPressed.connect(self.run_search)
        self._update_title()
        self._update_actions()
        self.refresh_counts()
        self.outside = OutsideChanges(store, self)
        self.outside.changed.connect(self._changed_outside)

    # --- building --------------------------------------------------------------------

    def _build_central(self) -> None:
        self.tab_widget = QTabWidget(self)
        self.tab_widget.setObjectName("tabs")
        self.tab_widget.setDocumentMode(True)
        for kind in views.TAB_ORDER:
            # A placeholder until the tab is first shown: start-up builds one model only.
            holder = QStackedWidget(self.tab_widget)
            holder.setProperty("kind", kind)
            self.tab_widget.addTab(holder, labels.kind_plural(kind))
        self.tab_widget.currentChanged.connect(self._tab_changed)

        self.detail = QTextBrowser(self)
        self.detail.setObjectName("detail")
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(self._link_clicked)
        self.detail_heading = DetailHeading(self.detail)    # a long headline cut to a few lines
        self.detail.setPlaceholderText(self.tr("Select a record to see it whole."))
        self.size_detail_text()     # the preferred size from the start, not only after a change
        self.back_button, self.forward_button = QToolButton(self), QToolButton(self)
        pane = QWidget(self)
        pane_layout = QVBoxLayout(pane)
        pane_layout.setContentsMargins(0, 0, 0, 0)
        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addWidget(self.forward_button)
        self.detail_title = QLabel(self.tr("Details"), pane)
        nav.addWidget(self.detail_title)
        nav.addStretch(1)
        pane_layout.addLayout(nav)
        pane_layout.addWidget(self.detail)

        self.splitter = QSplitter(Qt.Horizontal, self)
        self.splitter.setObjectName("splitter")
        self.splitter.addWidget(self._wrap_tables_for_story(self.tab_widget))
        self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([780, 480])
        self.setCentralWidget(self.splitter)

    def _build_status(self) -> None:
        self.status_path = QLabel(self)
        self.status_counts = QLabel(self)
        self.status_search = QLabel(self)
        for label in (self.status_path, self.status_counts, self.status_search):
            label.setTextFormat(Qt.PlainText)     # a typed query or a path is shown as written, never as markup
        from desktop.ui.basket_status import BasketButton
        self.basket_button = BasketButton(self)
        self.basket_button.open_requested.connect(self.open_briefing)
        self.statusBar().addWidget(self.status_path, 1)
        self.statusBar().addPermanentWidget(self.status_search)
        self.statusBar().addPermanentWidget(self.basket_button)
        self.statusBar().addPermanentWidget(self.status_counts)
        self._build_team_status()
        self.update_basket_count()
        path = str(self.store.path)
        suffix = self.tr(" (read-only)") if self.store.readonly else ""
        # A path reads left to right even in an Arabic status bar: isolate it (LRI ... PDI). The mark
        # of the UI's direction before it gives the label that direction, so it stands on the start
        # side (at the right in Arabic), away from the search status at the other end.
        mark = RLM if self.layoutDirection() == Qt.RightToLeft else LRM
        self.status_path.setText(mark + isolate_ltr(path) + suffix)
        self.status_path.setToolTip(path)

    # --- tabs --------------------------------------------------------------------------

    def current_kind(self) -> str:
        return views.TAB_ORDER[max(0, self.tab_widget.currentIndex())]

    def tab(self, kind: str):
        """The tab of a kind, built now if it was never shown."""
        if kind not in self.tabs_by_kind:
            holder = self.tab_widget.widget(views.TAB_ORDER.index(kind))
            from desktop.ui.tabs.record_tab import RecordTab
            tab = RecordTab(self.store, kind, holder, self.language)
            tab.setObjectName(f"tab_{kind}")
            tab.model.arabic_digits = self.arabic_digits()
            self.restore_columns(kind, tab)
            tab.current_changed.connect(self._record_selected)
            tab.activated.connect(lambda key: self.edit_record(key) if key else None)
            tab.filters_changed.connect(self._update_tab_titles)
            tab.model.error.connect(self._model_error)
            tab.model.read_failed.connect(self.read_failures.failed)
            if tab.model.unreadable:
                self.read_failures.failed(tab.model.read_error)
            tab.model.modelReset.connect(lambda t=tab: self._update_note(t))
            tab.model.modelReset.connect(self._update_actions)
            tab.note_link.connect(self._note_link)
            self._connect_table(tab)
            holder.addWidget(tab)
            self.tabs_by_kind[kind] = tab
            if self.search_text.strip():
                tab.set_query(self.search_text, parsed=self.session.query)
            self.adopted_order(kind, tab)
            self._update_note(tab)
            tab.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
            self.setTabOrder(self.search_field, tab.view)
            self.setTabOrder(tab.view, self.detail)
        return self.tabs_by_kind[kind]

    def current_tab(self):
        return self.tab(self.current_kind())

    def show_kind(self, kind: str) -> None:
        self.tab_widget.setCurrentIndex(views.TAB_ORDER.index(kind))
        self.tab(kind)

    def _tab_changed(self, index: int) -> None:
        if index < 0:
            return
        tab = self.tab(views.TAB_ORDER[index])
        if tab.query != self.search_text:
            # Tabs not shown during a search catch up when they are shown.
            tab.set_query(self.search_text, parsed=self.session.query)
        self._update_actions()
        key = tab.current_key()
        if key:
            self.show_record(key, remember=False)
        else:
            # Nothing chosen on this tab: the record of another tab shown here read as this tab's.
            self._show_detail(None)

    def _update_tab_titles(self) -> None:
        for i, kind in enumerate(views.TAB_ORDER):
            title = labels.kind_plural(kind)
            if self.hit_counts is not None:
                title = f"{title} ({self._number(self.hit_counts.get(kind, 0))})"
            self.tab_widget.setTabText(i, title)

    @property
    def search_text(self) -> str:
        """The search every view shows (the session's)."""
        return self.session.text

    def arabic_digits(self) -> bool:
        """Whether numbers are written in Arabic-Indic digits (a preference; the Arabic UI only)."""
        return self.language == "ar" and settings.General().arabic_digits()

    def _number(self, n: int) -> str:
        # Western digits, as the dates are written, unless the user asked for Arabic-Indic ones.
        return grouped_number(n, self.arabic_digits())

    # --- detail pane ------------------------------------------------------------------------

    def _model_error(self, message: str) -> None:
        """A tab that cannot read its rows says why in the status bar, unless it is the search that cannot
        run: the field, the tab's note and the search's own place in the status bar say that already."""
        if message != self.search_problem:
            self.statusBar().showMessage(message, 5000)

    def _record_selected(self, key: str) -> None:
        # While a search runs it shows the first hit itself, once, with the words marked.
        tab = self.current_tab()
        if key and self.sender() is tab and not self._searching:
            self.session.select(tab.selected_keys(), focus=key)
        self._update_actions()

    def show_record(self, key: str, remember: bool = True) -> None:
        """Select `key` in every view and show it in the detail pane."""
        if not self.session.select([key], remember=remember):
            self._show_detail(key)      # already the focus: shown again (after an edit, a preference)

    @guarded
    def _show_detail(self, key: str | None) -> None:
        if not key:
            self.detail_heading.clear()
            self.detail_title.setText(self.tr("Details"))
            return
        info = views.related(self.store, key)
        terms = query_terms(self.session.query) if self.session.query is not None else []
        self.detail_heading.show(info, self.language, terms, self.arabic_digits())
        self.detail_title.setText(labels.kind(info["record"]["kind"]) if info else self.tr("Details"))

    def _follow_selection(self, session) -> None:
        """A record selected in any view: the built tab of its kind selects its row, the pane shows it."""
        key = session.focus
        if key:
            tab = self.tabs_by_kind.get(kinds.kind_of(key))
            # A row can be current and not selected (the table took the keyboard while its records
            # were read again): the record shown is the one highlighted.
            if tab is not None and (tab.current_key() != key or not tab.view.selectionModel().hasSelection()):
                tab.view.selectionModel().blockSignals(True)
                tab.select_key(key)
                tab.view.selectionModel().blockSignals(False)
        self._show_detail(key)
        self._update_actions()

    def _follow_query(self, session) -> None:
        """A view changed the search (a span dragged on the timeline): the field and the tabs follow."""
        if self.search_field.text() != session.text:
            self.search_field.blockSignals(True)
            self.search_field.setText(session.text)
            self.search_field.blockSignals(False)
            self.run_search()
            self.remember_search()

    def _link_clicked(self, url: QUrl) -> None:
        from desktop.ui import detail
        key = detail.key_from_link(url.toString())
        if not key:
            return
        self.go_to(key)

    def go_to(self, key: str) -> None:
        """Show a linked record: its tab, its row when loaded, and its detail."""
        kind = kinds.kind_of(key)
        if kind not in views.TAB_ORDER:
            return
        self.show_kind(kind)
        self.show_record(key)

    def go_back(self) -> None:
        self._go_history(self.session.back())

    def go_forward(self) -> None:
        self._go_history(self.session.forward())

    def _go_history(self, key: str | None) -> None:
        if key:
            self.show_kind(kinds.kind_of(key))
            self._follow_selection(self.session)

    # --- status -----------------------------------------------------------------------------

    @guarded
    def refresh_counts(self) -> None:
        counts = self.store.counts()
        parts = [f"{labels.kind_plural(k)}: {self._number(counts[k])}" for k in views.TAB_ORDER]
        self.status_counts.setText(" · ".join(parts))

    def _update_title(self) -> None:
        self.setWindowTitle(self.tr("Marsad — %1").replace("%1", self.store.path.name))

    def _update_actions(self) -> None:
        writable = not self.store.readonly
        tab = self.tabs_by_kind.get(self.current_kind())
        has_selection = bool(tab and tab.selected_keys())
        unreviewed = bool(tab and tab.selected_unreviewed())
        for act in (self.act_new, self.act_import, *self.new_kind_actions.values()):
            act.setEnabled(writable)
        self.act_edit.setEnabled(writable and has_selection)
        self.act_delete.setEnabled(writable and has_selection)
        self.act_accept.setEnabled(writable and unreviewed)
        self.act_reject.setEnabled(writable and unreviewed)
        self.act_back.setEnabled(self.session.can_go_back)
        self.act_forward.setEnabled(self.session.can_go_forward)
        searching = bool(self.search_text.strip()) and not self.search_problem
        self.act_relevance.setEnabled(searching)
        self.act_relevance.setChecked(bool(searching and tab and tab.model.by_relevance))

    @guarded
    def _store_changed(self, kinds: list) -> None:
        for kind in kinds:
            if kind in self.tabs_by_kind:
                self.tabs_by_kind[kind].refresh()
        if self.story is not None:
            self.story.refresh()
        if self.search_text.strip():
            self.hit_counter.request(self.search_text)
        self._update_tab_titles()
        self.refresh_counts()
        self.update_team_status()
        self.update_basket_count()
        focus = self.session.focus
        if focus and self.store.get(focus) is None:
            # Its creation undone, or deleted: nothing of it stays selected or shown.
            self.session.clear_selection()
        key = self.current_tab().current_key()
        if key:
            self.show_record(key, remember=False)
        else:
            self._show_detail(None)
        self._update_actions()
        if hasattr(self, "outside"):
            # Everything shown was just read again: what others wrote so far is in it (and our
            # import's own connection is not another program).
            self.outside.resync()

    def _changed_outside(self) -> None:
        """Another program wrote to the store: re-read what is shown, as after our own edits."""
        self._store_changed(list(views.TAB_ORDER))
        if self.read_failures.error is None:
            self.statusBar().showMessage(self.tr("Another program changed the store; the tabs show its changes."),
                                         10_000)

    # --- dialogs -------------------------------------------------------------------------------

    def preferences(self) -> None:
        from desktop.ui.dialogs.preferences import PreferencesDialog
        dialog = PreferencesDialog(self.language, self)
        if not dialog.exec():
            return
        settings.Backups().set_kept(dialog.backups_kept())
        self.store.backup_keep = settings.Backups().kept()
        settings.BriefingDefaults().set_paper(dialog.paper())
        shown = (settings.General().arabic_digits(), settings.Appearance().font_size())
        settings.General().set_arabic_digits(dialog.arabic_digits())
        settings.Appearance().set_font_size(dialog.font_size())
        if dialog.language() != self.language:
            self.language_requested.emit(dialog.language())
        elif shown != (dialog.arabic_digits(), dialog.font_size()):
            self.apply_display_preferences()

    def apply_display_preferences(self) -> None:
        """Digits and text size as the preferences now say, in every built tab, the titles and counts."""
        for tab in self.tabs_by_kind.values():
            tab.model.set_language(self.language, self.arabic_digits())
        if self.story is not None:
            self.story.set_display(self.language, self.arabic_digits())
        self.apply_text_size()
        self._update_tab_titles()
        self.refresh_counts()
        self._update_notes()
        self.update_basket_count()
        self.reword_search_status()
        if self.session.focus:       # the record shown, with its numbers in the digits now asked for
            self._show_detail(self.session.focus)

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About Marsad"), "<h3>{}</h3><p>{}</p><p>{}</p>".format(
            html.escape(self.tr("Marsad")),
            html.escape(self.tr("Version %1").replace("%1", "\u2066" + marsad_version() + "\u2069")),
            html.escape(self.tr("An offline reference of events, actors, quotes, places and sources "
                                "for news and security analysts."))))

    def show_shortcuts(self) -> None:
        from desktop.ui.dialogs.shortcuts import ShortcutsDialog
        ShortcutsDialog(self.actions(), self).exec()

    def leave_history(self) -> None:
        """Another window over the store takes the history; this one, deleted later, stops refreshing."""
        self.changes.changed.disconnect(self._store_changed)

    def closeEvent(self, event):
        self.stop_searching()
        self.close_history()
        self.save_state()
        super().closeEvent(event)
