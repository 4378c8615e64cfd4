"""The briefing composer: options, the basket, and a live print preview.

Every change of a widget restarts a short timer; when it fires, the widgets
become a BriefingSpec, the spec a BriefingDocument (desktop.core.briefing),
and that one document is what the preview paints, what Print prints and
what Export writes as PDF (desktop.ui.printing), so the preview is what
prints. The same moment the spec is remembered as the "last" briefing, in
the store when it is writable and on the application object in any case,
so a read-only store loses nothing while the app runs.
"""
from __future__ import annotations

import dataclasses
import json
import time

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
                               QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
                               QSplitter, QStackedWidget, QToolButton, QVBoxLayout, QWidget)

from desktop.core.briefing import (LABELS_AR, LABELS_EN, SECTIONS, BriefingDocument, BriefingError, BriefingSpec,
                                   build_document)
from desktop.core.errors import StoreError
from desktop.ui import calendar_locale, error_text, labels, printing, settings
from desktop.ui.briefing.basket import BasketPanel, BriefingBasket, adding_hint
from desktop.ui.briefing.outputs import LAST_KEY, ComposerOutputsMixin
from desktop.ui.briefing.words import words as briefing_words
from desktop.ui.hint_label import hint_label

PREVIEW_DELAY_MS = 300
MAX_PREVIEW_DELAY_MS = 3000
OBJECT_NAME = "briefing_composer"
# Handling caveats are printed on the sheet, so they follow the briefing's
# language, not the interface's; index i in one list is index i in the other.
CAVEATS = {
    "ar": ("للاستخدام الرسمي", "سري", "غير مصنف"),
    "en": ("For official use", "Confidential", "Unclassified"),
}
# Named in the UI's language like every other word of the dialog: "Arabic" in the English UI.
BRIEFING_LANGUAGES = ("ar", "en")
_MEMORY_PROPERTY = "marsadBriefingLast:"


def _memory_name(store) -> str:
    return _MEMORY_PROPERTY + str(getattr(store, "path", ""))


def remembered_spec(store) -> BriefingSpec | None:
    """The last briefing of this store: this session's, else the one saved in the store."""
    app = QCoreApplication.instance()
    memo = app.property(_memory_name(store)) if app is not None else None
    try:
        data = json.loads(memo) if memo else store.load_briefing(LAST_KEY)
        return BriefingSpec.from_dict(data) if data else None
    except (BriefingError, StoreError, ValueError, TypeError):
        # A damaged or newer "last" briefing must not keep the composer from opening.
        return None


def preferred_digits(language: str) -> bool:
    """Arabic-Indic digits for a briefing in `language` unless the analyst ticks otherwise: an Arabic
    briefing writes its numbers as the app does (Preferences ▸ Digits); an English one, 0123."""
    return language == "ar" and settings.General().arabic_digits()


