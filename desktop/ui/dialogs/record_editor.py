"""The form that creates or edits one record of any kind.

The form is made from the kind registry: one row per field edited in forms
(Field.form), in field order, each with the widget its type calls for
(field_inputs.py); fields of a section (Field.section: what a dataset says
of an event) come last, under a heading that opens and closes them, open
when the record has any of them. It builds an interchange record and checks it with the
same validation as import (records.validate) plus reference resolution, on
every change: Save stays disabled while anything is wrong (its tooltip says
what), so nothing invalid is ever written. A problem shows under its field,
in the UI language, once the user has edited the field or tried to save (a
new form does not open scolding about what nobody typed yet; a stored record
shows its problems at once). The form opens tall enough to show itself
whole, within the screen, and at the size the user last gave a form of the
kind; it grows as rows and problems are added (grow_to_content.py). Fields
the form does not show (source_span, review) are carried over from the
record unchanged. Someone's words (a quote's text) are saved without the
quotation marks typed around them (desktop/core/quote_marks.py).

References are picked by name; "Create new…" in a picker opens another of
these forms for the new record, named as typed, writes it with `create` (the
window's undoable command) and links it. Ctrl+S and Ctrl+Enter save. Escape,
Cancel or closing a form with changes asks before it throws them away.
"""
from __future__ import annotations

import html
from typing import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QMessageBox, QScrollArea, QStyle,
                               QToolButton, QVBoxLayout, QWidget)

from desktop.core import kinds, prefill as linked, records, roles, views
from desktop.core.errors import MarsadError, RecordError
from desktop.core.quote_marks import without_outer_marks
from desktop.ui import error_text, labels, settings
from desktop.ui.dialogs import disclosure, length_note
from desktop.ui.dialogs.field_inputs import FieldInput, make_input
from desktop.ui.dialogs.grow_to_content import GrowToContent
from desktop.ui.dialogs.reference_edit import ReferenceEdit
from desktop.ui.shown_dates import ui_language

SAVE_KEYS = (QKeySequence.Save, "Ctrl+Return", "Ctrl+Enter")
# Writes a record made from inside a form (a new speaker) and gives its id, or None when it was not written.
Write = Callable[[dict], "str | None"]

_FIELD_PATH_END = "[."    # a problem in actors[2].role belongs under actors
SCREEN_MARGIN = 80        # room left on the screen for the window's frame and a glimpse of what is behind


