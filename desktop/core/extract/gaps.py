"""What the text between two tokens says: a break that ends a phrase, or a quotation mark. A leaf
module, so that `analysis` and the modules it imports read gaps one way."""
from __future__ import annotations

_BREAK_CHARS = set("،,:;؛.!?؟()[]«»“”\"„—–-\n")

QUOTE_MARKS = set("«»“”\"„")


def has_break(gap: str) -> bool:
    """Whether the gap holds punctuation, a quotation mark, a dash or a line break."""
    return any(ch in _BREAK_CHARS for ch in gap)
