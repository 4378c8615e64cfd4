"""The shipped gazetteer (data/gazetteer.jsonl): known places and actors by every name.

Matching is on normalised tokens, longest name first, with the clitics that
attach to a name in running text stripped from its first word
(و، ف، ب، ل، ك; «لل» restores the article: «للعراق» -> «العراق»).

Normalisation drops the short vowels and the shadda, so two places written alike but for them
(«عُمان» Oman, «عمّان» Amman) share one key. A one-word match is kept only when the marks the
text writes on it do not contradict those of an entry's vocalised name (`fits_written`), and a
bare word that is also a city of another country (`CITY_HOMOGRAPHS`) is that city, not the
entry, in an article that names that country (`homograph_city`). A name an entry lists under
`context_only` («جدة»، «تعز»، «الخليل»: a city's name that is also a common word or a given name) is
read as the place only where running text uses it as one (`context_places`).
"""
from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Iterable, Mapping

from desktop import paths
from desktop.core import arabic
from desktop.core.errors import InputError, Where


class GazetteerError(InputError):
    """The gazetteer file is unreadable or holds an invalid line."""


@dataclass(frozen=True)
class Entry:
    id: str
    kind: str          # actor or place
    name: str
    type: str | None
    parent: str | None
    record: Mapping


@dataclass(frozen=True)
class Mention:
    i: int             # token range [i, j) in the document
    j: int
    entries: tuple[Entry, ...]

    def of_kind(self, kind: str) -> Entry | None:
        return next((e for e in self.entries if e.kind == kind), None)


def name_key(name: str) -> tuple[str, ...]:
    return tuple(arabic.words(arabic.normalize(name)))


# Words whose first letter only looks like a clitic on a listed name: «كلاوس» is Klaus (Schwab,
# Iohannis), never «like Laos»; «كسول» is «lazy», never «like Seoul»; «كاسيا» is Kaseya (Africa
# CDC's Jean Kaseya), never «like Asia».
_NOT_CLITIC = frozenset({"كلاوس", "كسول", "كاسيا"})


def clitic_variants(word: str) -> list[str]:
    """`word` and the forms left when a conjunction or preposition is taken off it."""
    out = [word]
    bases = [word]
    if len(word) > 3 and word[0] in "وف" and word not in _NOT_CLITIC:
        bases.append(word[1:])
        out.append(word[1:])
    for b in bases:
        if len(b) > 3 and b not in _NOT_CLITIC:
            if b.startswith("لل"):
                out.append("ال" + b[2:])
                # «للجنة»: «لـ» on «اللجنة», whose own «ل» the writing merges with the article's
                out.append("ال" + b[1:])
            elif b[0] in "بلك":
                out.append(b[1:])
        elif len(b) == 3 and b[0] in "بلك" and b[1:] in _SHORT_HEADS:
            out.append(b[1:])     # «ببن عروس»، «بتل أبيب»، «بأم درمان»: a two-letter first word
    return out


# Two-letter first words of place names, which take a clitic as longer words do
_SHORT_HEADS = frozenset(("بن", "تل", "ام", "بي"))     # («لبي بي سي»: to the BBC)


_MARKS = frozenset("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670")
_SHADDA = "\u0651"
_TATWEEL = "\u0640"

# A word the gazetteer reads as one entry that is also a city of another country, and the words
# (normalised) by which an article names that country: «عمان» is Oman, or Amman in Jordan.
CITY_HOMOGRAPHS: Mapping[str, frozenset[str]] = MappingProxyType({
    "عمان": frozenset({"الاردن", "الاردني", "الاردنيه", "الاردنيون", "الاردنيين", "الاردنيه", "والاردن",
                       "بالاردن", "للاردن", "اردني", "اردنيه", "اردنيين"}),
})


def letter_marks(word: str) -> list[tuple[str, frozenset[str]]]:
    """The letters of `word` as written, each with the marks (short vowels, shadda) on it."""
    out: list[tuple[str, set[str]]] = []
    for ch in word:
        if ch == _TATWEEL:
            continue
        if ch in _MARKS:
            if out:
                out[-1][1].add(ch)
            continue
        out.append((ch, set()))
    return [(ch, frozenset(m)) for ch, m in out]


def marks_conflict(written: str, listed: str) -> bool:
    """Whether the marks written on a word contradict those of a vocalised name it matched: a
    shadda where the name writes none, or another vowel on the same letter. The written word
    may carry a clitic in front; letters are aligned from the end."""
    w, n = letter_marks(written), letter_marks(listed)
    if len(w) < len(n) or not any(m for _, m in n):
        return False
    for (_, wm), (_, nm) in zip(w[len(w) - len(n):], n):
        if _SHADDA in wm and _SHADDA not in nm:
            return True
        wv, nv = wm - {_SHADDA}, nm - {_SHADDA}
        if wv and nv and wv != nv:
            return True
    return False


