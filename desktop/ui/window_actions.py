"""The main window's actions, menus and toolbar, built once per window (and again on a language switch).

A mixin of MainWindow: `self.tr` takes the window's translation context, so
these strings live under "MainWindow" in the catalogue.
"""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QLineEdit, QSizePolicy, QToolBar, QWidget

from desktop.core import views
from desktop.ui import labels
from desktop.ui.briefing.basket import ADD_KEYS
from desktop.ui.icons import icon
from desktop.ui.search_field import SearchField


def marsad_version() -> str:
    """The installed package's version, as `marsad --version` gives it."""
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version("marsad")
    except PackageNotFoundError:
        return "?"


class WindowActionsMixin:
    """Every action of the window with its shortcut and icon, and the menus and toolbar that show them."""

    def _action(self, text: str, slot, shortcut=None, icon_name: str | None = None, tip: str = "",
                fallback: str | None = None) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            if isinstance(shortcut, QKeySequence.StandardKey):
                # Some platforms define no key for a standard action (Quit on Windows): use ours then.
                keys = QKeySequence.keyBindings(shortcut)
                action.setShortcuts(keys if keys else [QKeySequence(fallback or "")])
            else:
                action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.act_new_store = a(self.tr("&New Store…"), self.new_store, "Ctrl+Shift+N")
        self.act_open_store = a(self.tr("&Open Store…"), self.open_store, QKeySequence.Open, "open")
        self.act_import = a(self.tr("&Import…"), self.import_files, "Ctrl+I", "import")
        self.act_paste_article = a(self.tr("Article from &Clipboard…"), lambda: self.import_pasted_article(),
                                   "Ctrl+Shift+V", "",
                                   self.tr("Import an article copied from a browser: its date, outlet and address "
                                           "first, then extraction and review"))
        self.act_export = a(self.tr("&Export…"), lambda: self.export_records(), "Ctrl+E", "export")
        # Its text counts the rows (update_export_selected, when the File menu opens).
        self.act_export_selected = a(self.export_selected_text(1), self.export_selected)
        self.act_export_selected.setObjectName("export_selected")
        self.act_export_selected.setEnabled(False)
        self.act_export_selected.setVisible(False)
        self.act_backup = a(self.tr("&Back Up…"), self.backup, "Ctrl+Shift+B", "backup")
        self.act_restore_auto = a(self.tr("&Restore from an Automatic Backup…"), self.restore_automatic, None, "",
                                  self.tr("Put back the store as it was before an upgrade, a repair, a restore, "
                                          "a large import, or on an earlier day"))
        self.act_print = a(self.tr("&Print Briefing…"), self.open_briefing, QKeySequence.Print, "print",
                           self.tr("Open the briefing composer: basket, options, preview, print and PDF"))
        self.act_add_briefing = a(self.tr("Add to &Briefing"), self.add_to_basket, ADD_KEYS, "",
                                  self.tr("Add the selected records, or what the search found, to the briefing"))
        self.act_review = a(self.tr("Re&view Proposals…"), self.review_proposals, "Ctrl+Shift+P", "",
                            self.tr("Review the records proposed by article imports, beside their article"))
        self.act_quit = a(self.tr("&Quit"), self.close, QKeySequence.Quit, fallback="Ctrl+Q")
        self._build_team_actions(a)

        self.act_new = a(self.tr("&New Record"), lambda: self.new_record(self.current_kind()),
                         QKeySequence.New, "new", self.tr("Create a record of the kind shown"))
        self.new_kind_actions = {}
        for kind in views.TAB_ORDER:
            self.new_kind_actions[kind] = a(
                self.tr("New %1").replace("%1", labels.kind(kind)),
                lambda _c=False, k=kind: self.new_record(k))
        self.act_edit = a(self.tr("&Edit…"), self.edit_current, "F2", "edit", self.tr("Edit the selected record"))
        self.act_delete = a(self.tr("&Delete"), self.delete_selected, QKeySequence.Delete, "delete",
                            self.tr("Delete the selected records"), fallback="Del")
        self.act_accept = a(self.tr("&Accept"), self.accept_selected, "Ctrl+Shift+A", "accept",
                            self.tr("Mark the selected unreviewed records as confirmed"))
        self.act_reject = a(self.tr("&Reject"), self.reject_selected, "Ctrl+Shift+R", "reject",
                            self.tr("Delete the selected unreviewed records"))
        self.act_unreviewed = a(self.tr("Show &Unreviewed Only"), self.show_unreviewed, "Ctrl+Shift+U")
        self.act_undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.act_undo.setShortcuts(QKeySequence.Undo)
        self.act_undo.setIcon(icon("undo"))
        self.act_redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.act_redo.setShortcuts(QKeySequence.Redo)
        self.act_redo.setIcon(icon("redo"))
        # The stack's own actions keep their texts and states; their work goes through the
        # window's undo/redo, which run it first and report a store error (commands.Applied).
        for action, slot in ((self.act_undo, self.undo), (self.act_redo, self.redo)):
            action.triggered.disconnect()
            action.triggered.connect(slot)
        self.addAction(self.act_undo)
        self.addAction(self.act_redo)
        self.act_find = a(self.tr("&Find"), self.focus_search, QKeySequence.Find, "search",
                          self.tr("Search every tab"))
        self.act_save_search = a(self.tr("&Save Search…"), self.save_search, "Ctrl+Shift+S", "",
                                 self.tr("Name this search, to run it again from Search ▸ Saved Searches"))
        self.act_relevance = a(self.tr("Sort by &Relevance"), self.sort_by_relevance, "Ctrl+Shift+L", "",
                               self.tr("Best matches first, as the command line ranks them; click a column "
                                       "to sort by it instead"))
        self.act_relevance.setCheckable(True)
        self.act_preferences = a(self.tr("&Preferences…"), self.preferences, QKeySequence.Preferences,
                                 fallback="Ctrl+,")
        self.tab_actions = []
        for i, kind in enumerate(views.TAB_ORDER):
            self.tab_actions.append(a(labels.kind_plural(kind),
                                      lambda _c=False, n=i: self.tab_widget.setCurrentIndex(n),
                                      f"Ctrl+{i + 1}"))
        self.act_back = a(self.tr("Back"), self.go_back, QKeySequence.Back, "back", fallback="Alt+Left")
        self.act_forward = a(self.tr("Forward"), self.go_forward, QKeySequence.Forward, "forward",
                             fallback="Alt+Right")
        if self.language == "ar":
            # Right to left, «back» is to the right: the keys point the way the mirrored arrows do.
            self.act_back.setShortcut(QKeySequence("Alt+Right"))
            self.act_forward.setShortcut(QKeySequence("Alt+Left"))
        self.back_button.setDefaultAction(self.act_back)
        self.forward_button.setDefaultAction(self.act_forward)
        self._build_story_actions(a)
        self.act_detail = a(self.tr("Go to &Details"), lambda: self.detail.setFocus(), "Ctrl+D")
        self.act_table = a(self.tr("Go to &Table"), self.focus_table, "Ctrl+T")
        self.language_group = QActionGroup(self)
        self.act_arabic = a("العربية", lambda: self.language_requested.emit("ar"))
        self.act_english = a("English", lambda: self.language_requested.emit("en"))
        for act, lang in ((self.act_arabic, "ar"), (self.act_english, "en")):
            act.setCheckable(True)
            act.setChecked(lang == self.language)
            self.language_group.addAction(act)
        self.act_about = a(self.tr("&About Marsad"), self.about, None, "about")
        self.act_shortcuts = a(self.tr("&Keyboard Shortcuts"), self.show_shortcuts, QKeySequence.HelpContents,
                               "keyboard", fallback="F1")

    def _build_menus(self) -> None:
        bar = self.menuBar()
        m = bar.addMenu(self.tr("&File"))
        m.addAction(self.act_new_store)
        m.addAction(self.act_open_store)
        self.recent_menu = m.addMenu(self.tr("Open &Recent"))
        self.recent_menu.setObjectName("recent_menu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_stores)
        self._fill_recent_stores()
        for act in (None, self.act_import, self.act_paste_article, self.act_export, self.act_export_selected,
                    self.act_backup, self.act_restore_auto, None):
            m.addSeparator() if act is None else m.addAction(act)
        m.aboutToShow.connect(self.update_export_selected)
        self._build_team_menu(m)
        for act in (None, self.act_print, self.act_add_briefing, None, self.act_quit):
            m.addSeparator() if act is None else m.addAction(act)
        m = bar.addMenu(self.tr("&Edit"))
        m.addAction(self.act_undo)
        m.addAction(self.act_redo)
        m.addSeparator()
        m.addAction(self.act_new)
        new_menu = m.addMenu(self.tr("New Record of Kind"))
        for act in self.new_kind_actions.values():
            new_menu.addAction(act)
        for act in (self.act_edit, self.act_delete, None, self.act_accept, self.act_reject, self.act_unreviewed,
                    self.act_review, None, self.act_preferences):
            m.addSeparator() if act is None else m.addAction(act)
        m = bar.addMenu(self.tr("&Search"))
        m.addAction(self.act_find)
        m.addAction(self.act_save_search)
        self.saved_menu = m.addMenu(self.tr("Sa&ved Searches"))
        self.saved_menu.setObjectName("saved_menu")
        self.saved_menu.aboutToShow.connect(self._fill_saved_menu)
        self.recent_searches_menu = m.addMenu(self.tr("Recent Searc&hes"))
        self.recent_searches_menu.setObjectName("recent_searches_menu")
        self.recent_searches_menu.aboutToShow.connect(self._fill_recent_searches_menu)
        m.addSeparator()
        m.addAction(self.act_relevance)
        m = bar.addMenu(self.tr("&View"))
        for act in self.tab_actions:
            m.addAction(act)
        m.addSeparator()
        for act in self.story_actions.values():
            m.addAction(act)
        m.addSeparator()
        for act in (self.act_back, self.act_forward, self.act_detail, self.act_table):
            m.addAction(act)
        m.addSeparator()
        lang = m.addMenu(self.tr("&Language"))
        lang.addAction(self.act_arabic)
        lang.addAction(self.act_english)
        m = bar.addMenu(self.tr("&Help"))
        m.addAction(self.act_shortcuts)
        m.addAction(self.act_about)

    def _fill_recent_stores(self) -> None:
        from desktop.ui import recent_stores
        recent_stores.fill(self.recent_menu, self.store.path, lambda path: self.store_requested.emit(path, False))

    def _build_toolbar(self) -> None:
        tb = QToolBar(self.tr("Main toolbar"), self)
        tb.setObjectName("main_toolbar")
        tb.setIconSize(QSize(20, 20))
        tb.setToolButtonStyle(Qt.ToolButtonIconOnly)
        for act in (self.act_open_store, self.act_import, self.act_export, self.act_print, None, self.act_new,
                    self.act_edit, self.act_delete, None, self.act_undo, self.act_redo, None, self.act_accept,
                    self.act_reject):
            tb.addSeparator() if act is None else tb.addAction(act)
        spacer = QWidget(tb)
        spacer.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
        tb.addWidget(spacer)
        self.search_field = SearchField(tb)
        self.search_field.setObjectName("search")
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setPlaceholderText(
            self.tr("Search everything (Ctrl+F): words, \"a phrase\", -word, actor:name"))
        self.search_field.addAction(icon("search"), QLineEdit.LeadingPosition)
        self.search_field.setMinimumWidth(380)
        self.search_field.setAccessibleName(self.tr("Search"))
        tb.addWidget(self.search_field)
        self.addToolBar(tb)
