"""The record kinds of the interchange format and their validation.

Records travel as plain dicts in interchange form (DESIGN section 3): the
same shape is read from JSONL, written to JSONL, returned by `Store.get` and
accepted by `Store.put`. `validate` checks one record and returns a cleaned
copy, or raises `RecordError` naming the field at fault.
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import math
import re
from typing import Any, Callable

from desktop.core import arabic

KINDS = ("actor", "place", "source", "event", "quote")
IMPORT_KINDS = KINDS + ("article",)

ACTOR_TYPES = ("person", "organization", "state", "armed_group", "media", "other")
PLACE_TYPES = ("country", "province", "city", "site", "other")
EVENT_STATUSES = ("occurred", "announced", "planned", "expected")
REVIEW_STATES = ("confirmed", "unreviewed")
DATE_PRECISIONS = ("exact", "approximate")

MAX_TEXT = 1_000_000      # characters in one field: a long article, not a dump
MAX_SHORT = 2_000         # names, titles of people, roles, ids
MAX_LIST = 10_000         # aliases, tags, event actors...

_ID_RE = re.compile(r"^(actor|place|source|event|quote):[^\s/\\]{1,200}$")
_SURROGATE = re.compile("[\ud800-\udfff]")
_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class RecordError(ValueError):
    """A record is invalid; `field` names the culprit (None for the whole record)."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(f"{field}: {message}" if field else message)
        self.field = field
        self.reason = message


# --- field validators: each takes (value, field name) and returns the clean value


def _text(limit: int) -> Callable[[Any, str], str]:
    def check(value: Any, field: str) -> str:
        if not isinstance(value, str):
            raise RecordError(f"must be text, not {type(value).__name__}", field)
        if len(value) > limit:
            raise RecordError(f"is {len(value):,} characters long; the limit is {limit:,}", field)
        if "\x00" in value:
            raise RecordError("contains a NUL character", field)
        if not value.isascii():
            bad = _SURROGATE.search(value)
            if bad:
                # JSON can spell half of a UTF-16 pair (\ud800) that no UTF-8 text holds.
                raise RecordError(f"contains an unpaired surrogate \\u{ord(bad.group()):04x} at character "
                                  f"{bad.start() + 1}; it is not text", field)
        return value
    return check


def _required_text(limit: int) -> Callable[[Any, str], str]:
    base = _text(limit)

    def check(value: Any, field: str) -> str:
        value = base(value, field)
        if not value or value.isspace():
            raise RecordError("must not be empty", field)
        return value
    return check


def _choice(options: tuple[str, ...]) -> Callable[[Any, str], str]:
    def check(value: Any, field: str) -> str:
        if value not in options:
            raise RecordError(f"{value!r} is not one of {', '.join(options)}", field)
        return value
    return check


_short_required = _required_text(MAX_SHORT)
_short_text = _text(MAX_SHORT)


def _text_list(value: Any, field: str) -> list[str]:
    if not isinstance(value, list):
        raise RecordError("must be a list of text", field)
    if len(value) > MAX_LIST:
        raise RecordError(f"has {len(value):,} items; the limit is {MAX_LIST:,}", field)
    out = []
    for i, item in enumerate(value):
        item = _short_required(item, f"{field}[{i}]")
        if item not in out:
            out.append(item)
    return out


def is_text(value: str) -> bool:
    """False for strings with lone surrogates: undecodable bytes in a command line, or JSON's \\ud800."""
    return value.isascii() or not _SURROGATE.search(value)


def parse_date(value: Any, field: str = "date") -> str:
    """An ISO date of the precision known: 2014, 2025-09 or 2024-09-27."""
    if not isinstance(value, str):
        raise RecordError(f"must be a date as text (YYYY, YYYY-MM or YYYY-MM-DD), not {type(value).__name__}", field)
    return _parse_date_text(value, field)


