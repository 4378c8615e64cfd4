"""The form that creates or edits one record of any kind.

The form builds an interchange record and checks it with the same
validation as import (records.validate) plus reference resolution, on every
change: the problems show under their fields and Save stays disabled, so
nothing invalid is ever written. Fields the form does not show (source_span,
review, tags it does not know) are carried over from the record unchanged.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QPlainTextEdit, QScrollArea, QVBoxLayout, QWidget)

from desktop.core import records
from desktop.core.records import ACTOR_TYPES, EVENT_STATUSES, PLACE_TYPES, RecordError
from desktop.ui import reasons
from desktop.ui import labels
from desktop.ui.dialogs.reference_edit import ReferenceEdit


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class RecordEditor(QDialog):
    def __init__(self, store, kind: str, record: dict | None = None, parent=None):
        super().__init__(parent)
        self.store, self.kind = store, kind
        self.original = dict(record or {})
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        title = self.tr("Edit %1") if record else self.tr("New %1")
        self.setWindowTitle(title.replace("%1", labels.kind_singular(kind)))
        self.setMinimumWidth(560)

        form_widget = QWidget(self)
        self.form = QFormLayout(form_widget)
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        getattr(self, f"_build_{kind}")()
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

    # --- fields ------------------------------------------------------------------------

    def _add(self, name: str, label: str, widget: QWidget, required: bool = False) -> QWidget:
        caption = QLabel((label + " *") if required else label, self)
        caption.setBuddy(widget)
        box = QWidget(self)
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        col.addWidget(widget)
        error = QLabel(box)
        error.setObjectName(f"error_{name}")
        error.setWordWrap(True)
        error.setVisible(False)
        col.addWidget(error)
        self.form.addRow(caption, box)
        self.fields[name] = widget
        self.errors[name] = error
        if isinstance(widget, (QLineEdit, ReferenceEdit)):
            widget.textChanged.connect(self.validate)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(self.validate)
            widget.setTabChangesFocus(True)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self.validate)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(self.validate)
        return widget

    def _line(self, name, label, required=False, ltr=False):
        edit = QLineEdit(self)
        if ltr:
            edit.setLayoutDirection(Qt.LeftToRight)
        return self._add(name, label, edit, required)

    def _date(self, name, label):
        edit = self._line(name, label, ltr=True)
        edit.setPlaceholderText(self.tr("YYYY, YYYY-MM or YYYY-MM-DD"))
        return edit

    def _text(self, name, label, height=80, required=False):
        edit = QPlainTextEdit(self)
        edit.setFixedHeight(height)
        # A plain-text document aligns its lines left whatever the layout; follow the UI's direction.
        option = edit.document().defaultTextOption()
        option.setAlignment(Qt.AlignRight if self.isRightToLeft() else Qt.AlignLeft)
        edit.document().setDefaultTextOption(option)
        return self._add(name, label, edit, required)

    def _choice(self, name, label, options):
        combo = QComboBox(self)
        combo.addItem("", None)
        for code in options:
            combo.addItem(labels.value(code), code)
        return self._add(name, label, combo)

    def _ref(self, name, label, kind, required=False):
        return self._add(name, label, ReferenceEdit(self.store, kind, self), required)

    def _common(self):
        self._text("notes", self.tr("Notes"), 60)
        self._line("tags", self.tr("Tags")).setPlaceholderText(self.tr("Separated by commas"))

    def _build_actor(self):
        self._line("name", self.tr("Name"), required=True)
        self._line("name_en", self.tr("English name"), ltr=True)
        self._choice("type", self.tr("Type"), ACTOR_TYPES)
        self._line("title", self.tr("Title or position"))
        self._text("aliases", self.tr("Other names"), 60).setPlaceholderText(self.tr("One a line"))
        self._ref("affiliation", self.tr("Affiliation"), "actor")
        self._text("description", self.tr("Description"))
        self._common()

    def _build_place(self):
        self._line("name", self.tr("Name"), required=True)
        self._line("name_en", self.tr("English name"), ltr=True)
        self._choice("type", self.tr("Type"), PLACE_TYPES)
        self._ref("parent", self.tr("Part of"), "place")
        self._text("aliases", self.tr("Other names"), 60).setPlaceholderText(self.tr("One a line"))
        self._line("lat", self.tr("Latitude"), ltr=True)
        self._line("lon", self.tr("Longitude"), ltr=True)
        self._common()

    def _build_source(self):
        self._text("title", self.tr("Title"), 50, required=True)
        self._line("outlet", self.tr("Outlet"))
        self._date("published", self.tr("Published"))
        self._line("author", self.tr("Author"))
        self._line("url", self.tr("Address (URL)"), ltr=True)
        self._line("language", self.tr("Language code"), ltr=True)
        self._text("summary", self.tr("Summary"), 60)
        self._text("body", self.tr("Text"), 160)
        self._common()

    def _build_event(self):
        self._text("title", self.tr("Title"), 50, required=True)
        self._date("date", self.tr("Date"))
        self._date("date_end", self.tr("Until"))
        self._add("date_precision", self.tr("Precision"), QCheckBox(self.tr("The date is approximate"), self))
        self._choice("status", self.tr("Status"), EVENT_STATUSES)
        self._ref("place", self.tr("Place"), "place")
        self._line("category", self.tr("Category"))
        actors = self._text("actors", self.tr("Actors"), 80)
        actors.setPlaceholderText(self.tr("One a line: a name or id, then | and the role"))
        actors.setToolTip(actors.placeholderText())
        sources = self._text("sources", self.tr("Sources"), 50)
        sources.setPlaceholderText(self.tr("Source ids, one a line"))
        self._text("summary", self.tr("Summary"), 70)
        self._common()

    def _build_quote(self):
        self._text("text", self.tr("Text"), 90, required=True)
        self._ref("speaker", self.tr("Speaker"), "actor", required=True)
        self._date("date", self.tr("Date"))
        self._ref("source", self.tr("Source"), "source")
        self._ref("event", self.tr("Event"), "event")
        self._text("context", self.tr("Context"), 50)
        self._add("partial", self.tr("Partial"), QCheckBox(self.tr("An excerpt of a longer statement"), self))
        self._common()

    # --- record <-> form ---------------------------------------------------------------

    def _load(self) -> None:
        rec = self.original
        names = {}
        if rec.get("id"):
            from desktop.core import views
            info = views.related(self.store, rec["id"])
            names = info["names"] if info else {}
        for name, widget in self.fields.items():
            value = rec.get(name)
            if isinstance(widget, ReferenceEdit):
                widget.set_reference(value, names.get(value) if value else None)
            elif isinstance(widget, QCheckBox):
                widget.setChecked(value == "approximate" if name == "date_precision" else bool(value))
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
            elif name == "actors":
                widget.setPlainText("\n".join(
                    self._actor_label(a["actor"], names) + (f" | {a['role']}" if a.get("role") else "")
                    for a in value or []))
            elif name in ("aliases", "sources"):
                widget.setPlainText("\n".join(value or []))
            elif name == "tags":
                widget.setText(", ".join(value or []))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value or "")
            elif value is not None:
                widget.setText(str(value))

    def _actor_label(self, key: str, names: dict) -> str:
        """An actor's name when it leads back to this actor alone, else the id."""
        name = names.get(key)
        return name if name and self.store.resolve("actor", name) == key else key

    def _form_values(self) -> tuple[dict, dict[str, str]]:
        """The record the form describes, and problems found before validation (by field)."""
        rec = {k: v for k, v in self.original.items() if k not in self.fields}
        rec["kind"] = self.kind
        problems: dict[str, str] = {}
        for name, widget in self.fields.items():
            if isinstance(widget, ReferenceEdit):
                value = widget.reference()
                problem = widget.problem()
                if problem:
                    problems[name] = problem
            elif isinstance(widget, QCheckBox):
                if name == "date_precision":
                    value = "approximate" if widget.isChecked() else None
                else:
                    # Unticked is "not partial": said explicitly only if the record said so.
                    value = True if widget.isChecked() else (False if name in self.original else None)
            elif isinstance(widget, QComboBox):
                value = widget.currentData()
            elif name == "actors":
                value = []
                for line in _lines(widget.toPlainText()):
                    who, _, role = line.partition("|")
                    ref = self.store.resolve("actor", who.strip())
                    if ref is None:
                        problems[name] = self.tr("No single actor matches “%1”").replace("%1", who.strip())
                        ref = who.strip()
                    value.append({"actor": ref, "role": role.strip()} if role.strip() else {"actor": ref})
                value = value or None
            elif name in ("aliases", "sources"):
                value = _lines(widget.toPlainText()) or None
                if name == "sources":
                    missing = [s for s in value or [] if self.store.resolve("source", s) is None]
                    if missing:
                        problems[name] = self.tr("No source with the id %1").replace("%1", missing[0])
            elif name == "tags":
                value = [t.strip() for t in widget.text().replace("،", ",").split(",") if t.strip()] or None
            elif name in ("lat", "lon"):
                text = widget.text().strip()
                value = None
                if text:
                    try:
                        value = float(text)
                    except ValueError:
                        problems[name] = self.tr("must be a number")
            elif isinstance(widget, QPlainTextEdit):
                value = widget.toPlainText() or None
            else:
                value = widget.text().strip() or None
            if value is not None:
                rec[name] = value
        return rec, problems

    def validate(self) -> bool:
        rec, problems = self._form_values()
        general = ""
        try:
            records.validate(rec)
        except RecordError as exc:
            field = (exc.field or "").split("[")[0].split(".")[0]
            if field in self.fields:
                problems.setdefault(field, reasons.translate(exc.reason))
            else:
                general = (f"{exc.field}: " if exc.field else "") + reasons.translate(exc.reason)
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
