"""What is wrong with a query is a whole sentence in the UI language, under and beside the search field:
in English it starts with a capital and ends with a full stop («The filter actor needs a value…», not
«actor: needs a value…»), in Arabic it names what it speaks of («المرشِّح فاعل يحتاج…»); what the analyst
typed stays an isolate of its own."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402

from desktop.core.errors import MESSAGES, MarsadError  # noqa: E402
from desktop.ui import error_text  # noqa: E402
from desktop.ui.bidi import FSI, PDI, strip  # noqa: E402
from tests.ui.conftest import shown_window  # noqa: E402

QUERY_CODES = sorted(code for code in MESSAGES if code.startswith("query."))

# query typed -> (the problem in the English UI, in the Arabic UI), read without the isolates
PROBLEMS = {
    "status:xyz": ("In status:xyz, “xyz” is not one of the values: occurred, announced, planned, expected.",
                   "في status:xyz ليست «xyz» من القيم: وقع، أُعلن، مخطط، متوقع."),
    "from:2025-13-40": ("In from:2025-13-40, the value is not a date. Write it as YYYY, YYYY-MM or YYYY-MM-DD.",
                        "المكتوب في from:2025-13-40 ليس تاريخًا؛ اكتب سنة، أو سنة-شهر، أو سنة-شهر-يوم."),
    "actor:": ("The filter actor needs a value right after the colon.",
               "المرشِّح فاعل يحتاج إلى قيمة بعد النقطتين مباشرةً."),
    "kind:memo": ("In kind:memo, “memo” is not a kind of record. The kinds are actor, place, source, event, quote.",
                  "في kind:memo ليس «memo» نوعًا من السجلات، والأنواع: فاعل، مكان، مصدر، حدث، اقتباس."),
}


def type_query(qtbot, window, text: str) -> None:
    field = window.search_field
    field.setFocus()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key_Return)


@pytest.mark.parametrize("typed", sorted(PROBLEMS))
def test_a_bad_query_is_a_sentence_under_the_field(qtbot, store, language, typed):
    window = shown_window(qtbot, store, kind="event", language=language)
    type_query(qtbot, window, typed)
    expected = PROBLEMS[typed][language == "ar"]
    qtbot.waitUntil(lambda: strip(window.search_problem) == expected, timeout=3000)
    note = window.current_tab().note
    assert note.isVisible() and expected in strip(note.text())
    assert window.search_warning.toolTip() == window.search_problem
    # What was typed is one isolate, never split or reordered by the sentence around it.
    shown = typed.rstrip(":") if typed.endswith(":") else typed
    if language == "ar" and typed == "actor:":
        shown = "فاعل"
    assert f"{FSI}{shown}{PDI}" in window.search_problem


def test_an_unclosed_quote_is_said_as_a_sentence(qtbot, store, language):
    start = "علامة التنصيص عند المحرف 1 غير مغلقة" if language == "ar" else "The quote at character 1 is not closed"
    window = shown_window(qtbot, store, kind="event", language=language)
    type_query(qtbot, window, '"unclosed')
    qtbot.waitUntil(lambda: start in strip(window.status_search.text()), timeout=3000)
    (note,) = window.search_notes
    assert strip(note).startswith(start) and note.endswith(".")
    assert f"{FSI}1{PDI}" in note


@pytest.mark.parametrize("code", QUERY_CODES)
def test_every_english_query_message_is_a_sentence(code):
    params = {name: ("actor" if name in ("kind", "filter") else "v1") for name in error_text.english(code)[1]}
    text = strip(error_text.reason(MarsadError(code, **params)))
    assert text[0].isupper() and text.endswith("."), text
    assert not text.startswith("actor"), text
