"""Dates written in Arabic news prose, resolved to ISO dates of the precision known.

Absolute: «27 سبتمبر 2024», «27 أيلول/سبتمبر 2024», «سبتمبر 2025», «عام 2014».
Ranges: «2014–2017», «بين عامي 2014 و2017», «من 2014 إلى 2017», «27-28 سبتمبر».
Relative to the publication date: weekdays («الأربعاء» = the latest Wednesday on
or before publication), «أمس», «اليوم», «الشهر الماضي» (Maghrebi «الفارط»), «العام المقبل», and
vague futures («خلال الأيام المقبلة») as approximate dates.
The three month-name families (Egyptian/Gulf, Levantine, Maghrebi) and
Arabic-Indic digits are read (the normal form has Western digits already).
"""
from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass, replace
from types import MappingProxyType

from desktop.core import arabic
from desktop.core.extract.reasons import Reason, reason

_MONTHS = MappingProxyType({
    1: "يناير كانون_الثاني جانفي", 2: "فبراير شباط فيفري", 3: "مارس آذار",
    4: "أبريل ابريل إبريل نيسان أفريل", 5: "مايو أيار ماي", 6: "يونيو يونيه حزيران جوان",
    7: "يوليو يوليه تموز جويلية يوليوز", 8: "أغسطس اغسطس آب أوت غشت",
    9: "سبتمبر أيلول شتنبر", 10: "أكتوبر اكتوبر تشرين_الأول تشرين_أول",
    11: "نوفمبر تشرين_الثاني تشرين_ثاني نونبر", 12: "ديسمبر كانون_الأول كانون_أول دجنبر",
})
_WEEKDAYS = MappingProxyType({"الاثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4,
             "السبت": 5, "الاحد": 6})
_UNITS = ("الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع").split()
_ORDINAL_DAYS = MappingProxyType({
    **{n + 1: w for n, w in enumerate(_UNITS)}, 10: "العاشر", 11: "الحادي عشر",
    **{n + 12: f"{w} عشر" for n, w in enumerate(_UNITS[1:])}, 20: "العشرين",
    21: "الحادي والعشرين", **{n + 22: f"{w} والعشرين" for n, w in enumerate(_UNITS[1:])},
    30: "الثلاثين", 31: "الحادي والثلاثين",
})
_W = r"(?<![^\W_])"     # start of a word
_E = r"(?![^\W_])"      # end of a word


@dataclass(frozen=True)
class DateMention:
    start: int           # span in the original text
    end: int
    date: str
    date_end: str | None = None
    approximate: bool = False
    relative: bool = False
    rule: Reason | None = None      # how the date was read


@functools.cache
def _month_table() -> dict[str, int]:
    table = {}
    for month, names in _MONTHS.items():
        for name in names.split():
            table[arabic.normalize(name.replace("_", " "))] = month
    return table


def is_month_name(word: str) -> bool:
    """Whether a normalised word is a month's name, in any of the calendars the press writes."""
    return word in _month_table()


