"""Importing files without freezing the window: a worker thread with its own connection.

The import is all or nothing (desktop.core.interchange); the worker opens
its own connection to the store (SQLite connections stay in their thread),
reports progress, and stops cleanly when cancelled, leaving the store as it
was. The window keeps painting and reading meanwhile (WAL readers).
"""
from __future__ import annotations

from PySide6.QtCore import QThread, Qt, Signal
from PySide6.QtWidgets import QProgressDialog

from desktop.core import interchange
from desktop.core.store import Store, StoreError


class ImportJob(QThread):
    progress = Signal(str)
    succeeded = Signal(object)   # ImportReport
    failed = Signal(str)

    def __init__(self, store_path, files: list[str], parent=None):
        super().__init__(parent)
        self.store_path, self.files = store_path, list(files)
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True

    def run(self) -> None:
        try:
            with Store.open(self.store_path) as store:
                report = interchange.import_files(store, self.files, progress=self.progress.emit,
                                                  cancelled=lambda: self._cancel)
        except interchange.Cancelled as exc:
            self.failed.emit(str(exc))
            return
        except (StoreError, ValueError, OSError) as exc:
            self.failed.emit(str(exc))
            return
        self.succeeded.emit(report)


class ImportProgress(QProgressDialog):
    """A busy dialog over an ImportJob; Cancel stops the job (nothing is written)."""

    def __init__(self, job: ImportJob, parent=None):
        super().__init__(parent)
        self.job = job
        self.setWindowTitle(self.tr("Import"))
        self.setLabelText(self.tr("Checking the records…"))
        self.setRange(0, 0)
        self.setWindowModality(Qt.WindowModal)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        job.progress.connect(self.setLabelText)
        self.canceled.connect(job.cancel)
        job.finished.connect(self.close)
