"""Team search on the hub matches as the laptop's search does: the laptop sends Marsad's analysed text, and
the hub only splits it at spaces (PostgreSQL's `simple` configuration, a GIN index)."""
from __future__ import annotations

import json

import psycopg
import pytest
from click.testing import CliRunner

from desktop.cli import cli
from desktop.core import hub, search
from desktop.core.errors import QueryError
from desktop.core.storage import Store, hub_sql

RECORDS = [
    {"kind": "event", "id": "event:elections", "title": "الانتخابات البرلمانية في العراق", "date": "2025-11-11",
     "summary": "أعلنت المفوضية نتائج الانتخابات"},
    {"kind": "event", "id": "event:ministry", "title": "وزارة الدفاع تعلن خطة جديدة", "date": "2025-10-01"},
    {"kind": "event", "id": "event:visit", "title": "زار الوزير بغداد", "date": "2025-09-01"},
    {"kind": "actor", "id": "actor:commission", "name": "المفوضية العليا المستقلة للانتخابات"},
    {"kind": "quote", "id": "quote:commission-1", "text": "ستعلن النتائج خلال أيام",
     "speaker": "actor:commission"},
]
# Words, their other forms, a phrase, OR, an exclusion, a prefix, a kind, and a speaker's name in a quote.
QUERIES = ["انتخابات", "الانتخابات", "زار", "وزارة", '"الانتخابات البرلمانية"', "زار OR وزارة",
           "الانتخابات -البرلمانية", "المفوض*", "الانتخابات kind:actor", "المفوضية النتائج", "بغداد الوزير"]


@pytest.fixture
def team(hub_db, tmp_path):
    with Store.create(tmp_path / "laptop.db") as store:
        store.put_many(RECORDS)
        hub.sync(store, hub_db.writer)
        yield store, hub_db


def _ids(found) -> set[str]:
    return {h.id for h in found.hits}


def test_a_word_finds_its_other_forms_and_not_a_word_that_contains_it(team):
    _, db = team
    # The commission's quote too: a speaker's names are searched with what they said, as on the laptop.
    assert _ids(hub.search(db.reader, "انتخابات")) == {"event:elections", "actor:commission", "quote:commission-1"}
    assert "event:ministry" not in _ids(hub.search(db.reader, "زار"))
    assert _ids(hub.search(db.reader, "زار")) == {"event:visit"}
    # What PostgreSQL's own Arabic stemmer would have done: «زار» finds «وزارة», «انتخابات» misses «الانتخابات».
    (wrong,) = db.query("SELECT to_tsvector('arabic', 'وزارة الدفاع') @@ plainto_tsquery('arabic', 'زار'), "
                        "to_tsvector('arabic', 'الانتخابات') @@ plainto_tsquery('arabic', 'انتخابات')")
    assert wrong == (True, False)


@pytest.mark.parametrize("text", QUERIES)
def test_the_hub_finds_what_the_laptop_finds(team, text):
    store, db = team
    assert _ids(hub.search(db.reader, text, limit=100)) == _ids(search.search(store, text, limit=100)), text


@pytest.mark.parametrize("text", ["انتخابات", "زار OR وزارة", "الانتخابات -البرلمانية"])
def test_many_matches_walk_the_newest_first_and_find_the_same(team, monkeypatch, text):
    store, db = team
    sparse = hub.search(db.reader, text, limit=100)
    monkeypatch.setattr(hub_sql, "DENSE", 1)       # as if every query matched thousands of records
    dense = hub.search(db.reader, text, limit=100)
    assert [h.id for h in dense.hits] == [h.id for h in sparse.hits]
    assert _ids(dense) == _ids(search.search(store, text, limit=100))
    assert [h.seq for h in dense.hits] == sorted((h.seq for h in dense.hits), reverse=True)


def test_the_search_uses_the_gin_index(team):
    _, db = team
    with psycopg.connect(db.admin) as conn:
        conn.execute("SET enable_seqscan = off")      # five records: a scan would be cheaper
        plan = "\n".join(r[0] for r in conn.execute(
            "EXPLAIN SELECT id FROM marsad.records WHERE search @@ to_tsquery('simple', %s)", ("'انتخاب'",)))
    assert "records_search" in plan


def test_a_deleted_record_is_no_longer_found(team):
    store, db = team
    store.delete("event:visit")
    hub.sync(store, db.writer)
    assert _ids(hub.search(db.reader, "زار")) == set()


def test_filters_the_hub_does_not_apply_are_named_and_a_query_without_words_refused(team):
    _, db = team
    found = hub.search(db.reader, "الانتخابات from:2025-01 actor:المفوضية")
    assert found.ignored == ["actor:", "from:"]
    with pytest.raises(QueryError):
        hub.search(db.reader, '"" -')


def test_the_command_line(team):
    _, db = team
    result = CliRunner().invoke(cli, ["hub", "search", db.reader, "انتخابات", "--json"])
    assert result.exit_code == 0, result.output
    assert {h["id"] for h in json.loads(result.output)["hits"]} == {"event:elections", "actor:commission",
                                                                    "quote:commission-1"}
