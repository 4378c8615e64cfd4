"""A tab with no record chosen shows none in the detail pane: not the record chosen on another tab."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.ui.conftest import shown_window  # noqa: E402

WORDS = "قاعدة عين الأسد"


def test_a_tab_with_nothing_chosen_shows_nothing(qtbot, store, language):
    w = shown_window(qtbot, store, kind="quote", language=language)
    assert w.current_tab().select_key("quote:muhammadawi-1")
    qtbot.waitUntil(lambda: WORDS in w.detail.toPlainText(), timeout=3000)
    w.show_kind("actor")
    assert w.current_tab().current_key() is None
    assert w.detail.toPlainText() == ""
    assert w.detail.placeholderText() == w.tr("Select a record to see it whole.")
    assert w.detail_title.text() == w.tr("Details")
    if language == "ar":
        assert w.detail.placeholderText() == "اختر سجلًا لعرضه كاملًا."
    w.show_kind("quote")            # back on the tab whose record it is: shown again
    qtbot.waitUntil(lambda: WORDS in w.detail.toPlainText(), timeout=3000)
