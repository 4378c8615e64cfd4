"""Arabic lays the whole UI out right to left, Qt's own dialogs included; English left to right."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop.ui import labels
from desktop.ui.app import install_language
from desktop.ui.main_window import MainWindow


@pytest.fixture
def english_after(qapp):
    yield qapp
    install_language(qapp, "en")


def test_arabic_is_right_to_left_and_translated(english_after, qtbot, store):
    install_language(english_after, "ar")
    assert QApplication.layoutDirection() == Qt.RightToLeft
    w = MainWindow(store, "ar")
    qtbot.addWidget(w)
    w.show_kind("quote")
    assert w.isRightToLeft()
    assert w.current_tab().view.isRightToLeft()
    assert w.detail.isRightToLeft()
    menus = [a.text() for a in w.menuBar().actions()]
    assert menus[0] == "&ملف"
    assert w.tab_widget.tabText(0) == "الأحداث"
    assert labels.column("speaker") == "المتحدث"
    assert labels.value("unreviewed") == "غير مراجَع"
    assert QCoreApplication.translate("Commands", "Delete %n record(s)", "", 2) == "حذف سجلين"
    assert QLocale().language() == QLocale.Arabic


def test_qt_dialogs_are_arabic_too(english_after, qtbot):
    install_language(english_after, "ar")
    box = QDialogButtonBox(QDialogButtonBox.Cancel)
    qtbot.addWidget(box)
    # qtbase_ar.qm translates Qt's own buttons.
    assert box.button(QDialogButtonBox.Cancel).text().replace("&", "") != "Cancel"
    assert box.isRightToLeft()


def test_english_is_left_to_right(english_after, qtbot, store):
    install_language(english_after, "en")
    assert QApplication.layoutDirection() == Qt.LeftToRight
    w = MainWindow(store, "en")
    qtbot.addWidget(w)
    assert not w.isRightToLeft()
    assert [a.text() for a in w.menuBar().actions()][0] == "&File"
    assert w.tab_widget.tabText(0) == "Events"


def test_directional_icons_mirror_in_rtl(english_after):
    from desktop.ui.icons import icon
    ltr = icon("back", rtl=False).pixmap(24, 24).toImage()
    rtl = icon("back", rtl=True).pixmap(24, 24).toImage()
    assert not ltr.isNull() and ltr != rtl
    assert rtl == ltr.flipped(Qt.Horizontal)
    # Icons that do not point somewhere stay as they are.
    assert icon("search", rtl=True).pixmap(24, 24).toImage() == icon("search", rtl=False).pixmap(24, 24).toImage()


def test_switching_language_rebuilds_the_window_in_place(english_after, qtbot, store):
    from desktop.ui import settings
    from desktop.ui.app import Session
    session = Session(english_after, store, "ar", search="علاوي")
    first = session.window
    qtbot.addWidget(first)
    first.show_kind("quote")
    assert first.isRightToLeft()
    session.switch_language("en")
    second = session.window
    qtbot.addWidget(second)
    assert second is not first and not second.isRightToLeft()
    assert second.current_kind() == "quote"
    assert second.search_field.text() == "علاوي"
    assert second.current_tab().model.rowCount() == 4
    assert settings.General().language() == "en"
    assert QApplication.layoutDirection() == Qt.LeftToRight


def test_translations_are_complete_and_compiled():
    import xml.etree.ElementTree as ET
    from desktop.ui.app import translations_dir
    ts = translations_dir() / "marsad_ar.ts"
    qm = translations_dir() / "marsad_ar.qm"
    unfinished = [m.findtext("source") for m in ET.parse(ts).getroot().iter("message")
                  if m.find("translation").get("type") == "unfinished"]
    assert unfinished == []
    assert qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime - 1
