"""Running an import behind a progress dialog, then showing what it did or why it did nothing.

The import itself is core (desktop.core.importing.import_files). It runs in a QThread
with its own connection (SQLite connections stay in the thread that opened
them), inside one outer transaction: Cancel is honoured up to the commit,
not just at core's periodic checks, so a cancelled import never leaves
anything behind. The window's connection reads the result after the commit
(WAL), and the modal progress dialog keeps the window from writing meanwhile.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt, QThread, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QMessageBox, QPlainTextEdit,
                               QProgressDialog, QPushButton, QVBoxLayout, QWidget)

from desktop.core import importing as core_importing
from desktop.core import kinds
from desktop.core.errors import BadRowsError, BatchError, Cancelled, MarsadError
from desktop.core.storage import Store
from desktop.core.writing import ImportReport
from desktop.ui.modal_work import wait_behind
from desktop.ui import error_text, labels, reason_text, settings, shown_dates
from desktop.ui.detail_values import grouped_number
from desktop.ui.import_changes import changes_widget



@dataclass
class Outcome:
    """How a run ended: a report (written, or rolled back for a dry run), problems, or cancelled."""
    report: ImportReport | None = None
    problems: list[BaseException] = field(default_factory=list)   # MarsadErrors, or an OSError
    cancelled: bool = False
    dry_run: bool = False
    bad_rows_only: bool = False     # every problem is an event-data row that skipping bad rows leaves out
    skipping: bool = False          # the run left bad rows out (skip_bad_rows)

    @property
    def can_skip_bad_rows(self) -> bool:
        """Importing again with bad rows skipped would import the valid rows."""
        return self.bad_rows_only and not self.skipping

    @property
    def errors(self) -> list[str]:
        """Every problem as a line, `file:line: field: reason`, in the UI language (GUI thread only)."""
        out: list[str] = []
        for problem in self.problems:
            out += error_text.lines(problem) if isinstance(problem, MarsadError) else [error_text.describe(problem)]
        return out


class _Rollback(Exception):
    """Raised inside the worker's transaction to undo a dry run or a late cancel."""


class ImportThread(QThread):
    """One import in a worker thread; `done` carries the Outcome."""

    progress = Signal(object)    # core.errors.Notice: worded in the UI language when shown
    done = Signal(object)

    def __init__(self, store_path, paths, options: dict | None = None, parent=None):
        super().__init__(parent)
        self.store_path = store_path
        self.paths = [str(p) for p in paths]
        self.options = dict(options or {})
        # Why extraction proposed each record, stored as its notes: in the UI language, not core's English.
        self.options.setdefault("word_reason", reason_text.word)
        self.store_options = settings.store_options()    # read here: QSettings belongs to the GUI thread
        self._cancel = threading.Event()
        self.outcome: Outcome | None = None

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        self.outcome = self._import()
        self.done.emit(self.outcome)

    def _import(self) -> Outcome:
        options = dict(self.options)
        dry_run = bool(options.pop("dry_run", False))
        try:
            store = Store.open(self.store_path, **self.store_options)
        except (MarsadError, OSError) as exc:
            return Outcome(problems=[exc])
        skipping = bool(options.get("skip_bad_rows"))
        outcome = Outcome(dry_run=dry_run, skipping=skipping)
        try:
            if not dry_run:
                # Before the transaction: a copy is taken of the store as it is outside one.
                core_importing.backup_before(store, core_importing.input_size(self.paths))
            # The outer transaction makes the commit ours: core's own transaction joins it.
            with store.transaction():
                outcome.report = core_importing.import_files(
                    store, self.paths, progress=self.progress.emit, cancelled=self.cancelled, **options)
                if self.cancelled():
                    raise Cancelled()
                if dry_run:
                    raise _Rollback
        except _Rollback:
            pass
        except Cancelled:
            outcome = Outcome(cancelled=True)
        except BatchError as exc:
            outcome = Outcome(problems=list(exc.problems), bad_rows_only=isinstance(exc, BadRowsError),
                              skipping=skipping)
        except (MarsadError, OSError) as exc:
            # Not a file:line problem (a locked store, a full disk): shown the same way.
            outcome = Outcome(problems=[exc])
        finally:
            store.close()
        return outcome


def progress_text(notice) -> str:
    """Core's word of progress («50,000 records checked») in the UI language, from its code."""
    return error_text.render(notice) if isinstance(notice, MarsadError) else str(notice)


