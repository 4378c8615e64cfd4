"""The file dialog's listing in the UI's words: sizes in Arabic units and the user's digits, dates as the
tables write them, the folder's path left to right, a filter's pattern whole («(*.csv)», not «(csv.*)»)."""
from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QDir, Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QTreeView

from desktop.ui import file_dialogs, settings
from desktop.ui.bidi import isolate_ltr, strip

FILTERS = "كل الملفات (*);;ملفات CSV (*.csv)"
WHEN = time.mktime((2026, 12, 5, 5, 25, 0, 0, 0, -1))


@pytest.fixture
def folder(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "extra.jsonl").write_bytes(b"x" * 599)
    (folder / "big.csv").write_bytes(b"x" * 1536)
    for name in ("extra.jsonl", "big.csv"):
        os.utime(folder / name, (WHEN, WHEN))
    return folder


def _dialog(qtbot, folder: Path) -> QFileDialog:
    dialog = file_dialogs.make_dialog(None, "Export", str(folder), FILTERS,
                                      QFileDialog.FileMode.AnyFile, QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.setFilter(QDir.AllEntries | QDir.NoDotAndDotDot)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _rows(qtbot, dialog: QFileDialog) -> dict[str, list[str]]:
    view = dialog.findChild(QTreeView, "treeView")
    model = view.model()
    qtbot.waitUntil(lambda: model.rowCount(view.rootIndex()) >= 2, timeout=5000)
    qtbot.wait(100)
    rows = {}
    for row in range(model.rowCount(view.rootIndex())):
        cells = [model.index(row, column, view.rootIndex()).data() or "" for column in range(4)]
        rows[cells[0]] = cells
    return rows


def _ink(image) -> set[tuple[int, int]]:
    """The darker pixels of an image: its text."""
    return {(x, y) for x in range(image.width()) for y in range(3, image.height() - 3)
            if image.pixelColor(x, y).lightness() < 120}


def _painted_with(combo: QComboBox, text: str):
    """The box as Qt's style paints it with `text`, elided as Qt elides a path."""
    from PySide6.QtGui import QPixmap
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox, QStylePainter
    pixmap = QPixmap(combo.size() * combo.devicePixelRatioF())
    pixmap.setDevicePixelRatio(combo.devicePixelRatioF())
    pixmap.fill(combo.palette().window().color())
    painter = QStylePainter(pixmap, combo)
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    option.currentText = text
    painter.drawComplexControl(QStyle.CC_ComboBox, option)
    painter.drawControl(QStyle.CE_ComboBoxLabel, option)
    painter.end()
    return pixmap.toImage()


def test_sizes_and_dates_read_in_arabic(qtbot, folder, arabic):
    rows = _rows(qtbot, _dialog(qtbot, folder))
    assert rows["extra.jsonl"][1] == "599 بايت"
    assert rows["big.csv"][1] == "1.5 ك.ب"
    assert strip(rows["extra.jsonl"][3]) == "5 ديسمبر 2026 05:25"


def test_the_users_digits_are_kept(qtbot, folder, arabic):
    settings.General().set_arabic_digits(True)
    try:
        rows = _rows(qtbot, _dialog(qtbot, folder))
    finally:
        settings.General().set_arabic_digits(False)
    assert rows["extra.jsonl"][1] == "٥٩٩ بايت"
    assert strip(rows["extra.jsonl"][3]) == "٥ ديسمبر ٢٠٢٦ ٠٥:٢٥"


def test_sizes_and_dates_read_in_english(qtbot, folder):
    rows = _rows(qtbot, _dialog(qtbot, folder))
    assert rows["extra.jsonl"][1] == "599 bytes"
    assert strip(rows["extra.jsonl"][3]) == "5 December 2026 05:25"


def test_the_path_and_the_filters_read_left_to_right_inside_the_arabic_ui(qtbot, folder, arabic):
    dialog = _dialog(qtbot, folder)
    dialog.resize(1400, 500)                     # the whole path in sight: nothing elided
    look_in = dialog.findChild(QComboBox, "lookInCombo")
    assert dialog.isRightToLeft()
    # The box paints its path isolated (Qt painted it bare: «tmp/…/exports/», the slash at the wrong end):
    # what it shows is what the box shows painted with the isolated path by hand.
    qtbot.waitUntil(lambda: Path(dialog.directory().absolutePath()) == folder)
    assert _ink(look_in.grab().toImage()) == _ink(_painted_with(look_in, isolate_ltr(str(folder))))
    types = dialog.findChild(QComboBox, "fileTypeCombo")
    assert types.itemText(1) == "ملفات CSV \u2066(*.csv)\u2069"        # the pattern kept whole


def test_the_filter_chosen_is_given_back_as_written(qtbot, folder, arabic):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def choose():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, choose)
            return
        dialog.findChild(QComboBox, "fileTypeCombo").setCurrentIndex(1)
        dialog.selectFile(str(folder / "out.csv"))
        dialog.accept()
    QTimer.singleShot(0, choose)
    path, chosen = file_dialogs.save_file_name(None, "Export", str(folder), FILTERS)
    assert chosen == "ملفات CSV (*.csv)" and Path(path).name == "out.csv"
