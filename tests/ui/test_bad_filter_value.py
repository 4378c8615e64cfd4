"""A bad filter value is quoted as the user typed it («status:nonsense»), in a first-strong isolate."""
from __future__ import annotations

import html
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from desktop.ui.bidi import FSI, LRI, PDI  # noqa: E402
from tests.ui.conftest import shown_window  # noqa: E402


@pytest.mark.parametrize("typed", ["status:nonsense", "حالة:كذا"])
def test_the_status_bar_and_the_note_quote_the_filter_as_typed(qtbot, store, language, typed):
    window = shown_window(qtbot, store, kind="event", language=language)
    window.set_search(typed)
    tab = window.current_tab()
    qtbot.waitUntil(lambda: typed in window.status_search.text(), timeout=3000)
    assert FSI + typed + PDI in window.status_search.text()
    assert LRI not in window.status_search.text()
    assert FSI + html.escape(typed) + PDI in tab.note.text()
