"""The recent searches under the search field line up with the field's own text: each query on the side
the field puts it (an Arabic one at the right under the English UI's field, a Latin one at the left under
the Arabic UI's), its text clear of the field's search icon and clear button as the field's is."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QRect  # noqa: E402
from PySide6.QtWidgets import QToolButton  # noqa: E402

from desktop.ui import settings  # noqa: E402
from tests.ui.conftest import shown_window  # noqa: E402

ARABIC, LATIN = "علاوي", "Allawi"
SLACK = 3       # pixels: the field and the list shape the same text with the same font


def ink(image, rect: QRect) -> tuple[int, int]:
    """The leftmost and rightmost columns inside `rect` of `image` with text: pixels far from the row's
    own background (its first column's), so white text on a highlighted row counts as dark on white."""
    def text_at(x: int, y: int) -> bool:
        return abs(image.pixelColor(x, y).lightness() - image.pixelColor(rect.left(), y).lightness()) > 60
    columns = [x for x in range(rect.left(), rect.right() + 1)
               if any(text_at(x, y) for y in range(rect.top(), rect.bottom() + 1))]
    return columns[0], columns[-1]


def field_ink(field, text: str) -> tuple[int, int]:
    field.setText(text)
    image = field.grab().toImage()
    buttons = [b.geometry() for b in field.findChildren(QToolButton) if b.isVisible()]
    left = max([b.right() + 1 for b in buttons if b.center().x() < field.width() / 2], default=2)
    right = min([b.left() - 1 for b in buttons if b.center().x() >= field.width() / 2], default=field.width() - 3)
    return ink(image, QRect(left, 3, right - left, field.height() - 6))


@pytest.fixture(params=["en", "ar"])
def window(request, qtbot, store, qapp):
    from desktop.ui.app import install_language
    for query in (LATIN, ARABIC):
        settings.SearchHistory().add(query)
    install_language(qapp, request.param)
    window = shown_window(qtbot, store, kind="quote", size=(1000, 600), language=request.param)
    yield window
    window.search_field.blockSignals(True)
    window.search_field.clear()
    window.close()
    install_language(qapp, "en")


def test_each_recent_search_lines_up_with_the_fields_text(window, qtbot):
    field, history = window.search_field, window.history
    expected = {query: field_ink(field, query) for query in (ARABIC, LATIN)}
    field.setText(LATIN)        # a query in the field: its clear button shown, as while typing
    history.show_all()
    popup = history.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.width() == field.width()
    for current in (None, 0):
        if current is not None:     # a row chosen with the arrow keys keeps its place
            popup.setCurrentIndex(popup.model().index(current, 0))
        lined_up(popup, expected)
    popup.hide()


def lined_up(popup, expected) -> None:
    image = popup.viewport().grab().toImage()
    offset = popup.viewport().mapTo(popup, popup.viewport().rect().topLeft()).x()
    for row in range(popup.model().rowCount()):
        index = popup.model().index(row, 0)
        query = index.data()
        query = ARABIC if ARABIC in query else LATIN
        left, right = ink(image, popup.visualRect(index))
        want_left, want_right = expected[query]
        if query == ARABIC:
            assert abs(right + offset - want_right) <= SLACK, (query, right + offset, want_right)
        else:
            assert abs(left + offset - want_left) <= SLACK, (query, left + offset, want_left)
