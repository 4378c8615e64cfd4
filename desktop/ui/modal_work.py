"""Waiting for a worker thread behind its modal progress dialog, the app repainting meanwhile."""
from __future__ import annotations

from PySide6.QtCore import QEventLoop


def wait_behind(thread, dialog):
    """Start `thread`, show `dialog` until the thread is over, clean both up; returns `thread.outcome`."""
    loop = QEventLoop()
    thread.finished.connect(loop.quit)
    thread.start()
    dialog.show()
    if not thread.isFinished():
        loop.exec()
    thread.wait()
    dialog.close()
    dialog.deleteLater()
    outcome = thread.outcome
    thread.deleteLater()
    return outcome
