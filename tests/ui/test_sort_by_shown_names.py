"""A column naming places or actors sorts by the names it shows: in the English UI their English names where
they have one (record_names.shown), so the column reads in order under its arrow; in the Arabic UI their own
names, as before. A change of language while such a column is sorted reads the order again."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QModelIndex, Qt  # noqa: E402

from desktop.core import views  # noqa: E402
from desktop.ui.app import RunningApp, install_language  # noqa: E402
from desktop.ui.bidi import strip  # noqa: E402
from desktop.ui.models import RecordTableModel  # noqa: E402

# Arabic and English orders differ: أربيل < الموصل < النجف < بغداد, but Baghdad < Erbil < Mosul, and
# النجف, with no English name, keeps its Arabic one in English (after every Latin name).
PLACES = [("erbil", "أربيل", "Erbil"), ("mosul", "الموصل", "Mosul"), ("najaf", "النجف", None),
          ("baghdad", "بغداد", "Baghdad")]
# البيشمركة < التحالف الدولي < الجيش العراقي < حكومة إقليم كردستان, but Global < Iraqi < Kurdistan < Peshmerga.
ACTORS = [("peshmerga", "البيشمركة", "Peshmerga"), ("coalition", "التحالف الدولي", "Global Coalition"),
          ("army", "الجيش العراقي", "Iraqi Army"), ("krg", "حكومة إقليم كردستان", "Kurdistan Regional Government")]
# Each event's place and its actors: the Actors column sorts by the first one, the name its cell shows first.
EVENTS = [("in-baghdad", "baghdad", ["army", "coalition"]), ("in-erbil", "erbil", ["peshmerga", "army"]),
          ("in-mosul", "mosul", ["coalition", "army"]), ("in-najaf", "najaf", ["krg"]), ("nowhere", None, [])]

# Ascending; a row naming no one (no place, no actors) comes first, as it always has.
BY_PLACE = {"ar": ["nowhere", "in-erbil", "in-mosul", "in-najaf", "in-baghdad"],
            "en": ["nowhere", "in-baghdad", "in-erbil", "in-mosul", "in-najaf"]}
BY_ACTORS = {"ar": ["nowhere", "in-erbil", "in-mosul", "in-baghdad", "in-najaf"],
             "en": ["nowhere", "in-mosul", "in-baghdad", "in-najaf", "in-erbil"]}


def _records() -> list[dict]:
    out = []
    for key, name, english in PLACES:
        out.append({"kind": "place", "id": f"place:{key}", "name": name, "type": "city",
                    **({"name_en": english} if english else {})})
    for key, name, english in ACTORS:
        out.append({"kind": "actor", "id": f"actor:{key}", "name": name, "name_en": english,
                    "type": "organization"})
    for day, (key, place, actors) in enumerate(EVENTS, start=1):
        out.append({"kind": "event", "id": f"event:{key}", "title": f"حدث {day} في الاختبار",
                    "date": f"2025-01-{day:02d}", "status": "occurred", **({"place": f"place:{place}"} if place else {}),
                    "actors": [{"actor": f"actor:{a}", "role": ""} for a in actors]})
    return out


@pytest.fixture
def events_store(empty):
    empty.put_many(_records())
    return empty


def _model(store, language: str) -> RecordTableModel:
    model = RecordTableModel(store, "event")
    model.set_language(language)
    return model


def _section(model, name: str) -> int:
    return [c.name for c in model.columns].index(name)


def _keys(model) -> list[str]:
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    return [model.key_at(row).removeprefix("event:") for row in range(model.rowCount())]


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("column, expected", [("place", BY_PLACE), ("actors", BY_ACTORS)])
def test_a_column_of_names_sorts_by_the_names_the_ui_shows(qapp, events_store, language, column, expected):
    model = _model(events_store, language)
    model.sort(_section(model, column), Qt.AscendingOrder)
    assert _keys(model) == expected[language]
    model.sort(_section(model, column), Qt.DescendingOrder)
    assert _keys(model) == expected[language][::-1]


def test_the_english_order_is_the_order_of_the_cells(qapp, events_store):
    model = _model(events_store, "en")
    model.sort(_section(model, "place"), Qt.AscendingOrder)
    _keys(model)
    shown = [strip(model.index(row, _section(model, "place")).data(Qt.DisplayRole)) for row in range(1, 4)]
    assert shown == sorted(shown) == ["Baghdad", "Erbil", "Mosul"]


def test_a_search_keeps_the_english_order(qapp, events_store):
    model = _model(events_store, "en")
    model.sort(_section(model, "place"), Qt.AscendingOrder)
    model.set_filters(views.Filters(query="حدث"))
    assert _keys(model) == BY_PLACE["en"]


def test_a_change_of_language_sorts_again(qapp, events_store):
    model = _model(events_store, "ar")
    model.sort(_section(model, "place"), Qt.AscendingOrder)
    assert _keys(model) == BY_PLACE["ar"]
    resets = []
    model.modelReset.connect(lambda: resets.append(True))
    model.set_language("en")
    assert _keys(model) == BY_PLACE["en"]
    model.set_language("ar")
    assert _keys(model) == BY_PLACE["ar"]
    assert len(resets) == 2
    # Sorted by a column that reads alike in both, a change of language only repaints.
    model.sort(_section(model, "date"), Qt.AscendingOrder)
    resets.clear()
    model.set_language("en")
    assert not resets and _keys(model)[0] == "in-baghdad"


@pytest.fixture
def english_after(qapp):
    yield qapp
    install_language(qapp, "en")


def test_a_switch_to_english_builds_tables_that_sort_by_english_names(english_after, qtbot, events_store):
    session = RunningApp(english_after, events_store, "ar")
    tab = session.window.tab("event")
    tab.view.sortByColumn(_section(tab.model, "place"), Qt.AscendingOrder)
    assert _keys(tab.model) == BY_PLACE["ar"]

    session.switch_language("en")
    qtbot.addWidget(session.window)
    tab = session.window.tab("event")
    tab.view.sortByColumn(_section(tab.model, "place"), Qt.AscendingOrder)
    assert _keys(tab.model) == BY_PLACE["en"]