class RecordEditor(QDialog):
    def __init__(self, store, kind: str, record: dict | None = None, parent=None, *, prefill: dict | None = None,
                 create: Write | None = None):
        """`record` to edit (None: a new one), `prefill`: values a new record starts with (a quote's
        speaker), `create`: how a record made with "Create new…" is written (default: straight to the store)."""
        super().__init__(parent)
        self.store, self.kind = store, kind
        self.original = dict(record or {})
        self.prefill = dict(prefill or {})
        self.write_new: Write = create or self._put
        self.inputs: dict[str, FieldInput] = {}
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.length_notes: dict[str, length_note.LengthNote] = {}   # under a title or name far too long
        self.date_note: QLabel | None = None     # says where a date the form filled in came from
        # Problems show under the fields the user edited, or under all of them once Save was tried.
        self.edited: set[str] = set()
        self.show_all = record is not None
        title = self.tr("Edit %1") if record else self.tr("New %1")
        self.setWindowTitle(title.replace("%1", labels.kind(kind)))
        self.setMinimumWidth(560)

        form_widget = QWidget(self)
        self.form_widget = form_widget
        column = QVBoxLayout(form_widget)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        column.addLayout(self.form)
        column.addStretch(1)     # a tall dialog keeps its rows together at the top
        spec = kinds.get(kind)
        self.sections: dict[str, QToolButton] = {}
        edited = [fld for fld in spec.fields if fld.form]
        # The record's own fields first, then each section's (what a dataset says) under its heading.
        for fld in sorted(edited, key=lambda fl: bool(fl.section)):
            if fld.section and fld.section not in self.sections:
                self._add_section(fld)
            found = make_input(store, spec, fld, self, self._create_linked)
            if found is not None:
                self._add(found)
        self.scroll = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_widget)
        scroll.setFrameShape(QScrollArea.NoFrame)

        self.general_error = QLabel(self)
        self.general_error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel, self)
        self.buttons.button(QDialogButtonBox.Save).setToolTip(self.tr("Save (Ctrl+S or Ctrl+Enter)"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for keys in SAVE_KEYS:
            QShortcut(QKeySequence(keys), self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self._load()
        self._link_evidence_date(spec, record is None)
        for name, toggle in self.sections.items():
            # A section opens by itself only on a record that has something in it.
            rec = {**self.original, **self.prefill}
            toggle.setChecked(any(rec.get(fld.name) not in (None, "", []) for fld in spec.fields
                                  if fld.section == name and fld.name in self.inputs))
            self._show_section(name, toggle.isChecked())
        self.edited.clear()                # loading the record was no edit
        self.validate()
        self.unchanged = self.record()     # what the form holds before the user touches it
        self.opened_at: QSize | None = None
        self._grower = GrowToContent(self, scroll, SCREEN_MARGIN, lambda: self.opened_at, self._grown)

    def _add_section(self, fld) -> None:
        """A heading that opens and closes the rows of a section (closed on a record with none of them)."""
        toggle = QToolButton(self)
        toggle.setObjectName(f"section_{len(self.sections)}")
        toggle.setText(labels.section(fld))
        toggle.setCheckable(True)
        toggle.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        toggle.setAutoRaise(True)
        toggle.setIconSize(QSize(disclosure.SIZE, disclosure.SIZE))
        toggle.toggled.connect(lambda shown, name=fld.section: self._show_section(name, shown))
        self.form.addRow(toggle)
        self.sections[fld.section] = toggle

    def _show_section(self, name: str, shown: bool) -> None:
        toggle = self.sections[name]
        toggle.setIcon(disclosure.triangle(toggle, shown))
        spec = kinds.get(self.kind)
        for fld in spec.fields:
            if fld.section == name and fld.name in self.fields:
                self.form.setRowVisible(self.fields[fld.name], shown)
                self.form.setRowVisible(self.errors[fld.name], shown and self._problem_shown(fld.name))

    def _add(self, field_input: FieldInput) -> None:
        fld, widget = field_input.field, field_input.widget
        label = labels.field(fld)
        caption = QLabel((label + " *") if fld.required else label, self)
        caption.setBuddy(widget)
        self.form.addRow(caption, widget)
        # A row of its own under the field: inside the field's row, a wrapped message was given the
        # height of one line and drew over the field once another problem showed.
        error = QLabel(self)
        error.setObjectName(f"error_{fld.name}")
        error.setTextFormat(Qt.PlainText)      # it may quote what was typed
        error.setWordWrap(True)
        self.form.addRow("", error)
        self.form.setRowVisible(error, False)
        spec = kinds.get(self.kind)
        if length_note.watched(spec, fld):
            # Under the problem, so a problem and this note never take each other's place.
            self.length_notes[fld.name] = note = length_note.LengthNote(fld, self)
            self.form.addRow("", note)
            self.form.setRowVisible(note, False)
        self.inputs[fld.name] = field_input
        self.fields[fld.name] = widget
        self.errors[fld.name] = error
        field_input.connect(lambda name=fld.name: self._edited(name))
        if isinstance(widget, ReferenceEdit):
            widget.listing.connect(lambda _open, name=fld.name: self._place_problem(name))
        if fld.name == spec.date and spec.evidence:
            self.date_note = QLabel(self)
            self.date_note.setObjectName("date_note")
            self.date_note.setWordWrap(True)
            self.form.addRow("", self.date_note)
            self.form.setRowVisible(self.date_note, False)

    def _link_evidence_date(self, spec, new: bool) -> None:
        """A record picked from a source (a quote) takes the source's date while it has none of its own."""
        evidence = self.fields.get(spec.evidence or "")
        if not isinstance(evidence, ReferenceEdit) or spec.date not in self.fields or self.date_note is None:
            return
        evidence.chosen.connect(self._evidence_picked)
        # Typing a date of one's own makes the note about the source's date untrue.
        self.fields[spec.date].edit.textEdited.connect(lambda _t: self.form.setRowVisible(self.date_note, False))
        if new and evidence.reference():
            self._evidence_picked(evidence.reference())

    def _evidence_picked(self, key: str) -> None:
        spec = kinds.get(self.kind)
        date_input = self.fields[spec.date]
        date = linked.date_from_evidence(self.kind, {spec.date: date_input.text().strip()}, self.store.get(key))
        if not date:
            return
        date_input.setText(date)
        self.date_note.setText(self.tr("The date is the source’s publication date; change it if the words are older."))
        self.form.setRowVisible(self.date_note, True)

    def _problem_shown(self, name: str) -> bool:
        """Whether the problem under a field shows: not while the field's list of suggestions is open,
        which would cover its first line and leave the rest peeking out under the list."""
        widget = self.fields[name]
        return bool(self.errors[name].text()) and not (isinstance(widget, ReferenceEdit) and widget.listing_now())

    def _place_problem(self, name: str) -> None:
        section = kinds.get(self.kind).field(name).section
        self.form.setRowVisible(self.errors[name], self._problem_shown(name) and
                                (not section or self.sections[section].isChecked()))

    def _edited(self, name: str) -> None:
        self.edited.add(name)
        self.validate()

    # --- record <-> form ---------------------------------------------------------------

    def _load(self) -> None:
        rec = {**self.original, **self.prefill}
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
        spec = kinds.get(self.kind)
        for name, field_input in self.inputs.items():
            value, problem = field_input.value(self.original)
            if spec.byline and name == spec.main and isinstance(value, str):
                # Someone's words are stored without the marks typed around them: every view adds its own.
                value = without_outer_marks(value) or None
            if problem:
                problems[name] = problem
            if value is not None:
                rec[name] = value
        return rec, problems

    def validate(self) -> bool:
        rec, problems = self._form_values()
        # Validation stops at its first problem; every empty field that must be filled is named at once.
        for fld in kinds.get(self.kind).fields:
            if fld.required and fld.name in self.inputs and rec.get(fld.name) in (None, "", []):
                missing = RecordError("record.field_required", field=fld.name, kind=self.kind)
                problems.setdefault(fld.name, error_text.under_field(missing, self._label(fld.name)))
        general = ""
        try:
            records.validate(rec)
        except RecordError as exc:
            field = (exc.field or "")
            for mark in _FIELD_PATH_END:
                field = field.split(mark)[0]
            if field in self.inputs:
                problems.setdefault(field, error_text.under_field(exc, self._label(field)))
            else:
                general = error_text.render(exc, self.kind)
        for name, label in self.errors.items():
            text = problems.get(name, "") if (self.show_all or name in self.edited) else ""
            label.setText(("⚠ " + text) if text else "")
            self._place_problem(name)
        for name, note in self.length_notes.items():
            self.form.setRowVisible(note, note.follow(length_note.text_of(self.fields[name])))
        self.general_error.setText(general)
        self.general_error.setVisible(bool(general))
        ok = not problems and not general
        save = self.buttons.button(QDialogButtonBox.Save)
        save.setEnabled(ok)
        keys = self.tr("Save (Ctrl+S or Ctrl+Enter)")
        save.setToolTip(keys if ok else self._whats_wrong(problems, general) + f"<p>{html.escape(keys)}</p>")
        return ok

    # --- its size -----------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        # Sized on showing: before it, the link lists' rows are not shown yet and hint at no height.
        if self.opened_at is None:
            self.form.invalidate()      # it still holds the link lists' heights from before their rows showed
            self.layout().activate()
            self.resize(self._opening_size())
        super().showEvent(event)

    def _opening_size(self) -> QSize:
        """The size the user last gave this kind's form, else one that shows the whole form; within the screen."""
        whole = self.sizeHint()
        # The scroll area hints at a small box; the form wants its rows' height, and the scroll bar's width.
        whole.setHeight(whole.height() - self.scroll.sizeHint().height() + self.form_widget.sizeHint().height())
        whole.setWidth(max(self.minimumWidth(), self.form_widget.sizeHint().width()
                           + self.style().pixelMetric(QStyle.PM_ScrollBarExtent) + 2 * self.layout().spacing()))
        wanted = settings.RecordForms().size(self.kind) or whole
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry().size() - QSize(SCREEN_MARGIN, SCREEN_MARGIN)
        self.opened_at = wanted.boundedTo(room).expandedTo(self.minimumSizeHint())
        return self.opened_at

    def _grown(self, size: QSize) -> None:
        # Grown with its rows, not by the user: not a size for the next form to open at.
        self.opened_at = size

    def done(self, result: int) -> None:
        # A size the user gave the form is the size its kind's next form opens at.
        if self.opened_at is not None and self.size() != self.opened_at:
            settings.RecordForms().set_size(self.kind, self.size())
        super().done(result)

    def _label(self, name: str) -> str:
        return labels.field(kinds.get(self.kind).field(name))

    def _whats_wrong(self, problems: dict[str, str], general: str) -> str:
        """Save's tooltip while it cannot save: each problem with the field it is in, one a line."""
        # A problem that names its field already («النص مطلوب») is not prefixed with the name again.
        lines = [text if text.startswith(self._label(name)) else f"{self._label(name)}: {text}"
                 for name, text in problems.items()]
        # Escaped: a problem may quote what was typed, and a tooltip would read it as markup.
        return "<p>" + "<br>".join(html.escape(line) for line in lines + ([general] if general else [])) + "</p>"

    def problems(self) -> dict[str, str]:
        return {name: label.text() for name, label in self.errors.items() if label.text()}

    def record(self) -> dict:
        rec, _ = self._form_values()
        return rec

    def accept(self) -> None:
        if self.validate():
            super().accept()

    def save(self) -> None:
        """Save from the keyboard: the record when it is valid, else the first field at fault gets the focus."""
        self.show_all = True
        if self.validate():
            self.accept()
            return
        first = next((name for name in self.inputs if self.errors[name].text()), None)
        if first:
            section = kinds.get(self.kind).field(first).section
            if section and not self.sections[section].isChecked():
                self.sections[section].setChecked(True)
            self.fields[first].setFocus()

    # --- leaving without saving -------------------------------------------------------------

    def changed(self) -> bool:
        return self.record() != self.unchanged

    def reject(self) -> None:
        """Escape, Cancel and closing the window all come here: changes are not thrown away unasked."""
        if self.changed() and not self._discard_confirmed():
            return
        super().reject()

    def _discard_confirmed(self) -> bool:
        box = QMessageBox(QMessageBox.Question, self.windowTitle(), self.tr("Discard your changes?"),
                          QMessageBox.NoButton, self)
        discard = box.addButton(self.tr("Discard"), QMessageBox.DestructiveRole)
        discard.setObjectName("discard")
        keep = box.addButton(self.tr("Keep Editing"), QMessageBox.RejectRole)
        keep.setObjectName("keep_editing")
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard

    # --- records made from inside the form ----------------------------------------------------

    def _create_linked(self, kind: str, text: str) -> tuple[str, str] | None:
        """"Create new…" in a picker: a form for a new `kind` record named `text`; (its id, its name)
        once it is written, None when the user cancels or it cannot be written."""
        spec = kinds.get(kind)
        # What this form already says carries over: a quote's date, source and speaker are the new event's.
        speaker_role = roles.known_role("المتحدث", ui_language()) or ""
        start = {**linked.for_linked(self.kind, self.record(), kind, speaker_role), spec.main: text}
        editor = RecordEditor(self.store, kind, None, self, prefill=start, create=self.write_new)
        if not editor.exec():
            return None
        rec = editor.record()
        key = self.write_new(rec)
        return (key, records.main_text(rec)) if key else None

    def _put(self, record: dict) -> str | None:
        try:
            return self.store.put(record)
        except (MarsadError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Marsad"), error_text.describe(exc))
            return None
