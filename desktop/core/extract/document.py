"""One article body, analysed once: original text, normal form, tokens.

Every rule works on normalised tokens but reports spans in the ORIGINAL body,
so each proposal can point at its evidence (`source_span`).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from desktop.core import arabic


@dataclass(frozen=True)
class Document:
    body: str
    norm: str
    nmap: list[int]                  # normalised index -> original index (len(norm)+1 entries)
    tokens: list[arabic.Token]
    starts: list[int] = field(repr=False)

    @classmethod
    def of(cls, body: str) -> "Document":
        norm, nmap = arabic.normalize_with_map(body)
        tokens = _tokens(body, norm, nmap)
        return cls(body, norm, nmap, tokens, [t.start for t in tokens])

    def orig(self, a: int, b: int) -> tuple[int, int]:
        """Original span of the normalised span [a, b)."""
        return self.nmap[a], self.nmap[b]

    def gap(self, i: int) -> str:
        """The original text between token i-1 and token i (punctuation, quote marks)."""
        prev_end = self.tokens[i - 1].end if i > 0 else 0
        return self.body[prev_end:self.tokens[i].start] if i < len(self.tokens) else self.body[prev_end:]

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """Indices [i, j) of the tokens lying inside the original span [start, end)."""
        i = bisect.bisect_left(self.starts, start)
        j = bisect.bisect_left(self.starts, end)
        while j > i and self.tokens[j - 1].end > end:
            j -= 1
        return i, j

    def text(self, i: int, j: int) -> str:
        """Original text of tokens [i, j)."""
        if j <= i:
            return ""
        return self.body[self.tokens[i].start:self.tokens[j - 1].end]

    def span(self, i: int, j: int) -> list[int]:
        return [self.tokens[i].start, self.tokens[j - 1].end]


# arabic.tokenize's tokens: runs of letters and digits of the normal form (tests hold the two equal).
_TOKEN = re.compile(r"[^\W_]+")


def _tokens(body: str, norm: str, nmap: list[int]) -> list[arabic.Token]:
    """`arabic.tokenize(body)`, read off the normal form already made rather than normalising
    the body a second time (half the cost of analysing an article). A token's original span
    runs to where the next normalised character begins, so it keeps its dropped marks."""
    out = []
    last = len(norm)
    for m in _TOKEN.finditer(norm):
        a, b = m.span()
        start = nmap[a]
        end = len(body) if b == last else max(nmap[b - 1] + 1, nmap[b])
        word = m.group()
        out.append(arabic.Token(body[start:end], word, arabic.stem(word), start, end))
    return out
