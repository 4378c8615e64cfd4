"""Where the main window opens the first time: 80% of the screen's free area, centred.

Qt's own first size follows the widgets' size hints (738×334 on a 1400×900
screen, with the tabs squeezed); later runs restore the saved geometry.
"""
from __future__ import annotations

from PySide6.QtCore import QRect

SHARE = 0.8
SMALLEST = (800, 520)     # below this the tabs and the detail pane cannot both be read


def first_run_rect(available: QRect, share: float = SHARE) -> QRect:
    """The window's rect (without its frame) inside a screen's available geometry."""
    width = min(available.width(), max(SMALLEST[0], int(available.width() * share)))
    height = min(available.height(), max(SMALLEST[1], int(available.height() * share)))
    left = available.x() + (available.width() - width) // 2
    top = available.y() + (available.height() - height) // 2
    return QRect(left, top, width, height)
