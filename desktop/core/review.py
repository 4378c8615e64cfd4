"""Reviewing what extraction proposed from an article: which sources wait, their proposals, merging.

An article import stores the source and proposes actors, places, events and
quotes as `review: unreviewed`, each pointing at its evidence with `source`
and `source_span`. These helpers serve the review dialog: they find the
sources with proposals still waiting, list a source's proposals in a
reading order, cut the body into pieces by the spans (for highlighting),
and merge a proposed actor into one the store already has.
"""
from __future__ import annotations

from types import MappingProxyType
from typing import Iterable, Sequence

from desktop.core import reader
from desktop.core.store import StoreError

# Who a record is about comes before what happened: actors first, quotes last.
KIND_ORDER = ("actor", "place", "event", "quote")
_TABLES = MappingProxyType({"actor": "actors", "place": "places", "event": "events", "quote": "quotes"})


class ReviewError(StoreError):
    """A review decision cannot be carried out; the message says why."""


def unreviewed_sources(store) -> list[str]:
    """Ids of the sources that unreviewed records point at, the newest source first."""
    waiting = store.unreviewed_counts()
    kinds = [k for k in KIND_ORDER if waiting.get(k)]
    if not kinds:
        # The counters are kept by triggers: no table scan when nothing waits.
        return []
    union = " UNION ".join(
        f"SELECT source_id FROM {_TABLES[k]} WHERE review = 'unreviewed' AND source_id IS NOT NULL"
        for k in kinds)
    rows = store.conn.execute(
        f"SELECT s.key FROM sources s WHERE s.id IN ({union}) ORDER BY s.id DESC").fetchall()
    return [key for (key,) in rows]


def proposals_for(store, source_id: str) -> list[dict]:
    """The unreviewed records from one source, kind by kind (KIND_ORDER), each in body order.

    Records keep their `source_span` (when they have one); the dialog highlights it.
    """
    out: list[dict] = []
    for kind in KIND_ORDER:
        table = _TABLES[kind]
        keys = [k for (k,) in store.conn.execute(
            f"SELECT r.key FROM {table} r JOIN sources s ON s.id = r.source_id "
            f"WHERE s.key = ? AND r.review = 'unreviewed' ORDER BY r.id", (source_id,))]
        found = reader.get_many(store, kind, keys)
        records = [found[k] for k in keys if k in found]
        records.sort(key=lambda r: tuple(r.get("source_span") or (1 << 62, 0)))
        out += records
    return out


def quotes_of(store, actor_id: str) -> list[str]:
    """Ids of the quotes an actor speaks (rejecting the actor needs a decision about them)."""
    return [k for (k,) in store.conn.execute(
        "SELECT q.key FROM quotes q JOIN actors a ON a.id = q.speaker_id WHERE a.key = ? ORDER BY q.id",
        (actor_id,))]


def segments(length: int, spans: Sequence[Sequence[int] | None]) -> list[tuple[int, int, tuple[int, ...]]]:
    """Cut [0, length) at every span boundary: (start, end, indexes of the spans covering it).

    Spans may overlap or nest (a name inside a quoted sentence), so the text is
    cut into pieces each covered by a fixed set of spans; a span outside the
    text is clipped, an empty or missing one ignored.
    """
    clean: list[tuple[int, int, int]] = []
    for i, span in enumerate(spans):
        if not span or len(span) != 2:
            continue
        a, b = max(0, int(span[0])), min(length, int(span[1]))
        if a < b:
            clean.append((a, b, i))
    cuts = sorted({0, length, *(a for a, _, _ in clean), *(b for _, b, _ in clean)})
    out = []
    for start, end in zip(cuts, cuts[1:]):
        covering = tuple(i for a, b, i in clean if a <= start and end <= b)
        out.append((start, end, covering))
    return out


def merge_actor(store, proposal_id: str, into_id: str, *, add_alias: bool = True) -> list[dict]:
    """Merge a proposed actor into an existing one, in one transaction; returns the before-state.

    Quotes it speaks, events it takes part in and actors affiliated to it are
    re-pointed to `into_id`, then the proposal is deleted. With `add_alias`,
    the proposal's name becomes an alias of the target (when it is not one
    already), so the next article naming it the same way resolves by itself.
    Undo is `store.put_many(before)`: the before-state of every record this
    changed or removed.
    """
    if reader.kind_of(proposal_id) != "actor" or reader.kind_of(into_id) != "actor":
        raise ReviewError(f"{proposal_id} -> {into_id}: only an actor merges into an actor")
    if proposal_id == into_id:
        raise ReviewError(f"{proposal_id}: an actor cannot be merged into itself")
    with store.transaction() as conn:
        proposal = store.get(proposal_id)
        target = store.get(into_id)
        if proposal is None:
            raise ReviewError(f"{proposal_id}: no such actor (was it already merged or rejected?)")
        if target is None:
            raise ReviewError(f"{into_id}: no such actor to merge into")
        before: list[dict] = []
        changed: list[dict] = []
        quote_keys = quotes_of(store, proposal_id)
        event_keys = [k for (k,) in conn.execute(
            "SELECT DISTINCT e.key FROM events e JOIN event_actors ea ON ea.event_id = e.id "
            "JOIN actors a ON a.id = ea.actor_id WHERE a.key = ? ORDER BY e.id", (proposal_id,))]
        member_keys = [k for (k,) in conn.execute(
            "SELECT m.key FROM actors m JOIN actors a ON a.id = m.affiliation_id WHERE a.key = ? "
            "ORDER BY m.id", (proposal_id,))]
        for quote in reader.get_many(store, "quote", quote_keys).values():
            before.append(dict(quote))
            changed.append({**quote, "speaker": into_id})
        for event in reader.get_many(store, "event", event_keys).values():
            before.append(_deep_copy(event))
            changed.append({**event, "actors": _repointed(event.get("actors", []), proposal_id, into_id)})
        for member in reader.get_many(store, "actor", member_keys).values():
            if member["id"] == into_id:
                continue    # affiliated to the proposal: deleting it clears the link (ON DELETE SET NULL)
            before.append(dict(member))
            changed.append({**member, "affiliation": into_id})
        if add_alias and _new_name(target, proposal["name"]):
            before.append(_deep_copy(target))
            changed.append({**target, "aliases": [*target.get("aliases", []), proposal["name"]]})
        if changed:
            store.put_many(changed)
        before += store.delete(proposal_id)
    return _first_states(before)


def _repointed(links: Iterable[dict], old: str, new: str) -> list[dict]:
    """An event's actor links with `old` replaced by `new`, once (the target may be there already)."""
    out: list[dict] = []
    for link in links:
        link = {**link, "actor": new} if link["actor"] == old else dict(link)
        if all(o["actor"] != link["actor"] for o in out):
            out.append(link)
    return out


def _new_name(target: dict, name: str) -> bool:
    norm = reader.name_norm(name)
    known = [target.get("name"), target.get("name_en"), *target.get("aliases", [])]
    return bool(norm) and all(reader.name_norm(n) != norm for n in known if n)


def _deep_copy(rec: dict) -> dict:
    return {k: ([dict(v) if isinstance(v, dict) else v for v in val] if isinstance(val, list) else val)
            for k, val in rec.items()}


def _first_states(records: list[dict]) -> list[dict]:
    """One before-state per id, the earliest: later entries saw records this merge had changed."""
    seen: dict[str, dict] = {}
    for rec in records:
        seen.setdefault(rec["id"], rec)
    return list(seen.values())
