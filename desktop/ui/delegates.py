"""A cell delegate that marks the words a search matched.

The model gives spans of the cell's text (from the core highlighter, in the
ORIGINAL text); the delegate elides the text to the cell and lays it out
with QTextLayout, so Arabic shaping and direction stay Qt's, and paints the
spans with a highlight that reads on light and dark palettes alike.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.core import arabic
from desktop.ui.bidi import MARKS as ISOLATE_MARKS
from desktop.ui.elide import elide, with_cut_end_kept


def mark_colour() -> QColor:
    # Translucent amber: visible on white and on dark grey, text stays readable.
    return QColor(255, 196, 0, 110)


class HighlightDelegate(QStyledItemDelegate):
    def paint(self, painter, option, index):
        # Asked of the model directly, not through index.data(): no QVariant round trip per cell.
        model = index.model()
        spans = model.spans_at(index.row(), index.column()) if hasattr(model, "spans_at") else None
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        style = opt.widget.style() if opt.widget else QApplication.style()
        default = "rtl" if opt.direction == Qt.RightToLeft else "ltr"
        own = arabic.text_direction(text, default)
        rect = style.subElementRect(QStyle.SE_ItemViewItemText, opt, opt.widget).adjusted(3, 0, -3, 0)
        metrics = opt.fontMetrics
        fits = metrics.horizontalAdvance(text) <= rect.width()
        if not spans and own == default and (fits or not any(ch in ISOLATE_MARKS for ch in text)):
            # Qt's own drawing, unless the text runs against the view (Qt would elide it with
            # the «…» at the start of the text instead of the end that was cut) or it is cut
            # inside an isolate (Qt's «…» would join the isolated run, its brackets come apart).
            style.drawControl(QStyle.CE_ItemViewItem, opt, painter, opt.widget)
            return
        spans = spans or ()
        opt.text = ""
        style.drawControl(QStyle.CE_ItemViewItem, opt, painter, opt.widget)
        # Spans index the full text; an elided cell keeps its head, so clip them to it.
        shown, visible = elide(text, lambda t: metrics.horizontalAdvance(t) <= rect.width())
        if visible < len(text):
            shown = with_cut_end_kept(shown, own)
        layout = QTextLayout(shown, opt.font)
        text_option = QTextOption()
        # The text takes the direction of its first letter, as Qt's own cells do: an Arabic title
        # in the English UI reads right to left, and its «…» stands at the end that was cut (the
        # left). The cell keeps the view's alignment all the same.
        text_option.setTextDirection(Qt.RightToLeft if own == "rtl" else Qt.LeftToRight)
        text_option.setWrapMode(QTextOption.NoWrap)
        align = QStyle.visualAlignment(opt.direction, opt.displayAlignment)
        text_option.setAlignment((align & Qt.AlignHorizontal_Mask) | Qt.AlignAbsolute)
        layout.setTextOption(text_option)
        formats = []
        for start, end in spans:
            end = min(end, visible)
            if start >= end:
                continue
            fmt = QTextCharFormat()
            fmt.setBackground(mark_colour())
            rng = QTextLayout.FormatRange()
            rng.start, rng.length, rng.format = start, end - start, fmt
            formats.append(rng)
        layout.setFormats(formats)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(rect.width())
        layout.endLayout()
        x = rect.left()
        y = rect.top() + (rect.height() - line.height()) / 2
        selected = opt.state & QStyle.State_Selected
        group = QPalette.Active if opt.state & QStyle.State_Active else QPalette.Inactive
        painter.save()
        painter.setPen(opt.palette.color(group, QPalette.HighlightedText if selected else QPalette.Text))
        painter.setClipRect(QRectF(rect))
        layout.draw(painter, QPointF(x, y))
        painter.restore()
