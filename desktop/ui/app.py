"""The QApplication: language and direction, translations, fonts, palette, the store.

Arabic is the default UI language and lays everything out right to left,
Qt's own dialogs included (qtbase_ar.qm); English lays out left to right.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import paths
from desktop.ui import settings
from desktop.ui.menu_style import ShortcutIsolatingStyle

ORGANIZATION = "Marsad"
APP_NAME = "Marsad"
_TRANSLATORS_PROPERTY = "marsadTranslators"


def application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, made on first call with our names set (QSettings needs them)."""
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName(ORGANIZATION)
        QCoreApplication.setApplicationName(APP_NAME)
        app = QApplication(argv if argv is not None else sys.argv[:1])
        # The desktop file's name lets Wayland docks match the window to its icon.
        app.setDesktopFileName("org.marsad.Marsad")
        app.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "marsad-app.png")))
        # Shortcuts in Arabic menus read as typed («Ctrl+,», not «,Ctrl+»).
        app.setStyle(ShortcutIsolatingStyle(app.style().name()))
        _register_fonts()
    return app


def _register_fonts() -> None:
    from desktop.ui import fonts
    try:
        fonts.register_fonts()
    except (fonts.FontError, OSError) as exc:
        # A missing font must not stop the app: Qt falls back to the system's fonts.
        print(f"marsad: bundled fonts not loaded ({exc})", file=sys.stderr)


def translations_dir() -> Path:
    return paths.resources_dir() / "translations"


# Our translation catalogs: the main window's, the briefing composer's, the import dialogs'.
CATALOGS = ("marsad", "marsad_briefing", "marsad_import")


def install_language(app: QApplication, language: str) -> None:
    """Translators for our strings and Qt's, the locale, and the layout direction."""
    old = app.property(_TRANSLATORS_PROPERTY) or []
    for translator in old:
        app.removeTranslator(translator)
    kept = []
    # The English catalogues hold only the counted strings' plurals («1 record», «24 records»).
    for catalog in CATALOGS:
        ours = QTranslator(app)
        if ours.load(f"{catalog}_{language}", str(translations_dir())):
            app.installTranslator(ours)
            kept.append(ours)
    if language != "en":
        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
            app.installTranslator(qt)
            kept.append(qt)
        # What Qt's own catalog lacks for its dialogs (strings Qt 6 renamed): installed last, asked first.
        supplement = QTranslator(app)
        if supplement.load(f"qt_supplement_{language}", str(translations_dir())):
            app.installTranslator(supplement)
            kept.append(supplement)
    app.setProperty(_TRANSLATORS_PROPERTY, kept)
    locale = QLocale(QLocale.Arabic, QLocale.Iraq) if language == "ar" else QLocale(QLocale.English,
                                                                                     QLocale.UnitedKingdom)
    QLocale.setDefault(locale)
    app.setLayoutDirection(Qt.RightToLeft if language == "ar" else Qt.LeftToRight)


def choose_language(requested: str | None) -> str:
    if requested in settings.LANGUAGES:
        return requested
    return settings.General().language()


def ask_first_store(path: Path, lost: str = "") -> str | None:
    """Ask what to start with when there is no store: "sample", "empty" or None (cancel).

    `lost`: the store opened last, when it cannot be found; said first, so that a new store
    is not taken for the analyst's work gone.
    """
    from desktop.ui.bidi import isolate_ltr
    text = QCoreApplication.translate("App", "There is no store at %1 yet.").replace("%1", isolate_ltr(str(path)))
    if lost:
        text = QCoreApplication.translate("App", "The store opened last, %1, cannot be found.").replace(
            "%1", isolate_ltr(lost)) + "\n" + text
    box = QMessageBox(QMessageBox.Question, QCoreApplication.translate("App", "Marsad"), text)
    box.setInformativeText(QCoreApplication.translate(
        "App", "Start with the sample store (the Ain al-Asad article and its records), or with an empty store?"))
    sample = box.addButton(QCoreApplication.translate("App", "Sample Store"), QMessageBox.AcceptRole)
    empty = box.addButton(QCoreApplication.translate("App", "Empty Store"), QMessageBox.AcceptRole)
    box.addButton(QMessageBox.Cancel)
    box.setDefaultButton(sample)
    box.exec()
    return {sample: "sample", empty: "empty"}.get(box.clickedButton())


