"""Wording found by the real-window review of sweep 16: a refused paste reads as a sentence, the
Arabic UI calls tabs «التبويبات» everywhere, the column-mapping dialog's button says what it does,
and the Arabic paper list has no English."""
from __future__ import annotations

import os
import xml.etree.ElementTree as ET

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop.ui.app import translations_dir
from desktop.ui.dialogs import article_sheet, preferences
from desktop.ui.importing import mapping

FIXTURES = os.path.join(os.path.dirname(__file__), "..", "core", "fixtures")


def test_a_refused_paste_starts_with_a_capital(qtbot, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append(text))
    assert article_sheet.capture(None, text="ا" * 2_000_001) is None
    assert article_sheet.capture(None, text="   \n  ") is None
    plain = said[0].replace("\u2068", "").replace("\u2069", "")
    assert plain.startswith("The pasted text is 2,000,001 characters long"), said[0]
    assert said[1][0].isupper() and said[1].endswith("."), said[1]


def test_the_arabic_ui_says_tabs_one_way():
    for catalogue in translations_dir().glob("*_ar.ts"):
        for message in ET.parse(catalogue).getroot().iter("message"):
            texts = [t.text or "" for t in message.iter("translation")] + \
                    [t.text or "" for t in message.iter("numerusform")]
            assert not any("الألسنة" in t or "ألسنة" in t for t in texts), (catalogue.name, texts)


def test_the_mapping_dialog_imports(qtbot, language):
    dialog = mapping.ColumnMappingDialog(os.path.join(FIXTURES, "mapped_sample.csv"))
    qtbot.addWidget(dialog)
    button = dialog.buttons.button(QDialogButtonBox.Save)
    assert button.text().replace("&", "") == ("Import" if language == "en" else "استورد")


def test_the_arabic_paper_list_has_no_english(arabic, qtbot):
    dialog = preferences.PreferencesDialog("ar")
    qtbot.addWidget(dialog)
    shown = [dialog.paper_box.itemText(i) for i in range(dialog.paper_box.count())]
    assert shown == ["A4", "خطاب"]
    dialog.paper_box.setCurrentIndex(1)
    assert dialog.paper() == "Letter"
