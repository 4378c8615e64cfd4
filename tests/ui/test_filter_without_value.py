"""`actor:` with no value is a query error, worded in the UI's language, and marks the search field."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


from desktop.ui.bidi import strip  # noqa: E402
from tests.ui.conftest import shown_window  # noqa: E402


def test_a_filter_with_no_value_is_said_and_marks_the_field(qtbot, store, language):
    window = shown_window(qtbot, store, kind="quote", language=language)
    window.set_search("actor:")
    tab = window.current_tab()
    expected = ("المرشِّح فاعل يحتاج إلى قيمة بعد النقطتين مباشرةً." if language == "ar"
                else "The filter actor needs a value right after the colon.")
    qtbot.waitUntil(lambda: expected in strip(window.status_search.text()), timeout=3000)
    assert window.search_problem and expected in strip(window.search_problem)
    assert tab.model.rowCount() == 0
    assert expected in strip(tab.note.text())
    assert "spelling" not in tab.note.text() and "الإملاء" not in tab.note.text()
    assert window.search_field.styleSheet() and window.search_warning.isVisible()
