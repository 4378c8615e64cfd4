"""What the briefing composer makes of its briefing: paper, a PDF, a saved briefing.

A mixin of BriefingComposer (its `self.tr` is the composer's translation
context). Each action takes the document the preview shows, so what prints
is what was previewed.
"""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QMessageBox

from desktop.core.briefing import BriefingDocument, BriefingError, BriefingSpec
from desktop.core.errors import StoreError
from desktop.ui import error_text, file_dialogs, printing, settings

LAST_KEY = "last"   # the briefing Marsad reopens, saved under this name
_UNSAFE_FILE_CHARS = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def pdf_folder() -> Path:
    """Where Export PDF opens: the folder of the last briefing written, else the user's Documents (the
    home folder where there is none): never the folder the app was started from."""
    for folder in (settings.BriefingDefaults().pdf_folder(),
                   QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation),
                   QStandardPaths.writableLocation(QStandardPaths.HomeLocation)):
        if folder and Path(folder).is_dir():
            return Path(folder)
    return Path.home()


class ComposerOutputsMixin:
    """Print, Export PDF, Save and Open for the composer."""

    def _current_document(self) -> BriefingDocument | None:
        # A change still waiting for the timer must reach the paper too.
        if self._timer.isActive():
            self.refresh_preview()
        return self.document

    def print_briefing(self) -> bool:
        document = self._current_document()
        if document is None:
            return False
        printer = QPrinter(QPrinter.HighResolution)
        printing.prepare_printer(printer, document.paper)
        printer.setDocName(document.title_block.title)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print Briefing"))
        if dialog.exec() != QDialog.Accepted:
            return False
        try:
            printing.print_document(document, printer)
        except BriefingError as exc:
            QMessageBox.critical(self, self.tr("Print Briefing"),
                                 self.tr("The briefing could not be printed.") + "\n\n" + error_text.describe(exc))
            return False
        self._say(self.tr("Sent to the printer."))
        return True

    def export_pdf(self) -> Path | None:
        document = self._current_document()
        if document is None:
            return None
        # The briefing's date, then its title: yesterday's briefing of that title is not offered for replacing,
        # a folder of them sorts by day, and the date leads, since after Arabic letters its numbers would
        # show right to left (05-12-2026) in the dialog's field.
        name = " ".join(_UNSAFE_FILE_CHARS.sub(" ", f"{self.spec().date} {document.title_block.title}").split())
        path, _filter = file_dialogs.save_file_name(
            self, self.tr("Export Briefing as PDF"), str(pdf_folder() / f"{name or 'briefing'}.pdf"),
            self.tr("PDF documents (*.pdf)"))
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            written = printing.write_pdf_document(document, target)
        except (BriefingError, OSError) as exc:
            QMessageBox.critical(self, self.tr("Export Briefing as PDF"),
                                 self.tr("The PDF could not be written.") + "\n\n" + error_text.describe(exc))
            return None
        settings.BriefingDefaults().set_pdf_folder(str(written.parent))
        # The path reads left to right inside Arabic text: isolate it (LRI ... PDI).
        self._say(self.tr("Saved %1").replace("%1", "\u2066" + str(written) + "\u2069"))
        return written

    def save_named(self) -> str | None:
        """Saves the briefing under a name the analyst gives; returns the name."""
        spec = self.spec()
        name, ok = QInputDialog.getText(self, self.tr("Save Briefing"), self.tr("Name:"),
                                        QLineEdit.Normal, spec.title.strip())
        name = name.strip()
        if not ok or not name:
            return None
        if name == LAST_KEY:
            QMessageBox.information(self, self.tr("Save Briefing"),
                                    self.tr("That name is kept for the briefing Marsad reopens; choose another."))
            return None
        try:
            existing = {b["key"] for b in self.store.list_briefings()}
            if name in existing and QMessageBox.question(
                    self, self.tr("Save Briefing"),
                    self.tr("A briefing named “%1” exists. Replace it?").replace("%1", name)) != QMessageBox.Yes:
                return None
            self.store.save_briefing(name, spec.to_dict())
        except StoreError as exc:
            QMessageBox.critical(self, self.tr("Save Briefing"),
                                 self.tr("The briefing could not be saved.") + "\n\n" + error_text.describe(exc))
            return None
        self._say(self.tr("Saved as “%1”.").replace("%1", name))
        return name

    def open_saved(self) -> bool:
        try:
            names = [b["key"] for b in self.store.list_briefings() if b["key"] != LAST_KEY]
        except StoreError as exc:
            QMessageBox.critical(self, self.tr("Open Briefing"), error_text.describe(exc))
            return False
        if not names:
            QMessageBox.information(self, self.tr("Open Briefing"), self.tr("No briefing has been saved yet."))
            return False
        name, ok = QInputDialog.getItem(self, self.tr("Open Briefing"), self.tr("Briefing:"), names, 0, False)
        if not ok or not name:
            return False
        return self.load_saved(name)

    def load_saved(self, name: str) -> bool:
        try:
            data = self.store.load_briefing(name)
            spec = BriefingSpec.from_dict(data) if data else None
        except (BriefingError, StoreError) as exc:
            QMessageBox.critical(self, self.tr("Open Briefing"),
                                 self.tr("The briefing could not be opened.") + "\n\n" + error_text.describe(exc))
            return False
        if spec is None:
            return False
        self.set_spec(spec)
        return True
