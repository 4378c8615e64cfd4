"""A tab's filter bar, made from its kind: a date range when the kind is dated, and a
drop-down for each field with a query filter and a closed list of values
(type, status, review, grades...). Nothing here names a kind or a field.
"""
from __future__ import annotations

from PySide6.QtCore import QTimer, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QStyle, QWidget

from desktop.core.dates import date_bounds, parse_date
from desktop.core.typed_dates import read_or_as_typed
from desktop.core.errors import RecordError
from desktop.core.kinds import Kind
from desktop.ui import error_text, labels
from desktop.ui.flow_layout import FlowLayout

DATE_DELAY_MS = 300     # typing a date waits for a pause before the table is filtered


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, kind: Kind, parent=None):
        super().__init__(parent)
        self.kind = kind
        self.date_from: QLineEdit | None = None
        self.date_to: QLineEdit | None = None
        self.combos: dict[str, QComboBox] = {}
        # Wraps when the boxes do not fit beside the detail pane: each keeps its width, nothing is squeezed.
        row = FlowLayout(self)
        row.setContentsMargins(6, 0, 6, 0)
        if kind.date:
            self.date_from = self._date_edit(row, self.tr("From"))
            self.date_to = self._date_edit(row, self.tr("To"))
        for fld in kind.filters:
            combo = QComboBox(self)
            combo.setObjectName(f"filter_{fld.name}")
            combo.addItem(self.tr("%1: all").replace("%1", labels.field(fld)), None)
            for option in fld.choices:
                combo.addItem(labels.choice(fld, option.code), option.code)
                hint = labels.choice_hint(fld, option.code)
                if hint:
                    combo.setItemData(combo.count() - 1, hint, Qt.ToolTipRole)
            combo.currentIndexChanged.connect(self.changed)
            row.addWidget(combo)
            self.combos[fld.name] = combo
        self._date_timer = QTimer(self)
        self._date_timer.setSingleShot(True)
        self._date_timer.setInterval(DATE_DELAY_MS)
        self._date_timer.timeout.connect(self.changed)

    def _date_edit(self, row: FlowLayout, caption_text: str) -> QLineEdit:
        # The caption and its box in one piece: a line never wraps between them.
        pair = QWidget(self)
        pair_row = QHBoxLayout(pair)
        pair_row.setContentsMargins(0, 0, 0, 0)
        edit = QLineEdit(pair)
        caption = QLabel(caption_text, pair)
        caption.setBuddy(edit)
        edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        edit.setClearButtonEnabled(True)
        edit.setLayoutDirection(Qt.LeftToRight)
        edit.textChanged.connect(lambda _text: self._date_timer.start())
        # The style's warning icon marks a date that cannot be read, on any palette.
        warning = edit.addAction(self.style().standardIcon(QStyle.SP_MessageBoxWarning), QLineEdit.TrailingPosition)
        warning.setVisible(False)
        edit.setProperty("warning_action", warning)
        # Wide enough for the placeholder (or a date) whole, beside the clear button and the warning:
        # a squeezed «س…» tells the analyst nothing about what to type.
        edit.setFixedWidth(self._date_width(edit))
        pair_row.addWidget(caption)
        pair_row.addWidget(edit)
        row.addWidget(pair)
        return edit

    def _date_width(self, edit: QLineEdit) -> int:
        metrics = edit.fontMetrics()
        text = max(metrics.horizontalAdvance(edit.placeholderText()), metrics.horizontalAdvance("8888-88-88"))
        icon = self.style().pixelMetric(QStyle.PM_SmallIconSize, None, edit)
        # Each trailing button takes its icon and a quarter of it either side; the frame takes its own.
        return text + 2 * (icon + icon // 2) + 4 * self.style().pixelMetric(QStyle.PM_DefaultFrameWidth) + 12

    # --- what the bar asks for -----------------------------------------------------------

    def _date(self, edit: QLineEdit | None, last: bool) -> str | None:
        """The first (or last) day the edit's date covers; None when empty or unreadable (marked)."""
        if edit is None:
            return None
        problem, value = "", None
        if edit.text().strip():
            try:
                first, end = date_bounds(parse_date(read_or_as_typed(edit.text())))
                value = end if last else first
            except RecordError as exc:
                problem = error_text.reason(exc)
        warning = edit.property("warning_action")
        warning.setVisible(bool(problem))
        warning.setToolTip(problem)
        edit.setToolTip(problem)
        return value

    def date_range(self) -> tuple[str | None, str | None]:
        return self._date(self.date_from, last=False), self._date(self.date_to, last=True)

    def values(self) -> tuple[tuple[str, str], ...]:
        """(field, code) of every drop-down set to a value."""
        return tuple((name, combo.currentData()) for name, combo in self.combos.items() if combo.currentData())

    def value(self, field: str) -> str | None:
        combo = self.combos.get(field)
        return combo.currentData() if combo is not None else None

    def set_value(self, field: str, code: str | None) -> None:
        combo = self.combos.get(field)
        if combo is not None:
            combo.setCurrentIndex(max(0, combo.findData(code)))
