"""What a new record starts with: the links and the date it carries from the form it was made from."""
from __future__ import annotations


def test_a_record_made_from_a_quote_form_carries_its_date_source_and_speaker():
    from desktop.core import prefill
    quote = {"text": "x", "speaker": "actor:a", "source": "source:b", "date": "2025-11", "event": "event:c"}
    assert prefill.for_linked("quote", quote, "event", "spokesperson") == {
        "date": "2025-11", "actors": [{"actor": "actor:a", "role": "spokesperson"}], "sources": ["source:b"]}
    assert prefill.for_linked("quote", {"text": "x"}, "event") == {}


def test_a_record_takes_its_sources_date_only_while_it_has_none():
    from desktop.core import prefill
    source = {"id": "source:b", "published": "2025-11-14"}
    assert prefill.date_from_evidence("quote", {}, source) == "2025-11-14"
    assert prefill.date_from_evidence("quote", {"date": "2025"}, source) == ""
    assert prefill.date_from_evidence("quote", {}, None) == ""
