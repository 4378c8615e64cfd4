"""Arabic for terminals that cannot lay it out: shaping and visual reordering.

Only terminal output goes through here. Qt shapes and orders Arabic itself,
so text bound for Qt must never be passed through these functions.
"""
from __future__ import annotations

import os
import unicodedata

import arabic_reshaper
from bidi.algorithm import get_display

from desktop.core.arabic import contains_arabic

# Terminals known to apply the bidi algorithm themselves.
_BIDI_TERMINALS = ("mlterm", "Apple_Terminal")


def terminal_lays_out_arabic(environ=os.environ) -> bool:
    """A guess: does this terminal shape and reorder Arabic by itself?"""
    if environ.get("MARSAD_TERMINAL_BIDI"):
        return environ["MARSAD_TERMINAL_BIDI"] not in ("0", "no", "false")
    if environ.get("TERM_PROGRAM") in _BIDI_TERMINALS or "KONSOLE_VERSION" in environ:
        return True
    return environ.get("TERM", "").startswith("mlterm")


def visual(text: str) -> str:
    """Shape and reorder each line for display left to right, letter by letter."""
    if not contains_arabic(text):
        return text
    return "\n".join(_visual_line(line) if contains_arabic(line) else line for line in text.split("\n"))


def _visual_line(line: str) -> str:
    # python-bidi asserts on a character with no bidi class (a code point Unicode has not assigned,
    # which no terminal can draw anyway): it is shown as the replacement character.
    if any(not unicodedata.bidirectional(ch) for ch in line):
        line = "".join(ch if unicodedata.bidirectional(ch) else "\ufffd" for ch in line)
    return get_display(arabic_reshaper.reshape(line))
