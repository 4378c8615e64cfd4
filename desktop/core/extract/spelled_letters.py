"""Latin letters spelled out in Arabic script («إن إف سي»، «بي إم دبليو»): the words of an acronym,
among them «إن», which is then no «إنّ» opening a clause."""
from __future__ import annotations

from desktop.core import arabic

# The names of Latin letters as Arabic writes them, normalised
LETTERS = frozenset(arabic.normalize(w) for w in (
    "إف", "سي", "إم", "إس", "بي", "دي", "جي", "تي", "آر", "إكس", "إتش", "كيو", "واي", "زد", "إي", "إن"))


def spelled(words: list[str]) -> bool:
    """Whether two words or more of `words` are Latin letters spelled out."""
    return sum(w in LETTERS for w in words) >= 2


def letter_n_at(words: list[str], k: int) -> bool:
    """«إن» at k followed by another spelled letter: N in an acronym («"إن إف سي أفريكا"»)."""
    return words[k] == "ان" and k + 1 < len(words) and words[k + 1] in LETTERS and words[k + 1] != "ان"
