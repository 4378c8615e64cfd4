"""What an article says about itself, to pre-fill the import sheet: its date, outlet, address, language, title.

Analysts copy articles from a browser or save them as text. The facts the
sheet asks for are often in the text already: a metadata line above the
headline («date 2025-12-31 • headline»), a dateline opening the body
(«بغداد - 12 آذار/مارس 2025 (رويترز) -»), or a saved page's <meta> tags.
Each function here reads them without changing the text, and says which it
found, so the sheet can mark what came from the article and fill the rest
from the values used last time.

`typed_date` (typed_dates.py, shared with the record forms) reads a date as an
analyst types it, in either family of Arabic month names (آذار or مارس), in
English, or as digits.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from desktop.core import arabic
from desktop.core.errors import InputError
from desktop.core.typed_dates import numeric_date, typed_date  # noqa: F401 (the sheet reads dates here)

MAX_PASTE_CHARS = 2_000_000       # a pasted "article" beyond this is a mistake (a whole page of a site, a log)


@dataclass(frozen=True)
class Prefill:
    title: str = ""
    summary: str = ""             # a standfirst given on the metadata line
    published: str = ""           # ISO date, or ""
    outlet: str = ""
    url: str = ""
    language: str = ""            # "ar" or "en"
    found: tuple[str, ...] = ()   # the fields above read from the article itself
    body: str = ""                # the text with the metadata line and title taken off
    warnings: tuple[str, ...] = field(default=())    # error codes: the text has no Arabic, ...


# «date 2025-12-31 • headline», «التاريخ: 2025-12-31 | العنوان», «2025/12/31 - headline»
_META_LINE = re.compile(r"^\s*(?:date|published|التاريخ|تاريخ النشر|نشر في)?\s*[:：]?\s*"
                        r"(?P<date>[0-9٠-٩]{4}[-/.][0-9٠-٩]{1,2}[-/.][0-9٠-٩]{1,2}|[0-9٠-٩]{1,2}[-/.][0-9٠-٩]{1,2}[-/.][0-9٠-٩]{4})"
                        r"\s*(?:[•|·]|\s[-–—]\s)\s*(?P<rest>.*)$", re.IGNORECASE)
_URL = re.compile(r"https?://[^\s<>«»\"']+")
_OUTLET_LINE = re.compile(r"^\s*(?:المصدر|source|outlet)\s*[:：]\s*(?P<outlet>\S.*?)\s*$", re.IGNORECASE)
OUTLET_CHARS = 60                 # a longer «المصدر:» line is a sentence, not an outlet's name
# A dateline's agency: «بغداد (رويترز) -», «القاهرة - (أ ف ب) -», «BAGHDAD, Jan 12 (Reuters) -»,
# «بغداد - «رويترز»», or a credit line of its own, «(أ ف ب)».
_AGENCY = (re.compile(r"^[^\n()«»]{0,40}?\((?P<agency>[^()\n]{2,30})\)\s*[-–—:]"),
           re.compile(r"^[^\n()«»]{0,40}?\s[-–—]\s*«(?P<agency>[^«»\n]{2,30})»"))
_LATER_BRACKET = re.compile(r"[^\n()«»]{0,40}?\((?P<agency>[^()\n]{2,30})\)\s*[-–—:]")
_CREDIT_LINE = re.compile(r"^\((?P<agency>[^()\n]{2,30})\)$")
AGENCY_WORDS = 4                  # «وكالة الأنباء القطرية»; more words in brackets are an aside
DATELINE_LINES = 3                # a byline or a date may stand above the dateline


def has_metadata_line(line: str) -> bool:
    """«date 2025-12-31 • …»: a copied article's first line of facts, not its headline."""
    return _META_LINE.match(line) is not None


# «بغداد - 12 آذار/مارس 2025 -», «BAGHDAD, Jan 12 -»: a place, perhaps a date, then a dash.
_DATELINE_OPENING = re.compile(r"^(?:\S+\s+){0,4}?[-–—]\s")
HEADLINE_MAX_WORDS = 25           # a longer first line is the lead paragraph, not a headline


# A dateline on a line of its own: a place, a dash and the outlet or agency («غزة – رامتان»,
# «الرباط - ميدي 1 راديو»), no more; a headline says something after its dash, or has a colon.
# («براوة (صونا) –», «هافانا (إفي) -»: the agency in brackets and nothing after the dash)
_DATELINE_ALONE = re.compile(r"^\S+(?:\s+\S+){0,2}\s*[-–—]\s*(?:\S+(?:\s+\S+){0,3})?$")


