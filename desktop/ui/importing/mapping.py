"""Mapping the columns of an event table of no recognised format (formats.registry) onto Marsad's fields.

The dialog shows the table's header and first rows (a member of an archive
too), and for each field of eventdata.MAPPING_FIELDS a combo of the table's
columns, pre-set to the mapping chosen last for a table with the same columns
(settings.ColumnMappings), else by a guess from the column names (English and
Arabic). Beside them, the dataset's name, which the records' ids carry
(event:<dataset>-…): the file's name at first, then the name chosen last for
these columns. The result is a MappingChoice: `mapping` is the dict that
desktop.core.importing.import_files takes as `mapping=`, `dataset` its
`dataset=`. Only the title is required, as in core: Import stays disabled, with
the reason shown, until it is set.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QGridLayout, QHBoxLayout,
                               QLabel, QLineEdit, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.core import eventdata, inputs
from desktop.core.column_guess import guess_mapping  # noqa: F401 - the dialog's first guess, public here
from desktop.core.errors import InputError
from desktop.core.eventdata import MAPPING_FIELDS
from desktop.core.formats import registry
from desktop.ui import settings

PREVIEW_ROWS = 8


@dataclass(frozen=True)
class MappingChoice:
    """What the analyst chose for a table: field -> column, and the dataset's name."""
    mapping: dict[str, str]
    dataset: str


def needs_mapping(path: str | Path) -> bool:
    """Whether a file (or a member of an archive) is a table core cannot read without a mapping: core's
    content detection decides, as for the import itself."""
    return eventdata.mapped_entry(path) is not None


def _table(path: str | Path) -> inputs.Entry:
    """The table of `path` the dialog maps: the first needing a mapping, else the file itself."""
    return eventdata.mapped_entry(path) or inputs.Entry(str(path), inputs.EVENT_DATA, Path(path).name)


def read_preview(path, rows: int = PREVIEW_ROWS) -> tuple[list[str], list[list[str]]]:
    """The header and the first rows of a table, read the way core will read it (same encoding,
    delimiter and quoting); ([], []) when core cannot read it (the import says why)."""
    try:
        return eventdata.preview(path if isinstance(path, inputs.Entry) else _table(path), rows)
    except InputError:
        return [], []


class ColumnMappingDialog(QDialog):
    def __init__(self, path: str | Path, parent=None):
        super().__init__(parent)
        self.path = Path(path)
        self.table = _table(self.path)
        shown = self.table.inner if self.table.archive else self.path.name
        self.setWindowTitle(self.tr("Columns of %1").replace("%1", shown))
        self.resize(760, 600)
        self.columns, rows = read_preview(self.table)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Marsad does not recognise this file as an export of a format it knows (%1). "
                               "Choose the column that holds each field; only the title is required.")
                       .replace("%1", registry.labels()), self)
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

        # The dataset's name goes into every id (event:<name>-…): two files with the same row ids
        # stay two datasets.
        dataset_row = QHBoxLayout()
        self.dataset = QLineEdit(self)
        self.dataset.setObjectName("dataset")
        self.dataset.setText(remembered_dataset(self.columns) or registry.default_dataset(self.table.stem))
        self.dataset.textChanged.connect(self._check)
        caption = QLabel(self.tr("Dataset name (its records' ids start with it)"), self)
        caption.setBuddy(self.dataset)
        dataset_row.addWidget(caption)
        dataset_row.addWidget(self.dataset, 1)
        layout.addLayout(dataset_row)

        self.message = QLabel(self)
        self.message.setObjectName("mapping_message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel, self)
        # The mapping is remembered, but what the button does is import the table: it says so.
        self.buttons.button(QDialogButtonBox.Save).setText(self.tr("&Import"))
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
            "actor2": self.tr("Second actor"), "fatalities": self.tr("Fatalities"),
        }.get(field, field)

    def mapping(self) -> dict[str, str]:
        return {field: combo.currentData() for field, combo in self.combos.items() if combo.currentData()}

    def choice(self) -> MappingChoice:
        return MappingChoice(self.mapping(), self.dataset.text().strip())

    def problem(self) -> str:
        chosen = self.mapping()
        if "title" not in chosen:
            return self.tr("Choose the column that holds each event's title.")
        name = self.dataset.text().strip()
        if not name:
            return self.tr("Give the dataset a name.")
        try:
            registry.dataset_namespace(name)
        except InputError:
            return self.tr("Choose another dataset name: %1 are the built-in formats' own.").replace(
                "%1", ", ".join(sorted(registry.reserved_namespaces())))
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


def remembered_dataset(columns: list[str]) -> str:
    """The dataset name chosen last for these columns ("" when none, or when it is no longer allowed)."""
    name = settings.ColumnMappings().dataset(columns).strip()
    try:
        registry.dataset_namespace(name)
    except InputError:
        return ""
    return name


def ask_column_mapping(parent, path: str | Path) -> MappingChoice | None:
    """The mapping and dataset name the analyst chose for `path`, or None if they cancelled; both are
    remembered for the next file with the same columns."""
    dialog = ColumnMappingDialog(path, parent)
    if dialog.exec() != QDialog.Accepted:
        return None
    chosen = dialog.choice()
    mappings = settings.ColumnMappings()
    mappings.set_mapping(dialog.columns, chosen.mapping)
    mappings.set_dataset(dialog.columns, chosen.dataset)
    return chosen
