"""The fixed words of a briefing sheet in Arabic and English (headings, column names, the page footer)."""
from __future__ import annotations

import types
from dataclasses import dataclass
from typing import Mapping

from desktop.core import hijri


@dataclass(frozen=True)
class Labels:
    """The fixed words of a briefing in one language."""

    default_title: str
    prepared_by: str
    calendar_note: str
    summary: str
    timeline: str
    actors: str
    quotes: str
    sources: str
    col_when: str
    col_event: str
    col_place: str
    col_actors: str
    col_name: str
    col_title: str
    col_affiliation: str
    col_source_title: str
    col_published: str
    words: Mapping[str, str]        # the registry's English labels in the sheet's language
    partial: str
    page: str               # format with page=, total=
    missing: str            # format with ids=
    list_sep: str


LABELS_AR = Labels(
    default_title="موجز", prepared_by="إعداد: {}",
    calendar_note="بحسب " + hijri.CALENDAR_NAME_AR + " (الحسابي)، وقد يختلف يوماً أو يومين عن تقويم أم القرى",
    summary="الملخص", timeline="التسلسل الزمني للأحداث", actors="الجهات والشخصيات",
    quotes="أبرز التصريحات", sources="المصادر",
    col_when="التاريخ", col_event="الحدث", col_place="المكان", col_actors="الأطراف",
    col_name="الاسم", col_title="الصفة", col_affiliation="الانتماء",
    col_source_title="المصدر", col_published="تاريخ النشر",
    # Used when the Qt layer passes no translations (the sheet built on its own, as in tests).
    words=types.MappingProxyType(
        {"occurred": "وقع", "announced": "أُعلن", "planned": "مخطط له", "expected": "متوقع"}),
    partial="(مقتطف)", page="صفحة {page} من {total}",
    missing="سجلات لم يُعثر عليها: {ids}", list_sep="، ",
)
LABELS_EN = Labels(
    default_title="Briefing", prepared_by="Prepared by {}",
    calendar_note="Hijri date in the " + hijri.CALENDAR_NAME_EN
    + " (arithmetical); it may differ from Umm al-Qura by a day or two",
    summary="Summary", timeline="Timeline of events", actors="Actors",
    quotes="Key quotes", sources="Sources",
    col_when="Date", col_event="Event", col_place="Place", col_actors="Actors",
    col_name="Name", col_title="Title", col_affiliation="Affiliation",
    col_source_title="Source", col_published="Published",
    words=types.MappingProxyType({}),
    partial="(excerpt)", page="Page {page} of {total}",
    missing="Records not found: {ids}", list_sep=", ",
)
