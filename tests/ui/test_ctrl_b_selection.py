"""Ctrl+B while searching adds the rows the analyst selected, one included, as Export Selected Records
writes them; the search's rows only when none was picked (the first row a search selects by itself, to
show it in the pane, is not a pick). The status bar says how many went in."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.ui import basket_status  # noqa: E402
from desktop.ui.bidi import strip  # noqa: E402
from tests.ui.conftest import shown_window  # noqa: E402
from tests.ui.test_export_selected_rows import file_menu_entry  # noqa: E402
from tests.ui.test_export_selection import click_rows  # noqa: E402


def _searched(qtbot, store):
    window = shown_window(qtbot, store, kind="quote")
    window.set_search("علاوي")
    assert window.current_tab().model.rowCount() > 2
    return window


def test_one_picked_row_of_a_search_is_what_ctrl_b_adds(qtbot, store):
    window = _searched(qtbot, store)
    (picked,) = click_rows(qtbot, window.current_tab(), [2])
    window.act_add_briefing.trigger()
    assert basket_status.basket_ids(window) == [picked]
    assert strip(window.statusBar().currentMessage()) == "Added to the briefing: 1"
    # The same rows Export Selected Records offers.
    assert file_menu_entry(window).text() == "Export 1 Selected Record…"


def test_a_click_on_the_row_the_search_selected_picks_it(qtbot, store):
    window = _searched(qtbot, store)
    tab = window.current_tab()
    first = tab.current_key()
    assert first == tab.model.key_at(0)
    click_rows(qtbot, tab, [0])
    window.act_add_briefing.trigger()
    assert basket_status.basket_ids(window) == [first]


def test_nothing_picked_adds_every_hit_and_offers_no_selection_to_export(qtbot, store):
    window = _searched(qtbot, store)
    tab = window.current_tab()
    hits = [tab.model.key_at(r) for r in range(tab.model.rowCount())]
    assert not file_menu_entry(window).isVisible()
    window.act_add_briefing.trigger()
    assert basket_status.basket_ids(window) == hits
    assert strip(window.statusBar().currentMessage()) == f"Added to the briefing: {len(hits)}"


def test_the_arabic_message_counts_the_one_row(qtbot, store, arabic):
    window = shown_window(qtbot, store, kind="quote", language="ar")
    window.set_search("علاوي")
    click_rows(qtbot, window.current_tab(), [1])
    window.act_add_briefing.trigger()
    assert len(basket_status.basket_ids(window)) == 1
    assert strip(window.statusBar().currentMessage()) == "أُضيف سجل واحد إلى الإيجاز"
