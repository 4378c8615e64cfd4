"""The undo history of the open store survives a language switch; another store starts a fresh one."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
import shiboken6  # noqa: E402
from PySide6.QtCore import QCoreApplication, QEvent, Qt  # noqa: E402

from desktop.core.storage import Store  # noqa: E402
from desktop.ui.app import RunningApp, install_language  # noqa: E402
from desktop.ui.dialogs.record_editor import RecordEditor  # noqa: E402

KEY = "event:coalition-founded"
BEFORE = "إنشاء التحالف الدولي بقيادة واشنطن لمكافحة داعش"
AFTER = "إنشاء التحالف الدولي لمكافحة داعش"


@pytest.fixture
def english_after(qapp):
    yield qapp
    install_language(qapp, "en")


@pytest.fixture
def retitled(monkeypatch):
    """The record form, its title changed and saved as the analyst would."""
    def exec_(self):
        self.fields["title"].setPlainText(AFTER)
        return True
    monkeypatch.setattr(RecordEditor, "exec", exec_)


def _deleted_windows_gone() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


def _row_texts(window, key: str) -> list[str]:
    """What the events table shows on the record's row."""
    model = window.tab("event").model
    row = model.row_for_key(key)
    assert row is not None
    return [model.index(row, c).data(Qt.DisplayRole) for c in range(model.columnCount())]


def test_undo_and_redo_survive_a_language_switch_but_not_a_store_switch(english_after, qtbot, store,
                                                                        retitled, tmp_path):
    session = RunningApp(english_after, store, "ar")
    arabic = session.window
    arabic.show_kind("event")
    arabic.edit_record(KEY)
    assert store.get(KEY)["title"] == AFTER
    assert arabic.act_undo.isEnabled()
    made = arabic.undo_stack.undoText()
    assert made.startswith("تعديل")

    session.switch_language("en")
    english = session.window
    assert english is not arabic and not english.isRightToLeft()
    _deleted_windows_gone()
    assert not shiboken6.isValid(arabic)
    # The English window's Undo offers the edit made in Arabic (its text as it was made).
    assert english.act_undo.isEnabled() and not english.act_redo.isEnabled()
    assert english.act_undo.text().replace("&", "") == "Undo " + made

    english.act_undo.trigger()
    assert store.get(KEY)["title"] == BEFORE
    assert BEFORE in _row_texts(english, KEY)
    assert english.act_redo.isEnabled() and not english.act_undo.isEnabled()

    english.act_redo.trigger()
    assert store.get(KEY)["title"] == AFTER
    assert AFTER in _row_texts(english, KEY)
    assert AFTER in english.detail.toPlainText()
    assert english.act_undo.isEnabled()

    other = tmp_path / "other.db"
    Store.create(other).close()
    session.switch_store(str(other), False)
    fresh = session.window
    qtbot.addWidget(fresh)
    _deleted_windows_gone()
    assert not shiboken6.isValid(english)
    assert not fresh.act_undo.isEnabled() and not fresh.act_redo.isEnabled()
    assert fresh.undo_stack.count() == 0
    session.store.close()
