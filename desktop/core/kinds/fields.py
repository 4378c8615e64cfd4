"""What a field of a record kind is: its type, its check, where it is stored and how it is shown.

A `Field` is described once in the registry (kinds/registry.py); reading,
writing, validation, export, indexing, the tabs, the detail pane and the
editor forms all work from it. Labels are English; the GUI translates them
(context "Fields"), the command line prints them as they are.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any, Callable

from desktop.core.dates import parse_date
from desktop.core.errors import RecordError

MAX_TEXT = 1_000_000      # characters in one field: a long article, not a dump
MAX_SHORT = 2_000         # names, titles of people, roles, ids
MAX_LIST = 10_000         # aliases, tags, event actors...

_SURROGATE = re.compile("[\ud800-\udfff]")
ID_RE = re.compile(r"^(actor|place|source|event|quote):[^\s/\\]{1,200}$")

Check = Callable[[Any, str], Any]


@dataclass(frozen=True)
class Choice:
    """One value of a closed list: the stored code (text, or a number on a numbered scale) and its English label."""
    code: str | int
    label: str
    hint: str = ""          # a longer English gloss (the Admiralty grades' meanings)


@dataclass(frozen=True)
class LinkTable:
    """A many-valued reference stored in a table of its own (an event's actors and sources)."""
    table: str              # event_actors
    owner: str              # event_id
    target: str             # actor_id
    role: str | None = None  # a text column the link carries (role), shown with the target


@dataclass(frozen=True)
class AliasTable:
    """Other names of a record, in a table of their own with their normalised form."""
    table: str              # actor_aliases
    owner: str              # actor_id


# The types a field can have. Each decides its stored form and the widget that edits it.
TEXT, LONG_TEXT, DATE, CHOICE, REF, REFS, LINKS, ALIASES, NUMBER, FLAG, SPAN, TAGS = (
    "text", "long_text", "date", "choice", "ref", "refs", "links", "aliases", "number", "flag", "span", "tags")


@dataclass(frozen=True, eq=False)
class Field:
    """One field of a record kind, in interchange form (the JSONL key) and in the store."""
    name: str
    label: str
    type: str
    check: Check
    required: bool = False
    column: str | None = None          # its column in the kind's table (None: a link or alias table)
    ref: str | None = None             # the kind a reference points at
    by_name: bool = False              # a reference may name its target by name or alias
    choices: tuple[Choice, ...] = ()
    ordered: bool = False              # the choices are a scale: a query may ask for a range (A-B)
    search: str | None = None          # "name" or "body": the search part its text joins;
                                       # "names": the names of what it refers to join the body
    filter: str | None = None          # its query filter (status:, reliability:)
    normalised: bool = False           # a `<column>_norm` column holds its normalised form
    digest: str | None = None          # a column holding a hash of its normalised text (finds the same article)
    links: LinkTable | None = None
    aliases: AliasTable | None = None
    reverse: str | None = None         # the label of the list of records referring through it
    carries: tuple[str, ...] = ()      # fields of the target this record is filtered by too
                                       # (a quote is at its event's place)
    hint: str = ""                     # placeholder or checkbox caption in the forms
    ltr: bool = False                  # codes, addresses and numbers are edited left to right
    default: str | None = None         # stored when a record leaves it out (and left out when it reads back)
    detail: bool = True                # shown in the detail pane
    form: bool = True                  # edited in the forms
    csv: bool = True                   # a column of the CSV export
    brief: bool = False                # noted beside the record in a briefing (a grade)
    section: str = ""                  # the heading the detail pane and the forms show it under, after
                                       # the record's own fields ("From the dataset"); "": no heading

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(c.code for c in self.choices)

    def choice(self, code: str | None) -> Choice | None:
        return next((c for c in self.choices if c.code == code), None)

    @property
    def many(self) -> bool:
        return self.type in (REFS, LINKS, ALIASES, TAGS)


# --- checks: each takes (value, field name) and returns the clean value -----------------


def text(limit: int = MAX_TEXT) -> Check:
    def check(value: Any, field: str) -> str:
        if not isinstance(value, str):
            raise RecordError("field.not_text", field=field, type=type(value).__name__)
        if len(value) > limit:
            raise RecordError("field.too_long", field=field, length=len(value), limit=limit)
        if "\x00" in value:
            raise RecordError("field.nul", field=field)
        if not value.isascii():
            bad = _SURROGATE.search(value)
            if bad:
                # JSON can spell half of a UTF-16 pair (\ud800) that no UTF-8 text holds.
                raise RecordError("field.surrogate", field=field, codepoint=ord(bad.group()),
                                  position=bad.start() + 1)
        return value
    return check


def required_text(limit: int = MAX_TEXT) -> Check:
    base = text(limit)

    def check(value: Any, field: str) -> str:
        value = base(value, field)
        if not value or value.isspace():
            raise RecordError("field.empty", field=field)
        return value
    return check


def choice(codes: tuple) -> Check:
    """One of `codes`. Numbered codes (a scale 1-6) also take their digits as text: "2" is 2."""
    numbered = all(isinstance(c, int) for c in codes)

    def check(value: Any, field: str):
        if numbered and isinstance(value, str) and value.strip().isdigit():
            value = int(value.strip())
        if isinstance(value, bool) or value not in codes:
            raise RecordError("field.not_choice", field=field, value=value, choices=", ".join(map(str, codes)))
        return value
    return check


def is_text(value: str) -> bool:
    """False for strings with lone surrogates: undecodable bytes in a command line, or JSON's \\ud800."""
    return value.isascii() or not _SURROGATE.search(value)


_short_required = required_text(MAX_SHORT)


def text_list(value: Any, field: str) -> list[str]:
    if not isinstance(value, list):
        raise RecordError("field.not_text_list", field=field)
    if len(value) > MAX_LIST:
        raise RecordError("field.list_too_long", field=field, length=len(value), limit=MAX_LIST)
    out: list[str] = []
    for i, item in enumerate(value):
        item = _short_required(item, f"{field}[{i}]")
        if item not in out:
            out.append(item)
    return out


def date(value: Any, field: str) -> str:
    return parse_date(value, field)


def reference(value: Any, field: str) -> str:
    return _short_required(value, field).strip()


def _list(value: Any, field: str) -> list:
    if not isinstance(value, list):
        raise RecordError("field.not_list", field=field)
    if len(value) > MAX_LIST:
        raise RecordError("field.list_too_long", field=field, length=len(value), limit=MAX_LIST)
    return value


def references(value: Any, field: str) -> list[str]:
    return [reference(v, f"{field}[{i}]") for i, v in enumerate(_list(value, field))]


def links(target: str, role: str) -> Check:
    """A list of references, each an id or {target: id, role: text} (an event's actors)."""
    short = text(MAX_SHORT)

    def check(value: Any, field: str) -> list[dict]:
        out = []
        for i, item in enumerate(_list(value, field)):
            where = f"{field}[{i}]"
            if isinstance(item, str):
                out.append({target: reference(item, where)})
                continue
            if not isinstance(item, dict):
                raise RecordError("field.bad_link", field=where, target=target, role=role)
            unknown = set(item) - {target, role}
            if unknown:
                raise RecordError("field.link_unknown", field=where, name=sorted(unknown)[0])
            if target not in item:
                raise RecordError("field.link_missing_target", field=where, target=target)
            entry = {target: reference(item[target], f"{where}.{target}")}
            if item.get(role) not in (None, ""):
                entry[role] = short(item[role], f"{where}.{role}")
            out.append(entry)
        return out
    return check


def coordinate(limit: float) -> Check:
    def check(value: Any, field: str) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            raise RecordError("field.not_number", field=field)
        if not -limit <= value <= limit:
            raise RecordError("field.out_of_range", field=field, value=value, low=f"-{limit:g}",
                              high=f"{limit:g}")
        return float(value)
    return check


def number_between(low: float, high: float) -> Check:
    """A finite number from `low` to `high` (a Goldstein score, a tone)."""
    def check(value: Any, field: str) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            raise RecordError("field.not_number", field=field)
        if not low <= value <= high:
            raise RecordError("field.out_of_range", field=field, value=value, low=f"{low:g}", high=f"{high:g}")
        return float(value)
    return check


def count(value: Any, field: str) -> int:
    """A whole number of at least 0 (fatalities, mentions); 12.0 is taken as 12."""
    # A negative number is no count either: "a whole number of 0 or more" says what to write.
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) \
            or value != int(value) or value < 0:
        raise RecordError("field.not_count", field=field)
    if value > 2**53:
        raise RecordError("field.out_of_range", field=field, value=value, low="0", high=f"{2**53}")
    return int(value)


def flag(value: Any, field: str) -> bool:
    if not isinstance(value, bool):
        raise RecordError("field.not_bool", field=field)
    return value


def span(value: Any, field: str) -> list[int]:
    if (not isinstance(value, list) or len(value) != 2
            or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
            or not 0 <= value[0] <= value[1]):
        raise RecordError("field.bad_span", field=field)
    return list(value)


def record_id(value: Any, field: str) -> str:
    value = _short_required(value, field)
    if not ID_RE.match(value):
        raise RecordError("field.bad_id", field=field, value=value)
    return value
