"""The filters a record offers and how one is added to a search (desktop/core/filter_terms.py)."""
from __future__ import annotations

from desktop.core import filter_terms
from desktop.core.query import parse

RECORDS = {r["id"]: r for r in (
    {"kind": "actor", "id": "actor:a", "name": "حسين علاوي", "name_en": "Hussein Allawi", "affiliation": "actor:gov"},
    {"kind": "actor", "id": "actor:gov", "name": "الحكومة"},
    {"kind": "place", "id": "place:p", "name": "عين الأسد", "parent": "place:anbar"},
    {"kind": "place", "id": "place:anbar", "name": "الأنبار"},
    {"kind": "quote", "id": "quote:q", "text": "نص", "speaker": "actor:a", "source": "source:s"},
    {"kind": "event", "id": "event:e", "title": "حدث", "place": "place:p", "sources": ["source:s", "source:t"],
     "actors": [{"actor": "actor:gov", "role": "x"}, {"actor": "actor:a"}, {"actor": "actor:gov"}]},
    {"kind": "source", "id": "source:s", "title": "مقال"},
)}


def test_named_filter_quotes_names_of_several_words():
    assert filter_terms.named_filter("actor", "علاوي") == "actor:علاوي"
    assert filter_terms.named_filter("actor", "حسين  علاوي") == 'actor:"حسين علاوي"'
    assert filter_terms.named_filter("place", 'ab"c') == 'place:"ab c"'
    # What is built parses back to the same filter.
    assert parse(filter_terms.named_filter("actor", "حسين علاوي")).named == [("actor", "حسين علاوي")]


def test_with_filter_adds_once():
    assert filter_terms.with_filter("", "actor:x") == "actor:x"
    assert filter_terms.with_filter("  علاوي ", "actor:x") == "علاوي actor:x"
    assert filter_terms.with_filter('a place:"عين الأسد"', 'place:"عين الأسد"') == 'a place:"عين الأسد"'


def test_targets_of_each_kind():
    targets = lambda key, lang="ar": [(t.kind, t.key, t.name) for t in  # noqa: E731
                                      filter_terms.filter_targets(RECORDS.get, key, lang)]
    assert targets("quote:q") == [("actor", "actor:a", "حسين علاوي")]
    assert targets("quote:q", "en") == [("actor", "actor:a", "Hussein Allawi")]
    assert targets("actor:a") == [("actor", "actor:a", "حسين علاوي"), ("actor", "actor:gov", "الحكومة")]
    assert targets("place:p") == [("place", "place:p", "عين الأسد"), ("place", "place:anbar", "الأنبار")]
    assert targets("event:e") == [("place", "place:p", "عين الأسد"), ("actor", "actor:gov", "الحكومة"),
                                  ("actor", "actor:a", "حسين علاوي")]
    assert targets("source:s") == [] and targets("quote:gone") == []


def test_source_keys():
    assert filter_terms.source_keys(RECORDS.get, "quote:q") == ["source:s"]
    assert filter_terms.source_keys(RECORDS.get, "event:e") == ["source:s", "source:t"]
    assert filter_terms.source_keys(RECORDS.get, "source:s") == []


def test_the_arabic_ui_writes_filters_in_arabic():
    assert filter_terms.named_filter("actor", "حسين علاوي", "ar") == 'فاعل:"حسين علاوي"'
    assert parse(filter_terms.named_filter("place", "عين الأسد", "ar")).named == [("place", "عين الأسد")]
    terms = [t.term for t in filter_terms.filter_targets(RECORDS.get, "quote:q", "ar")]
    assert terms == ['فاعل:"حسين علاوي"']


def test_without_filter_takes_it_out_however_it_was_written():
    text = 'علاوي من:2024 الى:2025 to:2026 -FROM:2020 from:"2019" قال:شيء'
    assert filter_terms.without_filter(text, "from") == "علاوي الى:2025 to:2026 قال:شيء"
    assert filter_terms.without_filter(text, "to") == 'علاوي من:2024 -FROM:2020 from:"2019" قال:شيء'
