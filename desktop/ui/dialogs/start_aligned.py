"""Line edits (and spin boxes) that hold their text at the start of the UI's reading direction, whatever script it is in.

A line edit aligns its text by the text's own direction: in the English UI
an Arabic place name hugs the right edge under an Arabic title that starts
at the left, and a date in the Arabic UI hugs the left. An absolute
alignment to the UI's start side keeps every field of a form alike; the
text still runs in its own direction inside (an Arabic name right to left,
«2025-03» left to right).
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit


def align_to_start(edit: QLineEdit | QAbstractSpinBox) -> None:
    side = Qt.AlignRight if edit.isRightToLeft() else Qt.AlignLeft
    edit.setAlignment(Qt.AlignAbsolute | side | Qt.AlignVCenter)
