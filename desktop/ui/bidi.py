"""Bidi isolation for text placed inside other text.

A value (a date, an id, a file name, a name in another script) set between
FSI and PDI is laid out in its own direction without reordering the sentence
around it, so «2024-13» stays whole in an Arabic message and an Arabic name
stays whole in an English one. Qt orders and shapes the rest itself.
"""
from __future__ import annotations

import re
import unicodedata

from desktop.core import arabic, safe_text

FSI, LRI, RLI, PDI = "\u2068", "\u2066", "\u2067", "\u2069"
RLM, LRM = "\u200f", "\u200e"
MARKS = (FSI, LRI, PDI, RLI)


def isolate(text: str) -> str:
    """`text` in a first-strong isolate (its direction from its first letter); "" stays ""."""
    return FSI + text + PDI if text else ""


def isolate_ltr(text: str) -> str:
    """`text` in a left-to-right isolate: paths and commands, whatever letter they start with."""
    return LRI + text + PDI if text else ""


def isolate_in(text: str, direction: str) -> str:
    """`text` in an isolate of `direction` ("rtl" or "ltr"), whatever letter it starts with; "" stays ""."""
    return (RLI if direction == "rtl" else LRI) + text + PDI if text else ""


# A date or number value: from a digit that starts a word, a filter's value or a phrase, over digits and date marks.
_DATE = re.compile(r"(?:(?<=^)|(?<=[\s:\"(]))[0-9\u0660-\u0669\u06f0-\u06f9][0-9\u0660-\u0669\u06f0-\u06f9\-./]*")


def date_runs(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each date or number in typed text that the bidi rules would reorder.

    After an Arabic letter they read European digits as Arabic numbers (rule
    W2), so «إلى:2025-12» comes out as «12-2025:إلى» in a line of either
    direction: the year and the month swap places. Without a right-to-left
    letter before it, a date reads as typed already: [] when nothing would move.
    """
    first_rtl = next((i for i, char in enumerate(text) if unicodedata.bidirectional(char) in ("R", "AL")), None)
    if first_rtl is None:
        return []
    return [(m.start(), m.end()) for m in _DATE.finditer(text) if m.start() > first_rtl]


def isolate_runs(text: str, runs: list[tuple[int, int]]) -> str:
    """`text` with each (start, end) run, in order and apart, in a left-to-right isolate."""
    out, pos = [], 0
    for start, end in runs:
        out += [text[pos:start], LRI, text[start:end], PDI]
        pos = end
    out.append(text[pos:])
    return "".join(out)


def typed_dates(text: str) -> str:
    """Typed text (a query) quoted back as it was typed: its dates whole. For showing, never for storing."""
    return isolate_runs(text, date_runs(text))


def cut_mark(text: str) -> str:
    """`text` with «…» at the end that was cut, in whichever direction the text runs.

    A bare «…» at the end takes the direction of the paragraph around it, so
    an Arabic title cut short in the English UI (or an English one in the
    Arabic UI) would show it at its start. A mark of the text's own direction
    after it keeps it with the text.
    """
    return text + "…" + (RLM if arabic.text_direction(text, "ltr") == "rtl" else LRM)


def strip(text: str) -> str:
    """`text` without isolation marks (for comparing what a reader sees)."""
    return safe_text.without_isolates(text)


_QUOTED = re.compile(r"«[^«»]*»")
# A run of Latin words: from a Latin letter to the last Latin letter or digit before Arabic or a quotation.
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f][^«»()\[\]\u0600-\u06ff]*[A-Za-z0-9\u00c0-\u024f.]|[A-Za-z\u00c0-\u024f]")


def isolate_quoted(text: str, language: str) -> str:
    """`text` (record text, not yet escaped) with each «…» run, marks and words, in an isolate, and in
    the Arabic UI each run of Latin words too.

    Qt resolves a guillemet between an English word and an Arabic one by the Arabic one, so an
    extraction note (a name after the title «محافظ الأنبار») came out with its marks and words
    swapped in the English pane; an English note in the Arabic pane ran right to left.
    The stored text keeps no mark: this is how it is shown.
    """
    out, pos = [], 0
    for match in _QUOTED.finditer(text):
        out.append(_latin_isolated(text[pos:match.start()], language))
        out.append(isolate(unwrapped(match.group())))
        pos = match.end()
    out.append(_latin_isolated(text[pos:], language))
    return "".join(out)


def unwrapped(run: str) -> str:
    """A short «…» run held on one line: Qt, wrapping a note inside a run's isolate, drew the next
    run before it on the line (English pane: «مدير عام … صباح» to the left of «قال»)."""
    return run.replace(" ", NBSP) if run.count(" ") < _UNWRAPPED_WORDS else run


def unwrapped_quotes(text: str) -> str:
    """`text` (a note worded for showing, its «…» runs in isolates) with each short run held on one
    line, as `isolate_quoted` holds a stored note's. For showing, never for storing."""
    return _ISOLATED_QUOTE.sub(lambda m: unwrapped(m.group()), text)


_ISOLATED_QUOTE = re.compile(FSI + "«[^«»" + PDI + "]*»" + PDI)
_UNWRAPPED_WORDS = 8
NBSP = "\u00a0"


def _latin_isolated(text: str, language: str) -> str:
    if language != "ar":
        return text
    return _LATIN.sub(lambda m: isolate(m.group()), text)
