"""What a typed name may mean, for the pickers: candidate records from the name indexes, and their cards.

Every lookup goes through an index: the normalised-name columns (a name that
starts with the typed text, as a range), the search index's name and body
columns (word prefixes, FTS5) and row ids. Nothing reads a table through,
so a picker answers as fast on a million records as on a hundred.

FTS5 syntax is made here from analysed words only (letters and digits), so
quoting them is always safe; no typed text reaches FTS5 as written.
"""
from __future__ import annotations

import sqlite3

from desktop.core import kinds
from desktop.core.errors import StoreError
from desktop.core.kinds import Kind
from desktop.core.kinds import fields as f
from desktop.core.storage.tables import chunked, kind_range, marks, name_columns

# How well a candidate was found, best first: its name (or English name, or an alias) starts with the
# whole text; every word starts a word of its names; every word's stem starts a stem of its names;
# the words are somewhere in its text (a source's outlet, an actor's title, the names of an event's actors).
NAME_START, NAME_WORDS, NAME_STEMS, ANYWHERE = 0, 1, 2, 3
# A shorter word prefixes too many index terms to be looked up as a prefix (one letter: 30-100 ms at
# 150,000 records, against 5 ms for three); the caller checks it against the candidates' names instead.
MIN_PREFIX = 3
CARD_CHARS = 160        # characters of a name or a detail a card carries


def _prefixes(columns: str, words: list[str]) -> str | None:
    """An FTS5 expression: every word of at least MIN_PREFIX letters is a prefix in `columns`."""
    usable = [w for w in words if len(w) >= MIN_PREFIX]
    if not usable:
        return None
    return " AND ".join(f'{{{columns}}} : "{w}" *' for w in usable)


def _name_start_sql(kind: Kind) -> list[str]:
    """Statements giving the row ids of records one of whose names starts with ?1 (at most ?2 each)."""
    # A prefix as a range over a normalised-name index ("\uffff" sorts after every letter).
    out = [f"SELECT id FROM {kind.table} WHERE {column} >= ?1 AND {column} < ?1 || '\uffff' LIMIT ?2"
           for column in name_columns(kind)]
    if kind.aliases:
        a = kind.aliases.aliases
        out.append(f"SELECT {a.owner} FROM {a.table} WHERE alias_norm >= ?1 AND alias_norm < ?1 || '\uffff' "
                   f"LIMIT ?2")
    return out


def candidates(conn: sqlite3.Connection, kind: Kind, text_norm: str, words: list[str], stems: list[str],
               cap: int) -> list[tuple[int, int]]:
    """(row id, how well found) of at most `cap` records of `kind` the typed text may mean, best first.

    `text_norm` is the typed text normalised, `words` its words and `stems`
    their stems. Within one level the most recently added come first.
    """
    found: dict[int, int] = {}

    def add(rows, level: int) -> None:
        for (row_id,) in rows:
            if len(found) >= cap:
                return
            found.setdefault(row_id, level)

    if text_norm:
        for sql in _name_start_sql(kind):
            add(conn.execute(sql, (text_norm, cap)), NAME_START)
    lo, hi = kind_range(kind)
    searches = ((NAME_WORDS, _prefixes("name_norm", words)), (NAME_STEMS, _prefixes("name_stem", stems)),
                (ANYWHERE, _prefixes("name_stem body_stem", stems)))
    for level, expr in searches:
        if len(found) >= cap or expr is None:
            continue
        try:
            rows = conn.execute(f"SELECT rowid - {lo} FROM search_fts WHERE search_fts MATCH ? "
                                f"AND rowid BETWEEN {lo} AND {hi} ORDER BY rowid DESC LIMIT ?", (expr, cap))
            add(rows.fetchall(), level)
        except sqlite3.OperationalError as exc:
            # The expression is made from analysed words; reaching here is a bug or a damaged index.
            raise StoreError("query.failed", reason=str(exc)) from None
    return list(found.items())


def _column(kind: Kind, name: str) -> str:
    return kind.field(name).column


def cards(conn: sqlite3.Connection, kind: Kind, row_ids: list[int]) -> dict[int, dict]:
    """What a picker shows of each record: its id, name, other names, date, and the values that tell it
    apart from others of the same name (Kind.distinguished_by; a reference as the name it points at)."""
    if not row_ids:
        return {}
    cols = ["t.id", "t.key", f"substr(t.{_column(kind, kind.main)}, 1, {CARD_CHARS})"]
    others = [fl for fl in kind.fields if fl.normalised and fl.name != kind.main]
    cols += [f"t.{fl.column}" for fl in others]
    cols.append(f"t.{_column(kind, kind.date)}" if kind.date else "NULL")
    joins = []
    for i, name in enumerate(kind.distinguished_by):
        fld = kind.field(name)
        if fld.type == f.REF:
            target = kinds.get(fld.ref)
            joins.append(f"LEFT JOIN {target.table} d{i} ON d{i}.id = t.{fld.column}")
            cols.append(f"substr(d{i}.{_column(target, target.main)}, 1, {CARD_CHARS})")
        else:
            cols.append(f"substr(t.{fld.column}, 1, {CARD_CHARS})" if fld.type in (f.TEXT, f.LONG_TEXT)
                        else f"t.{fld.column}")
    out: dict[int, dict] = {}
    n_others = len(others)
    for chunk in chunked(list(row_ids)):
        sql = f"SELECT {', '.join(cols)} FROM {kind.table} t {' '.join(joins)} WHERE t.id IN ({marks(len(chunk))})"
        for row in conn.execute(sql, chunk):
            row_id, key, name = row[0], row[1], row[2]
            other_names = [n for n in row[3:3 + n_others] if n]
            date = row[3 + n_others]
            details = tuple((fname, value) for fname, value in zip(kind.distinguished_by, row[4 + n_others:])
                            if value not in (None, ""))
            out[row_id] = {"id": key, "name": name, "names": other_names, "date": date, "details": details}
    if kind.aliases:
        a = kind.aliases.aliases
        for chunk in chunked(list(out)):
            for owner, alias in conn.execute(f"SELECT {a.owner}, alias FROM {a.table} "
                                             f"WHERE {a.owner} IN ({marks(len(chunk))}) ORDER BY rowid", chunk):
                out[owner]["names"].append(alias)
    return out


def cards_by_key(conn: sqlite3.Connection, kind: Kind, keys: list[str]) -> dict[str, dict]:
    """Cards of the records with the given ids (those that exist), by id."""
    row_ids: dict[str, int] = {}
    for chunk in chunked(list(dict.fromkeys(keys))):
        row_ids.update(conn.execute(f"SELECT key, id FROM {kind.table} WHERE key IN ({marks(len(chunk))})", chunk))
    found = cards(conn, kind, list(row_ids.values()))
    return {card["id"]: card for card in found.values()}


ROLE_SAMPLE = 5_000     # the most recent links the roles on offer are counted in


def link_roles(conn: sqlite3.Connection, kind: Kind, field_name: str, limit: int) -> list[str]:
    """The roles most used in a field's recent links (an event's actors: «منفذ», «مستهدف»), most used first."""
    fld = kind.field(field_name)
    link = fld.links
    if link is None or link.role is None:
        return []
    # The most recent links only: counting every link would read the whole table on a big store.
    sql = (f"SELECT role FROM (SELECT {link.role} AS role FROM {link.table} ORDER BY rowid DESC "
           f"LIMIT {ROLE_SAMPLE}) WHERE role != '' GROUP BY role ORDER BY count(*) DESC, role LIMIT ?")
    return [role for (role,) in conn.execute(sql, (limit,))]
