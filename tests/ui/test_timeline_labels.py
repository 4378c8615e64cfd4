"""Timeline titles beside their marks: whole where the chart has room, inside the view, in both languages."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QFontMetricsF  # noqa: E402

from desktop.core.figures.scene import Label  # noqa: E402
from desktop.core.session import Session  # noqa: E402
from desktop.core.timeline_pieces import LABEL_SIZE  # noqa: E402
from desktop.ui.figures.paint import label_font, label_rect  # noqa: E402
from desktop.ui.story.timeline_view import TimelineView  # noqa: E402

ELLIPSIS = "\u2026"


def shown_titles(view) -> list[tuple[str, str, QRectF]]:
    """Each record title drawn beside a mark: (its text, what the painter shows of it, where)."""
    canvas = view.canvas
    out = []
    for item in canvas.scene().items:
        if not isinstance(item, Label) or item.size != LABEL_SIZE or item.max_width is None:
            continue
        g = view.state.geometry
        if not g.axis_bottom < item.y < g.lanes_bottom:
            continue        # the axis's years, the note under the lanes
        metrics = QFontMetricsF(label_font(item, canvas.font(), canvas.logicalDpiY()), canvas)
        text = item.text
        if metrics.horizontalAdvance(text) > item.max_width:
            text = metrics.elidedText(text, Qt.ElideRight, item.max_width)
        out.append((item.text, text, label_rect(item, metrics, text)))
    return out


@pytest.mark.parametrize("language", ["ar", "en"])
def test_titles_are_whole_and_inside_the_view_where_the_other_side_is_free(qtbot, store, language):
    # The story pane of a 1280x800 window: the sample's marks sit near both edges.
    view = TimelineView(store, Session(), language=language)
    qtbot.addWidget(view)
    view.resize(790, 270)
    view.show()
    qtbot.waitExposed(view)
    titles = shown_titles(view)
    assert len(titles) >= 7
    visible = QRectF(view.canvas.rect())
    for title, shown, rect in titles:
        # Nothing forces a cut here: a title is cut only where neither side nor a free row has room.
        assert shown == title, f"{title!r} shown as {shown!r}"
        assert visible.contains(rect), f"{title!r} at {rect} outside {visible}"
    rects = [rect for _, _, rect in titles]
    for i, a in enumerate(rects):
        assert not any(a.intersects(b) for b in rects[i + 1:])
