"""Regenerate the README's screenshots (docs/screenshots/*.png) from the sample data.

Run it from a checkout, after `make run` or `make test` has made the virtualenv:

    .venv/bin/python docs/make_screenshots.py              # every PNG the README shows
    .venv/bin/python docs/make_screenshots.py picker-ar    # only the ones named (without .png)

It needs no display: it runs Qt offscreen. Everything it writes besides the
PNGs (the sample store, a second store for the conflicts, the article file,
its own QSettings) goes into a temporary folder that is removed at the end,
so the user's stores, settings and backups are never touched.

The window screenshots go through the same code as
`marsad --db DB gui --screenshot FILE ...` (desktop.ui.app.run); the dialogs
are opened the way the window opens them, and a popup (a picker's list, a
right-click menu) is painted over its window, since a grab of a window
offscreen leaves its popups out. The README's alt text of each PNG says what
it must show; the function that makes it says how.
"""
from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Callable, NamedTuple

ROOT = Path(__file__).resolve().parent.parent
SHOTS_DIR = ROOT / "docs" / "screenshots"
README = ROOT / "README.md"
WINDOW_SIZE = "1280x760"        # the window screenshots' size
STORY_SIZE = "1400x900"         # the story views need room for the tables and the view under them
MENU_WINDOW_SIZE = (900, 560)   # small enough to read in the README, tall enough for the whole menu
REVIEW_SIZE = (1280, 760)       # the article and the list of proposals both readable
CONFLICTS_SIZE = (1200, 640)
SETTLE_MS = 200                 # Qt's fades (a line edit's clear button) take 160 ms
EVENT = "event:ain-al-asad-handover"      # known to the month, with two actors and their roles
QUOTE = "quote:allawi-1"                  # a quote with a source and an event, so its menu is complete
CONFLICT_EVENT = "event:phase-one-end"
CONFLICT_QUOTE = "quote:allawi-4"
PEER_NAME = "field-laptop"


class Workspace(NamedTuple):
    """The temporary folder's contents the screenshots are made from."""
    folder: Path
    sample_db: Path      # the sample store, as `make run` builds it; relative, so the status bar says «sample.db»


# --- the sample store and the app ------------------------------------------------------------------------


def prepare_process(folder: Path) -> None:
    """No display needed, this checkout's code, and any backup made in `folder` (not the user's data folder)."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"      # before the QApplication is made
    os.environ["MARSAD_BACKUPS"] = str(folder / "backups")
    sys.path.insert(0, str(ROOT))


def marsad(*args: str) -> None:
    """The `marsad` command of this checkout (python -m desktop), as a user would type it."""
    subprocess.run([sys.executable, "-m", "desktop", *args], cwd=ROOT, check=True)


def build_sample_store(db: Path) -> None:
    """`marsad init` then `marsad import` of the sample records, the file `init --sample` reads (make run)."""
    from desktop import paths
    marsad("--db", str(db.resolve()), "init")
    marsad("--db", str(db.resolve()), "import", str(paths.sample_jsonl()))


def quiet_offscreen_notes(mode, context, message: str) -> None:
    """The offscreen platform cannot raise windows, grab the keyboard or size them by hints: true, and of
    no matter for a screenshot. Anything else Qt says is passed on."""
    if "This plugin does not support" in message or "propagateSizeHints" in message:
        return
    sys.stderr.write(message + "\n")


def start_app(folder: Path):
    """The QApplication, with QSettings of our own in `folder` (never the user's)."""
    from PySide6.QtCore import QSettings, qInstallMessageHandler
    from desktop.ui.app import application
    app = application()
    qInstallMessageHandler(quiet_offscreen_notes)
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(folder / "settings"))
    return app


def use_language(lang: str) -> None:
    """The UI language as the app installs it (catalogues, locale, direction)."""
    from PySide6.QtWidgets import QApplication
    from desktop.ui.app import install_language
    install_language(QApplication.instance(), lang)


def settle(ms: int = SETTLE_MS) -> None:
    """Let widgets lay out, fetch and paint, and their animations end: events processed for `ms`."""
    from PySide6.QtTest import QTest
    QTest.qWait(ms)


def copy_store(ws: Workspace, name: str) -> Path:
    """A copy of the sample store, for a screenshot that changes it."""
    path = ws.folder / name
    shutil.copy(ws.sample_db, path)
    return path


def open_window(db: Path, lang: str, size: tuple[int, int]):
    """The main window over the store at `db`, shown, in `lang`."""
    from desktop.core.storage import Store
    from desktop.ui.main_window import MainWindow
    use_language(lang)
    window = MainWindow(Store.open(db), lang)
    window.resize(*size)
    window.show()
    settle()
    return window


