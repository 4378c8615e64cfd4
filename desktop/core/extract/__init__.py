"""Assisted extraction: proposals of actors, places, events and quotes from one article.

`extract_article(source)` (article.py) reads a `source` record's body and
returns proposed interchange records, all `review: unreviewed`, each pointing
at its evidence (`source` and `source_span` into the body) and saying in
`notes` which rule proposed it. Names the store already knows resolve to their
ids through the `resolve_actor` / `resolve_place` callables; the shipped
gazetteer supplies the rest.

The names below load on first use: a UI that only words a stored reason
(reasons.py, reason_json.py) does not pay for importing the rules, a third
of a second.
"""
from __future__ import annotations

import importlib

__all__ = ["extract_article", "ExtractError", "Gazetteer", "GazetteerError", "default_gazetteer"]

_HOME = {"extract_article": "article", "ExtractError": "article",
         "Gazetteer": "gazetteer", "GazetteerError": "gazetteer", "default_gazetteer": "gazetteer"}


def __getattr__(name: str):
    if name in _HOME:
        return getattr(importlib.import_module(f"{__name__}.{_HOME[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
