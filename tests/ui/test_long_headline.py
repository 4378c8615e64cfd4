"""A title of ten thousand characters no longer fills the detail pane: its heading is cut to about three
lines, «…» at the end it was cut, with a link («more» / «المزيد») that shows it whole and another that
cuts it again; the fields under it stay in view. In both languages."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QUrl  # noqa: E402

from desktop.ui import detail  # noqa: E402
from tests.ui.conftest import shown_window  # noqa: E402

WORDS = "عنوان طويل جدا "
TITLE = (WORDS * 700)[:10_000].strip()
KEY = "event:very-long-title"
MORE = {"en": "more", "ar": "المزيد"}
LESS = {"en": "less", "ar": "أقل"}


def _heading(document):
    block = document.begin()
    while block.isValid():
        if WORDS.strip() in block.text():
            return block
        block = block.next()
    raise AssertionError("no heading")


def _line_height(window) -> float:
    block = _heading(window.detail.document())
    return block.layout().lineAt(0).height()


@pytest.fixture
def long_title(store):
    store.put({"kind": "event", "id": KEY, "title": TITLE, "date": "2025-11-14", "status": "occurred"})
    return store


def _open(qtbot, store, language):
    w = shown_window(qtbot, store, kind="event", size=(1280, 800), language=language)
    w.show_record(KEY)
    qtbot.waitUntil(lambda: WORDS.strip() in w.detail.toPlainText(), timeout=3000)
    return w


def test_a_ten_thousand_character_title_takes_three_lines(qtbot, long_title, language):
    w = _open(qtbot, long_title, language)
    heading = _heading(w.detail.document())
    assert heading.layout().lineCount() <= 3, heading.layout().lineCount()
    rect = w.detail.document().documentLayout().blockBoundingRect(heading)
    assert rect.height() <= 3.6 * _line_height(w), rect
    text = heading.text()
    # Cut at its end, inside its isolate: «…» right after the last word kept, then the link.
    assert "…\u2069" in text
    assert text.rstrip("\u2069").endswith(MORE[language]), text[-30:]
    # What follows the heading (the date's row) shows in the pane without scrolling.
    found = w.detail.document().find("2025")
    assert not found.isNull()
    assert 0 <= w.detail.cursorRect(found).top() < w.detail.viewport().height() // 2


def test_more_shows_the_title_whole_and_less_cuts_it_again(qtbot, long_title, language):
    w = _open(qtbot, long_title, language)
    w.detail.anchorClicked.emit(QUrl(detail.HEADLINE_MORE))
    qtbot.waitUntil(lambda: TITLE in w.detail.toPlainText(), timeout=3000)
    assert _heading(w.detail.document()).text().rstrip("\u2069").endswith(LESS[language])
    w.detail.anchorClicked.emit(QUrl(detail.HEADLINE_LESS))
    qtbot.waitUntil(lambda: TITLE not in w.detail.toPlainText(), timeout=3000)
    assert _heading(w.detail.document()).layout().lineCount() <= 3


def test_a_narrower_pane_cuts_the_title_anew(qtbot, long_title):
    w = _open(qtbot, long_title, "en")
    before = len(_heading(w.detail.document()).text())
    w.splitter.setSizes([1000, 260])
    qtbot.waitUntil(lambda: len(_heading(w.detail.document()).text()) < before, timeout=3000)
    assert _heading(w.detail.document()).layout().lineCount() <= 3


def test_a_short_title_shows_whole_with_no_link(qtbot, store):
    w = shown_window(qtbot, store, kind="event", size=(1280, 800))
    w.show_record("event:ain-al-asad-handover")
    qtbot.waitUntil(lambda: "التحالف" in w.detail.toPlainText(), timeout=3000)
    assert "more" not in w.detail.toPlainText() and "…" not in _heading_of(w)


def _heading_of(w) -> str:
    block = w.detail.document().begin()
    while block.isValid():
        if block.blockFormat().headingLevel() == 2:
            return block.text()
        block = block.next()
    return ""
