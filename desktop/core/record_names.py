"""Which of a record's names a reader is shown: its English name in English, when it has one.

Actors and places keep an English name beside the Arabic one (Kind.english).
The English briefing, the English window's tables and detail pane and the
timeline's lanes all name a record by the same choice, made here, so a
name reads the same wherever an English reader meets it.
"""
from __future__ import annotations

from typing import Mapping


def shown(name: str | None, english: str | None, language: str) -> str | None:
    """`english` in the English UI when there is one, else `name` (the record's own, Arabic, name)."""
    return english if language == "en" and english else name


def record_name(rec: Mapping | None, language: str, fallback: str = "") -> str:
    """A whole record's name in `language` (its name or title, its English name), else `fallback`:
    in English the English name first, in Arabic the record's own and the English one only when it
    has no other."""
    if not rec:
        return fallback
    english = rec.get("name_en")
    return shown(rec.get("name") or rec.get("title"), english, language) or english or fallback