def close_window(window) -> None:
    """Close the window and its store (a form left open would ask before closing: none is)."""
    store = window.store
    window.close()
    window.deleteLater()
    settle()
    store.close()


# --- grabbing -------------------------------------------------------------------------------------------


def save_grab(widget, target: Path, popups=()) -> None:
    """Save `widget` as painted, with `popups` (separate top-level windows) painted over it where they are."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPainter
    settle()
    picture = widget.grab()
    origin = widget.mapToGlobal(QPoint(0, 0))
    painter = QPainter(picture)
    for popup in popups:
        if not popup.isVisible():
            raise RuntimeError(f"{target.name}: its popup did not open")
        painter.drawPixmap(popup.mapToGlobal(QPoint(0, 0)) - origin, popup.grab())
    painter.end()
    if not picture.save(str(target), "PNG"):
        raise OSError(f"cannot write {target}")


def type_into(widget, text: str) -> None:
    """Each character as a key press carrying its text, as a keyboard types Arabic (QTest knows only ASCII)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication
    widget.setFocus()
    for ch in text:
        code = ord(ch.upper()) if ch.isascii() and ch.isalnum() else Qt.Key_Space if ch == " " else Qt.Key_unknown
        for kind in (QEvent.KeyPress, QEvent.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, code, Qt.NoModifier, ch))
    settle()


# --- the main window: the same code as `marsad gui --screenshot` -------------------------------------------


def window_shot(target: Path, db: Path, lang: str, *, tab: str | None = None, search: str = "",
                view: str | None = None, focus: str | None = None, size: str = WINDOW_SIZE) -> None:
    """`marsad --db DB gui --screenshot TARGET --lang LANG [--tab ...] [--search ...] [--view ...] [--focus ...]`."""
    from PySide6.QtCore import qInstallMessageHandler
    from desktop.ui.app import run
    code = run(db, screenshot=str(target), tab=tab, search=search, size=size, lang=lang, given=True,
               view=view, focus=focus)
    # run() installs a filter of its own for the screenshot; ours again for the dialogs.
    qInstallMessageHandler(quiet_offscreen_notes)
    if code != 0:
        raise RuntimeError(f"{target.name}: marsad gui --screenshot failed ({code})")


def quotes_ar(ws: Workspace, target: Path) -> None:
    """Hussein Allawi's quotes, found by searching «علاوي» (an alias), in the Arabic UI."""
    window_shot(target, ws.sample_db, "ar", tab="quote", search="علاوي")


def events_en(ws: Workspace, target: Path) -> None:
    """The events tab in the English UI."""
    window_shot(target, ws.sample_db, "en", tab="event")


def timeline_ar(ws: Workspace, target: Path) -> None:
    """The timeline of the whole sample store in Arabic (no focus: every event on it)."""
    window_shot(target, ws.sample_db, "ar", tab="event", view="timeline", size=STORY_SIZE)


def timeline_en(ws: Workspace, target: Path) -> None:
    """The same timeline in English: time runs left to right."""
    window_shot(target, ws.sample_db, "en", tab="event", view="timeline", size=STORY_SIZE)


def links_ar(ws: Workspace, target: Path) -> None:
    """The link chart around Hussein Allawi, in Arabic."""
    window_shot(target, ws.sample_db, "ar", view="links", focus="actor:hussein-allawi", size=STORY_SIZE)


def links_en(ws: Workspace, target: Path) -> None:
    """The link chart around Hussein Allawi, in English."""
    window_shot(target, ws.sample_db, "en", view="links", focus="actor:hussein-allawi", size=STORY_SIZE)


def map_ar(ws: Workspace, target: Path) -> None:
    """The map around Ain al-Asad: the handover there selected; the places without coordinates listed apart."""
    window_shot(target, ws.sample_db, "ar", view="map", focus=EVENT, size=STORY_SIZE)


# --- the right-click menu of a quote -----------------------------------------------------------------------


def context_menu_ar(ws: Workspace, target: Path) -> None:
    """A quote's row right-clicked in the Arabic UI: the menu as the window builds it, at the row."""
    window = open_window(ws.sample_db, "ar", MENU_WINDOW_SIZE)
    window.show_kind("quote")
    tab = window.current_tab()
    tab.select_key(QUOTE)
    settle()
    row = tab.model.row_for_key(QUOTE)
    # Where a right click on the quote's text would be.
    cell = tab.view.visualRect(tab.model.index(row, 1))
    menu = window.row_menu(tab, row)
    menu.popup(tab.view.viewport().mapToGlobal(cell.center()))
    settle()
    save_grab(window, target, popups=[menu])
    menu.hide()
    close_window(window)


# --- the record form and its picker ------------------------------------------------------------------------


