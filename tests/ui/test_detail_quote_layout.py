"""Someone's words in the detail pane read as a paragraph of their script: a wrapped Arabic quote in the
English pane starts each line on the right and ends with its closing mark; in a list of quotes the mark,
the dash and the speaker follow the words; a wrapped value keeps clear of the pane's end edge."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.ui.conftest import shown_window  # noqa: E402

WORDS = "قاعدة عين الأسد ستشهد انسحابا كاملا"
EVENT_TITLE = "تسلم القوات العراقية مقر التحالف الدولي"


def _blocks(document, text: str):
    block = document.begin()
    while block.isValid():
        if text in block.text():
            yield block
        block = block.next()


def _lines(block):
    layout = block.layout()
    return [layout.lineAt(i) for i in range(layout.lineCount())]


def _x(block, position: int) -> tuple[int, float]:
    line = block.layout().lineForTextPosition(position)
    return line.lineNumber(), line.cursorToX(position)[0]


def test_a_wrapped_arabic_quote_heading_reads_right_to_left(qtbot, store):
    w = shown_window(qtbot, store, kind="quote", size=(1280, 800))
    assert w.current_tab().select_key("quote:muhammadawi-1")
    qtbot.waitUntil(lambda: WORDS in w.detail.toPlainText(), timeout=3000)
    heading = next(_blocks(w.detail.document(), WORDS))
    lines = _lines(heading)
    assert len(lines) >= 2, heading.text()
    # Every line starts on the right, where the Arabic is read from; not flush left and ragged.
    rights = {round(line.naturalTextRect().right()) for line in lines}
    assert max(rights) - min(rights) <= 1, rights
    lefts = [line.naturalTextRect().left() for line in lines]
    assert lefts[-1] > lefts[0] + 20, lefts
    # The closing mark ends the last line, on its left.
    line, x = _x(heading, heading.text().rindex("»"))
    assert line == len(lines) - 1
    assert x - lefts[-1] <= 12, (x, lefts)


def test_a_wrapped_quote_in_a_list_keeps_its_marks_around_its_words(qtbot, store):
    w = shown_window(qtbot, store, kind="event", size=(1280, 800))
    assert w.current_tab().select_key("event:ain-al-asad-handover")
    qtbot.waitUntil(lambda: "December" in w.detail.toPlainText(), timeout=3000)
    items = [b for b in _blocks(w.detail.document(), "—") if b.textList() is not None]
    assert len(items) == 2
    for item in items:
        text = item.text()
        close, dash = text.index("»"), text.index("—")
        assert len(_lines(item)) >= 2, text
        # Read right to left: the quote's last word, its closing mark, the dash, the speaker.
        last_word = _x(item, close - 2)
        mark, dash_at, speaker = _x(item, close), _x(item, dash), _x(item, dash + 3)
        assert last_word[0] == dash_at[0], text
        assert last_word[1] > dash_at[1] > speaker[1], (text, last_word, mark, dash_at, speaker)
        # and the opening mark begins the first line, on its right
        first = _lines(item)[0]
        assert _x(item, text.index("«") + 1)[1] >= first.naturalTextRect().right() - 12


def test_a_wrapped_link_keeps_clear_of_the_end_edge(qtbot, store):
    w = shown_window(qtbot, store, kind="quote", size=(1280, 800))
    assert w.current_tab().select_key("quote:muhammadawi-1")
    qtbot.waitUntil(lambda: EVENT_TITLE in w.detail.toPlainText(), timeout=3000)
    document = w.detail.document()
    block = next(b for b in _blocks(document, EVENT_TITLE) if b.textList() is None and "«" not in b.text())
    lines = _lines(block)
    assert len(lines) >= 2
    at = document.documentLayout().blockBoundingRect(block)
    end = document.textWidth() - document.documentMargin()
    for line in lines:
        assert at.x() + line.naturalTextRect().right() <= end - 6, (at, line.naturalTextRect(), end)


def _ink_beside(view, block) -> tuple[bool, bool]:
    """Whether anything is drawn left of, and right of, the first line of `block` at its middle height:
    where the pane puts an item's bullet."""
    view.verticalScrollBar().setValue(0)
    layout = block.layout()
    line = layout.lineAt(0)
    text = line.naturalTextRect().translated(layout.position())
    image = view.viewport().grab().toImage()
    y = round(text.center().y())
    assert 0 <= y < image.height(), (y, image.height())
    background = image.pixelColor(1, y).lightness()

    def inked(xs) -> bool:
        return any(abs(image.pixelColor(x, y).lightness() - background) > 60 for x in xs)
    return inked(range(2, round(text.left()) - 1)), inked(range(round(text.right()) + 2, image.width() - 2))


def test_an_arabic_quote_in_the_english_list_has_its_bullet_on_the_left(qtbot, store):
    w = shown_window(qtbot, store, kind="actor", size=(1280, 800))
    assert w.current_tab().select_key("actor:hussein-allawi")
    qtbot.waitUntil(lambda: "December" in w.detail.toPlainText(), timeout=3000)
    items = [b for b in _blocks(w.detail.document(), "«") if b.textList() is not None]
    assert len(items) >= 2
    for item in items:
        left, right = _ink_beside(w.detail, item)
        assert left and not right, item.text()
        # The words still read right to left: the opening mark ends the first line on its right.
        first = _lines(item)[0]
        assert _x(item, item.text().index("«") + 1)[1] >= first.naturalTextRect().right() - 12, item.text()
