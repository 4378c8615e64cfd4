"""A window closed while a search typed into it waits for its pause does not run that search: its store
may be closed right after (another store opened, the app quitting), and a search over a closed store
would tell the analyst «The Store Cannot Be Read» about a store that is fine."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from desktop.core.storage import Store  # noqa: E402
from tests.ui.conftest import sample_records, shown_window  # noqa: E402
from tests.ui.keyboard_input import type_text  # noqa: E402


def unreadable_boxes() -> list[str]:
    """The texts of the «store cannot be read» boxes shown now, closed once read (a modal box would
    otherwise hold the test)."""
    found = []
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.objectName() == "store_unreadable" and widget.isVisible():
            found.append(widget.text())
            widget.done(QMessageBox.Close)
    return found


@pytest.mark.parametrize("query", ["إلى:9202", "إلى:92025-12", "علاوي"])
def test_no_unreadable_store_after_closing_mid_search(qtbot, tmp_path, language, query):
    store = Store.create(tmp_path / "sample.db")
    store.put_many(sample_records())
    window = shown_window(qtbot, store, language=language)
    window.search_field.setFocus()
    type_text(window.search_field, query)
    assert window.search_field.text() == query
    seen: list[str] = []
    watch = QTimer()
    watch.timeout.connect(lambda: seen.extend(unreadable_boxes()))
    watch.start(20)
    window.close()      # before the search's pause is over
    store.close()
    qtbot.wait(600)
    watch.stop()
    seen.extend(unreadable_boxes())
    assert seen == []
    assert window.read_failures.error is None
