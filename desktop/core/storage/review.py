"""The queries behind reviewing proposals: which sources have some waiting, and what they are."""
from __future__ import annotations

from desktop.core import kinds


def proposing_kinds() -> tuple:
    """Kinds whose records extraction proposes, in the registry's order: who before what happened."""
    return tuple(k for k in kinds.stored() if k.evidence)


def unreviewed_sources(conn, waiting: dict[str, int]) -> list[str]:
    """Ids of the sources that unreviewed records point at, the newest source first.

    `waiting` holds the unreviewed count per kind (kept by triggers): no table is
    read when nothing waits, and partial indexes hold only the waiting rows.
    """
    selects: dict = {}      # target kind -> the evidence columns of the waiting records
    for kind in proposing_kinds():
        if waiting.get(kind.name):
            fld = kind.field(kind.evidence)
            selects.setdefault(kinds.get(fld.ref), []).append(
                f"SELECT {fld.column} FROM {kind.table} WHERE review = 'unreviewed' AND {fld.column} IS NOT NULL")
    out: list[str] = []
    for target, parts in selects.items():
        out += [key for (key,) in conn.execute(
            f"SELECT s.key FROM {target.table} s WHERE s.id IN ({' UNION '.join(parts)}) ORDER BY s.id DESC")]
    return out


def proposal_keys(conn, kind, source_key: str) -> list[str]:
    """Ids of the unreviewed records of `kind` found in one source, in the order they were made."""
    fld = kind.field(kind.evidence)
    target = kinds.get(fld.ref)
    return [k for (k,) in conn.execute(
        f"SELECT r.key FROM {kind.table} r JOIN {target.table} s ON s.id = r.{fld.column} "
        f"WHERE s.key = ? AND r.review = 'unreviewed' ORDER BY r.id", (source_key,))]
