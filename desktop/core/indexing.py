"""What the search index holds for a record, derived from the kind registry.

A record is indexed in two parts: a "name" part (what the record is called:
a quote's text, an actor's names; fields with search="name") ranked above a
"body" part (the rest of its text, fields with search="body", plus the names
of what it refers to through fields with search="names", so that searching a
speaker's name finds their quotes). The name part is kept normalised and
stemmed, the body part stemmed. The store keeps only the index and a
signature of this text; the text itself is always derived again from the
records, so the analyser is the one source of truth.
"""
from __future__ import annotations

import functools
from typing import Callable, NamedTuple

from desktop.core import arabic, digests, kinds
from desktop.core.kinds import fields as f

# Names what the index holds and how it was analysed. A change to the analyser or to what a
# record's search text is made of changes it, with a migration step that rebuilds the index.
ANALYSER_VERSION = "3"

NamesOf = Callable[[str, str], list[str]]  # (kind, id) -> names and aliases


class Analysis(NamedTuple):
    """The analysed text the index holds for one record."""
    name_norm: str
    name_stem: str
    body_stem: str

    @property
    def sig(self) -> int:
        return signature(self)


# A record's own analysis, before the names of related records join its body, and a
# source's body hash when it was worked out with it (in a worker process), else None.
class Own(NamedTuple):
    name_norm: str
    name_stem: str
    body_stem: str
    digest: str | None


def signature(analysis: Analysis) -> int:
    """A 64-bit signed hash of the analysed text (what search_docs.sig holds)."""
    return digests.signature64("\x1f".join(analysis))


def doc_parts(record: dict) -> tuple[str, str, list[tuple[str, str]]]:
    """A record's name text, its own body text, and (kind, id) of the records whose names join its body."""
    name, body = own_texts(record)
    return name, body, related_of(record)


def own_texts(record: dict) -> tuple[str, str]:
    """A record's name text and its own body text (fields with search="name" and "body")."""
    name_fields, body_fields = _search_fields(record["kind"])
    name: list[str] = []
    body: list[str] = []
    get = record.get
    for field_name in name_fields:
        value = get(field_name)
        if value:
            name += value if isinstance(value, list) else (value,)
    for field_name in body_fields:
        value = get(field_name)
        if value:
            body += value if isinstance(value, list) else (value,)
    return "\n".join(name), "\n".join(body)


