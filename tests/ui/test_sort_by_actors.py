"""Sorting events by the Actors column orders them by the name the cell shows first, so the column reads
in order under its arrow (not by the alphabetically smallest actor linked, which the cell may show last)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.core.storage import Store
from tests.ui.conftest import shown_window

ACTORS = {"actor:a": "أحمد", "actor:b": "باسم", "actor:k": "كريم", "actor:s": "سامي"}
EVENTS = {"event:1": ["actor:k", "actor:a"], "event:2": ["actor:b"], "event:3": ["actor:s", "actor:a"]}


@pytest.fixture
def linked(tmp_path):
    store = Store.create(tmp_path / "actors.db")
    for key, name in ACTORS.items():
        store.put({"kind": "actor", "id": key, "name": name, "type": "person"})
    for n, (key, actors) in enumerate(EVENTS.items()):
        store.put({"kind": "event", "id": key, "title": f"حدث {n}", "date": f"2025-01-0{n + 1}",
                   "actors": [{"actor": a} for a in actors]})
    yield store
    store.close()


@pytest.mark.parametrize("order", [Qt.AscendingOrder, Qt.DescendingOrder])
def test_events_sorted_by_actors_read_in_order_of_the_first_name_shown(qtbot, linked, order):
    window = shown_window(qtbot, linked, kind="event")
    tab = window.current_tab()
    section = next(i for i in range(tab.model.columnCount())
                   if tab.model.headerData(i, Qt.Horizontal) == "Actors")
    tab.view.horizontalHeader().setSortIndicator(section, order)     # a click on «Actors»
    shown = [tab.model.text_at(row, section) for row in range(tab.model.rowCount())]
    firsts = [text.split("، ")[0].split(", ")[0] for text in shown]
    assert firsts == sorted(firsts, reverse=order == Qt.DescendingOrder)
    assert firsts[0 if order == Qt.AscendingOrder else -1] == "باسم"
