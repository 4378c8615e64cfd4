"""The import result counts in words that agree with each number («سجل واحد», «سجلان», «24 سجلًا»; "1 record",
"24 records"), in the digits the user chose in the Arabic UI."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from desktop.core.writing import ImportReport  # noqa: E402
from desktop.ui import settings  # noqa: E402
from desktop.ui.app import install_language  # noqa: E402
from desktop.ui.importing.run import ImportResultDialog  # noqa: E402


def _report(created: int, updated: int, proposed: int) -> ImportReport:
    report = ImportReport()
    report.created.update({"quote": created})
    report.updated.update({"actor": updated})
    report.proposed.update({"quote": proposed})
    return report


def _shown(qtbot, report) -> ImportResultDialog:
    dialog = ImportResultDialog(report)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.parametrize("counts, words", [
    ((1, 24, 1), "1 record created, 24 records updated; 1 of them is a proposal waiting for review."),
    ((24, 1, 3), "24 records created, 1 record updated; 3 of them are proposals waiting for review."),
    ((0, 2, 0), "0 records created, 2 records updated."),
    ((1200, 0, 2), "1,200 records created, 0 records updated; 2 of them are proposals waiting for review."),
])
def test_english_counts_take_their_plural(qtbot, counts, words):
    assert _shown(qtbot, _report(*counts)).headline.text() == words


@pytest.mark.parametrize("digits, counts, words", [
    (False, (1, 2, 1), "أُنشئ سجل واحد، وحُدِّث سجلان؛ منها مقترح واحد ينتظر المراجعة."),
    (False, (24, 0, 3), "أُنشئ 24 سجلًا، ولم يُحدَّث أي سجل؛ منها 3 مقترحات تنتظر المراجعة."),
    (True, (24, 5, 12), "أُنشئ ٢٤ سجلًا، وحُدِّثت ٥ سجلات؛ منها ١٢ مقترحًا تنتظر المراجعة."),
    (True, (1200, 0, 0), "أُنشئ ١٬٢٠٠ سجل، ولم يُحدَّث أي سجل."),
])
def test_arabic_counts_take_their_plural_form_and_the_digits_chosen(qtbot, qapp, digits, counts, words):
    settings.General().set_arabic_digits(digits)
    install_language(qapp, "ar")
    try:
        dialog = _shown(qtbot, _report(*counts))
        assert dialog.headline.text() == words
        assert dialog.isRightToLeft()
        if digits:
            assert dialog.rows["quote"].text().startswith(words.split()[1])
            assert not any(ch in "0123456789" for ch in dialog.headline.text() + dialog.rows["quote"].text())
    finally:
        install_language(qapp, "en")
