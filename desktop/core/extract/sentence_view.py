"""One sentence as the event rules read it: its clauses, and what in it is a date, a
quotation, a quoted name or an aside.

Clauses end at commas, semicolons, colons and the edges of a quotation, and a new one
starts at a complementiser («أن»، «إن»): the clause is where a date looks for its
happening and where a title is cut.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from desktop.core.extract import lexicon
from desktop.core.extract.analysis import Analysis

_CLAUSE_MARKS = set("،,;؛:")
_STOPS = frozenset(".!?؟")


@dataclass
class SentenceView:
    an: Analysis
    i: int                                   # token range of the sentence
    j: int
    start: int                               # its span in the body
    end: int
    quote_of: dict[int, int] = field(default_factory=dict)     # token -> index of its quotation
    dated: dict[int, int] = field(default_factory=dict)        # token -> index of its date mention
    unusable: set[int] = field(default_factory=set)           # quoted names, the outlet: no dates, no triggers
    aside: set[int] = field(default_factory=set)              # tokens in parentheses
    clause_of: dict[int, int] = field(default_factory=dict)
    clauses: list[tuple[int, int]] = field(default_factory=list)
    starts: set[int] = field(default_factory=set)             # tokens a clause begins at

    @classmethod
    def of(cls, an: Analysis, span: tuple[int, int], quotations: list[tuple[int, int]],
           names: list[tuple[int, int]], dates: list[tuple[int, int]]) -> "SentenceView":
        """`quotations`, `names` and `dates` are character spans of the body."""
        i, j = an.doc.token_range(*span)
        view = cls(an, i, j, span[0], span[1])
        view._mark(quotations, names, dates)
        view._cut_clauses()
        return view

    def _mark(self, quotations, names, dates) -> None:
        doc = self.an.doc
        for n, (a, b) in enumerate(quotations):
            for k in range(*doc.token_range(a, b)):
                self.quote_of[k] = n
        for a, b in names:
            self.unusable.update(range(*doc.token_range(a, b)))
        for a, b in self.an.outlet_spans:
            if a < self.j and self.i < b:
                self.unusable.update(range(a, b))
        for n, (a, b) in enumerate(dates):
            for k in range(*doc.token_range(a, b)):
                self.dated[k] = n
        depth = 0
        for k in range(self.i, self.j):
            gap = doc.gap(k)
            depth = max(0, depth + gap.count("(") - gap.count(")"))
            if depth:
                self.aside.add(k)

    def _cut_clauses(self) -> None:
        start = self.i
        for k in range(self.i + 1, self.j):
            if self._begins_clause(k):
                self.starts.add(k)
                self.clauses.append((start, k))
                start = k
        if self.j > start:
            self.clauses.append((start, self.j))
        for n, (a, b) in enumerate(self.clauses):
            for k in range(a, b):
                self.clause_of[k] = n

    def boundary(self, k: int) -> bool:
        """Whether a clause begins at token k (inside the sentence)."""
        return k in self.starts

    def _begins_clause(self, k: int) -> bool:
        gap = self.an.doc.gap(k)
        if any(ch in _CLAUSE_MARKS for ch in gap) or self.quote_of.get(k) != self.quote_of.get(k - 1):
            return True
        return self._full_stop(k, gap) or self.is_complementiser(k)

    def _full_stop(self, k: int, gap: str) -> bool:
        """«انتهى زمن الانقطاعات. ما نطلبه اليوم …»: a full stop inside a quotation kept whole in
        one sentence still ends what was said before it (not the point of a number: «0.4%»)."""
        if not any(ch in _STOPS for ch in gap):
            return False
        words = self.an.words
        return not (gap.strip() == "." and words[k - 1].isdigit() and words[k].isdigit())

    def is_complementiser(self, k: int) -> bool:
        w = self.an.words[k]
        return w in lexicon.complementisers() and w != "الي"

    def tokens_of(self, n: int) -> list[int]:
        """The tokens of the sentence's n-th date mention, in order."""
        return sorted(k for k, m in self.dated.items() if m == n)

    def clause(self, k: int) -> tuple[int, int]:
        return self.clauses[self.clause_of[k]]

    def words(self) -> int:
        return self.j - self.i
