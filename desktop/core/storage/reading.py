"""Records out of the store in interchange form, and the lookups that resolve references."""
from __future__ import annotations

import sqlite3
from typing import Iterable, Iterator

from desktop.core import kinds
from desktop.core.kinds import Kind
from desktop.core.kinds import fields as f
from desktop.core.records import canonical, name_norm
from desktop.core.storage.tables import CHUNK, chunked, many_fields, many_sql, marks, name_columns, read_sql


def records(conn: sqlite3.Connection, kind: Kind, where: str, params: list) -> Iterator[tuple[int, dict]]:
    """(row id, record) for the rows `where` selects (a clause over alias t)."""
    sql = read_sql(kind)
    rows = conn.execute(f"{sql.select} {where}", params).fetchall()
    if not rows:
        return
    row_ids = [r[0] for r in rows]
    many = {fld.name: _grouped(conn, many_sql(kind, fld), row_ids) for fld in many_fields(kind)}
    # What to do with each field, worked out once for all the rows: a column's position and decoder, or
    # how its linked values are shaped (a million records are read this way by a first sync).
    plan = []
    for fld in kind.fields:
        if fld.name in many:
            flat = bool(fld.aliases or fld.type == f.REFS)
            plan.append((fld.name, None, None, many[fld.name], flat, fld.ref, None if flat else fld.links.role))
        elif fld.column:
            at = sql.fields.index(fld)
            plan.append((fld.name, at + 2, sql.decoders[at], None, False, None, None))
    for row in rows:
        rec: dict = {"kind": kind.name, "id": row[1]}
        for name, at, decode, linked, flat, ref, role in plan:
            if linked is not None:
                found = linked.get(row[0], ())
                rec[name] = ([v[0] for v in found] if flat else
                             [{ref: v[0], role: v[1]} if v[1] else {ref: v[0]} for v in found])
            else:
                value = row[at]
                rec[name] = decode(value) if decode else value
        yield row[0], canonical(rec)


def _grouped(conn, sql: str, row_ids: list[int]) -> dict[int, list[tuple]]:
    out: dict[int, list[tuple]] = {}
    for chunk in chunked(row_ids):
        for row in conn.execute(sql.format(marks(len(chunk))), chunk):
            out.setdefault(row[0], []).append(tuple(row[1:]))
    return out


def get(conn, key: str) -> dict | None:
    name = kinds.kind_of(key)
    if name is None:
        return None
    found = [rec for _, rec in records(conn, kinds.get(name), "WHERE t.key = ?", [key])]
    return found[0] if found else None


def get_many(conn, kind: Kind, keys: Iterable[str]) -> dict[str, dict]:
    keys = list(keys)
    out = {}
    for chunk in chunked(keys):
        for _, rec in records(conn, kind, f"WHERE t.key IN ({marks(len(chunk))})", chunk):
            out[rec["id"]] = rec
    return out


def chunks(conn, kind: Kind, after: int = 0) -> Iterator[list[tuple[int, dict]]]:
    """Every record of a kind with its row id, in row order, a chunk at a time."""
    last = after
    while True:
        batch = list(records(conn, kind, f"WHERE t.id > ? ORDER BY t.id LIMIT {CHUNK}", [last]))
        if not batch:
            return
        yield batch
        last = batch[-1][0]


def by_row_ids(conn, kind: Kind, row_ids: Iterable[int]) -> Iterator[tuple[int, dict]]:
    """(row id, record) of the given rows, in row order."""
    for chunk in chunked(sorted(set(row_ids))):
        yield from records(conn, kind, f"WHERE t.id IN ({marks(len(chunk))}) ORDER BY t.id", chunk)


