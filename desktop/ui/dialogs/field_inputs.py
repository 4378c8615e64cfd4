"""The widget that edits a field, chosen by the field's type, and the value it gives back.

Each input loads a field's interchange value and gives back the value the
form describes, with a problem found before validation (a name that matches
no record). Everything else is records.validate's to say, so a form checks
exactly what an import checks. Nothing here names a kind or a field.

References are picked by name (reference_edit.py, reference_list.py) and
dates with their precision (date_input.py): no form shows an internal id
where the record it names has a name.
"""
from __future__ import annotations

import re
from typing import Any, Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from desktop.core import completion, roles as role_words
from desktop.core.arabic import to_western_digits
from desktop.core.errors import RecordError
from desktop.core.kinds import Field, Kind
from desktop.core.typed_dates import read_or_as_typed
from desktop.core.kinds import fields as f
from desktop.ui import error_text, labels
from desktop.ui.dialogs.date_input import DateEdit
from desktop.ui.dialogs.reference_edit import Create, ReferenceEdit
from desktop.ui.dialogs.reference_list import ReferenceList
from desktop.ui.dialogs.start_aligned import align_to_start
from desktop.ui.shown_dates import ui_language

# Heights of the multi-line boxes, in lines of text.
LINES = {f.LONG_TEXT: 3, f.ALIASES: 3}
MAIN_LINES = 3       # the field that names the record
WHOLE_TEXT_LINES = 8  # a long text with a digest: a source's whole article


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class FieldInput:
    """A field's widget; subclasses say how a value goes in and comes out."""

    def __init__(self, fld: Field, widget: QWidget):
        self.field = fld
        self.widget = widget

    def connect(self, slot: Callable[[], None]) -> None:
        self.widget.textChanged.connect(lambda *_: slot())

    def load(self, value: Any, names: dict[str, str]) -> None:
        if value is not None:
            self.widget.setText(str(value))

    def value(self, original: dict) -> tuple[Any, str]:
        """(the value, or None to leave the field out; a problem, or "")."""
        return self.widget.text().strip() or None, ""


class LineInput(FieldInput):
    pass


_ISO_SHAPE = re.compile(r"^-?\d{1,4}(?:-\d{1,2}(?:-\d{1,2})?)?$")   # a calendar's problems are validation's


class DateInput(FieldInput):
    """A date as the store writes it ("2025", "2025-03", "2025-03-14"), at the precision known."""

    def load(self, value, names) -> None:
        self.widget.setText(value or "")

    def value(self, original: dict) -> tuple[Any, str]:
        text = self.widget.text().strip()
        stored = read_or_as_typed(text) or None
        if stored and not _ISO_SHAPE.match(to_western_digits(stored)):
            # Not even shaped as a date: the form reads month names too, so its hint names them
            # (validation's own hint, for files, lists only the digits).
            return stored, error_text.reason(RecordError("field.not_typed_date", field=self.field.name, value=text))
        return stored, ""


# A number typed the Arabic way: the Arabic decimal and thousands separators, the minus sign.
_NUMBER_FORMS = str.maketrans({"٫": ".", "٬": "", "\u2212": "-"})


class NumberInput(FieldInput):
    """A number in Western or Arabic-Indic digits; a whole number is shown and given back whole (12, not 12.0)."""

    def load(self, value, names) -> None:
        if value is not None:
            self.widget.setText(str(int(value)) if isinstance(value, float) and value.is_integer() else str(value))

    def value(self, original: dict) -> tuple[Any, str]:
        text = self.widget.text().strip()
        if not text:
            return None, ""
        try:
            number = float(to_western_digits(text).translate(_NUMBER_FORMS))
        except ValueError:
            return text, ""      # validation says it is not a number (or a count), in the field's own words
        # 12 stays 12, not 12.0, so an unchanged count is no change; 12.5 goes on to be refused as no count.
        return (int(number) if number.is_integer() and abs(number) < 2**53 else number), ""


class TextInput(FieldInput):
    def connect(self, slot) -> None:
        self.widget.textChanged.connect(slot)

    def load(self, value, names) -> None:
        self.widget.setPlainText(value or "")

    def value(self, original):
        return self.widget.toPlainText() or None, ""


class ListInput(TextInput):
    """Names, aliases or ids, one a line."""

    def load(self, value, names) -> None:
        self.widget.setPlainText("\n".join(value or []))

    def value(self, original):
        return _lines(self.widget.toPlainText()) or None, ""


