"""The link chart view: follows the session, mouse and keys on the canvas, its menu, exports."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QMouseEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.core.figures.scene import Dot  # noqa: E402
from desktop.core.links_model import more_key  # noqa: E402
from desktop.core.links_scene import SELECTED  # noqa: E402
from desktop.core.session import Session  # noqa: E402
from desktop.ui.story.link_chart import LinkChartView  # noqa: E402

ALLAWI = "actor:hussein-allawi"


def _view(qtbot, store, session, show: bool = True) -> LinkChartView:
    view = LinkChartView(store, session, "ar")
    qtbot.addWidget(view)
    view.resize(900, 600)
    if show:
        view.show()
        qtbot.waitExposed(view)
    return view


def _at(view: LinkChartView, key: str) -> QPoint:
    node = view.chart.node(key)
    x, y = view.viewport.to_screen(node.x, node.y, *view._size())
    return QPoint(round(x), round(y))


def _move(widget, pos: QPoint) -> None:
    # QTest's mouseMove carries no pressed button: a drag needs the event made by hand.
    event = QMouseEvent(QEvent.MouseMove, QPointF(pos), QPointF(widget.mapToGlobal(pos)), Qt.NoButton,
                        Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(widget, event)


@pytest.fixture
def session():
    s = Session()
    s.select([ALLAWI])
    return s


def test_it_starts_from_the_selection_and_rings_it(qtbot, store, session):
    view = _view(qtbot, store, session)
    assert ALLAWI in view.chart.records() and "event:ain-al-asad-handover" in view.chart.records()
    scene = view.canvas.scene()
    node = next(i for i in scene.items if isinstance(i, Dot) and i.key == ALLAWI)
    assert any(isinstance(i, Dot) and i.key is None and i.stroke == SELECTED and (i.x, i.y) == (node.x, node.y)
               for i in scene.items)


def test_nothing_is_built_while_hidden(qtbot, store, session):
    view = _view(qtbot, store, session, show=False)
    session.select(["actor:isis"])
    assert view.canvas.scene() is None and view.chart.records() == []
    view.show()
    qtbot.waitExposed(view)
    assert "actor:isis" in view.chart.records() and view.canvas.scene() is not None


def test_a_click_on_a_node_selects_it_everywhere(qtbot, store, session):
    view = _view(qtbot, store, session)
    qtbot.mouseClick(view.canvas, Qt.LeftButton, pos=_at(view, "actor:iraqi-government"))
    assert session.selection == ("actor:iraqi-government",) and session.focus == "actor:iraqi-government"
    qtbot.mouseClick(view.canvas, Qt.LeftButton, Qt.ControlModifier, pos=_at(view, ALLAWI))
    assert set(session.selection) == {"actor:iraqi-government", ALLAWI}


def test_a_double_click_expands_a_node(qtbot, store, session):
    view = _view(qtbot, store, session)
    assert "place:ain-al-asad" not in view.chart.records()
    qtbot.mouseDClick(view.canvas, Qt.LeftButton, pos=_at(view, "event:ain-al-asad-handover"))
    assert "place:ain-al-asad" in view.chart.records()


def test_a_double_click_on_the_more_node_shows_the_next(qtbot, store):
    session = Session()
    session.select(["source:seed-ain-al-asad"])
    view = _view(qtbot, store, session)
    view.chart.per_expand = 3
    view.chart.start(["source:seed-ain-al-asad"], hops=0)
    view.expand("source:seed-ain-al-asad")
    before = len(view.chart.records())
    more = view.chart.node(more_key("source:seed-ain-al-asad"))
    assert more is not None and more.count > 0
    qtbot.mouseDClick(view.canvas, Qt.LeftButton, pos=_at(view, more.key))
    assert len(view.chart.records()) == before + 3


def test_dragging_a_node_moves_and_pins_it_and_ctrl_z_undoes(qtbot, store, session):
    view = _view(qtbot, store, session)
    key = "actor:iraqi-government"
    start = _at(view, key)
    node = view.chart.node(key)
    qtbot.mousePress(view.canvas, Qt.LeftButton, pos=start)
    for step in range(1, 6):
        _move(view.canvas, start + QPoint(10 * step, 8 * step))
    qtbot.mouseRelease(view.canvas, Qt.LeftButton, pos=start + QPoint(50, 40))
    moved = view.chart.node(key)
    assert moved.pinned and (moved.x, moved.y) != (node.x, node.y)
    assert session.selection == (ALLAWI,), "a drag is no click"
    view.canvas.setFocus()
    qtbot.keyClick(view.canvas, Qt.Key_Z, Qt.ControlModifier)
    back = view.chart.node(key)
    assert (back.x, back.y, back.pinned) == (node.x, node.y, False)
    qtbot.keyClick(view.canvas, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert view.chart.node(key).pinned


def test_dragging_empty_space_pans_and_the_wheel_zooms(qtbot, store, session):
    view = _view(qtbot, store, session)
    before = view.viewport
    corner = QPoint(5, 5)
    qtbot.mousePress(view.canvas, Qt.LeftButton, pos=corner)
    _move(view.canvas, corner + QPoint(40, 0))
    qtbot.mouseRelease(view.canvas, Qt.LeftButton, pos=corner + QPoint(40, 0))
    assert view.viewport.cx < before.cx and view.viewport.zoom == before.zoom
    view._zoomed(2.0, QPointF(450, 300))
    assert view.viewport.zoom == pytest.approx(before.zoom * 2)


def test_the_menu_asks_how_two_selected_records_are_connected(qtbot, store, session):
    view = _view(qtbot, store, session)
    menu = view.context_menu(ALLAWI)
    names = {a.objectName(): a for a in menu.actions()}
    assert {"menu_expand", "menu_hide", "menu_pin", "menu_connect", "menu_details"} <= set(names)
    assert not names["menu_connect"].isEnabled(), "no second record yet"
    session.select([ALLAWI, "place:ain-al-asad"])
    connect = next(a for a in view.context_menu(ALLAWI).actions() if a.objectName() == "menu_connect")
    assert connect.isEnabled()
    connect.trigger()
    assert "place:ain-al-asad" in view.chart.records()
    assert ("event:ain-al-asad-handover", "place:ain-al-asad", "at") in view.chart.state.highlight


def test_the_menu_hides_and_pins(qtbot, store, session):
    view = _view(qtbot, store, session)
    key = "actor:iraqi-government"
    actions = {a.objectName(): a for a in view.context_menu(key).actions()}
    actions["menu_pin"].trigger()
    assert view.chart.node(key).pinned
    actions = {a.objectName(): a for a in view.context_menu(key).actions()}
    actions["menu_hide"].trigger()
    assert key not in view.chart.records()
    assert all(i.key != key for i in view.canvas.scene().items)
    view.show_hidden()
    assert key in view.chart.records()


def test_follow_search_starts_again_from_the_hits(qtbot, store, session):
    view = _view(qtbot, store, session)
    view.act_follow_search.setChecked(True)
    session.set_query("عين الأسد")
    assert "place:ain-al-asad" in view.chart.records()


def test_export_png_and_svg(qtbot, store, session, tmp_path):
    view = _view(qtbot, store, session)
    png = view.export("png", str(tmp_path / "chart"))
    assert png.suffix == ".png" and png.stat().st_size > 1000
    svg = view.export("svg", str(tmp_path / "chart.svg"))
    assert "حسين علاوي" in svg.read_text(encoding="utf-8")


def test_scene_for_the_briefing_has_the_legend(qtbot, store, session):
    view = _view(qtbot, store, session)
    scene = view.scene_for(493, 334)
    assert scene.width == 493 and {"فاعل", "حدث", "مكان", "مصدر"} <= set(scene.labels())
