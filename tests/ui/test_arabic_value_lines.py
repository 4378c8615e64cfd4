"""A wrapped Arabic value in the English detail pane keeps one alignment on all its lines: the title and a
row's value (a summary, a source's title) start every line on the right, where Arabic is read from, in a
box on the pane's left; before, every line was flush left, so a full first line looked set on the right
and the next began on the left. The headline is still cut only when it takes more than its lines."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.ui.conftest import shown_window  # noqa: E402

EVENT = "event:ain-al-asad-handover"
TITLE = "تسلم القوات العراقية مقر التحالف الدولي في قاعدة عين الأسد غرب محافظة الأنبار"
SUMMARY = "بحسب التصريحات، خلال الأيام التالية لـ31 ديسمبر 2025، دون تحديد تاريخ وبعد انتهاء مهمة التحالف"


def _block(document, start: str):
    block = document.begin()
    while block.isValid():
        if block.text().lstrip("\u2068").startswith(start):
            return block
        block = block.next()
    raise AssertionError(start)


def _edges(block) -> tuple[list[int], list[int]]:
    layout = block.layout()
    lines = [layout.lineAt(i).naturalTextRect() for i in range(layout.lineCount())]
    return [round(r.left()) for r in lines], [round(r.right()) for r in lines]


def _narrow_pane(qtbot, store, language: str = "en"):
    rec = store.get(EVENT)
    store.put(dict(rec, title=TITLE, summary=SUMMARY))
    window = shown_window(qtbot, store, kind="event", size=(1000, 700), language=language)
    assert window.current_tab().select_key(EVENT)
    qtbot.waitUntil(lambda: "Date" in window.detail.toPlainText() or "التاريخ" in window.detail.toPlainText(),
                    timeout=3000)
    return window


def test_a_wrapped_arabic_title_and_value_start_every_line_on_the_right(qtbot, store):
    window = _narrow_pane(qtbot, store)
    document = window.detail.document()
    for start in (TITLE[:10], SUMMARY[:10]):
        block = _block(document, start)
        lefts, rights = _edges(block)
        assert len(rights) >= 2, block.text()
        # Flush right, ragged left (flush left, a shorter line ended short of the right edge).
        assert max(rights) - min(rights) <= 1, (start, lefts, rights)
    # The whole title shows: set in its box it is measured as the lines it takes, no «more».
    assert "more" not in window.detail.toPlainText()
    assert TITLE in window.detail.toPlainText()


def test_the_heading_after_the_fields_keeps_the_english_side(qtbot, store):
    window = _narrow_pane(qtbot, store)
    document = window.detail.document()
    block = _block(document, "Quotes")
    at = document.documentLayout().blockBoundingRect(block)
    assert at.x() + block.layout().lineAt(0).naturalTextRect().left() < 20


def test_the_arabic_pane_sets_its_arabic_values_as_before(qtbot, store, arabic):
    window = _narrow_pane(qtbot, store, "ar")
    block = _block(window.detail.document(), SUMMARY[:10])
    lefts, rights = _edges(block)
    assert len(rights) >= 2 and max(rights) - min(rights) <= 1, (lefts, rights)


def test_an_english_speaker_stays_whole_after_a_wrapped_arabic_quote(qtbot, store):
    window = _narrow_pane(qtbot, store)
    block = next(b for b in _blocks(window.detail.document()) if "Muhammadawi" in b.text())
    text, layout = block.text(), block.layout()
    assert layout.lineCount() >= 2, text
    lines = {layout.lineForTextPosition(text.index(word)).lineNumber() for word in ("Qais", "Muhammadawi")}
    assert len(lines) == 1, text


def _blocks(document):
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()
