"""Looking names up in the store, once per name per article."""
from __future__ import annotations

from typing import Callable

Resolver = Callable[[str], "str | None"]


def cached_resolver(resolve: Resolver | None) -> Resolver:
    """`resolve` with each name asked once; a blank name, or a lookup that fails, resolves to None."""
    cache: dict[str, str | None] = {}

    def lookup(name: str) -> str | None:
        if resolve is None or not name.strip():
            return None
        if name not in cache:
            try:
                cache[name] = resolve(name)
            except (LookupError, ValueError):
                cache[name] = None
        return cache[name]
    return lookup
