"""The one Arabic analyser, applied identically to indexed text and to queries.

DESIGN section 4: NFKC; drop bidi controls, zero-width characters, tatweel and
marks; fold letter variants; Western digits; Latin case-folded without
accents; Lucene's light10 stemmer on top.

Two paths compute the same normal form: `normalize` works on whole strings
with C-speed `str` methods (import and indexing), and `normalize_with_map`
walks character by character so every normalised position maps back to the
original text (highlighting). A property test keeps the two equal.

Both rest on tables derived from the Unicode database: which characters are
combining marks, and the normal form of every BMP character. Computing them
costs ~40 ms, paid on the first call of every process (each `marsad search`,
the GUI's first search), so arabic_tables.py ships them precomputed. They
are used only if generated with this Python's Unicode version and these
folds; otherwise they are computed as before. `python -m
desktop.core.arabic_tablegen` regenerates them.
"""
from __future__ import annotations

import binascii
import functools
import re
import unicodedata
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from types import ModuleType

from desktop.core import arabic_tables

_DROP_RANGES = (
    (0x200B, 0x200F),  # zero-width space, ZWNJ, ZWJ, LRM, RLM
    (0x202A, 0x202E),  # bidi embeddings and overrides
    (0x2066, 0x2069),  # bidi isolates
    (0xFEFF, 0xFEFF),  # BOM / zero-width no-break space
    (0x0640, 0x0640),  # tatweel
    (0x0610, 0x061A),  # Arabic honorific and Quranic marks
    (0x064B, 0x065F),  # harakat, tanween, shadda, sukun, hamza marks
    (0x0670, 0x0670),  # superscript alef
    (0x06D6, 0x06ED),  # Quranic annotation signs
)

_LETTER_FOLDS = {
    "آ": "ا", "أ": "ا", "إ": "ا", "ٱ": "ا",
    "ى": "ي", "ة": "ه",
    "ک": "ك", "ی": "ي", "ۀ": "ه", "ہ": "ه",
    "ە": "ه",  # NFKD splits ۀ into ە + hamza
}

# The hamza on its seats and alone meet (DESIGN 4.3): مسؤول/مسئول and شؤون/شئون are spelt both ways.
# Folded before NFKD, which would split each into its seat and a hamza mark that is dropped.
_SEATED_HAMZA = {"ؤ": "ء", "ئ": "ء"}
_SEATED_HAMZA_TABLE = str.maketrans(_SEATED_HAMZA)
_HAMZA_ABOVE = "\u0654"   # written after its seat (ي or و) instead of ئ or ؤ, NFKC joins the two

_DIGITS = "٠١٢٣٤٥٦٧٨٩" "۰۱۲۳۴۵۶۷۸۹"

# A token is a run of letters and digits ("_" separates, as in FTS5). The
# index stores tokens joined by single spaces, so FTS5 finds exactly these.
_TOKEN_RE = re.compile(r"[^\W_]+")

# Longest first where one begins another; the stacked proclitics (وبال وكال ولل فبال فلل) go beyond
# light10 so that وبالانتخابات meets انتخابات (DESIGN 4.6).
_PREFIXES = ("ال", "وبال", "وكال", "ولل", "وال", "فبال", "فلل", "بال", "كال", "فال", "لل", "و")
# Common news words whose first letter is a root و, not the conjunction:
# light10 alone turns وزارة into زار ("visited") and وزير into زير, so that
# وزارة and الوزارة never meet. Words starting with these keep their و.
_ROOT_WAW = ("وزير", "وزار", "وزرا", "ولاي", "وقت", "وضع", "وطن", "وفد", "وكال", "وقف", "واشنطن",
             "وثيق", "وسط", "وصف", "وضح", "وفا", "وفق", "وحد", "ولد", "وصول", "واقع", "وقوع", "ورق")
_SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "يه", "ه", "ه", "ي")
# (after normalisation ية and ة have become يه and ه, hence the repeats:
# Lucene's table lists يه, ية, ه, ة and strips each in turn)


def _folds_crc() -> int:
    """A fingerprint of the folds above: tables generated from other folds are stale.

    (A change to _pipeline itself is caught by tests/core/test_arabic_tables.py.)
    """
    return zlib.crc32(repr((_DROP_RANGES, _LETTER_FOLDS, _SEATED_HAMZA, _DIGITS)).encode())


def _shipped() -> ModuleType | None:
    """arabic_tables if it was generated for this Python's Unicode data and these folds, else None.

    Another Unicode version classifies and decomposes some characters
    differently, and the index must follow the running Python's
    unicodedata (which is what the fallback computes), never a stale copy.
    """
    if (arabic_tables.UNIDATA_VERSION == unicodedata.unidata_version
            and arabic_tables.FOLDS_CRC == _folds_crc()):
        return arabic_tables
    return None


