"""A briefing's digits: one name for them across the app, and an Arabic briefing writes numbers as the app does."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from desktop.ui import settings  # noqa: E402
from desktop.ui.briefing.composer import BriefingComposer  # noqa: E402
from desktop.ui.dialogs.preferences import PreferencesDialog  # noqa: E402


def composer_over(qtbot, store) -> BriefingComposer:
    dialog = BriefingComposer(store, "ar")
    qtbot.addWidget(dialog)
    return dialog


def test_preferences_and_composer_name_the_digits_alike(qtbot, arabic, sample_store):
    prefs = PreferencesDialog("ar")
    qtbot.addWidget(prefs)
    in_prefs = prefs.digits_box.itemText(prefs.digits_box.findData(True))
    in_composer = composer_over(qtbot, sample_store).digits_check.text()
    assert in_prefs == "أرقام مشرقية (٠١٢٣)"
    assert in_composer.startswith(in_prefs)


@pytest.mark.parametrize("arabic_digits", [False, True])
def test_an_arabic_briefing_starts_with_the_apps_digits(qtbot, arabic, sample_store, arabic_digits):
    settings.General().set_arabic_digits(arabic_digits)
    composer = composer_over(qtbot, sample_store)
    assert composer.digits_check.isChecked() is arabic_digits
    composer.add_ids(["event:ain-al-asad-announcement"])   # a briefing needs a record to be drawn
    composer.refresh_preview()
    assert composer.document.digits("2025") == ("٢٠٢٥" if arabic_digits else "2025")
    # An English briefing writes 0123 whatever the app does; back in Arabic, the app's digits again.
    composer.language_combo.setCurrentIndex(composer.language_combo.findData("en"))
    assert not composer.digits_check.isChecked()
    composer.language_combo.setCurrentIndex(composer.language_combo.findData("ar"))
    assert composer.digits_check.isChecked() is arabic_digits


@pytest.mark.parametrize("arabic_digits", [False, True])
def test_the_briefing_date_field_shows_the_apps_digits(qtbot, arabic, sample_store, arabic_digits):
    settings.General().set_arabic_digits(arabic_digits)
    composer = composer_over(qtbot, sample_store)
    shown = composer.date_edit.text()
    assert any("٠" <= ch <= "٩" for ch in shown) is arabic_digits
    assert any("0" <= ch <= "9" for ch in shown) is not arabic_digits
