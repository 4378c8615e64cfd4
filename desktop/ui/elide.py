"""Cutting text that mixes scripts to a width, with its isolates and brackets kept whole.

Qt's own eliding cuts the logical text and puts «…» after the last character
kept: cut inside an isolate (an Arabic name quoted in an English reason), the
«…» joined the Arabic run and stood at its far side, and the open isolate and
brackets then took their direction from the wrong text. Here every isolate,
bracket and guillemet still open at the cut is closed where it was opened,
and the «…» comes last, at the end of the line in the text's own direction.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Callable

from desktop.ui.bidi import LRM, PDI, RLM

OPENS = {"\u2066": PDI, "\u2067": PDI, "\u2068": PDI,
         "(": ")", "[": "]", "«": "»", "“": "”", '"': '"'}
ISOLATES = ("\u2066", "\u2067", "\u2068")
ELLIPSIS = "…"
QUOTE = '"'    # its own closer: the second of a pair closes the first


def _trimmed(head: str) -> str:
    # No space before the «…», no second one after a text that was already cut, and no bracket
    # opened on nothing: «trigger «…» ()…» says less than «trigger «…»…».
    while head != (head := head.rstrip(" \t" + ELLIPSIS + LRM + RLM + "".join(OPENS))):
        pass
    return head


def closed(head: str) -> str:
    """`head` (the start of a longer text), its open isolates and brackets closed, with «…»."""
    head = _trimmed(head)
    stack: list[str] = []
    for ch in head:
        if ch == QUOTE and stack and stack[-1] == QUOTE:
            stack.pop()                 # a straight quotation mark closes the one open before it
        elif ch in OPENS:
            stack.append(ch)
        elif ch == PDI:
            # An isolate ends whatever its text left open (a bracket the record never closed).
            while stack and stack.pop() not in ISOLATES:
                pass
        elif stack and OPENS[stack[-1]] == ch:
            stack.pop()
    # The «…» last, after every closer: at the end of the line in the text's own direction.
    return head + "".join(OPENS[ch] for ch in reversed(stack)) + ELLIPSIS


def elide(text: str, fits: Callable[[str], bool]) -> tuple[str, int]:
    """`text` as it is if it fits, else its longest head that fits once closed (closed()).

    Returns the text shown and how many characters of `text` it keeps."""
    if fits(text):
        return text, len(text)
    low, high = 0, len(text) - 1       # closed(text[:low]) is the best known to fit (or the least)
    while low < high:
        middle = (low + high + 1) // 2
        if fits(closed(text[:middle])):
            low = middle
        else:
            high = middle - 1
    return closed(text[:low]), len(_trimmed(text[:low]))


def with_cut_end_kept(shown: str, base: str) -> str:
    """`shown` (an elided text, «…» last) laid out in direction `base` ("ltr" or "rtl"): with a mark
    after its «…» when the text it cut runs the other way, so the «…» stays at that text's cut end.

    Bare, the «…» takes the line's direction: «13 January 2026 · تعرضت قاعدة…» in the English UI
    showed it beside the Arabic title's first word. (bidi.cut_mark does the same for a whole text.)"""
    end = _last_direction(shown)
    if end is None or end == base:
        return shown
    return shown + (RLM if end == "rtl" else LRM)


def _last_direction(text: str) -> str | None:
    """The direction of the last strong letter outside isolates (an isolate reads as one neutral)."""
    depth = 0
    for ch in reversed(text):
        if ch == PDI:
            depth += 1
        elif ch in ISOLATES:
            depth = max(0, depth - 1)
        elif depth == 0:
            kind = unicodedata.bidirectional(ch)
            if kind in ("R", "AL"):
                return "rtl"
            if kind == "L":
                return "ltr"
    return None
