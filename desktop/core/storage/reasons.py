"""The queries behind `extraction_reasons` (schema 8): why extraction proposed a record, beside its words."""
from __future__ import annotations

from typing import Iterable

from desktop.core.storage.tables import marks

_CHUNK = 500    # keys a query names at once, well under SQLite's limit on parameters


def keep(conn, rows: Iterable[tuple[str, str, str, str]]) -> None:
    """Store (key, field, reason as JSON, the words stored in the field) rows; a row for the same
    record and field replaces the one before (an article imported again after its records went)."""
    conn.executemany("INSERT OR REPLACE INTO extraction_reasons (key, field, reason, worded) VALUES (?, ?, ?, ?)",
                     rows)


def of(conn, keys: Iterable[str]) -> dict[str, dict[str, tuple[str, str]]]:
    """{key: {field: (reason as JSON, the words stored)}} of the records given that have any."""
    wanted = list(dict.fromkeys(keys))
    out: dict[str, dict[str, tuple[str, str]]] = {}
    for at in range(0, len(wanted), _CHUNK):
        chunk = wanted[at:at + _CHUNK]
        for key, field, reason, worded in conn.execute(
                f"SELECT key, field, reason, worded FROM extraction_reasons WHERE key IN ({marks(len(chunk))})",
                chunk):
            out.setdefault(key, {})[field] = (reason, worded)
    return out
