"""What the text between two tokens says: a break that ends a phrase, or a quotation mark. A leaf
module, so that `analysis` and the modules it imports read gaps one way."""
from __future__ import annotations

_BREAK_CHARS = set("،,:;؛.!?؟()[]«»“”\"„—–-\n")

QUOTE_MARKS = set("«»“”\"„")


def has_break(gap: str) -> bool:
    """Whether the gap holds punctuation, a quotation mark, a dash or a line break."""
    return any(ch in _BREAK_CHARS for ch in gap)


_OPENING, _CLOSING = set("«“„"), set("»”")


def inside_quotation(an, k: int) -> bool:
    """Whether token k stands inside quotation marks opened earlier in its paragraph: «» and “” by
    their sides, a straight «"» by its count. (`an` is an `Analysis`; this module imports none, so
    that `analysis` may import it.)"""
    depth, straight = 0, 0
    for x in range(k, -1, -1):
        gap = an.doc.gap(x)
        if "\n" in gap:
            gap = gap[gap.rindex("\n") + 1:]
        for ch in gap:
            if ch in _OPENING:
                depth += 1
            elif ch in _CLOSING:
                depth -= 1
            elif ch == '"':
                straight += 1
        if "\n" in an.doc.gap(x):
            break
    return depth > 0 or straight % 2 == 1
