"""Core's validation reasons in the UI language.

Core stays Qt-free and words its reasons in English (the command line prints
them as they are). The forms show them through here: each reason core can
give is matched by a pattern, and its translatable template is filled with
the values the pattern caught. A reason no pattern knows is shown as it is.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_V = r"'?(.+?)'?"  # a value as core quotes it (repr of a string, or a bare number)

# (pattern over core's English reason, the same reason as a template for translation;
# QT_TRANSLATE_NOOP marks the template for lupdate and returns it unchanged)
_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"must not be empty", QT_TRANSLATE_NOOP("Reasons", "must not be empty")),
    (r"must be text, not (\w+)", QT_TRANSLATE_NOOP("Reasons", "must be text")),
    (r"is ([\d,]+) characters long; the limit is ([\d,]+)", QT_TRANSLATE_NOOP("Reasons", "is %1 characters long; the limit is %2")),
    (r"contains a NUL character", QT_TRANSLATE_NOOP("Reasons", "contains a NUL character")),
    (rf"{_V} is not one of (.+)", QT_TRANSLATE_NOOP("Reasons", "“%1” is not one of: %2")),
    (r"must be a list of text", QT_TRANSLATE_NOOP("Reasons", "must be a list of text")),
    (r"must be a list", QT_TRANSLATE_NOOP("Reasons", "must be a list")),
    (r"has ([\d,]+) items; the limit is ([\d,]+)", QT_TRANSLATE_NOOP("Reasons", "has %1 items; the limit is %2")),
    (r"must be a date as text.*", QT_TRANSLATE_NOOP("Reasons", "must be a date: YYYY, YYYY-MM or YYYY-MM-DD")),
    (rf"{_V} is not a date \(use .*\)", QT_TRANSLATE_NOOP("Reasons", "“%1” is not a date: use YYYY, YYYY-MM or YYYY-MM-DD")),
    (rf"{_V} is not a calendar date.*", QT_TRANSLATE_NOOP("Reasons", "“%1” is not a date on the calendar")),
    (rf"{_V}: year 0 does not exist", QT_TRANSLATE_NOOP("Reasons", "“%1”: there is no year 0")),
    (r"must be a number", QT_TRANSLATE_NOOP("Reasons", "must be a number")),
    (r"(.+) is outside (.+)", QT_TRANSLATE_NOOP("Reasons", "%1 is outside %2")),
    (r"must be true or false", QT_TRANSLATE_NOOP("Reasons", "must be true or false")),
    (rf"{_V} is not an id like .*", QT_TRANSLATE_NOOP("Reasons", "“%1” is not an id like actor:hussein-allawi")),
    (r"is required for a record of kind (\w+)", QT_TRANSLATE_NOOP("Reasons", "is required")),
    (rf"{_V} does not start with .*", QT_TRANSLATE_NOOP("Reasons", "“%1” does not start with the record's kind")),
    (r"is set but date is not", QT_TRANSLATE_NOOP("Reasons", "is set but the date is not")),
    (r"(\S+) is before the date (\S+)", QT_TRANSLATE_NOOP("Reasons", "%1 is before the date %2")),
    (rf"no (\w+) with id {_V} in the file or the store", QT_TRANSLATE_NOOP("Reasons", "no record with the id “%2”")),
    (rf"{_V} matches no (\w+) id, name or alias", QT_TRANSLATE_NOOP("Reasons", "“%1” matches no name, alias or id")),
    (rf"{_V} is ambiguous: it names (.+)", QT_TRANSLATE_NOOP("Reasons", "“%1” names several records: %2")),
    (rf"{_V} is not a (\w+) id .*", QT_TRANSLATE_NOOP("Reasons", "“%1” is not an id")),
    (r"a record cannot refer to itself", QT_TRANSLATE_NOOP("Reasons", "a record cannot refer to itself")),
    (r"is missing \"actor\"", QT_TRANSLATE_NOOP("Reasons", "the actor is missing")),
    (r"must be \[start, end\].*", QT_TRANSLATE_NOOP("Reasons", "must be [start, end], start not after end")),
    (r"needs the source it points into", QT_TRANSLATE_NOOP("Reasons", "needs the source it points into")),
)


def match(reason: str) -> tuple[str, tuple[str, ...]] | None:
    """The template for one of core's reasons and the values it holds, or None if unknown."""
    for pattern, template in _PATTERNS:
        m = re.fullmatch(pattern, reason)
        if m:
            return template, m.groups()
    return None


def translate(reason: str) -> str:
    """`reason` in the UI language; unknown reasons come back unchanged."""
    found = match(reason)
    if found is None:
        return reason
    template, values = found
    text = QCoreApplication.translate("Reasons", template)
    for i, value in enumerate(values, 1):
        # First-strong isolates: a date or an id keeps its own direction inside an Arabic sentence.
        text = text.replace(f"%{i}", "\u2068" + value + "\u2069")
    return text

