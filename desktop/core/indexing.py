"""What the search index holds for a record.

Each record is one row of `search_docs`: a "name" part (what the record is
called: a quote's text, an actor's names) ranked above a "body" part (the
rest, plus the names of what it refers to, so that searching a speaker's
name finds their quotes). Both parts are stored normalised and stemmed.
"""
from __future__ import annotations

from typing import Callable

from desktop.core import arabic

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
    related: list[tuple[str, str]] = []
    if kind in ("actor", "place"):
        name = _join(record["name"], record.get("name_en"), record.get("aliases", []))
        if kind == "actor":
            body = _join(record.get("title"), record.get("description"), *common)
        else:
            body = _join(*common)
            if record.get("parent"):
                related.append(("place", record["parent"]))
    elif kind == "source":
        name = record["title"]
        body = _join(record.get("summary"), record.get("body"), record.get("outlet"),
                     record.get("author"), *common)
    elif kind == "event":
        name = record["title"]
        body = _join(record.get("summary"), record.get("category"), *common)
        if record.get("place"):
            related.append(("place", record["place"]))
        related += [("actor", link["actor"]) for link in record.get("actors", [])]
    else:  # quote
        name = record["text"]
        body = _join(record.get("context"), *common)
        related.append(("actor", record["speaker"]))
    return name, body, related


def analyse(text: str) -> tuple[str, str]:
    """The normalised and the stemmed token text of `text`."""
    toks = arabic.words(arabic.normalize(text))
    return " ".join(toks), " ".join(map(arabic.stem, toks))


Analysed = Callable[[str, str], tuple[str, str]]


def names_analyser(names_of: NamesOf) -> Analysed:
    """(kind, id) -> the analysed names of that record, each record analysed once.

    A speaker's names join the index row of every quote of theirs; analysing
    them once per import instead of once per quote matters at a million rows.
    """
    cache: dict[tuple[str, str], tuple[str, str]] = {}

    def analysed(kind: str, key: str) -> tuple[str, str]:
        if (kind, key) not in cache:
            cache[(kind, key)] = analyse("\n".join(names_of(kind, key)))
        return cache[(kind, key)]
    return analysed


def _concat(*parts: str) -> str:
    return " ".join(p for p in parts if p)


def doc_date(record: dict) -> str | None:
    return record.get("published") if record["kind"] == "source" else record.get("date")


def doc_row(record: dict, record_id: int, analysed: Analysed) -> tuple:
    """The search_docs row of a record; `analysed` gives the analysed names of related records."""
    name, body, related = doc_parts(record)
    # One pass of the analyser over both parts: record text never holds NUL
    # (validation refuses it), so NUL separates them safely.
    name_part, body_part = arabic.normalize(name + "\x00" + body).split("\x00", 1)
    name_words, body_words = arabic.words(name_part), arabic.words(body_part)
    extra = [analysed(kind, key) for kind, key in related]
    body_norm = _concat(" ".join(body_words), *(n for n, _ in extra))
    body_stem = _concat(" ".join(map(arabic.stem, body_words)), *(s for _, s in extra))
    date = doc_date(record)
    return (doc_id(record["kind"], record_id), record["kind"], record_id, date, record.get("date_end") or date,
            record.get("review", "confirmed"), " ".join(name_words), " ".join(map(arabic.stem, name_words)),
            body_norm, body_stem)


UPSERT_DOC = (
    "INSERT INTO search_docs(id, kind, record_id, date, date_end, review, name_norm, name_stem, body_norm, "
    "body_stem) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
    "date = excluded.date, date_end = excluded.date_end, review = excluded.review, name_norm = excluded.name_norm, "
    "name_stem = excluded.name_stem, body_norm = excluded.body_norm, body_stem = excluded.body_stem "
    "WHERE name_norm IS NOT excluded.name_norm OR name_stem IS NOT excluded.name_stem "
    "OR body_norm IS NOT excluded.body_norm OR body_stem IS NOT excluded.body_stem "
    "OR date IS NOT excluded.date OR date_end IS NOT excluded.date_end OR review IS NOT excluded.review"
)
