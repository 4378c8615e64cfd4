"""Suggestions for a reference in a form: the records a typed name, alias or title may mean.

A picker asks as the user types. The typed text is analysed like a search
(desktop/core/arabic.py), so «علاوى» meets «علاوي» and «حشد» meets «الحشد»
through its stem; the store answers from its indexes
(desktop/core/storage/suggestions.py) and the candidates are ranked here:
a name that starts with the text first, then names whose words start with
the typed words, then stem matches, then records with the words anywhere in
their text (a source's outlet, an actor's title). Within a level, kinds with
a date give the newest first and others the shortest name (the closest to
what was typed). A suggestion carries the name shown, the other name or
alias that matched, and the values that tell apart records of one name
(Kind.distinguished_by): the id stays underneath.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, NamedTuple

from desktop.core import arabic, kinds
from desktop.core.kinds.fields import is_text
from desktop.core.records import name_norm

LIMIT = 20              # suggestions a picker shows
CANDIDATES = 200        # records ranked to choose them from
MAX_WORDS = 8           # typed words looked up (a name is rarely longer)
ROLES = 30              # roles offered for a link
# How well a record was found (desktop/core/storage/suggestions.py), best first.
NAME_START, NAME_WORDS, NAME_STEMS, ANYWHERE = 0, 1, 2, 3


@dataclass(frozen=True)
class Suggestion:
    """One record a picker offers: shown by its name, stored by its id."""
    id: str
    name: str
    also: str | None = None                      # the other name or alias the typed text matched
    details: tuple[tuple[str, Any], ...] = ()    # (field, value) of the kind's distinguished_by fields;
                                                 # a reference's value is the name it points at
    date: str | None = None


class _Candidate(NamedTuple):
    level: int                  # how well the store found it (NAME_START...)
    no_start: bool              # none of its names starts with the whole text
    row_id: int
    card: dict
    ranking_name: str | None    # the name it is ranked by (the shortest first)
    matched: str | None         # the name said to match: its own whenever its words match


def _words(text: str) -> list[str]:
    if not isinstance(text, str) or not is_text(text):
        return []      # undecodable text names no record
    return name_norm(text).split()[:MAX_WORDS]


def _starts_words(name: str, words: list[str]) -> bool:
    """Whether every typed word starts a word of `name` (normalised)."""
    own = name_norm(name).split()
    return all(any(w.startswith(word) for w in own) for word in words)


def _suggestion(card: dict, also: str | None = None) -> Suggestion:
    return Suggestion(card["id"], card["name"], also, card["details"], card["date"])


def suggest(store, kind: str, text: str, limit: int = LIMIT) -> list[Suggestion]:
    """At most `limit` records of `kind` that `text` may name, best first (none for empty text)."""
    kinds.get(kind)
    if limit <= 0:
        raise ValueError("limit must be positive")
    if isinstance(text, str) and kinds.kind_of(text.strip()) == kind:
        # A pasted id names its record.
        return list(describe(store, [text.strip()]).values())[:limit]
    words = _words(text)
    if not words:
        return []
    text_norm = " ".join(words)
    stems = [arabic.stem(w) for w in words]
    found = store.suggestion_candidates(kind, text_norm, words, stems, CANDIDATES)
    cards = store.suggestion_cards(kind, [row_id for row_id, _ in found])
    ranked = []
    for row_id, level in found:
        card = cards.get(row_id)
        if card is None:
            continue
        names = [card["name"], *card["names"]]
        # A name that starts with the text ranks the record first; the name said to match is the
        # record's own whenever its words start with the typed words.
        starting = next((n for n in names if name_norm(n).startswith(text_norm)), None)
        matched = next((n for n in names if _starts_words(n, words)), None)
        if level == NAME_WORDS and matched is None:
            continue        # its names lack a word too short for the index to have checked
        ranked.append(_Candidate(level, starting is None, row_id, card, starting or matched, matched))
    ranked = _ordered(kinds.get(kind).date is not None, ranked)
    return [_suggestion(c.card, c.matched if c.matched and c.matched != c.card["name"] else None)
            for c in ranked[:limit]]


def _ordered(dated: bool, ranked: list[_Candidate]) -> list[_Candidate]:
    """Best level first; then newest (dated kinds) or shortest name; then the most recently added."""
    ranked.sort(key=lambda c: -c.row_id)
    if dated:
        ranked.sort(key=lambda c: c.card["date"] or "", reverse=True)
    else:
        ranked.sort(key=lambda c: len(c.ranking_name or c.card["name"]))
    ranked.sort(key=lambda c: (c.level, c.no_start))
    return ranked


def describe(store, keys: Iterable[str]) -> dict[str, Suggestion]:
    """What a picker shows for records already linked, by id (ids of no stored record are left out)."""
    by_kind: dict[str, list[str]] = {}
    for key in keys:
        kind = kinds.kind_of(key) if isinstance(key, str) else None
        if kind:
            by_kind.setdefault(kind, []).append(key)
    out: dict[str, Suggestion] = {}
    for kind, wanted in by_kind.items():
        cards = store.suggestion_cards_by_key(kind, wanted)
        out.update((key, _suggestion(cards[key])) for key in wanted if key in cards)
    return out


def roles(store, kind: str, field: str, limit: int = ROLES) -> list[str]:
    """The roles a link field's recent links use most (an event's actors), most used first."""
    return store.link_roles(kind, field, limit)
