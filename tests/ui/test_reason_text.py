"""Why extraction proposed a record, in the UI language: an Arabic analyst reads the reasons in Arabic.

The GUI's imports word each proposal's reason from the "Reasons" catalogue,
the article's words isolated and closed-list values by their labels; the
review dialog shows those notes, and names the source's language.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication  # noqa: E402

import desktop.ui.importing as importing  # noqa: E402
from desktop.core import importing as core_importing  # noqa: E402
from desktop.core import kinds  # noqa: E402
from desktop.core import review as core_review  # noqa: E402
from desktop.core.extract import reasons  # noqa: E402
from desktop.core.extract.reasons import Choice, reason  # noqa: E402
from desktop.core.storage import Store  # noqa: E402
from desktop.ui import labels, reason_text  # noqa: E402
from desktop.ui.bidi import FSI, PDI, strip  # noqa: E402
from desktop.ui.importing import review as review_ui  # noqa: E402
from desktop.ui.importing import run  # noqa: E402

SEEDS = Path("/work/shared/seeds")
if not SEEDS.exists():
    SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
SEED = SEEDS / "000_f994ba5043617164.txt"
needs_seed = pytest.mark.skipif(not SEED.exists(), reason="seed article not present")
PROPOSED = ("actor", "place", "event", "quote")
_ISOLATED = re.compile(f"{FSI}[^{PDI}]*{PDI}")
_LATIN = re.compile("[A-Za-z]")



@pytest.fixture
def shown(monkeypatch):
    """The result dialog import_files_dialog would exec, captured instead of shown."""
    seen: list = []
    monkeypatch.setattr(run.ImportResultDialog, "exec", lambda self: seen.append(self) or 0)
    monkeypatch.setattr(run.ImportErrorsDialog, "exec", lambda self: seen.append(self) or 0)
    return seen


def _notes(store) -> dict[str, str]:
    return {r["id"]: r["notes"] for kind in PROPOSED for r in store.records(kind)}


def _outside_isolates(text: str) -> str:
    """What is left of `text` without the article's words (each set between FSI and PDI)."""
    return _ISOLATED.sub("", text)


def test_every_reason_code_has_arabic_in_the_catalogue(arabic):
    for code, english in reasons.REASONS.items():
        translated = QCoreApplication.translate("Reasons", code)
        assert translated != code, f"no Arabic for {code}"
        assert not _LATIN.search(re.sub(r"\{\w+\}", "", translated)), (code, translated)
        assert reasons.placeholders(translated) == reasons.placeholders(english), code


def test_a_reason_is_worded_in_arabic_with_the_article_words_isolated_and_labels_for_choices(arabic):
    found = reason("event", trigger="أعلن", category=Choice("event.category", "announcement"),
                   date="27 September", rule=reason("date.day_month"))
    text = reason_text.word(found)
    assert f"{FSI}«27 September»{PDI}" in text and "(إعلان)" in text and "(يوم وشهر)" in text
    assert not _LATIN.search(_outside_isolates(text))
    # A closed list the kind registry labels is worded by its label there.
    status = kinds.get("event").field("status")
    assert reason_text.choice_label(Choice("event.status", "planned")) == labels.choice(status, "planned")
    assert not _LATIN.search(labels.choice(status, "planned"))
    assert reason_text.choice_label(Choice("event.category", "no-such")) == f"{FSI}no-such{PDI}"


def test_in_english_a_reason_reads_as_core_words_it(qapp):
    found = reason("quote", rule=reason("speaker.found", why=reason("speaker.after_verb", verb="قال"),
                                        name="علاوي", how=reason("actor.new_name")))
    assert strip(reason_text.word(found)) == reasons.english(found)


@needs_seed
def test_the_arabic_gui_import_of_the_seed_gives_arabic_notes_and_the_review_shows_them(qtbot, arabic, empty,
                                                                                          shown):
    run.import_files_dialog(None, empty, [SEED], published="2025-12-31")
    notes = _notes(empty)
    assert len(notes) >= 20
    for key, text in notes.items():
        assert text and not _LATIN.search(_outside_isolates(text)), (key, text)
    assert any(text.startswith("اقتباس؛ المتكلم: ") for text in notes.values())

    (source_id,) = core_review.unreviewed_sources(empty)
    dialog = review_ui.ReviewDialog(empty, source_id)
    qtbot.addWidget(dialog)
    column = [dialog.tree.topLevelItem(i).text(2) for i in range(dialog.tree.topLevelItemCount())]
    assert column == [notes[rec["id"]] for rec in dialog.proposals]
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
    assert "السبب: " + notes[dialog.proposals[0]["id"]] in dialog.detail.text()
    # The source's language by its name, not its code.
    assert "العربية" in dialog.meta.text() and not _LATIN.search(dialog.meta.text())


@needs_seed
def test_in_english_the_gui_import_gives_the_english_notes_core_gives(qtbot, qapp, empty, tmp_path, shown):
    run.import_files_dialog(None, empty, [SEED], published="2025-12-31")
    cli = Store.create(tmp_path / "cli.db")
    try:
        core_importing.import_files(cli, [SEED], published="2025-12-31")
        # The same words, but for a quotation mark of the article cut in half, which the GUI drops.
        assert {key: strip(text) for key, text in _notes(empty).items()} == \
            {key: reason_text.paired_marks(text) for key, text in _notes(cli).items()}
    finally:
        cli.close()


def test_an_article_pasted_in_the_arabic_ui_gets_arabic_notes(qtbot, arabic, empty, monkeypatch):
    from desktop.core import article_meta
    from desktop.ui.dialogs import article_sheet
    text = ("وزير الخارجية يصرّح\nقال وزير الخارجية العراقي فؤاد حسين، الأربعاء، إن \"الحكومة ملتزمة بحماية "
            "الحدود مع سوريا خلال الأيام المقبلة\".\n")
    monkeypatch.setattr(article_sheet, "capture", lambda parent, path=None, text=None: article_meta.article_record(
        article_sheet.read(path, text), {"published": "2025-06-10"}))
    monkeypatch.setattr(importing, "show_outcome", lambda parent, outcome, can_review=False: 0)
    importing.import_pasted_article(None, empty, text)
    notes = _notes(empty)
    assert notes and all(not _LATIN.search(_outside_isolates(t)) for t in notes.values()), notes


@needs_seed
def test_an_event_imported_in_the_arabic_ui_has_its_category_in_arabic(qtbot, arabic, empty, shown, tmp_path):
    """The category extraction gives an event is the record's own text: «إعلان», not "announcement",
    when an Arabic analyst imports; the command line keeps the code."""
    run.import_files_dialog(None, empty, [SEED], published="2025-12-31")
    categories = {rec["category"] for rec in empty.records("event")}
    assert categories and not any(_LATIN.search(_outside_isolates(c)) for c in categories), categories
    assert "إعلان" in categories
    cli = Store.create(tmp_path / "cli.db")
    try:
        core_importing.import_files(cli, [SEED], published="2025-12-31")
        assert {rec["category"] for rec in cli.records("event")} <= set(reasons.EVENT_CATEGORIES)
    finally:
        cli.close()
