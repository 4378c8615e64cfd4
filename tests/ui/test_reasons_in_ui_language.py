"""Why extraction proposed a record reads in the UI language, whichever tool imported the article.

An import stores each proposal's reason as words in its notes (and an
event's category as a word) in its own language: English from the command
line, Arabic from the Arabic GUI. The store keeps the reason itself beside
those words (schema 8), and the detail pane and the review dialog word it
again in the UI language, for as long as the field holds the import's words.
"""
from __future__ import annotations

import os
import re
from html import unescape
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from desktop.core import importing as core_importing  # noqa: E402
from desktop.core import review as core_review  # noqa: E402
from desktop.core import views  # noqa: E402
from desktop.core.errors import MarsadError  # noqa: E402
from desktop.core.extract import reason_json, reasons  # noqa: E402
from desktop.core.extract.reasons import Choice, reason  # noqa: E402
from desktop.ui import detail, reason_text  # noqa: E402
from desktop.ui.bidi import FSI, PDI, strip  # noqa: E402
from desktop.ui.importing import review as review_ui  # noqa: E402
from desktop.ui.importing import run  # noqa: E402

SEEDS = Path("/work/shared/seeds")
if not SEEDS.exists():
    SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
SEED = SEEDS / "000_f994ba5043617164.txt"
needs_seed = pytest.mark.skipif(not SEED.exists(), reason="seed article not present")
_ISOLATED = re.compile(f"{FSI}[^{PDI}]*{PDI}")
_LATIN = re.compile("[A-Za-z]")
_TAG = re.compile(r"<[^>]+>")


def _outside_isolates(text: str) -> str:
    return _ISOLATED.sub("", text)


def _cli_import(store) -> None:
    """The command line's import: no word_reason, so core's English."""
    core_importing.import_files(store, [SEED], published="2025-12-31")


def _notes_row(html: str, label: str) -> str:
    """The text of the detail pane's row labelled `label`."""
    row = "<tr" + next(part for part in html.split("<tr") if f">{label}</th>" in part).split("</tr>")[0]
    return unescape(_TAG.sub(" ", re.sub(rf"<th[^>]*>{label}</th>", "", row))).strip()


# --- the reason as JSON ---------------------------------------------------------------------------------------

def test_a_reason_goes_to_json_and_back_whole():
    found = reason("quote", rule=reason("speaker.found", why=reason("speaker.after_verb", verb="قال"),
                                        name="علاوي {x} «y»", how=reason("actor.new_name")))
    event = reason("event", trigger="أعلن", category=Choice("event.category", "announcement"),
                   date="أمس", rule=reason("date.yesterday"))
    for one in (found, event, reason("actor.gazetteer")):
        assert reason_json.loads(reason_json.dumps(one)) == one
    assert "علاوي" in reason_json.dumps(found)      # the article's words as written, not escaped


@pytest.mark.parametrize("text", [
    "", "not json", "[]", '{"code": "no.such.code", "params": []}', '{"code": "quote"}',
    '{"code": "quote", "params": [["rule"]]}', '{"code": "quote", "params": [["rule", 3]]}',
    '{"code": "quote", "params": [["rule", {"code": "speaker.found", "params": [["name", {"x": 1}]]}]]}',
])
def test_a_reason_this_version_cannot_word_reads_as_none(text):
    assert reason_json.loads(text) is None


# --- what the store keeps ---------------------------------------------------------------------------------------

@needs_seed
def test_a_command_line_import_keeps_each_reason_beside_its_english_words(empty):
    _cli_import(empty)
    proposals = [r for kind in ("actor", "place", "event", "quote") for r in empty.records(kind)]
    kept = core_review.reasons_for(empty, proposals)
    assert len(kept) == len(proposals) >= 20
    for rec in proposals:
        assert reasons.english(kept[rec["id"]]["notes"]) == rec["notes"], rec["id"]
        if rec["kind"] == "event":
            assert reasons.english(kept[rec["id"]]["category"]) == rec["category"]


