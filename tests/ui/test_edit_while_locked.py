"""An edit, undo or redo that meets another program's write lock: a short wait, a message, the stack unchanged."""
from __future__ import annotations

import os
import sqlite3
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from desktop.core.errors import StoreBusyError  # noqa: E402
from desktop.ui.app import GUI_LOCK_WAIT_MS  # noqa: E402
from desktop.ui.commands import PutCommand  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402


@pytest.fixture
def window(qtbot, sample_store, monkeypatch):
    sample_store.wait_for_locks(GUI_LOCK_WAIT_MS)
    w = MainWindow(sample_store, "en")
    qtbot.addWidget(w)
    w.errors = []
    monkeypatch.setattr(w, "_error", lambda exc: w.errors.append(exc))
    return w


@pytest.fixture
def lock(sample_store):
    """Another program in the middle of a write."""
    other = sqlite3.connect(sample_store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    yield other
    other.rollback() if other.in_transaction else None
    other.close()


def edit(window, store):
    rec = store.get("actor:hussein-allawi")
    rec["description"] = "وصف جديد"
    return PutCommand(store, rec, window.changes)


def test_an_edit_that_cannot_get_the_lock_fails_soon_and_leaves_no_undo_step(window, sample_store, lock):
    started = time.monotonic()
    assert not window.push(edit(window, sample_store))
    assert time.monotonic() - started < GUI_LOCK_WAIT_MS / 1000 + 1.5
    assert isinstance(window.errors[0], StoreBusyError)
    assert window.undo_stack.count() == 0 and not window.act_undo.isEnabled()
    lock.rollback()
    assert sample_store.get("actor:hussein-allawi").get("description") != "وصف جديد"


def test_an_undo_that_cannot_get_the_lock_leaves_the_stack_where_it_was(window, sample_store):
    assert window.push(edit(window, sample_store))
    other = sqlite3.connect(sample_store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        assert not window.undo()
        assert isinstance(window.errors[0], StoreBusyError)
        assert window.undo_stack.index() == 1 and window.act_undo.isEnabled()
    finally:
        other.rollback()
        other.close()
    window.act_undo.trigger()          # the menu's Undo, through the window
    assert window.undo_stack.index() == 0
    assert sample_store.get("actor:hussein-allawi").get("description") != "وصف جديد"
    window.act_redo.trigger()
    assert sample_store.get("actor:hussein-allawi")["description"] == "وصف جديد"
