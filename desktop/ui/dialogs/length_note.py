"""A note under a form's title or name that is far longer than titles and names are.

A title of ten thousand characters (a whole article pasted in the wrong box)
was accepted without a word. It may be meant, so the note warns and blocks
nothing: Save stays as validation leaves it and the text stays as typed.
Someone's words and summaries may be long: only the field that names a record
(when the kind has no byline) and its English name are watched.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from desktop.core.kinds import Field, Kind
from desktop.ui import labels
from desktop.ui.bidi import isolate
from desktop.ui.detail_values import grouped_number
from desktop.ui.shown_dates import arabic_digits, ui_language

LIMIT = 500     # characters: longer than any title or name an analyst types


def watched(kind: Kind, fld: Field) -> bool:
    """Whether a field names the record (a title, a name), so that a very long value is likely a mistake."""
    return (fld.name == kind.main and not kind.byline) or fld.name == kind.english


def text_of(widget: QWidget) -> str:
    """What a line or a box holds, without the spaces around it (they are not saved)."""
    return (widget.toPlainText() if hasattr(widget, "toPlainText") else widget.text()).strip()


class LengthNote(QLabel):
    """The note under one field: hidden until its text is longer than LIMIT."""

    def __init__(self, fld: Field, parent: QWidget):
        super().__init__(parent)
        self.field = fld
        self.setObjectName(f"length_{fld.name}")
        self.setTextFormat(Qt.PlainText)
        self.setWordWrap(True)
        # As wide as the field above it: at its own preferred width it broke after two words.
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)

    def follow(self, text: str) -> bool:
        """Words for `text`'s length; whether the note has anything to say."""
        count = len(text)
        if count <= LIMIT:
            self.setText("")
            return False
        digits = arabic_digits(ui_language())
        words = QCoreApplication.translate("LengthNote", "%1: very long (%2 characters); titles and names are usually under %3.")
        self.setText("⚠ " + words.replace("%1", labels.field(self.field))
                     .replace("%2", isolate(grouped_number(count, digits)))
                     .replace("%3", isolate(grouped_number(LIMIT, digits))))
        return True
