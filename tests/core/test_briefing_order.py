"""The order of a briefing's actors (most involved first, then by name) and quotes (as the timeline)."""
from __future__ import annotations

from desktop.core.briefing import BriefingSpec, build_document
from desktop.core.briefing_html import to_html

ACTORS = {
    # name, name_en: the Arabic order (ب ت ث ح ي) is not the English one, nor the ids'.
    "actor:1": ("يوسف", "Adam"),
    "actor:2": ("بلال", "Zaid"),
    "actor:3": ("ثامر", "Basil"),
    "actor:4": ("أحمد", "Yahya"),      # a hamza seat sorts as its alef
    "actor:5": ("تامر", "Hadi"),
}


def _records() -> dict[str, dict]:
    recs = {rid: {"kind": "actor", "id": rid, "name": ar, "name_en": en} for rid, (ar, en) in ACTORS.items()}
    recs["event:a"] = {"kind": "event", "id": "event:a", "title": "أ", "date": "2024-03-01",
                       "actors": [{"actor": "actor:3", "role": ""}, "actor:5"]}
    recs["event:b"] = {"kind": "event", "id": "event:b", "title": "ب", "date": "2024-01-01",
                       "actors": ["actor:3", "actor:3"]}           # listed twice, one record still
    recs["quote:new"] = {"kind": "quote", "id": "quote:new", "text": "الأحدث", "speaker": "actor:3",
                         "date": "2024-06-01"}
    recs["quote:old"] = {"kind": "quote", "id": "quote:old", "text": "الأقدم", "speaker": "actor:5",
                         "date": "2023-05-01"}
    recs["quote:year"] = {"kind": "quote", "id": "quote:year", "text": "في السنة", "speaker": "actor:1",
                          "date": "2023"}
    recs["quote:undated"] = {"kind": "quote", "id": "quote:undated", "text": "بلا تاريخ", "speaker": "actor:2"}
    recs["quote:mid"] = {"kind": "quote", "id": "quote:mid", "text": "الأوسط", "speaker": "actor:4",
                         "date": "2024-02-01"}
    return recs


# Newest first and the undated one first: the order a search hands them over in.
ITEMS = ("quote:undated", "quote:new", "quote:mid", "event:a", "quote:year", "event:b", "quote:old",
         "actor:2")


def _document(language: str):
    recs = _records()
    return build_document(BriefingSpec(items=ITEMS, language=language), recs.get)


def test_actors_most_involved_first_then_arabic_alphabetical_in_an_arabic_briefing():
    names = [a.name for a in _document("ar").actors]
    # ثامر: two events and a quote; تامر: an event and a quote; then one record each, alphabetical.
    assert names == ["ثامر", "تامر", "أحمد", "بلال", "يوسف"]


def test_actors_by_the_english_names_in_an_english_briefing():
    names = [a.name for a in _document("en").actors]
    assert names == ["Basil", "Hadi", "Adam", "Yahya", "Zaid"]


def test_quotes_run_oldest_first_like_the_timeline_undated_last():
    document = _document("ar")
    assert [q.record_id for q in document.quotes] == ["quote:year", "quote:old", "quote:mid", "quote:new",
                                                      "quote:undated"]
    assert [e.record_id for e in document.timeline] == ["event:b", "event:a"]
    # And the sheet prints them in that order.
    page = to_html(document)
    positions = [page.index(text) for text in ("في السنة", "الأقدم", "الأوسط", "الأحدث", "بلا تاريخ")]
    assert positions == sorted(positions)
