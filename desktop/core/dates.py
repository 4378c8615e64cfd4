"""Interchange dates: ISO text of the precision known (2014, 2025-09, 2024-09-27), checked and spanned."""
from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from typing import Any

from desktop.core import arabic
from desktop.core.errors import RecordError

_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def parse_date(value: Any, field: str = "date") -> str:
    """An ISO date of the precision known: 2014, 2025-09 or 2024-09-27 (RecordError otherwise)."""
    if not isinstance(value, str):
        raise RecordError("field.date_not_text", field=field, type=type(value).__name__)
    return _parse_date_text(value, field)


@functools.lru_cache(maxsize=8192)
def _parse_date_text(value: str, field: str) -> str:
    """Cached: a big import has a few thousand distinct dates over millions of records."""
    m = _DATE_RE.match(arabic.to_western_digits(value.strip()))
    if not m:
        raise RecordError("field.not_date", field=field, value=value)
    year, month, day = m.groups()
    if int(year) == 0:
        raise RecordError("field.year_zero", field=field, value=value)
    try:
        if day:
            dt.date(int(year), int(month), int(day))
        elif month and not 1 <= int(month) <= 12:
            raise ValueError("month out of range")
    except ValueError:
        raise RecordError("field.not_calendar_date", field=field, value=value) from None
    return m.group(0)


def date_bounds(value: str) -> tuple[str, str]:
    """The first and last day an ISO date of any precision covers (9999-12 included)."""
    parts = value.split("-")
    if len(parts) == 3:
        return value, value
    if len(parts) == 2:
        year, month = int(parts[0]), int(parts[1])
        return f"{value}-01", f"{value}-{calendar.monthrange(year, month)[1]:02d}"
    return f"{value}-01-01", f"{value}-12-31"
