"""Which records a briefing of a search takes when the search finds more than the cap.

Search ranks all kinds together, newest first within a tier, so a cap of
200 on a busy query used to fill with quotes and leave no timeline. A
briefing covers the kinds its query hits instead, by one rule (RULE, which
the CLI's help and the composer repeat): the timeline's events first, then
the quotes, then the actors and sources nothing chosen brings in already.
Places and articles have no section of their own, so they take no room.
"""
from __future__ import annotations

RULE = ("up to half the limit (rounded up) goes to the best-matching events and the rest to the "
        "best-matching quotes, either kind's unused room going to the other; room still left goes to "
        "matching actors, then matching sources, that the chosen events and quotes do not already show")


def select(store, query: str, limit: int) -> list[str]:
    """Ids for a briefing of `query`, at most `limit` of them, by RULE: events, quotes, actors, sources."""
    events = _ids(store, query, "event", limit)
    quotes = _ids(store, query, "quote", limit)
    event_room = max((limit + 1) // 2, limit - len(quotes))
    chosen = events[:event_room]
    chosen += quotes[:limit - len(chosen)]
    shown = _linked(store, chosen)
    for kind in ("actor", "source"):
        room = limit - len(chosen)
        if room <= 0:
            break
        # Asking for what is shown already too keeps the room filled after skipping those.
        fresh = [rid for rid in _ids(store, query, kind, room + len(shown)) if rid not in shown]
        chosen += fresh[:room]
    return chosen


def _ids(store, query: str, kind: str, limit: int) -> list[str]:
    # Imported here: the CLI reads RULE for its help at every start, and the search is slow to load.
    from desktop.core.search import search
    return [hit.id for hit in search(store, query, kind=kind, limit=limit).hits] if limit > 0 else []


def _linked(store, ids: list[str]) -> set[str]:
    """The actors and sources the chosen events and quotes bring into the briefing by themselves."""
    from desktop.core.briefing import linked_ids
    shown: set[str] = set()
    for rid in ids:
        rec = store.get(rid)
        if rec is not None:
            shown.update(linked_ids(rec))
    return shown
