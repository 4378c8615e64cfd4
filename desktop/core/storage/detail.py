"""A record with what it links to (the detail pane), and completion of references by name."""
from __future__ import annotations

from desktop.core import kinds
from desktop.core.kinds import Kind
from desktop.core.kinds import fields as f
from desktop.core.storage import reading
from desktop.core.storage.paging import CELL_CHARS
from desktop.core.storage.tables import marks

RELATED_LIMIT = 200     # related records listed in a detail view


def _main(kind: Kind) -> str:
    return kind.field(kind.main).column


def _references(kind: Kind, rec: dict) -> list[str]:
    out: list[str] = []
    for fld in kind.references:
        value = rec.get(fld.name)
        if fld.type == f.LINKS:
            out += [link[fld.ref] for link in value or ()]
        elif fld.type == f.REFS:
            out += list(value or ())
        elif value:
            out.append(value)
    return out


def names(conn, keys) -> dict[str, str]:
    """The main text (name, title, quote), cut for display, of each record id given."""
    return {key: name for key, (name, _english) in _names(conn, keys).items()}


def _names(conn, keys) -> dict[str, tuple[str, str | None]]:
    """(main text, English name or None) of each record id given."""
    out: dict[str, tuple[str, str | None]] = {}
    for key in dict.fromkeys(keys):
        name = kinds.kind_of(key)
        if name is None:
            continue
        kind = kinds.get(name)
        english = f"substr({_english(kind)}, 1, {CELL_CHARS})" if kind.english else "NULL"
        row = conn.execute(f"SELECT substr({_main(kind)}, 1, {CELL_CHARS}), {english} FROM {kind.table} "
                           f"WHERE key = ?", (key,)).fetchone()
        if row:
            out[key] = (row[0], row[1])
    return out


def _english(kind: Kind) -> str:
    return kind.field(kind.english).column


def related(conn, key: str) -> dict | None:
    """A record in interchange form, the names of what it refers to, and the lists of what refers to it.

    `lists` holds, for every reference field of another kind that has a
    label for its reverse (a quote's speaker: "Quotes"), the records that
    point at this one: their id, main text, date, and the role or byline
    that goes with them (and `text_en`, `byline_en`: the English names of
    those that have one). `english` holds the English names of what the
    record refers to, where they have one. `source_body` is the text of the
    record's source when it has one, so a quote can be shown inside it.
    """
    rec = reading.get(conn, key)
    if rec is None:
        return None
    kind = kinds.get(rec["kind"])
    found = _names(conn, _references(kind, rec))
    out: dict = {"record": rec, "names": {key: name for key, (name, _en) in found.items()},
                 "english": {key: en for key, (_name, en) in found.items() if en}, "lists": []}
    for fld in kind.references:
        target = kinds.get(fld.ref)
        body = next((t for t in target.fields if t.digest), None)
        if fld.type == f.REF and body and rec.get(fld.name) and "source_body" not in out:
            row = conn.execute(f"SELECT {body.column} FROM {target.table} WHERE key = ?",
                               (rec[fld.name],)).fetchone()
            if row and row[0]:
                out["source_body"] = row[0]
    rid = reading.row_ids(conn, kind, [key]).get(key)
    for other, fld in kinds.reverse_references(kind.name):
        if not fld.reverse:
            continue
        items = _referring(conn, other, fld, rid)
        if items:
            out["lists"].append({"label": fld.reverse, "kind": other.name, "field": fld.name, "items": items})
    return out


def _referring(conn, other: Kind, fld, rid: int) -> list[dict]:
    cols = ["x.key", f"substr(x.{_main(other)}, 1, {CELL_CHARS})"]
    names = ["key", "text"]
    if other.english:
        cols.append(f"substr(x.{_english(other)}, 1, {CELL_CHARS})")
        names.append("text_en")
    joins = []
    if other.date:
        cols.append(f"x.{other.field(other.date).column}")
        names.append("date")
        for extra in (other.date_end, other.precision):
            if extra:
                cols.append(f"x.{other.field(extra).column}")
                names.append(extra)
    if other.byline and other.byline != fld.name:
        by = other.field(other.byline)
        target = kinds.get(by.ref)
        joins.append(f"LEFT JOIN {target.table} b ON b.id = x.{by.column}")
        cols.append(f"b.{_main(target)}")
        names.append("byline")
        if target.english:
            cols.append(f"b.{_english(target)}")
            names.append("byline_en")
    if fld.links:
        link = fld.links
        if link.role:
            cols.append(f"l.{link.role}")
            names.append("role")
        source = f"{link.table} l JOIN {other.table} x ON x.id = l.{link.owner}"
        cond = f"l.{link.target} = ?"
    else:
        source = f"{other.table} x"
        cond = f"x.{fld.column} = ?"
    order = (f"x.{other.field(other.date).column} DESC, x.id DESC" if other.date else f"x.{_main(other)}")
    sql = (f"SELECT {', '.join(cols)} FROM {source} {' '.join(joins)} WHERE {cond} "
           f"ORDER BY {order} LIMIT {RELATED_LIMIT}")
    return [dict(zip(names, row)) for row in conn.execute(sql, (rid,))]


def count_referring(conn, kind: Kind, key: str, other: str, field_name: str) -> int:
    """How many records of `other` refer to `key` through `field_name` (an actor's quotes)."""
    rid = reading.row_ids(conn, kind, [key]).get(key)
    if rid is None:
        return 0
    fld = kinds.get(other).field(field_name)
    if fld.links:
        sql = f"SELECT count(*) FROM {fld.links.table} WHERE {fld.links.target} = ?"
    else:
        sql = f"SELECT count(*) FROM {kinds.get(other).table} WHERE {fld.column} = ?"
    return conn.execute(sql, (rid,)).fetchone()[0]


def keys_for(conn, kind: Kind, row_ids) -> list[str]:
    ids = list(row_ids)
    if not ids:
        return []
    found = dict(conn.execute(f"SELECT id, key FROM {kind.table} WHERE id IN ({marks(len(ids))})", ids))
    return [found[i] for i in ids if i in found]
