"""The timeline's time axis: days as numbers, tick steps fit for the zoom, their labels.

A day is its proleptic Gregorian ordinal (datetime.date.toordinal), and a
moment between days is a float: day d covers [d, d + 1). The axis picks the
finest step (days, months, years, decades...) whose ticks stay far enough
apart to be labelled, so zooming from a century to a week changes the ticks
without any caller knowing about calendars. The same step's intervals are the
buckets that dense periods are counted in.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.core import arabic
from desktop.core.dateformat import MONTHS_AR, MONTHS_EN

FIRST_DAY = dt.date(1, 1, 1).toordinal()
LAST_DAY = dt.date(9999, 12, 31).toordinal()
MIN_TICK_PX = 56.0        # labelled ticks closer than this would run into each other


@dataclass(frozen=True)
class Step:
    """A tick step: `n` days, months or years. `days` is its mean length, for choosing one."""
    unit: str      # "day" | "month" | "year"
    n: int

    @property
    def days(self) -> float:
        return self.n * {"day": 1.0, "month": 30.44, "year": 365.25}[self.unit]

    @property
    def grain(self) -> str:
        """The date prefix the store counts this step's buckets by: day, month or year."""
        return self.unit


STEPS = (Step("day", 1), Step("day", 2), Step("day", 5), Step("day", 10), Step("month", 1), Step("month", 3),
         Step("month", 6), Step("year", 1), Step("year", 2), Step("year", 5), Step("year", 10), Step("year", 20),
         Step("year", 50), Step("year", 100), Step("year", 250), Step("year", 500), Step("year", 1000))


@dataclass(frozen=True)
class Tick:
    day: int            # where the tick stands (the first day of its interval)
    label: str
    major: bool = False


def ordinal(iso_day: str) -> int:
    return dt.date.fromisoformat(iso_day).toordinal()


def iso(day: float) -> str:
    """The ISO day a moment falls on, kept inside the calendar Python knows."""
    return dt.date.fromordinal(int(min(max(day, FIRST_DAY), LAST_DAY))).isoformat()


def choose_step(days_per_px: float, min_px: float = MIN_TICK_PX) -> Step:
    """The finest step whose ticks are at least `min_px` apart at this zoom."""
    for step in STEPS:
        if step.days / days_per_px >= min_px:
            return step
    return STEPS[-1]


def _floor(day: dt.date, step: Step) -> dt.date:
    """The tick at or before `day`."""
    if step.unit == "year":
        year = max(1, day.year - (day.year % step.n))
        return dt.date(year, 1, 1)
    if step.unit == "month":
        month = 1 + ((day.month - 1) // step.n) * step.n
        return dt.date(day.year, month, 1)
    start = 1 + ((day.day - 1) // step.n) * step.n
    return dt.date(day.year, day.month, start)


def _next(day: dt.date, step: Step) -> dt.date | None:
    """The tick after `day` (a tick itself); None past the calendar's end."""
    try:
        if step.unit == "year":
            return dt.date(day.year + step.n, 1, 1)
        if step.unit == "month":
            months = day.year * 12 + day.month - 1 + step.n
            return dt.date(months // 12, months % 12 + 1, 1)
        following = day + dt.timedelta(days=step.n)
        if following.month != day.month:
            return following.replace(day=1)
        # A last interval shorter than half a step joins the one before it (day 31 after 26).
        month_end = (following.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        if (month_end - following).days < max(1, step.n / 2):
            return month_end
        return following
    except (ValueError, OverflowError):
        return None


def intervals(step: Step, start: float, end: float, limit: int = 2000) -> list[tuple[int, int]]:
    """The step's intervals [first day, next tick) that meet [start, end)."""
    first = dt.date.fromordinal(int(max(FIRST_DAY, min(start, LAST_DAY))))
    tick: dt.date | None = _floor(first, step)
    out: list[tuple[int, int]] = []
    while tick is not None and tick.toordinal() < end and len(out) < limit:
        following = _next(tick, step)
        stop = following.toordinal() if following else LAST_DAY + 1
        out.append((tick.toordinal(), stop))
        tick = following
    return out


def digits(text: str, arabic_digits: bool) -> str:
    return arabic.to_arabic_indic_digits(text) if arabic_digits else text


def month_name(month: int, language: str, short: bool = False) -> str:
    if language == "ar":
        return MONTHS_AR[month - 1]
    name = MONTHS_EN[month - 1]
    return name[:3] if short else name


def tick_label(day: int, step: Step, language: str, arabic_digits: bool = False) -> str:
    date = dt.date.fromordinal(day)
    if step.unit == "day":
        text = str(date.day)
    elif step.unit == "month":
        return month_name(date.month, language, short=True)
    else:
        text = str(date.year)
    return digits(text, arabic_digits)


def major_label(day: int, step: Step, language: str, arabic_digits: bool = False) -> str | None:
    """The context above a tick that opens a bigger period: the month of day ticks, the year of month ticks."""
    date = dt.date.fromordinal(day)
    if step.unit == "day":
        return digits(f"{month_name(date.month, language)} {date.year}", arabic_digits)
    if step.unit == "month":
        return digits(str(date.year), arabic_digits)
    return None


def opens_major(day: int, step: Step) -> bool:
    date = dt.date.fromordinal(day)
    if step.unit == "day":
        return date.day == 1
    if step.unit == "month":
        return date.month == 1
    return False


def ticks(start: float, end: float, step: Step, language: str, arabic_digits: bool = False) -> list[Tick]:
    """The labelled ticks in [start, end)."""
    out = []
    for first, _ in intervals(step, start, end):
        if first < start:
            continue
        out.append(Tick(first, tick_label(first, step, language, arabic_digits), opens_major(first, step)))
    return out
