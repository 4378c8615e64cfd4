"""The composer's briefing language starts as the UI's, not as the Arabic an earlier briefing took from
the Arabic UI of its day; a language the analyst chose in the composer is remembered and kept."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from desktop.core.briefing import BriefingSpec  # noqa: E402
from desktop.ui import basket_status, briefing  # noqa: E402

SEED_QUOTE = "quote:allawi-1"


def _composer(qtbot, store, ui_language: str):
    dialog = briefing.BriefingComposer(store, ui_language)
    qtbot.addWidget(dialog)
    return dialog


def test_a_briefing_left_from_the_arabic_ui_opens_in_english_under_the_english_ui(qtbot, store):
    first = _composer(qtbot, store, "ar")           # the Arabic UI of an earlier session
    first.add_ids([SEED_QUOTE])
    first.refresh_preview()                         # remembered as the store's last briefing
    assert basket_status.remembered_spec(store).language == "ar"
    first.close()
    composer = _composer(qtbot, store, "en")
    assert composer.language_combo.currentData() == "en" and composer.spec().language == "en"
    assert composer.basket.ids() == [SEED_QUOTE]     # the briefing itself comes back
    assert "Confidential" in [composer.caveat_combo.itemText(i) for i in range(composer.caveat_combo.count())]


def test_a_new_briefing_takes_the_ui_language(qtbot, store):
    assert _composer(qtbot, store, "en").language() == "en"
    assert basket_status.new_spec("en").language == "en"


def test_the_language_the_analyst_chose_is_kept_for_the_next_briefings(qtbot, store, empty):
    composer = _composer(qtbot, store, "en")
    combo = composer.language_combo
    composer.show()
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key_Up if combo.findData("ar") < combo.currentIndex() else Qt.Key_Down)
    assert composer.language() == "ar"
    assert _composer(qtbot, empty, "en").language() == "ar"
    assert basket_status.new_spec("en").language == "ar"


def test_a_saved_briefing_opens_in_its_own_language(qtbot, store):
    store.save_briefing("weekly", BriefingSpec(language="ar", items=(SEED_QUOTE,)).to_dict())
    composer = _composer(qtbot, store, "en")
    assert composer.load_saved("weekly")
    assert composer.language() == "ar"
