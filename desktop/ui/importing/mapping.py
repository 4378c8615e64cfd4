"""Mapping the columns of an event CSV that is neither ACLED nor GDELT onto Marsad's fields.

The dialog shows the file's header and first rows, and for each field of
eventdata.MAPPING_FIELDS a combo of the file's columns, pre-set to the
mapping chosen last for a file with the same columns (settings.ColumnMappings),
else by a guess from the column names (English and Arabic). The result is the dict that
desktop.core.importing.import_files takes as `mapping=`. Only the title is required,
as in core: Save stays disabled, with the reason shown, until it is set.
"""
from __future__ import annotations

import csv
import itertools
from pathlib import Path

from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QGridLayout, QLabel,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.core import eventdata
from desktop.core.column_guess import guess_mapping  # noqa: F401 - the dialog's first guess, public here
from desktop.core.eventdata import MAPPING_FIELDS, EventDataError
from desktop.ui import settings

PREVIEW_ROWS = 8
TABLE_SUFFIXES = (".csv", ".tsv")


def needs_mapping(path: str | Path) -> bool:
    """Whether a .csv/.tsv file is one core cannot read without a mapping (not ACLED, not GDELT)."""
    path = Path(path)
    if path.suffix.lower() not in TABLE_SUFFIXES:
        return False
    try:
        with open(path, "rb") as fh:
            first = fh.readline().lstrip(b"\xef\xbb\xbf").decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return False    # the import reports the file's problem itself, with its line
    if not first.strip():
        return False
    try:
        eventdata.detect_format(first)
    except EventDataError:
        return True
    return False


def read_preview(path: str | Path, rows: int = PREVIEW_ROWS) -> tuple[list[str], list[list[str]]]:
    """The header and the first rows of a CSV, read the way core will read it (same delimiter)."""
    path = Path(path)
    with open(path, encoding="utf-8-sig", errors="replace", newline="") as fh:
        first = fh.readline()
        try:
            delimiter = eventdata.detect_format(first, {}).delimiter
        except EventDataError:
            delimiter = ","
        header = [c.strip() for c in next(csv.reader([first], delimiter=delimiter), [])]
        body = [row for row in itertools.islice(csv.reader(fh, delimiter=delimiter), rows) if row]
    return header, body


class ColumnMappingDialog(QDialog):
    def __init__(self, path: str | Path, parent=None):
        super().__init__(parent)
        self.path = Path(path)
        self.setWindowTitle(self.tr("Columns of %1").replace("%1", self.path.name))
        self.resize(760, 560)
        self.columns, rows = read_preview(self.path)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Marsad does not recognise this file as an ACLED or GDELT export. Choose the "
                               "column that holds each field; only the title is required."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.preview = QTableWidget(len(rows), len(self.columns), self)
        self.preview.setHorizontalHeaderLabels(self.columns)
        self.preview.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.preview.setMaximumHeight(220)
        for r, row in enumerate(rows):
            for c, value in enumerate(row[:len(self.columns)]):
                self.preview.setItem(r, c, QTableWidgetItem(value))
        layout.addWidget(self.preview)

        self.remembered = remembered_mapping(self.columns)
        if self.remembered:
            note = QLabel(self.tr("The columns are set as you chose last time for a file with these columns."),
                          self)
            note.setObjectName("remembered_note")
            note.setWordWrap(True)
            layout.addWidget(note)

        grid_box = QWidget(self)
        grid = QGridLayout(grid_box)
        self.combos: dict[str, QComboBox] = {}
        guess = self.remembered or guess_mapping(self.columns)
        half = (len(MAPPING_FIELDS) + 1) // 2
        for n, field in enumerate(MAPPING_FIELDS):
            combo = QComboBox(grid_box)
            combo.addItem(self.tr("(not in the file)"), None)
            for col in self.columns:
                if col:
                    combo.addItem(col, col)
            if field in guess:
                combo.setCurrentIndex(combo.findData(guess[field]))
            combo.currentIndexChanged.connect(self._check)
            caption = QLabel(self._label(field) + (" *" if field == "title" else ""), grid_box)
            caption.setBuddy(combo)
            row, col = n % half, (n // half) * 2
            grid.addWidget(caption, row, col)
            grid.addWidget(combo, row, col + 1)
            self.combos[field] = combo
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        layout.addWidget(grid_box)

        self.message = QLabel(self)
        self.message.setObjectName("mapping_message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._check()

    def _label(self, field: str) -> str:
        return {
            "title": self.tr("Title"), "date": self.tr("Date"), "date_end": self.tr("Until"),
            "summary": self.tr("Summary"), "category": self.tr("Category"), "status": self.tr("Status"),
            "id": self.tr("Identifier"), "notes": self.tr("Notes"), "place": self.tr("Place"),
            "country": self.tr("Country"), "admin1": self.tr("Province"), "admin2": self.tr("District"),
            "lat": self.tr("Latitude"), "lon": self.tr("Longitude"),
            "actors": self.tr("Actors (separated by ;)"), "actor1": self.tr("First actor"),
            "actor2": self.tr("Second actor"),
        }.get(field, field)

    def mapping(self) -> dict[str, str]:
        return {field: combo.currentData() for field, combo in self.combos.items() if combo.currentData()}

    def problem(self) -> str:
        chosen = self.mapping()
        if "title" not in chosen:
            return self.tr("Choose the column that holds each event's title.")
        if ("lat" in chosen) != ("lon" in chosen):
            return self.tr("Choose both latitude and longitude, or neither.")
        if "date_end" in chosen and "date" not in chosen:
            return self.tr("An end date needs a date column too.")
        return ""

    def _check(self) -> None:
        problem = self.problem()
        self.message.setText(("⚠ " + problem) if problem else "")
        self.buttons.button(QDialogButtonBox.Save).setEnabled(not problem)

    def accept(self) -> None:
        if not self.problem():
            super().accept()


def remembered_mapping(columns: list[str]) -> dict[str, str]:
    """The mapping chosen last for these columns, when it still fits them ({} otherwise)."""
    chosen = settings.ColumnMappings().mapping(columns)
    present = {c for c in columns if c}
    if "title" not in chosen or any(f not in MAPPING_FIELDS or c not in present for f, c in chosen.items()):
        return {}
    return chosen


def ask_column_mapping(parent, path: str | Path) -> dict[str, str] | None:
    """The mapping the analyst chose for `path`, or None if they cancelled; a chosen one is
    remembered for the next file with the same columns."""
    dialog = ColumnMappingDialog(path, parent)
    if dialog.exec() != QDialog.Accepted:
        return None
    chosen = dialog.mapping()
    settings.ColumnMappings().set_mapping(dialog.columns, chosen)
    return chosen
