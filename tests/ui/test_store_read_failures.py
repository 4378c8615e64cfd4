"""A store the window can no longer read: the tables keep their rows and headers, one message says why in
the UI's words and offers to open it again, and no tab takes the store for an empty one."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402

from desktop.core import views  # noqa: E402
from desktop.core.errors import StoreDamagedError, StoreError  # noqa: E402
from desktop.core.storage import paging  # noqa: E402
from desktop.ui.bidi import LRI, PDI, strip  # noqa: E402
from desktop.ui.models import RecordTableModel  # noqa: E402
from tests.ui.conftest import shown_window  # noqa: E402


def break_reads(monkeypatch, store, error=None):
    """Every read the tables and the window make fails as SQLite's «disk I/O error» does."""
    error = error or StoreError("store.io", path=str(store.path), reason="disk I/O error")

    def fail(*_args, **_kwargs):
        raise error
    monkeypatch.setattr(views, "rows", fail)
    monkeypatch.setattr(views, "row_id", fail)
    monkeypatch.setattr(views, "related", fail)
    monkeypatch.setattr(views, "Pager", fail)
    monkeypatch.setattr(paging.Pager, "next", fail)
    monkeypatch.setattr(type(store), "counts", fail)
    monkeypatch.setattr(type(store), "get", fail)
    return error


@pytest.fixture
def told(monkeypatch):
    """The message boxes shown: (title, text, buttons), none of them waiting for a click."""
    shown = []

    def record(box):
        shown.append((box.windowTitle(), box.text(), [b.text() for b in box.buttons()]))
        return 0
    monkeypatch.setattr(QMessageBox, "exec", record)
    return shown


def test_a_model_whose_reads_fail_raises_nothing_and_keeps_its_rows(qtbot, sample_store, monkeypatch):
    model = RecordTableModel(sample_store, "event")
    model.reset()
    rows = model.rowCount()
    assert rows > 0
    shown = model.data(model.index(0, 0))
    failed = []
    model.read_failed.connect(failed.append)
    break_reads(monkeypatch, sample_store)
    model.reset()
    assert model.rowCount() == rows and model.unreadable
    # The rows it had read still show; headers are the kind's labels, not reads.
    assert model.data(model.index(0, 0)) == shown
    assert model.headerData(0, Qt.Horizontal) == "Date"
    model.fetchMore()
    model.fetch_all()
    assert model.row_for_key("event:x") is None
    assert failed and all(isinstance(exc, StoreError) for exc in failed)


def test_the_window_keeps_its_tables_and_says_once_why(qtbot, sample_store, monkeypatch, told, language):
    window = shown_window(qtbot, sample_store, kind="event", language=language)
    tab = window.current_tab()
    rows = tab.model.rowCount()
    assert rows > 0
    headers = [tab.model.headerData(c, Qt.Horizontal) for c in range(tab.model.columnCount())]
    titles = [window.tab_widget.tabText(i) for i in range(window.tab_widget.count())]
    break_reads(monkeypatch, sample_store)
    # What the reviewer saw: another program "changed" the store, the window reads it all again and paints.
    window._changed_outside()
    window.grab()
    tab.model.set_language(window.language)      # every cell asked again, each read failing
    window.grab()
    window.show_kind("quote")                    # a tab first built now cannot read at all
    window.grab()
    qtbot.waitUntil(lambda: len(told) == 1)
    qtbot.wait(50)
    assert len(told) == 1
    title, text, buttons = told[0]
    path = str(sample_store.path)
    if language == "ar":
        assert title == "تتعذّر قراءة المخزن"
        assert text.startswith("تعذّرت قراءة المخزن") and f"{LRI}{path}{PDI}" in text
        assert "افتحه مرة أخرى" in buttons
    else:
        assert title == "The Store Cannot Be Read"
        assert strip(text) == (f"The store {path} could not be read from the disk or written to it. Check that "
                               "the disk is connected and has room, then try again.")
        assert f"{LRI}{path}{PDI}" in text and "Open Again" in buttons
    assert "disk I/O error" not in text
    # The tables stand as they were: rows, headers, tab titles.
    assert tab.model.rowCount() == rows and not tab.note.isVisible()
    assert [tab.model.headerData(c, Qt.Horizontal) for c in range(tab.model.columnCount())] == headers
    assert [window.tab_widget.tabText(i) for i in range(window.tab_widget.count())] == titles
    # The tab that could not read says so, not "none yet … open the sample store".
    quotes = window.current_tab()
    assert quotes.model.rowCount() == 0 and quotes.note.isVisible()
    note = quotes.note.text()
    assert "do:sample" not in note and "do:reopen" in note
    if language == "ar":
        assert "تتعذّر قراءة المخزن." in note and "افتح المخزن مرة أخرى" in note and "Open" not in note
    else:
        assert "The store cannot be read." in note and "Open the store again" in note
    # Nor does the status bar say the tabs show another program's changes: they could not read them.
    assert window.statusBar().currentMessage() == ""


def test_open_again_reopens_the_same_store(qtbot, sample_store, monkeypatch):
    window = shown_window(qtbot, sample_store, kind="event")
    asked = []
    window.store_requested.connect(lambda path, create: asked.append((path, create)))

    def press_open_again(box):
        for button in box.buttons():
            if button.text() == "Open Again":
                button.click()
        return 0
    monkeypatch.setattr(QMessageBox, "exec", press_open_again)
    break_reads(monkeypatch, sample_store, StoreDamagedError("store.damaged", path=str(sample_store.path),
                                                              reason="database disk image is malformed"))
    window._changed_outside()
    qtbot.waitUntil(lambda: asked == [(str(sample_store.path), False)])