def row_ids(conn, kind: Kind, keys: list[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for chunk in chunked(keys):
        out.update(conn.execute(f"SELECT key, id FROM {kind.table} WHERE key IN ({marks(len(chunk))})", chunk))
    return out


def main_texts(conn, kind: Kind, keys: Iterable[str]) -> dict[str, str]:
    """The whole main text (name, title, quote) of each record id given that exists, a chunk of ids a query."""
    column = kind.field(kind.main).column
    out: dict[str, str] = {}
    for chunk in chunked(list(dict.fromkeys(keys))):
        out.update(conn.execute(f"SELECT key, {column} FROM {kind.table} WHERE key IN ({marks(len(chunk))})",
                                chunk))
    return out


def exists(conn, kind: Kind, key: str) -> bool:
    return conn.execute(f"SELECT 1 FROM {kind.table} WHERE key = ?", (key,)).fetchone() is not None


def text_length(conn, kind: Kind, key: str) -> int | None:
    """Characters in the record's long text (the field whose digest finds it again), None when there is
    no such record or field; a record without the text has 0."""
    if kind.long_text is None:
        return None
    fld = kind.field(kind.long_text)
    row = conn.execute(f"SELECT coalesce(length({fld.column}), 0) FROM {kind.table} WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def names_of(conn, kind: Kind, key: str) -> list[str]:
    """The names and aliases of a record others refer to by name (an actor, a place)."""
    names = [fl for fl in kind.names if fl.column]
    if not names:
        return []
    row = conn.execute(f"SELECT id, {', '.join(fl.column for fl in names)} FROM {kind.table} WHERE key = ?",
                       (key,)).fetchone()
    if not row:
        return []
    out = [n for n in row[1:] if n]
    aliases = kind.aliases
    if aliases:
        a = aliases.aliases
        out += [n for (n,) in conn.execute(f"SELECT alias FROM {a.table} WHERE {a.owner} = ? ORDER BY rowid",
                                            (row[0],))]
    return out


def keys_by_name(conn, kind: Kind, name: str) -> list[str]:
    """Ids of the records whose normalised name, English name or alias is `name`."""
    norm = name_norm(name)
    columns = name_columns(kind)
    if not norm or not columns:
        return []
    parts = [f"SELECT key FROM {kind.table} WHERE {' OR '.join(f'{c} = ?1' for c in columns)}"]
    if kind.aliases:
        a = kind.aliases.aliases
        parts.append(f"SELECT t.key FROM {a.table} x JOIN {kind.table} t ON t.id = x.{a.owner} "
                     f"WHERE x.alias_norm = ?1")
    return sorted(k for (k,) in conn.execute(" UNION ".join(parts), (norm,)))


def resolve(conn, kind: Kind, name_or_id: str) -> str | None:
    """An id by id, then by normalised name or alias; None if none or several match."""
    if kinds.kind_of(name_or_id) == kind.name:
        return name_or_id if exists(conn, kind, name_or_id) else None
    if not name_columns(kind):
        return None
    found = keys_by_name(conn, kind, name_or_id)
    return found[0] if len(found) == 1 else None


def referring(conn, kind: Kind, row_ids: Iterable[int], *, names_only: bool = False) -> dict[Kind, set[int]]:
    """Row ids, by kind, of the records that refer to the given records of `kind`.

    `names_only`: only through fields whose target's names join the referring
    record's search text (a quote's speaker, an event's place and actors).
    """
    ids = sorted(set(row_ids))
    out: dict[Kind, set[int]] = {}
    if not ids:
        return out
    for other, fld in kinds.reverse_references(kind.name):
        if names_only and fld.search != "names":
            continue
        out.setdefault(other, set()).update(referring_through(conn, other, fld, ids))
    return {k: v for k, v in out.items() if v}


def referring_through(conn, other: Kind, fld, row_ids: list[int]) -> set[int]:
    """Row ids of the records of `other` whose field `fld` points at one of `row_ids`."""
    if fld.links:
        sql = f"SELECT {fld.links.owner} FROM {fld.links.table} WHERE {fld.links.target} IN ({{}})"
    else:
        sql = f"SELECT id FROM {other.table} WHERE {fld.column} IN ({{}})"
    found: set[int] = set()
    for chunk in chunked(list(row_ids)):
        found.update(r for (r,) in conn.execute(sql.format(marks(len(chunk))), chunk))
    return found
