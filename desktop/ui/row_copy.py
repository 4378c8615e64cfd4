"""What the copy commands of a tab put on the clipboard: rows as plain text, or quotes with their citations.

Plain text is what the table shows of the selected rows: the shown columns
in the order the analyst arranged them, a tab between cells and a line per
row, so it pastes into a spreadsheet cell by cell. Citations are core's
(desktop/core/citation.py), a blank line between two.
"""
from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from desktop.core import citation, safe_text


def selected_rows(tab) -> list[int]:
    """The selected rows in table order; the current row when none is selected."""
    rows = sorted({i.row() for i in tab.view.selectionModel().selectedRows()})
    if not rows and tab.view.currentIndex().isValid():
        rows = [tab.view.currentIndex().row()]
    return rows


def shown_columns(tab) -> list[int]:
    """The model's columns the header shows, in their visual order."""
    header = tab.view.horizontalHeader()
    return [header.logicalIndex(v) for v in range(header.count()) if not header.isSectionHidden(header.logicalIndex(v))]


def rows_text(tab, rows: list[int] | None = None) -> str:
    """The rows' shown cells, tab-separated, a line each."""
    columns = shown_columns(tab)
    rows = selected_rows(tab) if rows is None else rows
    return "\n".join("\t".join(tab.model.text_at(row, column).replace("\t", " ") for column in columns)
                     for row in rows)


def citations_text(get, keys: list[str], language: str, arabic_digits: bool = False) -> str:
    """Each record's citation (quotes and sources; others have none), a blank line between two."""
    found = (citation.citation_for(get, key, language, arabic_digits) for key in keys)
    return "\n\n".join(text for text in found if text)


def to_clipboard(text: str) -> bool:
    """Plain text on the clipboard without the isolates the UI puts around names and ids: pasted
    into a spreadsheet or an editor they would be invisible characters inside the analyst's text."""
    text = safe_text.without_isolates(text)
    if not text:
        return False
    QGuiApplication.clipboard().setText(text)
    return True
