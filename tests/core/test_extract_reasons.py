"""Why extraction proposed a record: a Reason (a code and its values), worded only at the end.

Every reason the extraction gives on the fixture articles has a template and
fills it; English stays what the notes said before reasons had codes; the
import functions word the notes as their caller asks, English by default.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core import importing
from desktop.core.articles import from_text_file
from desktop.core.extract import events, extract_article, reasons
from desktop.core.extract.reasons import Choice, Reason, english, placeholders, reason, walk
from desktop.core.storage import Store

FIXTURES = Path(__file__).parent / "fixtures"
SEEDS = Path("/work/shared/seeds")
if not SEEDS.exists():
    SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
SEED = SEEDS / "000_f994ba5043617164.txt"
needs_seed = pytest.mark.skipif(not SEED.exists(), reason="seed article not present")


def _bodies() -> list[dict]:
    """The source of every fixture article (only the source: the annotations are not read)."""
    return [json.loads(path.read_text(encoding="utf-8"))["source"]
            for path in sorted(FIXTURES.glob("articles*/*.json"))]


@pytest.fixture(scope="module")
def given() -> list[tuple[Reason, str]]:
    """(reason, the English notes extraction wrote for it) of every proposal on every fixture article."""
    out: list[tuple[Reason, str]] = []
    for source in _bodies():
        seen: list[Reason] = []

        def keep(found: Reason) -> str:
            if found.code != "event.category_value":     # an event's category is worded too, not its notes
                seen.append(found)
            return english(found)

        records = extract_article(source, word_reason=keep)
        assert len(seen) == len(records)
        out += [(found, rec["notes"]) for found, rec in zip(seen, records)]
    return out


def test_the_fixture_articles_give_reasons_of_every_kind(given):
    codes = {inner.code for found, _ in given for inner in walk(found)}
    assert {"event", "quote", "actor.new", "actor.gazetteer_match", "place.gazetteer_match",
            "speaker.found", "date.day_month_year"} <= codes
    assert len(codes) >= 40


def test_every_reason_has_a_template_and_fills_each_placeholder(given):
    for found, _ in given:
        for inner in walk(found):
            assert inner.code in reasons.REASONS, inner
            names = {name for name, _ in inner.params}
            assert placeholders(reasons.REASONS[inner.code]) == names, inner
            for _, value in inner.params:
                assert isinstance(value, (str, Reason, Choice)), inner
                if isinstance(value, Choice):
                    assert value.key in reasons.REASONS, value


def test_the_notes_are_the_english_of_the_reason(given):
    assert all(notes == english(found) and notes for found, notes in given)


@needs_seed
def test_the_english_notes_of_the_seed_article_are_as_before_reasons_had_codes():
    """seed_notes_en.json holds the notes the extraction wrote before (commit ae797b3), by record id."""
    before = dict(json.loads((FIXTURES / "seed_notes_en.json").read_text(encoding="utf-8")))
    art = from_text_file(SEED, published="2025-12-31")
    now = {rec["id"]: rec["notes"] for rec in extract_article({**art.source, "id": "source:seed-ain-al-asad"})}
    both = before.keys() & now.keys()
    assert len(both) >= len(before) // 2
    assert {key: now[key] for key in both} == {key: before[key] for key in both}


def test_a_reason_nests_and_a_choice_shows_its_code_in_english():
    found = reason("quote", rule=reason("speaker.found", why=reason("speaker.after_verb", verb="قال"),
                                        name="وزير الخارجية", how=reason("actor.seen_earlier")))
    assert english(found) == "quote; speaker after the reporting verb «قال»: «وزير الخارجية» (seen earlier in the article)"
    event = reason("event", trigger="أعلن", category=Choice("event.category", "announcement"), date="الأربعاء",
                   rule=reason("date.weekday"))
    assert english(event) == "event: trigger «أعلن» (announcement); date «الأربعاء» (weekday relative to publication)"
    # A value holding braces is the article's text, never a placeholder.
    assert english(reason("actor.written", text="{why}")) == "«{why}»"


def test_an_unknown_code_is_refused_at_once():
    with pytest.raises(KeyError):
        reason("actor.no_such_rule", name="x")


def test_every_event_category_extraction_gives_is_labelled():
    assert set(reasons.EVENT_CATEGORIES) == {*events._TRIGGERS, "other"}
    assert all(f"event.category.{name}" in reasons.REASONS for name in reasons.EVENT_CATEGORIES)


def _notes(store) -> dict[str, str]:
    return {r["id"]: r["notes"] for kind in ("actor", "place", "event", "quote") for r in store.records(kind)}


def test_the_import_words_the_notes_as_its_caller_asks_and_english_by_default(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("وزير الخارجية يصرّح\nقال وزير الخارجية العراقي فؤاد حسين، الأربعاء، إن \"الحكومة ملتزمة "
                    "بحماية الحدود مع سوريا خلال الأيام المقبلة\".\n", encoding="utf-8")
    english_store, worded_store = Store.create(tmp_path / "a.db"), Store.create(tmp_path / "b.db")
    try:
        importing.import_files(english_store, [path], published="2025-06-10")
        importing.import_files(worded_store, [path], published="2025-06-10", word_reason=lambda found: found.code)
        plain, coded = _notes(english_store), _notes(worded_store)
    finally:
        english_store.close()
        worded_store.close()
    assert plain.keys() == coded.keys() and plain
    assert all(notes in reasons.REASONS for notes in coded.values())
    assert any(notes.startswith("quote; speaker ") for notes in plain.values())
