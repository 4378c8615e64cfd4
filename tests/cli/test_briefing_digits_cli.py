"""`marsad briefing --digits`: an Arabic sheet's dates and page numbers in Western digits by default, as the
app writes them by default (Preferences ▸ Digits), Arabic-Indic when asked; not core's Arabic-Indic
fallback for an Arabic sheet."""
from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from click.testing import CliRunner

from desktop.cli import cli

ARABIC_INDIC = re.compile("[\u0660-\u0669]")
needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


@pytest.fixture
def db(tmp_path, qapp):
    # qapp first: the command makes a QGuiApplication when none exists (as in test_briefing_figures_cli.py).
    path = tmp_path / "s.db"
    result = CliRunner().invoke(cli, ["--db", str(path), "init", "--sample"])
    assert result.exit_code == 0, result.output
    return path


def _specs(db, tmp_path, monkeypatch, *options) -> list:
    """The briefing the command builds with `options`."""
    from desktop.core import briefing as briefing_core
    built = []
    real = briefing_core.build_document
    monkeypatch.setattr(briefing_core, "build_document",
                        lambda spec, *a, **k: built.append(spec) or real(spec, *a, **k))
    out = tmp_path / "b.pdf"
    result = CliRunner().invoke(cli, ["--db", str(db), "briefing", "--out", str(out), "--query", "عين الأسد",
                                      *options])
    assert result.exit_code == 0, result.output
    return built


@pytest.mark.parametrize("options, arabic_indic", [((), False), (("--digits", "western"), False),
                                                   (("--digits", "arabic-indic"), True),
                                                   (("--lang", "en"), False),
                                                   (("--lang", "en", "--digits", "arabic-indic"), True)])
def test_the_sheet_takes_the_digits_asked_for_western_by_default(db, tmp_path, monkeypatch, options, arabic_indic):
    (spec,) = _specs(db, tmp_path, monkeypatch, *options)
    assert spec.uses_arabic_indic_digits is arabic_indic


def test_the_default_is_the_apps(qapp, tmp_path):
    from PySide6.QtCore import QSettings
    from desktop.briefing_cmd import DEFAULT_DIGITS, DIGITS
    from desktop.ui import settings
    untouched = settings.General(QSettings(str(tmp_path / "new.ini"), QSettings.IniFormat))
    assert DIGITS[DEFAULT_DIGITS] is untouched.arabic_digits() is False


@needs_pdftotext
@pytest.mark.parametrize("digits, arabic_indic", [("western", False), ("arabic-indic", True)])
def test_the_arabic_pdf_writes_its_dates_and_pages_in_those_digits(db, tmp_path, digits, arabic_indic):
    out = tmp_path / f"{digits}.pdf"
    result = CliRunner().invoke(cli, ["--db", str(db), "briefing", "--out", str(out), "--query", "عين الأسد",
                                      "--digits", digits])
    assert result.exit_code == 0, result.output
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(out), "-"], check=True, capture_output=True,
                          text=True).stdout
    assert bool(ARABIC_INDIC.search(text)) is arabic_indic
    assert ("٢٠٢٥" in text) is arabic_indic               # the sample's quotes are dated 2025


def test_an_unknown_choice_is_refused(db, tmp_path):
    result = CliRunner().invoke(cli, ["--db", str(db), "briefing", "--out", str(tmp_path / "b.pdf"),
                                      "--query", "عين الأسد", "--digits", "eastern"])
    assert result.exit_code == 2 and "--digits" in result.output
