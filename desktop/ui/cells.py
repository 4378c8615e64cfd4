"""How a tab's column shows its value: text, width and highlighting by the field's type.

The registry says which columns a kind's tab has (Kind.columns) and what type
each field is; nothing here names a kind or a field. A column is a field of
the kind or a count of the records referring to it (Column.count_of).
`views.rows` gives, per row, one value per column, plus `<name>_key` for a
reference, `<name>_length` for long text, and the kind's end date and
precision beside its date.
"""
from __future__ import annotations

from dataclasses import dataclass

from desktop.core import arabic, dateformat, record_names
from desktop.core.kinds import Column, Field, Kind
from desktop.core.kinds import fields as f
from desktop.ui import labels
from desktop.ui.bidi import cut_mark, isolate
from desktop.ui.detail_values import number_text

# Pixels a column starts with, by what it holds; the analyst's widths are saved per tab.
WIDTHS = {f.DATE: 130, f.CHOICE: 110, f.NUMBER: 90, f.FLAG: 70, f.REF: 180, f.REFS: 200, f.LINKS: 260,
          f.ALIASES: 200, f.TAGS: 160, f.LONG_TEXT: 320, f.TEXT: 170}
MAIN_WIDTHS = {f.LONG_TEXT: 400, f.TEXT: 210}     # the column that names the record gets more
COUNT_WIDTH = 70
DEFAULT_WIDTH = 150
# Characters of text a cell hands to Qt: more than the widest column shows. Qt shapes and
# elides all it is given on every paint (a keystroke's repaint: 300 characters a title
# cost twice the time of 120); the tooltip has the rest.
SHOWN_CHARS = 120

# Types whose cells show record text as written, so a search's highlight spans apply to them.
TEXT_TYPES = frozenset({f.TEXT, f.LONG_TEXT, f.REF, f.LINKS, f.REFS, f.ALIASES, f.TAGS})


@dataclass(frozen=True)
class Cell:
    """One column of a kind's tab, with the field it shows (None for a count)."""
    kind: Kind
    column: Column
    field: Field | None

    @property
    def name(self) -> str:
        return self.column.name

    @property
    def width(self) -> int:
        if self.field is None:
            return COUNT_WIDTH
        if self.field.name == self.kind.main:
            return MAIN_WIDTHS.get(self.field.type, WIDTHS.get(self.field.type, DEFAULT_WIDTH))
        return WIDTHS.get(self.field.type, DEFAULT_WIDTH)

    @property
    def is_text(self) -> bool:
        return self.field is not None and self.field.type in TEXT_TYPES

    @property
    def links(self) -> bool:
        """Whether the cell names one other record (its id is the row's `<name>_key`)."""
        return self.field is not None and self.field.type == f.REF

    def label(self) -> str:
        return labels.column(self.kind, self.column)

    def text(self, row: dict, language: str, arabic_digits: bool = False, whole: bool = False) -> str:
        """The cell's display text for a display row of `views.rows` (`whole`: uncut, for the tooltip)."""
        value = row.get(self.name)
        if self.field is None:
            return _digits(str(value or 0), arabic_digits)
        type_ = self.field.type
        if type_ == f.DATE:
            return _digits(self._date(row, value, language), arabic_digits)
        if type_ == f.CHOICE:
            return labels.choice(self.field, value)
        if type_ == f.LINKS:
            return _joined((record_names.shown(link["name"], link.get("name_en"), language) for link in value or ()),
                           language)
        if type_ in (f.REFS, f.ALIASES, f.TAGS) and isinstance(value, list):
            return _joined(value, language)
        if type_ == f.FLAG:
            return "✓" if value else ""
        if type_ == f.NUMBER:
            # str, not :g, so a count of 1742000000 (a timestamp) is not shown as 1.742e+09.
            return "" if value is None else _digits(number_text(value), arabic_digits)
        if type_ == f.REF:
            value = record_names.shown(value, row.get(f"{self.name}_en"), language)
        if value is None:
            return ""
        text = str(value).replace("\n", " ")
        if not whole and len(text) > SHOWN_CHARS:
            return cut_mark(text[:SHOWN_CHARS].rstrip())
        if (row.get(f"{self.name}_length") or 0) > len(text):
            text = cut_mark(text)
        return text

    def _date(self, row: dict, value, language: str) -> str:
        if not value:
            return ""
        spans = self.field.name == self.kind.date
        end = row.get(self.kind.date_end) if spans and self.kind.date_end else None
        precision = row.get(self.kind.precision) if spans and self.kind.precision else None
        try:
            return dateformat.format_span(value, end, precision, language)
        except ValueError:
            return str(value)


def _joined(names, language: str) -> str:
    """Names in the UI language's list, each in an isolate: an Arabic name and an English one side by side
    in one cell would otherwise run together, the separator taken into whichever came first."""
    return labels.list_separator(language).join(isolate(str(name or "")) for name in names)


def _digits(text: str, arabic_digits: bool) -> str:
    return arabic.to_arabic_indic_digits(text) if arabic_digits else text


def cells(kind: Kind) -> tuple[Cell, ...]:
    """The cells of a kind's tab, in its column order."""
    return tuple(Cell(kind, col, None if col.count_of else kind.field(col.name)) for col in kind.columns)
