"""After an import, the result dialog lists what changed in records already stored, in the UI language."""
from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QLabel, QPlainTextEdit  # noqa: E402

from desktop.core import importing  # noqa: E402
from desktop.core.storage import Store  # noqa: E402
from desktop.core.writing import ImportReport  # noqa: E402
from desktop.ui.app import install_language  # noqa: E402
from desktop.ui.importing.run import ImportResultDialog  # noqa: E402

ACLED = Path(__file__).parent.parent / "core" / "fixtures" / "publishers" / "acled"


def _shown(qtbot, report) -> tuple[list[str], list[str]]:
    dialog = ImportResultDialog(report)
    qtbot.addWidget(dialog)
    if dialog.changes is None:
        return [], []
    return ([w.text() for w in dialog.changes.findChildren(QLabel)],
            [w.toPlainText() for w in dialog.changes.findChildren(QPlainTextEdit)])


def test_the_fields_an_acled_reimport_changed_are_shown(qtbot, tmp_path):
    with Store.create(tmp_path / "s.db") as store:
        importing.import_files(store, [ACLED / "acled_current.csv"])
        report = importing.import_files(store, [ACLED / "acled_current_update.csv"])
    headings, texts = _shown(qtbot, report)
    assert headings == ["Changed in records already stored:"]
    assert texts == ["event:acled-irq34567: Summary, Fatalities, Dataset timestamp"]


def test_in_arabic_with_the_registrys_labels(qtbot, qapp):
    report = ImportReport(updated=Counter({"event": 3}), kept_newer=["event:acled-irq2"], kept_newer_count=1)
    report.changes = {"event:acled-irq1": ["fatalities", "dataset_timestamp"]}
    install_language(qapp, "ar")
    try:
        headings, texts = _shown(qtbot, report)
    finally:
        install_language(qapp, "en")
    assert headings == ["ما تغيّر في سجلات كانت محفوظة:", "بقي كما هو محفوظ، لأن المخزن فيه نسخة أحدث منه:"]
    assert texts == ["event:acled-irq1: القتلى، الطابع الزمني في مجموعة البيانات\n… و2 غيرها", "event:acled-irq2"]


def test_nothing_shown_when_nothing_stored_changed(qtbot):
    assert _shown(qtbot, ImportReport(created=Counter({"event": 2}))) == ([], [])
