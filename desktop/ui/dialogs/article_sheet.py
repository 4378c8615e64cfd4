"""The import sheet: an article's date, outlet, address, language and title, asked before extraction.

Extraction dates events from the publication date and credits quotes to an
outlet, so a .txt, a saved page or a pasted text gets this sheet first. Core
reads what the article says about itself (desktop/core/article_meta.py: a
metadata line, a dateline, a page's <meta>); what it does not say comes
from the values used last time. A date may be typed in either family of
Arabic month names, in English or as digits, or picked on a calendar; a
date that is not one is named under its field and the sheet stays open.

`capture(parent, path=None, text=None)` shows the sheet and gives the
article record to import (a dict in the interchange format), or None.
"""
from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QCalendarWidget, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QMenu, QMessageBox, QPushButton, QVBoxLayout, QWidget,
                               QWidgetAction)

from desktop.core import article_meta, articles
from desktop.core.errors import MarsadError
from desktop.ui import calendar_locale, error_text, labels, settings
from desktop.ui.bidi import isolate, isolate_ltr
from desktop.ui.dialogs.start_aligned import align_to_start

class _DateField(QWidget):
    """A date typed as the analyst likes, or picked on a calendar (which gives a day)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        # Each example isolated, so each keeps its own order whichever way the edit runs: unisolated, the
        # digits next to a month name are drawn on the wrong side of it.
        examples = ("2025-12-31", "31/12/2025", self.tr("31 December 2025"))
        hint = self.tr("%1, %2 or %3")
        for n, example in enumerate(examples, 1):
            hint = hint.replace(f"%{n}", isolate(example))
        self.edit.setPlaceholderText(hint)
        align_to_start(self.edit)
        # A push button makes room for its menu's arrow; a tool button drew the arrow over the text's end.
        self.pick = QPushButton(self.tr("Calendar…"), self)
        menu = QMenu(self.pick)
        self.calendar = QCalendarWidget(menu)
        calendar_locale.suit(self.calendar)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        self.pick.setMenu(menu)
        self.calendar.clicked.connect(self._picked)
        row.addWidget(self.edit, 1)
        row.addWidget(self.pick)

    def _picked(self, date: QDate) -> None:
        self.edit.setText(date.toString("yyyy-MM-dd"))
        self.pick.menu().hide()

    def set_iso(self, iso: str) -> None:
        self.edit.setText(iso)
        date = QDate.fromString(iso, "yyyy-MM-dd")
        if date.isValid():
            self.calendar.setSelectedDate(date)

    def text(self) -> str:
        return self.edit.text()


class ArticleSheet(QDialog):
    def __init__(self, found: article_meta.Prefill, parent=None, *, name: str = ""):
        super().__init__(parent)
        self.found = found
        self.setWindowTitle(self.tr("Import an Article"))
        self.setMinimumWidth(560)
        remembered = settings.Capture()
        layout = QVBoxLayout(self)
        intro = QLabel(self)
        intro.setWordWrap(True)
        # A file name reads left to right inside an Arabic sentence: isolated, it keeps its order.
        what = html.escape(isolate_ltr(name)) if name else self.tr("the pasted text")
        intro.setText(self.tr("Before extraction, check what %1 says about itself.").replace("%1", f"<b>{what}</b>"))
        layout.addWidget(intro)
        form = QFormLayout()
        layout.addLayout(form)

        self.title = QLineEdit(found.title, self)
        self.title.setCursorPosition(0)
        self.published = _DateField(self)
        self.published.set_iso(found.published)
        self.outlet = QComboBox(self)
        self.outlet.setEditable(True)
        self.outlet.addItems(remembered.outlets())
        # The outlet used last is a fair guess for an article in the same language, but said to be one;
        # an article in the other language is another outlet's, and an outlet the article names wins.
        self.outlet_from_last = (not found.outlet and bool(remembered.outlets())
                                 and found.language == remembered.language())
        self.outlet.setCurrentText(found.outlet or (remembered.outlets()[0] if self.outlet_from_last else ""))
        self.url = QLineEdit(found.url, self)
        self.url.setLayoutDirection(Qt.LayoutDirection.LeftToRight)     # an address reads left to right
        # An Arabic title in the English UI (or a Latin outlet in the Arabic one) starts where the labels do.
        for edit in (self.title, self.outlet.lineEdit(), self.url):
            align_to_start(edit)
        self.language = QComboBox(self)
        for code in ("ar", "en"):
            self.language.addItem(labels.language(code), code)
        chosen_language = found.language if "language" in found.found else (found.language or remembered.language())
        self.language.setCurrentIndex(max(0, self.language.findData(chosen_language or "ar")))
        for label, widget in ((self.tr("&Title"), self.title), (self.tr("&Published"), self.published),
                              (self.tr("&Outlet"), self.outlet), (self.tr("&Address (URL)"), self.url),
                              (self.tr("&Language"), self.language)):
            caption = QLabel(label, self)
            caption.setBuddy(widget.edit if isinstance(widget, _DateField) else widget)
            form.addRow(caption, widget)
        self.date_problem = QLabel(self)
        self.date_problem.setStyleSheet("color: #b00020")
        self.date_problem.setWordWrap(True)
        self.date_problem.hide()
        form.addRow("", self.date_problem)

        notes = []
        if found.found:
            names = {"published": self.tr("the date"), "outlet": self.tr("the outlet"), "url": self.tr("the address")}
            notes.append(self.tr("Read from the article: %1.").replace(
                "%1", self.tr(", ").join(names[k] for k in found.found if k in names)))
        if self.outlet_from_last:
            notes.append(self.tr("From the last article: %1.").replace("%1", self.tr("the outlet")))
        for code in found.warnings:
            notes.append(error_text.sentence(error_text.describe(MarsadError(code))))
        self.notes = QLabel("\n".join(notes), self)
        self.notes.setWordWrap(True)
        self.notes.setVisible(bool(notes))
        layout.addWidget(self.notes)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = buttons.addButton(self.tr("&Import and Review"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.accept)
        self.chosen: dict | None = None

    def accept(self) -> None:
        try:
            published = article_meta.typed_date(self.published.text())
        except MarsadError as exc:
            self.date_problem.setText(error_text.describe(exc))
            self.date_problem.show()
            self.published.edit.setFocus()
            self.published.edit.selectAll()
            return
        self.chosen = {"title": self.title.text(), "published": published, "outlet": self.outlet.currentText(),
                       "url": self.url.text(), "language": self.language.currentData()}
        settings.Capture().remember(self.chosen["outlet"], self.chosen["language"])
        super().accept()

    def record(self) -> dict | None:
        """The article to import, or None when the sheet was cancelled."""
        if self.chosen is None:
            return None
        return article_meta.article_record(self.found, self.chosen)


def read(path: str | Path | None = None, text: str | None = None) -> article_meta.Prefill:
    """What core finds in a file or a pasted text (MarsadError when it cannot be an article)."""
    if path is not None:
        return articles.prefill_from_file(path)
    return article_meta.from_text(text or "")


def capture(parent, path: str | Path | None = None, text: str | None = None) -> dict | None:
    """The sheet for a file or a pasted text; the article record to import, or None."""
    try:
        found = read(path, text)
    except MarsadError as exc:
        # Core's English follows «file:» on the command line; alone in a box it is a sentence.
        QMessageBox.warning(parent, QCoreApplication.translate("ArticleSheet", "Import an Article"),
                            error_text.sentence(error_text.describe(exc)))
        return None
    if not found.body.strip():
        QMessageBox.warning(parent, QCoreApplication.translate("ArticleSheet", "Import an Article"),
                            error_text.sentence(error_text.describe(MarsadError("article.no_text"))))
        return None
    sheet = ArticleSheet(found, parent, name=Path(path).name if path else "")
    if sheet.exec() != QDialog.DialogCode.Accepted:
        return None
    return sheet.record()
