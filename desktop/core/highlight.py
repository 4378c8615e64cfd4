"""Which words of a text a query matched, as spans of the ORIGINAL text, and snippets.

The text is analysed with the same analyser as the index; a token matches a
term by its normal form (exact) or by its stem, so highlights mark exactly
what the search matched, with diacritics and tatweel kept in the span.
"""
from __future__ import annotations

from typing import Sequence

from desktop.core import arabic
from desktop.core.query import Term

Span = tuple[int, int]
SNIPPET_WIDTH = 180


def _word_matches(tok: arabic.Token, word: str, stem: str, prefix: bool) -> bool:
    if prefix:
        return tok.norm.startswith(word) or tok.stem.startswith(stem)
    return tok.norm == word or tok.stem == stem


def spans(text: str, terms: Sequence[Term]) -> list[Span]:
    """Merged, sorted spans of `text` matched by any of `terms`."""
    if not text or not terms:
        return []
    # A matching token holds its term's first stem, so a text whose normal form lacks
    # every first stem has no match: skip the tokenizer's per-character map (most
    # table cells, painted on every keystroke).
    norm = arabic.normalize(text)
    if not any(term.stems[0] in norm for term in terms if term.words):
        return []
    toks = arabic.tokenize(text)
    found: list[Span] = []
    for term in terms:
        words, stems, n = term.words, term.stems, len(term.words)
        for i in range(len(toks) - n + 1):
            if all(_word_matches(toks[i + j], words[j], stems[j], term.prefix and j == n - 1)
                   for j in range(n)):
                found.append((toks[i].start, toks[i + n - 1].end))
    return merge(found)


def merge(found: list[Span]) -> list[Span]:
    out: list[Span] = []
    for start, end in sorted(found):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def snippet(text: str, found: Sequence[Span], width: int = SNIPPET_WIDTH) -> tuple[str, list[Span]]:
    """A window of `text` around the first match, with the spans shifted into it."""
    if len(text) <= width:
        return text, list(found)
    first = found[0][0] if found else 0
    start = max(0, first - width // 3)
    if start:
        space = text.find(" ", start, first)
        start = space + 1 if space != -1 else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", max(start, first), end)
        end = space if space > first else end
    lead = "…" if start else ""
    tail = "…" if end < len(text) else ""
    shift = len(lead) - start
    inside = [(max(a, start) + shift, min(b, end) + shift) for a, b in found if a < end and b > start]
    return lead + text[start:end] + tail, inside
