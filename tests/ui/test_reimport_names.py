"""Importing an article again: the result names the article as the analyst knows it (the .txt they chose,
a pasted article's title), never the temporary .json file the import sheet handed to the import."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QDialog  # noqa: E402

from desktop.ui import importing  # noqa: E402
from desktop.ui.bidi import strip  # noqa: E402
from desktop.ui.dialogs.article_sheet import ArticleSheet  # noqa: E402
from desktop.ui.importing import run  # noqa: E402

ARTICLE = "الحكومة تقر الموازنة\n\nبغداد (رويترز) - قال وزير المالية إن «الموازنة ستقر هذا الأسبوع».\n"


def _accept_sheets_and_keep_results(monkeypatch) -> list:
    def accept(sheet):
        sheet.accept()
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(ArticleSheet, "exec", accept)
    shown = []
    monkeypatch.setattr(run.ImportResultDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    return shown


def test_a_file_imported_again_is_named_by_its_own_path(qtbot, empty, tmp_path, monkeypatch):
    shown = _accept_sheets_and_keep_results(monkeypatch)
    article = tmp_path / "budget-report.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    importing.import_paths(None, empty, [article])
    importing.import_paths(None, empty, [article])
    again = shown[-1]
    qtbot.addWidget(again)
    line = strip(again.skipped.toPlainText())
    assert line.startswith(f"{article}:1: ") and "already in the store" in line
    assert ".json" not in line and "marsad-articles-" not in line


def test_a_pasted_article_pasted_again_is_named_by_its_title(qtbot, empty, monkeypatch):
    shown = _accept_sheets_and_keep_results(monkeypatch)
    importing.import_pasted_article(None, empty, ARTICLE)
    importing.import_pasted_article(None, empty, ARTICLE)
    again = shown[-1]
    qtbot.addWidget(again)
    line = strip(again.skipped.toPlainText())
    assert line.startswith("الحكومة تقر الموازنة:1: ") and ".json" not in line