def _scan_marks() -> list[int]:
    """Every combining mark (category Mn), asking unicodedata code point by code point (~25 ms)."""
    # Combining marks live in planes 0-2 and the variation selectors of plane 14.
    return [cp for cp in (*range(0x30000), *range(0xE0100, 0xE01F0))
            if unicodedata.category(chr(cp)) == "Mn"]


def _fold_table_from(marks: Iterable[int]) -> dict[int, str | None]:
    """str.translate table: drop marks and controls, fold letters and digits."""
    table: dict[int, str | None] = {}
    for lo, hi in _DROP_RANGES:
        for cp in range(lo, hi + 1):
            table[cp] = None
    for cp in marks:
        table[cp] = None
    for src, dst in _LETTER_FOLDS.items():
        table[ord(src)] = dst
    for i, d in enumerate(_DIGITS):
        table[ord(d)] = str(i % 10)
    return table


def _computed_fold_table() -> dict[int, str | None]:
    return _fold_table_from(_scan_marks())


def _ranges(bounds: str) -> Iterator[tuple[int, int]]:
    """The inclusive ranges of arabic_tables: characters taken two by two as first and last."""
    cps = map(ord, bounds)
    return zip(cps, cps)


@functools.cache
def _fold_table() -> dict[int, str | None]:
    """The fold table, from the shipped marks when they are current."""
    shipped = _shipped()
    if shipped is None:
        return _computed_fold_table()
    return _fold_table_from(cp for lo, hi in _ranges(shipped.MARKS) for cp in range(lo, hi + 1))


def _pipeline(text: str, folds: dict[int, str | None] | None = None) -> str:
    # NFKC first (presentation forms, lam-alef ligatures), casefold, then NFKD
    # so that accents and hamza/madda carriers split off as marks to drop.
    # (`folds` lets the table generator and the tests bypass the shipped marks.)
    text = unicodedata.normalize("NFKC", text).casefold().translate(_SEATED_HAMZA_TABLE)
    text = unicodedata.normalize("NFKD", text)
    return text.translate(_fold_table() if folds is None else folds)


def _computed_bmp_table(folds: dict[int, str | None] | None = None) -> list[str]:
    """The normal form of every character of the Basic Multilingual Plane, by code point.

    Normalising character by character gives the same result as the whole
    pipeline (a property test holds the two together): every composition
    NFKC could make across characters involves a mark that is dropped. So
    one str.translate through this list does NFKC, case folding, NFKD and
    the folds in a single C-speed pass, without the dict misses that make a
    translate through the fold table slow on Arabic text. Built in one
    pipeline call over all characters separated by NUL (a starter nothing
    composes with, and which nothing folds).
    """
    chars = [chr(cp) for cp in range(0x10000)]
    # NUL itself and lone surrogates (not text) stand in as "?" and map to themselves.
    chars[0] = "?"
    chars[0xD800:0xE000] = ["?"] * 0x800
    pieces = _pipeline("\x00".join(chars), folds).split("\x00")
    pieces[0] = "\x00"
    pieces[0xD800:0xE000] = [chr(cp) for cp in range(0xD800, 0xE000)]
    return pieces


def _bmp_table_from(ranges: Iterable[tuple[int, int]], forms: bytes) -> list[int | str]:
    """The BMP table from its shipped form: the ranges of characters that change, and their forms.

    An unchanged character maps to its own code point. Ints are the cheap
    way to fill 65,536 entries (~1.5 ms in a fresh process, against ~5 ms
    for one-character strings), but str.translate writes a str entry ~6%
    faster than an int one, so the blocks news text is written in (Latin,
    Arabic and the scripts between, General Punctuation) get str entries.
    """
    pieces = zlib.decompress(binascii.a2b_base64(forms)).decode("utf-8").split("\x00")
    table: list[int | str] = list(range(0x10000))
    table[:0x800] = map(chr, range(0x800))
    table[0x2000:0x2070] = map(chr, range(0x2000, 0x2070))
    i = 0
    for lo, hi in ranges:
        n = hi + 1 - lo
        table[lo:hi + 1] = pieces[i:i + n]
        i += n
    # A short slice would shift every later entry: never index with such a table.
    if i != len(pieces) or len(table) != 0x10000:
        raise ValueError(f"arabic_tables: {len(pieces)} forms for {i} changed characters")
    return table


@functools.cache
def _bmp_table() -> list[int | str]:
    """str.translate table of the BMP: the whole normalisation of one character per entry."""
    shipped = _shipped()
    if shipped is None:
        return _computed_bmp_table()
    return _bmp_table_from(_ranges(shipped.BMP_RANGES), shipped.BMP_FORMS)


