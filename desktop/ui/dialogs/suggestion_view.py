"""How a picker lists its suggestions: each record's name over a short line that tells it apart.

The line is made from the kind's distinguished_by fields (an actor's type,
title and affiliation; a source's outlet and date), in the UI language, with
the other name or alias the typed text matched. The id stays in the item's
data and is never shown. Record text is drawn as plain text: nothing here is
rich text.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.core import dateformat, kinds
from desktop.core.completion import Suggestion
from desktop.core.kinds import fields as f
from desktop.ui import labels
from desktop.ui.bidi import isolate

ID_ROLE = Qt.UserRole + 1          # the record's id
DETAIL_ROLE = Qt.UserRole + 2      # the line under the name
CREATE_ROLE = Qt.UserRole + 3      # True on the "Create new…" row
VALUE_CHARS = 60                   # characters of one value in the line under a name
SEPARATOR = " · "


def _value(fld, value, language: str) -> str:
    if fld.type == f.CHOICE:
        return labels.choice(fld, value)
    if fld.type == f.DATE:
        try:
            return dateformat.format_date(value, language)
        except ValueError:
            return str(value)
    text = " ".join(str(value).split())
    return text if len(text) <= VALUE_CHARS else text[:VALUE_CHARS - 1] + "…"


def detail_text(kind: str, suggestion: Suggestion, language: str) -> str:
    """The line under a suggestion's name: «علاوي» matched, then its distinguishing values."""
    spec = kinds.get(kind)
    parts = []
    if suggestion.also:
        parts.append(QCoreApplication.translate("ReferenceEdit", "also known as %1").replace(
            "%1", isolate(suggestion.also)))
    # Each value isolated: an Arabic title beside an Arabic affiliation in the English UI (or a Latin name
    # in the Arabic UI) would otherwise run together and swap places around the separator.
    parts += [isolate(_value(spec.field(name), value, language)) for name, value in suggestion.details]
    return SEPARATOR.join(p for p in parts if p)


def fill(model: QStandardItemModel, kind: str, found: list[Suggestion], language: str,
         create_label: str | None) -> None:
    """Put the suggestions in `model`, then the "Create new…" row when one is offered."""
    model.clear()
    for suggestion in found:
        item = QStandardItem(suggestion.name)
        item.setData(suggestion.id, ID_ROLE)
        detail = detail_text(kind, suggestion, language)
        item.setData(detail, DETAIL_ROLE)
        item.setToolTip("\n".join(p for p in (suggestion.name, detail) if p))
        item.setEditable(False)
        model.appendRow(item)
    if create_label:
        item = QStandardItem(create_label)
        item.setData(True, CREATE_ROLE)
        item.setEditable(False)
        model.appendRow(item)


class SuggestionDelegate(QStyledItemDelegate):
    """Draws a suggestion as its name over its distinguishing line, in the view's direction."""

    PAD = 4

    def _fonts(self, option) -> tuple[QFont, QFont]:
        small = QFont(option.font)
        small.setPointSizeF(max(6.0, option.font.pointSizeF() * 0.88))
        return option.font, small

    def sizeHint(self, option, index) -> QSize:
        base, small = self._fonts(option)
        height = QFontMetrics(base).height() + 2 * self.PAD
        if index.data(DETAIL_ROLE):
            height += QFontMetrics(small).height()
        return QSize(QFontMetrics(base).horizontalAdvance(index.data(Qt.DisplayRole) or "") + 2 * self.PAD, height)

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        name, detail = opt.text, index.data(DETAIL_ROLE) or ""
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.CE_ItemViewItem, opt, painter, opt.widget)   # background and selection
        selected = bool(opt.state & QStyle.State_Selected)
        base, small = self._fonts(opt)
        create = bool(index.data(CREATE_ROLE))
        rect = opt.rect.adjusted(self.PAD * 2, self.PAD, -self.PAD * 2, -self.PAD)
        align = QStyle.visualAlignment(opt.direction, Qt.AlignLeft | Qt.AlignTop)
        painter.save()
        painter.setLayoutDirection(opt.direction)
        painter.setFont(base)
        # "Create new…" in the link colour: an action among records (not italic: the Arabic faces have none).
        role = QPalette.HighlightedText if selected else QPalette.Link if create else QPalette.Text
        painter.setPen(opt.palette.color(role))
        metrics = QFontMetrics(base)
        painter.drawText(rect, align, metrics.elidedText(name, Qt.ElideRight, rect.width()))
        if detail:
            painter.setFont(small)
            muted = opt.palette.color(QPalette.HighlightedText if selected else QPalette.PlaceholderText)
            painter.setPen(muted)
            below = rect.adjusted(0, metrics.height(), 0, 0)
            painter.drawText(below, align, QFontMetrics(small).elidedText(detail, Qt.ElideRight, rect.width()))
        painter.restore()