class LinksInput(FieldInput):
    """Other records, picked by name one a row, each with its role when the field's links carry one."""

    def __init__(self, fld: Field, widget: ReferenceList):
        super().__init__(fld, widget)
        self.role = fld.links.role if fld.links else None

    def connect(self, slot) -> None:
        self.widget.changed.connect(slot)

    def load(self, value, names) -> None:
        items = value or []
        if self.field.type == f.LINKS:
            pairs = [(item[self.field.ref], item.get(self.role, "") if self.role else "") for item in items]
        else:
            pairs = [(key, "") for key in items]
        self.widget.set_links(pairs)

    def value(self, original):
        found, problem = self.widget.links()
        if self.field.type == f.LINKS:
            out = [{self.field.ref: key, self.role: role} if role else {self.field.ref: key} for key, role in found]
        else:
            out = [key for key, _ in found]
        return out or None, problem or ""


class TagsInput(FieldInput):
    def load(self, value, names) -> None:
        self.widget.setText(", ".join(value or []))

    def value(self, original):
        return [t.strip() for t in self.widget.text().replace("،", ",").split(",") if t.strip()] or None, ""


class ChoiceInput(FieldInput):
    def connect(self, slot) -> None:
        self.widget.currentIndexChanged.connect(lambda *_: slot())

    def load(self, value, names) -> None:
        self.widget.setCurrentIndex(max(0, self.widget.findData(value)))

    def value(self, original):
        return self.widget.currentData(), ""


class FlagInput(FieldInput):
    def connect(self, slot) -> None:
        self.widget.toggled.connect(lambda *_: slot())

    def load(self, value, names) -> None:
        self.widget.setChecked(bool(value))

    def value(self, original):
        # Unticked is "no": said explicitly only when the record said so.
        if self.widget.isChecked():
            return True, ""
        return (False if self.field.name in original else None), ""


class RefInput(FieldInput):
    def connect(self, slot) -> None:
        self.widget.changed.connect(slot)

    def load(self, value, names) -> None:
        self.widget.set_reference(value, names.get(value) if value else None)

    def value(self, original):
        return self.widget.reference(), self.widget.problem() or ""


def _line(fld: Field, parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    if fld.ltr:
        edit.setLayoutDirection(Qt.LeftToRight)
    align_to_start(edit)
    if fld.hint:
        edit.setPlaceholderText(labels.hint(fld))
    return edit


def _box(kind: Kind, fld: Field, parent: QWidget) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    lines = WHOLE_TEXT_LINES if fld.digest else MAIN_LINES if fld.name == kind.main else LINES.get(fld.type, 3)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    edit.setTabChangesFocus(True)
    # A plain-text document aligns its lines left whatever the layout; follow the field's direction.
    rtl = parent.isRightToLeft() and not fld.ltr
    if fld.ltr:
        edit.setLayoutDirection(Qt.LeftToRight)
    option = edit.document().defaultTextOption()
    option.setAlignment(Qt.AlignRight if rtl else Qt.AlignLeft)
    edit.document().setDefaultTextOption(option)
    if fld.hint:
        edit.setPlaceholderText(labels.hint(fld))
        edit.setToolTip(labels.hint(fld))
    return edit


def make_input(store, kind: Kind, fld: Field, parent: QWidget, create: Create | None = None) -> FieldInput | None:
    """The input for a field of the form, or None for a type the forms do not edit (spans).

    `create` makes a record a reference names that is not in the store yet ("Create new…").
    """
    type_ = fld.type
    if type_ == f.DATE:
        return DateInput(fld, DateEdit(parent))
    if type_ == f.TEXT:
        return LineInput(fld, _line(fld, parent))
    if type_ == f.NUMBER:
        edit = _line(fld, parent)
        edit.setLayoutDirection(Qt.LeftToRight)
        return NumberInput(fld, edit)
    if type_ == f.TAGS:
        return TagsInput(fld, _line(fld, parent))
    if type_ == f.LONG_TEXT:
        return TextInput(fld, _box(kind, fld, parent))
    if type_ == f.ALIASES:
        return ListInput(fld, _box(kind, fld, parent))
    if type_ in (f.REFS, f.LINKS):
        carries_role = bool(fld.links and fld.links.role)
        # The common roles in the UI language follow the store's own, so even a new store offers a list.
        roles = (role_words.offered(completion.roles(store, kind.name, fld.name), ui_language())
                 if carries_role else None)
        return LinksInput(fld, ReferenceList(store, fld.ref, roles, create, parent))
    if type_ == f.REF:
        return RefInput(fld, ReferenceEdit(store, fld.ref, parent, create))
    if type_ == f.CHOICE:
        combo = QComboBox(parent)
        combo.addItem("", None)
        for option in fld.choices:
            hint = labels.choice_hint(fld, option.code)
            combo.addItem(labels.choice(fld, option.code) + (f" — {hint}" if hint else ""), option.code)
        return ChoiceInput(fld, combo)
    if type_ == f.FLAG:
        return FlagInput(fld, QCheckBox(labels.hint(fld) or labels.field(fld), parent))
    return None
