"""A quote's words without the quotation marks typed around them.

Wherever a quote is shown it gets the marks of the language it is shown in
(the detail pane's «…», a citation's “…” in English; the briefing's shaded
box instead). A text saved with its own outer marks came out ««…»» there,
and in the briefing with marks no other quote has. So a quote is stored as
its words only; marks inside it (a phrase it quotes) are its own and stay.
"""
from __future__ import annotations

# Opening mark -> the mark that closes it.
_PAIRS = {"«": "»", "\u201c": "\u201d", "\u201e": "\u201c", "\u2039": "\u203a", '"': '"'}


def without_outer_marks(text: str) -> str:
    """`text` without one pair of quotation marks around all of it; unchanged when it has none."""
    words = text.strip()
    if len(words) < 2 or _PAIRS.get(words[0]) != words[-1]:
        return text
    opening, closing, inner = words[0], words[-1], words[1:-1]
    if opening == closing:
        # "one" and "two": a mark inside means the ends belong to two quotes of the text's own.
        return text if opening in inner else inner.strip()
    depth = 0
    for ch in inner:
        depth += (ch == opening) - (ch == closing)
        if depth < 0:
            return text          # «نرفض» وقال «نعم»: the first mark closes inside, so the ends are not a pair
    return inner.strip() if depth == 0 else text
