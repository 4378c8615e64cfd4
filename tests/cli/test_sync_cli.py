"""Sync by file through the command line: site, peers, changes, apply, conflicts, resolve."""
import json
import re
import shutil

import pytest
from click.testing import CliRunner

from desktop.cli import cli

SYNC_COMMANDS = ("site", "peers", "changes", "apply", "conflicts", "resolve")


@pytest.fixture
def runner():
    return CliRunner()


def run(runner, db, *args):
    return runner.invoke(cli, ["--db", str(db), *args])


@pytest.fixture
def two(tmp_path, runner):
    """Two stores from one sample store, the copy made a site of its own."""
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    assert run(runner, a, "init", "--sample").exit_code == 0
    shutil.copy(a, b)
    result = run(runner, b, "site", "--new")
    assert result.exit_code == 0, result.output
    return a, b


def site(runner, db) -> str:
    return run(runner, db, "site").output.strip()


@pytest.mark.parametrize("name", SYNC_COMMANDS)
def test_every_sync_command_is_documented_with_an_example(runner, name):
    result = runner.invoke(cli, [name, "--help"])
    assert result.exit_code == 0
    match = re.search(r"Examples?:", result.output)
    assert match and "marsad " in result.output[match.end():]


def test_site_prints_the_site_and_new_makes_another(runner, two):
    a, b = two
    first = site(runner, a)
    assert re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", first)
    assert site(runner, b) != first
    data = json.loads(run(runner, a, "site", "--json").output)
    assert data["site"] == first and data["previous"] is None


def test_an_exchange_by_file_with_a_conflict_resolved(runner, two, tmp_path):
    a, b = two
    a_site, b_site = site(runner, a), site(runner, b)
    edit = tmp_path / "edit.jsonl"
    edit.write_text(json.dumps({"kind": "actor", "id": "actor:spain", "name": "إسبانيا", "notes": "من أ"},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    assert run(runner, a, "import", str(edit)).exit_code == 0
    edit.write_text(json.dumps({"kind": "actor", "id": "actor:spain", "name": "إسبانيا", "notes": "من ب"},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    assert run(runner, b, "import", str(edit)).exit_code == 0
    # A first exchange names the peer by its site id and sends everything.
    bundle = tmp_path / "to-b.jsonl"
    result = run(runner, a, "changes", "--since", b_site, "--out", str(bundle), "--json")
    assert result.exit_code == 0, result.output
    written = json.loads(result.output)
    assert written["peer"] == b_site and written["from"] == 0 and written["records"] == 31
    result = run(runner, b, "apply", str(bundle), "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert (report["applied"], report["skipped"], report["conflicts"]) == (0, 30, 1)
    assert report["in_conflict"] == ["actor:spain"] and report["origin"] == a_site
    result = run(runner, b, "conflicts", "--json")
    (found,) = json.loads(result.output)
    assert found["id"] == "actor:spain" and found["fields"] == ["notes"]
    assert (found["mine"]["notes"], found["theirs"]["notes"]) == ("من ب", "من أ")
    human = run(runner, b, "--logical", "conflicts")
    assert "changed on both sides" in human.output and "mine:   من ب" in human.output
    result = run(runner, b, "resolve", "actor:spain", "--theirs", "--json")
    assert result.exit_code == 0 and json.loads(result.output)["record"]["notes"] == "من أ"
    assert json.loads(run(runner, b, "conflicts", "--json").output) == []
    # b names a, and answers by the name; a takes the resolution, which closes nothing there (a had none).
    assert run(runner, b, "peers", "--name", a_site, "office").exit_code == 0
    back = tmp_path / "to-a.jsonl"
    result = run(runner, b, "changes", "--since", "office", "--out", str(back))
    assert result.exit_code == 0 and "wrote 1 records and 0 deletions" in result.output
    result = run(runner, a, "apply", str(back))
    assert result.exit_code == 0 and "applied 1 changes" in result.output
    peers = json.loads(run(runner, b, "peers", "--json").output)["peers"]
    assert [p["name"] for p in peers] == ["office"] and peers[0]["site"] == a_site
    assert json.loads(run(runner, a, "show", "actor:spain", "--json").output)["notes"] == "من أ"
    # Again: nothing changes.
    result = run(runner, a, "apply", str(back), "--json")
    assert json.loads(result.output)["applied"] == 0


def test_a_damaged_bundle_is_refused_with_the_file_and_the_reason(runner, two, tmp_path):
    a, b = two
    bundle = tmp_path / "to-b.jsonl"
    assert run(runner, a, "changes", "--since", site(runner, b), "--out", str(bundle)).exit_code == 0
    data = bundle.read_bytes()
    bundle.write_bytes(data[:-200])
    result = run(runner, b, "apply", str(bundle))
    assert result.exit_code == 1
    assert f"{bundle}:" in result.output and "cut short" in result.output and "nothing was applied" in result.output
    bundle.write_bytes(data.replace(b'"kind":"actor"', b'"kind":"place"', 1))
    result = run(runner, b, "apply", str(bundle))
    assert result.exit_code == 1 and "does not match its checksum" in result.output


def test_own_bundles_and_unknown_peers_are_refused(runner, two, tmp_path):
    a, b = two
    bundle = tmp_path / "x.jsonl"
    assert run(runner, a, "changes", "--since", site(runner, b), "--out", str(bundle)).exit_code == 0
    result = run(runner, a, "apply", str(bundle))
    assert result.exit_code == 1 and "marsad site --new" in result.output
    result = run(runner, a, "changes", "--since", "nobody", "--out", str(tmp_path / "y.jsonl"))
    assert result.exit_code == 1 and "nobody: no such peer" in result.output
    assert not (tmp_path / "y.jsonl").exists()
    result = run(runner, a, "resolve", "actor:spain", "--mine")
    assert result.exit_code == 1 and "no open conflict" in result.output
    result = run(runner, a, "resolve", "actor:spain")
    assert result.exit_code == 2


def test_check_reports_edits_made_with_another_tool(runner, two):
    import sqlite3
    a, _ = two
    conn = sqlite3.connect(a)
    conn.execute("UPDATE actors SET notes = 'sqlite3 shell' WHERE key = 'actor:usa'")
    conn.commit()
    conn.close()
    result = run(runner, a, "check", "--json")
    assert result.exit_code == 1 and any("another program" in p for p in json.loads(result.output)["problems"])
    result = run(runner, a, "check", "--repair", "--json")
    assert result.exit_code == 0 and json.loads(result.output)["ok"]