@functools.cache
def _search_fields(kind: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    fields = kinds.get(kind).fields
    return (tuple(fl.name for fl in fields if fl.search == "name"),
            tuple(fl.name for fl in fields if fl.search == "body"))


def related_of(record: dict) -> list[tuple[str, str]]:
    """(kind, id) of the records whose names join this record's body."""
    out: list[tuple[str, str]] = []
    for name, target, is_links in _name_fields(record["kind"]):
        value = record.get(name)
        if not value:
            continue
        if is_links:
            out += [(target, link[target]) for link in value]
        else:
            out.append((target, value))
    return out


@functools.cache
def _name_fields(kind: str) -> tuple[tuple[str, str, bool], ...]:
    """(field, target kind, is a list of links) of the references whose target's names join the body."""
    return tuple((fld.name, fld.ref, fld.type == f.LINKS) for fld in kinds.get(kind).fields if fld.search == "names")


def analyse(text: str) -> tuple[str, str]:
    """The normalised and the stemmed token text of `text`."""
    toks = arabic.words(arabic.normalize(text))
    return " ".join(toks), " ".join(map(arabic.stem, toks))


class _Stems(dict):
    """word -> light10 stem, computed on first sight: a plain dict lookup beats lru_cache by half."""

    LIMIT = 500_000

    def __missing__(self, word: str) -> str:
        if len(self) >= self.LIMIT:
            self.clear()
        self[word] = stem = arabic.stem(word)
        return stem


class _Pieces(dict):
    """A piece of raw text between whitespace -> (its normalised words, their stems), each space-joined.

    The analyser normalises character by character, and no whitespace
    normalises into a word character, so the words of a text are the words
    of its pieces in order (test_indexing holds the two together). Looking a
    piece up costs a third of analysing it, and news text repeats its
    pieces: 100k records analyse in 1.4 s instead of 2.1 s.
    """

    LIMIT = 500_000

    def __init__(self, stems: _Stems):
        super().__init__()
        self._stems = stems

    def __missing__(self, piece: str) -> tuple[str, str]:
        if len(self) >= self.LIMIT:
            self.clear()
        words = arabic.words(arabic.normalize(piece))
        self[piece] = forms = (" ".join(words), " ".join(map(self._stems.__getitem__, words)))
        return forms


class _StemPieces(dict):
    """A piece of raw text between whitespace -> its words' stems, space-joined (bodies need no more)."""

    LIMIT = 500_000

    def __init__(self, pieces: _Pieces):
        super().__init__()
        self._pieces = pieces

    def __missing__(self, piece: str) -> str:
        if len(self) >= self.LIMIT:
            self.clear()
        self[piece] = stems = self._pieces[piece][1]
        return stems


class Analysed:
    """The analysis of records for one job (an import, a check), with what it learns remembered.

    Called with (kind, id), it gives the analysed names of that record. A
    speaker's names join the index row of every quote of theirs; analysing
    them once per job instead of once per quote matters at a million rows.
    The cache is keyed by the names themselves, so a record renamed part way
    through a job is analysed afresh.
    """

    def __init__(self, names_of: NamesOf):
        self._names_of = names_of
        self._by_names: dict[tuple[str, ...], str] = {}
        self._pieces = _Pieces(_Stems())
        self._stem_pieces = _StemPieces(self._pieces)

    NAMES_LIMIT = 50_000

    def __call__(self, kind: str, key: str) -> str:
        """The stemmed names of a related record."""
        names = tuple(self._names_of(kind, key))
        found = self._by_names.get(names)
        if found is None:
            if len(self._by_names) >= self.NAMES_LIMIT:
                self._by_names.clear()
            self._by_names[names] = found = self.stems("\n".join(names))
        return found

    def text(self, text: str) -> tuple[str, str]:
        """analyse(text), through the pieces seen before."""
        found = list(map(self._pieces.__getitem__, text.split()))
        return " ".join([n for n, _ in found if n]), " ".join([s for _, s in found if s])

    def stems(self, text: str) -> str:
        """analyse(text)[1], through the pieces seen before (a map and a filter run in C)."""
        return " ".join(filter(None, map(self._stem_pieces.__getitem__, text.split())))

    def own(self, record: dict, with_hash: bool = False) -> Own:
        """The analysed text of the record itself, before the names of related records join it.

        `with_hash` adds a source's body hash, for work done ahead in a worker process.
        """
        name, body = own_texts(record)
        digest = digests.body_hash(record["body"]) if with_hash and record.get("body") else None
        name_norm, name_stem = self.text(name)
        return Own(name_norm, name_stem, self.stems(body), digest)

    def analysis(self, record: dict, own: Own | None = None) -> Analysis:
        """The record's whole analysis: its own text, then the names of what it refers to."""
        name_norm, name_stem, body_stem, _ = own or self.own(record)
        extra = [self(kind, key) for kind, key in related_of(record)]
        if extra:
            body_stem = " ".join([p for p in (body_stem, *extra) if p])
        return Analysis(name_norm, name_stem, body_stem)


def doc_dates(record: dict) -> tuple[str | None, str | None]:
    """The first and last date a record covers, for the from:/to: filters."""
    start_field, end_field = _date_fields(record["kind"])
    date = record.get(start_field) if start_field else None
    end = record.get(end_field) if end_field else None
    return date, end or date


@functools.cache
def _date_fields(kind: str) -> tuple[str | None, str | None]:
    spec = kinds.get(kind)
    return spec.date, spec.date_end
