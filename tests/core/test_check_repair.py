"""`check` finds what another program changed behind Marsad's back; `check --repair` rebuilds what is derived."""
from __future__ import annotations

import sqlite3

import pytest

from desktop.core import search


@pytest.fixture
def outside(sample_store):
    """Another program with the store open: a plain SQLite connection, no Marsad code."""
    conn = sqlite3.connect(sample_store.path, isolation_level=None)
    yield conn
    conn.close()


def codes(store) -> list[str]:
    return [p.code for p in store.check()]


def test_a_text_edited_outside_is_found_and_repaired(sample_store, outside):
    outside.execute("UPDATE quotes SET text = 'نص جديد عن الموازنة' WHERE key = 'quote:allawi-1'")
    assert "check.stale" in codes(sample_store)
    assert search.search(sample_store, "الموازنة").total == 0
    sample_store.repair()
    assert sample_store.check() == []
    assert [h.id for h in search.search(sample_store, "الموازنة").hits] == ["quote:allawi-1"]


def test_a_record_added_outside_is_found_and_indexed_by_repair(sample_store, outside):
    outside.execute("INSERT INTO events(key, title, review, created_at, updated_at) "
                    "VALUES ('event:outside', 'حدث أضيف من خارج مرصد', 'confirmed', 'x', 'x')")
    found = codes(sample_store)
    assert "check.missing" in found and "check.counts" in found
    sample_store.repair()
    assert sample_store.check() == []
    assert sample_store.counts()["event"] == 9
    assert [h.id for h in search.search(sample_store, "خارج مرصد").hits] == ["event:outside"]


def test_a_name_changed_outside_resolves_after_repair(sample_store, outside):
    outside.execute("UPDATE actors SET name = 'حسين عبد الله علاوي' WHERE key = 'actor:hussein-allawi'")
    assert "check.names" in codes(sample_store)
    sample_store.repair()
    assert sample_store.resolve("actor", "حسين عبد الله علاوي") == "actor:hussein-allawi"
    # The speaker's new name reaches the index rows of the quotes.
    assert search.search(sample_store, "عبد الله kind:quote").total == 4
    assert sample_store.check() == []


def test_an_edit_over_an_outside_change_marks_the_index_until_repaired(sample_store, outside):
    outside.execute("UPDATE quotes SET text = 'تغيير من برنامج آخر' WHERE key = 'quote:allawi-2'")
    rec = sample_store.get("quote:allawi-2")
    sample_store.put({**rec, "context": "سياق جديد"})
    assert "check.marked_stale" in codes(sample_store)
    sample_store.repair()
    assert sample_store.check() == []
    assert search.search(sample_store, "برنامج آخر").total == 1


def test_another_tool_cannot_wipe_the_index_by_rebuilding_it(sample_store, outside):
    """FTS5's own 'rebuild' would index the content table: search_docs holds no text, so it refuses."""
    with pytest.raises(sqlite3.Error):
        outside.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
    assert sample_store.check() == []
    assert search.search(sample_store, "علاوي").total == 6


def test_repair_keeps_a_copy_of_the_store_first(sample_store, tmp_path):
    sample_store.backup_dir = tmp_path / "copies"
    sample_store.repair()
    (copy,) = (tmp_path / "copies").glob("*/*-before-repair.db")
    conn = sqlite3.connect(copy)
    assert conn.execute("SELECT count(*) FROM quotes").fetchone()[0] == 5
    conn.close()


def test_the_cli_repairs(sample_store, outside, tmp_path):
    from click.testing import CliRunner
    from desktop.cli import cli
    outside.execute("DELETE FROM search_docs WHERE kind = 'quote'")
    path = sample_store.path
    sample_store.close()
    runner = CliRunner()
    assert runner.invoke(cli, ["--db", str(path), "check"]).exit_code == 1
    result = runner.invoke(cli, ["--db", str(path), "check", "--repair", "--json"])
    assert result.exit_code == 0, result.output
    assert '"ok": true' in result.output


def test_the_cli_says_what_it_repaired_and_leaves_a_sound_store_alone(sample_store, outside, tmp_path, monkeypatch):
    from click.testing import CliRunner
    from desktop.cli import cli
    from desktop.core.storage import Store
    outside.execute("UPDATE events SET title = 'مناورة بحرية مشتركة' WHERE key = 'event:isis-defeated-iraq'")
    path = sample_store.path
    sample_store.close()
    runner = CliRunner()
    result = runner.invoke(cli, ["--db", str(path), "check", "--repair"])
    assert result.exit_code == 0, result.output
    assert "repaired: search index: 1 event record(s) indexed with outdated text" in result.output
    assert "ok: " in result.output
    # Nothing wrong: nothing rebuilt (a million records take minutes), and it says so by saying ok.
    rebuilt = []
    monkeypatch.setattr(Store, "repair", lambda self, progress=None: rebuilt.append(1))
    result = runner.invoke(cli, ["--db", str(path), "check", "--repair", "--json"])
    assert result.exit_code == 0 and rebuilt == []
    assert '"repaired": []' in result.output
