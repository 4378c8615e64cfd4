"""The file dialog at the size it opens: every column of the listing in sight (a file's date whole,
«5 December 2026 05:25», not «5 December 202»), and the filter box showing its filter's name whole with
its patterns cut at the end inside the parentheses («… (*.jsonl *.ndjson …)»), not the patterns' tail."""
from __future__ import annotations

import os
import time

import pytest
from PySide6.QtCore import QCoreApplication, QDir
from PySide6.QtWidgets import QComboBox, QFileDialog, QStyle, QStyleOptionComboBox, QTreeView

from desktop.core import inputs
from desktop.ui import file_dialogs
from desktop.ui.bidi import LRI, PDI, strip
from desktop.ui.file_listing import DATE, fitted_filter
from tests.ui.test_file_dialog_words import _ink, _painted_with

WHEN = time.mktime((2026, 9, 28, 23, 59, 0, 0, 0, -1))


@pytest.fixture
def folder(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "notes.jsonl").write_bytes(b"x" * 599)
    os.utime(folder / "notes.jsonl", (WHEN, WHEN))
    return folder


def _import_filters() -> str:
    # As the window's Import asks for them (file_actions.import_files).
    return (QCoreApplication.translate("MainWindow", "Records, articles and event data")
            + f" ({inputs.dialog_patterns()});;" + QCoreApplication.translate("MainWindow", "All files") + " (*)")


def _dialog(qtbot, folder, filters: str) -> QFileDialog:
    dialog = file_dialogs.make_dialog(None, "Import", str(folder), filters,
                                      QFileDialog.FileMode.ExistingFiles, QFileDialog.AcceptMode.AcceptOpen)
    qtbot.addWidget(dialog)
    dialog.setFilter(QDir.AllEntries | QDir.NoDotAndDotDot)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_date_of_a_file_is_in_sight_whole(qtbot, folder, language):
    dialog = _dialog(qtbot, folder, _import_filters())
    view = dialog.findChild(QTreeView, "treeView")
    model = view.model()
    qtbot.waitUntil(lambda: model.rowCount(view.rootIndex()) == 1, timeout=5000)
    qtbot.wait(50)
    cell = model.index(0, DATE, view.rootIndex())
    text = cell.data()
    assert strip(text).endswith("2026 23:59")
    # The part of the cell the view shows (a column past the view's edge is cut by it) holds the text.
    seen = view.visualRect(cell).intersected(view.viewport().rect())
    assert view.fontMetrics().horizontalAdvance(text) + 6 <= seen.width()


def test_the_filter_box_shows_the_filters_name_whole_and_its_patterns_cut_at_their_end(qtbot, folder, language):
    dialog = _dialog(qtbot, folder, _import_filters())
    box = dialog.findChild(QComboBox, "fileTypeCombo")
    name = QCoreApplication.translate("MainWindow", "Records, articles and event data")
    rtl = language == "ar"
    assert box.isRightToLeft() == rtl
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    room = box.style().subControlRect(QStyle.CC_ComboBox, option, QStyle.SC_ComboBoxEditField, box).width()
    shown = fitted_filter(box.currentText(), rtl, lambda text: box.fontMetrics().horizontalAdvance(text) <= room)
    patterns = "(*.jsonl *.ndjson *.txt"
    assert shown.startswith(name + " " + (LRI if rtl else "") + patterns)
    assert shown.endswith(" …)" + (PDI if rtl else ""))
    assert _ink(box.grab().toImage()) == _ink(_painted_with(box, shown))
    # What the dialog gives back is the filter as written, patterns and all.
    assert strip(box.currentText()) == f"{name} ({inputs.dialog_patterns()})"


def test_a_filter_that_fits_is_shown_as_it_is(qtbot, folder, language):
    dialog = _dialog(qtbot, folder, QCoreApplication.translate("MainWindow", "All files") + " (*)")
    box = dialog.findChild(QComboBox, "fileTypeCombo")
    assert _ink(box.grab().toImage()) == _ink(_painted_with(box, box.currentText()))


def test_the_widened_dialog_opens_centred_over_its_window_on_the_screen(qtbot, folder, language):
    # Widened by being moved, the dialog was Qt's "placed by the program": QDialog no longer centred it
    # over the briefing composer, and it opened at the screen's corner with its start edge off the screen.
    from PySide6.QtWidgets import QDialog
    owner = QDialog()
    qtbot.addWidget(owner)
    screen = owner.screen().availableGeometry()
    owner.setGeometry(screen.adjusted(40, 60, -40, -20))
    owner.show()
    qtbot.waitExposed(owner)
    dialog = file_dialogs.make_dialog(owner, "Export", str(folder / "briefing.pdf"), "PDF (*.pdf)",
                                      QFileDialog.FileMode.AnyFile, QFileDialog.AcceptMode.AcceptSave)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    dialog.show()
    qtbot.waitExposed(dialog)
    shown = dialog.frameGeometry()
    assert screen.contains(shown), (shown, screen)
    # Centred across its window (as far as the screen lets it), not at the corner it was put in.
    expected_x = min(max(owner.frameGeometry().center().x() - shown.width() // 2, screen.left()),
                     screen.right() + 1 - shown.width())
    assert abs(shown.x() - expected_x) <= 2 and shown.y() > owner.y(), (shown, owner.frameGeometry())
    dialog.reject()
