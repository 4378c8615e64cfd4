"""Conflicts shown to a person, never resolved silently: both versions side by side, field by field, the
differing fields marked; per-field choices build a merged record that syncs like any change."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402

from desktop.core import sync  # noqa: E402
from desktop.ui.team import conflicts_view  # noqa: E402
from desktop.ui.team.conflicts_view import (DIFFERS_ROLE, FIELD_COL, MINE_COL, NAME_ROLE, THEIRS_COL,  # noqa: E402
                                            ConflictsDialog)
from tests.ui.conftest import shown_window  # noqa: E402
from tests.ui.team_stores import EVENT, QUOTE, make_conflicts, send  # noqa: E402


@pytest.fixture
def confirmed(monkeypatch):
    """Every resolution confirmed, as if Yes was clicked; the questions asked are kept."""
    asked = []
    monkeypatch.setattr(ConflictsDialog, "_confirm", lambda self, c, choice: asked.append((c.key, choice)) or True)
    return asked


def rows(dialog: ConflictsDialog) -> dict[str, tuple[str, str, bool]]:
    """field name -> (mine as shown, theirs as shown, marked as differing)."""
    t = dialog.table
    return {t.item(r, FIELD_COL).data(NAME_ROLE): (t.item(r, MINE_COL).text(), t.item(r, THEIRS_COL).text(),
                                                    bool(t.item(r, FIELD_COL).data(DIFFERS_ROLE)))
            for r in range(t.rowCount())}


def row_of(dialog: ConflictsDialog, name: str) -> int:
    t = dialog.table
    return next(r for r in range(t.rowCount()) if t.item(r, FIELD_COL).data(NAME_ROLE) == name)


def select(dialog: ConflictsDialog, key: str) -> None:
    for i in range(dialog.list.topLevelItemCount()):
        if dialog.list.topLevelItem(i).data(0, Qt.UserRole) == key:
            dialog.list.setCurrentItem(dialog.list.topLevelItem(i))
            return
    raise AssertionError(f"{key} is not listed")


def click_value(qtbot, dialog: ConflictsDialog, name: str, col: int) -> None:
    """A click on a field's value, where a person clicks."""
    t = dialog.table
    item = t.item(row_of(dialog, name), col)
    t.scrollToItem(item)
    qtbot.mouseClick(t.viewport(), Qt.LeftButton, pos=t.visualItemRect(item).center())


