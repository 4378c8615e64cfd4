"""`marsad briefing --figure`: the story views drawn headless into the PDF, limited by --query or --ids."""
from __future__ import annotations

import shutil
import subprocess

import pytest
from click.testing import CliRunner

from desktop.cli import cli

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


@pytest.fixture
def db(tmp_path, qapp):
    # The command makes a QGuiApplication when none exists; the widget tests after this file need a
    # QApplication, so this one is made first (pytest-qt's, shared by the session).
    path = tmp_path / "s.db"
    result = CliRunner().invoke(cli, ["--db", str(path), "init", "--sample"])
    assert result.exit_code == 0, result.output
    return path


def pdf_text(path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                         text=True).stdout
    return "".join(ch for ch in out if ch not in "\u202a\u202b\u202c\u202d\u202e")


@needs_pdftotext
def test_every_view_as_a_figure_of_a_search(db, tmp_path):
    out = tmp_path / "b.pdf"
    result = CliRunner().invoke(cli, ["--db", str(db), "briefing", "--out", str(out), "--query", "عين الأسد",
                                      "--figure", "timeline", "--figure", "links", "--figure", "map"])
    assert result.exit_code == 0, result.output
    text = pdf_text(out)
    # Each caption («شكل ١: الخط الزمني»…) once; pdftotext puts the number apart, so it is not compared.
    assert text.count("شكل") == 3
    for name in ("الخط الزمني", "مخطط الصلات", "الخريطة"):
        assert name in text
    assert "قاعدة عين الأسد" in text       # a label of the chart and of the map, as text


@needs_pdftotext
def test_figures_of_ids_in_english(db, tmp_path):
    out = tmp_path / "b.pdf"
    result = CliRunner().invoke(cli, ["--db", str(db), "briefing", "--out", str(out), "--lang", "en",
                                      "--ids", "actor:hussein-allawi,place:ain-al-asad", "--figure", "links"])
    assert result.exit_code == 0, result.output
    text = pdf_text(out)
    assert "Figure 1: Link chart" in text
    assert "Hussein Allawi" in text and "Ain al-Asad" in text


def test_an_unknown_figure_is_refused(db, tmp_path):
    result = CliRunner().invoke(cli, ["--db", str(db), "briefing", "--out", str(tmp_path / "b.pdf"),
                                      "--query", "علاوي", "--figure", "chart"])
    assert result.exit_code == 2 and "chart" in result.output
    assert not (tmp_path / "b.pdf").exists()


@needs_pdftotext
def test_the_english_pdf_says_the_common_roles_in_english(db, tmp_path):
    # desktop/core/roles.py: «القائد» typed in the record is "leader" in an English sheet.
    out = tmp_path / "b.pdf"
    result = CliRunner().invoke(cli, ["--db", str(db), "briefing", "--out", str(out), "--lang", "en",
                                      "--ids", "event:coalition-founded,event:bilateral-memoranda"])
    assert result.exit_code == 0, result.output
    text = pdf_text(out)
    assert "Government of Iraq (signatory)" in text and "United States (leader)" in text and "القائد" not in text
