"""Preferences for digits, a new briefing's paper and the text size, and what follows them."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtWidgets import QDialog  # noqa: E402

from desktop.ui import settings  # noqa: E402
from desktop.ui.dialogs import preferences  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402


@pytest.fixture
def window(qtbot, store):
    w = MainWindow(store, "ar")
    qtbot.addWidget(w)
    w.show_kind("event")
    return w


def answer(monkeypatch, **values):
    """The preferences dialog, answered with `values` and accepted."""
    def exec_(dialog):
        if "digits" in values:
            dialog.digits_box.setCurrentIndex(dialog.digits_box.findData(values["digits"]))
        if "paper" in values:
            dialog.paper_box.setCurrentIndex(dialog.paper_box.findData(values["paper"]))
        if "font" in values:
            dialog.font_box.setValue(values["font"])
        return QDialog.Accepted
    monkeypatch.setattr(preferences.PreferencesDialog, "exec", exec_)


def test_dialog_shows_the_saved_preferences(qtbot):
    settings.General().set_arabic_digits(True)
    settings.BriefingDefaults().set_paper("Letter")
    settings.Appearance().set_font_size(14)
    dialog = preferences.PreferencesDialog("ar")
    qtbot.addWidget(dialog)
    assert dialog.arabic_digits() and dialog.paper() == "Letter" and dialog.font_size() == 14
    dialog.font_box.setValue(dialog.font_box.minimum())
    assert dialog.font_size() == 0 and dialog.font_box.text() == dialog.font_box.specialValueText()


def test_arabic_indic_digits_reach_the_table_titles_and_counts(window, monkeypatch):
    date = [c.name for c in window.current_tab().model.columns].index("date")
    assert any(ch in "0123456789" for ch in window.current_tab().model.index(0, date).data())
    answer(monkeypatch, digits=True)
    window.preferences()
    assert settings.General().arabic_digits()
    shown = window.current_tab().model.index(0, date).data()
    assert not any(ch in "0123456789" for ch in shown) and any(ch in "٠١٢٣٤٥٦٧٨٩" for ch in shown)
    assert "٨" in window.status_counts.text()           # 8 events
    window.set_search("التحالف")
    title = window.tab_widget.tabText(0)
    assert any(ch in "٠١٢٣٤٥٦٧٨٩" for ch in title) and not any(ch in "0123456789" for ch in title)
    # And back.
    answer(monkeypatch, digits=False)
    window.preferences()
    assert any(ch in "0123456789" for ch in window.current_tab().model.index(0, date).data())


def test_the_english_ui_keeps_western_digits(qtbot, store):
    settings.General().set_arabic_digits(True)
    w = MainWindow(store, "en")
    qtbot.addWidget(w)
    assert "8" in w.status_counts.text()


def test_text_size_applies_to_tables_and_detail(window, monkeypatch):
    answer(monkeypatch, font=17)
    window.preferences()
    assert settings.Appearance().font_size() == 17
    assert window.current_tab().view.font().pointSize() == 17 and window.detail.font().pointSize() == 17
    # A tab built later takes it too.
    window.show_kind("quote")
    assert window.current_tab().view.font().pointSize() == 17
    answer(monkeypatch, font=5)      # the lowest step: the system's size
    window.preferences()
    assert settings.Appearance().font_size() == 0


def test_the_text_size_is_the_detail_panes_after_a_restart_too(qtbot, store):
    """Set, then the app started again: the detail pane came back at the default size, the tables at 12 pt."""
    def shown_detail(w):
        w.resize(1280, 800)
        w.show()
        qtbot.waitExposed(w)
        w.show_kind("event")
        w.current_tab().select_first()
        qtbot.waitUntil(lambda: bool(w.detail.toPlainText()))
        return w.detail

    first = MainWindow(store, "ar")
    qtbot.addWidget(first)
    before = shown_detail(first)
    default_height = before.document().size().height()
    settings.Appearance().set_font_size(14)
    after = MainWindow(store, "ar")
    qtbot.addWidget(after)
    detail = shown_detail(after)
    assert after.current_tab().view.font().pointSize() == 14
    assert detail.font().pointSize() == 14
    assert detail.document().defaultFont().pointSize() == 14
    assert detail.toPlainText() == before.toPlainText()
    assert detail.document().size().height() > default_height     # the same record, in larger text


def test_a_new_briefing_takes_the_preferred_paper(window, monkeypatch):
    answer(monkeypatch, paper="Letter")
    window.preferences()
    assert settings.BriefingDefaults().paper() == "Letter"
    composer = window.open_briefing()
    try:
        assert composer.spec().paper == "Letter"
    finally:
        composer.close()
        composer.deleteLater()


def test_the_spin_boxes_write_the_digits_chosen_and_align_alike(arabic, qtbot):
    from tests.ui.ink import ink_span
    settings.Backups().set_kept(10)
    settings.Appearance().set_font_size(12)
    dialog = preferences.PreferencesDialog("ar")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    kept, size = dialog.kept_box, dialog.font_box
    assert dialog.isRightToLeft() and not dialog.arabic_digits()
    assert kept.lineEdit().text() == "10" and "12" in size.lineEdit().text()
    dialog.digits_box.setCurrentIndex(dialog.digits_box.findData(True))
    assert kept.lineEdit().text() == "١٠" and "١٢" in size.lineEdit().text()
    # Both numbers start at the right, the side an Arabic form starts at.
    for box in (kept, size):
        left, right = ink_span(box.lineEdit())
        assert left > box.lineEdit().width() // 2, (box.objectName(), left, right)


def test_the_search_status_takes_the_new_digits_at_once(arabic, window, monkeypatch):
    """«4 نتائج في 3 ملّي ثانية» kept its Western digits until the next search."""
    window.set_search("التحالف")
    status = window.status_search.text()
    assert any(ch in "0123456789" for ch in status)
    answer(monkeypatch, digits=True)
    window.preferences()
    status = window.status_search.text()
    assert status and not any(ch in "0123456789" for ch in status), status
    assert any(ch in "٠١٢٣٤٥٦٧٨٩" for ch in status)
    answer(monkeypatch, digits=False)
    window.preferences()
    assert any(ch in "0123456789" for ch in window.status_search.text())


def test_up_from_the_system_size_goes_above_it(qtbot):
    """The first Up from «System size» went to 6 pt, smaller than the system's text."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    settings.Appearance().set_font_size(0)
    dialog = preferences.PreferencesDialog("en")
    qtbot.addWidget(dialog)
    box = dialog.font_box
    assert box.text() == box.specialValueText()
    system = QApplication.font().pointSize()
    QTest.keyClick(box, Qt.Key_Up)
    assert dialog.font_size() == system + 1 and box.text() == f"{system + 1} pt"
    QTest.keyClick(box, Qt.Key_Down)
    assert dialog.font_size() == system