def offer_first_store(path: Path, lost: str = ""):
    """No store at `path`: offer the sample store or an empty one. Returns a Store or None."""
    from desktop.core.storage import Store
    choice = ask_first_store(path, lost)
    if choice is None:
        return None
    if choice == "sample":
        return create_sample_store(path)
    return Store.create(path, **settings.store_options())


def create_sample_store(path: Path):
    """A new store at `path` holding the sample records (the Ain al-Asad article and what it yields)."""
    from desktop.core import importing
    from desktop.core.storage import Store

    def fill(store) -> None:
        importing.import_files(store, [paths.sample_jsonl()])
    return Store.create(path, **settings.store_options(), fill=fill)


def sample_store_path() -> Path:
    """Where «Open the sample store» keeps the sample, beside the user's default store."""
    return paths.user_data_dir() / "sample.db"


def store_path(db_path: Path, given: bool) -> Path:
    """The store to open: the one asked for, else the last one opened when it is still there."""
    if given:
        return db_path
    from desktop.ui import recent_stores
    last = settings.General().last_store()
    return Path(last) if recent_stores.is_there(last) else db_path


def lost_last_store(given: bool) -> str:
    """The store opened last when it can no longer be found (moved, deleted, or remembered relative
    to another folder by an older version), else ""."""
    from desktop.ui import recent_stores
    last = "" if given else settings.General().last_store()
    return last if last and not recent_stores.is_there(last) else ""


def db_given() -> bool:
    """Whether the command line (--db, or $MARSAD_DB) named the store; True outside a command line."""
    import click
    context = click.get_current_context(silent=True)
    return context is None or context.find_root().params.get("db") is not None


# The window's writes run on the GUI thread: one that meets another program's write lock
# waits this long, under a wait cursor, then says the store is busy (not 5 s of a frozen window).
GUI_LOCK_WAIT_MS = 1500


def open_store(path: Path, *, interactive: bool, create: bool = False, lost: str = ""):
    """The store at `path`, or None after telling the user why not (a dialog, or stderr)."""
    store = _open_store(path, interactive=interactive, create=create, lost=lost)
    if store is not None:
        store.wait_for_locks(GUI_LOCK_WAIT_MS)
    return store


def _open_store(path: Path, *, interactive: bool, create: bool = False, lost: str = ""):
    from desktop.core.errors import MarsadError, NewerSchemaError, StoreNotFoundError
    from desktop.core.storage import Store
    try:
        if create:
            return Store.create(path, **settings.store_options())
        return Store.open(path, **settings.store_options())
    except StoreNotFoundError as exc:
        if interactive:
            try:
                return offer_first_store(path, lost)
            except (MarsadError, OSError) as inner:
                _report(inner, interactive)
                return None
        _report(exc, interactive)
    except NewerSchemaError as exc:
        _report(exc, interactive, QCoreApplication.translate(
            "App", "This store was written by a newer version of Marsad."))
    except (MarsadError, OSError) as exc:
        _report(exc, interactive, QCoreApplication.translate("App", "The store cannot be opened."))
    return None


def _report(exc: BaseException, interactive: bool, lead: str = "") -> None:
    """A dialog in the UI language; without one (a screenshot run), the command line's English on stderr."""
    if interactive:
        from desktop.ui.error_text import describe
        text = (lead + "\n\n" if lead else "") + describe(exc)
        QMessageBox.critical(None, QCoreApplication.translate("App", "Marsad"), text)
    else:
        print(f"marsad: {exc}", file=sys.stderr)