def picker_shot(ws: Workspace, target: Path, lang: str, typed: str) -> None:
    """The form of an event known to the month, `typed` in its actors' picker, the picker's list open."""
    from desktop.ui.dialogs.record_editor import RecordEditor
    window = open_window(ws.sample_db, lang, (1280, 760))
    # As Edit does (MainWindow.edit_record), shown instead of exec'd so it can be grabbed; it sizes itself.
    form = RecordEditor(window.store, "event", window.store.get(EVENT), window, create=window.write_new_record)
    form.show()
    settle()
    adder = form.fields["actors"].adder
    type_into(adder, typed)
    save_grab(form, target, popups=[adder.popup()])
    adder.popup().hide()
    form.done(0)
    close_window(window)


def picker_ar(ws: Workspace, target: Path) -> None:
    """«علاوى» with ى for ي, as typed: the picker still offers حسين علاوي."""
    picker_shot(ws, target, "ar", "علاوى")


def picker_en(ws: Workspace, target: Path) -> None:
    """The English UI: the actor found by his English name (typed whole, it names him: Save stays enabled)."""
    picker_shot(ws, target, "en", "Hussein Allawi")


# --- the import sheet and the review dialog ---------------------------------------------------------------


def article_file(ws: Workspace) -> Path:
    """The sample's article as a saved page reads: a dateline, the lead, then the body (from data/sample.jsonl)."""
    from desktop import paths
    with open(paths.sample_jsonl(), encoding="utf-8") as fh:
        source = next(rec for rec in map(json.loads, filter(str.strip, fh)) if rec["kind"] == "source")
    path = ws.folder / "ain-al-asad.txt"
    path.write_text(f" date {source['published']} • {source['summary']}\n\n{source['body']}\n", encoding="utf-8")
    return path


def filled_sheet(ws: Workspace, lang: str):
    """The import sheet over the article, its outlet filled in as the analyst would."""
    from desktop.ui.dialogs import article_sheet
    use_language(lang)
    path = article_file(ws)
    sheet = article_sheet.ArticleSheet(article_sheet.read(path=path), name=path.name)
    sheet.outlet.setCurrentText("وكالة الأنباء العراقية" if lang == "ar" else "Iraqi News Agency")
    sheet.show()
    settle()
    return sheet


def import_sheet_ar(ws: Workspace, target: Path) -> None:
    """The import sheet in Arabic, as File ▸ Import shows it for an article."""
    sheet = filled_sheet(ws, "ar")
    save_grab(sheet, target)
    sheet.done(0)


def import_sheet_en(ws: Workspace, target: Path) -> None:
    """The same sheet in the English UI."""
    sheet = filled_sheet(ws, "en")
    save_grab(sheet, target)
    sheet.done(0)


def imported_article(ws: Workspace, lang: str):
    """A new store holding the article as the sheet imports it: (store, its source id), proposals waiting."""
    from desktop.core import importing
    from desktop.core import review
    from desktop.core.storage import Store
    from desktop.ui import reason_text
    sheet = filled_sheet(ws, lang)
    sheet.accept()
    path = ws.folder / f"article-{lang}.json"
    path.write_text(json.dumps(sheet.record(), ensure_ascii=False), encoding="utf-8")
    store = Store.create(ws.folder / f"review-{lang}.db")
    # The reasons are worded as the GUI's imports word them: in the UI language, at import time.
    importing.import_files(store, [path], word_reason=reason_text.word)
    (source_id,) = review.unreviewed_sources(store)
    return store, source_id


def select_first_quote(dialog) -> None:
    """Select the first quote proposed: its span is highlighted, and its reason is spelled out below."""
    from PySide6.QtCore import Qt
    for i in range(dialog.tree.topLevelItemCount()):
        item = dialog.tree.topLevelItem(i)
        if str(item.data(0, Qt.UserRole)).startswith("quote:"):
            dialog.tree.setCurrentItem(item)
            return
    raise RuntimeError("the review lists no quote")


def review_ar(ws: Workspace, target: Path) -> None:
    """The review dialog in Arabic over the freshly imported article, a quote's proposal selected."""
    from desktop.ui.importing.review import ReviewDialog
    store, source_id = imported_article(ws, "ar")
    dialog = ReviewDialog(store, source_id)
    dialog.resize(*REVIEW_SIZE)
    dialog.show()
    settle()
    select_first_quote(dialog)
    save_grab(dialog, target)
    dialog.done(0)
    store.close()


# --- the conflicts view -----------------------------------------------------------------------------------


def edited(store, key: str, **values) -> None:
    """The record `key` with `values` changed, written as one analyst's edit."""
    store.put({**store.get(key), **values})


