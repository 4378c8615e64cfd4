"""The review list's proposal column: a quote cut inside its quotation marks.

The shared eliding (desktop/ui/elide.py) closes every bracket it cut inside and puts «…» after them
all, which suits a reason that quotes a word. A quote row is the speaker and the quote's words in
marks: cut that way it read «محمد نوري الكربولي: «الهجوم لن يثني»…», the «…» outside the quote
it belongs to. Here the words alone are cut, then set in the marks: «…: «الهجوم لن يثني…»».
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

from desktop.ui.delegates import HighlightDelegate
from desktop.ui.elide import elide

# A quote row's parts, [speaker with its colon, words], on the proposal's cell.
QUOTED = Qt.UserRole + 1


def quoted(before: str, words: str, fits: Callable[[str], bool]) -> str:
    """«before«words»» whole if it fits, else with the words cut to fit inside their marks."""
    whole = f"{before}«{words}»"
    if fits(whole):
        return whole
    shown, _kept = elide(words, lambda cut: fits(f"{before}«{cut}»"))
    return f"{before}«{shown}»"


class ProposalDelegate(HighlightDelegate):
    """The proposal column: a quote row cut inside its marks to the cell it is painted in, the other
    rows as every cell is cut (HighlightDelegate)."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802 (Qt's name)
        super().initStyleOption(option, index)
        parts = index.data(QUOTED)
        if not parts or option.rect.width() <= 0:
            return
        style = option.widget.style() if option.widget else QApplication.style()
        # The room HighlightDelegate measures a cell's text against: cut to it, the text is drawn whole.
        room = style.subElementRect(QStyle.SE_ItemViewItemText, option, option.widget).width() - 6
        metrics = option.fontMetrics
        option.text = quoted(parts[0], parts[1], lambda text: metrics.horizontalAdvance(text) <= room)

    def sizeHint(self, option, index):  # noqa: N802 (Qt's name)
        # The row's whole text, not the text cut to the column as it is now (no cell to cut to).
        whole = QStyleOptionViewItem(option)
        whole.rect = QRect()
        return super().sizeHint(whole, index)
