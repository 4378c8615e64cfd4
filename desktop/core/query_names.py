"""The Arabic name of each search filter: `فاعل:علاوي` is `actor:علاوي`, `حالة:مخطط` is `status:planned`.

An analyst typing Arabic should not have to switch keyboards for a filter's
name, and the Arabic UI writes the filters it adds (filter by this actor, a
span dragged on the timeline) in Arabic, so no English reaches the search
field. The names follow the tabs' filter labels without their article; the
article is accepted too («الحالة:مخطط»). The English names stay the ones
`marsad search` documents, and a query keeps meaning the same in either
language: these are spellings, not other filters.
"""
from __future__ import annotations

import functools
from types import MappingProxyType
from typing import Iterable

from desktop.core import arabic

ARABIC = MappingProxyType({
    "kind": "صنف", "from": "من", "to": "إلى", "actor": "فاعل", "place": "مكان", "type": "نوع",
    "review": "مراجعة", "reliability": "موثوقية", "status": "حالة", "credibility": "مصداقية",
    "fatalities": "قتلى", "disorder": "اضطراب", "violence": "عنف", "civilian_targeting": "استهداف_المدنيين",
    "quad": "رباعية", "goldstein": "غولدشتاين", "tone": "نبرة", "mentions": "إشارات",
})
# the letters a filter's name is written in, for the patterns that find `name:` in a query
NAME_LETTERS = r"A-Za-z_\u0621-\u065F\u0671"
# `kind:`'s values by the tabs' names: one record, many, the tab's title («صنف:اقتباسات»)
KIND_VALUES = MappingProxyType({
    "actor": ("فاعل", "فاعلون", "الفاعلون"), "place": ("مكان", "أماكن", "الأماكن"),
    "source": ("مصدر", "مصادر", "المصادر"), "event": ("حدث", "أحداث", "الأحداث"),
    "quote": ("اقتباس", "اقتباسات", "الاقتباسات"),
})
# names that take no article: prepositions («المن» is no word), a phrase, a proper name
_NO_ARTICLE = frozenset({"from", "to", "civilian_targeting", "goldstein"})


def _key(written: str) -> str:
    return arabic.normalize(written.replace("_", " ")).replace(" ", "_")


def _arabic_forms(name: str) -> tuple[str, ...]:
    word = ARABIC.get(name)
    if word is None:
        return ()
    return (word,) if name in _NO_ARTICLE else (word, "ال" + word)


@functools.cache
def _by_arabic() -> MappingProxyType:
    return MappingProxyType({_key(form): name for name in ARABIC for form in _arabic_forms(name)})


def canonical(written: str, known: Iterable[str]) -> str | None:
    """The filter `written` names (its English name), or None when it is no filter of `known`."""
    known = tuple(known)
    lowered = written.lower()
    if lowered in known:
        return lowered
    name = _by_arabic().get(_key(written))
    return name if name in known else None


def written(name: str, language: str) -> str:
    """How the UI in `language` writes filter `name`: `فاعل` in Arabic, `actor` otherwise."""
    return ARABIC.get(name, name) if language == "ar" else name


def kind_value(written: str) -> str | None:
    """The kind an Arabic `kind:` value names («فاعلون» -> actor), or None."""
    return _kinds_by_arabic().get(_key(written))


@functools.cache
def _kinds_by_arabic() -> MappingProxyType:
    return MappingProxyType({_key(word): kind for kind, words in KIND_VALUES.items() for word in words})
