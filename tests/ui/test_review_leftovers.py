"""The review dialog says that closing leaves the rest unreviewed only while something is left to review."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QLabel  # noqa: E402

from desktop.core import review as core_review  # noqa: E402
from desktop.ui.importing import review as review_ui  # noqa: E402
from tests.ui.test_import_gui import article, reviewed  # noqa: E402,F401  (fixtures)


def test_the_closing_note_goes_once_nothing_is_left_to_review(qtbot, reviewed, monkeypatch):  # noqa: F811
    store, source_id = reviewed
    dialog = review_ui.ReviewDialog(store, source_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    (note,) = [label for label in dialog.findChildren(QLabel) if label.text() == "Closing leaves the rest unreviewed."]
    assert note.isVisible()
    monkeypatch.setattr(dialog, "_confirm_accept_all", lambda count: True)
    dialog.accept_all()
    assert core_review.proposals_for(store, source_id) == []
    assert not note.isVisible()
    assert dialog.count.text() == "Every proposal from this article has been reviewed."
