"""Opening the store: first run offers the sample or an empty store; bad stores say why."""
from __future__ import annotations

import pytest

from desktop.ui import app as ui_app


def test_first_run_offers_the_sample_store(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(ui_app, "ask_first_store", lambda path, lost="": "sample")
    store = ui_app.open_store(tmp_path / "new.db", interactive=True)
    assert store is not None
    assert store.counts() == {"actor": 13, "place": 4, "source": 1, "event": 8, "quote": 5}
    store.close()


def test_first_run_empty_store(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(ui_app, "ask_first_store", lambda path, lost="": "empty")
    store = ui_app.open_store(tmp_path / "new.db", interactive=True)
    assert sum(store.counts().values()) == 0
    store.close()


def test_first_run_cancel_creates_nothing(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(ui_app, "ask_first_store", lambda path, lost="": None)
    assert ui_app.open_store(tmp_path / "new.db", interactive=True) is None
    assert not (tmp_path / "new.db").exists()


def test_corrupt_store_is_reported_in_a_dialog(qapp, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not sqlite" * 50)
    assert ui_app.open_store(bad, interactive=True) is None
    assert shown and str(bad) in shown[0]
    assert bad.read_bytes() == b"not sqlite" * 50


def test_newer_store_is_refused_untouched(qapp, tmp_path, monkeypatch, store):
    import sqlite3
    from PySide6.QtWidgets import QMessageBox
    path = store.path
    store.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version=999")
    conn.close()
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert ui_app.open_store(path, interactive=True) is None
    assert "newer" in shown[0].lower()


@pytest.mark.parametrize("size,ok", [("1280x800", (1280, 800)), (None, None)])
def test_parse_size(size, ok):
    assert ui_app.parse_size(size) == ok


@pytest.mark.parametrize("size", ["big", "10x10", "0x5", "1280"])
def test_parse_size_rejects(size):
    with pytest.raises(ValueError):
        ui_app.parse_size(size)