class RunningApp:
    """The running app: one window over one store, rebuilt on a language or store change."""

    def __init__(self, app: QApplication, store, language: str, search: str = ""):
        from desktop.ui.store_history import StoreHistory
        self.app = app
        self.store = store
        self.language = language
        # The open store's undo history: every window built over the store (a language switch)
        # adopts it; another store starts a new one.
        self.history = StoreHistory()
        self.window = None
        self._build(search)
        from desktop.ui.daily_backup import DailyBackup
        self.daily = DailyBackup(app)
        self.daily.done.connect(self._backed_up)
        self.daily.failed.connect(self._backup_failed)
        self.daily.start(store.path)

    def _build(self, search: str = "", kind: str | None = None, orders: dict | None = None) -> None:
        """A new window over the store; `orders`: each tab's order in the window it replaces (tab_orders)."""
        from desktop.ui.main_window import MainWindow
        install_language(self.app, self.language)
        if self.window is not None:
            # Before the new window reads them: the columns, orders and panes set since the last
            # close come with it (its first tab read the ones of the last close, sorted as then).
            self.window.save_state()
        window = MainWindow(self.store, self.language, history=self.history)
        window.language_requested.connect(self.switch_language)
        window.store_requested.connect(self.switch_store)
        window.sample_requested.connect(self.open_sample)
        window.restore_state()
        if kind:
            window.show_kind(kind)
        else:
            window.tab(window.current_kind())
        if search:
            window.set_search(search)
        if orders:
            # After the search: a tab sorted by a column during it stays so, not ranked again.
            window.adopt_orders(orders)
        old, self.window = self.window, window
        if old is not None:
            old.leave_history()
            window.setGeometry(old.geometry())
            old.hide()
            old.deleteLater()
        window.show()

    def switch_language(self, language: str) -> None:
        if language == self.language:
            return
        settings.General().set_language(language)
        self.language = language
        self._build(self.window.search_field.text(), self.window.current_kind(), self.window.tab_orders())

    def switch_store(self, path: str, create: bool) -> None:
        store = open_store(Path(path), interactive=True, create=create)
        if store is None:
            return
        from desktop.ui.store_history import StoreHistory
        old, old_history = self.store, self.history
        self.store, self.history = store, StoreHistory()
        from desktop.ui import recent_stores
        recent_stores.remember(store.path)
        self._build()
        # Its commands would write to the store closed below.
        old_history.undo_stack.clear()
        old_history.deleteLater()
        old.close()
        self.daily.start(store.path)

    def open_sample(self) -> None:
        """Switch to the sample store, made the first time it is asked for."""
        from desktop.core.errors import MarsadError
        path = sample_store_path()
        if path == self.store.path:
            return
        if not path.exists():
            try:
                create_sample_store(path).close()
            except (MarsadError, OSError) as exc:
                _report(exc, True, QCoreApplication.translate("App", "The sample store cannot be made."))
                return
        self.switch_store(str(path), False)

    def _backed_up(self, path) -> None:
        if path is not None and self.window is not None:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Today's automatic backup is done."), 5000)

    def _backup_failed(self, exc) -> None:
        from desktop.ui import error_text
        if self.window is not None:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "The automatic backup failed: %1")
                .replace("%1", error_text.describe(exc)), 20_000)


def _say_lost(window, lost: str) -> None:
    """Another store was opened in place of the last one: say so where it stays until read."""
    from desktop.ui.bidi import isolate_ltr
    window.statusBar().showMessage(QCoreApplication.translate(
        "App", "The store opened last, %1, cannot be found.").replace("%1", isolate_ltr(lost)), 60_000)


def parse_size(size: str | None) -> tuple[int, int] | None:
    if not size:
        return None
    try:
        w, h = (int(v) for v in size.lower().split("x"))
    except ValueError:
        raise ValueError(f"--size {size!r}: expected WIDTHxHEIGHT such as 1280x800") from None
    if not (200 <= w <= 10000 and 200 <= h <= 10000):
        raise ValueError(f"--size {size!r}: width and height must be between 200 and 10000")
    return w, h