_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


def normalize(text: str) -> str:
    """The normal form of `text` (no stemming)."""
    if text.isascii():
        return text.lower()
    if _ASTRAL.search(text) or _HAMZA_ABOVE in text:
        return _pipeline(text)      # character by character cannot see a seat and its mark join
    return text.translate(_bmp_table())


@functools.lru_cache(maxsize=65536)
def _normalize_char(ch: str) -> str:
    return _pipeline(ch)


def _char_map(text: str) -> tuple[str, list[int], list[int]]:
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for i, ch in enumerate(text):
        piece = _normalize_char(ch)
        if ch in "يو" and _joins_hamza_above(text, i):
            piece = "ء"
        out.append(piece)
        starts.extend([i] * len(piece))
        ends.extend([i + 1] * len(piece))
    return "".join(out), starts, ends


def _joins_hamza_above(text: str, i: int) -> bool:
    """Whether the seat at text[i] and the marks after it compose into ئ or ؤ (then folded to ء)."""
    j = i + 1
    while j < len(text) and unicodedata.combining(text[j]):
        j += 1
    return j > i + 1 and unicodedata.normalize("NFC", text[i:j])[0] in _SEATED_HAMZA


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """The normal form and, for each of its positions, the original position.

    The map has one entry more than the normal form: its last entry is
    len(text), so a normalised span [a, b) maps to [map[a], map[b]).
    """
    norm, starts, _ = _char_map(text)
    return norm, starts + [len(text)]


@dataclass(frozen=True, slots=True)
class Token:
    text: str   # as written in the original
    norm: str   # normalised form
    stem: str   # light10 stem of the normalised form
    start: int  # offsets in the original text
    end: int


def _original_span(a: int, b: int, starts: list[int], ends: list[int], n: int) -> tuple[int, int]:
    """Original [start, end) of normalised [a, b): trailing dropped marks are included."""
    end = ends[b - 1]
    if b == len(starts):
        end = n
    elif starts[b] > end:
        end = starts[b]
    return starts[a], end


def tokenize(text: str) -> list[Token]:
    """Tokens with their normal form, stem and span in the original text."""
    norm, starts, ends = _char_map(text)
    tokens = []
    for m in _TOKEN_RE.finditer(norm):
        start, end = _original_span(m.start(), m.end(), starts, ends, len(text))
        word = m.group()
        tokens.append(Token(text[start:end], word, stem(word), start, end))
    return tokens


def words(norm_text: str) -> list[str]:
    """The tokens of text that is already normalised (the fast path for indexing)."""
    return _TOKEN_RE.findall(norm_text)


@functools.lru_cache(maxsize=262144)
def stem(word: str) -> str:
    """Lucene's light10 stemmer on a normalised word: one prefix, then suffixes.

    Cached: word frequencies are Zipf-like, so indexing meets the same forms
    over and over.
    """
    n = len(word)
    for p in _PREFIXES:
        if word.startswith(p) and n >= len(p) + 2 and (len(p) > 1 or n >= 4):
            if p == "وكال":
                # وكالة (agency) and its forms begin the same way: only a long rest is "and like the …".
                if n - len(p) < 5:
                    continue
            elif p[0] == "و" and word.startswith(_ROOT_WAW):
                break
            word = word[len(p):]
            break
    for s in _SUFFIXES:
        if len(word) >= len(s) + 2 and word.endswith(s):
            word = word[: -len(s)]
    return word


def index_forms(text: str) -> tuple[str, str]:
    """The normalised and the stemmed column text FTS5 indexes for `text`."""
    toks = words(normalize(text))
    return " ".join(toks), " ".join(map(stem, toks))


_TO_WESTERN = str.maketrans({d: str(i % 10) for i, d in enumerate(_DIGITS)})
_TO_ARABIC_INDIC = str.maketrans({str(i): d for i, d in enumerate(_DIGITS[:10])})


def to_western_digits(text: str) -> str:
    return text.translate(_TO_WESTERN)


def to_arabic_indic_digits(text: str) -> str:
    return text.translate(_TO_ARABIC_INDIC)


def contains_arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f"
               or "\ufb50" <= ch <= "\ufeff" for ch in text)


def text_direction(text: str, default: str = "rtl") -> str:
    """"rtl" or "ltr" from the first strong character (the Unicode bidi rule P2)."""
    for ch in text:
        bidi = unicodedata.bidirectional(ch)
        if bidi in ("R", "AL"):
            return "rtl"
        if bidi == "L":
            return "ltr"
    return default
