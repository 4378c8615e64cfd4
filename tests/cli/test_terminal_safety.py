"""No control sequence from a record or from input reaches the terminal; --json escapes them."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from hypothesis import given, strategies as st

from desktop.cli import cli
from desktop.core.safe_text import json_safe, shown

HOSTILE = ("عنوان \x1b]0;pwned\x07 مع \x1b]52;c;ZXZpbA==\x07 و \x1b]8;;http://x\x1b\\رابط\x1b]8;;\x1b\\ "
           "\x1b[2J\x1b[8mمخفي\x1b[0m \x9b31m \u202eعكس\u202c")
FORBIDDEN = [chr(c) for c in (*range(0x00, 0x09), *range(0x0B, 0x20), 0x7F, *range(0x80, 0xA0),
                              *range(0x202A, 0x202F), *range(0x2066, 0x206A))]


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "s.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["--db", str(path), "init"]).exit_code == 0
    data = tmp_path / "hostile.jsonl"
    data.write_text(json.dumps({"kind": "event", "id": "event:hostile", "title": HOSTILE, "date": "2026-01-01",
                                "summary": "ملخص \x1b[31mأحمر"}, ensure_ascii=False) + "\n", encoding="utf-8")
    result = runner.invoke(cli, ["--db", str(path), "import", str(data)])
    assert result.exit_code == 0, result.output
    return path


def clean(output: str) -> bool:
    return not any(ch in output for ch in FORBIDDEN)


@pytest.mark.parametrize("args", [
    ["search", "عنوان"], ["search", "عنوان", "--logical"], ["search", "عنوان", "--visual"],
    ["show", "event:hostile"], ["show", "event:hostile", "--logical"], ["search", "ملخص"],
])
def test_record_text_is_printed_with_its_controls_visible(db, args):
    result = CliRunner().invoke(cli, ["--db", str(db), *args])
    assert result.exit_code == 0, result.output
    assert clean(result.output), repr(result.output)
    assert "␛" in result.output


def test_json_keeps_the_text_exact_but_never_raw(db):
    result = CliRunner().invoke(cli, ["--db", str(db), "show", "event:hostile", "--json"])
    assert clean(result.output.replace("\n", " "))
    assert "\\u009b" in result.output and "\\u202e" in result.output
    assert json.loads(result.output)["title"] == HOSTILE


def test_an_error_that_echoes_the_input_shows_its_controls(tmp_path, db):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"kind": "event", "id": "event:x", "title": "t", "\x1b]0;title\x07": 1}) + "\n",
                   encoding="utf-8")
    result = CliRunner().invoke(cli, ["--db", str(db), "import", str(bad)])
    assert result.exit_code == 1
    assert clean(result.output) and "␛]0;title␇" in result.output


def test_a_file_name_is_shown_safely(tmp_path, db):
    result = CliRunner().invoke(cli, ["--db", str(db), "import", str(tmp_path / "no\x1b[2Jfile.jsonl")])
    assert result.exit_code != 0 and clean(result.output)


@given(st.text())
def test_shown_text_holds_no_control(text):
    out = shown(text)
    assert clean(out.replace("\n", "").replace("\t", ""))


@given(st.text())
def test_json_safe_reads_back_the_same(text):
    out = json_safe({"t": text})
    assert json.loads(out) == {"t": text}
    assert clean(out)


def test_visual_layout_survives_code_points_unicode_has_not_assigned(tmp_path):
    """python-bidi asserts on a character with no bidi class; found by the fuzzer (tests/faults)."""
    path = tmp_path / "s.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["--db", str(path), "init"]).exit_code == 0
    data = tmp_path / "odd.jsonl"
    data.write_text(json.dumps({"kind": "actor", "id": "actor:odd", "name": "التحالف \U0008b4a5 غريب"},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    assert runner.invoke(cli, ["--db", str(path), "import", str(data)]).exit_code == 0
    for args in (["--visual", "search", "التحالف"], ["--visual", "show", "actor:odd"]):
        result = runner.invoke(cli, ["--db", str(path), *args])
        assert result.exit_code == 0 and result.exception is None, result.output
        assert "\ufffd" in result.output and clean(result.output)