def stores_in_conflict(ws: Workspace, lang: str):
    """This laptop's store with two open conflicts from a copy made a site of its own (a field laptop):
    an event edited on both sides, and a quote deleted here but edited there."""
    from desktop.core import sync
    from desktop.core.storage import Store
    here = Store.open(copy_store(ws, f"office-{lang}.db"))
    there = Store.open(copy_store(ws, f"field-{lang}.db"))
    there.new_site_id()          # `marsad site --new`: a copy exchanges only as a site of its own
    edited(here, CONFLICT_EVENT, summary="أعلنت الحكومة جدولًا زمنيًا للانسحاب يبدأ في أيلول", status="announced")
    edited(there, CONFLICT_EVENT, summary="جدول الانسحاب لم يُعلن رسميًا بعد بحسب مصدرين",
           credibility="2", notes="أكده مصدر ثانٍ في قيادة العمليات")
    here.delete(CONFLICT_QUOTE)
    edited(there, CONFLICT_QUOTE, text="نص معدّل في الميدان")
    bundle = ws.folder / f"field-to-office-{lang}.jsonl"
    sync.write_changes(there, here.site_id(), bundle)
    sync.apply_bundle(here, bundle)
    # Named, the peer's column reads «Theirs (field-laptop)» instead of a site id.
    sync.name_peer(here, there.site_id(), PEER_NAME)
    there.close()
    return here


def select_conflict(dialog, key: str) -> None:
    """Show the conflict over record `key` (the event: its fields differ, unlike a deleted record's)."""
    from PySide6.QtCore import Qt
    for i in range(dialog.list.topLevelItemCount()):
        item = dialog.list.topLevelItem(i)
        if item.data(0, Qt.UserRole) == key:
            dialog.list.setCurrentItem(item)
            return
    raise RuntimeError(f"no open conflict over {key}")


def conflicts_shot(ws: Workspace, target: Path, lang: str) -> None:
    """Both versions of the event side by side, a merge half chosen: theirs for the summary and the notes."""
    from desktop.ui.team.conflicts_view import THEIRS, ConflictsDialog
    use_language(lang)
    store = stores_in_conflict(ws, lang)
    dialog = ConflictsDialog(store, language=lang)
    dialog.resize(*CONFLICTS_SIZE)
    dialog.show()
    settle()
    select_conflict(dialog, CONFLICT_EVENT)
    for name in ("summary", "notes"):
        dialog.choose(name, THEIRS)
    save_grab(dialog, target)
    dialog.done(0)
    store.close()


def conflicts_ar(ws: Workspace, target: Path) -> None:
    """The conflicts view in Arabic."""
    conflicts_shot(ws, target, "ar")


def conflicts_en(ws: Workspace, target: Path) -> None:
    """The same conflict in English."""
    conflicts_shot(ws, target, "en")


# --- which PNG is made how ---------------------------------------------------------------------------------


def makers() -> dict[str, Callable[[Workspace, Path], None]]:
    """Each PNG the README shows, by name, and the function that makes it."""
    return {"quotes-ar": quotes_ar, "events-en": events_en, "context-menu-ar": context_menu_ar,
            "picker-ar": picker_ar, "picker-en": picker_en, "timeline-ar": timeline_ar,
            "timeline-en": timeline_en, "links-ar": links_ar, "links-en": links_en,
            "map-ar": map_ar, "import-sheet-ar": import_sheet_ar, "import-sheet-en": import_sheet_en,
            "review-ar": review_ar,
            "conflicts-ar": conflicts_ar, "conflicts-en": conflicts_en}


def referenced() -> list[str]:
    """The screenshots the README shows, by name, in its order."""
    found = re.findall(r"docs/screenshots/([\w-]+)\.png", README.read_text(encoding="utf-8"))
    return list(dict.fromkeys(found))


def wanted(names: list[str]) -> list[str]:
    """The names asked for (all the README shows when none), refusing any this script cannot make."""
    known = makers()
    chosen = names or referenced()
    unknown = [name for name in chosen if name not in known]
    if unknown:
        sys.exit(f"make_screenshots: no way to make {', '.join(unknown)}.png: add a function for it")
    return chosen


def main(argv: list[str]) -> int:
    names = wanted([name.removesuffix(".png") for name in argv])
    # Inside the temporary folder, so the stores are named as after `make run` (the status bar shows it).
    with tempfile.TemporaryDirectory(prefix="marsad-screenshots-") as tmp, contextlib.chdir(tmp):
        folder = Path(tmp)
        prepare_process(folder)
        ws = Workspace(folder, Path("sample.db"))
        build_sample_store(ws.sample_db)
        start_app(folder)
        SHOTS_DIR.mkdir(parents=True, exist_ok=True)
        for name in names:
            target = SHOTS_DIR / f"{name}.png"
            makers()[name](ws, target)
            print(f"wrote {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
