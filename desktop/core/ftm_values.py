"""FollowTheMoney values, each cleaned as FtM itself cleans it, and the entities built of them.

A value is written in the form FtM keeps as it is (the tests check this
with followthemoney), so a re-export gives the same entities byte for byte;
a value FtM would refuse or cut goes whole to the entity's notes. The
followthemoney package itself is never imported (see ftm.py).
"""
from __future__ import annotations

import json
import re
import unicodedata
from ipaddress import ip_address
from urllib.parse import urlparse

NAME, STRING, TEXT, ADDRESS, DATE, URL, NUMBER, COUNTRY, LANGUAGE, ENTITY = (
    "name", "string", "text", "address", "date", "url", "number", "country", "language", "entity")

# The FtM type of each property written here (a property name has one type in every schema used).
_TYPES = {
    "name": NAME, "alias": NAME,
    "position": STRING, "classification": STRING, "keywords": STRING, "city": STRING, "region": STRING,
    "title": STRING, "publisher": STRING, "author": STRING, "role": STRING, "recordId": STRING,
    "summary": TEXT, "description": TEXT, "notes": TEXT, "bodyText": TEXT,
    "full": ADDRESS, "location": ADDRESS,
    "date": DATE, "startDate": DATE, "endDate": DATE, "publishedAt": DATE,
    "sourceUrl": URL, "latitude": NUMBER, "longitude": NUMBER, "country": COUNTRY, "language": LANGUAGE,
    "proof": ENTITY, "addressEntity": ENTITY, "involved": ENTITY, "member": ENTITY, "organization": ENTITY,
    "subject": ENTITY, "object": ENTITY, "document": ENTITY, "entity": ENTITY,
}
# The longest value FtM keeps of a type (its types' max_length); longer values are refused by it.
_LIMITS = {NAME: 384, STRING: 1024, TEXT: 65_000, ADDRESS: 250, URL: 4096}

# As FtM's text sanitising (normality.remove_unsafe_chars): odd spaces become spaces; controls other
# than tab and line breaks, zero-width and bidi marks, soft hyphens and BOMs go. Aleph would drop them
# on reading, and a value it would change makes a re-cleaned entity differ from the file.
_ODD_SPACES = re.compile("[\u2000-\u200a\u2028\u2029\u0a00\u1680\u202f\u205f\u3000]")
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u061c\u2060-\u2064\u00ad\ufeff"
                     "\ud800-\udfff]")
