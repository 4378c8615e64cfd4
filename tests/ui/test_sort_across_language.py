"""Each tab keeps the order the analyst sorted it in when the UI changes language (the app builds a new
window) and across restarts: the column and its direction, a search's ranking, and the order the end of
the search goes back to.

The window a language switch builds read the columns saved at the last close, before the window it
replaced saved its own: the tab shown came back in its kind's default order, its columns as they were then."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QPoint, Qt  # noqa: E402

from desktop.core import views  # noqa: E402
from desktop.ui.app import RunningApp, install_language  # noqa: E402
from desktop.ui.models import RecordTableModel  # noqa: E402
from tests.ui.conftest import shown_window  # noqa: E402

ASC, DESC = Qt.AscendingOrder, Qt.DescendingOrder
SEARCH = "التحالف"


@pytest.fixture
def english_after(qapp):
    yield qapp
    install_language(qapp, "en")


def _section(tab, column: str) -> int:
    return [c.name for c in tab.model.columns].index(column)


def _sort(qtbot, tab, column: str, order) -> None:
    """Click the column's header, as the analyst sorts, until the tab is sorted by it in `order`."""
    header = tab.view.horizontalHeader()
    section = _section(tab, column)
    for _ in range(3):
        if tab.model.sort_column == column and tab.model.descending == (order == DESC):
            return
        x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
        qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=QPoint(x, header.height() // 2))
    raise AssertionError(f"clicks did not sort by {column}")


def _keys(model) -> list[str]:
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    return [model.key_at(row) for row in range(model.rowCount())]


def _sorted_keys(store, kind: str, column: str, order, language: str) -> list[str]:
    """The rows of `kind` as a fresh table sorted so in `language` lists them."""
    model = RecordTableModel(store, kind, language=language)
    model.sort([c.name for c in model.columns].index(column), order)
    return _keys(model)


def _order(tab) -> tuple:
    """The model's order and the header's arrow."""
    header = tab.view.horizontalHeader()
    return tab.model.sort_column, tab.model.descending, header.sortIndicatorSection(), header.sortIndicatorOrder()


def _switched(session, language: str):
    """The window the switch built (the one it replaced is deleted: qtbot is given the last one only)."""
    session.switch_language(language)
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    return session.window


def test_every_tab_keeps_its_order_across_a_language_switch(english_after, qtbot, store):
    session = RunningApp(english_after, store, "ar")
    window = session.window
    window.show_kind("quote")
    _sort(qtbot, window.tab("quote"), "speaker", DESC)
    window.show_kind("event")       # the tab shown, which the new window builds first
    events = window.tab("event")
    _sort(qtbot, events, "title", ASC)
    assert views.default_sort("event") != ("title", False)
    # A column dragged to the front is kept by the same save as the orders.
    header = events.view.horizontalHeader()
    header.moveSection(header.visualIndex(_section(events, "place")), 0)

    for language in ("en", "ar"):
        window = _switched(session, language)
        events, quotes = window.tab("event"), window.tab("quote")
        assert _order(events) == ("title", False, _section(events, "title"), ASC), language
        assert _keys(events.model) == _sorted_keys(store, "event", "title", ASC, language)
        assert events.view.horizontalHeader().visualIndex(_section(events, "place")) == 0
        assert _order(quotes) == ("speaker", True, _section(quotes, "speaker"), DESC), language
        assert _keys(quotes.model) == _sorted_keys(store, "quote", "speaker", DESC, language)
        # A tab never sorted keeps its kind's own order.
        actors = window.tab("actor")
        assert (actors.model.sort_column, actors.model.descending) == views.default_sort("actor")
    qtbot.addWidget(window)


def test_a_search_keeps_its_orders_across_a_language_switch(english_after, qtbot, store):
    session = RunningApp(english_after, store, "ar")
    window = session.window
    window.show_kind("quote")
    _sort(qtbot, window.tab("quote"), "date", ASC)
    window.show_kind("event")
    _sort(qtbot, window.tab("event"), "title", ASC)
    window.set_search(SEARCH)
    window.show_kind("quote")
    assert window.tab("event").model.by_relevance and window.tab("quote").model.by_relevance
    # Sorted by a column during the search: the hits in that order, not ranked.
    _sort(qtbot, window.tab("quote"), "speaker", ASC)
    window.show_kind("event")

    window = _switched(session, "en")
    qtbot.addWidget(window)
    assert window.search_field.text() == SEARCH
    events, quotes = window.tab("event"), window.tab("quote")
    assert events.model.by_relevance
    assert (quotes.model.sort_column, quotes.model.descending) == ("speaker", False)
    window.set_search("")
    # The end of the search goes back to the order before it.
    assert (events.model.sort_column, events.model.descending) == ("title", False)
    assert (quotes.model.sort_column, quotes.model.descending) == ("speaker", False)


def test_every_tab_keeps_its_order_across_a_restart(qtbot, store):
    window = shown_window(qtbot, store, kind="event")
    _sort(qtbot, window.tab("event"), "title", DESC)
    window.show_kind("actor")
    _sort(qtbot, window.tab("actor"), "type", DESC)
    # Closed while a search ranks the hits: the header shows no arrow, and the order before the search
    # is the one to come back.
    window.set_search("علاوي")
    assert window.tab("actor").model.by_relevance
    window.close()

    window = shown_window(qtbot, store, kind="actor")
    actors = window.tab("actor")
    assert _order(actors) == ("type", True, _section(actors, "type"), DESC)
    assert _keys(actors.model) == _sorted_keys(store, "actor", "type", DESC, "en")
    events = window.tab("event")
    assert _order(events) == ("title", True, _section(events, "title"), DESC)
