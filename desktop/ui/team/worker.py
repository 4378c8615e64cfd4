"""A team job (a hub sync, writing or applying a bundle) in a worker thread behind a progress dialog.

As importing/run.py does for imports: the job gets its own connection to the
store (SQLite connections stay in the thread that opened them), the modal
progress dialog keeps the window from writing meanwhile while it still
repaints, and the window's connection reads the result after the commit.
Core's jobs are each one transaction, so a job that fails or is cancelled
leaves the store as it was (a hub sync keeps what it finished: it resumes).
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog

from desktop.core.errors import Cancelled, MarsadError
from desktop.core.storage import Store
from desktop.ui.modal_work import wait_behind
from desktop.ui import settings


@dataclass
class JobOutcome:
    result: Any = None
    error: BaseException | None = None      # a MarsadError or OSError, worded in the GUI thread
    cancelled: bool = False
    died: bool = False                      # the job raised something unexpected (printed by Qt)

    @property
    def ok(self) -> bool:
        return not (self.error or self.cancelled or self.died)


class StoreJob(QThread):
    """Runs `job(store, progress, cancelled)` on a connection of its own; `progress` emits `message`."""

    message = Signal(object)

    def __init__(self, store_path, job: Callable, parent=None):
        super().__init__(parent)
        self.store_path = store_path
        self.job = job
        self.store_options = settings.store_options()    # read here: QSettings belongs to the GUI thread
        self._cancel = threading.Event()
        self.outcome = JobOutcome(died=True)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def progress(self, *args) -> None:
        """Core's word of progress (whatever it passes); after Cancel, stops the job at this point."""
        if self.cancelled():
            raise Cancelled()
        self.message.emit(args[0] if len(args) == 1 else args)

    def run(self) -> None:
        try:
            store = Store.open(self.store_path, **self.store_options)
        except (MarsadError, OSError) as exc:
            self.outcome = JobOutcome(error=exc)
            return
        try:
            self.outcome = JobOutcome(result=self.job(store, self.progress, self.cancelled))
        except Cancelled:
            self.outcome = JobOutcome(cancelled=True)
        except (MarsadError, OSError) as exc:
            self.outcome = JobOutcome(error=exc)
        finally:
            store.close()


class JobProgress(QProgressDialog):
    """The busy dialog over a StoreJob; Cancel (when offered) asks the job to stop at its next step."""

    def __init__(self, job: StoreJob, title: str, label: str, cancellable: bool, parent=None):
        super().__init__(parent)
        self.job = job
        self.setWindowTitle(title)
        self.setLabelText(label)
        self.setRange(0, 0)
        self.setWindowModality(Qt.WindowModal if parent is not None else Qt.ApplicationModal)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumWidth(380)
        if cancellable:
            self.setCancelButtonText(self.tr("Cancel"))
            self.canceled.connect(self._cancel)
        else:
            self.setCancelButton(None)

    def _cancel(self) -> None:
        self.job.cancel()
        # QProgressDialog hides itself on Cancel: stay up, saying so, until the job has stopped.
        self.setLabelText(self.tr("Stopping at the next safe point…"))
        self.setCancelButton(None)
        self.show()


def run_job(parent, store_path, job: Callable, title: str, label: str, *, cancellable: bool = False,
            describe: Callable[[object], str] | None = None) -> JobOutcome:
    """Run `job(store, progress, cancelled)` in a worker behind a modal progress dialog; returns when over.
    `describe(message)` words what the job passes to progress for the dialog's label."""
    thread = StoreJob(store_path, job, parent)
    dialog = JobProgress(thread, title, label, cancellable, parent)
    if describe is not None:
        thread.message.connect(lambda message: dialog.setLabelText(describe(message)))
    return wait_behind(thread, dialog)
