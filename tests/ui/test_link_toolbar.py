"""The link chart's toolbar at 1280 px: every button in sight, none behind the overflow chevron."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QToolButton  # noqa: E402

from desktop.ui.story.link_chart import LinkChartView  # noqa: E402
from tests.ui.conftest import shown_window  # noqa: E402


def points_left(image) -> bool:
    """Whether the chevron drawn on `image` is "<<": its middle row's ink starts left of its top row's."""
    rows = [[x for x in range(image.width()) if image.pixelColor(x, y).alpha() > 100]
            for y in range(image.height())]
    inked = [row for row in rows if row]
    return min(inked[len(inked) // 2]) < min(inked[0])


def toolbar_in_window(qtbot, store, language):
    window = shown_window(qtbot, store, kind="actor", size=(1280, 800), language=language)
    window.go_to("actor:hussein-allawi")
    window.show_view("links")
    view = window.findChild(LinkChartView)
    qtbot.waitUntil(view.toolbar.isVisible)
    return view


@pytest.mark.parametrize("language", ["ar", "en"])
def test_nothing_overflows_at_1280_px(qtbot, store, language):
    if language == "ar":
        from desktop.ui.app import install_language
        install_language(QApplication.instance(), "ar")
    try:
        view = toolbar_in_window(qtbot, store, language)
        bar = view.toolbar
        ext = bar.findChild(QToolButton, "qt_toolbar_ext_button")
        assert ext is None or not ext.isVisible()
        buttons = [bar.widgetForAction(act) for act in bar.actions() if not act.isSeparator()]
        assert len(buttons) >= 9
        for button in buttons:
            assert button.isVisible() and bar.rect().contains(button.geometry()), button.objectName()
        # Undo and redo are their arrows; their tooltips say what they do.
        for act in (view.act_undo, view.act_redo):
            assert bar.widgetForAction(act).toolButtonStyle() == Qt.ToolButtonIconOnly and act.toolTip()
        export = bar.findChild(QToolButton, "links_export")
        assert [a.objectName() for a in export.menu().actions()] == ["act_links_png", "act_links_svg"]
        # The chevron, if ever it shows, points the way the UI reads.
        view.resize(300, 300)
        qtbot.waitUntil(lambda: ext.isVisible())
        assert points_left(ext.icon().pixmap(16, 16).toImage()) == (language == "ar")
    finally:
        from desktop.ui.app import install_language
        install_language(QApplication.instance(), "en")