@functools.cache
def _patterns() -> dict[str, re.Pattern]:
    names = sorted(_month_table(), key=len, reverse=True)
    mon = "(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names) + ")"
    month = rf"(?P<m>{mon})(?:\s*[/(]\s*(?P<m2>{mon})\s*\)?)?"
    year = r"(?P<y>(?:1[89]|20)\d\d)"
    dash = r"\s*[-–—]\s*"
    yr_word = r"(?:(?:عام|العام|سنه)\s+)?"
    ordinal = "(?:" + "|".join(re.escape(o).replace(r"\ ", r"\s+")
                               for o in sorted(_ordinal_table(), key=len, reverse=True)) + ")"
    return {
        "ordinal_day": re.compile(   # «الثامن من أيلول/سبتمبر الماضي»، «الأول من أكتوبر المقبل»
            rf"{_W}(?P<d>{ordinal})\s+من\s+(?:شهر\s+)?{month}"
            rf"(?:\s*،?\s*{yr_word}{year}|\s+(?P<rel>الماضي|المنصرم|الفايت|الفارط|المقبل|القادم|الجاري))?{_E}"),
        "day_range": re.compile(   # «27-28 سبتمبر»، «يومي 10 و11 ديسمبر الجاري»، «من 5 إلى 10 نوفمبر»
            rf"{_W}(?P<d>[0-3]?\d)(?:{dash}|\s+و\s*|\s+(?:الي|حتي|لغايه)\s+)(?P<d2>[0-3]?\d)\s+(?:من\s+)?{month}"
            rf"(?:\s*،?\s*{yr_word}{year}|\s+(?P<rel>الماضي|المنصرم|الفايت|الفارط|المقبل|القادم|الجاري))?{_E}"),
        "day": re.compile(
            rf"{_W}(?P<d>[0-3]?\d)\s+(?:من\s+)?(?:شهر\s+)?{month}"
            rf"(?:\s*،?\s*{yr_word}{year}|\s+(?P<rel>الماضي|المنصرم|الفايت|الفارط|المقبل|القادم|الجاري))?{_E}"),
        "month": re.compile(
            rf"{_W}(?:(?:شهر|وشهر)\s+)?{month}(?:\s+(?:من\s+)?{yr_word}{year}"
            rf"|\s+(?P<rel>الماضي|المنصرم|الفايت|الفارط|المقبل|القادم|الجاري))"),
        "year_range": re.compile(
            rf"{_W}(?:(?:بين|ما\s+بين|من)\s+)?(?:(?:عامي|العامين|سنتي|عام|العام)\s+)?"
            rf"(?P<y>(?:1[89]|20)\d\d)(?:{dash}|\s*/\s*|\s+(?:و|الي|حتي|لغايه|ولغايه)\s*(?:(?:عام|العام)\s*)?)"
            rf"(?P<y2>(?:1[89]|20)\d\d){_E}"),
        "year": re.compile(
            rf"{_W}(?P<pre>(?:[وف]?(?:عام|العام|سنه|السنه|في|منذ|حتي|خلال|مطلع|منتصف|اواخر|"
            rf"اوايل|نهايه|بدايه|قبل|بعد|ربيع|صيف|خريف|شتاء|بحلول)\s+)?){year}(?P<post>\s*م{_E})?{_E}"),
        "weekday": re.compile(
            rf"{_W}(?P<yawm>(?:[وف]?يوم|[وف]?ليله|[وف]?مساء|[وف]?صباح|[وف]?فجر)\s+)?[وف]?"
            rf"(?P<w>{'|'.join(_WEEKDAYS)})(?:\s+(?P<rel>الماضي|المقبل|القادم))?{_E}"),
        "yesterday": re.compile(rf"{_W}[وف]?(?:مساء\s+|صباح\s+|ليله\s+)?(?:امس|البارحه)(?P<first>\s+الاول)?{_E}"),
        "today": re.compile(rf"{_W}[وف]?(?:مساء\s+|صباح\s+|ظهر\s+)?(?:اليوم|الليله){_E}"
                            rf"(?!\s+(?:الاول|الثاني|التالي|الذي))"),
        "tomorrow": re.compile(rf"{_W}[وف]?(?:غدا|بعد\s+غد){_E}"),
        "period": re.compile(
            rf"{_W}(?P<unit>الشهر|العام|السنه|الاسبوع)\s+(?P<rel>الماضي|الماضيه|المنصرم|المنصرمه|"
            rf"الفايت|الفارط|الفارطه|الجاري|الحالي|الحاليه|المقبل|المقبله|القادم|القادمه){_E}"),
        "vague_future": re.compile(
            rf"{_W}(?:(?:خلال|في|بعد)\s+)?(?P<unit>الايام|الاسابيع|الاشهر|الشهور|الساعات|السنوات|الاعوام"
            rf"|اليومين|الاسبوعين|الشهرين|العامين)"
            rf"\s+(?:القليله\s+)?(?:المقبله|القادمه|القليله\s+المقبله|المقبلين|القادمين){_E}"),
    }


@functools.cache
def _ordinal_table() -> dict[str, int]:
    """«الثامن» -> 8, «الحادي والعشرين» -> 21, as normalised text."""
    return {arabic.normalize(w): n for n, w in _ORDINAL_DAYS.items()}


def _month_of(name: str) -> int:
    return _month_table()[re.sub(r"\s+", " ", name)]


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    idx = year * 12 + month - 1 + delta
    return idx // 12, idx % 12 + 1