@functools.lru_cache(maxsize=8192)
def _parse_date_text(value: str, field: str) -> str:
    """Cached: a big import has a few thousand distinct dates over millions of records."""
    m = _DATE_RE.match(arabic.to_western_digits(value.strip()))
    if not m:
        raise RecordError(f"{value!r} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)", field)
    year, month, day = m.groups()
    try:
        if day:
            dt.date(int(year), int(month), int(day))
        elif month and not 1 <= int(month) <= 12:
            raise ValueError("month out of range")
    except ValueError as exc:
        raise RecordError(f"{value!r} is not a calendar date ({exc})", field) from None
    if int(year) == 0:
        raise RecordError(f"{value!r}: year 0 does not exist", field)
    return m.group(0)


def _date(value: Any, field: str) -> str:
    return parse_date(value, field)


def _reference(value: Any, field: str) -> str:
    return _short_required(value, field).strip()


def _id_list(value: Any, field: str) -> list[str]:
    return [_reference(v, f"{field}[{i}]") for i, v in enumerate(_list(value, field))]


def _list(value: Any, field: str) -> list:
    if not isinstance(value, list):
        raise RecordError("must be a list", field)
    if len(value) > MAX_LIST:
        raise RecordError(f"has {len(value):,} items; the limit is {MAX_LIST:,}", field)
    return value


def _event_actors(value: Any, field: str) -> list[dict]:
    out = []
    for i, item in enumerate(_list(value, field)):
        where = f"{field}[{i}]"
        if isinstance(item, str):
            out.append({"actor": _reference(item, where)})
            continue
        if not isinstance(item, dict):
            raise RecordError("must be an actor id or {\"actor\": ..., \"role\": ...}", where)
        unknown = set(item) - {"actor", "role"}
        if unknown:
            raise RecordError(f"unknown field {sorted(unknown)[0]!r}", where)
        if "actor" not in item:
            raise RecordError("is missing \"actor\"", where)
        entry = {"actor": _reference(item["actor"], f"{where}.actor")}
        if item.get("role") not in (None, ""):
            entry["role"] = _short_text(item["role"], f"{where}.role")
        out.append(entry)
    return out


def _coordinate(limit: float) -> Callable[[Any, str], float]:
    def check(value: Any, field: str) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            raise RecordError("must be a number", field)
        if not -limit <= value <= limit:
            raise RecordError(f"{value} is outside -{limit:g}..{limit:g}", field)
        return float(value)
    return check


def _boolean(value: Any, field: str) -> bool:
    if not isinstance(value, bool):
        raise RecordError("must be true or false", field)
    return value


def _span(value: Any, field: str) -> list[int]:
    if (not isinstance(value, list) or len(value) != 2
            or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
            or not 0 <= value[0] <= value[1]):
        raise RecordError("must be [start, end] with 0 <= start <= end", field)
    return list(value)


def _record_id(value: Any, field: str) -> str:
    value = _short_required(value, field)
    if not _ID_RE.match(value):
        raise RecordError(f"{value!r} is not an id like actor:hussein-allawi (kind, colon, no spaces)", field)
    return value


_COMMON = {
    "id": _record_id,
    "notes": _text(MAX_TEXT),
    "tags": _text_list,
    "review": _choice(REVIEW_STATES),
}

FIELDS: dict[str, dict[str, Callable[[Any, str], Any]]] = {
    "actor": {
        "name": _required_text(MAX_SHORT), "name_en": _text(MAX_SHORT),
        "type": _choice(ACTOR_TYPES), "title": _text(MAX_SHORT), "aliases": _text_list,
        "affiliation": _reference, "description": _text(MAX_TEXT),
        "source": _reference, "source_span": _span,
    },
    "place": {
        "name": _required_text(MAX_SHORT), "name_en": _text(MAX_SHORT),
        "type": _choice(PLACE_TYPES), "parent": _reference, "aliases": _text_list,
        "lat": _coordinate(90), "lon": _coordinate(180),
        "source": _reference, "source_span": _span,
    },
    "source": {
        "title": _required_text(MAX_TEXT), "body": _text(MAX_TEXT), "summary": _text(MAX_TEXT),
        "outlet": _text(MAX_SHORT), "url": _text(MAX_SHORT), "published": _date,
        "language": _text(32), "author": _text(MAX_SHORT),
    },
    "event": {
        "title": _required_text(MAX_TEXT), "summary": _text(MAX_TEXT), "date": _date,
        "date_end": _date, "date_precision": _choice(DATE_PRECISIONS),
        "status": _choice(EVENT_STATUSES), "place": _reference, "actors": _event_actors,
        "sources": _id_list, "category": _text(MAX_SHORT),
        "source": _reference, "source_span": _span,
    },
    "quote": {
        "text": _required_text(MAX_TEXT), "speaker": _reference, "date": _date,
        "source": _reference, "event": _reference, "context": _text(MAX_TEXT),
        "partial": _boolean, "source_span": _span,
    },
    "article": {
        "body": _required_text(MAX_TEXT), "title": _text(MAX_TEXT), "published": _date,
        "outlet": _text(MAX_SHORT), "url": _text(MAX_SHORT), "language": _text(32),
        "author": _text(MAX_SHORT), "summary": _text(MAX_TEXT),
    },
}

