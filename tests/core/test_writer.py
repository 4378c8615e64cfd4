"""Create, read, update and delete every kind; the index stays in step with every write."""
import pytest

from desktop.core import search
from desktop.core.errors import InUseError
from desktop.core.errors import BatchError
from tests.conftest import snapshot


def hits(store, q, **kw):
    return [h.id for h in search.search(store, q, limit=100, **kw).hits]


def test_sample_reads_back_as_written(sample_store, sample_records):
    from desktop.core.records import canonical
    for rec in sample_records:
        got = sample_store.get(rec["id"])
        assert got == canonical(rec), rec["id"]


def test_create_update_delete_each_kind(store):
    store.put({"kind": "source", "id": "source:s", "title": "تقرير", "body": "نص التقرير"})
    store.put({"kind": "place", "id": "place:p", "name": "الموصل", "type": "city"})
    store.put({"kind": "actor", "id": "actor:a", "name": "أحمد", "aliases": ["أبو علي"]})
    store.put({"kind": "event", "id": "event:e", "title": "اجتماع أمني", "place": "الموصل",
               "actors": [{"actor": "أبو علي", "role": "حاضر"}], "sources": ["source:s"]})
    store.put({"kind": "quote", "id": "quote:q", "text": "سنعمل معا", "speaker": "احمد", "source": "source:s"})
    assert store.get("event:e")["place"] == "place:p"
    assert store.get("event:e")["actors"] == [{"actor": "actor:a", "role": "حاضر"}]
    assert store.get("quote:q")["speaker"] == "actor:a"
    assert store.check() == []

    store.put({"kind": "quote", "id": "quote:q", "text": "سنعمل معا دائما", "speaker": "actor:a"})
    assert store.get("quote:q")["text"] == "سنعمل معا دائما"
    assert "quote:q" in hits(store, "دائما")
    assert store.check() == []

    for key in ("quote:q", "event:e", "actor:a", "place:p", "source:s"):
        store.delete(key)
        assert store.get(key) is None
    assert sum(store.counts().values()) == 0
    assert store.check() == []


def test_renaming_an_actor_reindexes_their_quotes(sample_store):
    assert "quote:allawi-1" in hits(sample_store, "علاوي", kind="quote")
    rec = sample_store.get("actor:hussein-allawi")
    rec["aliases"] = ["أبو حسين"]
    rec["name"] = "حسين العلاوي"
    sample_store.put(rec)
    assert "quote:allawi-1" in hits(sample_store, "ابو حسين", kind="quote")
    assert sample_store.check() == []


def test_deleting_an_actor_with_quotes_needs_a_decision(sample_store):
    before = snapshot(sample_store)
    with pytest.raises(InUseError, match="4 quote record"):
        sample_store.delete("actor:hussein-allawi")
    assert snapshot(sample_store) == before

    removed = sample_store.delete("actor:hussein-allawi", quotes="reassign:actor:qais-al-muhammadawi")
    assert sample_store.get("quote:allawi-1")["speaker"] == "actor:qais-al-muhammadawi"
    assert sample_store.check() == []
    # Undo: putting the before-states back restores the store exactly.
    sample_store.put_many(removed)
    assert snapshot(sample_store) == before


def test_delete_with_quotes_and_undo(sample_store):
    before = snapshot(sample_store)
    removed = sample_store.delete("actor:qais-al-muhammadawi", quotes="delete")
    assert sample_store.get("quote:muhammadawi-1") is None
    sample_store.put_many(removed)
    assert snapshot(sample_store) == before
    assert sample_store.check() == []


def test_deleting_a_place_detaches_events_and_undo_restores(sample_store):
    before = snapshot(sample_store)
    removed = sample_store.delete("place:anbar")
    assert "parent" not in sample_store.get("place:ain-al-asad")
    sample_store.put_many(removed)
    assert snapshot(sample_store) == before


def test_bad_batch_writes_nothing(sample_store):
    before = snapshot(sample_store)
    with pytest.raises(BatchError) as info:
        sample_store.put_many([
            {"kind": "actor", "id": "actor:ok", "name": "سليم"},
            {"kind": "quote", "text": "نص", "speaker": "actor:nobody"},
        ])
    assert "record 2: speaker: no actor with id 'actor:nobody'" in str(info.value)
    assert snapshot(sample_store) == before


def test_ambiguous_name_is_an_error(store):
    store.put_many([{"kind": "actor", "id": "actor:a1", "name": "محمد"},
                    {"kind": "actor", "id": "actor:a2", "name": "أحمد", "aliases": ["محمد"]}])
    with pytest.raises(BatchError, match="ambiguous"):
        store.put({"kind": "quote", "text": "x", "speaker": "محمد"})


def test_review_accept(store):
    store.put({"kind": "actor", "id": "actor:p", "name": "مقترح", "review": "unreviewed"})
    assert hits(store, "review:unreviewed") == ["actor:p"]
    assert store.set_review(["actor:p"], "confirmed") == 1
    assert hits(store, "review:unreviewed") == []
    assert store.get("actor:p").get("review") is None
    assert store.check() == []