class ImportProgress(QProgressDialog):
    """The modal busy dialog over an ImportThread; Cancel asks the thread to stop."""

    def __init__(self, thread: ImportThread, count: int, parent=None):
        super().__init__(parent)
        self.thread_ = thread
        self.setWindowTitle(self.tr("Import"))
        self.setLabelText(self.tr("Importing %n file(s)…", "", count))
        self.setCancelButtonText(self.tr("Cancel"))
        self.setRange(0, 0)
        self.setWindowModality(Qt.WindowModal if parent is not None else Qt.ApplicationModal)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumWidth(380)
        thread.progress.connect(lambda message: self.setLabelText(progress_text(message)))
        self.canceled.connect(self._cancel)

    def _cancel(self) -> None:
        self.thread_.cancel()
        # QProgressDialog hides itself on Cancel; stay up, saying so, until the thread has stopped.
        self.setLabelText(self.tr("Cancelling… nothing will be written."))
        self.setCancelButton(None)
        self.show()


def run_import(parent, store, paths, **options) -> Outcome:
    """Import `paths` in a worker thread behind a modal progress dialog; returns when it is over."""
    paths = [str(p) for p in paths]
    thread = ImportThread(store.path, paths, options, parent)
    dialog = ImportProgress(thread, len(paths), parent)
    return wait_behind(thread, dialog) or Outcome(problems=[MarsadError("input.worker_died")])


def _follow_ui_direction(box: QPlainTextEdit) -> None:
    """Lines worded in the UI language read in its direction.

    Each line starts with an isolated file name: left to Qt, a Latin path
    would make an Arabic line a left-to-right paragraph.
    """
    option = box.document().defaultTextOption()
    option.setTextDirection(box.layoutDirection())
    # A plain-text document aligns to the absolute side asked for, whatever the direction.
    option.setAlignment(Qt.AlignRight if box.isRightToLeft() else Qt.AlignLeft)
    box.document().setDefaultTextOption(option)


class ImportErrorsDialog(QDialog):
    """Every file:line problem of a failed import, in a text box the analyst can copy from.

    When every problem is a bad row of event data (`can_skip`), the dialog
    also offers to import the valid rows and list the skipped ones: exec()
    then returns SKIP_BAD_ROWS.
    """

    SKIP_BAD_ROWS = 3

    def __init__(self, errors: list[str], parent=None, *, can_skip: bool = False):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import Failed"))
        self.resize(720, 420)
        layout = QVBoxLayout(self)
        if can_skip:
            text = self.tr("Nothing was imported: %n row(s) have problems. Correct the file and import it "
                           "again, or import the valid rows and see the skipped ones listed with their lines.",
                           "", len(errors))
        else:
            text = self.tr("Nothing was imported: %n problem(s) were found. Correct the files and "
                           "import them again.", "", len(errors))
        summary = QLabel(text, self)
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.text = _copyable_lines(errors, self)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        copy = QPushButton(self.tr("Copy All"), self)
        buttons.addButton(copy, QDialogButtonBox.ActionRole)
        copy.clicked.connect(self.copy_all)
        self.skip_button: QPushButton | None = None
        if can_skip:
            self.skip_button = QPushButton(self.tr("Import the valid rows and list the skipped ones"), self)
            buttons.addButton(self.skip_button, QDialogButtonBox.AcceptRole)
            self.skip_button.clicked.connect(lambda: self.done(self.SKIP_BAD_ROWS))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy_all(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())


def _copyable_lines(lines: list[str], parent) -> QPlainTextEdit:
    """Read-only lines of problems, one a line, in the UI's direction."""
    box = QPlainTextEdit(parent)
    box.setReadOnly(True)
    box.setLineWrapMode(QPlainTextEdit.NoWrap)
    _follow_ui_direction(box)
    box.setPlainText("\n".join(lines))
    return box


