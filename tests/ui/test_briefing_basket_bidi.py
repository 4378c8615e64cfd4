"""The composer's list of records: in the English UI each row starts on the left with its kind, the Arabic
title isolated after it, cut at its own end with its «…» there (not a bare «…» beside the title's start)."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QTextLayout, QTextOption  # noqa: E402
from PySide6.QtWidgets import QStyleOptionViewItem  # noqa: E402

from desktop.ui import briefing  # noqa: E402
from desktop.ui.bidi import FSI, PDI, RLM  # noqa: E402
from tests.ui.conftest import sample_records  # noqa: E402

LONG_EVENT = "event:ain-al-asad-handover"


def laid_out(text: str, font, direction) -> QTextLayout:
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    layout.createLine().setLineWidth(100_000)
    layout.endLayout()
    return layout


def glyph_x(layout: QTextLayout, position: int) -> float:
    """Where the character at `position` is drawn (the left of its glyphs)."""
    return min(point.x() for run in layout.glyphRuns(position, 1) for point in run.positions())


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_cut_arabic_title_keeps_its_row_in_the_ui_direction(request, qtbot, store, language):
    if language == "ar":
        request.getfixturevalue("arabic")
    events = [r["id"] for r in sample_records() if r["kind"] == "event"]
    composer = briefing.BriefingComposer(store, language)
    qtbot.addWidget(composer)
    composer.add_ids(events)
    composer.resize(1000, 700)
    composer.show()
    qtbot.waitExposed(composer)
    view = composer.basket_panel.view
    direction = Qt.RightToLeft if language == "ar" else Qt.LeftToRight
    assert view.layoutDirection() == direction
    kind = "Event" if language == "en" else "حدث"
    cut = 0
    for row in range(view.model().rowCount()):
        index = view.model().index(row, 0)
        option = QStyleOptionViewItem()
        view.itemDelegate().initStyleOption(option, index)
        option.rect = view.visualRect(index)
        option.widget = view
        shown = view.itemDelegate().shown_text(option, index)
        # The kind first, the title isolated after it, the whole inside the row.
        assert shown.startswith(kind + ": " + FSI) and shown.endswith(PDI), shown
        assert option.fontMetrics.horizontalAdvance(shown) <= option.rect.width()
        layout = laid_out(shown, option.font, direction)
        line = layout.lineAt(0)
        kind_x = line.cursorToX(0)[0]
        assert kind_x == pytest.approx(0, abs=1) if language == "en" else kind_x == pytest.approx(line.naturalTextWidth(), abs=1)
        if "…" not in shown:
            continue
        cut += 1
        assert shown.endswith("…" + RLM + PDI)       # the mark inside the isolate, not after it
        # Drawn at the title's cut end (the left of an Arabic title), not beside its start; in English that
        # is between the kind and the title.
        mark_x = glyph_x(layout, shown.index("…"))
        assert mark_x < glyph_x(layout, shown.index(FSI) + 1)      # left of the title's first letter
        if language == "en":
            assert mark_x > glyph_x(layout, len(kind))            # right of «Event:»
    assert cut, "no title long enough to be cut"
