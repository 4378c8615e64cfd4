"""An elided cell shows its «…» at the end that was cut, whatever the UI's direction (issue 13)."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from desktop.ui.bidi import LRM, RLM, cut_mark  # noqa: E402

ARABIC = "بيان مشترك أمريكي عراقي يعلن الاتفاق على خطة من مرحلتين لإنهاء مهام التحالف الدولي في العراق"


def test_the_cut_mark_keeps_the_direction_of_the_text():
    assert cut_mark("إعلان") == "إعلان…" + RLM
    assert cut_mark("2025 بيان") == "2025 بيان…" + RLM
    assert cut_mark("Iraq announces") == "Iraq announces…" + LRM


def _painted_cell(qtbot, text, direction, spans):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QImage, QPainter, QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QStyleOptionViewItem, QTableView
    from desktop.ui.delegates import HighlightDelegate

    class Model(QStandardItemModel):
        def spans_at(self, row, column):
            return spans

    model = Model(1, 1)
    model.setItem(0, 0, QStandardItem(text))
    view = QTableView()
    qtbot.addWidget(view)
    view.setLayoutDirection(direction)
    view.setModel(model)
    image = QImage(260, 30, QImage.Format_RGB32)
    image.fill(QColor("white"))
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = image.rect()
    option.direction = direction
    option.displayAlignment = Qt.AlignLeft | Qt.AlignVCenter
    option.textElideMode = Qt.ElideRight
    option.widget = view
    painter = QPainter(image)
    HighlightDelegate(view).paint(painter, option, model.index(0, 0))
    painter.end()
    return image


def _ink_heights(image, columns):
    """How tall the ink is in these columns: an ellipsis is a few pixels high, letters are not."""
    rows = [y for y in range(image.height()) for x in columns if image.pixelColor(x, y).lightness() < 140]
    return (max(rows) - min(rows) + 1) if rows else 0


def _ends(image):
    dark = [x for x in range(image.width()) for y in range(image.height())
            if image.pixelColor(x, y).lightness() < 140]
    left, right = min(dark), max(dark)
    return _ink_heights(image, range(left, left + 12)), _ink_heights(image, range(right - 11, right + 1))


@pytest.mark.parametrize("spans", [None, [(0, 4)]], ids=["plain", "highlighted"])
def test_an_arabic_cell_in_the_english_ui_shows_the_ellipsis_on_the_left(qtbot, spans):
    from PySide6.QtCore import Qt
    left, right = _ends(_painted_cell(qtbot, ARABIC, Qt.LeftToRight, spans))
    assert left <= 4 < right        # dots at the left, where the Arabic text was cut


@pytest.mark.parametrize("spans", [None, [(0, 4)]], ids=["plain", "highlighted"])
def test_an_english_cell_in_the_arabic_ui_shows_the_ellipsis_on_the_right(qtbot, spans):
    from PySide6.QtCore import Qt
    text = "Iraq announces that its army will take over the headquarters of the international coalition"
    left, right = _ends(_painted_cell(qtbot, text, Qt.RightToLeft, spans))
    assert right <= 4 < left
