"""The search field: a query shown in the order it was typed, with its dates kept whole.

After an Arabic letter the Unicode bidi rules read European digits as Arabic
numbers (rule W2), so «إلى:2025-12» comes out as «12-2025:إلى» in any line
whatever its direction: the year and the month swap places. Only an isolate
around the date keeps it whole, and QLineEdit shows exactly its text, with no
hook for showing anything else. The text stays what was typed (the query, the
history, undo and the clipboard all read it); only the painting, and the mouse
that points into it, use a copy with each date in a left-to-right isolate.
Qt still shapes and orders the whole line itself.
"""
from __future__ import annotations

import unicodedata

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QPainter, QTextLayout, QTextOption
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame, QWidget

from desktop.ui.bidi import date_runs, isolate_runs

# QLineEdit's cursor rectangle starts this far before the cursor's own x (qwidgetlinecontrol.cpp, rectForPos).
_CURSOR_RECT_LEAD = 5


def shown_position(position: int, runs: list[tuple[int, int]]) -> int:
    """A cursor position of the text as a position of the shown text. At a run's edge the cursor
    goes inside the isolate, where the next letter typed will appear."""
    marks = 0
    for start, end in runs:
        if end < position:
            marks += 2
        elif start <= position:
            marks += 1
    return position + marks


class SearchField(QLineEdit):
    """A QLineEdit that paints its dates whole; everything else is QLineEdit's own."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._anchor = 0

    def runs(self) -> list[tuple[int, int]]:
        return date_runs(self.text())

    def _layout(self, text: str) -> QTextLayout:
        # Laid out as QLineEdit lays out its own line: its font, the direction of the text, one unbounded line.
        layout = QTextLayout(text, self.font())
        option = QTextOption()
        option.setTextDirection(Qt.RightToLeft if first_strong_rtl(self.text()) else Qt.LeftToRight)
        option.setFlags(QTextOption.IncludeTrailingSpaces)
        layout.setTextOption(option)
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()
        return layout

    def shown_layout(self) -> tuple[QTextLayout, QPointF]:
        """The line as painted and its origin in the field: the origin of QLineEdit's own line, found
        from its cursor rectangle, so scrolling, margins and icons stay QLineEdit's."""
        own = self._layout(self.text())   # kept while its line is read: a QTextLine outlives no layout
        typed = own.lineAt(0).cursorToX(self.cursorPosition())[0]
        rect = self.cursorRect()
        origin = QPointF(rect.x() + _CURSOR_RECT_LEAD - round(typed), rect.y())
        return self._layout(isolate_runs(self.text(), self.runs())), origin

    def cursor_xs(self) -> list[float]:
        """Where the painted cursor stands for each position of the text (0 to its length), in field
        coordinates. At an isolate's edges Qt answers with the edge of the mark (the other end of the
        date), so a date's first and last positions are its block's left and right."""
        layout, origin = self.shown_layout()
        line, runs = layout.lineAt(0), self.runs()
        xs = [line.cursorToX(shown_position(p, runs))[0] for p in range(len(self.text()) + 1)]
        marks = 0
        for start, end in runs:
            ends = (line.cursorToX(start + marks)[0], line.cursorToX(end + marks + 1)[0])
            xs[start], xs[end] = min(ends), max(ends)
            marks += 2
        return [origin.x() + x for x in xs]

    def _text_area(self) -> QRect:
        option = QStyleOptionFrame()
        self.initStyleOption(option)
        area = self.style().subElementRect(QStyle.SE_LineEditContents, option, self)
        area = area.marginsRemoved(self.textMargins())
        # The search icon, the clear button and the warning are child buttons at the two ends.
        for child in self.findChildren(QWidget, options=Qt.FindDirectChildrenOnly):
            if not child.isVisible() or not area.intersects(child.geometry()):
                continue
            if child.geometry().center().x() < area.center().x():
                area.setLeft(max(area.left(), child.geometry().right() + 1))
            else:
                area.setRight(min(area.right(), child.geometry().left() - 1))
        return area

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        runs = self.runs()
        if not runs:
            return
        layout, origin = self.shown_layout()
        area = self._text_area()
        painter = QPainter(self)
        painter.setClipRect(area)
        # QLineEdit's own line (dates reordered, its cursor) painted over with the field's background.
        painter.fillRect(area, self.palette().base())
        selections = []
        if self.hasSelectedText():
            start = self.selectionStart()
            end = start + len(self.selectedText())
            chosen = QTextLayout.FormatRange()
            chosen.start = shown_position(start, runs)
            chosen.length = shown_position(end, runs) - chosen.start
            chosen.format.setBackground(self.palette().highlight())
            chosen.format.setForeground(self.palette().highlightedText())
            selections.append(chosen)
        painter.setPen(self.palette().text().color())
        layout.draw(painter, origin, selections)
        if self.hasFocus() and not self.hasSelectedText() and not self.isReadOnly():
            option = QStyleOptionFrame()
            self.initStyleOption(option)
            width = self.style().pixelMetric(QStyle.PM_TextCursorWidth, option, self)
            x = self.cursor_xs()[self.cursorPosition()]
            painter.fillRect(QRectF(x, origin.y(), width, layout.lineAt(0).height()), self.palette().text())
        painter.end()

    # The mouse points into the painted line, so its x is read there.
    def _position_at(self, x: float) -> int:
        xs = self.cursor_xs()
        return min(range(len(xs)), key=lambda p: abs(xs[p] - x))

    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.LeftButton or not self.runs():
            super().mousePressEvent(event)
            return
        position = self._position_at(event.position().x())
        if event.modifiers() & Qt.ShiftModifier:
            anchor = self.selectionStart() if self.hasSelectedText() else self.cursorPosition()
            if self.hasSelectedText() and anchor == self.cursorPosition():
                anchor += len(self.selectedText())
            self._anchor = anchor
            self.setSelection(anchor, position - anchor)
        else:
            self._anchor = position
            self.setCursorPosition(position)

    def mouseMoveEvent(self, event) -> None:
        if not (event.buttons() & Qt.LeftButton) or not self.runs():
            super().mouseMoveEvent(event)
            return
        position = self._position_at(event.position().x())
        self.setSelection(self._anchor, position - self._anchor)

    def mouseDoubleClickEvent(self, event) -> None:
        if event.button() != Qt.LeftButton or not self.runs():
            super().mouseDoubleClickEvent(event)
            return
        position = self._position_at(event.position().x())
        text = self.text()
        start = position
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        end = position
        while end < len(text) and not text[end].isspace():
            end += 1
        self._anchor = start
        self.setSelection(start, end - start)


def first_strong_rtl(text: str) -> bool:
    """Whether QLineEdit lays `text` out right to left: its first strong letter is (QString::isRightToLeft)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL", "L"):
            return kind != "L"
    return False
