"""A date as an analyst types it, read into the store's ISO text of the precision typed.

One reader for every place a person types a date (the import sheet, the
record forms), so a date written the way the app shows it («12 ديسمبر 2025»)
is taken wherever a date is asked for: 2025-12-31, 31/12/2025, either family
of Arabic month names (كانون الأول or ديسمبر), English month names, with
Arabic-Indic or Western digits. A year or a month stays a year or a month.
"""
from __future__ import annotations

import datetime as dt
import re

from desktop.core import arabic
from desktop.core.errors import InputError

_ISO_PART = re.compile(r"\d{4}(-\d{2})?")
# «December 2025», «Dec. 2025»: an English month name before its year, with no day.
_EN_MONTH_YEAR = re.compile(r"([A-Za-z]+)\.?,? (\d{4})")


def typed_date(value: str) -> str:
    """An ISO date from a date as typed: 2025-12-31, 31/12/2025, 31 كانون الأول 2025, 31 ديسمبر 2025,
    31 December 2025, with Arabic-Indic or Western digits. A year or a year and month keep their
    precision. Raises InputError("article.bad_date") naming what was typed."""
    text = arabic.to_western_digits(value.strip())
    if not text:
        return ""
    if _ISO_PART.fullmatch(text):
        return _checked(text, value)
    iso = numeric_date(text) or _english_month(text)
    if iso:
        return iso
    # Imported lazily: the cell and extraction readers are big, and most typed dates are ISO.
    from desktop.core.formats.cells import CellError, parse_event_date
    try:
        return parse_event_date(text)
    except CellError:
        pass
    from desktop.core.extract.dates import find_dates
    norm = arabic.normalize(text)
    mentions = [m for s, e, m in find_dates(norm, None) if s == 0 and e >= len(norm.rstrip("هـ ").rstrip())]
    if mentions and not mentions[0].relative:
        return mentions[0].date
    raise InputError("article.bad_date", value=value)


def read_or_as_typed(value: str) -> str:
    """The ISO date typed, or the text itself when it is none, for the store's validation to refuse
    in its own words (field.not_date names the field)."""
    try:
        return typed_date(value) or value.strip()
    except InputError:
        return value.strip()


def _english_month(text: str) -> str:
    from desktop.core.formats.cells import _MONTHS_EN
    m = _EN_MONTH_YEAR.fullmatch(text)
    month = _MONTHS_EN.get(m[1].lower()) if m else None
    return f"{int(m[2]):04d}-{month:02d}" if month and int(m[2]) else ""


def numeric_date(text: str) -> str:
    """An ISO day from digits alone, year first or day first (2025/12/31, 31.12.2025), or ""."""
    text = arabic.to_western_digits(text.strip())
    m = re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", text)
    if m:
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
    else:
        m = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", text)
        if not m:
            return ""
        d, mo, y = int(m[1]), int(m[2]), int(m[3])       # day first, as outside the US
    try:
        return dt.date(y, mo, d).isoformat()
    except ValueError:
        return ""


def _checked(iso: str, typed: str) -> str:
    year, _, month = iso.partition("-")
    if int(year) == 0 or (month and not 1 <= int(month) <= 12):
        raise InputError("article.bad_date", value=typed)
    return iso