class BriefingComposer(ComposerOutputsMixin, QDialog):
    """Compose, preview, print, export and save one briefing.

    `add_ids(ids)` adds records to the basket (the entry point for "add the
    selected rows" and "add all search results"); `spec()` / `set_spec()`
    read and fill the widgets.
    """

    previewed = Signal(int)   # after each preview paint, with the page count

    def __init__(self, store, language: str = "ar", parent=None):
        super().__init__(parent)
        self.setObjectName(OBJECT_NAME)
        self.store = store
        self.ui_language = language
        self.document: BriefingDocument | None = None
        self.problem = ""
        self.preview_count = 0
        self._loading = False
        self._digits_explicit = False
        self._remembered: dict | None = None
        self.setWindowTitle(self.tr("Briefing"))
        self.setSizeGripEnabled(True)
        self.resize(1200, 800)

        self.basket = BriefingBasket(store.get, language, self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)

        options = self._build_options()
        preview = self._build_preview()
        splitter = QSplitter(Qt.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(options)
        splitter.addWidget(preview)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([470, 730])
        self.buttons = self._build_buttons()
        self.note = QLabel(self)
        self.note.setObjectName("briefing_note")
        self.note.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self._connect_changes()
        starting = settings.BriefingDefaults().language(language)
        self.set_spec(remembered_spec(store) or BriefingSpec(language=starting))
        # The last briefing's language was the UI's of its day unless the analyst chose it, which is kept.
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(starting)))
        self.language_combo.activated.connect(lambda _index: settings.BriefingDefaults().set_language(self.language()))
        self.refresh_preview()

    # --- building ----------------------------------------------------------------

    def _build_options(self) -> QWidget:
        box = QWidget(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.title_edit = QLineEdit(box)
        self.date_edit = QDateEdit(box)
        self.date_edit.setCalendarPopup(True)
        calendar_locale.suit_date_edit(self.date_edit)
        # ISO order reads the same in both directions and matches the stored dates.
        calendar_locale.show_iso(self.date_edit)
        self.author_edit = QLineEdit(box)
        self.caveat_combo = QComboBox(box)
        self.caveat_combo.setEditable(True)
        self.caveat_combo.setInsertPolicy(QComboBox.NoInsert)
        self.caveat_combo.lineEdit().setPlaceholderText(self.tr("None"))
        self.caveat_combo.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.language_combo = QComboBox(box)
        for code in BRIEFING_LANGUAGES:
            self.language_combo.addItem(labels.language(code), code)
        self.paper_combo = QComboBox(box)
        for paper in ("A4", "Letter"):
            self.paper_combo.addItem(paper, paper)
        self.digits_check = QCheckBox(self.tr("Arabic-Indic digits (٠١٢٣) in dates and page numbers"), box)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.tr("A&uthor:"), self.author_edit)
        form.addRow(self.tr("&Caveat:"), self.caveat_combo)
        sheet = QHBoxLayout()
        sheet.addWidget(self.language_combo, 1)
        paper_label = QLabel(self.tr("&Paper:"), box)
        paper_label.setBuddy(self.paper_combo)
        sheet.addWidget(paper_label)
        sheet.addWidget(self.paper_combo, 1)
        language_label = QLabel(self.tr("&Language:"), box)
        language_label.setBuddy(self.language_combo)
        form.addRow(language_label, sheet)
        form.addRow("", self.digits_check)

        sections = QGroupBox(self.tr("Sections"), box)
        grid = QGridLayout(sections)
        names = {"summary": self.tr("Summary"), "timeline": self.tr("Timeline"), "actors": self.tr("Actors"),
                 "quotes": self.tr("Quotes"), "sources": self.tr("Sources")}
        self.section_checks: dict[str, QCheckBox] = {}
        for i, name in enumerate(SECTIONS):
            check = QCheckBox(names[name], sections)
            check.setObjectName(f"section_{name}")
            self.section_checks[name] = check
            grid.addWidget(check, i // 3, i % 3)

        self.summary_edit = QPlainTextEdit(box)
        self.summary_edit.setPlaceholderText(
            self.tr("Summary: a few paragraphs, separated by an empty line. Printed as written."))
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setMaximumHeight(110)

        self.basket_panel = BasketPanel(self.basket, box)
        records = QGroupBox(self.tr("Records in the briefing"), box)
        records_layout = QVBoxLayout(records)
        records_layout.addWidget(self.basket_panel)
        records_layout.addWidget(hint_label(adding_hint(self.ui_language), "briefing_adding_hint", records))

        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(sections)
        layout.addWidget(self.summary_edit)
        layout.addWidget(records, 1)
        from desktop.ui.briefing.figures_panel import FiguresPanel
        self.figures_panel = FiguresPanel(box)
        layout.addWidget(self.figures_panel)
        return box

    def _build_preview(self) -> QWidget:
        box = QWidget(self)
        # HighResolution: the preview lays text out with a printer's metrics, not the screen's.
        self.printer = QPrinter(QPrinter.HighResolution)
        printing.prepare_printer(self.printer, "A4")
        self.preview = QPrintPreviewWidget(self.printer, box)
        self.preview.setObjectName("briefing_preview")
        self.preview.paintRequested.connect(self._paint_preview)
        self.preview.fitToWidth()
        self.message = QLabel(box)
        self.message.setObjectName("briefing_message")
        self.message.setAlignment(Qt.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setMargin(24)
        self.stack = QStackedWidget(box)
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.preview)

        self.pages_label = QLabel(box)
        fit_width = QToolButton(box)
        fit_width.setText(self.tr("Fit Width"))
        fit_width.clicked.connect(self.preview.fitToWidth)
        fit_page = QToolButton(box)
        fit_page.setText(self.tr("Whole Page"))
        fit_page.clicked.connect(self.preview.fitInView)
        zoom_in = QToolButton(box)
        zoom_in.setText("+")
        zoom_in.setToolTip(self.tr("Zoom in"))
        zoom_in.clicked.connect(lambda: self.preview.zoomIn())
        zoom_out = QToolButton(box)
        zoom_out.setText("−")
        zoom_out.setToolTip(self.tr("Zoom out"))
        zoom_out.clicked.connect(lambda: self.preview.zoomOut())
        self.zoom_buttons = (fit_width, fit_page, zoom_out, zoom_in)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Preview"), box))
        bar.addStretch(1)
        bar.addWidget(self.pages_label)
        for button in self.zoom_buttons:
            bar.addWidget(button)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        return box

    def _build_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(self)
        self.print_button = QPushButton(self.tr("&Print…"), buttons)
        self.export_button = QPushButton(self.tr("&Export PDF…"), buttons)
        self.save_button = QPushButton(self.tr("&Save…"), buttons)
        self.open_button = QPushButton(self.tr("&Open Saved…"), buttons)
        for button in (self.print_button, self.export_button, self.save_button, self.open_button):
            buttons.addButton(button, QDialogButtonBox.ActionRole)
            button.setAutoDefault(False)
        self.close_button = buttons.addButton(QDialogButtonBox.Close)
        self.print_button.clicked.connect(self.print_briefing)
        self.export_button.clicked.connect(self.export_pdf)
        self.save_button.clicked.connect(self.save_named)
        self.open_button.clicked.connect(self.open_saved)
        buttons.rejected.connect(self.reject)
        if getattr(self.store, "readonly", False):
            self.save_button.setEnabled(False)
            self.save_button.setToolTip(self.tr("The store is read-only: briefings cannot be saved in it."))
        return buttons

    def _connect_changes(self) -> None:
        self.title_edit.textChanged.connect(self._changed)
        self.date_edit.dateChanged.connect(self._changed)
        self.author_edit.textChanged.connect(self._changed)
        self.caveat_combo.editTextChanged.connect(self._changed)
        self.language_combo.currentIndexChanged.connect(self._language_changed)
        self.paper_combo.currentIndexChanged.connect(self._changed)
        # clicked, not toggled: only the analyst's own choice pins the digits.
        self.digits_check.clicked.connect(self._digits_clicked)
        for check in self.section_checks.values():
            check.toggled.connect(self._changed)
        self.summary_edit.textChanged.connect(self._changed)
        self.basket.changed.connect(self._changed)
        self.figures_panel.changed.connect(self._changed)

    # --- spec <-> widgets ---------------------------------------------------------

    def language(self) -> str:
        return self.language_combo.currentData() or "ar"

    def spec(self) -> BriefingSpec:
        """The briefing the widgets describe."""
        return BriefingSpec(
            title=self.title_edit.text(),
            date=self.date_edit.date().toString(Qt.ISODate),
            author=self.author_edit.text(),
            caveat=self.caveat_combo.currentText().strip(),
            language=self.language(),
            paper=self.paper_combo.currentData() or "A4",
            sections=tuple(name for name, check in self.section_checks.items() if check.isChecked()),
            summary=self.summary_edit.toPlainText(),
            arabic_indic_digits=self.digits_check.isChecked() if self._digits_explicit else self._unpinned_digits(),
            items=tuple(self.basket.ids()),
            figures=self.figures_panel.entries(),
        )

    def set_spec(self, spec: BriefingSpec) -> None:
        """Fills the widgets from `spec` (one preview update follows, not one per widget)."""
        self._loading = True
        try:
            self.title_edit.setText(spec.title)
            self.date_edit.setDate(QDate.fromString(spec.date, Qt.ISODate))
            self.author_edit.setText(spec.author)
            self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(spec.language)))
            self._fill_caveats(spec.language)
            self.caveat_combo.setEditText(spec.caveat)
            self.paper_combo.setCurrentIndex(max(0, self.paper_combo.findData(spec.paper)))
            for name, check in self.section_checks.items():
                check.setChecked(name in spec.sections)
            self.summary_edit.setPlainText(spec.summary)
            self._digits_explicit = spec.arabic_indic_digits is not None
            self.digits_check.setChecked(spec.arabic_indic_digits if self._digits_explicit
                                         else preferred_digits(spec.language))
            self._update_title_placeholder()
            self.basket.set_ids(spec.items)
            self.figures_panel.set_entries(spec.figures)
        finally:
            self._loading = False
        self._changed()

    def add_ids(self, ids) -> list[str]:
        """Adds record ids to the basket (duplicates skipped, order kept); returns those added."""
        ids = list(ids or ())
        added = self.basket.add(ids)
        if ids:
            self._say(self.tr("Added to the briefing: %n", "", len(added)) if added
                      else self.tr("Those records are already in the briefing."))
        return added

    def add_figure(self, entry: dict) -> None:
        """A story view's drawing into the briefing (desktop.core.figures.figure.entry)."""
        self.figures_panel.add(entry)
        self._say(self.tr("Figure added to the briefing."))

    def records_changed(self, *_kinds) -> None:
        """Re-reads the basket's titles and re-renders: connect to the window's store-changed signal."""
        self.basket.refresh()

    def _fill_caveats(self, language: str) -> None:
        text = self.caveat_combo.currentText().strip()
        # A preset caveat follows a change of language; a typed one is kept as typed.
        for other, presets in CAVEATS.items():
            if other != language and text in presets:
                text = CAVEATS[language][presets.index(text)]
        self.caveat_combo.blockSignals(True)
        self.caveat_combo.clear()
        self.caveat_combo.addItem("")
        self.caveat_combo.addItems(list(CAVEATS.get(language, CAVEATS["ar"])))
        self.caveat_combo.blockSignals(False)
        self.caveat_combo.setEditText(text)

    def _update_title_placeholder(self) -> None:
        labels = LABELS_AR if self.language() == "ar" else LABELS_EN
        self.title_edit.setPlaceholderText(labels.default_title)

    # --- changes and the preview ----------------------------------------------------

    def _changed(self, *_args) -> None:
        if not self._loading:
            self._timer.start()

    def _language_changed(self, *_args) -> None:
        if self._loading:
            return
        self._fill_caveats(self.language())
        self._update_title_placeholder()
        if not self._digits_explicit:
            self.digits_check.setChecked(preferred_digits(self.language()))
        self._changed()

    def _unpinned_digits(self) -> bool | None:
        """The digits a briefing gets that the analyst left alone: None where core's default (Arabic-Indic
        for an Arabic briefing) is the app's preference too, else the preference, written into the briefing."""
        preferred = preferred_digits(self.language())
        return None if preferred == (self.language() == "ar") else preferred

    def _digits_clicked(self, *_args) -> None:
        self._digits_explicit = True
        self._changed()

    def refresh_preview(self) -> None:
        """Widgets -> spec -> document -> preview, now (the timer calls this after a pause)."""
        self._timer.stop()
        spec = self.spec()
        self._remember(spec)
        try:
            document = build_document(spec, self.store.get, briefing_words(spec.language))
        except (BriefingError, StoreError) as exc:
            self._no_document(self._explain(spec, exc))
            return
        self.document = document
        self.problem = ""
        for button in (self.print_button, self.export_button):
            button.setEnabled(True)
            button.setToolTip("")
        for button in self.zoom_buttons:
            button.setEnabled(True)
        printing.prepare_printer(self.printer, document.paper)
        painted = self.preview_count
        # The preview paints by itself the first time it is shown: no second paint then.
        self.stack.setCurrentWidget(self.preview)
        if self.preview_count == painted:
            self.preview.updatePreview()
        if document.missing:
            self._say(self.tr("Not in the store, left out: %n", "",
                              len(document.missing)))

    def _explain(self, spec: BriefingSpec, exc: Exception) -> str:
        if not spec.items:
            return self.tr("The briefing is empty.\n\nSelect events, quotes, actors or sources in the main "
                           "window and choose “Add to Briefing”, or add all search results.")
        # The core's message names the records; ours says what it means for the analyst.
        return (self.tr("Nothing to print: none of the selected records is in this store.") + "\n\n"
                + error_text.describe(exc))

    def _no_document(self, why: str) -> None:
        self.document = None
        self.problem = why
        self.message.setText(why)
        self.stack.setCurrentWidget(self.message)
        self.pages_label.setText("")
        short = why.split("\n", 1)[0]
        for button in (self.print_button, self.export_button):
            button.setEnabled(False)
            button.setToolTip(short)
        for button in self.zoom_buttons:
            button.setEnabled(False)

    def _paint_preview(self, printer) -> None:
        if self.document is None:
            return
        started = time.perf_counter()
        try:
            pages = printing.print_document(self.document, printer, preview=True)
        except BriefingError as exc:
            self._no_document(error_text.describe(exc))
            return
        # A long briefing takes seconds to lay out: wait longer for the typing to stop
        # rather than freeze the window after every pause.
        elapsed_ms = (time.perf_counter() - started) * 1000
        self._timer.setInterval(int(min(MAX_PREVIEW_DELAY_MS, max(PREVIEW_DELAY_MS, 2 * elapsed_ms))))
        self.preview_count += 1
        self.pages_label.setText(self.tr("Pages: %n", "", pages))
        self.previewed.emit(pages)

    def _say(self, text: str) -> None:
        self.note.setText(text)

    # --- remembering ----------------------------------------------------------------

    def _remember(self, spec: BriefingSpec) -> None:
        data = spec.to_dict()
        if data == self._remembered:
            return
        self._remembered = data
        app = QCoreApplication.instance()
        if app is not None:
            app.setProperty(_memory_name(self.store), json.dumps(data, ensure_ascii=False))
        if getattr(self.store, "readonly", False):
            return
        try:
            self.store.save_briefing(LAST_KEY, data)
        except StoreError as exc:
            # Kept in memory (above); the analyst learns why it will not outlive the app.
            self._say(self.tr("The briefing is not remembered in the store: %1").replace(
                "%1", error_text.describe(exc)))

    def done(self, result: int) -> None:
        self._remember(self.spec())
        super().done(result)

    def closeEvent(self, event) -> None:
        # QDialog rejects (and so reaches done()) only when visible; remember in every case.
        self._timer.stop()
        self._remember(self.spec())
        super().closeEvent(event)


    def replace_spec(self, **changes) -> None:
        """set_spec(spec() with some fields changed): a shortcut for callers and tests."""
        self.set_spec(dataclasses.replace(self.spec(), **changes))
