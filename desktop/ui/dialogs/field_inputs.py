"""The widget that edits a field, chosen by the field's type, and the value it gives back.

Each input loads a field's interchange value and gives back the value the
form describes, with a problem found before validation (a name that matches
no record). Everything else is records.validate's to say, so a form checks
exactly what an import checks. Nothing here names a kind or a field.
"""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from desktop.core.kinds import Field, Kind
from desktop.core.kinds import fields as f
from desktop.ui import labels
from desktop.ui.dialogs.reference_edit import ReferenceEdit

# Strings use the RecordEditor context: the inputs are part of that form.
# Heights of the multi-line boxes, in lines of text.
LINES = {f.LONG_TEXT: 3, f.LINKS: 4, f.REFS: 2, f.ALIASES: 3}
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


class NumberInput(FieldInput):
    def value(self, original: dict) -> tuple[Any, str]:
        text = self.widget.text().strip()
        if not text:
            return None, ""
        try:
            return float(text), ""
        except ValueError:
            return text, ""      # validation says it is not a number, in the field's own words


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


class RefsInput(ListInput):
    """Other records, one a line: an id, or a name that leads to one record (stored as its id)."""

    def __init__(self, fld, widget, store):
        super().__init__(fld, widget)
        self.store = store

    def value(self, original):
        out, problem = [], ""
        for line in _lines(self.widget.toPlainText()):
            key = self.store.resolve(self.field.ref, line)
            if key is None:
                problem = problem or QCoreApplication.translate("RecordEditor", "No record with the id %1").replace("%1", line)
            out.append(key or line)
        return out or None, problem


class LinksInput(TextInput):
    """Links to other records with an optional role, one a line: «name or id | role»."""

    def __init__(self, fld, widget, store):
        super().__init__(fld, widget)
        self.store = store
        self.role = fld.links.role if fld.links else None

    def _label(self, key: str, names: dict) -> str:
        """A record's name when it leads back to this record alone, else its id."""
        name = names.get(key)
        return name if name and self.store.resolve(self.field.ref, name) == key else key

    def load(self, value, names) -> None:
        self.widget.setPlainText("\n".join(
            self._label(item[self.field.ref], names)
            + (f" | {item[self.role]}" if self.role and item.get(self.role) else "") for item in value or []))

    def value(self, original):
        out, problem = [], ""
        for line in _lines(self.widget.toPlainText()):
            who, _, role = line.partition("|") if self.role else (line, "", "")
            who, role = who.strip(), role.strip()
            key = self.store.resolve(self.field.ref, who)
            if key is None:
                problem = problem or QCoreApplication.translate("RecordEditor", "No single record matches “%1”").replace("%1", who)
                key = who
            out.append({self.field.ref: key, self.role: role} if role else {self.field.ref: key})
        return out or None, problem


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
        self.widget.textChanged.connect(lambda *_: slot())

    def load(self, value, names) -> None:
        self.widget.set_reference(value, names.get(value) if value else None)

    def value(self, original):
        return self.widget.reference(), self.widget.problem() or ""


def _line(fld: Field, parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    if fld.ltr:
        edit.setLayoutDirection(Qt.LeftToRight)
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


def make_input(store, kind: Kind, fld: Field, parent: QWidget) -> FieldInput | None:
    """The input for a field of the form, or None for a type the forms do not edit (spans)."""
    type_ = fld.type
    if type_ == f.DATE:
        edit = _line(fld, parent)
        edit.setLayoutDirection(Qt.LeftToRight)
        edit.setPlaceholderText(QCoreApplication.translate("RecordEditor", "YYYY, YYYY-MM or YYYY-MM-DD"))
        return LineInput(fld, edit)
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
    if type_ == f.REFS:
        return RefsInput(fld, _box(kind, fld, parent), store)
    if type_ == f.LINKS:
        return LinksInput(fld, _box(kind, fld, parent), store)
    if type_ == f.REF:
        return RefInput(fld, ReferenceEdit(store, fld.ref, parent))
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
