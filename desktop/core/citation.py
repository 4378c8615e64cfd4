"""A quote (or a source) with its citation, as an analyst pastes it into a report.

    «قواتنا المسلحة ستتسلم …» — حسين علاوي، مستشار رئيس الوزراء، الأناضول، 31 ديسمبر 2025
    “Our armed forces will take over …” — Hussein Allawi, adviser, Anadolu, 31 December 2025

The wording (quotation marks, commas, month names) is the citation's
language; the record's own text is kept as written. Pure: the caller reads
the records (`citation_for` does, through any `get(key) -> record`).

Each part written in the other direction's script is followed by a mark of
the citation's own direction (LRM in English, RLM in Arabic): without it,
two Arabic parts separated by an English comma are one right-to-left run,
and an English word processor shows them in swapped order. The marks are
the old, universally supported kind (not isolates, which many editors still
draw as boxes).
"""
from __future__ import annotations

import re
from typing import Callable

from desktop.core import arabic, dateformat

LANGUAGES = ("ar", "en")
_QUOTES = {"ar": ("«", "»"), "en": ("\u201c", "\u201d")}
_COMMA = {"ar": "، ", "en": ", "}
_DASH = " \u2014 "
_MARK = {"ar": "\u200f", "en": "\u200e"}     # RLM, LRM
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_SPACES = re.compile(r"\s+")


def _clean(text: object) -> str:
    """One line: a citation is pasted into running text."""
    return _SPACES.sub(" ", str(text or "")).strip()


def _marked(part: str, language: str) -> str:
    """A part followed by the citation's direction mark when its script runs the other way."""
    other = _ARABIC if language == "en" else _LATIN
    return part + _MARK[language] if other.search(part) else part


def _date(value: str | None, language: str, arabic_digits: bool) -> str:
    if not value:
        return ""
    try:
        text = dateformat.format_date(value, language)
    except dateformat.DateFormatError:
        text = value
    return arabic.to_arabic_indic_digits(text) if arabic_digits and language == "ar" else text


def _name(record: dict | None, language: str, main: str, english: str | None = None) -> str:
    if not record:
        return ""
    if language == "en" and english and record.get(english):
        return _clean(record[english])
    return _clean(record.get(main))


def byline(parts: list[str], language: str) -> str:
    """Non-empty parts joined with the language's comma, each marked when it runs the other way."""
    return _COMMA[language].join(_marked(p, language) for p in parts if p)


def quote_citation(quote: dict, speaker: dict | None = None, source: dict | None = None,
                   language: str = "ar", arabic_digits: bool = False) -> str:
    """«text» — speaker, speaker's title, outlet, date.

    The outlet is the source's; a source with no outlet is named by its title.
    The date is the quote's, else the source's publication date.
    """
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}")
    opening, closing = _QUOTES[language]
    text = f"{opening}{_clean(quote.get('text'))}{closing}"
    outlet = _clean((source or {}).get("outlet")) or _clean((source or {}).get("title"))
    when = _date(quote.get("date") or (source or {}).get("published"), language, arabic_digits)
    parts = [_name(speaker, language, "name", "name_en"), _clean((speaker or {}).get("title")), outlet, when]
    cited = byline(parts, language)
    return f"{_marked(text, language)}{_DASH}{cited}" if cited else text


def source_citation(source: dict, language: str = "ar", arabic_digits: bool = False) -> str:
    """«title», outlet, author, date, address."""
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}")
    opening, closing = _QUOTES[language]
    title = _clean(source.get("title"))
    parts = [f"{opening}{title}{closing}" if title else "", _clean(source.get("outlet")),
             _clean(source.get("author")), _date(source.get("published"), language, arabic_digits),
             _clean(source.get("url"))]
    return byline(parts, language)


def citation_for(get: Callable[[str], dict | None], key: str, language: str = "ar",
                 arabic_digits: bool = False) -> str | None:
    """The citation of the record `key` (a quote or a source), reading what it refers to; None for others."""
    record = get(key)
    if not record:
        return None
    if record.get("kind") == "quote":
        speaker = get(record["speaker"]) if record.get("speaker") else None
        source = get(record["source"]) if record.get("source") else None
        return quote_citation(record, speaker, source, language, arabic_digits)
    if record.get("kind") == "source":
        return source_citation(record, language, arabic_digits)
    return None


def cites(kind: str) -> bool:
    """Whether records of `kind` have a citation."""
    return kind in ("quote", "source")
