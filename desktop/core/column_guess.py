"""A first guess at how the columns of an event CSV map onto Marsad's fields, from their names.

The mapping dialog starts from it and `marsad import --map auto` uses it as
it is. Names are compared loosely (case, Arabic spelling variants and
separators folded), in English and Arabic.
"""
from __future__ import annotations

import re
from types import MappingProxyType

from desktop.core import arabic

# Column names seen in the wild for each field of eventdata.MAPPING_FIELDS, in its order, normalised (see _norm).
_SYNONYMS = MappingProxyType({
    "title": ("title", "headline", "event", "event_title", "subject", "name", "عنوان", "العنوان", "الحدث"),
    "date": ("date", "day", "event_date", "start_date", "start", "التاريخ", "تاريخ", "اليوم"),
    "date_end": ("date_end", "end_date", "end", "until", "to", "تاريخ_الانتهاء", "حتي", "الي"),
    "summary": ("summary", "description", "details", "desc", "text", "body", "الملخص", "الوصف", "التفاصيل"),
    "category": ("category", "type", "event_type", "kind", "الفئه", "النوع", "التصنيف"),
    "status": ("status", "الحاله"),
    "id": ("id", "event_id", "identifier", "uid", "ref", "المعرف", "الرقم"),
    "notes": ("notes", "note", "comments", "remarks", "ملاحظات"),
    "place": ("place", "location", "town", "city", "village", "site", "المكان", "الموقع", "المدينه"),
    "country": ("country", "nation", "البلد", "الدوله"),
    "admin1": ("admin1", "province", "governorate", "region", "المحافظه"),
    "admin2": ("admin2", "district", "county", "القضاء", "المنطقه"),
    "lat": ("lat", "latitude", "y", "خط_العرض"),
    "lon": ("lon", "lng", "long", "longitude", "x", "خط_الطول"),
    "actors": ("actors", "who", "parties", "participants", "الاطراف", "الفاعلون"),
    "actor1": ("actor1", "actor_1", "actor", "first_actor", "party1", "الطرف_الاول", "الفاعل", "الجهة الفاعلة",
               "الطرف", "الجهة"),
    "actor2": ("actor2", "actor_2", "second_actor", "party2", "الطرف_الثاني"),
    "fatalities": ("fatalities", "deaths", "killed", "dead", "death_toll", "القتلى", "عدد القتلى", "الضحايا",
                   "عدد الضحايا", "الوفيات"),
})
FIELDS = tuple(_SYNONYMS)   # the fields a guess can find: eventdata.MAPPING_FIELDS


def _norm(name: str) -> str:
    """A column name compared loosely: lower case, Arabic normalised, separators as _."""
    return re.sub(r"[\s\-.]+", "_", arabic.normalize(name.strip().lower())).strip("_")


def guess_mapping(columns: list[str]) -> dict[str, str]:
    """A first guess at the mapping from the column names; each column is used at most once."""
    by_norm: dict[str, str] = {}
    for col in columns:
        if col.strip():
            by_norm.setdefault(_norm(col), col)
    out: dict[str, str] = {}
    used: set[str] = set()
    for field, names in _SYNONYMS.items():
        for name in names:
            col = by_norm.get(_norm(name))
            if col is not None and col not in used:
                out[field] = col
                used.add(col)
                break
    # Then names that contain the field's name («event_title», «start date»), for what is left.
    for field in ("title", "date", "summary", "category", "country", "place"):
        if field in out:
            continue
        for norm, col in by_norm.items():
            if col not in used and field in norm and not norm.startswith(("date_end", "end")):
                out[field] = col
                used.add(col)
                break
    return out
