"""The term an office is held for, which no place or name is: «رئيسة الجمعية العامة في دورتها
الثمانين» (the term after «في», with its holder's pronoun), «انتخاب بنكيران أميناً عاماً للحزب
لولاية جديدة» (a new term, no state)."""
from __future__ import annotations

from desktop.core import arabic
from desktop.core.extract.analysis import Analysis

# A term with its holder's pronoun: «دورتها»، «ولايته»، «نسختها»
_TERMS = frozenset(arabic.normalize(t + p) for t in ("دورت", "ولايت", "نسخت") for p in ("ها", "ه"))
# What makes «لولاية» a term: «لولاية جديدة/ثانية/أخرى»
_TERM_WORDS = frozenset(arabic.normalize(w) for w in ("جديدة", "ثانية", "ثالثة", "رابعة", "خامسة", "أخرى"))


def term_of_office(an: Analysis, a: int, b: int) -> bool:
    """Whether tokens [a, b) after «في» are the term of the office before them («في دورتها الثمانين»)."""
    return an.words[a] in _TERMS and all(an.words[x].startswith("ال") for x in range(a + 1, b))


def new_term(an: Analysis, k: int) -> bool:
    """Whether «لولاية» at token k is «for a … term» («لولاية جديدة»), not «to the state of»."""
    return an.words[k][1:] == "ولايه" and k + 1 < len(an.words) and an.words[k + 1] in _TERM_WORDS