_ALL_FIELDS = {kind: {**_COMMON, **fields} for kind, fields in FIELDS.items()}

REQUIRED = {
    "actor": ("name",), "place": ("name",), "source": ("title",),
    "event": ("title",), "quote": ("text", "speaker"), "article": ("body",),
}

# The field whose text names the record: a quote's text, an actor's name...
MAIN_FIELD = {"actor": "name", "place": "name", "source": "title", "event": "title", "quote": "text"}

# References that may be given by name or alias as well as by id.
NAME_REFERENCES = {
    ("actor", "affiliation"): "actor", ("place", "parent"): "place",
    ("event", "place"): "place", ("quote", "speaker"): "actor",
}
ID_REFERENCES = {
    ("actor", "source"): "source", ("place", "source"): "source", ("event", "source"): "source",
    ("quote", "source"): "source", ("quote", "event"): "event",
}


def validate(record: Any) -> dict:
    """A cleaned copy of `record`, or RecordError naming the field at fault."""
    if not isinstance(record, dict):
        raise RecordError(f"a record must be a JSON object, not {type(record).__name__}")
    kind = record.get("kind")
    if kind is None:
        raise RecordError("is missing; every record starts with \"kind\"", "kind")
    if not isinstance(kind, str) or kind not in FIELDS:
        raise RecordError(f"unknown kind {kind!r}; expected one of {', '.join(IMPORT_KINDS)}", "kind")
    fields = _ALL_FIELDS[kind]
    clean: dict[str, Any] = {"kind": kind}
    for name, value in record.items():
        if name == "kind":
            continue
        if name not in fields:
            shown = name.encode("utf-8", "backslashreplace").decode("utf-8")
            raise RecordError(f"unknown field for a record of kind {kind}", shown)
        if value is None:
            continue
        clean[name] = fields[name](value, name)
    for name in REQUIRED[kind]:
        if name not in clean:
            raise RecordError(f"is required for a record of kind {kind}", name)
    if "id" in clean and kind != "article" and not clean["id"].startswith(kind + ":"):
        raise RecordError(f"{clean['id']!r} does not start with {kind + ':'!r}", "id")
    if clean.get("date_end") and not clean.get("date"):
        raise RecordError("is set but date is not", "date_end")
    if clean.get("date_end") and date_bounds(clean["date_end"])[1] < date_bounds(clean["date"])[0]:
        raise RecordError(f"{clean['date_end']} is before the date {clean['date']}", "date_end")
    if "source_span" in clean and "source" not in clean:
        raise RecordError("needs the source it points into", "source_span")
    return clean


def date_bounds(value: str) -> tuple[str, str]:
    """The first and last day an ISO date of any precision covers."""
    parts = value.split("-")
    if len(parts) == 3:
        return value, value
    if len(parts) == 2:
        year, month = int(parts[0]), int(parts[1])
        nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
        return f"{value}-01", (nxt - dt.timedelta(days=1)).isoformat()
    return f"{value}-01-01", f"{value}-12-31"


def default_id(record: dict) -> str:
    """A stable id for a record that came without one: the same content gives the same id."""
    kind = record["kind"]
    basis = arabic.normalize(record[MAIN_FIELD[kind]])
    if kind == "quote":
        basis += "\x1f" + arabic.normalize(record.get("speaker", ""))
    digest = hashlib.sha1(basis.encode("utf-8")).hexdigest()[:12]
    return f"{kind}:{digest}"
