"""`marsad briefing --query` with more hits than --limit: the sheet covers the events and the quotes.

The store is the reviewer's shape (tests/core/test_briefing_selection.py): ten quotes to an event, the
quotes newer, so the capped query used to print quotes only and no timeline.
"""
from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from click.testing import CliRunner

from desktop.cli import cli
from desktop.core import briefing_selection
from desktop.core.storage import Store
from tests.core.test_briefing_selection import EVENTS, WORD, election_records

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


@pytest.fixture
def db(tmp_path, qapp):
    # qapp first: the command makes a QGuiApplication when none exists, and later widget tests need a
    # QApplication (as in test_briefing_figures_cli.py).
    path = tmp_path / "elections.db"
    store = Store.create(path)
    store.put_many(election_records())
    store.close()
    return path


def _pdf_text(path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                         text=True).stdout
    return "".join(ch for ch in out if ch not in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


@needs_pdftotext
@pytest.mark.parametrize("language, timeline, quotes", [("en", "Timeline", "Key quotes"),
                                                       ("ar", "التسلسل الزمني", "أبرز التصريحات")])
def test_a_capped_query_prints_a_timeline_and_quotes(db, tmp_path, language, timeline, quotes):
    out = tmp_path / "b.pdf"
    result = CliRunner().invoke(cli, ["--db", str(db), "briefing", "--out", str(out), "--query", WORD,
                                      "--limit", "30", "--lang", language])
    assert result.exit_code == 0, result.output
    text = _pdf_text(out)
    assert timeline in text and quotes in text
    # 15 events (each title «جولة الانتخابات n») and 15 quotes («الانتخابات مهمة n»).
    assert len(re.findall(r"جولة", text)) == 15
    assert len(re.findall(r"مهمة", text)) == 15


def test_without_a_cap_every_event_and_quote_is_in(db, tmp_path, monkeypatch):
    from desktop.briefing_cmd import _write  # noqa: F401 - the command's module, to watch what it builds
    from desktop.core import briefing as briefing_core
    built = []
    real = briefing_core.build_document
    monkeypatch.setattr(briefing_core, "build_document",
                        lambda spec, *a, **k: built.append(spec.items) or real(spec, *a, **k))
    out = tmp_path / "all.pdf"
    result = CliRunner().invoke(cli, ["--db", str(db), "briefing", "--out", str(out), "--query", WORD,
                                      "--limit", "1000"])
    assert result.exit_code == 0, result.output
    kinds = [rid.partition(":")[0] for rid in built[0]]
    assert kinds.count("event") == EVENTS and kinds.count("quote") == 200


def test_the_help_states_the_rule(db):
    result = CliRunner().invoke(cli, ["briefing", "--help"], terminal_width=1000)
    assert result.exit_code == 0
    assert briefing_selection.RULE in " ".join(result.output.split())
