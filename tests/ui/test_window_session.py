"""The main window follows one session: the search is parsed once, a selection anywhere is shown everywhere."""
from __future__ import annotations

import pytest

from tests.ui.conftest import shown_window


@pytest.fixture
def window(qtbot, store):
    return shown_window(qtbot, store, kind="quote")


def test_a_search_is_parsed_once_for_every_tab(window, monkeypatch):
    import desktop.core.query as query_module
    import desktop.core.session as session_module
    import desktop.core.views as views_module
    import desktop.ui.models as models_module
    calls: list[str] = []
    real = query_module.parse

    def counting(text):
        calls.append(text)
        return real(text)

    for module in (session_module, views_module, models_module):
        monkeypatch.setattr(module, "parse", counting)
    window.set_search("علاوي")
    for kind in ("actor", "event", "source", "place"):
        window.show_kind(kind)
    window.show_kind("quote")
    assert calls == ["علاوي"]
    assert window.session.text == "علاوي" and window.search_text == "علاوي"


def test_a_record_selected_in_the_session_is_selected_in_its_tab_and_shown(window):
    actors = window.tab("actor")
    window.session.select(["actor:hussein-allawi"])
    assert actors.current_key() == "actor:hussein-allawi"
    assert "Allawi" in window.detail.toPlainText() or "علاوي" in window.detail.toPlainText()


def test_a_row_chosen_in_a_table_becomes_the_session_selection(window):
    tab = window.current_tab()
    tab.select_first()
    key = tab.current_key()
    assert key and window.session.focus == key and window.session.selection == (key,)


def test_back_and_forward_walk_the_session_history(window):
    window.go_to("actor:hussein-allawi")
    window.go_to("place:ain-al-asad")
    window.go_back()
    assert window.session.focus == "actor:hussein-allawi" and window.current_kind() == "actor"
    window.go_forward()
    assert window.session.focus == "place:ain-al-asad" and window.current_kind() == "place"


def test_a_deleted_record_leaves_the_session(window, qtbot):
    window.go_to("actor:hussein-allawi")
    quote = window.tab("quote")
    window.show_kind("quote")
    quote.select_first()
    key = quote.current_key()
    assert window.delete_keys([key], confirm=False)
    assert key not in window.session.selection and window.session.focus != key


def test_a_span_set_by_a_view_reaches_the_search_field_and_the_tabs(window):
    window.set_search("علاوي")
    window.session.set_span("2025-12-01", "2025-12-31")
    assert window.search_field.text() == "علاوي from:2025-12-01 to:2025-12-31"
    assert window.current_tab().query == window.search_field.text()
