"""The last store and the recent stores are remembered by absolute path, so starting the app
from another folder still finds the analyst's store; an old relative entry counts as missing."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core.storage import Store
from desktop.ui import app as ui_app, recent_stores, settings
from desktop.ui.main_window import MainWindow


def no_session(monkeypatch, qapp):
    opened = []
    monkeypatch.setattr(ui_app, "RunningApp", lambda app, store, language, search="": opened.append(store.path)
                        or type("S", (), {"store": store, "window": None})())
    monkeypatch.setattr(type(qapp), "exec", lambda self: 0)
    from desktop.ui import failures
    monkeypatch.setattr(failures.FailureHook, "install", lambda self: None)
    return opened


def test_a_store_named_relative_is_reopened_from_another_folder(qapp, tmp_path, monkeypatch):
    work = tmp_path / "work"
    (work / "a").mkdir(parents=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(work)
    Store.create(Path("a/ar.db")).close()
    opened = no_session(monkeypatch, qapp)
    # `marsad --db a/ar.db gui`
    assert ui_app.run(Path("a/ar.db"), given=True, lang="en") == 0
    assert settings.General().last_store() == str(work / "a" / "ar.db")
    assert settings.RecentStores().paths()[0] == str(work / "a" / "ar.db")
    # `marsad gui` from another folder: the same store, and nothing offered or made.
    monkeypatch.setattr(ui_app, "ask_first_store", lambda path, lost="": pytest_fail("asked to make a store"))
    monkeypatch.chdir(elsewhere)
    assert ui_app.run(tmp_path / "default.db", given=False, lang="en") == 0
    assert Path(opened[-1]).resolve() == work / "a" / "ar.db"
    assert not (tmp_path / "default.db").exists()


def pytest_fail(why):
    raise AssertionError(why)


def test_an_old_relative_last_store_is_said_missing_not_replaced_silently(qapp, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    # Written by an older version; it even names a file here, which may not be the analyst's store.
    (tmp_path / "a").mkdir()
    Store.create(tmp_path / "a" / "ar.db").close()
    settings.General().set_last_store("a/ar.db")
    settings.RecentStores().add("a/ar.db")
    asked = []

    def read_dialog():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_dialog)
            return
        asked.append(box.text())
        box.reject()
    QTimer.singleShot(20, read_dialog)
    no_session(monkeypatch, qapp)
    default = tmp_path / "data" / "marsad.db"
    assert ui_app.run(default, given=False, lang="en") == 1     # cancelled: nothing made
    assert not default.exists()
    assert len(asked) == 1
    assert "The store opened last, \u2066a/ar.db\u2069, cannot be found." in asked[0]
    assert "There is no store at" in asked[0]


def test_an_old_relative_recent_entry_is_shown_missing(qtbot, store, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Store.create(tmp_path / "old.db").close()
    settings.RecentStores().add("old.db")
    w = MainWindow(store, "en")
    qtbot.addWidget(w)
    w.recent_menu.aboutToShow.emit()
    entry = next(a for a in w.recent_menu.actions() if a.objectName() == "recent:old.db")
    assert "(missing)" in entry.text() and not entry.isEnabled()
