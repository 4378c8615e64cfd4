"""Extraction notes in the detail pane: each «…» run reads whole, with its marks around it, between the
English words around it, in the English pane and the Arabic one; the stored note keeps no mark."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.ui.conftest import shown_window  # noqa: E402

NOTE = "quote; speaker subject of «كان … قد أكد»: «رئيس الوزراء» (seen earlier)"


def _note_block(window):
    block = window.detail.document().begin()
    while block.isValid():
        if "seen" in block.text():
            return block
        block = block.next()
    raise AssertionError(window.detail.toPlainText())


def _xs(block, words: list[str]) -> list[float]:
    """Where each word stands on the line: after its first letter, away from a run's edge, where a
    cursor between two directions could be drawn at either side."""
    text, layout = block.text(), block.layout()
    out = []
    for word in words:
        at = text.index(word) + 1
        line = layout.lineForTextPosition(at)
        assert line.lineNumber() == 0, (word, text)
        out.append(line.cursorToX(at)[0])
    return out


def test_quoted_runs_in_a_note_read_in_order(qtbot, store, language):
    store.put({"kind": "actor", "id": "actor:noted", "name": "رئيس", "notes": NOTE})
    window = shown_window(qtbot, store, kind="actor", size=(1400, 800), language=language)
    assert window.current_tab().select_key("actor:noted")
    qtbot.waitUntil(lambda: "seen" in window.detail.toPlainText(), timeout=3000)
    block = _note_block(window)
    # In reading order: the English words, the first quotation (كان first), the colon, the second.
    reading = ["of", "كان", "أكد", ":", "رئيس", "الوزراء", "seen"]
    xs = _xs(block, reading)
    assert xs[1] > xs[2] and xs[4] > xs[5], "the Arabic words of a quotation run right to left"
    outside = [xs[0], xs[1], xs[3], xs[4], xs[6]]
    if language == "en":
        outside = [xs[0], max(xs[1:3]), xs[3], max(xs[4:6]), xs[6]]
        assert outside == sorted(outside), (block.text(), list(zip(reading, xs)))
    else:
        # English words read left to right inside the right-to-left line.
        assert _xs(block, ["quote", "speaker", "of"]) == sorted(_xs(block, ["quote", "speaker", "of"]))
        outside = [xs[0], min(xs[1:3]), xs[3], min(xs[4:6]), xs[6]]
        assert outside == sorted(outside, reverse=True), (block.text(), list(zip(reading, xs)))
    assert store.get("actor:noted")["notes"] == NOTE


LONG_NOTE = ("quote; speaker after the reporting verb «قال»: «مدير عام صحة كربلاء صباح الموسوي» (seen earlier in "
             "the article)")


def test_a_quoted_run_is_never_cut_by_the_end_of_a_line(qtbot, store, language):
    # A note that wraps in a narrow pane: Qt, breaking a line inside a run's isolate, drew the next run
    # before the first one («مدير عام … صباح» left of «قال» in the English pane). A short run stays whole.
    store.put({"kind": "actor", "id": "actor:noted", "name": "رئيس", "notes": LONG_NOTE})
    window = shown_window(qtbot, store, kind="actor", size=(900, 700), language=language)
    window.detail.setFixedWidth(420)
    assert window.current_tab().select_key("actor:noted")
    qtbot.waitUntil(lambda: "seen" in window.detail.toPlainText(), timeout=3000)
    block = _note_block(window)
    text, layout = block.text(), block.layout()
    lines = {layout.lineForTextPosition(text.index(word) + 1).lineNumber() for word in ("مدير", "كربلاء", "الموسوي")}
    assert layout.lineCount() > 1, "the note wraps"
    assert len(lines) == 1, text
