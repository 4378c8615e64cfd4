"""Help > Keyboard Shortcuts: each key sequence reads as typed in either UI («Ctrl+,», not «,+Ctrl»), joined
the UI language's way, and an action with many shows two of them and all in its tooltip."""
from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from desktop.ui.bidi import LRI, PDI
from desktop.ui.dialogs.shortcuts import ShortcutsDialog


def _dialog(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    actions = []
    for text, keys in (("Preferences", ["Ctrl+,"]), ("Help", ["F1", "Ctrl+H"]),
                       ("Redo", ["Ctrl+Y", "Alt+Shift+Backspace", "Ctrl+Shift+Z"])):
        action = QAction(text, owner)
        action.setShortcuts([QKeySequence(k) for k in keys])
        actions.append(action)
    dialog = ShortcutsDialog(actions)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _keys(dialog) -> dict[str, tuple[str, str]]:
    table = dialog.table
    return {table.item(i, 0).text(): (table.item(i, 1).text(), table.item(i, 1).toolTip())
            for i in range(table.rowCount())}


def test_arabic_keys_are_isolated_and_joined_the_arabic_way(arabic, qtbot):
    dialog = _dialog(qtbot)
    assert dialog.isRightToLeft()
    keys = _keys(dialog)
    assert keys["Preferences"] == (f"{LRI}Ctrl+,{PDI}", "")
    assert keys["Help"][0] == f"{LRI}F1{PDI}، {LRI}Ctrl+H{PDI}"
    shown, tip = keys["Redo"]
    assert shown == f"{LRI}Ctrl+Y{PDI}، {LRI}Alt+Shift+Backspace{PDI}…"
    assert "Ctrl+Shift+Z" in tip and "Ctrl+Shift+Z" not in shown


def test_english_keys_are_joined_with_a_comma(qtbot):
    keys = _keys(_dialog(qtbot))
    assert keys["Help"][0] == f"{LRI}F1{PDI}, {LRI}Ctrl+H{PDI}"


def test_the_window_s_shortcuts_show_whole_without_scrolling(arabic, qtbot, store):
    """At 520×560 the Arabic list of the real window's shortcuts scrolled and cut its longest keys."""
    from tests.ui.conftest import shown_window
    window = shown_window(qtbot, store, language="ar", size=(1400, 900))
    dialog = ShortcutsDialog(window.findChildren(QAction), window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    rows = table.horizontalHeader().height() + sum(table.rowHeight(i) for i in range(table.rowCount()))
    screen = dialog.screen().availableGeometry()
    # As tall as its rows, or nine tenths of the screen when they need more (then it scrolls).
    assert table.viewport().height() >= min(rows - table.horizontalHeader().height(), int(screen.height() * 0.9) - 150)
    assert not table.horizontalScrollBar().isVisible()
    widest = max(table.fontMetrics().horizontalAdvance(table.item(i, 1).text()) for i in range(table.rowCount()))
    assert table.columnWidth(1) >= widest
