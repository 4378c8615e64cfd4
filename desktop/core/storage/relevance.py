"""A tab's search hits in relevance order, as `marsad search` ranks them, a page at a time.

The ranking is fts.py's tiers: every word in its exact form in the name or
title, then every word in the name or title through its stem, then the
rest; newest first within a tier. The two name tiers are read as `search`
reads them (each tier's RANK_ALL most recently added matches, ordered by
date), with the tab's own filters (dates, type, review...) applied; they are
the head of the list. The rest is every other hit in the tab's date order
(the kind's default order when it has no date), handed out by an ordinary
Pager, so the list still reaches every hit however many there are.
"""
from __future__ import annotations

from array import array

from desktop.core.kinds import Kind
from desktop.core.query import Query
from desktop.core.storage import fts, paging
from desktop.core.storage.tables import kind_range


def ranked_head(conn, kind: Kind, q: Query, filters) -> array:
    """Row ids of `kind` that match in a name or title, strongest tier first, newest first in each."""
    p = fts.plan(conn, q, kind.name)
    out = array("q")
    if not p.match:
        return out
    base, last = kind_range(kind)
    clauses, params = paging.where(kind, filters, None)
    tab_where = (" AND " + " AND ".join(clauses)) if clauses else ""
    seen: set[int] = set()
    # The last tier (a word anywhere) is the rest, below.
    for expr in p.tiers[:-1]:
        frm = "search_fts f JOIN search_docs d ON d.id = f.rowid" if p.where else "search_fts f"
        conds = " AND ".join(["search_fts MATCH ?", f"f.rowid BETWEEN {base} AND {last}"] + p.where)
        newest = f"SELECT f.rowid AS rowid FROM {frm} WHERE {conds} ORDER BY f.rowid DESC LIMIT {fts.RANK_ALL}"
        rows = conn.execute(f"SELECT t.id FROM ({newest}) c JOIN search_docs d ON d.id = c.rowid "
                            f"JOIN {kind.table} t ON t.id = c.rowid - {base} WHERE 1{tab_where} "
                            f"ORDER BY d.date IS NULL, d.date DESC, d.id DESC",
                            [expr] + p.params + params)
        for (row_id,) in rows:
            if row_id not in seen:
                seen.add(row_id)
                out.append(row_id)
    return out


class RelevancePager:
    """The ranked head, then the rest of the hits from `rest` (a Pager over every hit) without repeats."""

    def __init__(self, head: array, rest):
        self._head = head
        self._seen = frozenset(head)
        self._rest = rest
        self._pos = 0
        self.done = False

    def next(self, n: int) -> list[int]:
        if self.done:
            return []
        out = self._head[self._pos:self._pos + n].tolist()
        self._pos += len(out)
        while len(out) < n and not self._rest.done:
            page = self._rest.next(n - len(out))
            out += [i for i in page if i not in self._seen]
        if not out:
            self.done = True
        return out
