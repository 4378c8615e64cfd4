"""The dates in the detail pane: whole on one line however a long quote wraps, in the user's digits."""
from __future__ import annotations

import pytest

from desktop.ui import settings
from desktop.ui.app import install_language
from tests.ui.conftest import shown_window


@pytest.fixture
def english_after(qapp):
    yield qapp
    install_language(qapp, "en")


def _list_blocks(document):
    block = document.begin()
    while block.isValid():
        if block.textList() is not None:
            yield block
        block = block.next()


def _where(layout, position: int) -> tuple[int, float]:
    line = layout.lineForTextPosition(position)
    return line.lineNumber(), line.cursorToX(position)[0]


def _date_reads_whole(block, words: tuple[str, ...]) -> None:
    """The date's words (and the brackets around it) on one line, left to right, inside the brackets.

    Each word is placed after its first letter: at a run's edge a cursor may stand at either side.
    An Arabic quote's item runs right to left, so its opening bracket is the one on the right."""
    text = block.text()
    layout = block.layout()
    open_at = text.rindex("(")
    words_at = [_where(layout, text.index(word, open_at) + 1) for word in words]
    brackets = [_where(layout, open_at), _where(layout, text.rindex(")"))]
    assert len({line for line, _ in words_at + brackets}) == 1, (text, words_at, brackets)
    xs = [x for _, x in words_at]
    assert xs == sorted(xs), (text, words_at)
    low, high = sorted(x for _, x in brackets)
    assert low <= xs[0] - 1 and xs[-1] < high, (text, words_at, brackets)


def test_a_wrapped_quote_keeps_its_date_whole_and_in_order(qtbot, store):
    """A long Arabic quote in the English pane wrapped inside its date: «(31» at the end of one
    line, «December 2025)» on the next, the bracket turned."""
    w = shown_window(qtbot, store, kind="event", size=(1280, 800))
    assert w.current_tab().select_key("event:ain-al-asad-handover")
    document = w.detail.document()
    default = document.textWidth()
    quotes = [b for b in _list_blocks(document) if "December" in b.text()]
    assert len(quotes) == 2
    # The pane's default width, then narrower ones: each wraps the quotes at another word.
    for width in [default] + list(range(int(default) - 2, int(default) - 200, -3)):
        document.setTextWidth(width)
        for block in _list_blocks(document):
            if "December" in block.text():
                _date_reads_whole(block, ("31", "December", "2025"))


def test_the_pane_writes_dates_in_the_digits_chosen(english_after, qtbot, store):
    install_language(english_after, "ar")
    settings.General().set_arabic_digits(True)
    w = shown_window(qtbot, store, kind="event", language="ar")
    assert w.current_tab().select_key("event:ain-al-asad-handover")
    text = w.detail.toPlainText()
    assert "نحو يناير ٢٠٢٦" in text
    dated = [b.text() for b in _list_blocks(w.detail.document())]
    assert len(dated) == 2
    for item in dated:
        # the quote is the speaker's words (record text, as written); the date is the pane's
        assert "(\u2068٣١\u00a0ديسمبر\u00a0٢٠٢٥\u2069)" in item


def test_western_digits_stay_western(english_after, qtbot, store):
    install_language(english_after, "ar")
    w = shown_window(qtbot, store, kind="event", language="ar")
    assert w.current_tab().select_key("event:ain-al-asad-handover")
    assert "نحو يناير 2026" in w.detail.toPlainText()
