"""The map view (desktop/ui/story/map_view.py): it follows the session, clicks select, it lists what it cannot draw."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QPoint, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QWheelEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.core import importing  # noqa: E402
from desktop.core.figures.scene import Dot, Label  # noqa: E402
from desktop.core.geo import CLUSTER_KEY, fit  # noqa: E402
from desktop.core.geo.draw import LEGEND_MARK  # noqa: E402
from desktop.core.session import Session  # noqa: E402
from desktop.core.storage import Store  # noqa: E402
from desktop.ui.story.map_view import MapView  # noqa: E402

ACLED = Path(__file__).parents[1] / "core" / "fixtures" / "publishers" / "acled" / "acled_current.csv"


def shown(qtbot, store, session=None, language="en"):
    session = session or Session()
    view = MapView(store, session, language, False)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    qtbot.waitExposed(view)
    return view, session


def dot(view, key):
    return next(i for i in view.canvas.scene().items if isinstance(i, Dot) and i.key == key)


@pytest.fixture
def acled_store(tmp_path):
    store = Store.create(tmp_path / "acled.db")
    importing.import_files(store, [ACLED])
    yield store
    store.close()


def test_nothing_is_read_or_drawn_until_shown(qtbot, store):
    view = MapView(store, Session(), "en", False)
    qtbot.addWidget(view)
    assert view.canvas.scene() is None and view.state.source.data is None
    view.show()
    qtbot.waitExposed(view)
    assert view.canvas.scene() is not None and view.state.source.data is not None


def test_a_click_on_a_place_selects_it_in_the_session(qtbot, store):
    view, session = shown(qtbot, store)
    view.state.view = fit((42.3, 33.7, 42.6, 33.9), *view._size())
    view.redraw()
    mark = dot(view, "place:ain-al-asad")
    assert view.canvas.key_at(QPointF(mark.x, mark.y)) == "place:ain-al-asad"
    qtbot.mouseClick(view.canvas, Qt.LeftButton, pos=QPoint(round(mark.x), round(mark.y)))
    assert session.selection == ("place:ain-al-asad",)
    # ... and the selection is ringed on the map.
    assert dot(view, "place:ain-al-asad").stroke_width > 1


def test_a_double_click_selects_the_events_there(qtbot, store):
    view, session = shown(qtbot, store)
    events = view.select_events_at("place:ain-al-asad")
    assert len(events) == 2 and all(k.startswith("event:") for k in events)
    assert set(session.selection) == set(events) | {"place:ain-al-asad"} and session.focus == "place:ain-al-asad"


def test_places_without_coordinates_are_listed_and_clickable(qtbot, store):
    view, session = shown(qtbot, store)
    keys = view.unlocated_keys()
    assert {"place:iraq", "place:syria", "place:anbar"} <= set(keys)
    item = next(view.places.item(i) for i in range(view.places.count())
                if view.places.item(i).data(Qt.UserRole) == "place:iraq")
    assert item.text().startswith("◆ Iraq") and "2" in item.text()
    view.places.itemClicked.emit(item)
    assert session.selection == ("place:iraq",)


def test_it_follows_a_from_to_span_in_the_query(qtbot, acled_store):
    view, session = shown(qtbot, acled_store)
    before = view.state.source.data.totals["with_place"]
    session.set_span("2024-01-14", "2024-01-16")
    after = view.state.source.data
    assert after.totals["with_place"] == 2 < before
    assert {p.key for p in after.points if p.total} == {"place:acled-iraq-al-anbar-al-qaim",
                                                        "place:acled-iraq-basrah"}
    session.set_query("")
    assert view.state.source.data.totals["with_place"] == before


def test_a_search_while_hidden_is_drawn_on_showing(qtbot, acled_store):
    view, session = shown(qtbot, acled_store)
    view.hide()
    session.set_query("from:2024-03-01 to:2024-03-01")
    assert view._dirty
    view.show()
    qtbot.waitExposed(view)
    assert view.state.source.data.totals["with_place"] == 1


def test_an_acled_point_can_be_found_and_clicked(qtbot, acled_store):
    view, session = shown(qtbot, acled_store)
    view.state.view = fit((40.9, 34.2, 41.3, 34.5), *view._size())
    view.redraw()
    x, y = view.state.view.to_screen(41.0943, 34.3794)
    assert view.canvas.key_at(QPointF(x, y)) == "place:acled-iraq-al-anbar-al-qaim"
    qtbot.mouseClick(view.canvas, Qt.LeftButton, pos=QPoint(round(x), round(y)))
    assert session.selection == ("place:acled-iraq-al-anbar-al-qaim",)


def test_wheel_zooms_around_the_pointer_and_drag_pans(qtbot, store):
    view, _ = shown(qtbot, store)
    before = view.state.view
    at = QPointF(300, 200)
    under = before.to_geo(at.x(), at.y())
    wheel = QWheelEvent(at, view.canvas.mapToGlobal(at), QPoint(0, 0), QPoint(0, 120), Qt.NoButton,
                        Qt.NoModifier, Qt.NoScrollPhase, False)
    QApplication.sendEvent(view.canvas, wheel)
    after = view.state.view
    assert after.scale > before.scale
    assert after.to_screen(*under) == pytest.approx((300, 200), abs=0.5)
    qtbot.mousePress(view.canvas, Qt.LeftButton, pos=QPoint(400, 300))
    qtbot.mouseMove(view.canvas, QPoint(440, 320))
    qtbot.mouseMove(view.canvas, QPoint(480, 340))
    qtbot.mouseRelease(view.canvas, Qt.LeftButton, pos=QPoint(480, 340))
    panned = view.state.view
    assert panned.world_to_screen(after.cx, after.cy)[0] == pytest.approx(after.width / 2 + 80, abs=1)


def test_keys_zoom_and_fit(qtbot, store):
    view, _ = shown(qtbot, store)
    fitted = view.state.view.scale
    view.canvas.setFocus()
    qtbot.keyClick(view.canvas, Qt.Key_Plus)
    assert view.state.view.scale > fitted
    qtbot.keyClick(view.canvas, Qt.Key_0)
    assert view.state.view.scale == pytest.approx(fitted)


def test_a_click_on_a_cluster_zooms_in_on_it(qtbot, tmp_path):
    store = Store.create(tmp_path / "crowd.db")
    store.put_many([{"kind": "place", "id": f"place:p{i}", "name": f"مكان {i}", "lat": 33.3 + i * 0.02,
                     "lon": 44.4 + i * 0.02} for i in range(6)])
    view, session = shown(qtbot, store)
    view.state.view = fit((30.0, 25.0, 55.0, 40.0), *view._size())
    view.redraw()
    (group,) = [i for i in view.canvas.scene().items if isinstance(i, Dot) and (i.key or "").startswith(CLUSTER_KEY)]
    scale = view.state.view.scale
    qtbot.mouseClick(view.canvas, Qt.LeftButton, pos=QPoint(round(group.x), round(group.y)))
    assert view.state.view.scale > scale and session.selection == ()
    store.close()


def test_export_png_and_svg(qtbot, store, tmp_path):
    view, _ = shown(qtbot, store, language="ar")
    png = view.export("png", str(tmp_path / "map"))
    svg = view.export("svg", str(tmp_path / "map.svg"))
    assert png.name == "map.png" and png.read_bytes()[:4] == b"\x89PNG"
    text = svg.read_text(encoding="utf-8")
    assert "<svg" in text and "قاعدة عين الأسد" in text


def test_a_figure_for_the_briefing_keeps_what_is_shown(qtbot, store):
    view, _ = shown(qtbot, store, language="ar")
    scene = view.scene_for(493, 333)
    assert (scene.width, scene.height) == (493, 333) and "قاعدة عين الأسد" in scene.labels()


def _legend(view):
    """The legend as drawn, top down: (mark, its words) for each row."""
    items = view.canvas.scene().items
    marks = sorted((i for i in items if isinstance(i, Dot) and i.key is None and i.r == LEGEND_MARK),
                   key=lambda m: m.y)
    labels = [i for i in items if isinstance(i, Label)]
    return [(m, next(lab for lab in labels if abs(lab.y - m.y) < 0.1)) for m in marks]


def test_places_drawn_approximately_are_counted_apart_and_the_legend_says_why(qtbot, store, language):
    # Iraq and Syria (countries with no coordinates) are drawn as diamonds at their countries' centres and
    # al-Anbar at the gazetteer's point: on the map, only not exactly. A wadi no one knows is drawn nowhere.
    store.put_many([{"kind": "place", "id": "place:wadi-x", "name": "وادي س", "name_en": "Wadi X", "type": "other"},
                    {"kind": "event", "id": "event:wadi-x", "title": "حدث في الوادي", "place": "place:wadi-x"}])
    view, _ = shown(qtbot, store, language=language)
    words = {"en": ["Places without coordinates: 4", "◆ Approximate position: 3"],
             "ar": ["أماكن بلا إحداثيات: 4", "◆ موضع تقريبي: 3"]}[language]
    assert view.places_title.text() == words[0]
    texts = [view.places.item(i).text() for i in range(view.places.count())]
    wadi, iraq = {"en": ("Wadi X", "Iraq"), "ar": ("وادي س", "العراق")}[language]
    assert texts[1].startswith(wadi) and words[1] in texts and sum("◆" in t for t in texts) == 4
    assert any(t.startswith("◆ " + iraq) for t in texts)
    assert dot(view, "place:iraq").shape == "diamond"
    legend = _legend(view)
    assert [(mark.shape, label.text) for mark, label in legend] == \
        {"en": [("circle", "Exact position"), ("diamond", "Approximate position")],
         "ar": [("circle", "موضع دقيق"), ("diamond", "موضع تقريبي")]}[language]
    # Mirrored: the marks at the reading side's edge, the words after them in reading order.
    width = view.canvas.scene().width
    for mark, label in legend:
        if language == "ar":
            assert mark.x > width - 20 and label.align == "right" and label.x < mark.x
        else:
            assert mark.x < 20 and label.align == "left" and label.x > mark.x
