"""Right-click menus on a tab's rows and header: copy, cite, open the source, brief, filter, columns."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtGui import QGuiApplication, QKeySequence  # noqa: E402
from PySide6.QtWidgets import QMenu  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from desktop.core import views  # noqa: E402
from desktop.ui import settings  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402

QUOTE = "quote:allawi-1"

from tests.ui.conftest import shown_window  # noqa: E402


@pytest.fixture
def window(qtbot, store):
    return shown_window(qtbot, store)


def actions(menu: QMenu) -> dict:
    """Every action of a menu and its submenus, by object name (and by text for those without one)."""
    out = {}
    for action in menu.actions():
        out[action.objectName() or action.text()] = action
        if action.menu():
            out.update(actions(action.menu()))
    return out


def select(window, kind: str, key: str) -> int:
    window.show_kind(kind)
    tab = window.tab(kind)
    assert tab.select_key(key)
    return tab.model.row_for_key(key)


def test_copy_a_quote_with_its_citation_in_the_ui_language_and_the_other(window):
    row = select(window, "quote", QUOTE)
    menu = window.row_menu(window.current_tab(), row)
    found = actions(menu)
    found["copy_citation"].trigger()
    text = QGuiApplication.clipboard().text()
    assert text.startswith("\u201cقواتنا المسلحة") and "\u2014 Hussein Allawi, " in text
    assert text.endswith("31 December 2025")
    assert found["copy_citation_other"].text() == "Copy with Arabic Citation"
    found["copy_citation_other"].trigger()
    arabic = QGuiApplication.clipboard().text()
    assert arabic.startswith("«قواتنا المسلحة") and "» — حسين علاوي، مستشار رئيس الوزراء العراقي" in arabic
    assert arabic.endswith("31 ديسمبر 2025")


def test_citations_of_several_quotes_and_none_for_events(window):
    window.show_kind("quote")
    tab = window.current_tab()
    tab.view.selectAll()
    actions(window.row_menu(tab, 0))["copy_citation"].trigger()
    assert QGuiApplication.clipboard().text().count("\u2014 Hussein Allawi") == 4
    select(window, "event", "event:ain-al-asad-announcement")
    assert "copy_citation" not in actions(window.row_menu(window.current_tab(), 0))


def test_copy_as_plain_text_is_the_shown_cells_tab_separated(window, qtbot):
    window.show_kind("quote")
    tab = window.current_tab()
    tab.view.selectRow(0)
    QTest.keyClick(tab.view, QKeySequence(QKeySequence.Copy)[0].key(), QKeySequence(QKeySequence.Copy)[0].keyboardModifiers())
    one = QGuiApplication.clipboard().text()
    cells = one.split("\t")
    assert len(cells) == tab.model.columnCount() and "\n" not in one
    assert cells[1] == tab.model.index(0, 1).data()
    # A hidden column is left out; the menu entry copies every selected row.
    window.show_column(tab, 0, False)
    tab.view.selectAll()
    actions(window.row_menu(tab, 0))["copy_plain"].trigger()
    lines = QGuiApplication.clipboard().text().split("\n")
    assert len(lines) == tab.model.rowCount() and len(lines[0].split("\t")) == tab.model.columnCount() - 1


def test_open_the_source_of_a_quote_and_of_an_event(window):
    row = select(window, "quote", QUOTE)
    actions(window.row_menu(window.current_tab(), row))["open_source"].trigger()
    assert window.current_kind() == "source"
    assert window.current_tab().current_key() == "source:seed-ain-al-asad"
    assert window.session.focus == "source:seed-ain-al-asad"
    row = select(window, "event", "event:ain-al-asad-announcement")
    actions(window.row_menu(window.current_tab(), row))["open_source"].trigger()
    assert window.current_kind() == "source"
    # A record with no source offers the entry greyed.
    window.store.put({"kind": "place", "id": "place:nowhere", "name": "لا مكان"})
    window._store_changed(["place"])
    row = select(window, "place", "place:nowhere")
    assert not actions(window.row_menu(window.current_tab(), row))["open_source"].isEnabled()


def test_add_to_the_briefing_from_the_menu(window):
    row = select(window, "quote", QUOTE)
    menu = window.row_menu(window.current_tab(), row)
    assert window.act_add_briefing in menu.actions()
    window.act_add_briefing.trigger()
    assert window.basket_button.count == 1


def test_filter_by_the_speaker_puts_the_filter_into_the_search(window, qtbot):
    row = select(window, "quote", QUOTE)
    found = actions(window.row_menu(window.current_tab(), row))
    action = found["filter:actor:hussein-allawi"]
    assert "Hussein Allawi" in action.text()
    action.trigger()
    assert window.search_field.text() == 'actor:"Hussein Allawi"'
    assert window.current_tab().model.rowCount() == 4
    assert window.search_field.text() in window.history.queries()
    # An event offers its place and each of its actors.
    window.set_search("")
    row = select(window, "event", "event:ain-al-asad-announcement")
    found = actions(window.row_menu(window.current_tab(), row))
    assert "filter:place:ain-al-asad" in found and "filter:actor:iraq" in found
    # A filter narrows the search there is.
    window.set_search("التحالف")
    row = window.current_tab().model.row_for_key("event:ain-al-asad-announcement")
    actions(window.row_menu(window.current_tab(), row))["filter:place:ain-al-asad"].trigger()
    assert window.search_field.text().startswith("التحالف place:")
    assert window.current_tab().model.rowCount() >= 1


def test_header_menu_hides_and_shows_columns_and_remembers(window, qtbot, store):
    window.show_kind("quote")
    tab = window.current_tab()
    header = tab.view.horizontalHeader()
    menu = window.header_menu(tab)
    found = actions(menu)
    speaker = views.columns("quote").index(next(c for c in views.columns("quote") if c.name == "speaker"))
    assert found["column:speaker"].isChecked()
    found["column:speaker"].trigger()
    assert header.isSectionHidden(speaker)
    # Remembered at once, and a new window shows the same columns.
    other = MainWindow(store, "en")
    qtbot.addWidget(other)
    other.show_kind("quote")
    assert other.current_tab().view.horizontalHeader().isSectionHidden(speaker)
    assert not settings.Columns().header("quote").isEmpty()
    # The reverse: shown again from the menu, and Reset Columns shows every one.
    actions(window.header_menu(tab))["column:speaker"].trigger()
    assert not header.isSectionHidden(speaker)
    for name in ("text", "date"):
        actions(window.header_menu(tab))[f"column:{name}"].trigger()
    actions(window.header_menu(tab))["reset_columns"].trigger()
    assert not any(header.isSectionHidden(i) for i in range(header.count()))


def test_the_last_shown_column_cannot_be_hidden(window):
    window.show_kind("place")
    tab = window.current_tab()
    for cell in tab.model.cells[1:]:
        actions(window.header_menu(tab))[f"column:{cell.name}"].trigger()
    last = actions(window.header_menu(tab))[f"column:{tab.model.cells[0].name}"]
    assert last.isChecked() and not last.isEnabled()


def test_right_click_selects_the_row_under_the_pointer(window, qtbot):
    window.show_kind("quote")
    tab = window.current_tab()
    tab.view.selectRow(0)
    shown = []
    window.row_menu = lambda t, row: shown.append(row) or QMenu()   # not shown: a menu would block the test
    tab.row_menu_requested.disconnect()
    tab.row_menu_requested.connect(lambda row, pos: window.row_menu(tab, row))
    pos = tab.view.visualRect(tab.model.index(2, 0)).center()
    tab._row_menu(pos)
    assert shown == [2] and tab.view.currentIndex().row() == 2


def test_arabic_menu_is_right_to_left(qtbot, store, qapp):
    from desktop.ui.app import install_language
    install_language(qapp, "ar")
    try:
        w = MainWindow(store, "ar")
        qtbot.addWidget(w)
        row = select(w, "quote", QUOTE)
        menu = w.row_menu(w.current_tab(), row)
        assert menu.isRightToLeft()
        texts = [a.text() for a in menu.actions() if a.text()]
        assert all(not any("a" <= ch.lower() <= "z" for ch in t.replace("Ctrl", "")) for t in texts), texts
        actions(menu)["copy_citation"].trigger()
        assert QGuiApplication.clipboard().text().startswith("«")
    finally:
        install_language(qapp, "en")


def test_filter_by_in_the_arabic_ui_writes_the_filter_in_arabic(qtbot, store, arabic):
    window = shown_window(qtbot, store, language="ar")
    row = select(window, "quote", QUOTE)
    actions(window.row_menu(window.current_tab(), row))["filter:actor:hussein-allawi"].trigger()
    assert window.search_field.text() == 'فاعل:"حسين علاوي"'
    assert window.current_tab().model.rowCount() == 4
    assert "actor" not in window.search_field.placeholderText()


def test_copy_record_ids_for_the_command_line(window):
    """The detail pane shows names, not ids; the row menu still copies the ids of the selection."""
    row = select(window, "quote", QUOTE)
    actions(window.row_menu(window.current_tab(), row))["copy_ids"].trigger()
    assert QGuiApplication.clipboard().text() == QUOTE
