"""The detail pane follows the table: a search that leaves no row leaves nothing shown, the placeholder."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from tests.ui.conftest import shown_window  # noqa: E402


@pytest.mark.parametrize("query", ["علاوي", "status:nonsense", "zzzzqqq"])
def test_no_row_left_shows_no_record(qtbot, store, language, query):
    window = shown_window(qtbot, store, kind="place", language=language)
    tab = window.current_tab()
    tab.select_first()
    qtbot.waitUntil(lambda: "العراق" in window.detail.toPlainText() or "سوريا" in window.detail.toPlainText(),
                    timeout=3000)
    window.set_search(query)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0, timeout=3000)
    assert window.detail.toPlainText() == ""
    assert window.detail.placeholderText() == window.tr("Select a record to see it whole.")
    assert tab.current_key() is None
