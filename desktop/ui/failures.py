"""What the app does with an error nothing else caught: it says so in a message box.

PySide prints an exception raised in a slot and goes on, so without this a
failed action leaves a view half-updated with nothing on the screen to say
why. Every change to the store is one transaction, so the store itself is
whole; the message says what failed (from its code, in the UI's language)
and the traceback still goes to stderr for a bug report.
"""
from __future__ import annotations

import sys
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core.errors import MarsadError
from desktop.ui import error_text


def message(exc: BaseException) -> str:
    if isinstance(exc, (MarsadError, OSError)):
        return error_text.describe(exc)
    return QCoreApplication.translate(
        "App", "Something went wrong (%1). Your store is safe: every change to it is made whole or not at "
               "all. The details were written to the terminal; please report them.").replace(
        "%1", type(exc).__name__)


class FailureHook:
    """sys.excepthook for the running app (install/uninstall); one message at a time."""

    def __init__(self):
        self._showing = False
        self._previous = None

    def install(self) -> None:
        self._previous, sys.excepthook = sys.excepthook, self

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook = self._previous

    def __call__(self, kind, exc, tb) -> None:
        traceback.print_exception(kind, exc, tb, file=sys.stderr)
        if issubclass(kind, KeyboardInterrupt) or self._showing or QApplication.instance() is None:
            return
        self._showing = True
        try:
            QMessageBox.warning(QApplication.activeWindow(), QCoreApplication.translate("App", "Marsad"),
                                message(exc))
        finally:
            self._showing = False