class Gazetteer:
    def __init__(self, records: Iterable[dict]):
        by_id: dict[str, Entry] = {}
        index: dict[tuple[str, ...], list[Entry]] = {}
        context_only: set[tuple[str, ...]] = set()
        for rec in records:
            entry = Entry(rec["id"], rec["kind"], rec["name"], rec.get("type"),
                          rec.get("parent"), MappingProxyType(dict(rec)))
            by_id[entry.id] = entry
            for name in [rec["name"], rec.get("name_en", ""), *rec.get("aliases", [])]:
                key = name_key(name) if name else ()
                # two-letter Latin acronyms (UN, EU) collide with ordinary text
                if not key or (name.isascii() and len(name) < 3):
                    continue
                bucket = index.setdefault(key, [])
                if entry not in bucket:
                    bucket.append(entry)
            context_only.update(name_key(name) for name in rec.get("context_only", []))
        self._by_id = MappingProxyType(by_id)
        self._context_only = frozenset(k for k in context_only if k)
        self._index = MappingProxyType({k: tuple(v) for k, v in index.items()})
        self.max_len = max((len(k) for k in index), default=0)

    def entries(self) -> list[Entry]:
        return list(self._by_id.values())

    def fits_written(self, written: str, entry: Entry) -> bool:
        """Whether one written word (marks and all) may be `entry`: not when every vocalised name
        of the entry with the word's key is contradicted by the marks written on it («عمّان» is
        not «عُمان»). Unvocalised text, or an entry with no vocalised name, always fits."""
        if not any(ch in _MARKS for ch in written):
            return True
        key = name_key(written)
        if len(key) != 1:
            return True
        rec = entry.record
        vocalised = []
        for name in [rec.get("name", ""), *rec.get("aliases", [])]:
            if not name or not any(ch in _MARKS for ch in name) or len(name_key(name)) != 1:
                continue
            if name_key(name)[0] in clitic_variants(key[0]):
                vocalised.append(name)
        return not vocalised or any(not marks_conflict(written, name) for name in vocalised)

    def homograph_city(self, written: str, article_words: frozenset[str]) -> bool:
        """Whether a bare written word is the city of another country its article names
        («في عمّان» in a report on Jordan is Amman, not Oman)."""
        key = name_key(written)
        if len(key) != 1:
            return False
        for form in clitic_variants(key[0]):
            country = CITY_HOMOGRAPHS.get(form)
            if country and country & article_words:
                return True
        return False

    def at_key(self, key: tuple[str, ...]) -> tuple[Entry, ...]:
        """The entries listed under exactly these normalised words."""
        return self._index.get(key, ())

    def is_context_only(self, key: tuple[str, ...]) -> bool:
        """Whether a listed name is read as its place only in a place's context («جدة»)."""
        return key in self._context_only

    def has_key(self, words: tuple[str, ...]) -> bool:
        """True when exactly these normalised words name an entry."""
        return words in self._index

    def get(self, entry_id: str) -> Entry | None:
        return self._by_id.get(entry_id)

    def lookup(self, name: str) -> tuple[Entry, ...]:
        """Entries named exactly `name` (after normalisation and clitic stripping)."""
        key = name_key(name)
        if not key:
            return ()
        for first in clitic_variants(key[0]):
            hit = self._index.get((first,) + key[1:])
            if hit:
                return hit
        return ()

    def match_at(self, words: list[str], i: int) -> tuple[int, tuple[Entry, ...]] | None:
        """The longest name starting at word i: (number of words, entries)."""
        best = None
        for first in clitic_variants(words[i]):
            for n in range(min(self.max_len, len(words) - i), 0, -1):
                if best and n <= best[0]:
                    break
                hit = self._index.get((first,) + tuple(words[i + 1:i + n]))
                if hit:
                    best = (n, hit)
                    break
        return best

    def find_all(self, words: list[str]) -> list[Mention]:
        out = []
        i = 0
        while i < len(words):
            m = self.match_at(words, i)
            if m:
                out.append(Mention(i, i + m[0], m[1]))
                i += m[0]
            else:
                i += 1
        return out

    def ancestors(self, place_id: str) -> list[Entry]:
        """The parent chain of a place, nearest first (cycles cut)."""
        out: list[Entry] = []
        seen = {place_id}
        entry = self._by_id.get(place_id)
        while entry and entry.parent and entry.parent not in seen:
            seen.add(entry.parent)
            entry = self._by_id.get(entry.parent)
            if entry:
                out.append(entry)
        return out


def read_records(path: Path) -> list[dict]:
    records = []
    try:
        with open(path, encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise GazetteerError("input.bad_json", where=Where(str(path), lineno), column=exc.colno,
                                         reason=exc.msg) from None
                if not isinstance(rec, dict) or rec.get("kind") not in ("actor", "place") \
                        or not rec.get("id") or not rec.get("name"):
                    raise GazetteerError("gazetteer.bad_entry", where=Where(str(path), lineno))
                records.append(rec)
    except OSError as exc:
        raise GazetteerError("input.unreadable", where=Where(str(path)), reason=exc.strerror or str(exc)) from None
    return records


@functools.cache
def default_gazetteer() -> Gazetteer:
    """The shipped gazetteer, loaded once per process (it is read-only)."""
    return Gazetteer(read_records(paths.data_dir() / "gazetteer.jsonl"))
