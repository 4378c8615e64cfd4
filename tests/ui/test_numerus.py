"""Counts in the Arabic UI take Arabic's plural forms: «6 نتائج», «نتيجة واحدة», «24 نتيجةً»."""
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
        assert QCoreApplication.translate("MainWindow", "%n found in %1 ms", "", n).startswith(words)
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
