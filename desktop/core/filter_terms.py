"""«Filter by this actor or place»: the query-language filters a record offers, and adding one to a search.

A record offers a filter for itself when its kind is found by name (actors,
places: `actor:NAME`, `place:NAME`), and one for each record of such a kind
it refers to (a quote's speaker, an event's place and actors, a place's
parent). The filter names the record by its name as written (its English
name in the English UI, when it has one), which the search resolves through
every name and alias, so the filter reads as the analyst would type it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core import kinds, query_names
from desktop.core.kinds import fields as f


@dataclass(frozen=True)
class FilterTarget:
    kind: str        # the filter's name: actor, place
    key: str         # the record it names
    name: str        # the name the filter is written with
    language: str = "en"    # the UI's: the filter's own name is written in it (فاعل:…)

    @property
    def term(self) -> str:
        return named_filter(self.kind, self.name, self.language)


def named_kinds() -> tuple[str, ...]:
    """Kinds a query can filter by name (the `actor:` and `place:` of the query language)."""
    return tuple(k.name for k in kinds.stored() if k.names)


def named_filter(kind: str, name: str, language: str = "en") -> str:
    """`actor:علاوي`, or `actor:"حسين علاوي"` for a name of several words; `فاعل:علاوي` in Arabic.

    A double quote inside a name cannot be written in the query language; the
    search matches a name by its words, so it becomes a space.
    """
    clean = " ".join(name.replace('"', " ").split())
    bare = clean and all(not ch.isspace() and ch not in '"()[]{}' for ch in clean)
    written = query_names.written(kind, language)
    return f"{written}:{clean}" if bare else f'{written}:"{clean}"'


def with_filter(query: str, term: str) -> str:
    """The search `query` narrowed by `term` (a filter already in it is not added twice)."""
    query = query.strip()
    if f" {term} " in f" {query} ":
        return query
    return f"{query} {term}".strip()


def without_filter(query: str, name: str) -> str:
    """The search `query` with every `name:VALUE` filter taken out (a quoted value whole), however its
    name was written (`from:`, `من:`)."""
    def kept(m: re.Match) -> str:
        return " " if query_names.canonical(m.group("field"), (name,)) == name else m.group(0)
    return " ".join(_FILTER.sub(kept, query).split())


_FILTER = re.compile(r'(?:(?<=\s)|^)-?(?P<field>[' + query_names.NAME_LETTERS + r']+):(?:"[^"]*"?|\S*)')


def _name(record: dict, language: str) -> str:
    kind = kinds.get(record["kind"])
    if language == "en" and kind.english and record.get(kind.english):
        return record[kind.english]
    return record.get(kind.main) or record["id"]


def _referred(record: dict, named: tuple[str, ...]) -> list[str]:
    """Keys of the records of a named kind that `record` refers to, in field order."""
    out: list[str] = []
    for fld in kinds.get(record["kind"]).fields:
        if fld.ref not in named:
            continue
        value = record.get(fld.name)
        if fld.type == f.REF and isinstance(value, str):
            out.append(value)
        elif fld.type == f.LINKS and isinstance(value, list):
            out += [entry.get(fld.ref) for entry in value if isinstance(entry, dict) and entry.get(fld.ref)]
        elif fld.type == f.REFS and isinstance(value, list):
            out += [v for v in value if isinstance(v, str)]
    return out


def filter_targets(get, key: str, language: str = "ar") -> list[FilterTarget]:
    """The filters record `key` offers: itself (an actor or a place), then what it refers to of those kinds.

    `get(key) -> record or None` reads the store (Store.get).
    """
    record = get(key)
    if not record:
        return []
    named = named_kinds()
    keys = ([key] if record["kind"] in named else []) + _referred(record, named)
    out: list[FilterTarget] = []
    seen: set[str] = set()
    for target_key in keys:
        if target_key in seen:
            continue
        seen.add(target_key)
        target = record if target_key == key else get(target_key)
        if target and target.get("kind") in named:
            out.append(FilterTarget(target["kind"], target_key, _name(target, language), language))
    return out


def source_keys(get, key: str) -> list[str]:
    """The sources record `key` cites or was found in (a quote's source, an event's sources), in field order."""
    record = get(key)
    if not record or record.get("kind") == "source":
        return []
    out: list[str] = []
    for fld in kinds.get(record["kind"]).fields:
        if fld.ref != "source":
            continue
        value = record.get(fld.name)
        for candidate in (value if isinstance(value, list) else [value]):
            if isinstance(candidate, str) and candidate and candidate not in out:
                out.append(candidate)
    return out
