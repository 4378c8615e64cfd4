"""GDELT 2.0 event files: one row an event, CAMEO-coded."""
from __future__ import annotations

from types import MappingProxyType

from desktop.core.formats.spec import EventFormat
from desktop.core.formats.cells import Emitter, cell_error, coords, date_field, getter, slug

# The 61 columns of a GDELT 2.0 events file, in order, as the codebook and BigQuery name them.
GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)

# CAMEO root codes, for readable GDELT titles
_CAMEO_ROOTS = MappingProxyType({
    "01": "إدلاء بتصريح علني", "02": "مناشدة", "03": "إبداء نية التعاون", "04": "تشاور",
    "05": "تعاون دبلوماسي", "06": "تعاون مادي", "07": "تقديم مساعدة", "08": "تنازل",
    "09": "تحقيق", "10": "مطالبة", "11": "استنكار", "12": "رفض", "13": "تهديد", "14": "احتجاج",
    "15": "استعراض قوة", "16": "تقليص العلاقات", "17": "إكراه", "18": "اعتداء", "19": "قتال",
    "20": "عنف جماعي غير تقليدي",
})

def _gdelt_geo(full: str) -> list[tuple[str, str]]:
    parts = [p.strip() for p in full.split(",") if p.strip()]
    if not parts:
        return []
    levels = [(parts[-1], "country")]
    if len(parts) >= 3:
        levels.append((parts[-2], "province"))
        levels.append((parts[0], "city"))
    elif len(parts) == 2:
        levels.append((parts[0], "province"))
    return levels


def gdelt(row, columns, em: Emitter, mapping) -> list[dict]:
    g = getter(row, columns)
    out: list[dict] = []
    eid = g("GLOBALEVENTID")
    if not eid:
        raise cell_error("GLOBALEVENTID", "cell.empty")
    date = date_field(g("SQLDATE"), "SQLDATE")
    lat, lon = coords(g, "ActionGeo_Lat", "ActionGeo_Long")
    place = em.place_chain(_gdelt_geo(g("ActionGeo_FullName")), lat, lon, out)
    actors = []
    for col, role in (("Actor1Name", "طرف أول"), ("Actor2Name", "طرف ثان")):
        raw = g(col)
        name = raw.title() if raw.isupper() else raw
        aid = em.actor(name, None, out)
        if aid and all(a["actor"] != aid for a in actors):
            actors.append({"actor": aid, "role": role})
    code = g("EventCode")
    label = _CAMEO_ROOTS.get((g("EventRootCode") or code[:2]).zfill(2)[:2], "حدث")
    who = " – ".join(a for a in ((g("Actor1Name") or "").title(), (g("Actor2Name") or "").title()) if a)
    where = g("ActionGeo_FullName")
    title = label + (f": {who}" if who else "") + (f" ({where})" if where else "")
    event = {"kind": "event", "id": "event:gdelt-" + slug(eid), "title": title, "date": date,
             "status": "occurred", "category": f"CAMEO {code}" if code else "CAMEO"}
    if place:
        event["place"] = place
    if actors:
        event["actors"] = actors
    notes = [f"GDELT {eid}"]
    if g("GoldsteinScale"):
        notes.append(f"Goldstein {g('GoldsteinScale')}")
    if g("SOURCEURL"):
        notes.append(g("SOURCEURL"))
    event["notes"] = "; ".join(notes)
    event["tags"] = ["gdelt"]
    out.append(event)
    return out


FORMAT = EventFormat(
    name="gdelt", label="GDELT 2.0", namespace="gdelt", mapper=gdelt,
    detect=lambda header: bool(header) and (header[0].strip().upper() == "GLOBALEVENTID"
                                            or (len(header) == len(GDELT_COLUMNS) and header[0].strip().isdigit())),
    required=("GLOBALEVENTID", "SQLDATE"), headerless=GDELT_COLUMNS,
    fields=("title", "date", "status", "category", "place", "actors", "notes", "tags"),
)
