"""The app's automatic backups: the day's copy in the background, and File ▸ Restore from an automatic backup."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QDialog, QMessageBox  # noqa: E402

from desktop.ui.daily_backup import DailyBackup  # noqa: E402
from desktop.ui.dialogs.restore_backup import RestoreBackupDialog, reason_text  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402


def test_the_days_copy_is_taken_off_the_gui_thread(qtbot, sample_store, tmp_path):
    daily = DailyBackup(root=tmp_path / "copies")
    made = []
    daily.done.connect(made.append)
    daily.start(sample_store.path, delay_ms=0)
    qtbot.waitUntil(lambda: bool(made), timeout=10_000)
    assert made[0] is not None and made[0].exists()
    daily.start(sample_store.path, delay_ms=0)      # the same day: nothing more
    qtbot.waitUntil(lambda: len(made) == 2, timeout=10_000)
    assert made[1] is None


def test_a_failed_copy_is_reported(qtbot, tmp_path):
    daily = DailyBackup(root=tmp_path / "copies")
    failed = []
    daily.failed.connect(failed.append)
    daily.start(tmp_path / "gone.db", delay_ms=0)
    qtbot.waitUntil(lambda: bool(failed), timeout=10_000)


def test_the_dialog_lists_the_copies_and_restores_the_chosen_one(qtbot, sample_store, tmp_path, monkeypatch):
    sample_store.backup_dir = tmp_path / "copies"
    sample_store.take_backup("before-import")
    sample_store.put({"kind": "actor", "id": "actor:late", "name": "فاعل متأخر"})
    window = MainWindow(sample_store, "en")
    qtbot.addWidget(window)
    shown = []

    def pick(dialog):
        shown.append([dialog.table.item(0, c).text() for c in range(4)])
        assert dialog.chosen() is dialog.copies[0] and dialog.restore_button.isEnabled()   # the newest
        return QDialog.Accepted
    monkeypatch.setattr(RestoreBackupDialog, "exec", pick)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    assert sample_store.counts()["actor"] == 14
    window.restore_automatic()
    assert sample_store.counts()["actor"] == 13
    assert shown[0][1] == "Before a large import" and shown[0][2] == "31"
    assert "Restored" in window.statusBar().currentMessage()
    assert [c.reason for c in sample_store.backups()] == ["before-restore", "before-import"]


def test_reasons_are_worded():
    assert reason_text("before-schema-3") == "Before the upgrade to schema 3"
    assert reason_text("daily") == "Daily"
    assert reason_text("something-new") == "something-new"


def test_an_empty_list_says_so(qtbot):
    dialog = RestoreBackupDialog([])
    qtbot.addWidget(dialog)
    assert not dialog.empty.isHidden() and not dialog.restore_button.isEnabled()


def test_the_newest_is_chosen_right_to_left_too(qtbot, sample_store, tmp_path):
    from PySide6.QtCore import Qt
    sample_store.backup_dir = tmp_path / "copies"
    sample_store.take_backup("daily")
    dialog = RestoreBackupDialog(sample_store.backups())
    dialog.setLayoutDirection(Qt.RightToLeft)
    qtbot.addWidget(dialog)
    assert dialog.chosen() is dialog.copies[0] and dialog.restore_button.isEnabled()


def test_a_copy_that_cannot_be_read_cannot_be_chosen(qtbot, tmp_path):
    import datetime as dt
    from desktop.core.storage.backups import Copy
    bad = Copy(tmp_path / "x.db", dt.datetime(2026, 12, 1), "before-restore", 10, problem="not a Marsad store")
    dialog = RestoreBackupDialog([bad])
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 2).text() == "Cannot be read" and not dialog.restore_button.isEnabled()


def test_preferences_set_how_many_copies_are_kept_and_the_open_store_follows(qtbot, sample_store, monkeypatch):
    from desktop.ui import settings
    from desktop.ui.dialogs.preferences import PreferencesDialog
    window = MainWindow(sample_store, "en")
    qtbot.addWidget(window)
    assert settings.Backups().kept() == 10

    def choose_three(dialog):
        dialog.kept_box.setValue(3)
        return QDialog.Accepted
    monkeypatch.setattr(PreferencesDialog, "exec", choose_three)
    window.preferences()
    assert settings.Backups().kept() == 3 and sample_store.backup_keep == 3
    assert settings.store_options()["backup_keep"] == 3
    sample_store.backup_dir = sample_store.path.parent / "copies"
    for _ in range(5):
        sample_store.take_backup("before-import")
    assert len(sample_store.backups()) == 3


def test_the_days_copy_keeps_the_preferred_number(qtbot, sample_store, tmp_path):
    from desktop.ui import settings
    settings.Backups().set_kept(1)
    root = tmp_path / "copies"
    sample_store.backup_dir = root
    import datetime as dt
    for n in range(2):          # two copies from two days ago, so the day's copy is due
        made = sample_store.take_backup("before-import")
        day_before = (dt.datetime.now() - dt.timedelta(days=2, minutes=n)).strftime("%Y%m%d-%H%M%S-%f")
        made.rename(made.with_name(f"{day_before}-before-import.db"))
    sample_store.put({"kind": "actor", "id": "actor:new", "name": "فاعل جديد"})
    assert len(sample_store.backups()) == 2     # the open store was told 10
    daily = DailyBackup(root=root)
    made = []
    daily.done.connect(made.append)
    daily.start(sample_store.path, delay_ms=0)
    qtbot.waitUntil(lambda: bool(made), timeout=10_000)
    assert len(sample_store.backups()) == 1


def test_a_kept_setting_out_of_range_or_garbled_is_brought_back(qtbot):
    from desktop.ui import settings
    settings.Backups().set_kept(0)
    assert settings.Backups().kept() == 1
    settings.Backups()._set("kept", "many")
    assert settings.Backups().kept() == 10


def test_the_days_copy_is_announced_in_plain_english(qtbot, qapp, sample_store):
    from desktop.ui.app import RunningApp
    session = RunningApp(qapp, sample_store, "en")
    qtbot.addWidget(session.window)
    bar = session.window.statusBar()
    qtbot.waitUntil(lambda: bar.currentMessage() == "Today's automatic backup is done.", timeout=10_000)