def _year_of_relative_month(month: int, rel: str | None, published: dt.date | None) -> int | None:
    """The year of a month written without one: the publication's, or the one before or after
    it when «الماضي» or «المقبل» says so."""
    if published is None:
        return None
    if rel in ("الماضي", "المنصرم", "الفايت", "الفارط") and month > published.month:
        return published.year - 1
    if rel in ("المقبل", "القادم") and month < published.month:
        return published.year + 1
    return published.year


def _valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= day <= calendar.monthrange(year, month)[1]


def find_dates(norm: str, published: dt.date | None) -> list[tuple[int, int, DateMention]]:
    """Date mentions in normalised text: (norm start, norm end, mention with NORM spans)."""
    found: list[tuple[int, int, DateMention]] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    def add(m: re.Match, date: str, date_end: str | None = None, *, approx: bool = False,
            relative: bool = False, rule: Reason, a: int | None = None) -> None:
        a = m.start() if a is None else a
        if not free(a, m.end()):
            return
        taken.append((a, m.end()))
        found.append((a, m.end(), DateMention(a, m.end(), date, date_end, approx, relative, rule)))

    pats = _patterns()
    for m in pats["day_range"].finditer(norm):
        month, d1, d2 = _month_of(m["m"]), int(m["d"]), int(m["d2"])
        year = int(m["y"]) if m["y"] else _year_of_relative_month(month, m["rel"], published)
        if year and d1 < d2 and _valid_day(year, month, d1) and _valid_day(year, month, d2):
            add(m, f"{year:04d}-{month:02d}-{d1:02d}", f"{year:04d}-{month:02d}-{d2:02d}",
                rule=reason("date.day_range"))
    days = [(m, int(m["d"])) for m in pats["day"].finditer(norm)]
    days += [(m, _ordinal_table()[re.sub(r"\s+", " ", m["d"])]) for m in pats["ordinal_day"].finditer(norm)]
    for m, day in sorted(days, key=lambda md: md[0].start()):
        month = _month_of(m["m"])
        if m["y"]:
            year = int(m["y"])
        elif published:
            year = published.year
            if m["rel"] in ("الماضي", "المنصرم", "الفايت", "الفارط") and (month, day) > (published.month, published.day):
                year -= 1
            elif m["rel"] in ("المقبل", "القادم") and (month, day) < (published.month, published.day):
                year += 1
        else:
            continue
        if _valid_day(year, month, day):
            add(m, f"{year:04d}-{month:02d}-{day:02d}",
                rule=reason("date.day_month_year" if m["y"] else "date.day_month"),
                relative=not m["y"])
    for m in pats["month"].finditer(norm):
        month = _month_of(m["m"])
        if m["y"]:
            year = int(m["y"])
        elif published:
            year = published.year
            if m["rel"] in ("الماضي", "المنصرم", "الفايت", "الفارط") and month >= published.month:
                year -= 1
            elif m["rel"] in ("المقبل", "القادم") and month <= published.month:
                year += 1
        else:
            continue
        add(m, f"{year:04d}-{month:02d}", rule=reason("date.month_year" if m["y"] else "date.month_relative"),
            relative=not m["y"])
    for m in pats["year_range"].finditer(norm):
        y1, y2 = int(m["y"]), int(m["y2"])
        if y1 < y2:
            add(m, str(y1), str(y2), rule=reason("date.year_range"))
    for m in pats["year"].finditer(norm):
        after = norm[m.end():m.end() + 2]
        # a bare four-digit number is a year only with a temporal word before it,
        # «م» after it, or punctuation after it (not «2000 جندي»)
        if m["pre"] or m["post"] or not after.strip() or after.lstrip()[:1] in "،,.؛:)»\"”-–":
            add(m, m["y"], rule=reason("date.year"), a=m.start("y"))
    if published is None:
        return sorted(found)
    for m in pats["weekday"].finditer(norm):
        wd = _WEEKDAYS[m["w"]]
        back = (published.weekday() - wd) % 7
        if m["rel"] == "الماضي" and back == 0:
            back = 7
        if m["rel"] in ("المقبل", "القادم"):
            ahead = (wd - published.weekday()) % 7 or 7
            day = published + dt.timedelta(days=ahead)
        else:
            day = published - dt.timedelta(days=back)
        # «الاثنين» is also "the two": take it only as «يوم الاثنين» or set off by commas
        if m["w"] == "الاثنين" and not (m["yawm"] or m["rel"] or norm[m.end():m.end() + 1] in "،,"):
            continue
        # «يوم الثلاثاء 7 أكتوبر المقبل»: the weekday of the date written after it, not another day;
        # the mention of that date takes it in
        nxt = m.end() + len(norm[m.end():]) - len(norm[m.end():].lstrip(" ،,"))
        after = next((n for n, (a, _, _) in enumerate(found) if a == nxt), None) if not m["rel"] else None
        if after is not None:
            _, b, mention = found[after]
            found[after] = (m.start(), b, replace(mention, start=m.start()))
            taken.append((m.start(), m.end()))
            continue
        add(m, day.isoformat(), rule=reason("date.weekday"), relative=True)
    for m in pats["yesterday"].finditer(norm):
        add(m, (published - dt.timedelta(days=2 if m["first"] else 1)).isoformat(),
            rule=reason("date.yesterday"), relative=True)
    for m in pats["today"].finditer(norm):
        add(m, published.isoformat(), rule=reason("date.today"), relative=True)
    for m in pats["tomorrow"].finditer(norm):
        add(m, (published + dt.timedelta(days=1)).isoformat(), rule=reason("date.tomorrow"),
            relative=True)
    for m in pats["period"].finditer(norm):
        rel = m["rel"]
        delta = -1 if rel.startswith(("الماضي", "المنصرم", "الفايت", "الفارط")) else (
            1 if rel.startswith(("المقبل", "القادم")) else 0)
        unit = m["unit"]
        if unit == "الشهر":
            y, mo = _shift_month(published.year, published.month, delta)
            add(m, f"{y:04d}-{mo:02d}", rule=reason("date.month_relative"), relative=True)
        elif unit == "الاسبوع":
            day = published + dt.timedelta(days=7 * delta)
            add(m, day.isoformat(), approx=delta != 0, rule=reason("date.week_relative"), relative=True)
        else:
            add(m, str(published.year + delta), rule=reason("date.year_relative"), relative=True)
    for m in pats["vague_future"].finditer(norm):
        days = {"الساعات": 1, "الايام": 7, "الاسابيع": 21, "الاشهر": 90, "الشهور": 90,
                "السنوات": 730, "الاعوام": 730, "اليومين": 2, "الاسبوعين": 14, "الشهرين": 60,
                "العامين": 730}[m["unit"]]
        day = published + dt.timedelta(days=days)
        date = day.isoformat() if days == 1 else (str(day.year) if days > 365 else f"{day.year:04d}-{day.month:02d}")
        add(m, date, approx=True, rule=reason("date.vague_future", words=m.group(0)), relative=True)
    return sorted(found)


