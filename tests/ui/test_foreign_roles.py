"""A role typed in the other script (the store's own wording, outside the shipped vocabulary) keeps its
own order and leaves its neighbours theirs: in the detail pane an Arabic role in the English UI follows
its actor's name, and the English form's drop-down lists «المتحدث باسم UN» read right to left, «UN»
last, while the form keeps and saves the role as typed."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QTextLayout, QTextOption  # noqa: E402
from PySide6.QtWidgets import QComboBox  # noqa: E402

from desktop.ui.dialogs.record_editor import RecordEditor  # noqa: E402
from tests.ui.conftest import shown_window  # noqa: E402

EVENT = "event:ain-al-asad-handover"
NAME = "Iraqi Armed Forces"     # the actor's English name, as the English pane names it
ARABIC_ROLE = "شاهد"
MIXED_ROLE = "المتحدث باسم UN"


def _with_role(store, role: str) -> None:
    rec = store.get(EVENT)
    rec["actors"] = [dict(rec["actors"][0], role=role)] + rec["actors"][1:]
    store.put(rec)


def _x(block, position: int) -> float:
    return block.layout().lineForTextPosition(position).cursorToX(position)[0]


def test_an_arabic_role_follows_its_actor_in_the_english_pane(qtbot, store):
    _with_role(store, ARABIC_ROLE)
    w = shown_window(qtbot, store, kind="event", size=(1280, 800))
    assert w.current_tab().select_key(EVENT)
    qtbot.waitUntil(lambda: ARABIC_ROLE in w.detail.toPlainText(), timeout=3000)
    block = w.detail.document().begin()
    while ARABIC_ROLE not in block.text():
        block = block.next()
    text = block.text()
    name, role = text.index(NAME), text.index(ARABIC_ROLE)
    # Read left to right as the English row is: the name (its middle), then its role in brackets.
    assert _x(block, name + len(NAME) // 2) < _x(block, role + 2) < _x(block, text.index(")", role)), text


def _shown_left_to_right(text: str, font) -> QTextLayout:
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setTextDirection(Qt.LeftToRight)
    layout.setTextOption(option)
    layout.beginLayout()
    layout.createLine().setLineWidth(5000)
    layout.endLayout()
    return layout


def test_the_english_role_list_shows_an_arabic_role_in_its_own_order(qtbot, store):
    _with_role(store, MIXED_ROLE)
    window = shown_window(qtbot, store)
    form = RecordEditor(store, "event", store.get(EVENT), window)
    qtbot.addWidget(form, before_close_func=lambda d: d.done(0))
    form.show()
    qtbot.waitExposed(form)
    combo = next(c for c in form.findChildren(QComboBox) if c.lineEdit() and c.currentText() == MIXED_ROLE)
    row = next(r for r in range(combo.count()) if combo.itemText(r) == MIXED_ROLE)
    view = combo.view()
    assert view.layoutDirection() == Qt.LeftToRight
    shown = view.model().index(row, 0).data(Qt.DisplayRole)
    layout = _shown_left_to_right(shown, view.font())   # kept while its line is read
    line = layout.lineAt(0)
    # Read right to left as its writer typed it: «المتحدث», then «باسم», then «UN» at the left end.
    def x(word: str) -> float:
        return line.cursorToX(shown.index(word) + 1)[0]
    assert x("UN") < x("باسم") < x("المتحدث"), shown
    # What the field holds and the form saves is the role as typed.
    combo.setCurrentIndex(row)
    assert combo.currentText() == MIXED_ROLE
    assert form.record()["actors"][0]["role"] == MIXED_ROLE
