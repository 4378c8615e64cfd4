"""Review and briefings as the store offers them (a mixin of Store; the SQL is in review.py, removal.py,
reasons.py and briefings.py): accepting records, what awaits review, why extraction proposed a record,
and saved briefings."""
from __future__ import annotations

from typing import Iterable

from desktop.core import kinds
from desktop.core.storage import briefings, reading, reasons, removal, review
from desktop.core.storage.connection import guarded


class ReviewMixin:
    # --- review --------------------------------------------------------------------------------

    def set_review(self, keys: Iterable[str], state: str) -> int:
        """Accept (confirmed) or return records to unreviewed; returns how many changed."""
        with guarded(self.path), self.transaction():
            return removal.set_review(self._conn, list(keys), state)

    def unreviewed_counts(self) -> dict[str, int]:
        with guarded(self.path):
            rows = dict(self._conn.execute("SELECT kind, unreviewed FROM doc_counts").fetchall())
        return {kind: rows.get(kind, 0) for kind in kinds.KINDS}

    def unreviewed_sources(self) -> list[str]:
        with guarded(self.path):
            return review.unreviewed_sources(self._conn, self.unreviewed_counts())

    def proposals_for(self, source_key: str) -> list[dict]:
        """The unreviewed records found in one source, kind by kind, each kind in the order made."""
        out = []
        with guarded(self.path):
            for kind in review.proposing_kinds():
                keys = review.proposal_keys(self._conn, kind, source_key)
                found = reading.get_many(self._conn, kind, keys)
                out.append([found[k] for k in keys if k in found])
        return out

    def keep_reasons(self, rows: Iterable[tuple[str, str, str, str]]) -> None:
        """Keep why extraction proposed records: (key, field, reason as JSON, the words stored in the
        field) rows, in the transaction of the import that wrote the records (or one of its own)."""
        with guarded(self.path), self.transaction():
            reasons.keep(self._conn, rows)

    def reasons_of(self, keys: Iterable[str]) -> dict[str, dict[str, tuple[str, str]]]:
        """{key: {field: (reason as JSON, the words the import stored)}} of the records given."""
        with guarded(self.path):
            return reasons.of(self._conn, keys)

    # --- briefings -----------------------------------------------------------------------------

    def save_briefing(self, key: str, spec: dict) -> None:
        with guarded(self.path), self.transaction():
            briefings.save(self._conn, key, spec)

    def load_briefing(self, key: str) -> dict | None:
        with guarded(self.path):
            return briefings.load(self._conn, key)

    def list_briefings(self) -> list[dict]:
        with guarded(self.path):
            return briefings.listing(self._conn)
