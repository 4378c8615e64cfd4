"""A tab's relevance order is the order `marsad search` ranks in (storage/relevance.py, views.RELEVANCE)."""
from __future__ import annotations

import pytest

from desktop.core import search, views


def keys(store, kind, ids):
    rows = views.rows(store, kind, ids)
    return [rows[i]["key"] for i in ids]


def relevance(store, kind, query, **filters):
    pager = views.Pager(store, kind, views.RELEVANCE, None, views.Filters(query=query, **filters))
    out = []
    while not pager.done:
        out += pager.next(3)      # small pages: the head and the rest join without repeats
    return keys(store, kind, out)


@pytest.fixture
def ranked_store(sample_store):
    sample_store.put_many([
        {"kind": "event", "id": "event:r1", "title": "اجتماع أمني", "summary": "الانتخابات", "date": "2026-01-01"},
        {"kind": "event", "id": "event:r2", "title": "الانتخابات المحلية", "date": "2020-01-01"},
        {"kind": "event", "id": "event:r3", "title": "انتخابات مبكرة", "date": "2024-01-01"},
        {"kind": "event", "id": "event:r4", "title": "موعد الانتخابات", "date": "2019-01-01"},
        {"kind": "event", "id": "event:r5", "title": "مؤتمر", "summary": "انتخابات قادمة", "date": "2025-01-01"},
    ])
    return sample_store


@pytest.mark.parametrize("query", ["الانتخابات", "انتخابات", "التحالف", "عين الأسد", "علاوي", "actor:علاوي"])
@pytest.mark.parametrize("kind", ["event", "quote", "source"])
def test_relevance_is_the_command_lines_ranking(ranked_store, query, kind):
    assert relevance(ranked_store, kind, query) == [h.id for h in search.search(ranked_store, query, kind=kind,
                                                                               limit=500).hits]


def test_names_before_bodies_then_newest(ranked_store):
    # Exact forms in titles (newest first), then stems in titles, then bodies by date.
    assert relevance(ranked_store, "event", "الانتخابات") == ["event:r2", "event:r4", "event:r3", "event:r1", "event:r5"]


def test_the_tabs_filters_apply(ranked_store):
    assert relevance(ranked_store, "event", "الانتخابات", date_from="2020-01-01") == ["event:r2", "event:r3",
                                                                                        "event:r1", "event:r5"]


def test_without_a_search_it_is_the_default_order(ranked_store):
    default = views.Pager(ranked_store, "event").next(100)
    assert views.Pager(ranked_store, "event", views.RELEVANCE).next(100) == default
