"""How the gazetteer tests read a place: as a name alone, or at a word of running text after the
writing rules (marks, adjectives, a place's context)."""
from __future__ import annotations

from desktop import paths
from desktop.core import arabic
from desktop.core.extract.analysis import Analysis
from desktop.core.extract.document import Document
from desktop.core.extract.gazetteer import default_gazetteer, read_records


def gazetteer_records() -> list[dict]:
    return read_records(paths.data_dir() / "gazetteer.jsonl")


def place(text: str):
    """The place entry the gazetteer reads in `text`, a name as written in running text."""
    words = arabic.words(arabic.normalize(text))
    found = default_gazetteer().find_all(words)
    assert len(found) == 1 and (found[0].i, found[0].j) == (0, len(words)), text
    return found[0].of_kind("place")


def place_in_article(text: str, word: str):
    """The place entry read at `word` in `text`, after the writing rules (marks, adjectives)."""
    an = Analysis(Document.of(text), default_gazetteer())
    k = an.words.index(arabic.normalize(word))
    return an.gaz_at[k].of_kind("place") if k in an.gaz_at else None