def dateline_alone(line: str) -> bool:
    """Whether `line` is a dateline written on a line of its own, above the lead («غزة – رامتان»)."""
    line = line.strip()
    return bool(_DATELINE_ALONE.match(line)) and ":" not in line and len(line.split()) <= 6


def is_headline(line: str) -> bool:
    """Whether a copy's first line is its headline rather than its lead paragraph: a paragraph is long,
    opens with a dateline («بغداد (رويترز) -») or ends like a sentence; a dateline on a line of its own
    («غزة – رامتان») is no headline either."""
    line = line.strip()
    if len(line.split()) > HEADLINE_MAX_WORDS or agency_of(line) or dateline_alone(line):
        return False
    if line.endswith(".") and not line.endswith(".."):       # «…» or «...» ends a cut headline
        return False
    return not (_DATELINE_OPENING.match(line) and dateline_date(line))


def from_text(text: str, *, pasted: bool = True) -> Prefill:
    """The facts a plain-text article gives about itself. The first line is its headline unless it is
    a metadata line or a paragraph (then it is body, and the title is made from the lead); no line
    but a metadata line is ever left out of the title and the body.
    `pasted`: refuse text too long to be one article (a file is checked by size)."""
    if pasted and len(text) > MAX_PASTE_CHARS:
        raise InputError("article.paste_too_long", length=len(text), limit=MAX_PASTE_CHARS)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    found: list[str] = []
    values: dict[str, str] = {}
    rest = list(lines)
    while rest and not rest[0].strip():
        rest.pop(0)
    summary = ""
    meta = _META_LINE.match(rest[0]) if rest else None
    if meta:
        # «date 2025-12-31 • …»: what follows the date is the standfirst, not the headline, which
        # such a copy lacks: the lead sentence, shortened, stands in for it.
        date = numeric_date(meta["date"])
        if date:
            values["published"] = date
            found.append("published")
        rest.pop(0)
        summary = meta["rest"].strip()
    while rest and not rest[0].strip():
        rest.pop(0)
    if meta or not (rest and is_headline(rest[0])):
        # A copy that opens with its lead paragraph has no headline: the lead stays in the body, to be
        # analysed, and a shortened lead stands in for the title.
        body = "\n".join(rest).strip()
        title = headline_from_lead(body)
    else:
        title = rest.pop(0).strip()
        body = "\n".join(rest).strip()
    head = body[:600]
    if "published" not in values:
        date = dateline_date(head)
        if date:
            values["published"] = date
            found.append("published")
    named = _named_source(body)
    named_url = _URL.search(named)
    # «المصدر: https://…» names the address, not the outlet: the outlet is then a dateline's agency,
    # or failing that the address's host, never the whole address.
    outlet = "" if named_url else named
    url = named_url or _URL.search(text[:2000]) or _URL.search(text[-2000:])
    if url:
        values["url"] = url.group(0).rstrip(".,،)")
    outlet = outlet or agency_of(body) or (host_of(values["url"]) if named_url else "")
    if outlet:
        values["outlet"] = outlet
        found.append("outlet")
    if url:
        found.append("url")
    language = "ar" if arabic.contains_arabic(body or title) else "en"
    warnings = () if arabic.contains_arabic(text) else ("article.no_arabic",)
    return Prefill(title=title, summary=summary, language=language, found=tuple(found), body=body,
                   warnings=warnings, **values)


# A weekday, the date that may follow it («يوم الثلاثاء 12 آذار 2024») and the time of day before it
# («انطلقت صباح اليوم الثلاثاء في …»): when, not what.
_WEEKDAY = re.compile(r"[،,]?\s*(?:(?:صباح|مساء|ظهر|فجر)\s+)?(?:(?:ال)?يوم\s+)?(?:ال)?(?:اثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|سبت|أحد|احد)"
                      r"(?:\s+[0-9٠-٩]{1,2}\s+\S+(?:\s*/\s*\S+)?\s+[0-9٠-٩]{4})?\s*[،,]?")
