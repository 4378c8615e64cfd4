"""`marsad export --format ftm`: FollowTheMoney entities for Aleph, chosen by --format or by the file's
name, with --query and --kind as the other formats take them."""
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from followthemoney import model

from desktop.cli import cli

ROOT = Path(__file__).resolve().parents[2]


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


def entities(path) -> list[dict]:
    out = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    ids = {e["id"] for e in out}
    for data in out:
        schema = model.get(data["schema"])
        schema.validate(data)
        assert model.get_proxy(data, cleaned=False).to_dict()["properties"] == data["properties"]
        for name, values in data["properties"].items():
            if schema.properties[name].type.name == "entity":
                assert set(values) <= ids, (data["id"], name)
    return out


@pytest.mark.parametrize("name", ["all.ftm.json", "all.FTM", "all.ftm.jsonl"])
def test_the_files_name_chooses_ftm(db, runner, tmp_path, name):
    result = run(runner, db, "export", str(tmp_path / name))
    assert result.exit_code == 0, result.output
    assert result.output.startswith("exported 31 records as 36 FollowTheMoney entities to ")
    out = entities(tmp_path / name)
    assert len(out) == 36
    assert {e["schema"] for e in out} == {"Person", "Organization", "PublicBody", "Membership", "Address",
                                           "Article", "Event", "Documentation"}


def test_format_ftm_whatever_the_name(db, runner, tmp_path):
    result = run(runner, db, "export", str(tmp_path / "for-aleph.json"), "--format", "ftm")
    assert result.exit_code == 0, result.output
    assert entities(tmp_path / "for-aleph.json")[0]["id"] == "marsad-actor-iraq"


def test_format_jsonl_and_csv_override_the_name(db, runner, tmp_path):
    result = run(runner, db, "export", str(tmp_path / "x.ftm.json"), "--format", "jsonl")
    assert result.exit_code == 0 and "exported 31 records to" in result.output
    first = json.loads((tmp_path / "x.ftm.json").read_text(encoding="utf-8").splitlines()[0])
    assert first["kind"] == "actor"
    result = run(runner, db, "export", str(tmp_path / "quotes.txt"), "--format", "csv", "--kind", "quote")
    assert result.exit_code == 0 and "exported 5 quote records" in result.output
    result = run(runner, db, "export", str(tmp_path / "x.txt"), "--format", "csv")
    assert result.exit_code == 2 and "add --kind" in result.output


def test_query_and_kind_choose_and_references_come_along(db, runner, tmp_path):
    path = tmp_path / "allawi.ftm.json"
    result = run(runner, db, "export", str(path), "--kind", "quote", "--query", "actor:Allawi")
    assert result.exit_code == 0, result.output
    assert "because the others refer to them" in result.output
    by_id = {e["id"]: e for e in entities(path)}
    quotes = [e for e in by_id.values() if e["schema"] == "Documentation"]
    assert len(quotes) == 4
    assert by_id["marsad-actor-hussein-allawi"]["properties"]["name"] == ["حسين علاوي"]
    assert "marsad-actor-qais-al-muhammadawi" not in by_id      # his quote was not chosen


def test_the_help_shows_the_format_and_an_example(runner):
    result = runner.invoke(cli, ["export", "--help"])
    assert result.exit_code == 0
    assert "--format [jsonl|csv|ftm]" in result.output and "marsad export for-aleph.ftm.json" in result.output


def test_the_installed_command_exports_the_sample_store(tmp_path):
    """As a newcomer would run it: the installed `marsad`, a new sample store, Arabic intact in the file."""
    marsad = Path(sys.executable).with_name("marsad")
    if not marsad.exists():
        pytest.skip("no installed marsad script beside this Python")
    db, out = tmp_path / "s.db", tmp_path / "s.ftm.json"
    subprocess.run([str(marsad), "--db", str(db), "init", "--sample"], check=True, capture_output=True)
    done = subprocess.run([str(marsad), "--db", str(db), "export", str(out)], check=True, capture_output=True,
                          text=True)
    assert "36 FollowTheMoney entities" in done.stdout
    text = out.read_text(encoding="utf-8")
    assert "قاعدة عين الأسد" in text and "\\u" not in text
    assert len(entities(out)) == 36
