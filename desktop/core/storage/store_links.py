"""What the links view asks of the store (a mixin of Store; the SQL is in storage/links.py)."""
from __future__ import annotations

from collections.abc import Iterable

from desktop.core.storage import links
from desktop.core.storage.connection import guarded


class LinksMixin:
    def link_counts(self, keys: Iterable[str]) -> dict[str, dict[str, int]]:
        """{key: {relation: number of links}} of each actor, event, place or source given that exists."""
        with guarded(self.path):
            return links.counts(self._conn, links.row_ids(self._conn, keys))

    def link_weights(self, keys: Iterable[str]) -> dict[str, int]:
        """The quotes and events attached to each record given (how big the chart draws it)."""
        with guarded(self.path):
            return links.weights(links.counts(self._conn, links.row_ids(self._conn, keys)))

    def links_of(self, keys: Iterable[str], limit: int, offset: int = 0
                 ) -> tuple[list[links.Link], dict[str, dict[str, int]]]:
        """The links of the records given, at most `limit` per relation and record from `offset`, and
        every record's link counts per relation (so the caller knows what is left)."""
        with guarded(self.path):
            return links.links(self._conn, links.row_ids(self._conn, keys), limit, offset)

    def link_cards(self, keys: Iterable[str]) -> dict[str, tuple[str, str | None, str | None]]:
        """(name or title, English name, date) of each charted record given."""
        with guarded(self.path):
            return links.cards(self._conn, keys)

    def quote_ends(self, keys: Iterable[str]) -> dict[str, tuple[str, str | None, str | None]]:
        """(speaker, event, source) of each quote given: the records a quote links."""
        with guarded(self.path):
            return links.quote_ends(self._conn, keys)
