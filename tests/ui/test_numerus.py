"""Counts in the Arabic UI take Arabic's plural forms: «6 نتائج», «نتيجة واحدة», «24 نتيجةً»; so do the
milliseconds a search took: «في ملّي ثانيتين», «في 9 ملّي ثانية»."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication  # noqa: E402

from desktop.ui.app import install_language  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402


@pytest.mark.parametrize("n, words", [(0, "لا نتائج"), (1, "نتيجة واحدة"), (2, "نتيجتان"), (6, "6 نتائج"),
                                      (24, "24 نتيجةً"), (100, "100 نتيجة")])
def test_the_hit_count_takes_its_plural_form(qapp, n, words):
    install_language(qapp, "ar")
    try:
        assert QCoreApplication.translate("MainWindow", "%n found", "", n) == words
    finally:
        install_language(qapp, "en")


def test_the_status_bar_says_six_results(qtbot, qapp, store):
    install_language(qapp, "ar")
    try:
        window = MainWindow(store, "ar")
        qtbot.addWidget(window)
        window.set_search("علاوي")
        qtbot.waitUntil(lambda: "نتائج" in window.status_search.text(), timeout=5000)
        assert window.status_search.text().startswith("6 نتائج في")
    finally:
        install_language(qapp, "en")


class _Clock:
    """The search's clock (its `time`): each search, read at its start and its end, takes `ms` milliseconds."""
    def __init__(self):
        self.now, self.ms, self.calls = 0.0, 0, 0

    def perf_counter(self) -> float:
        self.calls += 1
        if self.calls % 2 == 0:
            self.now += self.ms / 1000
        return self.now


@pytest.mark.parametrize("digits", [False, True])
def test_the_search_time_takes_its_plural_form_and_the_digits_chosen(qtbot, qapp, store, monkeypatch, digits):
    from desktop.ui import search_actions, settings
    settings.General().set_arabic_digits(digits)
    clock = _Clock()
    monkeypatch.setattr(search_actions, "time", clock)
    install_language(qapp, "ar")
    try:
        window = MainWindow(store, "ar")
        qtbot.addWidget(window)
        six = "٦" if digits else "6"
        for ms, words in ((2, "في ملّي ثانيتين"), (9, "في 9 ملّي ثانية"), (12, "في 12 ملّي ثانية"),
                          (1, "في ملّي ثانية واحدة"), (0, "في أقل من ملّي ثانية")):
            clock.ms = ms
            window.set_search("")
            window.set_search("علاوي")
            if digits:
                words = words.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
            expected = f"{six} نتائج {words}"
            qtbot.waitUntil(lambda: window.status_search.text() == expected, timeout=5000)
    finally:
        install_language(qapp, "en")
