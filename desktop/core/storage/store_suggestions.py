"""What a picker asks of the store while the analyst types (a mixin of Store; the SQL is in suggestions.py)."""
from __future__ import annotations

from desktop.core import kinds
from desktop.core.storage import suggestions
from desktop.core.storage.connection import guarded


class SuggestionsMixin:
    def suggestion_candidates(self, kind: str, text_norm: str, words: list[str], stems: list[str],
                              cap: int) -> list[tuple[int, int]]:
        with guarded(self.path):
            return suggestions.candidates(self._conn, kinds.get(kind), text_norm, words, stems, cap)

    def suggestion_cards(self, kind: str, row_ids: list[int]) -> dict[int, dict]:
        with guarded(self.path):
            return suggestions.cards(self._conn, kinds.get(kind), row_ids)

    def suggestion_cards_by_key(self, kind: str, keys: list[str]) -> dict[str, dict]:
        with guarded(self.path):
            return suggestions.cards_by_key(self._conn, kinds.get(kind), keys)

    def link_roles(self, kind: str, field: str, limit: int) -> list[str]:
        with guarded(self.path):
            return suggestions.link_roles(self._conn, kinds.get(kind), field, limit)
