"""The command line reading the store the window has open: no false «damaged», nothing taken for a change.

The window's process opens the store file more than once (the daily copy,
the search counter, an import each open a connection of their own). Were
any of them to open the file outside SQLite, closing it would drop every
lock the process holds on it; a `marsad search` closing after that takes
itself for the last user, checkpoints and deletes the WAL under the window,
whose next read finds «database disk image is malformed».
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QMessageBox  # noqa: E402

from desktop.core.errors import StoreDamagedError  # noqa: E402
from desktop.core.storage import Store  # noqa: E402
from desktop.ui import error_text  # noqa: E402
from desktop.ui.bidi import LRI, PDI  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402

REPO = Path(__file__).resolve().parents[2]


def cli(store_path: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, MARSAD_BACKUPS=str(tmp_path / "cli-backups"), PYTHONPATH=str(REPO))
    return subprocess.run([sys.executable, "-m", "desktop", "--db", str(store_path), *args], env=env,
                          cwd=str(tmp_path), capture_output=True, text=True, timeout=120)


def window_after_cli_reads(qtbot, store, tmp_path) -> MainWindow:
    window = MainWindow(store, "ar")
    qtbot.addWidget(window)
    window.show()
    window.show_kind("actor")
    # What the window's process does on its own: the daily copy's and the hit counter's connections.
    with Store.open(store.path) as daily:
        daily.counts()
    with Store.open(store.path, readonly=True) as counter:
        counter.counts()
    assert cli(store.path, tmp_path, "search", "العراق").returncode == 0
    assert cli(store.path, tmp_path, "export", str(tmp_path / "all.jsonl")).returncode == 0
    return window


def test_an_import_after_a_cli_read_shows_its_rows_and_no_damage(qtbot, sample_store, tmp_path, monkeypatch):
    from desktop.ui.importing import run
    shown = []
    monkeypatch.setattr(run.ImportResultDialog, "exec", lambda self: 0)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a) or QMessageBox.Ok)
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a) or QMessageBox.Ok)
    window = window_after_cli_reads(qtbot, sample_store, tmp_path)
    rows = window.current_tab().model.rowCount()
    f = tmp_path / "one.jsonl"
    f.write_text(json.dumps({"kind": "actor", "id": "actor:one", "name": "واحد"}, ensure_ascii=False) + "\n")
    window.import_files([str(f)])
    qtbot.waitUntil(lambda: window.current_tab().model.rowCount() == rows + 1, timeout=10_000)
    assert not shown
    assert "actor:one" in window.current_tab().model.store.get("actor:one")["id"]
    # The window's own write after it reaches other programs (it went to the WAL they read).
    assert "actor:one" in cli(sample_store.path, tmp_path, "search", "واحد").stdout


def test_a_cli_read_is_not_another_programs_change(qtbot, sample_store, tmp_path):
    window = window_after_cli_reads(qtbot, sample_store, tmp_path)
    assert not window.outside.check()
    sample_store.put({"kind": "actor", "id": "actor:ours", "name": "فاعلنا"})
    assert "actor:ours" in cli(sample_store.path, tmp_path, "search", "فاعلنا").stdout
    assert not window.outside.check()
    assert window.statusBar().currentMessage() == ""


def test_a_damaged_store_is_named_in_the_ui_language_without_sqlites_words(arabic):
    exc = StoreDamagedError("store.damaged", path="/tmp/x/marsad.db", reason="database disk image is malformed")
    text = error_text.describe(exc)
    assert text == f"المخزن {LRI}/tmp/x/marsad.db{PDI} تالف. استعِده من نسخة احتياطية."
    assert "malformed" not in text


def test_a_damaged_store_in_the_english_ui(qapp):
    exc = StoreDamagedError("store.damaged", path="/tmp/x/marsad.db", reason="database disk image is malformed")
    assert error_text.describe(exc) == f"The store {LRI}/tmp/x/marsad.db{PDI} is damaged. Restore it from a backup."


def test_a_failed_read_leaves_the_table_whole(qtbot, sample_store, monkeypatch):
    """A store that cannot be read during a refresh ends the model's reset: the table is not left
    half-reset (Qt's «beginResetModel called … without calling endResetModel»), keeps its rows, and
    the window says why once (desktop/ui/read_failures.py) instead of an exception."""
    from desktop.core import views
    from desktop.core.errors import StoreBusyError
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    window = MainWindow(sample_store, "en")
    qtbot.addWidget(window)
    window.show_kind("actor")
    model = window.current_tab().model
    rows = model.rowCount()
    ended = []
    model.modelReset.connect(lambda: ended.append(1))

    def busy(*args, **kwargs):
        raise StoreBusyError("store.busy", path=str(sample_store.path))
    pager = views.Pager
    monkeypatch.setattr(views, "Pager", busy)
    model.reset()
    assert ended == [1] and model.rowCount() == rows and model.unreadable
    qtbot.waitUntil(lambda: len(shown) == 1)
    monkeypatch.setattr(views, "Pager", pager)
    model.reset()
    assert model.rowCount() == 13 and not model.unreadable
