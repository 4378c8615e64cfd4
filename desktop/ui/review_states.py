"""The review workflow's field and states, as the store takes them.

Review is not one kind's field: every stored kind has it (the registry's
common fields), the store's display rows always carry it, and
`Store.set_review(keys, state)` takes these codes. Records proposed by
article import are unreviewed until an analyst accepts them.
"""
from __future__ import annotations

from desktop.core import kinds

FIELD = "review"
CONFIRMED = "confirmed"
UNREVIEWED = "unreviewed"


def field(kind: str):
    """The review field of a kind (its label and choice labels come from the registry)."""
    return kinds.get(kind).field(FIELD)
