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


def initials_bracket(an, y: int) -> bool:
    """Whether the gap before token y opens a defendant's initials in brackets or is the point after
    one of them («أما المتهمة (س. أمينة)،»، «المتهم الرئيسي (ك. رضا)»): no break inside the name."""
    gap = an.doc.gap(y).strip()
    if gap == "(":
        return len(an.words[y]) == 1 and y + 1 < len(an.words) and an.doc.gap(y + 1).strip() in (".", "")
    return gap in (".", "") and y >= 1 and len(an.words[y - 1]) == 1 and an.doc.gap(y - 1).strip() == "("     # (the point read as a space)
