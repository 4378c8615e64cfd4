"""Search: a query parsed once, run by the store's index, each hit marked where it matched.

The store ranks (desktop/core/storage/fts.py explains the tiers); this
module turns its rows into hits with highlight spans in the original text
(highlight.py), so the UI and the CLI mark exactly the matched words.
"""
from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field

from desktop.core import highlight
from desktop.core.query import Query, parse


@dataclass
class Hit:
    id: str
    kind: str
    title: str
    snippet: str
    date: str | None
    score: float
    highlights: list[tuple[int, int]] = field(default_factory=list)
    in_snippet: bool = False   # the highlights index into the snippet, not the title

    def to_json(self) -> dict:
        out = asdict(self)
        out.pop("in_snippet")
        out["highlights"] = [list(s) for s in self.highlights]
        return out


@dataclass
class SearchResult:
    query: str
    total: int
    elapsed_ms: float
    hits: list[Hit]
    warnings: list = field(default_factory=list)

    def to_json(self) -> dict:
        return {"query": self.query, "total": self.total, "elapsed_ms": round(self.elapsed_ms, 2),
                "hits": [h.to_json() for h in self.hits]}


def search(store, text: str | Query, *, kind: str | None = None, limit: int = 50, offset: int = 0) -> SearchResult:
    """Ranked hits for a query (text, or a query parsed already); an empty query lists everything, newest first."""
    started = time.perf_counter()
    q = text if isinstance(text, Query) else parse(text or "")
    page = store.search_page(q, kind, max(0, limit), max(0, offset))
    hits = _hits(store, q, page.rows)
    elapsed = (time.perf_counter() - started) * 1000
    return SearchResult(q.text, page.total, elapsed, hits, page.warnings)


def _hits(store, q: Query, rows: list) -> list[Hit]:
    by_kind: dict[str, list[int]] = {}
    for kind, rid, _, _ in rows:
        by_kind.setdefault(kind, []).append(rid)
    texts = {(kind, rid): found for kind, ids in by_kind.items()
             for rid, found in store.hit_texts(kind, ids).items()}
    terms = q.positive_terms()
    hits = []
    for kind, rid, date, score in rows:
        key, main, extra = texts[(kind, rid)]
        spans = highlight.spans(main, terms)
        if spans or not extra.strip():
            snip, _ = highlight.snippet(main, spans)
            snip_spans = []
        else:
            snip, snip_spans = highlight.snippet(extra.strip(), highlight.spans(extra.strip(), terms))
        hits.append(Hit(key, kind, main, snip, date, round(float(score), 4),
                        spans if spans else snip_spans, in_snippet=not spans and bool(snip_spans)))
    return hits