def test_both_versions_field_by_field_and_a_merged_record_that_syncs(qtbot, pair, tmp_path, confirmed):
    a, b = pair
    report = make_conflicts(a, b, tmp_path)
    assert sorted(report.conflicts) == sorted([EVENT, QUOTE])
    dialog = ConflictsDialog(a, language="en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.list.topLevelItemCount() == 2
    select(dialog, EVENT)
    assert dialog.list.currentItem().text(2) == "Edited on both sides"
    assert dialog.list.currentItem().text(1) == "Event"

    shown = rows(dialog)
    # Field by field, labelled from the kind registry, the differing ones marked.
    assert shown["summary"] == ("ملخص من جهاز المكتب", "ملخص من الحاسوب الميداني", True)
    assert shown["status"][2] and shown["notes"] == ("—", "أكده مصدر ثانٍ", True)
    title = a.get(EVENT)["title"]
    assert shown["title"] == (title, title, False)
    assert shown["place"][:2] == ("العراق", "العراق")     # a reference by its name, not its id
    labels = {dialog.table.item(r, FIELD_COL).text() for r in range(dialog.table.rowCount())}
    assert {"Summary", "Status", "Notes", "Title"} <= labels
    assert dialog.table.horizontalHeaderItem(MINE_COL).text() == "Mine (this store)"
    assert {n for n, (_, _, differs) in shown.items() if differs} == {"summary", "status", "notes"}
    # Every differing field starts as mine.
    assert dialog.choices == {"summary": "mine", "status": "mine", "notes": "mine"}

    # Theirs for the summary and the notes, mine for the status: clicked where a person clicks.
    click_value(qtbot, dialog, "summary", THEIRS_COL)
    click_value(qtbot, dialog, "notes", THEIRS_COL)
    click_value(qtbot, dialog, "status", MINE_COL)
    assert dialog.choices == {"summary": "theirs", "status": "mine", "notes": "theirs"}
    summary = row_of(dialog, "summary")
    assert dialog.table.item(summary, THEIRS_COL).checkState() == Qt.Checked
    assert dialog.table.item(summary, MINE_COL).checkState() == Qt.Unchecked
    # A field both sides agree on offers no choice.
    assert not dialog.table.item(row_of(dialog, "title"), MINE_COL).flags() & Qt.ItemIsUserCheckable

    assert dialog.merged_button.isEnabled()
    dialog.merged_button.click()
    assert confirmed == [(EVENT, "merged")]
    merged = a.get(EVENT)
    assert merged["summary"] == "ملخص من الحاسوب الميداني"
    assert merged["notes"] == "أكده مصدر ثانٍ"
    assert merged["status"] == "announced"
    assert [c["key"] for c in a.open_conflicts()] == [QUOTE]
    assert dialog.list.topLevelItemCount() == 1

    # The resolution is a change like any other: sent back, b takes it with no conflict (the quote, still
    # open here, is b's conflict too).
    back = send(a, b, tmp_path / "a-to-b.jsonl")
    assert back.conflicts == [QUOTE] and b.get(EVENT) == merged


def test_a_delete_against_an_edit_shows_the_deleted_side(qtbot, pair, tmp_path, confirmed):
    a, b = pair
    make_conflicts(a, b, tmp_path)
    dialog = ConflictsDialog(a, language="en")
    qtbot.addWidget(dialog)
    select(dialog, QUOTE)
    assert dialog.current.reason == "deleted_here"
    assert dialog.list.currentItem().text(2) == "Deleted here, edited there"
    shown = rows(dialog)
    assert shown["text"] == ("Deleted", "نص معدّل في الميدان", True)
    assert all(mine == "Deleted" for mine, _, _ in shown.values())
    assert dialog.table.horizontalHeaderItem(MINE_COL).text() == "Mine: deleted"
    # Deleted on one side: resolved as a whole, never field by field.
    assert not dialog.merged_button.isEnabled()
    assert not dialog.table.item(row_of(dialog, "text"), THEIRS_COL).flags() & Qt.ItemIsUserCheckable
    dialog.theirs_button.click()
    assert a.get(QUOTE)["text"] == "نص معدّل في الميدان"
    assert [c["key"] for c in a.open_conflicts()] == [EVENT]


def test_nothing_is_resolved_without_the_confirmation(qtbot, pair, tmp_path, monkeypatch):
    a, b = pair
    make_conflicts(a, b, tmp_path)
    monkeypatch.setattr(ConflictsDialog, "_confirm", lambda self, c, choice: False)
    dialog = ConflictsDialog(a, language="en")
    qtbot.addWidget(dialog)
    before = a.get(EVENT)
    dialog.theirs_button.click()
    assert a.get(EVENT) == before and len(a.open_conflicts()) == 2


def test_in_arabic_the_view_is_arabic_and_mirrored(qtbot, pair, tmp_path, arabic):
    a, b = pair
    make_conflicts(a, b, tmp_path)
    dialog = ConflictsDialog(a, language="ar")
    qtbot.addWidget(dialog)
    assert dialog.isRightToLeft()
    select(dialog, QUOTE)
    assert dialog.list.currentItem().text(2) == "حُذف هنا وعُدّل هناك"
    assert rows(dialog)["text"][0] == "محذوف"
    assert dialog.table.horizontalHeaderItem(MINE_COL).text() == "نسختي: محذوف"
    assert dialog.table.horizontalHeaderItem(FIELD_COL).text() == "الحقل"
    assert dialog.table.item(row_of(dialog, "text"), FIELD_COL).text() == "النص"
    select(dialog, EVENT)
    assert dialog.list.currentItem().text(2) == "عُدّل في الجهتين"
    assert dialog.mine_button.text().replace("&", "") == "أبقِ نسختي"


def test_record_text_is_never_read_as_markup(qtbot, pair, tmp_path):
    a, b = pair
    from tests.ui.team_stores import edit
    edit(a, EVENT, summary="<b>mine</b>")
    edit(b, EVENT, summary="<img src=x>theirs")
    send(b, a, tmp_path / "b-to-a.jsonl")
    dialog = ConflictsDialog(a, language="en")
    qtbot.addWidget(dialog)
    assert rows(dialog)["summary"][:2] == ("<b>mine</b>", "<img src=x>theirs")
    assert dialog.heading.textFormat() == Qt.PlainText


def test_the_window_opens_the_view_and_a_resolution_refreshes_it(qtbot, pair, tmp_path, confirmed):
    a, b = pair
    make_conflicts(a, b, tmp_path)
    window = shown_window(qtbot, a, kind="event")
    assert "Conflicts: 2" in window.team_status.text()
    window.act_team_conflicts.trigger()
    dialog = window.findChild(ConflictsDialog, "conflicts_dialog")
    assert dialog is not None and dialog.isVisible()
    select(dialog, EVENT)
    dialog.mine_button.click()
    assert a.get(EVENT)["summary"] == "ملخص من جهاز المكتب"
    assert "Conflicts: 1" in window.team_status.text()
    # The status widget's click opens the same view (not a second one).
    window.team_status.click()
    assert window.findChildren(ConflictsDialog) == [dialog]
    # Closed, it is gone, and the window's next change does not reach for it.
    dialog.close()
    qtbot.waitUntil(lambda: window.findChildren(ConflictsDialog) == [])
    window.changes.changed.emit(["event"])
    assert "Conflicts: 1" in window.team_status.text()


def test_the_review_dialog_offers_the_conflicts(qtbot, pair, tmp_path, monkeypatch):
    a, b = pair
    make_conflicts(a, b, tmp_path)
    from desktop.ui.importing.review import ReviewDialog
    source = a.get(EVENT)["sources"][0]
    review = ReviewDialog(a, source)
    qtbot.addWidget(review)
    assert not review.conflicts_button.isHidden()
    assert review.conflicts_button.text() == "Conflicts (2)…"
    opened = []
    monkeypatch.setattr(conflicts_view.ConflictsDialog, "exec", lambda self: opened.append(self) or 0)
    review.conflicts_button.click()
    assert len(opened) == 1 and opened[0].list.topLevelItemCount() == 2
    # With no proposals waiting, Review Proposals offers the conflicts instead.
    from desktop.ui.importing import review as review_module
    from desktop.ui.team import review_link
    asked = []
    monkeypatch.setattr(review_link.QMessageBox, "question", lambda *args, **kw: asked.append(args[2]) or
                        review_link.QMessageBox.Yes)
    monkeypatch.setattr(review_module.core_review, "unreviewed_sources", lambda store: [])
    review_module.review_pending_dialog(None, a)
    assert asked and "2 conflicts" in asked[0] and len(opened) == 2


def test_resolving_an_already_closed_conflict_is_reported_not_raised(qtbot, pair, tmp_path, confirmed, monkeypatch):
    a, b = pair
    make_conflicts(a, b, tmp_path)
    dialog = ConflictsDialog(a, language="en")
    qtbot.addWidget(dialog)
    select(dialog, EVENT)
    from desktop.core import conflicts
    conflicts.resolve(a, EVENT, "mine")      # closed behind the dialog's back (the command line, say)
    warned = []
    monkeypatch.setattr(conflicts_view.QMessageBox, "warning", lambda *args: warned.append(args[2]))
    assert dialog.resolve("theirs") is False
    assert warned and EVENT in warned[0]
    assert dialog.list.topLevelItemCount() == 1


def test_a_bundle_of_resolutions_from_the_other_site_closes_the_conflicts_here(qtbot, pair, tmp_path):
    a, b = pair
    make_conflicts(a, b, tmp_path)
    send(a, b, tmp_path / "a-to-b.jsonl")     # b has them too now
    from desktop.core import conflicts
    for c in conflicts.open_conflicts(b):
        conflicts.resolve(b, c.key, "theirs")
    dialog = ConflictsDialog(a, language="en")
    qtbot.addWidget(dialog)
    assert dialog.list.topLevelItemCount() == 2
    sync.apply_bundle(a, sync.write_changes(b, a.site_id(), tmp_path / "b-to-a-2.jsonl").path)
    dialog.reload()
    assert dialog.list.topLevelItemCount() == 0
    assert dialog.count.text().startswith("No open conflicts")