_SPACES = re.compile(r"\s+")
_QUOTED = re.compile(r'^["\'](.*)["\']$')
_LINE_BREAKS = re.compile(r"(\r\n|\n|<BR/>|<BR>|\t|ESQ\.,|ESQ,|;)")
_COMMATA = re.compile(r"(,\s?[,\.])")
_DATE = re.compile(r"^[1-9]\d{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
_HOST_LABEL = re.compile(r"[\w-]{1,63}")
_HOST_ALNUM = re.compile(r"[^\W_]")

# ISO 639 codes as sources carry them (ar, ara, ar-IQ) → FtM's (639-3) for the languages FtM knows.
_LANGUAGES = {
    "ar": "ara", "en": "eng", "fr": "fra", "fre": "fra", "fa": "fas", "per": "fas", "tr": "tur",
    "he": "heb", "ru": "rus", "es": "spa", "de": "deu", "ger": "deu", "zh": "zho", "chi": "zho",
    "ur": "urd", "ps": "pus", "hi": "hin", "it": "ita", "pt": "por", "nl": "nld", "dut": "nld",
    "uk": "ukr", "am": "amh", "sw": "swa", "id": "ind", "ms": "msa", "hy": "hye", "arm": "hye",
    "az": "aze", "ka": "kat", "geo": "kat", "el": "ell", "gre": "ell", "bn": "ben", "ja": "jpn",
    "ko": "kor", "sq": "sqi", "alb": "sqi", "bs": "bos", "sr": "srp", "hr": "hrv", "pl": "pol",
    "ro": "ron", "rum": "ron", "sv": "swe", "no": "nor", "da": "dan", "fi": "fin", "hu": "hun",
    "cs": "ces", "cze": "ces", "sk": "slk", "slo": "slk", "bg": "bul", "tg": "tgk", "uz": "uzb",
    "kk": "kaz", "tk": "tuk", "ky": "kir", "mn": "mon", "vi": "vie", "th": "tha",
}
_FTM_LANGUAGES = frozenset(_LANGUAGES.values())


def _sanitize(text: str) -> str:
    # FtM composes (NFC) first and removes after, which can leave marks out of canonical order (a control
    # between two marks); removing first gives a text FtM's own clean-up leaves as it is.
    text = _UNSAFE.sub("", _ODD_SPACES.sub(" ", text))
    return unicodedata.normalize("NFC", text).strip()


def _squash(text: str) -> str:
    return _SPACES.sub(" ", text).strip(" ")


def _url(text: str) -> str | None:
    """An http(s) address as FtM keeps it (rigour's clean_url), or None for anything else."""
    if _SPACES.search(text):
        return None
    try:
        parsed = urlparse(text)
        host, _ = parsed.hostname, parsed.port
    except ValueError:
        return None
    if parsed.scheme.lower() not in ("http", "https") or not host:
        return None
    try:
        ip_address(host)
    except ValueError:
        labels = host.rstrip(".").split(".")
        if not all(_HOST_LABEL.fullmatch(lb) and _HOST_ALNUM.search(lb) for lb in labels):
            return None
        if len(labels) > 1 and (len(labels[-1]) < 2 or labels[-1].isdigit()):
            return None
    return parsed._replace(scheme=parsed.scheme.lower(), path=parsed.path.strip() or "/").geturl()


def language(text: str) -> str | None:
    code = text.strip().lower().replace("_", "-").partition("-")[0]
    return code if code in _FTM_LANGUAGES else _LANGUAGES.get(code)


def _number(value) -> str | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return repr(value)


def _cut(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a space where one is near the end, marked with an ellipsis."""
    head = text[:limit - 1]
    space = head.rfind(" ")
    if space > limit // 2:
        head = head[:space]
    return head.rstrip() + "…"


def _chunks(text: str, limit: int) -> list[str]:
    """A text longer than FtM keeps in one value, as several values, split at line breaks or spaces."""
    out = []
    while len(text) > limit:
        cut = max(text.rfind("\n", 0, limit), text.rfind(" ", 0, limit))
        cut = cut if cut > limit // 2 else limit
        out.append(text[:cut].strip())
        text = text[cut:].strip()
    return [part for part in out + [text] if part]


def clean(kind: str, value) -> tuple[list[str], bool]:
    """The values FtM keeps of `value` for a property of type `kind`, and whether it had to be cut.

    Empty when FtM would refuse it (a malformed date or address): the caller
    then keeps it in the entity's notes.
    """
    if kind == NUMBER:
        number = _number(value)
        return ([number] if number else []), False
    if not isinstance(value, str):
        value = str(value)
    text = _sanitize(value)
    if not text:
        return [], False
    if kind == TEXT:
        return _chunks(text, _LIMITS[TEXT]), False
    if kind == NAME:
        # Nor is its name clean-up («'\n'» gives «' '» the first time, nothing the second): repeated too.
        while (again := _squash(_QUOTED.sub(r"\1", text))) != text:
            text = again
    elif kind == ADDRESS:
        # FtM's address clean-up is not idempotent (";." gives ", , " the first time, ", " the second):
        # repeated until it changes nothing, so that the value read back and cleaned again stays the same.
        while (again := _squash(_COMMATA.sub(", ", _LINE_BREAKS.sub(", ", text)))) != text:
            text = again
    elif kind == STRING:
        text = _squash(text)
    elif kind == DATE:
        return ([text] if _DATE.match(text) else []), False
    elif kind == URL:
        url = _url(text)
        return ([url] if url and len(url) <= _LIMITS[URL] else []), False
    elif kind == LANGUAGE:
        code = language(text)
        return ([code] if code else []), False
    elif kind in (COUNTRY, ENTITY):
        return [text], False
    if not text:
        return [], False
    limit = _LIMITS[kind]
    if len(text) <= limit:
        return [text], False
    cut, _ = clean(kind, _cut(text, limit))
    return cut, True


class Entity:
    """One FtM entity being built: each value cleaned as FtM cleans it, once, in the order added.

    A value FtM would refuse or that had to be cut is kept whole in the
    entity's notes (`spill`: `description` for the interval schemata, which
    have no notes), so a long title or a malformed date is never lost.
    """

    def __init__(self, schema: str, entity_id: str, spill: str = "notes"):
        self.schema = schema
        self.id = entity_id
        self.spill = spill
        self.properties: dict[str, list[str]] = {}
        self.spilled: list[str] = []

    def add(self, prop: str, *values, label: str | None = None) -> bool:
        """Add values; whether any was kept. `label` names the field in the notes a refused value goes to."""
        kept = False
        for value in values:
            if value is None or value == "" or value == []:
                continue
            cleaned, cut = clean(_TYPES[prop], value)
            if cut or (not cleaned and _sanitize(str(value))):     # blank text is no value to keep
                self.spilled.append(f"{label or prop}: {value}")
            for item in cleaned:
                existing = self.properties.setdefault(prop, [])
                if item not in existing:
                    existing.append(item)
                kept = True
        return kept

    def to_json(self) -> str:
        if self.spilled:
            self.add(self.spill, "\n".join(self.spilled))
            self.spilled = []
        return json.dumps({"id": self.id, "schema": self.schema, "properties": self.properties},
                          ensure_ascii=False)
