"""The timeline view on a sample store: it follows the session, selects on a click, drags a time span."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QPoint, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QWheelEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.core.figures.scene import Box, Dot  # noqa: E402
from desktop.core.session import Session  # noqa: E402
from desktop.core.timeline_counts import SELECTED  # noqa: E402
from desktop.ui.story.timeline_view import TimelineView  # noqa: E402


@pytest.fixture
def session():
    return Session()


def shown_view(qtbot, store, session, language="en", size=(1000, 420)) -> TimelineView:
    view = TimelineView(store, session, language=language)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    return view


def mark(view, key: str):
    scene = view.canvas.scene()
    return next(item for item in scene.items if isinstance(item, (Box, Dot)) and item.key == key)


def centre(item) -> QPoint:
    if isinstance(item, Dot):
        return QPoint(round(item.x), round(item.y))
    return QPoint(round(item.x + item.w / 2), round(item.y + item.h / 2))


def keys(view) -> set[str]:
    return {item.key for item in view.canvas.scene().items if item.key and ":" in item.key
            and not item.key.startswith("span:")}


def test_the_view_draws_the_sample_and_a_click_selects(qtbot, store, session):
    view = shown_view(qtbot, store, session)
    assert {"event:joint-statement-2024", "event:coalition-founded", "event:ain-al-asad-handover"} <= keys(view)
    point = centre(mark(view, "event:joint-statement-2024"))
    QTest.mouseClick(view.canvas, Qt.LeftButton, Qt.NoModifier, point)
    assert session.selection == ("event:joint-statement-2024",)
    assert session.focus == "event:joint-statement-2024"
    assert mark(view, "event:joint-statement-2024").stroke == SELECTED     # highlighted at once
    other = centre(mark(view, "event:phase-one-end"))
    QTest.mouseClick(view.canvas, Qt.LeftButton, Qt.ControlModifier, other)
    assert set(session.selection) == {"event:joint-statement-2024", "event:phase-one-end"}


def test_a_shift_drag_over_a_span_puts_from_and_to_in_the_search(qtbot, store, session):
    session.set_query("التحالف")
    view = shown_view(qtbot, store, session)
    g = view.state.geometry
    y = round((g.lanes_top + g.lanes_bottom) / 2)
    x1, x2 = round(g.x_of(_day("2024-01-01"))), round(g.x_of(_day("2025-12-31")))
    QTest.mousePress(view.canvas, Qt.LeftButton, Qt.ShiftModifier, QPoint(x1, y))
    QTest.mouseMove(view.canvas, QPoint((x1 + x2) // 2, y))
    QTest.mouseMove(view.canvas, QPoint(x2, y))
    QTest.mouseRelease(view.canvas, Qt.LeftButton, Qt.ShiftModifier, QPoint(x2, y))
    assert session.text.startswith("التحالف ")
    assert "from:2023-12" in session.text or "from:2024-01" in session.text
    assert "to:2025-12" in session.text or "to:2026-01" in session.text
    assert session.span.date_from[:4] in ("2023", "2024")
    # The timeline still shows what lies outside the span (shaded, not cut).
    assert "event:coalition-founded" in keys(view)
    assert any(isinstance(item, Box) and item.fill == "#ffc10724" for item in view.canvas.scene().items)


def test_a_drag_along_the_axis_band_chooses_a_span_in_arabic_too(qtbot, store, session):
    QApplication.setLayoutDirection(Qt.RightToLeft)
    try:
        view = shown_view(qtbot, store, session, language="ar")
        early = centre(mark(view, "event:coalition-founded"))
        late = centre(mark(view, "event:joint-statement-2024"))
        assert early.x() > late.x()                # an earlier event is to the right in Arabic
        g = view.state.geometry
        y = round((g.axis_top + g.axis_bottom) / 2)
        x_2016, x_2019 = round(g.x_of(_day("2016-01-01"))), round(g.x_of(_day("2019-01-01")))
        QTest.mousePress(view.canvas, Qt.LeftButton, Qt.NoModifier, QPoint(x_2016, y))
        QTest.mouseMove(view.canvas, QPoint(x_2019, y))
        QTest.mouseRelease(view.canvas, Qt.LeftButton, Qt.NoModifier, QPoint(x_2019, y))
        assert session.span.date_from[:4] == "2015" or session.span.date_from[:4] == "2016"
        assert session.span.date_to[:4] in ("2018", "2019")
    finally:
        QApplication.setLayoutDirection(Qt.LeftToRight)


def test_a_left_drag_on_empty_space_pans_and_does_not_select(qtbot, store, session):
    view = shown_view(qtbot, store, session)
    before = view.state.viewport.start
    g = view.state.geometry
    y = round(g.lanes_bottom - 3)
    QTest.mousePress(view.canvas, Qt.LeftButton, Qt.NoModifier, QPoint(500, y))
    QTest.mouseMove(view.canvas, QPoint(600, y))
    QTest.mouseRelease(view.canvas, Qt.LeftButton, Qt.NoModifier, QPoint(600, y))
    assert view.state.viewport.start < before          # dragged right in English: earlier days come in
    assert session.selection == () and "from:" not in session.text


def test_a_middle_drag_pans_even_over_a_mark_and_reload_sees_new_records(qtbot, store, session):
    view = shown_view(qtbot, store, session)
    point = centre(mark(view, "event:joint-statement-2024"))
    before = view.state.viewport.start
    QTest.mousePress(view.canvas, Qt.MiddleButton, Qt.NoModifier, point)
    QTest.mouseMove(view.canvas, point + QPoint(-80, 0))
    QTest.mouseRelease(view.canvas, Qt.MiddleButton, Qt.NoModifier, point + QPoint(-80, 0))
    assert view.state.viewport.start > before and session.selection == ()
    store.put({"kind": "event", "id": "event:new-one", "title": "حدث جديد", "date": "2020-02-02"})
    assert "event:new-one" not in keys(view)
    view.reload()
    assert "event:new-one" in keys(view)


def test_the_view_follows_a_query_change(qtbot, store, session):
    view = shown_view(qtbot, store, session)
    assert "event:coalition-founded" in keys(view)
    session.set_query("عين الأسد")
    shown = keys(view)
    assert "event:ain-al-asad-handover" in shown and "event:coalition-founded" not in shown
    session.set_query("")
    assert "event:coalition-founded" in keys(view)


def test_a_hidden_view_waits_until_shown(qtbot, store, session):
    view = shown_view(qtbot, store, session)
    view.hide()
    session.set_query("عين الأسد")
    assert "event:coalition-founded" in keys(view)      # nothing done while hidden
    view.show()
    qtbot.waitExposed(view)
    assert "event:coalition-founded" not in keys(view)
    session.select(["event:ain-al-asad-handover"])
    assert mark(view, "event:ain-al-asad-handover").stroke == SELECTED


def test_wheel_and_keys_zoom_and_pan(qtbot, store, session):
    view = shown_view(qtbot, store, session)
    days = view.state.viewport.days
    point = centre(mark(view, "event:joint-statement-2024"))
    day_there = view.state.geometry.day_at(point.x())
    wheel = QWheelEvent(QPointF(point), QPointF(view.canvas.mapToGlobal(point)), QPoint(0, 0), QPoint(0, 240),
                        Qt.NoButton, Qt.NoModifier, Qt.NoScrollPhase, False)
    QApplication.sendEvent(view.canvas, wheel)
    assert view.state.viewport.days == pytest.approx(days * 0.64)
    assert view.state.geometry.day_at(point.x()) == pytest.approx(day_there)     # zoomed around the pointer
    view.canvas.setFocus()
    QTest.keyClick(view.canvas, Qt.Key_Minus)
    assert view.state.viewport.days == pytest.approx(days * 0.8)
    start = view.state.viewport.start
    QTest.keyClick(view.canvas, Qt.Key_Right)
    assert view.state.viewport.start > start           # English: the right arrow goes later
    QTest.keyClick(view.canvas, Qt.Key_Home)
    assert view.state.viewport.days == pytest.approx(days)
    qtbot.waitUntil(lambda: not view.state.needs_reading(), timeout=2000)


def test_lanes_quotes_and_flipping_from_the_controls(qtbot, store, session):
    view = shown_view(qtbot, store, session, size=(1000, 600))
    view.lanes.setCurrentIndex(view.lanes.findData("actor"))
    assert len([i for i in view.canvas.scene().items if i.key == "event:joint-statement-2024"]) == 3
    assert {"Iraq", "United States"} <= set(view.canvas.scene().labels())     # English names in English
    view.quotes.setChecked(True)
    assert any(k.startswith("quote:") for k in keys(view))
    assert any("Allawi" in text for text in view.canvas.scene().labels())     # a speaker's lane
    early, late = (centre(mark(view, k)).x() for k in ("event:coalition-founded", "event:ain-al-asad-announcement"))
    assert early < late
    view.flip_button.setChecked(True)
    early, late = (centre(mark(view, k)).x() for k in ("event:coalition-founded", "event:ain-al-asad-announcement"))
    assert early > late


def test_a_count_box_click_zooms_into_its_period(qtbot, tmp_path, session):
    from desktop.core.storage import Store
    store = Store.create(tmp_path / "busy.db")
    store.put_many([{"kind": "event", "id": f"event:b-{i}", "title": f"حدث {i}", "date": "2021-03-05"}
                    for i in range(60)] + [{"kind": "event", "id": "event:early", "title": "مبكر", "date": "2015"}])
    try:
        view = shown_view(qtbot, store, session)
        box = next(i for i in view.canvas.scene().items if isinstance(i, Box) and i.key and i.key.startswith("span:"))
        days = view.state.viewport.days
        QTest.mouseClick(view.canvas, Qt.LeftButton, Qt.NoModifier, centre(box))
        assert view.state.viewport.days < days / 5
        assert session.selection == ()
    finally:
        store.close()


def test_export_writes_png_and_svg_with_the_text(qtbot, store, session, tmp_path):
    from desktop.ui.figures.paint import export_png, export_svg
    view = shown_view(qtbot, store, session)
    png, svg = export_png(view.scene(), tmp_path / "t.png"), export_svg(view.scene(), tmp_path / "t.svg")
    assert png.stat().st_size > 1000
    assert "إنشاء التحالف الدولي" in svg.read_text(encoding="utf-8")


def _day(iso: str) -> int:
    import datetime as dt
    return dt.date.fromisoformat(iso).toordinal()
