"""The form that creates or edits one record of any kind.

The form is made from the kind registry: one row per field edited in forms
(Field.form), in field order, each with the widget its type calls for
(field_inputs.py). It builds an interchange record and checks it with the
same validation as import (records.validate) plus reference resolution, on
every change: the problems show under their fields, in the UI language, and
Save stays disabled, so nothing invalid is ever written. Fields the form does
not show (source_span, review) are carried over from the record unchanged.
"""
from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QScrollArea, QVBoxLayout, QWidget)

from desktop.core import kinds, records, views
from desktop.core.errors import RecordError
from desktop.ui import error_text, labels
from desktop.ui.dialogs.field_inputs import FieldInput, make_input

_FIELD_PATH_END = "[."    # a problem in actors[2].role belongs under actors


class RecordEditor(QDialog):
    def __init__(self, store, kind: str, record: dict | None = None, parent=None):
        super().__init__(parent)
        self.store, self.kind = store, kind
        self.original = dict(record or {})
        self.inputs: dict[str, FieldInput] = {}
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        title = self.tr("Edit %1") if record else self.tr("New %1")
        self.setWindowTitle(title.replace("%1", labels.kind(kind)))
        self.setMinimumWidth(560)

        form_widget = QWidget(self)
        column = QVBoxLayout(form_widget)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        column.addLayout(self.form)
        column.addStretch(1)     # a tall dialog keeps its rows together at the top
        spec = kinds.get(kind)
        for fld in spec.fields:
            if fld.form:
                found = make_input(store, spec, fld, self)
                if found is not None:
                    self._add(found)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_widget)
        scroll.setFrameShape(QScrollArea.NoFrame)

        self.general_error = QLabel(self)
        self.general_error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self._load()
        self.validate()

    def _add(self, field_input: FieldInput) -> None:
        fld, widget = field_input.field, field_input.widget
        label = labels.field(fld)
        caption = QLabel((label + " *") if fld.required else label, self)
        caption.setBuddy(widget)
        box = QWidget(self)
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        col.addWidget(widget)
        error = QLabel(box)
        error.setObjectName(f"error_{fld.name}")
        error.setWordWrap(True)
        error.setVisible(False)
        col.addWidget(error)
        self.form.addRow(caption, box)
        self.inputs[fld.name] = field_input
        self.fields[fld.name] = widget
        self.errors[fld.name] = error
        field_input.connect(self.validate)

    # --- record <-> form ---------------------------------------------------------------

    def _load(self) -> None:
        rec = self.original
        names = {}
        if rec.get("id"):
            info = views.related(self.store, rec["id"])
            names = info["names"] if info else {}
        for name, field_input in self.inputs.items():
            field_input.load(rec.get(name), names)

    def _form_values(self) -> tuple[dict, dict[str, str]]:
        """The record the form describes, and problems found before validation (by field)."""
        rec = {k: v for k, v in self.original.items() if k not in self.inputs}
        rec["kind"] = self.kind
        problems: dict[str, str] = {}
        for name, field_input in self.inputs.items():
            value, problem = field_input.value(self.original)
            if problem:
                problems[name] = problem
            if value is not None:
                rec[name] = value
        return rec, problems

    def validate(self) -> bool:
        rec, problems = self._form_values()
        general = ""
        try:
            records.validate(rec)
        except RecordError as exc:
            field = (exc.field or "")
            for mark in _FIELD_PATH_END:
                field = field.split(mark)[0]
            if field in self.inputs:
                problems.setdefault(field, error_text.reason(exc))
            else:
                general = error_text.render(exc, self.kind)
        for name, label in self.errors.items():
            text = problems.get(name, "")
            label.setText(("⚠ " + text) if text else "")
            label.setVisible(bool(text))
        self.general_error.setText(general)
        self.general_error.setVisible(bool(general))
        ok = not problems and not general
        self.buttons.button(QDialogButtonBox.Save).setEnabled(ok)
        return ok

    def problems(self) -> dict[str, str]:
        return {name: label.text() for name, label in self.errors.items() if label.text()}

    def record(self) -> dict:
        rec, _ = self._form_values()
        return rec

    def accept(self) -> None:
        if self.validate():
            super().accept()
