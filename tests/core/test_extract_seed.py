"""The seed article end to end: the worked example of the extraction rules."""
import json
from pathlib import Path

import pytest

from desktop.core import arabic
from desktop.core.articles import from_text_file
from desktop.core.extract import extract_article
from desktop.core.records import validate

SEEDS = Path("/work/shared/seeds")
if not SEEDS.exists():
    SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
pytestmark = pytest.mark.skipif(not (SEEDS / "ain-al-asad.jsonl").exists(), reason="seed files not present")


def _annotation():
    return [json.loads(line) for line in (SEEDS / "ain-al-asad.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]


def _resolver(records, kind):
    table = {}
    for rec in records:
        if rec["kind"] == kind:
            for name in [rec["name"], *rec.get("aliases", [])]:
                table[arabic.normalize(name)] = rec["id"]
    return lambda name: table.get(arabic.normalize(name))


@pytest.fixture(scope="module")
def seed_source():
    art = from_text_file(SEEDS / "000_f994ba5043617164.txt", published="2025-12-31")
    return {**art.source, "id": "source:seed-ain-al-asad"}


@pytest.fixture(scope="module")
def proposals(seed_source):
    return extract_article(seed_source)


@pytest.fixture(scope="module")
def resolved(seed_source):
    ann = _annotation()
    return extract_article(seed_source, resolve_actor=_resolver(ann, "actor"),
                           resolve_place=_resolver(ann, "place"))


def _names(records):
    return {r["id"]: r["name"] for r in records if r["kind"] == "actor"}


def test_all_five_annotated_quotes_with_their_speakers(proposals):
    expected = [(r["text"], r["speaker"]) for r in _annotation() if r["kind"] == "quote"]
    quotes = [r for r in proposals if r["kind"] == "quote"]
    names = _names(proposals)
    speaker_names = {"actor:hussein-allawi": "حسين علاوي", "actor:qais-al-muhammadawi": "قيس المحمداوي"}
    assert len(quotes) == 5
    for (text, speaker), got in zip(expected, quotes):
        assert arabic.normalize(got["text"]) == arabic.normalize(text)
        assert names[got["speaker"]] == speaker_names[speaker]


def test_quoted_names_are_not_quotes(proposals):
    texts = {arabic.normalize(r["text"]) for r in proposals if r["kind"] == "quote"}
    for name in ("عين الأسد", "داعش", "واع"):
        assert arabic.normalize(name) not in texts


def test_speaker_titles(proposals):
    actors = {r["name"]: r for r in proposals if r["kind"] == "actor"}
    assert actors["حسين علاوي"]["title"] == "مستشار رئيس الوزراء"
    assert "الفريق أول الركن" in actors["قيس المحمداوي"]["title"]
    assert "نائب قائد العمليات المشتركة" in actors["قيس المحمداوي"]["title"]


def test_event_dates(proposals):
    events = [r for r in proposals if r["kind"] == "event"]
    dates = {(e["date"], e.get("date_end")) for e in events}
    for want in [("2025-12-31", None), ("2024-09-27", None), ("2025-09", None), ("2026-09", None),
                 ("2014", None), ("2014", "2017")]:
        assert want in dates
    approx = [e for e in events if e.get("date_precision") == "approximate"]
    assert approx and approx[0]["date"] == "2026-01" and approx[0]["status"] == "expected"


def test_places_with_parents(proposals):
    places = {r["id"]: r for r in proposals if r["kind"] == "place"}
    assert places["place:gaz-iq-ain-al-asad"]["parent"] == "place:gaz-iq-anbar"
    assert places["place:gaz-iq-anbar"]["parent"] == "place:gaz-iraq"
    assert "place:gaz-syria" in places


def test_every_proposal_is_a_valid_unreviewed_record_with_its_evidence(proposals, seed_source):
    body = seed_source["body"]
    ids = [r["id"] for r in proposals]
    assert len(ids) == len(set(ids))
    for rec in proposals:
        validate(rec)
        assert rec["review"] == "unreviewed"
        assert rec["source"] == "source:seed-ain-al-asad"
        start, end = rec["source_span"]
        assert 0 <= start <= end <= len(body)
        assert rec["notes"]
        if rec["kind"] == "quote":
            assert body[start:end] == rec["text"]


def test_references_point_at_proposed_or_known_records(proposals):
    ids = {r["id"] for r in proposals}
    for rec in proposals:
        refs = [rec.get("speaker"), rec.get("place"), rec.get("parent"), rec.get("event")]
        refs += [a["actor"] for a in rec.get("actors", [])]
        for ref in filter(None, refs):
            assert ref in ids, (rec["id"], ref)


def test_store_resolution_reuses_existing_ids(resolved):
    quotes = [r for r in resolved if r["kind"] == "quote"]
    assert [q["speaker"] for q in quotes] == ["actor:hussein-allawi"] * 4 + ["actor:qais-al-muhammadawi"]
    proposed_actor_names = {r["name"] for r in resolved if r["kind"] == "actor"}
    assert "حسين علاوي" not in proposed_actor_names
    assert "العراق" not in proposed_actor_names
    places = {r["id"] for r in resolved if r["kind"] == "place"}
    assert "place:gaz-iq-ain-al-asad" not in places
    events = [r for r in resolved if r["kind"] == "event"]
    assert any(e.get("place") == "place:ain-al-asad" for e in events)


def test_deterministic(seed_source):
    assert extract_article(seed_source) == extract_article(seed_source)
