"""What the search index holds for a record.

Each record is one row of `search_docs`: a "name" part (what the record is
called: a quote's text, an actor's names) ranked above a "body" part (the
rest, plus the names of what it refers to, so that searching a speaker's
name finds their quotes). Both parts are stored normalised and stemmed.
"""
from __future__ import annotations

from typing import Callable

from desktop.core import arabic, articles

NamesOf = Callable[[str, str], list[str]]  # (kind, id) -> names and aliases

KIND_NUMBER = {"actor": 1, "place": 2, "source": 3, "event": 4, "quote": 5}
KIND_SHIFT = 40


def doc_id(kind: str, record_id: int) -> int:
    """The search_docs id of a record: its kind's rowid range, then its own id."""
    return (KIND_NUMBER[kind] << KIND_SHIFT) | record_id


def kind_range(kind: str) -> tuple[int, int]:
    base = KIND_NUMBER[kind] << KIND_SHIFT
    return base, base + (1 << KIND_SHIFT) - 1




def _join(*parts) -> str:
    out = []
    for part in parts:
        if isinstance(part, list):
            out.extend(p for p in part if p)
        elif part:
            out.append(part)
    return "\n".join(out)


def doc_parts(record: dict) -> tuple[str, str, list[tuple[str, str]]]:
    """A record's name text, its own body text, and the records whose names join its body."""
    kind = record["kind"]
    common = [record.get("notes"), record.get("tags", [])]
    if kind in ("actor", "place"):
        name = _join(record["name"], record.get("name_en"), record.get("aliases", []))
        body = _join(record.get("title"), record.get("description"), *common) if kind == "actor" else _join(*common)
    elif kind == "source":
        name = record["title"]
        body = _join(record.get("summary"), record.get("body"), record.get("outlet"),
                     record.get("author"), *common)
    elif kind == "event":
        name = record["title"]
        body = _join(record.get("summary"), record.get("category"), *common)
    else:  # quote
        name = record["text"]
        body = _join(record.get("context"), *common)
    return name, body, related_of(record)


def related_of(record: dict) -> list[tuple[str, str]]:
    """(kind, id) of the records whose names join this record's body."""
    kind = record["kind"]
    if kind == "place":
        return [("place", record["parent"])] if record.get("parent") else []
    if kind == "event":
        related = [("place", record["place"])] if record.get("place") else []
        return related + [("actor", link["actor"]) for link in record.get("actors", [])]
    if kind == "quote":
        return [("actor", record["speaker"])]
    return []


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
        self._by_names: dict[tuple[str, ...], tuple[str, str]] = {}
        self._pieces = _Pieces(_Stems())

    def __call__(self, kind: str, key: str) -> tuple[str, str]:
        names = tuple(self._names_of(kind, key))
        if names not in self._by_names:
            self._by_names[names] = analyse("\n".join(names))
        return self._by_names[names]

    def text(self, text: str) -> tuple[str, str]:
        """analyse(text), through the pieces seen before."""
        found = list(map(self._pieces.__getitem__, text.split()))
        return " ".join([n for n, _ in found if n]), " ".join([s for _, s in found if s])

    def own(self, record: dict, with_hash: bool = False) -> "Own":
        """The analysed text of the record itself, before the names of related records join it.

        `with_hash` adds a source's body hash, for work done ahead in a worker process.
        """
        name, body, _ = doc_parts(record)
        digest = articles.body_hash(record["body"]) if with_hash and record.get("body") else None
        return (*self.text(name), *self.text(body), digest)


# (name_norm, name_stem, body_norm, body_stem) of a record's own text, and a
# source's body hash when it was worked out with them (else None).
Own = tuple[str, str, str, str, "str | None"]


def doc_date(record: dict) -> str | None:
    return record.get("published") if record["kind"] == "source" else record.get("date")


def doc_row(record: dict, record_id: int, analysed: Analysed, own: Own | None = None) -> tuple:
    """The search_docs row of a record; `analysed` gives the analysed names of related records.

    `own` is the record's own analysis when it was made elsewhere (a bulk
    load analyses records in a worker process).
    """
    name_norm, name_stem, body_norm, body_stem, _ = own or analysed.own(record)
    related = related_of(record)
    if related:
        extra = [analysed(kind, key) for kind, key in related]
        body_norm = " ".join([p for p in (body_norm, *(n for n, _ in extra)) if p])
        body_stem = " ".join([p for p in (body_stem, *(s for _, s in extra)) if p])
    date = doc_date(record)
    return (doc_id(record["kind"], record_id), record["kind"], record_id, date, record.get("date_end") or date,
            record.get("review", "confirmed"), name_norm, name_stem, body_norm, body_stem)


UPSERT_DOC = (
    "INSERT INTO search_docs(id, kind, record_id, date, date_end, review, name_norm, name_stem, body_norm, "
    "body_stem) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
    "date = excluded.date, date_end = excluded.date_end, review = excluded.review, name_norm = excluded.name_norm, "
    "name_stem = excluded.name_stem, body_norm = excluded.body_norm, body_stem = excluded.body_stem "
    "WHERE name_norm IS NOT excluded.name_norm OR name_stem IS NOT excluded.name_stem "
    "OR body_norm IS NOT excluded.body_norm OR body_stem IS NOT excluded.body_stem "
    "OR date IS NOT excluded.date OR date_end IS NOT excluded.date_end OR review IS NOT excluded.review"
)
