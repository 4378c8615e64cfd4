"""Gregorian dates to the tabular (arithmetical) Islamic calendar.

We use the tabular calendar with the civil epoch (1 Muharram 1 AH =
Friday 16 July 622 Julian, JDN 1948440) and the common 30-year leap cycle
(leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29: "Kuwaiti algorithm",
Qt's and ICU's "islamic-civil"). It is pure arithmetic, so it needs no table
and works for any date; the price is that it can differ by a day or two from
Umm al-Qura or from a sighted month start, which is why the briefing always
names the calendar next to the date.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

CALENDAR_NAME_AR = "التقويم الهجري الجدولي"
CALENDAR_NAME_EN = "tabular Islamic calendar"

_EPOCH_JDN = 1948440          # 1 Muharram 1 AH, civil epoch
_ORDINAL_TO_JDN = 1721425     # date.toordinal() + this = Julian day number

MONTHS_AR = (
    "محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
    "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة",
)
MONTHS_EN = (
    "Muharram", "Safar", "Rabi\u02bf al-Awwal", "Rabi\u02bf al-Akhir", "Jumada al-Ula",
    "Jumada al-Akhirah", "Rajab", "Sha\u02bfban", "Ramadan", "Shawwal",
    "Dhu al-Qa\u02bfdah", "Dhu al-Hijjah",
)


@dataclass(frozen=True, slots=True)
class HijriDate:
    year: int
    month: int  # 1..12
    day: int    # 1..30


def _month_start_jdn(year: int, month: int) -> int:
    # Months alternate 30/29 days (ceil(29.5 * (m - 1)) days before month m);
    # (3 + 11y) // 30 counts the leap days of the years before `year`.
    return (_EPOCH_JDN + 29 * (month - 1) + month // 2
            + (year - 1) * 354 + (3 + 11 * year) // 30)


def is_leap(year: int) -> bool:
    """A leap year has 355 days (Dhu al-Hijjah has 30)."""
    return (14 + 11 * year) % 30 < 11


def to_gregorian(h: HijriDate) -> dt.date:
    """The Gregorian date of a tabular Hijri date."""
    if not 1 <= h.month <= 12:
        raise ValueError(f"Hijri month {h.month} is not between 1 and 12")
    days = 30 if h.month % 2 == 1 or (h.month == 12 and is_leap(h.year)) else 29
    if not 1 <= h.day <= days:
        raise ValueError(f"day {h.day} is not in Hijri month {h.month} of {h.year} ({days} days)")
    jdn = _month_start_jdn(h.year, h.month) + h.day - 1
    return dt.date.fromordinal(jdn - _ORDINAL_TO_JDN)


def from_gregorian(day: dt.date) -> HijriDate:
    """The tabular Hijri date of a Gregorian date (on or after 16 July 622 Julian)."""
    jdn = day.toordinal() + _ORDINAL_TO_JDN
    if jdn < _EPOCH_JDN:
        raise ValueError(f"{day.isoformat()} is before the Hijri epoch")
    year = (30 * (jdn - _EPOCH_JDN) + 10646) // 10631
    month = 12
    for m in range(1, 13):
        if m == 12 or jdn < _month_start_jdn(year, m + 1):
            month = m
            break
    return HijriDate(year, month, jdn - _month_start_jdn(year, month) + 1)
