"""The composer says how a search's records come into the briefing, and a briefing of a whole search
(briefing.search_ids) takes them by the CLI's rule: the timeline's events, then the quotes."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QLabel  # noqa: E402

from desktop.core.storage import Store  # noqa: E402
from desktop.ui import briefing, settings  # noqa: E402
from desktop.ui.briefing.basket import IdRole  # noqa: E402
from tests.core.test_briefing_selection import WORD, election_records  # noqa: E402


@pytest.fixture
def elections(tmp_path):
    s = Store.create(tmp_path / "elections.db")
    s.put_many(election_records())
    yield s
    s.close()


def _hint(dialog) -> QLabel:
    return dialog.findChild(QLabel, "briefing_adding_hint")


def test_the_english_composer_says_a_search_comes_in_by_tab_events_first(qtbot, elections):
    dialog = briefing.BriefingComposer(elections, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    hint = _hint(dialog)
    assert hint.isVisible() and hint.wordWrap()
    text = hint.text()
    assert "200 at a time" in text
    assert text.index("Events tab") < text.index("Quotes tab")
    assert "\u2066Ctrl+B\u2069 (“Add to Briefing”) adds the selected rows" in text
    assert not any("\u0600" <= ch <= "\u06ff" for ch in text)


@pytest.mark.parametrize("digits, count", [(True, "٢٠٠"), (False, "200")])
def test_the_arabic_composer_says_it_in_arabic_in_the_users_digits(qtbot, qapp, elections, digits, count):
    from desktop.ui.app import install_language
    qapp.setLayoutDirection(Qt.RightToLeft)
    install_language(qapp, "ar")
    settings.General().set_arabic_digits(digits)
    try:
        dialog = briefing.BriefingComposer(elections, "ar")
        qtbot.addWidget(dialog)
        dialog.show()
        text = _hint(dialog).text()
    finally:
        settings.General().set_arabic_digits(False)
        install_language(qapp, "en")
        qapp.setLayoutDirection(Qt.LeftToRight)
    assert f"{count} في كل مرة" in text
    assert text.index("تبويب الأحداث") < text.index("تبويب الاقتباسات")
    # The shortcut is the one Latin run, isolated left to right.
    assert "الاختصار \u2066Ctrl+B\u2069 («إضافة إلى الإيجاز») الصفوف المحددة" in text
    assert not any("a" <= ch.lower() <= "z" for ch in text.replace("\u2066Ctrl+B\u2069", ""))


def test_the_hint_reads_over_the_window_and_stays_quieter_than_the_labels(qtbot, elections):
    from PySide6.QtGui import QPalette
    from desktop.ui.hint_label import contrast
    dialog = briefing.BriefingComposer(elections, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    hint = _hint(dialog)
    assert hint.isEnabled()
    ink, paper = hint.palette().color(QPalette.WindowText), hint.palette().color(QPalette.Window)
    assert 4.5 <= contrast(ink, paper) < contrast(dialog.palette().color(QPalette.WindowText), paper)


def test_a_dark_palette_gets_a_light_hint_that_reads():
    from PySide6.QtGui import QColor, QPalette
    from desktop.ui.hint_label import contrast, hint_colour
    palette = QPalette(QColor(45, 45, 45))
    palette.setColor(QPalette.WindowText, QColor(240, 240, 240))
    palette.setColor(QPalette.PlaceholderText, QColor(255, 255, 255, 128))
    ink = hint_colour(palette)
    assert ink.lightness() > 128 and contrast(ink, palette.color(QPalette.Window)) >= 4.5
