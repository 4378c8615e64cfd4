"""The Export buttons of the timeline, the link chart and the map (one button with a menu each): the menu's arrow sits beside the text, level with it
(after it in English, before it on the left in Arabic), not floating under it in the button's corner; a click
anywhere on the button opens the menu."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QToolButton

from desktop.ui.story.link_chart import LinkChartView
from desktop.ui.story.map_view import MapView
from desktop.ui.story.timeline_view import TimelineView
from tests.ui.conftest import shown_window


def export_button(qtbot, store, language: str, view: str) -> QToolButton:
    window = shown_window(qtbot, store, kind="actor", size=(1280, 800), language=language)
    window.go_to("actor:hussein-allawi")
    window.show_view(view)
    if view == "links":
        chart = window.findChild(LinkChartView)
        qtbot.waitUntil(chart.toolbar.isVisible)
        return chart.findChild(QToolButton, "links_export")
    if view == "map":
        map_view = window.findChild(MapView)
        qtbot.waitUntil(map_view.isVisible)
        button = map_view.findChild(QToolButton, "map_export")
        qtbot.waitUntil(button.isVisible)
        return button
    timeline = window.findChild(TimelineView)
    qtbot.waitUntil(timeline.export_button.isVisible)
    return timeline.export_button


def ink_columns(button: QToolButton) -> list[tuple[int, int, int]]:
    """(x, top, bottom) of each column of the button holding dark pixels."""
    image = button.grab().toImage()
    out = []
    for x in range(image.width()):
        ys = [y for y in range(image.height()) if image.pixelColor(x, y).lightness() < 150]
        if ys:
            out.append((x, ys[0], ys[-1]))
    return out


@pytest.mark.parametrize("view", ["links", "timeline", "map"])
@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_arrow_is_beside_the_text_at_its_end(request, qtbot, store, language, view):
    if language == "ar":
        request.getfixturevalue("arabic")
    button = export_button(qtbot, store, language, view)
    columns = ink_columns(button)
    # The arrow is the ink at the end side: after a gap, at the right in English and at the left in Arabic.
    ordered = columns if language == "ar" else columns[::-1]
    arrow = [ordered[0]]
    for column in ordered[1:]:
        if abs(column[0] - arrow[-1][0]) > 1:
            break
        arrow.append(column)
    text = [c for c in columns if c not in arrow]
    arrow_middle = (min(c[1] for c in arrow) + max(c[2] for c in arrow)) / 2
    text_middle = (min(c[1] for c in text) + max(c[2] for c in text)) / 2
    assert abs(arrow_middle - text_middle) <= 3, (arrow, text_middle)
    assert len(arrow) <= 10                     # a small triangle, not the text's last letter
    if language == "en":
        assert min(c[0] for c in arrow) > max(c[0] for c in text)
    else:
        assert max(c[0] for c in arrow) < min(c[0] for c in text)


def test_a_click_on_the_text_opens_the_menu(qtbot, store):
    button = export_button(qtbot, store, "en", "timeline")
    shown = []

    def look():
        menu = QApplication.activePopupWidget()
        shown.append(menu is button.menu())
        if menu is not None:
            menu.close()
    QTimer.singleShot(100, look)
    qtbot.mouseClick(button, Qt.LeftButton, pos=button.rect().center() - button.rect().center() / 2)
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == [True]
