"""The link chart in the story pane of a 1280x800 window: fitted to the pane, labels readable and apart."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QFontInfo, QFontMetricsF  # noqa: E402

from desktop.core.figures.scene import Dot, Label, Line  # noqa: E402
from desktop.ui.figures.paint import label_font, label_rect  # noqa: E402
from desktop.ui.story.link_chart import LinkChartView  # noqa: E402
from tests.ui.conftest import shown_window  # noqa: E402


def chart_in_window(qtbot, store, language):
    window = shown_window(qtbot, store, kind="actor", size=(1280, 800), language=language)
    window.go_to("actor:hussein-allawi")
    window.show_view("links")
    view = window.findChild(LinkChartView)
    qtbot.waitUntil(lambda: view.isVisible() and view.canvas.scene() is not None and len(view.chart.state.nodes) > 3)
    return window, view


def label_rects(view) -> list[tuple[Label, QRectF]]:
    canvas = view.canvas
    out = []
    for item in canvas.scene().items:
        if isinstance(item, Label):
            metrics = QFontMetricsF(label_font(item, canvas.font(), canvas.logicalDpiY()), canvas)
            text = item.text
            if item.max_width is not None and metrics.horizontalAdvance(text) > item.max_width:
                text = metrics.elidedText(text, Qt.ElideRight, item.max_width)
            out.append((item, label_rect(item, metrics, text)))
    return out


def drawn_rect(view) -> QRectF:
    rect = QRectF()
    for item in view.canvas.scene().items:
        if isinstance(item, Dot):
            rect = rect.united(QRectF(item.x - item.r, item.y - item.r, 2 * item.r, 2 * item.r))
        elif isinstance(item, Line):
            xs, ys = [p[0] for p in item.points], [p[1] for p in item.points]
            rect = rect.united(QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)))
    for _, r in label_rects(view):
        rect = rect.united(r)
    return rect


@pytest.mark.parametrize("language", ["ar", "en"])
def test_the_chart_fills_its_pane_with_readable_labels_apart(qtbot, store, language):
    window, view = chart_in_window(qtbot, store, language)
    pane = QRectF(view.canvas.rect())
    drawn = drawn_rect(view)
    assert drawn.width() >= 0.7 * pane.width() and drawn.height() >= 0.7 * pane.height(), (drawn, pane)
    assert pane.adjusted(-1, -1, 1, 1).contains(drawn)
    labels = label_rects(view)
    ui_size = QFontInfo(view.canvas.font()).pixelSize()
    assert len(labels) >= 6
    for label, _ in labels:
        assert label.size >= ui_size
    for i, (a, ra) in enumerate(labels):
        for b, rb in labels[i + 1:]:
            assert not ra.intersects(rb), (a.text, b.text)
    # Nor does a label lie over a node other than its own.
    for label, r in labels:
        for dot in (item for item in view.canvas.scene().items if isinstance(item, Dot) and item.key):
            assert not r.intersects(QRectF(dot.x - dot.r, dot.y - dot.r, 2 * dot.r, 2 * dot.r)), label.text


def test_a_resize_fits_again_until_the_analyst_zooms(qtbot, store):
    window, view = chart_in_window(qtbot, store, "en")
    first = view.viewport
    window.resize(1280, 1000)
    qtbot.waitUntil(lambda: view.viewport != first)
    pane = QRectF(view.canvas.rect())
    assert drawn_rect(view).height() >= 0.7 * pane.height()
    view._zoomed(1.5, view.canvas.rect().center().toPointF())
    zoomed = view.viewport
    window.resize(1280, 800)
    qtbot.wait(50)
    assert view.viewport.zoom == zoomed.zoom