def parse_published(value) -> dt.date | None:
    """The publication date of a source record (ISO text of any precision), or None."""
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", arabic.to_western_digits(value.strip()))
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


_DATELINE_WORDS = 4      # a dateline's date is among the first words of the body
_DATELINE_DAYS = 7       # and a few days before publication at most


def _dateline_date(norm: str, published: dt.date | None) -> dt.date | None:
    """The day a report is filed, when its dateline says («مسقط في ١٩ أكتوبر /العمانية/»،
    «بكين 13 أكتوبر 2025 (شينخوا)»): a day and month among the body's first words, on or a few
    days before publication. «اليوم»، «غدا» and «أمس» in the report count from it."""
    if published is None:
        return None
    head = norm.lstrip()
    lead = len(norm) - len(head)
    cut = sum(len(w) + 1 for w in head.split(" ")[:_DATELINE_WORDS])
    for a, _b, m in find_dates(norm[:lead + cut + 40], published):
        if a > lead + cut or m.rule.code not in ("date.day_month", "date.day_month_year") or "\n" in norm[:a]:
            continue
        day = dt.date.fromisoformat(m.date)
        if published - dt.timedelta(days=_DATELINE_DAYS) <= day <= published:
            return day
        return None
    return None


def dates_in(doc, published: dt.date | None) -> list[DateMention]:
    """Date mentions of a Document, with spans in the original body; relative dates count
    from the dateline's day when the report gives one."""
    out = []
    published = _dateline_date(doc.norm, published) or published
    for a, b, m in find_dates(doc.norm, published):
        start, end = doc.orig(a, b)
        out.append(DateMention(start, end, m.date, m.date_end, m.approximate, m.relative, m.rule))
    return out
