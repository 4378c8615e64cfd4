"""Qt's own dialogs in the Arabic UI: every string they show has Arabic (Qt's catalog plus ours)."""
from __future__ import annotations

import os
import re

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QTranslator  # noqa: E402
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog  # noqa: E402
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QPlainTextEdit  # noqa: E402

from desktop.ui import file_dialogs  # noqa: E402
from desktop.ui.app import install_language  # noqa: E402


class _Asked(QTranslator):
    """Notes what Qt asks for. Its answer of "" is taken as a translation, so the dialogs built while
    it is installed are thrown away: only the questions count."""

    def __init__(self):
        super().__init__()
        self.asked: set[tuple[str, str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):
        self.asked.add((context, source, disambiguation or ""))
        return ""

    def isEmpty(self):
        return False


def _words(context: str, source: str) -> bool:
    """A string with words to translate: not a key's name or a shortcut (Alt+Left), not a paper's (A4)."""
    if context == "QShortcut" or re.match(r"^(Alt|Ctrl|Shift|Meta)\+", source):
        return False
    if context == "QPageSize" and re.fullmatch(r"[A-Z]+\d+", source):
        return False
    return any(ch.isalpha() for ch in source)


def _show_qt_dialogs(qtbot) -> None:
    for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
        # The app's file dialog (desktop/ui/file_dialogs.py), as every file command shows it.
        dialog = file_dialogs.make_dialog(None, "x", "/", "JSONL (*.jsonl);;CSV (*.csv)",
                                          QFileDialog.FileMode.AnyFile, mode)
        dialog.setViewMode(QFileDialog.ViewMode.Detail)
        qtbot.addWidget(dialog)
        dialog.show()
    box = QMessageBox(QMessageBox.Icon.Warning, "x", "y", QMessageBox.StandardButton.Yes
                      | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel
                      | QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard)
    box.setDetailedText("z")
    qtbot.addWidget(box)
    box.show()
    for editor in (QLineEdit(), QPlainTextEdit()):
        qtbot.addWidget(editor)
        editor.createStandardContextMenu().deleteLater()
    printer = QPrinter()
    for dialog in (QPrintDialog(printer), QPrintPreviewDialog(printer), QInputDialog()):
        qtbot.addWidget(dialog)
        dialog.show()
    QCoreApplication.processEvents()


def test_every_string_of_the_file_print_and_message_dialogs_has_arabic(qtbot, qapp):
    install_language(qapp, "ar")
    try:
        asked = _Asked()
        qapp.installTranslator(asked)
        try:
            _show_qt_dialogs(qtbot)
        finally:
            qapp.removeTranslator(asked)
        missing = sorted((context, source, comment) for context, source, comment in asked.asked
                         if _words(context, source)
                         and QCoreApplication.translate(context, source, comment or None) == source)
        assert missing == [], missing
    finally:
        install_language(qapp, "en")


@pytest.mark.parametrize("context, source, comment", [("QFileDialog", "&Look in:", None),
                                                      ("QFileDialog", "Files of &type:", None),
                                                      ("QAbstractFileIconProvider", "Folder", "All other platforms")])
def test_strings_qt_6_renamed_come_from_our_supplement(qapp, context, source, comment):
    install_language(qapp, "ar")
    try:
        assert QCoreApplication.translate(context, source, comment) != source
    finally:
        install_language(qapp, "en")
