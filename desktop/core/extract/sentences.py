"""Paragraphs, quoted spans and sentences of an article body, as original offsets.

Quote marks are paired within a paragraph: «…», “…” (also written ”…“ by
right-to-left editors), „…“ and straight "…"; a quotation left open at the
end of a line is closed by the first mark of the next line, when that mark
closes it (web pages often break lines inside quotations). Sentence ends inside a quotation
do not end the sentence that carries it, so a quotation stays with its
attribution.
"""
from __future__ import annotations

import re
from types import MappingProxyType
from dataclasses import dataclass

from desktop.core.extract.document import abbreviation_point

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
    paras = paragraphs(body)
    carried: tuple[str, int] | None = None   # opened at the end of the previous line
    for n, (p_start, p_end) in enumerate(paras):
        opened: tuple[str, int] | None = None
        for m in _MARKS.finditer(body, p_start, p_end):
            mark, pos = m.group(), m.start()
            if carried is not None:
                if mark in _CLOSERS[carried[0]] and pos > carried[1] + 1:
                    out.append(Quoted(carried[1] + 1, pos, carried[0], True))
                    carried = None
                    continue
                carried = None
            if opened is None:
                if mark in _CLOSERS and mark != "›":
                    opened = (mark, pos)
                continue
            if mark in _CLOSERS[opened[0]]:
                if pos > opened[1] + 1:
                    out.append(Quoted(opened[1] + 1, pos, opened[0], True))
                opened = None
        carried = None
        if opened is None:
            continue
        if n + 1 < len(paras) and _closes_first(body, paras[n + 1], opened[0]):
            # A line break inside a quotation («… تحت الأنقاض\nونحن قلقون …»), as
            # pages copied from the web often have: the next line closes it first.
            carried = opened
        elif opened[0] in "«“" and p_end - opened[1] > 20:
            # multi-paragraph quotations open each paragraph and close only the last
            out.append(Quoted(opened[1] + 1, p_end, opened[0], False))
    return out


def _closes_first(body: str, paragraph: tuple[int, int], mark: str) -> bool:
    """Is the first quote mark of `paragraph` one that closes `mark`: a closing mark (the
    end of its sentence or clause follows it), near enough to be its end?"""
    first = _MARKS.search(body, paragraph[0], paragraph[1])
    if first is None or first.group() not in _CLOSERS[mark] or first.start() - paragraph[0] >= 400:
        return False
    after = body[first.end():paragraph[1]].lstrip(" ")
    return not after or after[0] in ".،,؛;:!؟?)"


def sentences(body: str, protected: list[Quoted] | None = None) -> list[tuple[int, int]]:
    """Sentence spans; ends inside a `protected` quotation are ignored (a line break too)."""
    inside = [(q.start, q.end) for q in (protected or [])]
    out = []
    for p_start, p_end in _blocks(body, inside):
        start = p_start
        for m in _SENTENCE_END.finditer(body, p_start, p_end):
            pos = m.start()
            if any(a <= pos < b for a, b in inside):
                continue
            if m.group() == "." and pos > 0 and body[pos - 1].isdigit() and body[pos + 1:pos + 2].isdigit():
                continue
            if m.group() == "." and abbreviation_point(body, pos):
                continue      # «د. أحمد العوضي»: an honorific's abbreviation, not a sentence's end
            end = m.end()
            if body[start:end].strip():
                out.append(_trim(body, start, end))
            start = end
        if body[start:p_end].strip():
            out.append(_trim(body, start, p_end))
    return out


def _blocks(body: str, inside: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Paragraphs, joined where a quotation runs across the line break between them."""
    out: list[tuple[int, int]] = []
    for start, end in paragraphs(body):
        if out and any(a < out[-1][1] and b > start for a, b in inside):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _trim(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return start, end
