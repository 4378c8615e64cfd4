"""A new record's links to the record the analyst had selected when making it.

Making a quote while an actor is selected means a quote of that actor; while
a source is selected, a quote from that source. The first field of the new
kind edited in forms that refers to the selected record's kind takes it, so
every kind follows from the registry (an event made with a place selected
happens there; with an actor selected, has that actor). A record of the
same kind is no link (a new actor is not affiliated with the selected one).
"""
from __future__ import annotations

from desktop.core import kinds
from desktop.core.kinds import fields as f


def from_selection(kind: str, selected: str | None) -> dict:
    """Fields of a new `kind` record filled from the selected record's id (none when nothing fits)."""
    target = kinds.kind_of(selected) if selected else None
    if target is None or target == kind:
        return {}
    for fld in kinds.get(kind).fields:
        if not fld.form or fld.ref != target:
            continue
        if fld.type == f.REF:
            return {fld.name: selected}
        if fld.type == f.LINKS:
            return {fld.name: [{fld.ref: selected}]}
        if fld.type == f.REFS:
            return {fld.name: [selected]}
    return {}


def for_linked(kind: str, record: dict, new_kind: str, speaker_role: str = "") -> dict:
    """Fields of a new `new_kind` record made with «Create new…» from a form of `kind` holding `record`:
    the record's date, and what it links that the new kind links too (a quote's source is the new event's
    source; its speaker, with `speaker_role`, one of the event's actors). A link to a record of the new
    kind itself is the one being made, not carried."""
    spec, new = kinds.get(kind), kinds.get(new_kind)
    out: dict = {}
    if spec.date and new.date and record.get(spec.date):
        out[new.date] = record[spec.date]
    for fld in spec.fields:
        key = record.get(fld.name)
        if fld.type != f.REF or not key or fld.ref == new_kind:
            continue
        role = speaker_role if fld.name == spec.byline else ""
        for target in new.fields:
            if not target.form or target.ref != fld.ref or target.name in out:
                continue
            if target.type == f.REF:
                out[target.name] = key
            elif target.type == f.LINKS:
                carries = target.links.role if target.links else None
                out[target.name] = [{target.ref: key, carries: role} if carries and role else {target.ref: key}]
            elif target.type == f.REFS:
                out[target.name] = [key]
            break
    return out


def date_from_evidence(kind: str, record: dict, evidence: dict | None) -> str:
    """The date a record with no date of its own takes from the source it was picked from (a quote from
    an article published 2025-11-14), at the precision the source gives; "" when it has one or none is given."""
    spec = kinds.get(kind)
    if not spec.date or record.get(spec.date) or not evidence:
        return ""
    of = kinds.kind_of(evidence.get("id") or "")
    dated_by = kinds.get(of).date if of else None
    return (evidence.get(dated_by) or "") if dated_by else ""
