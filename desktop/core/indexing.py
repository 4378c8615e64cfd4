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


DOC_COLUMNS = ("kind", "record_id", "date", "date_end", "review", "name_norm", "name_stem", "body_norm", "body_stem")


def _join(*parts) -> str:
    out = []
    for part in parts:
        if isinstance(part, list):
            out.extend(p for p in part if p)
        elif part:
            out.append(part)
    return "\n".join(out)


def doc_texts(record: dict, names_of: NamesOf) -> tuple[str, str]:
    """The name text and the body text of a record in interchange form."""
    kind = record["kind"]
    common = [record.get("notes"), record.get("tags", [])]
    if kind in ("actor", "place"):
        name = _join(record["name"], record.get("name_en"), record.get("aliases", []))
        if kind == "actor":
            body = _join(record.get("title"), record.get("description"), *common)
        else:
            parent = names_of("place", record["parent"]) if record.get("parent") else []
            body = _join(parent, *common)
    elif kind == "source":
        name = record["title"]
        body = _join(record.get("summary"), record.get("body"), record.get("outlet"),
                     record.get("author"), *common)
    elif kind == "event":
        name = record["title"]
        related = []
        if record.get("place"):
            related += names_of("place", record["place"])
        for link in record.get("actors", []):
            related += names_of("actor", link["actor"])
        body = _join(record.get("summary"), record.get("category"), *common, related)
    else:  # quote
        name = record["text"]
        body = _join(record.get("context"), *common, names_of("actor", record["speaker"]))
    return name, body


def doc_date(record: dict) -> str | None:
    return record.get("published") if record["kind"] == "source" else record.get("date")


def doc_row(record: dict, record_id: int, names_of: NamesOf) -> tuple:
    name, body = doc_texts(record, names_of)
    # One pass of the analyser over both parts: record text never holds NUL
    # (validation refuses it), so NUL separates them safely.
    name_part, body_part = arabic.normalize(name + "\x00" + body).split("\x00", 1)
    name_words, body_words = arabic.words(name_part), arabic.words(body_part)
    name_norm, name_stem = " ".join(name_words), " ".join(map(arabic.stem, name_words))
    body_norm, body_stem = " ".join(body_words), " ".join(map(arabic.stem, body_words))
    date = doc_date(record)
    return (doc_id(record["kind"], record_id), record["kind"], record_id, date, record.get("date_end") or date, record.get("review", "confirmed"),
            name_norm, name_stem, body_norm, body_stem)


UPSERT_DOC = (
    "INSERT INTO search_docs(id, kind, record_id, date, date_end, review, name_norm, name_stem, body_norm, "
    "body_stem) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
    "date = excluded.date, date_end = excluded.date_end, review = excluded.review, name_norm = excluded.name_norm, "
    "name_stem = excluded.name_stem, body_norm = excluded.body_norm, body_stem = excluded.body_stem "
    "WHERE name_norm IS NOT excluded.name_norm OR name_stem IS NOT excluded.name_stem "
    "OR body_norm IS NOT excluded.body_norm OR body_stem IS NOT excluded.body_stem "
    "OR date IS NOT excluded.date OR date_end IS NOT excluded.date_end OR review IS NOT excluded.review"
)