def run(db_path: Path, *, screenshot: str | None = None, tab: str | None = None, search: str | None = None,
        size: str | None = None, lang: str | None = None, given: bool | None = None, view: str | None = None,
        focus: str | None = None) -> int:
    """Start the GUI; with `screenshot`, save the painted window to that file and return.

    `given`: whether the store was named (--db or $MARSAD_DB); when not, the app
    reopens the last store it had open. None: ask the command line.
    """
    try:
        wh = parse_size(size)
    except ValueError as exc:
        print(f"marsad: {exc}", file=sys.stderr)
        return 2
    if screenshot and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = application()
    language = choose_language(lang)
    install_language(app, language)
    given = db_given() if given is None else given
    chosen = Path(db_path) if screenshot else store_path(Path(db_path), given)
    lost = "" if screenshot else lost_last_store(given)
    store = open_store(chosen, interactive=not screenshot, lost=lost)
    if store is None and chosen != Path(db_path):
        # The last store would not open (the user was told why): the default one, as if none was remembered.
        store = open_store(Path(db_path), interactive=True)
    if store is None:
        return 1
    if screenshot:
        return _screenshot(app, store, language, screenshot, tab, search or "", wh, view, focus)
    from desktop.ui import recent_stores
    recent_stores.remember(store.path)
    from desktop.ui.failures import FailureHook
    FailureHook().install()
    session = RunningApp(app, store, language, search or "")
    if wh:
        session.window.resize(*wh)
    if tab:
        session.window.show_kind(tab)
    if lost:
        _say_lost(session.window, lost)
    _show_story(session.window, view, focus)
    code = app.exec()
    session.store.close()
    return code


def _quiet_offscreen_notes(mode, context, message) -> None:
    """The offscreen platform warns about window-manager hints it has no use for; pass the rest on."""
    if "propagateSizeHints" in message:
        return
    sys.stderr.write(message + "\n")


def _show_story(window, view: str | None, focus: str | None) -> None:
    """`--focus ID` selects the record everywhere (unknown ids are said on stderr); `--view` shows a story view."""
    if focus:
        if window.store.get(focus) is None:
            print(f"marsad: --focus {focus}: no such record", file=sys.stderr)
        else:
            window.go_to(focus)
    if view:
        window.show_view(view)


def _screenshot(app, store, language, target, tab, search, wh, view=None, focus=None) -> int:
    from PySide6.QtCore import qInstallMessageHandler
    qInstallMessageHandler(_quiet_offscreen_notes)
    window = screenshot_window(app, store, language, tab, search, wh, view, focus)
    ok = window.grab().save(str(target), "PNG")
    store.close()
    if not ok:
        print(f"marsad: cannot write the screenshot {target}", file=sys.stderr)
        return 1
    return 0


def screenshot_window(app, store, language, tab, search, wh, view=None, focus=None):
    """The window `--screenshot` grabs, shown, laid out and settled."""
    from PySide6.QtCore import QEventLoop, QTimer
    from desktop.ui.detail_heading import REFIT_MS
    from desktop.ui.main_window import MainWindow
    window = MainWindow(store, language)
    window.resize(*(wh or (1280, 800)))
    window.show_kind(tab or window.current_kind())
    if search:
        window.set_search(search)
    tab_widget = window.current_tab()
    if not focus:
        tab_widget.select_first()
    _show_story(window, view, focus)
    window.show()
    # Let the view lay out, fetch and paint before grabbing it.
    for _ in range(5):
        app.processEvents()
    # The detail pane was rendered at its width before the window was shown, a long headline cut
    # with "more"; it is fitted again once the pane rests at its shown width (REFIT_MS), which the
    # grab must wait for, as a user looking at the window does.
    settle = QEventLoop()
    QTimer.singleShot(2 * REFIT_MS, settle.quit)
    settle.exec()
    window.repaint()
    app.processEvents()
    return window
