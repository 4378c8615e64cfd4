"""The command line through click's CliRunner: every command, --json shapes, errors."""
import json
import os
import re
import sqlite3

import pytest
from click.testing import CliRunner

from desktop import paths
from desktop.cli import cli

COMMANDS = ("init", "import", "export", "search", "show", "check", "backup", "restore", "backups")


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def db(tmp_path, runner):
    path = tmp_path / "s.db"
    result = runner.invoke(cli, ["--db", str(path), "init", "--sample"])
    assert result.exit_code == 0, result.output
    return path


def run(runner, db, *args):
    return runner.invoke(cli, ["--db", str(db), *args])


@pytest.mark.parametrize("name", COMMANDS + ("gui", "briefing"))
def test_every_command_is_documented_with_an_example(runner, name):
    if name not in cli.commands:
        pytest.skip(f"{name} is registered by its own module")
    result = runner.invoke(cli, [name, "--help"])
    assert result.exit_code == 0
    match = re.search(r"Examples?:", result.output)
    assert match and "marsad " in result.output[match.end():]


def test_version(runner):
    result = runner.invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert result.output.startswith("marsad, version ")


def test_init_sample_counts(db, runner):
    result = run(runner, db, "check", "--json")
    data = json.loads(result.output)
    assert data == {"ok": True, "problems": [],
                    "counts": {"actor": 13, "place": 4, "source": 1, "event": 8, "quote": 5}}


def test_init_refuses_existing_store(db, runner):
    result = run(runner, db, "init")
    assert result.exit_code == 1
    assert "already exists" in result.output


def test_search_json_contract(db, runner):
    result = run(runner, db, "search", "علاوي", "--json", "--kind", "quote")
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["query"] == "علاوي" and data["total"] == 4
    hit = data["hits"][0]
    assert list(hit) == ["id", "kind", "title", "snippet", "date", "score", "highlights"]
    assert hit["kind"] == "quote"


def test_search_human_output_logical_and_visual(db, runner):
    logical = run(runner, db, "search", "قيس", "--logical")
    assert "قيس المحمداوي" in logical.output
    visual = run(runner, db, "search", "قيس", "--visual")
    assert visual.exit_code == 0
    assert "قيس المحمداوي" not in visual.output  # shaped into presentation forms
    assert "actor:qais-al-muhammadawi" in visual.output


@pytest.mark.parametrize("q, message", [
    ("ًٌٍَُ", "no words to search for"),
    ("ع" * 10_000, "the limit is 1,000"),
    ("kind:memo", "is not one of"),
    ("actor:", "actor: needs a value right after the colon"),
    ("فاعل: علاوي", "فاعل: needs a value right after the colon"),
])
def test_bad_queries_exit_non_zero_with_a_message(db, runner, q, message):
    result = run(runner, db, "search", q)
    assert result.exit_code == 1
    assert message in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("q", ['"', "NEAR(", "AND", "((", "*", 'x" OR "'])
def test_fts5_syntax_queries_are_searched_safely(db, runner, q):
    result = run(runner, db, "search", q, "--json")
    assert result.exit_code in (0, 1)
    assert "sqlite" not in result.output.lower() and "fts5" not in result.output.lower()


def test_show(db, runner):
    result = run(runner, db, "show", "actor:hussein-allawi", "--json")
    assert json.loads(result.output)["name_en"] == "Hussein Allawi"
    missing = run(runner, db, "show", "actor:nobody")
    assert missing.exit_code == 1 and "no such record" in missing.output


def test_import_json_report_and_idempotence(tmp_path, runner):
    db = tmp_path / "new.db"
    run(runner, db, "init")
    first = run(runner, db, "import", str(paths.sample_jsonl()), "--json")
    assert json.loads(first.output) == {
        "created": {"source": 1, "place": 4, "actor": 13, "event": 8, "quote": 5},
        "updated": {}, "proposed": {}, "errors": []}
    again = run(runner, db, "import", str(paths.sample_jsonl()), "--json")
    assert json.loads(again.output) == {"created": {}, "updated": {}, "proposed": {}, "errors": []}