class ImportResultDialog(QDialog):
    """What an import created, updated and proposed, and which inputs it skipped and why."""

    REVIEW = 2   # exec() result when the analyst asks to review the proposals now

    def __init__(self, report: ImportReport, *, dry_run: bool = False, can_review: bool = False,
                 parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Checked, Nothing Written") if dry_run else self.tr("Import Finished"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        created, updated, proposed = (sum(getattr(report, n).values()) for n in ("created", "updated", "proposed"))
        # One count a phrase: Qt picks each one's plural form («سجل واحد», «سجلان», «24 سجلًا»).
        parts = [_counted(self.tr("%n record(s) created", "", created), created),
                 _counted(self.tr("%n record(s) updated", "", updated), updated)]
        if proposed:
            parts.append(_counted(self.tr("%n of them are proposals waiting for review", "", proposed), proposed))
            headline = self.tr("%1, %2; %3.")
        else:
            headline = self.tr("%1, %2.")
        for number, part in enumerate(parts, 1):
            headline = headline.replace(f"%{number}", part)
        self.headline = QLabel(headline, self)
        self.headline.setWordWrap(True)
        layout.addWidget(self.headline)
        if dry_run:
            note = QLabel(self.tr("This was a check: the store was not changed."), self)
            layout.addWidget(note)
        table = QWidget(self)
        form = QFormLayout(table)
        self.rows: dict[str, QLabel] = {}
        for kind in kinds.KINDS:
            c, u, p = report.created.get(kind, 0), report.updated.get(kind, 0), report.proposed.get(kind, 0)
            if not (c or u or p):
                continue
            text = self.tr("%1 new, %2 updated, %3 proposed").replace("%1", _number(c)).replace(
                "%2", _number(u)).replace("%3", _number(p))
            self.rows[kind] = QLabel(text, table)
            form.addRow(labels.kind_plural(kind) + ":", self.rows[kind])
        layout.addWidget(table)
        self.changes = changes_widget(report, self)     # which fields of stored records changed
        if self.changes is not None:
            layout.addWidget(self.changes)
        self.skipped: QPlainTextEdit | None = None
        self.rows_note: QLabel | None = None
        self.skipped_heading: QLabel | None = None
        if report.skipped:
            if report.skipped_rows:
                note = self.tr("%n row(s) with problems were left out; the valid rows were imported. "
                               "Each is listed below with its line and why.", "", report.skipped_rows)
                if dry_run:
                    note = self.tr("%n row(s) with problems would be left out; the valid rows would be "
                                   "imported. Each is listed below with its line and why.", "",
                                   report.skipped_rows)
                self.rows_note = QLabel(_counted(note, report.skipped_rows), self)
                self.rows_note.setWordWrap(True)
                layout.addWidget(self.rows_note)
            n = len(report.skipped)
            # Only rows left out: the list is headed with the note's noun («صف», "row"), not a second one.
            heading = (self.tr("%n skipped row(s):", "", n) if report.skipped_rows == n else
                       self.tr("Skipped (%n):", "", n))
            self.skipped_heading = QLabel(_counted(heading, n), self)
            layout.addWidget(self.skipped_heading)
            self.skipped = _copyable_lines([error_text.render(problem) for problem in report.skipped], self)
            self.skipped.setMaximumHeight(240 if report.skipped_rows else 140)
            layout.addWidget(self.skipped)
            self.resize(720, self.sizeHint().height())     # room for file:line: field: reason
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.rejected.connect(self.accept)
        if self.skipped is not None:
            copy = QPushButton(self.tr("Copy All"), self)
            buttons.addButton(copy, QDialogButtonBox.ActionRole)
            copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.skipped.toPlainText()))
        self.review_button: QPushButton | None = None
        if can_review and proposed and not dry_run:
            self.review_button = QPushButton(self.tr("Review Proposals…"), self)
            buttons.addButton(self.review_button, QDialogButtonBox.AcceptRole)
            self.review_button.clicked.connect(lambda: self.done(self.REVIEW))
            self.review_button.setDefault(True)
        layout.addWidget(buttons)


def _number(n: int) -> str:
    """A count as the window writes one: grouped, in Arabic-Indic digits when the Arabic UI's user chose them."""
    return grouped_number(n, shown_dates.arabic_digits(shown_dates.ui_language()))


def _counted(text: str, n: int) -> str:
    """A counted phrase Qt wrote with a plain %n, its number written as the others are."""
    return text.replace(str(n), _number(n), 1)


def import_files_dialog(parent, store, paths, **options) -> ImportReport | None:
    """Import files with progress, then show the counts (or every error); the report, or None.

    `options` go to core's importing.import_files: published=, outlet=, url= for
    articles, mapping= for a CSV that is neither ACLED nor GDELT, dry_run=,
    skip_bad_rows=. When only bad event-data rows stopped the import and the
    analyst chooses to, it runs again with them skipped.
    None means nothing was written (errors shown, or cancelled).
    """
    outcome = run_import(parent, store, paths, **options)
    if show_outcome(parent, outcome) == ImportErrorsDialog.SKIP_BAD_ROWS:
        outcome = run_import(parent, store, paths, **{**options, "skip_bad_rows": True})
        show_outcome(parent, outcome)
    return outcome.report


def show_outcome(parent, outcome: Outcome, *, can_review: bool = False) -> int:
    """The dialog an outcome calls for; returns its exec() result (ImportResultDialog.REVIEW to review,
    ImportErrorsDialog.SKIP_BAD_ROWS to import again with the bad rows skipped)."""
    if outcome.errors:
        return ImportErrorsDialog(outcome.errors, parent, can_skip=outcome.can_skip_bad_rows).exec()
    if outcome.cancelled:
        QMessageBox.information(parent, QCoreApplication.translate("ImportProgress", "Import"),
                                QCoreApplication.translate("ImportProgress",
                                                           "The import was cancelled; nothing was written."))
        return 0
    return ImportResultDialog(outcome.report, dry_run=outcome.dry_run, can_review=can_review,
                              parent=parent).exec()
