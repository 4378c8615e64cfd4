"""Reviewing what extraction proposed from an article: which sources wait, their proposals, merging.

An article import stores the source and proposes actors, places, events and
quotes as `review: unreviewed`, each pointing at its evidence with `source`
and `source_span`. These helpers serve the review dialog: they find the
sources with proposals still waiting, list a source's proposals in a
reading order, cut the body into pieces by the spans (for highlighting),
and merge a proposed actor into one the store already has.
"""
from __future__ import annotations

from typing import Sequence

from desktop.core import kinds
from desktop.core.errors import ReviewError
from desktop.core.extract import reason_json
from desktop.core.extract.reasons import Reason
from desktop.core.kinds import fields as f
from desktop.core.records import name_norm

# Who a record is about comes before what happened: actors first, quotes last (the registry's order).
KIND_ORDER = tuple(k.name for k in kinds.stored() if k.evidence)


def unreviewed_sources(store) -> list[str]:
    """Ids of the sources that unreviewed records point at, the newest source first."""
    return store.unreviewed_sources()


def proposals_for(store, source_id: str) -> list[dict]:
    """The unreviewed records from one source, kind by kind, each kind in body order.

    Records keep their `source_span` (when they have one); the dialog highlights it.
    """
    out: list[dict] = []
    for records in store.proposals_for(source_id):
        out += sorted(records, key=lambda r: tuple(r.get("source_span") or (1 << 62, 0)))
    return out


def reasons_for(store, records: Sequence[dict]) -> dict[str, dict[str, Reason]]:
    """{id: {field: Reason}}: why extraction proposed each record, for the fields that still hold the
    words the import stored (the notes, an event's category), so a UI words the reason in its own
    language. A field the analyst has changed since, or a reason this version cannot read, is left
    out: its text is shown as it stands."""
    kept = store.reasons_of(r["id"] for r in records if r.get("id"))
    out: dict[str, dict[str, Reason]] = {}
    for rec in records:
        for field_name, (form, words) in kept.get(rec.get("id"), {}).items():
            found = reason_json.loads(form) if rec.get(field_name) == words else None
            if found is not None:
                out.setdefault(rec["id"], {})[field_name] = found
    return out


def quotes_of(store, actor_id: str) -> list[str]:
    """Ids of the records that cannot be left without this one (an actor's quotes): rejecting it needs a decision."""
    out: list[str] = []
    for kind, name, records in store.referring(actor_id):
        if kinds.get(kind).field(name).required:
            out += [r["id"] for r in records]
    return out


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


def can_merge(kind: str) -> bool:
    """Records found by name (actors, places) merge into another of their kind; the name becomes an alias."""
    return kind in kinds.KINDS and kinds.get(kind).aliases is not None


def merge(store, proposal_id: str, into_id: str, *, add_alias: bool = True) -> list[dict]:
    """Merge a proposed record into an existing one of its kind, in one transaction; returns the before-state.

    Everything that refers to the proposal (quotes it speaks, events it
    takes part in, actors affiliated to it) is re-pointed to `into_id`, then
    the proposal is deleted. With `add_alias`, the proposal's name becomes an
    alias of the target (when it is not one already), so the next article
    naming it the same way resolves by itself. Undo is `store.put_many(before)`:
    the before-state of every record this changed or removed.
    """
    kind = kinds.kind_of(proposal_id)
    if kind is None or kind != kinds.kind_of(into_id) or not can_merge(kind):
        raise ReviewError("review.merge_kinds", proposal=proposal_id, target=into_id)
    if proposal_id == into_id:
        raise ReviewError("review.merge_self", key=proposal_id)
    with store.transaction():
        proposal = store.get(proposal_id)
        target = store.get(into_id)
        if proposal is None:
            raise ReviewError("review.merge_gone", key=proposal_id)
        if target is None:
            raise ReviewError("review.merge_no_target", key=into_id)
        before: list[dict] = []
        changed: dict[str, dict] = {}
        for other, name, records in store.referring(proposal_id):
            fld = kinds.get(other).field(name)
            for rec in records:
                if rec["id"] == into_id:
                    continue    # refers to the proposal itself: deleting it clears the link (ON DELETE SET NULL)
                current = changed.get(rec["id"], rec)
                before.append(_deep_copy(rec))
                changed[rec["id"]] = {**current, name: _repointed(fld, current[name], proposal_id, into_id)}
        alias_field = kinds.get(kind).aliases.name
        main = kinds.get(kind).main
        if add_alias and _new_name(target, proposal[main]):
            current = changed.get(into_id, target)
            before.append(_deep_copy(target))
            changed[into_id] = {**current, alias_field: [*current.get(alias_field, []), proposal[main]]}
        if changed:
            store.put_many(list(changed.values()))
        before += store.delete(proposal_id)
    return _first_states(before)


merge_actor = merge    # the name the review dialog first knew it by


def _repointed(fld, value, old: str, new: str):
    """A reference (single, a list of ids, or an event's actor links) with `old` replaced by `new`, once."""
    if fld.type == f.REF:
        return new
    if fld.type == f.REFS:
        return list(dict.fromkeys(new if v == old else v for v in value))
    out: list[dict] = []
    for link in value:
        link = {**link, fld.ref: new} if link[fld.ref] == old else dict(link)
        if all(o[fld.ref] != link[fld.ref] for o in out):
            out.append(link)
    return out


def _new_name(target: dict, name: str) -> bool:
    norm = name_norm(name)
    known = []
    for fld in kinds.get(target["kind"]).names:
        value = target.get(fld.name)
        known += value if isinstance(value, list) else [value]
    return bool(norm) and all(name_norm(n) != norm for n in known if n)


def _deep_copy(rec: dict) -> dict:
    return {k: ([dict(v) if isinstance(v, dict) else v for v in val] if isinstance(val, list) else val)
            for k, val in rec.items()}


def _first_states(records: list[dict]) -> list[dict]:
    """One before-state per id, the earliest: later entries saw records this merge had changed."""
    seen: dict[str, dict] = {}
    for rec in records:
        seen.setdefault(rec["id"], rec)
    return list(seen.values())