def test_import_errors_name_file_and_line_and_change_nothing(db, runner, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"kind": "actor", "id": "actor:x", "name": "س"}\n{"kind": "quote", "text": "t"}\n',
                   encoding="utf-8")
    before = run(runner, db, "export", str(tmp_path / "before.jsonl"))
    assert before.exit_code == 0
    result = run(runner, db, "import", str(bad))
    assert result.exit_code == 1
    assert f"{bad}:2: speaker: is required" in result.output
    assert "nothing was imported" in result.output
    as_json = run(runner, db, "import", str(bad), "--json")
    assert as_json.exit_code == 1
    assert json.loads(as_json.output)["errors"] == [f"{bad}:2: speaker: is required for a record of kind quote"]
    run(runner, db, "export", str(tmp_path / "after.jsonl"))
    assert (tmp_path / "before.jsonl").read_bytes() == (tmp_path / "after.jsonl").read_bytes()


def test_db_that_is_not_a_store(runner, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("hello", encoding="utf-8")
    result = run(runner, notes, "search", "x")
    assert result.exit_code == 1
    assert "not a Marsad store" in result.output
    assert notes.read_text(encoding="utf-8") == "hello"


def test_store_from_a_newer_version(db, runner):
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version=99")
    conn.close()
    result = run(runner, db, "search", "x")
    assert result.exit_code == 1
    assert "newer Marsad" in result.output


def test_read_only_store_refuses_import(db, runner, tmp_path):
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    folder = db.parent
    os.chmod(db, 0o444)
    os.chmod(folder, 0o555)
    try:
        if os.access(db, os.W_OK):
            pytest.skip("running as a user who can write read-only files")
        result = run(runner, db, "import", str(paths.sample_jsonl()))
        assert result.exit_code == 1 and "read-only" in result.output
        assert run(runner, db, "search", "علاوي").exit_code == 0
    finally:
        os.chmod(folder, 0o755)
        os.chmod(db, 0o644)


def test_read_only_file_opens_read_only(db, runner, monkeypatch):
    # Root can write any file, so simulate the permission the way the store sees it.
    import desktop.core.storage.store as store_module
    real_access = os.access
    monkeypatch.setattr(store_module.os, "access",
                        lambda path, mode: (False if str(path) == str(db) and mode == os.W_OK
                                                      else real_access(path, mode)))
    before = db.read_bytes()
    result = run(runner, db, "import", str(paths.sample_jsonl()))
    assert result.exit_code == 1 and "read-only" in result.output
    assert run(runner, db, "search", "علاوي").exit_code == 0
    assert db.read_bytes() == before


def test_export_csv_needs_a_kind(db, runner, tmp_path):
    result = run(runner, db, "export", str(tmp_path / "x.csv"))
    assert result.exit_code == 2 and "--kind" in result.output
    ok = run(runner, db, "export", str(tmp_path / "x.csv"), "--query", "kind:quote actor:Allawi")
    assert ok.exit_code == 0 and "exported 4 quote records" in ok.output


def test_backup_and_restore(db, runner, tmp_path):
    copy = tmp_path / "copy.db"
    assert run(runner, db, "backup", str(copy)).exit_code == 0
    other = tmp_path / "restored.db"
    result = run(runner, other, "restore", str(copy))
    assert result.exit_code == 0, result.output
    check = json.loads(run(runner, other, "check", "--json").output)
    assert check["ok"] and check["counts"]["quote"] == 5


def test_check_fails_on_damage(db, runner):
    conn = sqlite3.connect(db)
    conn.execute("DELETE FROM search_docs WHERE kind = 'quote'")
    conn.commit()
    conn.close()
    result = run(runner, db, "check")
    assert result.exit_code == 1
    assert "5 quote record(s) are not indexed" in result.output


def test_missing_store_says_how_to_make_one(runner, tmp_path):
    result = run(runner, tmp_path / "none.db", "search", "x")
    assert result.exit_code == 1 and "init" in result.output


@pytest.mark.parametrize("args", [
    ("show", "actor:\udcff"),                      # undecodable bytes in argv arrive as lone surrogates
    ("search", "\udcff\udcfe علاوي"),
    ("export", "-", "--query", "actor:\udcff"),
])
def test_undecodable_arguments_get_a_message_not_a_traceback(db, runner, args, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)    # `export -` writes a file named "-" here
    result = run(runner, db, *args)
    assert not isinstance(result.exception, UnicodeError), result.output
    assert "Traceback" not in result.output


def test_a_json_lone_surrogate_is_refused_with_file_line_and_field(db, runner, tmp_path):
    bad = tmp_path / "sur.jsonl"
    bad.write_text('{"kind": "actor", "id": "actor:x", "name": "abc\\ud800def"}\n', encoding="utf-8")
    result = run(runner, db, "import", str(bad))
    assert result.exit_code == 1
    assert f"{bad}:1: name: contains an unpaired surrogate \\ud800 at character 4" in result.output
