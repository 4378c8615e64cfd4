"""desktop.core.views: pages of row ids in SQL order, display rows, filters, counts."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from desktop.core import kinds, views
from desktop.core.errors import ViewError
from desktop.core.records import KINDS
from desktop.core.storage import paging


def _all(pager, page=7):
    out = []
    while True:
        batch = pager.next(page)
        if not batch:
            return out
        out += batch


def _sql_order(store, kind, col, descending):
    """The order one plain SQL sort gives (the store's private connection: a test of the store's paging)."""
    order = "DESC" if descending else "ASC"
    nulls = "ASC" if descending else "DESC"
    spec = kinds.get(kind)
    column = paging.column_sql(spec, paging.column(spec, col))
    return [r for (r,) in store._conn.execute(
        f"SELECT t.id FROM {spec.table} t ORDER BY {column.sort} IS NULL {nulls}, "
        f"{column.sort} {order}, t.id {order}")]


@pytest.mark.parametrize("kind", views.TAB_ORDER)
def test_every_column_pages_in_the_same_order_as_one_sql_sort(store, kind):
    for col in views.columns(kind):
        for descending in (False, True):
            expected = _sql_order(store, kind, col.name, descending)
            assert _all(views.Pager(store, kind, col.name, descending)) == expected, (kind, col.name)
            assert len(expected) == store.counts()[kind]


def test_keyset_paging_over_many_rows_matches_sql(big_store):
    expected = _sql_order(big_store, "quote", "date", True)
    assert len(expected) == 1305
    assert _all(views.Pager(big_store, "quote", "date", True), page=500) == expected


@pytest.mark.parametrize("query", ["تصريح", "الانتخابات", "الموازنة", "تصريح -الانتخابات", "علاوي"])
@pytest.mark.parametrize("walk", [None, paging.SET, paging.PROBE])
def test_a_search_pages_alike_however_its_hits_are_walked(big_store, monkeypatch, query, walk):
    # Sorting the hits, walking the date index against the set of hits, or probing the
    # search row by row are chosen by how many hits there are; all three give one order.
    expected = [r for r in _sql_order(big_store, "quote", "date", True)
                if r in set(views.row_ids(big_store, "quote", filters=views.Filters(query=query)))]
    monkeypatch.setattr(paging, "_walk", lambda *args: walk)
    hit_set = views.hits(big_store, "quote", query)
    pager = views.Pager(big_store, "quote", "date", True, filters=views.Filters(query=query), hit_set=hit_set)
    assert pager._pager.keyset == (walk is not None)
    assert _all(pager, page=97) == expected
    assert expected


def test_the_hits_choose_their_walk(big_store):
    # Of 1,305 quotes, 1,300 hits: walk the set (probing 1,300 rows costs more than the set);
    # 4 hits: sort them.
    conn = big_store._conn
    quote = kinds.get("quote")
    assert paging._walk(conn, quote, views.hits(big_store, "quote", "تصريح"), "t.date", True) == paging.SET
    assert paging._walk(conn, quote, views.hits(big_store, "quote", "علاوي -تصريح"), "t.date", True) is None
    # A million-record store's 400,000 events (measured in bench_gui.py): a word in 277,000
    # of them is probed, one in 46,000 walks the set, one in 1,000 is sorted.
    assert paging.walk_for(277_000, 400_000) == paging.PROBE
    assert paging.walk_for(46_000, 400_000) == paging.SET
    assert paging.walk_for(1_000, 400_000) is None


def test_default_sorts():
    assert views.default_sort("event") == ("date", True)
    for kind in KINDS:
        assert views.default_sort(kind)[0] in [c.name for c in views.columns(kind)]


def test_rows_have_display_columns(store):
    qid = views.row_id(store, "quote:allawi-3")
    row = views.rows(store, "quote", [qid])[qid]
    assert row["speaker"] == "حسين علاوي"
    assert row["speaker_key"] == "actor:hussein-allawi"
    assert row["source_key"] == "source:seed-ain-al-asad"
    assert row["date"] == "2025-12-31"
    actor = views.rows(store, "actor", [views.row_id(store, "actor:hussein-allawi")])
    (a,) = actor.values()
    assert a["quotes"] == 4 and a["name"] == "حسين علاوي"
    ev_ids = views.row_ids(store, "event")
    events = views.rows(store, "event", ev_ids)
    assert any(e["actors"] for e in events.values())
    assert all("title" in e and "status" in e for e in events.values())


def test_long_text_is_cut_in_sql(store):
    store.put({"kind": "quote", "id": "quote:long", "speaker": "actor:hussein-allawi", "text": "كلام " * 10_000})
    qid = views.row_id(store, "quote:long")
    row = views.rows(store, "quote", [qid])[qid]
    assert len(row["text"]) == views.CELL_CHARS
    assert row["text_length"] == 50_000


def test_search_restricts_rows_and_counts(store):
    f = views.Filters(query="علاوي")
    quotes = views.row_ids(store, "quote", filters=f)
    assert len(quotes) == 4 == views.count(store, "quote", f)
    assert views.row_ids(store, "place", filters=f) == []
    counts = views.hit_counts(store, "علاوي")
    assert counts["quote"] == 4 and counts["place"] == 0


def test_date_filter_covers_coarse_dates(store):
    # "2014"-"2017" (an event with a range) overlaps 2015; a full-day date outside does not.
    f = views.Filters(date_from="2015-03-01", date_to="2015-03-31")
    keys = [views.rows(store, "event", [i])[i]["key"] for i in views.row_ids(store, "event", filters=f)]
    assert "event:isis-defeated-iraq" in keys
    assert all(k != "event:ain-al-asad-handover" for k in keys)
    assert views.count(store, "event", f) == len(keys)


def test_category_and_review_filters(store):
    states = views.row_ids(store, "actor", filters=views.Filters().with_value("type", "state"))
    assert states and all(views.rows(store, "actor", [i])[i]["type"] == "state" for i in states)
    assert views.row_ids(store, "actor", filters=views.Filters(values=(("review", "unreviewed"),))) == []
    with pytest.raises(ViewError):
        views.row_ids(store, "actor", filters=views.Filters().with_value("type", "planet"))
    with pytest.raises(ViewError):
        views.row_ids(store, "source", filters=views.Filters().with_value("type", "state"))


def test_related_quote_has_source_body_and_names(store):
    info = views.related(store, "quote:allawi-3")
    assert info["names"]["actor:hussein-allawi"] == "حسين علاوي"
    assert info["record"]["text"] in info["source_body"] or info["record"].get("source_span")
    actor = views.related(store, "actor:hussein-allawi")
    quotes = next(group for group in actor["lists"] if group["kind"] == "quote")
    assert quotes["label"] == "Quotes" and len(quotes["items"]) == 4
    assert views.related(store, "actor:nobody") is None


def test_reference_completion_by_alias(store):
    from desktop.core import completion
    found = {s.id for s in completion.suggest(store, "actor", "واشنط")}
    assert "actor:usa" in found


# The store is only read here, so sharing it across examples is safe.
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(page=st.integers(min_value=1, max_value=40), descending=st.booleans(),
       col=st.sampled_from([c.name for c in views.columns("event")]))
def test_any_page_size_gives_the_same_sequence(store, page, descending, col):
    assert _all(views.Pager(store, "event", col, descending), page) == _sql_order(store, "event", col, descending)
