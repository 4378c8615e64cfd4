"""Interchange dates ("2014", "2025-09", "2024-09-27") as readers write them.

A date is shown at the precision it was recorded with, never padded with an
invented month or day: "2025-09" is «سبتمبر 2025» / "September 2025", a range
is «2014–2017», an approximate date is «نحو يناير 2026» / "c. January 2026".
Digits stay Western here; the caller converts them if it wants Arabic-Indic.
"""
from __future__ import annotations

import datetime as dt
import re

from desktop.core import hijri
from desktop.core.errors import MarsadError

MONTHS_AR = (
    "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
    "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
)
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
LANGUAGES = ("ar", "en")

_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_APPROX = {"ar": "نحو {}", "en": "c. {}"}
_UNDATED = {"ar": "غير مؤرخ", "en": "undated"}
_RANGE_DASH = "\u2013"  # en dash, as in «2014–2017»


class DateFormatError(MarsadError, ValueError):
    """A date string is not an interchange date."""


def parse(value: str) -> tuple[int, int | None, int | None]:
    """(year, month or None, day or None) of an interchange date; checks the calendar."""
    m = _DATE_RE.match(value or "")
    if not m:
        raise DateFormatError("field.not_date", value=value)
    year, month, day = (int(g) if g else None for g in m.groups())
    if month is not None and not 1 <= month <= 12:
        raise DateFormatError("field.not_calendar_date", value=value)
    if day is not None:
        try:
            dt.date(year, month, day)
        except ValueError:
            raise DateFormatError("field.not_calendar_date", value=value) from None
    return year, month, day


def _check_language(language: str) -> None:
    if language not in LANGUAGES:
        raise DateFormatError("field.not_choice", field="language", value=language, choices=", ".join(LANGUAGES))


def format_date(value: str, language: str = "ar") -> str:
    """One interchange date at its own precision: «27 سبتمبر 2024», «سبتمبر 2025», «2014»."""
    _check_language(language)
    year, month, day = parse(value)
    months = MONTHS_AR if language == "ar" else MONTHS_EN
    if month is None:
        return str(year)
    if day is None:
        return f"{months[month - 1]} {year}"
    return f"{day} {months[month - 1]} {year}"


def format_span(date: str | None, date_end: str | None = None,
                precision: str | None = None, language: str = "ar") -> str:
    """A record's date, range and precision as one label; undated records say so."""
    _check_language(language)
    if not date:
        return _UNDATED[language]
    start = format_date(date, language)
    if date_end and date_end != date:
        end = format_date(date_end, language)
        label = _join_range(date, date_end, start, end)
    else:
        label = start
    if precision == "approximate":
        label = _APPROX[language].format(label)
    return label


def _join_range(date: str, date_end: str, start: str, end: str) -> str:
    # Bare years join tightly («2014–2017»); anything longer gets spaces
    # around the dash so the two ends stay readable («سبتمبر 2025 – سبتمبر 2026»).
    if len(date) == 4 and len(date_end) == 4:
        return f"{start}{_RANGE_DASH}{end}"
    return f"{start} {_RANGE_DASH} {end}"


def sort_key(date: str | None, date_end: str | None = None) -> tuple:
    """Orders records by start date; a coarser date sorts before finer ones
    in the same period ("2025" < "2025-01" < "2025-01-05"), undated last."""
    if not date:
        return (1, 0, 0, 0, "")
    try:
        year, month, day = parse(date)
    except DateFormatError:
        return (1, 0, 0, 0, date)
    return (0, year, month or 0, day or 0, date_end or "")


def gregorian_long(day: dt.date, language: str = "ar") -> str:
    """«31 ديسمبر 2025» / "31 December 2025"."""
    return format_date(day.isoformat(), language)


def hijri_long(day: dt.date, language: str = "ar") -> str:
    """«11 رجب 1447 هـ» / "11 Rajab 1447 AH" in the tabular calendar."""
    _check_language(language)
    h = hijri.from_gregorian(day)
    if language == "ar":
        return f"{h.day} {hijri.MONTHS_AR[h.month - 1]} {h.year} هـ"
    return f"{h.day} {hijri.MONTHS_EN[h.month - 1]} {h.year} AH"
