"""Dates as the tables show them («12 مارس 2024», "12 March 2024"), for widgets that are not tables.

Lists and lines outside the tables (the review dialog's proposals, its meta line) have no model that
carries the language and the digits preference; they read both from what the app installed, so a
date reads the same there as in the table beside it. Plain text: callers escape it for rich text.
"""
from __future__ import annotations

from PySide6.QtCore import QLocale

from desktop.core import dateformat
from desktop.core.kinds import Kind
from desktop.ui.detail_values import digits


def ui_language() -> str:
    """The UI language the app installed (QLocale's default follows it)."""
    return "ar" if QLocale().language() == QLocale.Arabic else "en"


def arabic_digits(language: str) -> bool:
    """Whether numbers are written in Arabic-Indic digits: the Arabic UI's user's choice."""
    from desktop.ui import settings
    return language == "ar" and settings.General().arabic_digits()


def _shown(text: str, language: str) -> str:
    return digits(text, arabic_digits(language))


def date(value: str) -> str:
    """One interchange date at its own precision; a value that is not one is shown as written."""
    language = ui_language()
    try:
        return _shown(dateformat.format_date(str(value), language), language)
    except ValueError:
        return str(value)


def record_date(kind: Kind, rec: dict) -> str:
    """A record's date with its end and precision («نحو مارس 2024», «2014–2017»), "" when it has none."""
    value = rec.get(kind.date) if kind.date else None
    if not value:
        return ""
    end = rec.get(kind.date_end) if kind.date_end else None
    precision = rec.get(kind.precision) if kind.precision else None
    language = ui_language()
    try:
        return _shown(dateformat.format_span(value, end, precision, language), language)
    except ValueError:
        return str(value)
