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
