"""The kind registry: each record kind described once (see registry.py), and lookups over it."""
from __future__ import annotations

from desktop.core.errors import ViewError
from desktop.core.kinds.fields import Choice, Field
from desktop.core.kinds.kind import Column, Kind
from desktop.core.kinds.registry import ALL, TAB_ORDER

__all__ = ["ALL", "TAB_ORDER", "Choice", "Column", "Field", "Kind", "KINDS", "IMPORT_KINDS", "get",
           "kind_of", "stored", "reverse_references", "filter_fields"]

_BY_NAME = {k.name: k for k in ALL}

# The stored kinds, in the order records are exported (what others refer to first).
KINDS: tuple[str, ...] = tuple(k.name for k in ALL if k.stored)
IMPORT_KINDS: tuple[str, ...] = tuple(k.name for k in ALL)


def get(name: str) -> Kind:
    """The kind called `name` (ViewError for an unknown one)."""
    try:
        return _BY_NAME[name]
    except (KeyError, TypeError):
        raise ViewError("view.bad_kind", kind=name, choices=", ".join(KINDS)) from None


def stored() -> tuple[Kind, ...]:
    return tuple(k for k in ALL if k.stored)


def kind_of(record_id: str) -> str | None:
    """The kind an id names, or None when it is no record id."""
    from desktop.core.kinds.fields import is_text
    if not isinstance(record_id, str):
        return None
    name, colon, _ = record_id.partition(":")
    if not colon or name not in KINDS or not is_text(record_id):
        return None
    return name


def reverse_references(kind: str) -> tuple[tuple[Kind, Field], ...]:
    """(kind, field) of every stored field that points at records of `kind`."""
    return tuple((k, f) for k in stored() for f in k.references if f.ref == kind)


def filter_fields() -> dict[str, tuple[tuple[Kind, Field], ...]]:
    """Query filter name -> the (kind, field) pairs it filters on (review: every kind; status: events).

    Closed lists (the tabs' drop-downs, Kind.filters), numbers (fatalities:>=10) and yes-or-no
    fields (civilian_targeting:yes) alike.
    """
    out: dict[str, list[tuple[Kind, Field]]] = {}
    for k in stored():
        for fld in k.fields:
            if fld.filter:
                out.setdefault(fld.filter, []).append((k, fld))
    return {name: tuple(pairs) for name, pairs in out.items()}
