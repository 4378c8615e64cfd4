"""Paragraphs, quoted spans and sentences of an article body, as original offsets.

Quote marks are paired within a paragraph: «…», “…” (also written ”…“ by
right-to-left editors), „…“ and straight "…". Sentence ends inside a quotation
do not end the sentence that carries it, so a quotation stays with its
attribution.
"""
from __future__ import annotations

import re
from types import MappingProxyType
from dataclasses import dataclass

# opening mark -> the marks that may close it
_CLOSERS = MappingProxyType({
    "«": "»", "»": "«",          # the second: a reversed pair typed right-to-left
    "“": "”“", "”": "“”", "„": "“”", '"': '"”“', "‹": "›",
})
_MARKS = re.compile('[«»“”„"‹›]')
_SENTENCE_END = re.compile(r"[.!?؟]+(?=\s|$|[«»“”\"])|\n")


@dataclass(frozen=True)
class Quoted:
    start: int        # span of the text inside the marks
    end: int
    open_mark: str
    closed: bool      # False: ran to the end of the paragraph without a closing mark


def paragraphs(body: str) -> list[tuple[int, int]]:
    out = []
    for m in re.finditer(r"[^\n]+", body):
        if m.group().strip():
            out.append((m.start(), m.end()))
    return out


def quoted_spans(body: str) -> list[Quoted]:
    out: list[Quoted] = []
    for p_start, p_end in paragraphs(body):
        opened: tuple[str, int] | None = None
        for m in _MARKS.finditer(body, p_start, p_end):
            mark, pos = m.group(), m.start()
            if opened is None:
                if mark in _CLOSERS and mark != "›":
                    opened = (mark, pos)
                continue
            if mark in _CLOSERS[opened[0]]:
                if pos > opened[1] + 1:
                    out.append(Quoted(opened[1] + 1, pos, opened[0], True))
                opened = None
        if opened and opened[0] in "«“" and p_end - opened[1] > 20:
            # multi-paragraph quotations open each paragraph and close only the last
            out.append(Quoted(opened[1] + 1, p_end, opened[0], False))
    return out


def sentences(body: str, protected: list[Quoted] | None = None) -> list[tuple[int, int]]:
    """Sentence spans; ends inside a `protected` quotation are ignored."""
    inside = [(q.start, q.end) for q in (protected or [])]
    out = []
    for p_start, p_end in paragraphs(body):
        start = p_start
        for m in _SENTENCE_END.finditer(body, p_start, p_end):
            pos = m.start()
            if any(a <= pos < b for a, b in inside):
                continue
            if m.group() == "." and pos > 0 and body[pos - 1].isdigit() and body[pos + 1:pos + 2].isdigit():
                continue
            end = m.end()
            if body[start:end].strip():
                out.append(_trim(body, start, end))
            start = end
        if body[start:p_end].strip():
            out.append(_trim(body, start, p_end))
    return out


def _trim(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return start, end
