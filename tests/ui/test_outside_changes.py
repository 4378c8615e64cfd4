"""The window notices another program's writes to its store and shows them."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.core.storage import Store  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402


def test_another_programs_write_shows_in_the_tabs(qtbot, sample_store):
    window = MainWindow(sample_store, "en")
    qtbot.addWidget(window)
    window.show_kind("actor")
    rows = window.current_tab().model.rowCount()
    with Store.open(sample_store.path) as other:        # another program, its own connection
        other.put({"kind": "actor", "id": "actor:from-outside", "name": "فاعل من الخارج"})
    assert window.outside.check()
    assert window.current_tab().model.rowCount() == rows + 1
    assert "Another program changed the store" in window.statusBar().currentMessage()


def test_our_own_writes_are_not_taken_for_someone_elses(qtbot, sample_store):
    window = MainWindow(sample_store, "en")
    qtbot.addWidget(window)
    sample_store.put({"kind": "actor", "id": "actor:ours", "name": "فاعلنا"})
    assert not window.outside.check()


def test_the_window_polls_by_itself(qtbot, sample_store):
    window = MainWindow(sample_store, "en")
    qtbot.addWidget(window)
    window.outside.timer.setInterval(50)
    seen = []
    window.outside.changed.connect(lambda: seen.append(1))
    with Store.open(sample_store.path) as other:
        other.put({"kind": "place", "id": "place:outside", "name": "مكان"})
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)


def test_an_import_from_the_window_is_not_reported_as_another_programs(qtbot, sample_store, tmp_path, monkeypatch):
    import json
    from desktop.ui.importing import run
    monkeypatch.setattr(run.ImportResultDialog, "exec", lambda self: 0)
    window = MainWindow(sample_store, "en")
    qtbot.addWidget(window)
    f = tmp_path / "one.jsonl"
    f.write_text(json.dumps({"kind": "actor", "id": "actor:one", "name": "واحد"}, ensure_ascii=False) + "\n")
    window.import_files([str(f)])      # runs on its own connection, in a thread
    qtbot.waitUntil(lambda: sample_store.counts()["actor"] == 14, timeout=10_000)
    qtbot.wait(50)
    assert not window.outside.check()
