"""A store the window can no longer read (damaged, its disk gone, its WAL deleted under it): said once.

Reads happen everywhere, many of them while Qt paints (the tables' models),
where an exception would leave the window half drawn and a message box
would paint into the paint. So a failed read is handed here; the window
keeps what it shows, and one message, shown once the paint is over, says
why in the UI's words and offers to open the store again.
"""
from __future__ import annotations

import functools

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox

from desktop.core.errors import StoreError
from desktop.ui import error_text


def guarded(method):
    """A window method that reads the store: a failed read goes to the window's ReadFailures."""
    @functools.wraps(method)
    def wrapper(window, *args, **kwargs):
        try:
            return method(window, *args, **kwargs)
        except StoreError as exc:
            window.read_failures.failed(exc)
            return None
    return wrapper


class ReadFailures(QObject):
    """The window's failed reads: the first is kept (`error`) and told once."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.error: StoreError | None = None
        self.box: QMessageBox | None = None

    def failed(self, exc: StoreError) -> None:
        if self.error is not None:
            return
        self.error = exc
        # After the paint (or the slot) that read: never a dialog from inside a paint.
        QTimer.singleShot(0, self._tell)
        QTimer.singleShot(0, self._update_notes)

    def message(self) -> str:
        return error_text.sentence(error_text.describe(self.error)) if self.error is not None else ""

    def _update_notes(self) -> None:
        update = getattr(self.window, "_update_notes", None)
        if update is not None:
            update()

    def _tell(self) -> None:
        box = QMessageBox(QMessageBox.Warning, self.tr("The Store Cannot Be Read"), self.message(),
                          QMessageBox.NoButton, self.window)
        box.setObjectName("store_unreadable")
        box.setInformativeText(self.tr("The window keeps what it shows, which may be out of date. Open the "
                                       "store again to read it afresh."))
        reopen = box.addButton(self.tr("Open Again"), QMessageBox.AcceptRole)
        box.addButton(QMessageBox.Close)
        box.setDefaultButton(reopen)
        self.box = box
        box.exec()
        self.box = None
        if box.clickedButton() is reopen:
            self.reopen()

    def reopen(self) -> None:
        """The same store, opened again (the app builds a new window over it)."""
        self.window.store_requested.emit(str(self.window.store.path), False)
