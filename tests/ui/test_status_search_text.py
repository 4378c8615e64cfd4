"""The status bar quotes what the analyst typed as written: its labels are plain text (a query
or a path holding markup is never rendered as rich text), and the «type more» hint isolates the
fragment it quotes, as every other message quoting record or user text does."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402

from desktop.ui.bidi import FSI, PDI  # noqa: E402
from tests.ui.conftest import shown_window  # noqa: E402


def test_the_status_labels_are_plain_text(qtbot, store):
    window = shown_window(qtbot, store, kind="event", language="ar")
    for label in (window.status_path, window.status_counts, window.status_search):
        assert label.textFormat() == Qt.PlainText
    window.status_search.setText("<b>علاوي</b>")
    assert window.status_search.text() == "<b>علاوي</b>"


def test_the_type_more_hint_isolates_the_fragment(qtbot, store):
    window = shown_window(qtbot, store, kind="event", language="ar")
    window.search_field.setText("عل")
    window.search_as_typed()
    assert FSI + "عل" + PDI in window.status_search.text()
    window.search_field.setText("")


def test_a_search_that_finds_nothing_quotes_the_query_in_the_status_bar(qtbot, store, language):
    from desktop.ui.bidi import LRI, strip
    window = shown_window(qtbot, store, kind="quote", language=language)
    window.set_search("قرنبيط 2024-05")
    said = window.status_search.text()
    # Isolated, its date kept whole as typed, as the empty tab's note quotes it.
    assert FSI + "قرنبيط " + LRI + "2024-05" + PDI + PDI in said
    expected = {"ar": "لا شيء يطابق «قرنبيط 2024-05» في ", "en": "Nothing matches “قرنبيط 2024-05” in "}
    assert strip(said).startswith(expected[language])


def test_a_search_that_finds_something_still_counts_it(qtbot, store):
    window = shown_window(qtbot, store, kind="quote")
    window.set_search("علاوي")
    assert window.status_search.text().split(" in ")[0].endswith(" found")
