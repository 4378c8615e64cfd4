"""How every word list is written and stored: space-separated words, normalised once."""
from __future__ import annotations

from desktop.core import arabic


def forms(words: str) -> frozenset[str]:
    """The normalised forms of the space-separated `words` of a word list (every list module uses it)."""
    return frozenset(arabic.normalize(w) for w in words.split())
