"""A record whose creation is undone leaves the briefing's count and the detail pane; Redo selects it again."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from desktop.ui.dialogs.record_editor import RecordEditor  # noqa: E402
from tests.ui.conftest import shown_window  # noqa: E402

TITLE = "اجتماع الحوار الوطني في بغداد"


@pytest.fixture
def new_event_form(monkeypatch):
    """The form for a new record, filled in and saved as the analyst would."""
    def exec_(self):
        self.fields["title"].setPlainText(TITLE)
        return True
    monkeypatch.setattr(RecordEditor, "exec", exec_)


def _shown_rows(tab) -> list[str]:
    return [tab.model.key_at(i.row()) for i in tab.view.selectionModel().selectedRows()]


@pytest.mark.parametrize("language", ["en", "ar"])
def test_undoing_a_new_record_in_the_briefing_then_redoing_it(qtbot, store, new_event_form, language):
    window = shown_window(qtbot, store, kind="event", language=language)
    window.new_record("event")
    tab = window.current_tab()
    key = window.session.focus
    assert store.get(key)["title"] == TITLE and _shown_rows(tab) == [key]
    window.act_add_briefing.trigger()
    assert window.basket_button.count == 1
    tab.view.setFocus()

    window.act_undo.trigger()
    assert store.get(key) is None
    # The briefing counts what it will hold; the pane shows its placeholder under its own header.
    assert window.basket_button.count == 0
    assert window.detail.toPlainText() == "" and window.detail_title.text() == window.tr("Details")
    assert window.session.focus is None

    window.act_redo.trigger()
    assert window.basket_button.count == 1
    assert tab.current_key() == key and _shown_rows(tab) == [key]
    assert TITLE in window.detail.toPlainText()
    assert window.detail_title.text() != window.tr("Details")


def test_a_row_current_but_not_selected_is_highlighted_when_shown(qtbot, store):
    """The table takes the keyboard while its records are read again: Qt makes a row current without
    selecting it. The record the pane shows is the one highlighted."""
    window = shown_window(qtbot, store, kind="event")
    tab = window.current_tab()
    window.session.clear_selection()
    model = tab.view.selectionModel()
    model.blockSignals(True)     # as while the tab reads its rows again
    model.setCurrentIndex(tab.model.index(2, 0), model.SelectionFlag.NoUpdate)
    model.clearSelection()
    model.blockSignals(False)
    assert tab.current_key() == tab.model.key_at(2) and not model.hasSelection()
    window.show_record(tab.model.key_at(2))
    assert _shown_rows(tab) == [tab.model.key_at(2)]
