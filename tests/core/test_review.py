"""Review helpers: sources waiting for review, their proposals, body segments, merging an actor."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core import importing, review
from tests.conftest import snapshot

ARTICLE = """وزير الخارجية يصرّح عن الحدود
قال وزير الخارجية العراقي فؤاد حسين، الأربعاء، إن "الحكومة ملتزمة بحماية الحدود مع سوريا خلال الأيام المقبلة".

وأعلن العراق في 27 سبتمبر 2024 أن جيشه سيتسلم مقر التحالف الدولي في قاعدة عين الأسد بمحافظة الأنبار.
"""


@pytest.fixture
def imported(store, tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    importing.import_files(store, [path], published="2025-06-10")
    (source_id,) = review.unreviewed_sources(store)
    return store, source_id


def _speaker_proposal(store, source_id) -> dict:
    return next(p for p in review.proposals_for(store, source_id)
                if p["kind"] == "actor" and p["name"] == "فؤاد حسين")


def test_no_sources_wait_in_an_empty_or_reviewed_store(store):
    assert review.unreviewed_sources(store) == []
    store.put({"kind": "source", "id": "source:plain", "title": "مصدر", "body": "نص"})
    assert review.unreviewed_sources(store) == []


def test_proposals_of_a_source_are_unreviewed_point_into_it_and_come_kind_by_kind(imported):
    store, source_id = imported
    body = store.get(source_id)["body"]
    proposals = review.proposals_for(store, source_id)
    kinds = [p["kind"] for p in proposals]
    assert set(kinds) == {"actor", "place", "event", "quote"}
    assert kinds == sorted(kinds, key=review.KIND_ORDER.index)
    for p in proposals:
        assert p["review"] == "unreviewed" and p["source"] == source_id
        a, b = p["source_span"]
        assert 0 <= a < b <= len(body)
    quote = next(p for p in proposals if p["kind"] == "quote")
    a, b = quote["source_span"]
    assert body[a:b] == quote["text"]


def test_accepting_every_proposal_takes_the_source_off_the_list(imported):
    store, source_id = imported
    store.set_review([p["id"] for p in review.proposals_for(store, source_id)], "confirmed")
    assert review.unreviewed_sources(store) == []
    assert review.proposals_for(store, source_id) == []


def test_sources_are_listed_newest_first(imported, tmp_path):
    store, first = imported
    other = tmp_path / "other.txt"
    other.write_text("عنوان آخر\nوأعلن العراق في 27 سبتمبر 2024 أن جيشه سيتسلم قاعدة عين الأسد.\n",
                     encoding="utf-8")
    importing.import_files(store, [other], published="2025-06-11")
    listed = review.unreviewed_sources(store)
    assert len(listed) == 2 and listed[1] == first


def test_segments_cut_nested_spans_into_pieces():
    assert review.segments(10, [(2, 8), (4, 6), None, (9, 9), (8, 30)]) == [
        (0, 2, ()), (2, 4, (0,)), (4, 6, (0, 1)), (6, 8, (0,)), (8, 10, (4,))]


spans = st.lists(st.one_of(st.none(), st.tuples(st.integers(-5, 60), st.integers(-5, 60))), max_size=8)


@given(st.integers(0, 50), spans)
def test_segments_tile_the_text_and_name_exactly_the_covering_spans(length, given_spans):
    pieces = review.segments(length, given_spans)
    starts = [p[0] for p in pieces]
    ends = [p[1] for p in pieces]
    assert starts == ([0] + ends[:-1] if pieces else [])
    assert (ends[-1] if pieces else 0) == length
    for start, end, covering in pieces:
        assert start < end
        for i, span in enumerate(given_spans):
            inside = span is not None and max(0, span[0]) <= start and end <= min(length, span[1])
            assert (i in covering) == inside


def test_quotes_of_an_actor(imported):
    store, source_id = imported
    speaker = _speaker_proposal(store, source_id)
    quotes = review.quotes_of(store, speaker["id"])
    assert len(quotes) == 1 and store.get(quotes[0])["speaker"] == speaker["id"]


def test_merge_repoints_quotes_events_and_members_and_adds_the_alias(imported):
    store, source_id = imported
    store.put({"kind": "actor", "id": "actor:fuad-hussein", "name": "فؤاد محمد حسين", "type": "person"})
    proposal = _speaker_proposal(store, source_id)
    store.put({"kind": "event", "id": "event:visit", "title": "زيارة", "date": "2025-06-10",
               "actors": [{"actor": proposal["id"], "role": "ضيف"}, {"actor": "actor:fuad-hussein"}]})
    store.put({"kind": "actor", "id": "actor:office", "name": "مكتب الوزير", "affiliation": proposal["id"]})
    (quote_id,) = review.quotes_of(store, proposal["id"])
    before = snapshot(store)

    undo = review.merge_actor(store, proposal["id"], "actor:fuad-hussein")

    assert store.get(proposal["id"]) is None
    assert store.get(quote_id)["speaker"] == "actor:fuad-hussein"
    assert store.get(quote_id)["review"] == "unreviewed"     # merging the speaker accepts nothing
    assert store.get("event:visit")["actors"] == [{"actor": "actor:fuad-hussein", "role": "ضيف"}]
    assert store.get("actor:office")["affiliation"] == "actor:fuad-hussein"
    assert "فؤاد حسين" in store.get("actor:fuad-hussein")["aliases"]
    assert store.resolve("actor", "فؤاد حسين") == "actor:fuad-hussein"

    store.put_many(undo)
    assert snapshot(store) == before


def test_merge_without_alias_leaves_the_target_as_it_was(imported):
    store, source_id = imported
    target = {"kind": "actor", "id": "actor:fuad-hussein", "name": "فؤاد محمد حسين"}
    store.put(target)
    review.merge_actor(store, _speaker_proposal(store, source_id)["id"], target["id"], add_alias=False)
    assert store.get(target["id"]) == target


@pytest.mark.parametrize("into", ["actor:nobody", "place:gaz-iraq"])
def test_a_failed_merge_changes_nothing(imported, into):
    store, source_id = imported
    before = snapshot(store)
    with pytest.raises(review.ReviewError):
        review.merge_actor(store, _speaker_proposal(store, source_id)["id"], into)
    assert snapshot(store) == before


def test_an_actor_is_not_merged_into_itself(imported):
    store, source_id = imported
    proposal = _speaker_proposal(store, source_id)
    with pytest.raises(review.ReviewError):
        review.merge_actor(store, proposal["id"], proposal["id"])


def test_waiting_proposals_are_found_through_partial_indexes(tmp_path):
    """unreviewed_sources and proposals_for once scanned whole tables on every call."""
    from desktop.core.storage import Store
    store = Store.create(tmp_path / "plan.db")
    for table in ("actors", "places", "events", "quotes"):
        plan = " ".join(row[-1] for row in store._conn.execute(
            f"EXPLAIN QUERY PLAN SELECT source_id FROM {table} WHERE review = 'unreviewed' "
            f"AND source_id IS NOT NULL"))
        assert f"USING INDEX {table}_unreviewed" in plan, plan
    store.close()