_PARENTHESIS = re.compile(r"\s*\([^()]{0,30}\)")
# A dateline's place before its dash («بغداد -», «BAGHDAD, Jan 12 -»), its agency in brackets gone already.
_DATELINE_PLACE = re.compile(r"^(?:\S+\s+){0,3}?\S+\s*[-–—]\s+")
# Where a lead sentence's news ends and its circumstances begin.
_CIRCUMSTANCE = re.compile(r"\s(?:في محافظة|ب?محافظة|خلال|في إطار|وذلك|بعد أن|عقب|حيث|وفق|بحسب|وسط)\s")
HEADLINE_WORDS = 14
_SHORTEST_HEADLINE = 5       # a lead cut shorter than this says who, not what


def headline_from_lead(body: str) -> str:
    """A headline made from the lead sentence: «أعلن العراق، الأربعاء، أن جيشه سيتسلم مقر التحالف …
    بمحافظة الأنبار (غرب) خلال …» gives «العراق يعلن أن جيشه سيتسلم مقر التحالف الدولي في قاعدة عين الأسد»."""
    body = body.strip()
    first, _, after = body.partition("\n")
    if dateline_alone(first) and after.strip():
        body = after.strip()      # «غزة – رامتان» above the lead: the lead, not the dateline, gives the title
    lead = re.split(r"(?<=[.!؟?])\s|\n", body, maxsplit=1)[0].strip().rstrip(".")
    lead = _PARENTHESIS.sub("", _WEEKDAY.sub(" ", lead)).replace('"', "").replace("«", "").replace("»", "")
    lead = " ".join(lead.split())
    for _ in range(2):          # «بغداد - 12 آذار/مارس 2025 - أقر …»: the place, then the date
        lead = _DATELINE_PLACE.sub("", lead, count=1)
    cut = _CIRCUMSTANCE.search(lead, 20)
    if cut and len(lead[:cut.start()].split()) >= _SHORTEST_HEADLINE:
        lead = lead[:cut.start()]     # (not «قرر مجلس بنك المغرب، خلال اجتماعه …»: that says nothing yet)
    lead = lead.rstrip(" ،,؛")
    # «أعلن العراق أن …» reads as a headline in the present: «العراق يعلن أن …».
    m = re.match(r"^(أعلن|أعلنت|أكد|أكدت|قال|قالت)\s+(\S+(?:\s+\S+){0,5}?)\s+(أن|أنه|أنها|إن)\s", lead)
    if m:
        present = {"أعلن": "يعلن", "أعلنت": "تعلن", "أكد": "يؤكد", "أكدت": "تؤكد", "قال": "يقول", "قالت": "تقول"}
        lead = f"{m[2]} {present[m[1]]} {m[3]} " + lead[m.end():]
    words = " ".join(lead.split()).split(" ")
    return " ".join(words[:HEADLINE_WORDS]) + ("…" if len(words) > HEADLINE_WORDS else "")


def article_record(found: Prefill, chosen: dict) -> dict:
    """The article to import: its text as found, with what the analyst chose on the sheet
    (title, published, outlet, url, language) over what was found."""
    record = {"title": found.title, "summary": found.summary, "body": found.body, "published": found.published,
              "outlet": found.outlet, "url": found.url, "language": found.language}
    record.update({k: v for k, v in chosen.items() if k in record})
    return {k: v.strip() for k, v in record.items() if isinstance(v, str) and v.strip()}


def from_page(fields: dict) -> Prefill:
    """The facts a saved page's markup gave (articles.parse_html's fields); the outlet and the date,
    when its <meta> tags name none, from the body's dateline."""
    body = fields.get("body", "")
    outlet = fields.get("outlet", "") or agency_of(body)
    # A page with no date in its markup often has one in its dateline, read as a pasted text's is.
    published = fields.get("published", "") or dateline_date(body[:600])
    found = tuple(k for k, v in (("published", published), ("outlet", outlet), ("url", fields.get("url")))
                  if v)
    return Prefill(title=fields.get("title", ""), published=published,
                   outlet=outlet, url=fields.get("url", ""),
                   language="ar" if arabic.contains_arabic(body) else "en", found=found, body=body,
                   warnings=() if arabic.contains_arabic(body) else ("article.no_arabic",))


def dateline_date(head: str) -> str:
    """The date a dateline gives at the opening of the body («بغداد - 12 آذار/مارس 2025 -»), or ""."""
    from desktop.core.extract.dates import find_dates
    opening = head.split("\n", 1)[0][:160]
    norm = arabic.normalize(opening)
    for start, _, mention in find_dates(norm, None):
        if start <= 60 and not mention.relative and not mention.approximate and len(mention.date) == 10:
            return mention.date
    return ""


