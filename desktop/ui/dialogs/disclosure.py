"""The triangle of a heading that opens and closes a section, as an icon so that it mirrors.

A tool button's arrow type is drawn where the left-to-right layout puts it
while its text moves to the mirrored side: in the Arabic UI the triangle
ended up after the text, touching it. An icon is placed by the layout's
direction like the text, so the triangle stays at the start with the
style's gap before the text.
"""
from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QStyle, QStyleOption, QWidget

SIZE = 12


def triangle(widget: QWidget, opened: bool) -> QIcon:
    """Down when open; closed, pointing the way the UI reads (left in the Arabic UI)."""
    if opened:
        arrow = QStyle.PE_IndicatorArrowDown
    else:
        arrow = QStyle.PE_IndicatorArrowLeft if widget.isRightToLeft() else QStyle.PE_IndicatorArrowRight
    ratio = widget.devicePixelRatioF()
    pixmap = QPixmap(int(SIZE * ratio), int(SIZE * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.transparent)
    option = QStyleOption()
    option.initFrom(widget)
    option.rect = QRect(0, 0, SIZE, SIZE)
    painter = QPainter(pixmap)
    widget.style().drawPrimitive(arrow, option, painter, widget)
    painter.end()
    return QIcon(pixmap)
