"""An error no code caught, in a slot of the running app, is said in a message box, not only on stderr."""
from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402

from desktop.core.errors import StoreBusyError  # noqa: E402
from desktop.ui.failures import FailureHook, message  # noqa: E402


def test_a_slot_that_raises_is_reported(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    hook = FailureHook()
    hook.install()
    try:
        def failing():
            raise StoreBusyError("store.busy", path="/tmp/s.db")
        QTimer.singleShot(0, failing)
        qtbot.waitUntil(lambda: bool(shown), timeout=3000)
    finally:
        hook.uninstall()
    assert "/tmp/s.db" in shown[0] and "busy" in shown[0]
    assert sys.excepthook is not hook


def test_a_bug_gets_a_plain_message():
    text = message(AttributeError("x"))
    assert "AttributeError" in text and "store is safe" in text