def agency_of(head: str) -> str:
    """The news agency a dateline at the opening of the body credits («بغداد (رويترز) -»,
    «بغداد - «رويترز»», «BAGHDAD, Jan 12 (Reuters) -», «(أ ف ب)», «الرمادي (العراق) - 14 تشرين الثاني
    2025 - وكالة الرافدين»), or ""."""
    lines = [line.strip() for line in head.split("\n") if line.strip()]
    opening = lines[:DATELINE_LINES]
    bracketed = ""
    for pattern, line in [(p, line) for line in opening for p in _AGENCY]:
        m = pattern.match(line)
        # «الرمادي (العراق) - 12 آذار 2025 (أ ف ب) -»: the country a city is in is no agency, the
        # brackets after it may hold one.
        while m and _is_place(m["agency"]):
            m = _LATER_BRACKET.match(line, m.end("agency") + 1)
        # «(65 عاما) -», «(غرب) -»: an aside in brackets, with digits or too many words, is no agency.
        if m and _is_agency(m["agency"].strip()):
            bracketed = m["agency"].strip()
            break
    if bracketed and _is_known_agency(bracketed):
        return bracketed
    # «… - 14 تشرين الثاني 2025 - وكالة الرافدين»: the credit after the date, when the line holds the
    # dateline alone or the credit is an agency's name, not the lead's first words.
    for n, line in enumerate(opening):
        after = _after_date(line, alone=n + 1 < len(lines))
        if after:
            return after
    if bracketed:
        return bracketed
    for line in opening + lines[-1:]:
        m = _CREDIT_LINE.match(line)
        if m and _is_agency(m["agency"].strip()) and not _is_place(m["agency"]):
            return m["agency"].strip()
    return ""


_DASH = re.compile(r"\s+[-–—]\s+|\s+[-–—]$")
# How an agency's, a paper's or a channel's name starts, in running text never the lead's first word.
_OUTLET_HEADS = frozenset(arabic.normalize(w) for w in (
    "وكالة", "صحيفة", "جريدة", "قناة", "موقع", "إذاعة", "شبكة", "مجلة", "agency", "news", "press"))


def _after_date(line: str, *, alone: bool) -> str:
    """What follows a dateline's date after a dash («بيروت - 12 آذار 2025 - وكالة الرافدين»), when it
    names an outlet: a known one or one headed by «وكالة»…, or any short name ending a line of its own
    (`alone`: the body goes on below it)."""
    from desktop.core.extract.dates import find_dates
    parts = [p.strip() for p in _DASH.split(line[:200])]
    for k, part in enumerate(parts[:-1]):
        dated = any(not m.relative and len(m.date) >= 4 for _, _, m in find_dates(arabic.normalize(part), None))
        if not dated:
            continue
        credit = parts[k + 1].strip(" :،,")
        if not credit or not _is_agency(credit) or _is_place(credit) or credit[-1] in ".!?؟":
            return ""
        last = k + 2 >= len(parts) or not any(parts[k + 2:])
        first_word = arabic.normalize(credit.split()[0]).lower()
        if _is_known_agency(credit) or first_word in _OUTLET_HEADS or (last and alone):
            return credit
        return ""
    return ""


def _is_place(name: str) -> bool:
    """A gazetteer place («العراق»، «Iraq»): a dateline names it to locate the story, not to credit it."""
    from desktop.core.extract.gazetteer import default_gazetteer
    entries = default_gazetteer().lookup(name.strip())
    return any(e.kind == "place" for e in entries) and not any(e.type == "media" for e in entries)


def _is_known_agency(name: str) -> bool:
    from desktop.core.extract.gazetteer import default_gazetteer
    return any(e.type == "media" for e in default_gazetteer().lookup(name.strip()))


def _is_agency(name: str) -> bool:
    return (not any(ch.isdigit() for ch in name) and len(name.split()) <= AGENCY_WORDS
            and _URL.search(name) is None)


def _named_source(body: str) -> str:
    """What a «المصدر:» / "Source:" line names (an outlet, or an address), or ""."""
    for line in body.split("\n")[:40]:
        m = _OUTLET_LINE.match(line)
        if m and (len(m["outlet"]) <= OUTLET_CHARS or _URL.search(m["outlet"])):
            return m["outlet"]
    return ""


def host_of(url: str) -> str:
    """An address's site, as an outlet may be named by it: «https://www.example.com/a» gives «example.com»."""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:          # «http://[x»: no host to read
        return ""
    return host[4:] if host.startswith("www.") else host
