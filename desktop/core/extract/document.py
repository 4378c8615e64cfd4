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
        """The original text between token i-1 and token i (punctuation, quote marks). The point
        of an honorific's abbreviation («د. أحمد»، «م.سامي») is no break: it reads as a space."""
        prev_end = self.tokens[i - 1].end if i > 0 else 0
        if i >= len(self.tokens):
            return self.body[prev_end:]
        gap = self.body[prev_end:self.tokens[i].start]
        if "." in gap and abbreviation_point(self.body, gap.index(".") + prev_end):
            gap = gap.replace(".", " ", 1)
        return gap

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """Indices [i, j) of the tokens lying inside the original span [start, end)."""
        i = bisect.bisect_left(self.starts, start)
        j = bisect.bisect_left(self.starts, end)
        while j > i and self.tokens[j - 1].end > end:
            j -= 1
        return i, j

    def text(self, i: int, j: int) -> str:
        """Original text of tokens [i, j), and the point of an initial that ends it («رامي ح.»)."""
        if j <= i:
            return ""
        end = self.tokens[j - 1].end
        initial = j - 1 > i and len(self.tokens[j - 1].text) == 1 and self.body[end:end + 1] == "."
        return self.body[self.tokens[i].start:end + initial]

    def span(self, i: int, j: int) -> list[int]:
        return [self.tokens[i].start, self.tokens[j - 1].end]


# One-letter abbreviations of honorifics written before a name: «د.» (doctor), «م.» (engineer),
# «أ.» (professor, «أ.د.»).
HONORIFIC_LETTERS = frozenset("دمأ")


def abbreviation_point(body: str, pos: int) -> bool:
    """Whether the «.» at `pos` closes the abbreviation of an honorific before a name: one of
    «د»، «م»، «أ» standing alone (after a space, a line's start, a point or a punctuation mark,
    not after a number: «2025 م.» ends a sentence), with a word of Arabic letters after it on
    the same line («د. أحمد العوضي»، «أ.د. سامي»)."""
    if pos >= 1 and body[pos] == "." and (_latin_initial(body, pos) or _initials(body, pos)):
        return True
    if pos < 1 or body[pos] != "." or body[pos - 1] not in HONORIFIC_LETTERS:
        return False
    before = body[pos - 2] if pos >= 2 else " "
    if before.isalnum() or before in "ـ\u0640":
        return False
    if before.isspace() or before in "،,(":
        k = pos - 2
        while k >= 0 and body[k] in " \t":
            k -= 1
        if k >= 0 and body[k].isdigit():
            return False
    k = pos + 1
    while k < len(body) and body[k] in " \t\u00a0":
        k += 1
    return k < len(body) and "\u0621" <= body[k] <= "\u064a"


def _arabic_letter(ch: str) -> bool:
    return "\u0621" <= ch <= "\u064a"


def _initials(body: str, pos: int) -> bool:
    """«المتهم الرئيسي (ع. ر)»، «(ب.م)»: a person named by initials, one letter standing alone and a
    point, then one more letter standing alone."""
    if pos < 1 or not _arabic_letter(body[pos - 1]) or (pos >= 2 and not (body[pos - 2].isspace() or body[pos - 2] in "(.")):
        return False
    k = pos + 1
    while k < len(body) and body[k] == " ":
        k += 1
    end = k
    while end < len(body) and _arabic_letter(body[end]):
        end += 1
    if pos >= 2 and body[pos - 2] == "(" and end > k and body[end:end + 1] == ")":
        return True       # «المتهم الرئيسي (ك. رضا)»: the family name's initial, then the given name, in brackets
    return k < len(body) and _arabic_letter(body[k]) and (k + 1 >= len(body) or not _arabic_letter(body[k + 1]))


# Latin letters spelt in Arabic, written with a point as a middle initial: «روبرت إف. كينيدي»
_LATIN_INITIALS = frozenset(("إف", "جيه", "إس", "دي", "إم", "بي", "تي", "آر", "إل", "إتش", "سي", "كيه", "إي",
                             "جي", "دبليو", "إيه", "واي", "إن", "إكس", "زد", "كيو", "يو", "أو", "في"))    # «في. آر. فينود»: V., no «in»


def initial_at(doc: "Document", k: int) -> bool:
    """Token k is «في» written with a point, the Latin initial V. («في. آر. فينود»), no «in»."""
    end = doc.tokens[k].end
    return doc.body[end:end + 1] == "." and _latin_initial(doc.body, end)


def _latin_initial(body: str, pos: int) -> bool:
    """«روبرت إف. كينيدي الابن»: the point after a Latin initial spelt in Arabic, between a given
    name and a family name (Arabic words on both sides, on one line), closes no sentence."""
    start = pos
    while start > 0 and "\u0621" <= body[start - 1] <= "\u064a":
        start -= 1
    # («في. آر. فينود»: a second initial after the first one's point)
    if body[start:pos] not in _LATIN_INITIALS or start < 2 or body[start - 1] != " " \
            or not ("\u0621" <= body[start - 2] <= "\u064a" or (body[start - 2] == "." and _latin_initial(body, start - 2))):
        return False
    k = pos + 1
    while k < len(body) and body[k] == " ":
        k += 1
    return k < len(body) and "\u0621" <= body[k] <= "\u064a"


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
