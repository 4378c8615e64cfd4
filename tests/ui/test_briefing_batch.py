"""Ctrl+B on a big search adds a batch, and says plainly how many of how many, and how to add the rest.

A briefing of thousands of records takes minutes to lay out (measured in file_actions.BRIEFING_BATCH),
so the batch stays; what must not happen is dropping the rest without a word.
"""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from desktop.core.storage import Store  # noqa: E402
from desktop.ui import basket_status  # noqa: E402
from desktop.ui.bidi import strip  # noqa: E402
from desktop.ui.file_actions import BRIEFING_BATCH  # noqa: E402
from tests.ui.conftest import many_quotes, sample_records, shown_window  # noqa: E402

QUOTES = 700            # 600 of them mention «الموازنة»: more than a page of the table (500 rows)


@pytest.fixture
def budget_store(tmp_path):
    s = Store.create(tmp_path / "budget.db")
    s.put_many(sample_records() + many_quotes(QUOTES))
    yield s
    s.close()


def _found(store) -> int:
    return sum(1 for q in many_quotes(QUOTES) if "الموازنة" in q["text"])


def test_ctrl_b_on_a_big_search_says_how_many_of_how_many_and_adds_the_rest_when_pressed_again(qtbot, budget_store):
    window = shown_window(qtbot, budget_store, kind="quote")
    window.set_search("الموازنة")
    found = _found(budget_store)
    assert found == 600 and found > BRIEFING_BATCH
    window.act_add_briefing.trigger()
    assert window.basket_button.count == BRIEFING_BATCH
    said = strip(window.statusBar().currentMessage())
    assert said == "Added to the briefing: 200 of 600. Press Ctrl+B again to add the next ones."
    window.act_add_briefing.trigger()
    assert window.basket_button.count == 2 * BRIEFING_BATCH
    window.act_add_briefing.trigger()       # the last 200, beyond the table's first page of rows
    assert window.basket_button.count == found
    assert strip(window.statusBar().currentMessage()) == "Added to the briefing: 200"
    ids = basket_status.basket_ids(window)
    assert len(set(ids)) == found
    window.act_add_briefing.trigger()
    assert "already in the briefing" in window.statusBar().currentMessage()


def test_the_arabic_message_has_its_plural_and_the_chosen_digits(qtbot, budget_store, arabic):
    from desktop.ui import settings
    settings.General().set_arabic_digits(True)
    window = shown_window(qtbot, budget_store, kind="quote", language="ar")
    window.set_search("الموازنة")
    window.act_add_briefing.trigger()
    said = window.statusBar().currentMessage()
    assert strip(said) == "أُضيف إلى الإيجاز ٢٠٠ سجل من ٦٠٠. اضغط Ctrl+B مرة أخرى لإضافة التالية."
    # The count and the shortcut stay whole inside the Arabic sentence.
    assert "\u2068٦٠٠\u2069" in said and "\u2066Ctrl+B\u2069" in said


def test_a_selection_bigger_than_a_batch_is_counted_too(qtbot, budget_store):
    window = shown_window(qtbot, budget_store, kind="quote")
    window.current_tab().view.selectAll()
    selected = len(window.current_tab().selected_keys())
    window.act_add_briefing.trigger()
    assert window.basket_button.count == BRIEFING_BATCH
    assert strip(window.statusBar().currentMessage()).startswith(
        f"Added to the briefing: 200 of {selected:,}.")