@needs_seed
def test_a_field_the_analyst_changed_shows_as_written_and_a_dry_run_keeps_nothing(empty):
    core_importing.import_files(empty, [SEED], published="2025-12-31", dry_run=True)
    assert empty.reasons_of(["quote:000-f994ba5043617164-1"]) == {}
    _cli_import(empty)
    quote = next(iter(empty.records("quote")))
    empty.put({**quote, "notes": "checked against the broadcast"})
    edited = empty.get(quote["id"])
    assert "notes" not in core_review.reasons_for(empty, [edited]).get(quote["id"], {})


@needs_seed
def test_an_import_that_fails_keeps_no_reason(empty, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"kind": "quote", "text": "x"}\n', encoding="utf-8")
    with pytest.raises(MarsadError):
        core_importing.import_files(empty, [SEED, bad], published="2025-12-31")
    assert empty.counts()["quote"] == 0
    conn_rows = empty.reasons_of([f"quote:{n}" for n in range(5)])
    assert conn_rows == {}
    assert empty._conn.execute("SELECT count(*) FROM extraction_reasons").fetchone()[0] == 0


# --- the Arabic UI over a command line import ----------------------------------------------------------------

@needs_seed
def test_the_arabic_detail_pane_words_a_command_line_import_in_arabic(qtbot, arabic, empty):
    _cli_import(empty)
    quote = next(iter(empty.records("quote")))
    assert quote["notes"].startswith("quote; speaker")        # stored as the command line wrote it
    notes = _notes_row(detail.render(views.related(empty, quote["id"]), "ar"), "ملاحظات")
    assert "اقتباس؛ المتكلم" in notes and not _LATIN.search(_outside_isolates(notes)), notes
    event = next(r for r in empty.records("event") if r["category"] == "announcement")
    html = detail.render(views.related(empty, event["id"]), "ar")
    assert "إعلان" in _notes_row(html, "الفئة") and "announcement" not in html
    assert not _LATIN.search(_outside_isolates(_notes_row(html, "ملاحظات")))


@needs_seed
def test_the_arabic_review_dialog_words_a_command_line_import_in_arabic(qtbot, arabic, empty):
    _cli_import(empty)
    (source_id,) = core_review.unreviewed_sources(empty)
    dialog = review_ui.ReviewDialog(empty, source_id)
    qtbot.addWidget(dialog)
    column = [dialog.tree.topLevelItem(i).text(2) for i in range(dialog.tree.topLevelItemCount())]
    assert len(column) >= 20
    for text in column:
        assert text and not _LATIN.search(_outside_isolates(text)), text
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(len(column) - 1))
    assert "السبب: اقتباس؛ المتكلم" in dialog.detail.text()


@needs_seed
def test_an_edited_note_shows_as_the_analyst_wrote_it(qtbot, arabic, empty):
    _cli_import(empty)
    quote = next(iter(empty.records("quote")))
    empty.put({**quote, "notes": "راجعتُه مع التسجيل"})
    assert "راجعتُه مع التسجيل" in _notes_row(detail.render(views.related(empty, quote["id"]), "ar"), "ملاحظات")


# --- the English UI over an Arabic GUI import ----------------------------------------------------------------

@needs_seed
def test_the_english_detail_pane_words_an_arabic_gui_import_in_english(qtbot, qapp, empty, monkeypatch):
    from desktop.ui.app import install_language
    monkeypatch.setattr(run.ImportResultDialog, "exec", lambda self: 0)
    install_language(qapp, "ar")
    try:
        run.import_files_dialog(None, empty, [SEED], published="2025-12-31")
    finally:
        install_language(qapp, "en")
    quote = next(iter(empty.records("quote")))
    assert quote["notes"].startswith("اقتباس")                  # stored in the importing UI's Arabic
    notes = _notes_row(detail.render(views.related(empty, quote["id"]), "en"), "Notes")
    kept = core_review.reasons_for(empty, [quote])[quote["id"]]["notes"]
    # (a short «…» run is shown held on one line: its spaces no-break ones)
    assert strip(notes).replace("\u00a0", " ") == reasons.english(kept)
    assert strip(reason_text.word(kept)).startswith("quote; speaker")
