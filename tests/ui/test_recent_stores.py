"""File ▸ Open Recent, and the last store reopened when no store is named."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

from desktop.core.storage import Store  # noqa: E402
from desktop.ui import app as ui_app, recent_stores, settings  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402


def make_store(path: Path) -> Path:
    Store.create(path).close()
    return path


def entries(window) -> dict:
    window.recent_menu.aboutToShow.emit()
    return {a.objectName(): a for a in window.recent_menu.actions() if a.objectName()}


def test_recent_list_is_newest_first_without_repeats_and_bounded(qapp, tmp_path):
    for i in range(12):
        recent_stores.remember(tmp_path / f"s{i}.db")
    recent_stores.remember(tmp_path / "s5.db")
    paths = settings.RecentStores().paths()
    assert len(paths) == settings.RecentStores.LIMIT == 8
    assert paths[0] == str(tmp_path / "s5.db") and paths.count(str(tmp_path / "s5.db")) == 1
    assert paths[1] == str(tmp_path / "s11.db")
    assert settings.General().last_store() == str(tmp_path / "s5.db")


def test_open_recent_lists_the_others_greys_the_missing_and_opens_one(qtbot, store, tmp_path):
    there = make_store(tmp_path / "there.db")
    gone = tmp_path / "gone.db"
    for path in (gone, there, store.path):
        recent_stores.remember(path)
    w = MainWindow(store, "en")
    qtbot.addWidget(w)
    found = entries(w)
    assert f"recent:{store.path}" not in found            # the open store is not offered
    assert found[f"recent:{there}"].isEnabled()
    assert not found[f"recent:{gone}"].isEnabled() and "(missing)" in found[f"recent:{gone}"].text()
    with qtbot.waitSignal(w.store_requested) as asked:
        found[f"recent:{there}"].trigger()
    assert asked.args == [str(there), False]
    # Removing the missing ones forgets them, and only them.
    found["recent_prune"].trigger()
    assert str(gone) not in settings.RecentStores().paths()
    assert str(there) in settings.RecentStores().paths()
    entries(w)["recent_clear"].trigger()
    assert settings.RecentStores().paths() == []
    assert not entries(w)["recent_clear"].isEnabled()


def test_the_last_store_is_the_one_opened_when_none_is_named(tmp_path):
    default = tmp_path / "default.db"
    last = make_store(tmp_path / "last.db")
    assert ui_app.store_path(default, given=False) == default        # nothing remembered yet
    recent_stores.remember(last)
    assert ui_app.store_path(default, given=False) == last
    assert ui_app.store_path(default, given=True) == default         # --db wins
    last.unlink()
    assert ui_app.store_path(default, given=False) == default        # gone: the default again


def test_run_without_db_reopens_the_last_store(qapp, tmp_path, monkeypatch):
    last = tmp_path / "last.db"
    Store.create(last).close()
    recent_stores.remember(last)
    opened = []

    class FakeSession:
        def __init__(self, app, store, language, search=""):
            opened.append(store.path)
            self.store = store
            self.window = None

    monkeypatch.setattr(ui_app, "RunningApp", FakeSession)
    monkeypatch.setattr(type(qapp), "exec", lambda self: 0)
    from desktop.ui import failures
    monkeypatch.setattr(failures.FailureHook, "install", lambda self: None)
    assert ui_app.run(tmp_path / "default.db", given=False, lang="en") == 0
    assert opened == [last]
    assert not (tmp_path / "default.db").exists()


def test_run_with_db_opens_that_store(qapp, tmp_path, monkeypatch):
    last = tmp_path / "last.db"
    Store.create(last).close()
    named = tmp_path / "named.db"
    Store.create(named).close()
    recent_stores.remember(last)
    opened = []
    monkeypatch.setattr(ui_app, "RunningApp", lambda app, store, language, search="": opened.append(store.path)
                        or type("S", (), {"store": store, "window": None})())
    monkeypatch.setattr(type(qapp), "exec", lambda self: 0)
    from desktop.ui import failures
    monkeypatch.setattr(failures.FailureHook, "install", lambda self: None)
    assert ui_app.run(named, given=True, lang="en") == 0
    assert opened == [named]
    assert settings.RecentStores().paths()[0] == str(named)
