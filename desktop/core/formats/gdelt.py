"""GDELT 2.0 event files: one row an event, CAMEO-coded, with its two actors, where it happened and
the article GDELT first saw it in.

Three layouts hold the same 61 columns: the raw 15-minute export (`20250115120000.export.CSV`,
tab-separated, no header, never quoted), a BigQuery export (commas, a header named as
GDELT_COLUMNS, normal CSV quoting: "Baghdad, Baghdad, Iraq"), and a header named as in the GDELT 2.0
Event Codebook (`GlobalEventID`, `Day`, ...; names that differ only in case need no alias).
The reader finds the layout; this module reads one row.

What is kept: the CAMEO code, QuadClass, Goldstein, AvgTone, the mention, source and article counts
and DATEADDED as the event's fields; SOURCEURL as a source record the event cites; each actor's
CAMEO code, country and type codes; ActionGeo as the event's place, typed and with how precise its
coordinates are. Actor1Geo and Actor2Geo (where GDELT places each actor) are left out: they are
guesses from the same sentence, often the actor's home country, and would make two more place
chains a row that say nothing of where the event was.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from types import MappingProxyType
from urllib.parse import unquote, urlsplit

from desktop.core.formats.cells import (CellError, Emitter, cell_error, coords, count_cell, date_field, getter,
                                        number, put_present, slug)
from desktop.core.formats.spec import EventFormat

# The 61 columns of a GDELT 2.0 events file, in order, as BigQuery (gdelt-bq.gdeltv2.events) names them.
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

# The Event Codebook's names that differ from BigQuery's by more than case (the reader compares names
# without case): the codebook calls the event's day `Day`.
CODEBOOK_ALIASES = MappingProxyType({"Day": "SQLDATE"})

# CAMEO root codes, for readable GDELT titles
_CAMEO_ROOTS = MappingProxyType({
    "01": "إدلاء بتصريح علني", "02": "مناشدة", "03": "إبداء نية التعاون", "04": "تشاور",
    "05": "تعاون دبلوماسي", "06": "تعاون مادي", "07": "تقديم مساعدة", "08": "تنازل",
    "09": "تحقيق", "10": "مطالبة", "11": "استنكار", "12": "رفض", "13": "تهديد", "14": "احتجاج",
    "15": "استعراض قوة", "16": "تقليص العلاقات", "17": "إكراه", "18": "اعتداء", "19": "قتال",
    "20": "عنف جماعي غير تقليدي",
})

# CAMEO actor type codes -> Marsad's actor types, only where the code says it plainly. A code with no
# type (IRQ alone) is the country, as a state.
_CAMEO_TYPES = MappingProxyType({
    **dict.fromkeys(("GOV", "MIL", "COP", "JUD", "LEG", "SPY"), "state"),
    **dict.fromkeys(("REB", "INS", "SEP", "UAF"), "armed_group"),
    "MED": "media",
    **dict.fromkeys(("IGO", "NGO", "BUS", "MNC", "PTY"), "organization"),
})

# CAMEO role codes -> the words that tell a country's parts apart in a name: IRAQ as IRQGOV is
# «العراق (الحكومة)», as IRQMIL «العراق (الجيش)», and IRQ alone the country, «العراق».
_ROLE_WORDS = MappingProxyType({
    "GOV": ("government", "الحكومة"), "MIL": ("military", "الجيش"), "COP": ("police", "الشرطة"),
    "JUD": ("judiciary", "القضاء"), "LEG": ("legislature", "البرلمان"), "SPY": ("intelligence", "الاستخبارات"),
    "REB": ("rebels", "المتمردون"), "INS": ("insurgents", "المسلحون"), "SEP": ("separatists", "الانفصاليون"),
    "OPP": ("opposition", "المعارضة"), "UAF": ("armed forces", "قوات مسلحة"), "CVL": ("civilians", "المدنيون"),
    "MED": ("media", "الإعلام"), "BUS": ("business", "قطاع الأعمال"), "CRM": ("criminals", "مجرمون"),
    "REF": ("refugees", "اللاجئون"), "LAB": ("labour", "العمال"), "EDU": ("education", "التعليم"),
    "HLH": ("health", "الصحة"), "ELI": ("elites", "النخب"), "AGR": ("agriculture", "الزراعة"),
    "ENV": ("environment", "البيئة"), "MOD": ("moderates", "المعتدلون"), "RAD": ("radicals", "المتشددون"),
})

# ActionGeo_Type -> how many names its FullName gives (city, ADM1, country) and how near the
# coordinates are to where the event was. 1 country, 2 US state, 3 US city, 4 world city, 5 world
# state (ADM1). A city's coordinates are its centroid: the event was in the city, so "near".
_GEO_TYPES = MappingProxyType({
    "1": (1, "country"), "2": (2, "admin1"), "3": (3, "near"), "4": (3, "near"), "5": (2, "admin1"),
})

QUAD_CLASSES = ("1", "2", "3", "4")
_DATEADDED = re.compile(r"(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2}))?")
# The end of an address's last part that says nothing: an extension, or a trailing number.
_PAGE_SUFFIX = re.compile(r"(?:\.(?:s?html?|php|aspx?|jsp|cms))$", re.IGNORECASE)


def geo_levels(full: str, geo_type: str) -> list[tuple[str, str]]:
    """The place chain (country first) of an ActionGeo_FullName of a given ActionGeo_Type.

    GDELT writes "City, ADM1, Country" (types 3, 4), "ADM1, Country" (2, 5) or "Country" (1). A
    country's own name may hold a comma ("Korea, South"), so the parts past the expected count are
    the country's. A type outside 1-5 (empty in old rows) is read by the number of parts.
    """
    full = full.strip()
    if not full:
        return []
    parts = [p.strip() for p in full.split(",") if p.strip()]
    expected = _GEO_TYPES.get(geo_type, (None, None))[0]
    if expected == 1:
        return [(full, "country")]
    if expected == 2:
        return [(", ".join(parts[1:]) or parts[0], "country")] + ([(parts[0], "province")] if len(parts) > 1 else [])
    if expected == 3:
        if len(parts) >= 3:
            return [(", ".join(parts[2:]), "country"), (parts[1], "province"), (parts[0], "city")]
        if len(parts) == 2:
            return [(parts[1], "country"), (parts[0], "city")]
        return [(parts[0], "country")]
    levels = [(parts[-1], "country")]
    if len(parts) >= 3:
        levels += [(parts[-2], "province"), (parts[0], "city")]
    elif len(parts) == 2:
        levels.append((parts[0], "province"))
    return levels


def date_added(value: str, column: str = "DATEADDED") -> str | None:
    """ISO from GDELT's DATEADDED: 20250115120000 -> 2025-01-15T12:00:00Z (a GDELT 1.0 day alone,
    20250115, -> 2025-01-15)."""
    if not value:
        return None
    m = _DATEADDED.fullmatch(value)
    try:
        if m is None:
            raise ValueError(value)
        parts = [int(x) for x in m.groups() if x is not None]
        if len(parts) == 3:
            return dt.date(*parts).isoformat()
        return dt.datetime(*parts).strftime("%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        raise cell_error(column, "cell.bad_timestamp", value=value, pattern="YYYYMMDDHHMMSS") from None


def source_record(url: str, published: str | None, prefix: str = "gdelt") -> dict:
    """The source record of an article's address: its id is a hash of the address (one article gives
    GDELT many events), its outlet the site's domain, its title the outlet and the words of the address.

    GDELT holds no headline; the words of the address's last part («iraqi-forces-clash-in-ramadi»)
    are usually the headline's, and otherwise the path is the title, so the title still says what
    the record is: a page of that site.
    """
    rec: dict = {"kind": "source", "id": source_id(url, prefix)}
    parts = urlsplit(url)
    host = (parts.hostname or "") if parts.scheme in ("http", "https") else ""
    if host:
        outlet = host[4:] if host.startswith("www.") else host
        rec["title"] = f"{outlet}: {_words(parts.path) or _path(parts)}"
        rec["url"] = url
        rec["outlet"] = outlet
    else:
        rec["title"] = url          # not an address: a citation ("BBC Monitoring"), kept as written
    if published:
        rec["published"] = published
    return rec


def source_id(url: str, prefix: str = "gdelt") -> str:
    return f"source:{prefix}-" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:12]


def _words(path: str) -> str:
    for segment in reversed([s for s in path.split("/") if s]):
        text = _PAGE_SUFFIX.sub("", unquote(segment))
        words = [w for w in re.split(r"[-_+\s]+", text) if w]
        while words and words[-1].isdigit():
            words.pop()
        if len(words) >= 2 and any(c.isalpha() for c in "".join(words)):
            return " ".join(words)
    return ""


def _path(parts) -> str:
    path = unquote(parts.path) or "/"
    return path + (f"?{parts.query}" if parts.query else "")


def actor_id(code: str, name: str) -> str:
    """An actor's id by its CAMEO code and its name.

    GDELT gives one name several codes (IRAQ as IRQ, the country, and as IRQGOV, its government)
    and one code several names (IRQ as IRAQ and as BAGHDAD, GDELT's name for a capital it matched).
    Keying by name alone would give IRQGOV's codes to every IRAQ after the first; keying by code
    alone would drop every name after the first. Keyed by both, each actor record holds exactly
    what the rows said, and nothing is mixed: the same code and name is the same actor, in every
    file. Codes are letters and digits, so «gdelt-irq-iraq» can never be a coded actor's and a
    code-less one's at once (those are «gdelt-name-…»).
    """
    if code:
        return f"actor:gdelt-{slug(code)}-{slug(name)}"
    return f"actor:gdelt-name-{slug(name)}"


def _actor(g, n: int, em: Emitter, out: list[dict]) -> str | None:
    code, raw = g(f"Actor{n}Code"), g(f"Actor{n}Name")
    if not code and not raw:
        return None
    # GDELT writes names in capitals (IRAQ); a code with no name is named by its code, as written.
    name = (raw.title() if raw.isupper() else raw) if raw else code
    aid = actor_id(code, name)
    if em.known_actor(aid):
        return aid
    rec = em.actor_record(aid, name)
    types = [t for t in (g(f"Actor{n}Type1Code"), g(f"Actor{n}Type2Code"), g(f"Actor{n}Type3Code")) if t]
    country = g(f"Actor{n}CountryCode")
    atype = next((_CAMEO_TYPES[t] for t in types if t in _CAMEO_TYPES), None)
    if atype is None and code and code == country:
        atype = "state"
    if atype:
        rec["type"] = atype
    role = next((_ROLE_WORDS[t] for t in types if t in _ROLE_WORDS), None)
    if role and country and code != country:
        # A part of a country (its government, its army) is not the country: say which part.
        english, arabic = role
        rec["name"] = f"{rec['name']} ({arabic if not rec['name'].isascii() else english})"
        if rec.get("name_en"):
            rec["name_en"] = f"{rec['name_en']} ({english})"
    if code:
        rec["code"] = code
    if country:
        rec["country_code"] = country
    if types:
        rec["type_codes"] = " ".join(types)
    more = [f"{label} {g(f'Actor{n}{col}')}" for col, label in
            (("KnownGroupCode", "KnownGroupCode"), ("EthnicCode", "EthnicCode"),
             ("Religion1Code", "Religion1Code"), ("Religion2Code", "Religion2Code")) if g(f"Actor{n}{col}")]
    if more:
        rec["notes"] = "GDELT " + ", ".join(more)
    return em.propose(rec, out)


def _place(g, em: Emitter, out: list[dict]) -> str | None:
    geo_type = g("ActionGeo_Type")
    lat, lon = coords(g, "ActionGeo_Lat", "ActionGeo_Long")
    before = len(out)
    place = em.place_chain(geo_levels(g("ActionGeo_FullName"), geo_type), lat, lon, out)
    # The place the chain ends in, when this row proposed it: how near its coordinates are, and
    # GDELT's own keys for it (its FeatureID finds the same place in other GDELT tables).
    leaf = next((r for r in out[before:] if r["id"] == place), None)
    if leaf is not None:
        precision = _GEO_TYPES.get(geo_type, (None, None))[1]
        if precision and "lat" in leaf:
            leaf["geo_precision"] = precision
        keys = [f"{label} {g(col)}" for col, label in
                (("ActionGeo_FeatureID", "FeatureID"), ("ActionGeo_ADM1Code", "ADM1Code"),
                 ("ActionGeo_ADM2Code", "ADM2Code"), ("ActionGeo_CountryCode", "CountryCode")) if g(col)]
        if keys:
            leaf["notes"] = "GDELT " + ", ".join(keys)
    return place


def _float(g, column: str, limit: float) -> float | None:
    try:
        return number(g(column), limit)
    except CellError as exc:
        raise exc.at(field=column) from None


def gdelt(row, columns, em: Emitter, mapping) -> list[dict]:
    g = getter(row, columns)
    out: list[dict] = []
    eid = g("GLOBALEVENTID")
    if not eid:
        raise cell_error("GLOBALEVENTID", "cell.empty")
    if not eid.isascii() or not eid.isdigit():
        raise cell_error("GLOBALEVENTID", "cell.not_count", value=eid)
    date = date_field(g("SQLDATE"), "SQLDATE")
    quad = g("QuadClass")
    if quad and quad not in QUAD_CLASSES:
        raise cell_error("QuadClass", "cell.not_choice", value=quad, choices=", ".join(QUAD_CLASSES))
    goldstein = _float(g, "GoldsteinScale", 10)
    tone = _float(g, "AvgTone", 100)
    counts = {field: count_cell(g, col) for field, col in
              (("num_mentions", "NumMentions"), ("num_sources", "NumSources"), ("num_articles", "NumArticles"))}
    added = date_added(g("DATEADDED"))
    place = _place(g, em, out)
    actors = []
    for n, role in ((1, "طرف أول"), (2, "طرف ثان")):
        aid = _actor(g, n, em, out)
        if aid and all(a["actor"] != aid for a in actors):
            actors.append({"actor": aid, "role": role})
    url = g("SOURCEURL")
    source = None
    if url:
        source = source_id(url)
        if source not in em.proposed:       # most rows cite an article an earlier row did
            em.propose(source_record(url, added[:10] if added else None), out)

    code = g("EventCode")
    label = _CAMEO_ROOTS.get((g("EventRootCode") or code[:2]).zfill(2)[:2], "حدث")
    who = " – ".join(a for a in ((g("Actor1Name") or "").title(), (g("Actor2Name") or "").title()) if a)
    where = g("ActionGeo_FullName")
    title = label + (f": {who}" if who else "") + (f" ({where})" if where else "")
    event = {"kind": "event", "id": "event:gdelt-" + eid, "title": title, "date": date,
             "status": "occurred", "category": f"CAMEO {code}" if code else "CAMEO", "dataset_id": eid}
    put_present(event, place=place, actors=actors, sources=[source] if source else None, event_code=code)
    if quad:
        event["quad_class"] = int(quad)
    if goldstein is not None:
        event["goldstein"] = goldstein
    if tone is not None:
        event["avg_tone"] = tone
    event.update((k, v) for k, v in counts.items() if v is not None)
    if added:
        event["date_added"] = added
    # What has no field of its own: the code's broader classes and whether the event led its article.
    more = [f"{col} {g(col)}" for col in ("EventBaseCode", "EventRootCode", "IsRootEvent") if g(col)]
    event["notes"] = f"GDELT {eid}" + (": " + ", ".join(more) if more else "")
    event["tags"] = ["gdelt"]
    out.append(event)
    return out


def _detect(cells: list[str]) -> bool:
    """A header naming GLOBALEVENTID and the event's day (a mentions file names GLOBALEVENTID too, but
    not the day), or a header-less row of 61 cells starting with an id and an 8-digit day."""
    names = {c.strip().lower() for c in cells}
    if "globaleventid" in names:
        return "sqldate" in names or "day" in names
    return (len(cells) == len(GDELT_COLUMNS) and cells[0].strip().isdigit()
            and re.fullmatch(r"\d{8}", cells[1].strip()) is not None)


FORMAT = EventFormat(
    name="gdelt", label="GDELT 2.0", namespace="gdelt", mapper=gdelt, detect=_detect,
    required=("GLOBALEVENTID", "SQLDATE"), aliases=CODEBOOK_ALIASES, headerless=GDELT_COLUMNS,
    columns=GDELT_COLUMNS,
    fields=("title", "date", "status", "category", "dataset_id", "event_code", "quad_class", "goldstein",
            "avg_tone", "num_mentions", "num_sources", "num_articles", "date_added", "place", "actors",
            "sources", "notes", "tags"),
    example="marsad import 20250115120000.export.CSV.zip",
)
