"""What the tabs show, Qt-free: filters, columns, paged row ids, display rows, counts, detail.

The models stay thin and the CLI and tests reach the same queries. The
store does the work in pages (desktop/core/storage/paging.py); this module
parses the typed search once and hands the store a parsed query.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field, replace

from desktop.core import kinds, review
from desktop.core.kinds import Column
from desktop.core.kinds import fields as f
from desktop.core.query import Query, parse

CELL_CHARS = 300        # characters of a text column a table cell ever receives
TAB_ORDER: tuple[str, ...] = tuple(k.name for k in kinds.TAB_ORDER)
RELEVANCE = "relevance"  # a tab order that is no column: the search's ranking


@dataclass(frozen=True)
class Filters:
    query: str = ""
    date_from: str | None = None          # ISO day, inclusive
    date_to: str | None = None            # ISO day, inclusive
    values: tuple[tuple[str, str], ...] = ()   # (field, code): type, status, review, grades...
    # The session's parse of `query` (desktop/core/session.py), so a search is parsed once for every view.
    parsed: Query | None = field(default=None, compare=False, repr=False)

    @property
    def search(self) -> str | Query:
        """The query as parsed when it was, else as written (parsed where it is used)."""
        return self.parsed if self.parsed is not None and self.parsed.text == self.query else self.query

    @property
    def empty(self) -> bool:
        return not (self.query.strip() or self.date_from or self.date_to or self.values)

    def without_query(self) -> "Filters":
        return replace(self, query="", parsed=None)

    def value(self, field: str) -> str | None:
        return next((code for name, code in self.values if name == field), None)

    def with_value(self, field: str, code: str | None) -> "Filters":
        rest = tuple((n, c) for n, c in self.values if n != field)
        return replace(self, values=rest + (((field, code),) if code else ()))


def columns(kind: str) -> tuple[Column, ...]:
    return kinds.get(kind).columns


def column_label(kind: str, column: Column) -> str:
    return kinds.get(kind).column_label(column)


def default_sort(kind: str) -> tuple[str, bool]:
    return kinds.get(kind).default_sort


def _query(query: str | Query) -> Query:
    return query if isinstance(query, Query) else parse(query)


def hits(store, kind: str, query: str | Query):
    """The row ids of `kind` that `query` matches, as an opaque set the store joins on.

    Raises QueryError for a query that cannot run.
    """
    started = time.perf_counter()
    found = store.hit_set(_query(query), kind)
    found.elapsed_ms = (time.perf_counter() - started) * 1000
    return found


def hit_counts(store, query: str | Query) -> dict[str, int]:
    """How many records of each kind `query` matches, in one pass over the index."""
    return store.search_counts(_query(query))


def count(store, kind: str, filters: Filters = Filters(), hit_set=None) -> int:
    """Records of `kind` that pass `filters`; the unfiltered count comes from the store's counters."""
    kinds.get(kind)
    if filters.empty:
        return store.counts()[kind]
    if filters.query.strip() and hit_set is None:
        hit_set = hits(store, kind, filters.search)
    if hit_set is not None and filters.without_query().empty and hit_set.total is not None:
        return hit_set.total
    return store.count(kind, filters, hit_set)


def Pager(store, kind: str, sort: str | None = None, descending: bool | None = None,   # noqa: N802
          filters: Filters = Filters(), hit_set=None, language: str = "ar"):
    """Row ids of one kind, in the asked order, handed out a page at a time (`.next(n)`, `.done`).

    `sort=RELEVANCE` ranks a search's hits as `marsad search` does, then lists the
    rest by date (by the kind's own order when it has no date); with no search it
    is the kind's default order. `language` is the UI's: a column naming actors or
    places sorts by the names it shows in it (record_names.shown).
    """
    found = kinds.get(kind)
    default, default_desc = found.default_sort
    if filters.query.strip() and hit_set is None:
        hit_set = hits(store, kind, filters.search)
    if sort == RELEVANCE:
        if not filters.query.strip():
            return store.pager(kind, default, default_desc, filters, hit_set, language)
        rest, rest_desc = (found.date, True) if found.date else (default, default_desc)
        return store.relevance_pager(kind, _query(filters.search), filters, hit_set, rest, rest_desc, language)
    return store.pager(kind, sort or default, default_desc if descending is None else descending, filters,
                       hit_set, language)


def sorts_by_language(kind: str, sort: str | None) -> bool:
    """Whether the order of `sort` differs by UI language: a column naming records that have an English name."""
    found = kinds.get(kind)
    if not sort or not found.has(sort):
        return False
    fld = found.field(sort)
    return bool(fld.ref and (fld.type == f.REF or fld.links) and kinds.get(fld.ref).english)


def row_ids(store, kind: str, sort: str | None = None, descending: bool | None = None,
            filters: Filters = Filters(), limit: int | None = None, language: str = "ar") -> list[int]:
    """Row ids in order (all of them only when asked: prefer a Pager)."""
    pager = Pager(store, kind, sort, descending, filters, language=language)
    out: list[int] = []
    while limit is None or len(out) < limit:
        page = pager.next(1000 if limit is None else min(1000, limit - len(out)))
        if not page:
            break
        out += page
    return out


def rows(store, kind: str, ids: list[int]) -> dict[int, dict]:
    """Display rows by row id: the tab's columns plus `id`, `key` and `review`."""
    return store.rows(kind, ids)


def row_id(store, key: str) -> int | None:
    return store.row_id(key)


def related(store, key: str) -> dict | None:
    """A record in interchange form plus the names of what it refers to and the lists of what refers to it,
    and `reasons`: {field: Reason} for the fields that still hold the words an article import wrote
    (its notes, an event's category), for the UI to word in its own language."""
    info = store.related(key)
    if info is not None:
        info["reasons"] = review.reasons_for(store, [info["record"]]).get(info["record"]["id"], {})
    return info


