"""The search query language (DESIGN section 4), parsed into a backend-neutral `Query`.

words are ANDed; "exact phrase"; -word or NOT word excludes; OR between
terms; word* is a prefix; filters kind: from: to:, a filter per kind that
is found by name (actor: place:), a filter per field with a closed list
of values (status: review: type: ...; a scale also takes a range, A-B), and
a filter per number field (fatalities:>=10, fatalities:10-50, goldstein:<-5,
in Western or Arabic-Indic digits). The
filters come from the kind registry. The parser never fails on syntax:
stray quotes, brackets, stars and operators become plain words or are
dropped, with a warning. Only a query that is too long, or that names a bad
filter value, is an error. Terms are analysed with the same analyser as the
index; turning a Query into the backend's syntax is the storage's work
(desktop/core/storage/fts.py), so no user text ever reaches it raw.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from types import MappingProxyType

from desktop.core import arabic, kinds, query_names
from desktop.core.dates import date_bounds, parse_date
from desktop.core.errors import MarsadError, QueryError, RecordError
from desktop.core.kinds import arabic_choices
from desktop.core.kinds import fields as f

MAX_QUERY = 1_000
MAX_TERMS = 64


def _filters() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(kinds found by name, which name a filter: actor place), (fields' filter names: status review...)."""
    named = tuple(k.name for k in kinds.stored() if k.names)
    return named, tuple(kinds.filter_fields())


class QueryWarning(MarsadError):
    """Something in a query that was searched otherwise than written; never raised, only reported."""


@dataclass(frozen=True)
class Term:
    words: tuple[str, ...]     # normalised tokens
    prefix: bool = False       # last word is a prefix
    phrase: bool = False       # written in quotes

    @property
    def stems(self) -> tuple[str, ...]:
        return tuple(arabic.stem(w) for w in self.words)


@dataclass(frozen=True)
class Bounds:
    """The numbers one numeric filter value asks for: from `low` to `high` (None: no bound),
    each bound included unless it is `strict` (> rather than >=)."""
    low: float | None = None
    high: float | None = None
    low_strict: bool = False
    high_strict: bool = False

    def __contains__(self, value: float) -> bool:
        if self.low is not None and (value <= self.low if self.low_strict else value < self.low):
            return False
        if self.high is not None and (value >= self.high if self.high_strict else value > self.high):
            return False
        return True


@dataclass
class Query:
    text: str
    groups: list[list[Term]] = field(default_factory=list)   # AND of ORs
    excluded: list[Term] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    named: list[tuple[str, str]] = field(default_factory=list)   # (kind, name as written): actor:علاوي
    date_from: str | None = None
    date_to: str | None = None
    values: dict[str, list] = field(default_factory=dict)        # filter name -> allowed codes
    # (filter name, the ranges one value asks for: any of them): fatalities:0|>=100. Each is ANDed.
    numbers: list[tuple[str, tuple[Bounds, ...]]] = field(default_factory=list)
    warnings: list[QueryWarning] = field(default_factory=list)

    @property
    def has_terms(self) -> bool:
        return bool(self.groups)

    @property
    def has_filters(self) -> bool:
        return bool(self.kinds or self.named or self.date_from or self.date_to or self.values or self.numbers)

    @property
    def is_empty(self) -> bool:
        return not (self.groups or self.excluded or self.has_filters)

    def positive_terms(self) -> list[Term]:
        return [t for group in self.groups for t in group]

    def names(self, kind: str) -> list[str]:
        """The names given to a kind's filter (actor:... -> the names of actors asked for)."""
        return [name for k, name in self.named if k == kind]

    @property
    def review(self) -> str | None:
        found = self.values.get("review")
        return found[0] if found and len(found) == 1 else None


# One lexical item: an optional sign, an optional filter name, then a quoted
# string or a run of anything that is not space, quote or bracket.
_ITEM = re.compile(
    r'(?P<neg>-)?(?:(?P<field>[' + query_names.NAME_LETTERS + r']+):)?(?:"(?P<quoted>[^"]*)(?P<closed>")?|(?P<bare>[^\s"()\[\]{}]+))'
    r'|(?P<junk>[()\[\]{}])'
)
_QUOTES = str.maketrans({"«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "″": '"'})


def parse(text: str) -> Query:
    if not isinstance(text, str):
        raise QueryError("query.not_text")
    if len(text) > MAX_QUERY:
        raise QueryError("query.too_long", length=len(text), limit=MAX_QUERY)
    named, valued = _filters()
    filters = ("kind", "from", "to") + named + valued
    q = Query(text=text)
    pending_or = False
    negate_next = False
    pos = 0
    src = text.translate(_QUOTES)
    while pos < len(src):
        if src[pos].isspace():
            pos += 1
            continue
        m = _ITEM.match(src, pos)
        if m is None:  # a lone quote char at the end, etc.
            pos += 1
            continue
        pos = m.end()
        if m.group("junk"):
            continue
        neg = bool(m.group("neg")) or negate_next
        negate_next = False
        fld = m.group("field")
        quoted = m.group("quoted")
        bare = m.group("bare")
        if quoted is not None and m.group("closed") is None:
            q.warnings.append(QueryWarning("query.unclosed_quote", position=m.start() + 1))
        name = query_names.canonical(fld, filters) if fld is not None else None
        if fld is None and quoted is None and bare.endswith(":"):
            # «actor:» with nothing after the colon: a filter left unfinished, not a word to look for.
            unfinished = query_names.canonical(bare[:-1], filters)
            if unfinished is not None:
                raise QueryError("query.missing_value", filter=bare[:-1], filter_name=unfinished)
        if name is not None:
            _apply_filter(q, name, quoted if quoted is not None else (bare or ""), neg, named, fld)
            continue
        if fld is not None:  # "word:word" that is not a filter: search both words
            bare = f"{fld} {bare or quoted or ''}"
            quoted = None
        if quoted is None and bare in ("OR", "|"):
            pending_or = bool(q.groups)
            continue
        if quoted is None and bare in ("AND", "&", "+"):
            continue
        if quoted is None and bare == "NOT":
            negate_next = True
            continue
        if quoted is None and bare.startswith("NEAR"):
            q.warnings.append(QueryWarning("query.near"))
            bare = bare[4:]
        term = _term(quoted if quoted is not None else bare, quoted is not None)
        if term is None:
            continue
        if len(q.positive_terms()) + len(q.excluded) >= MAX_TERMS:
            raise QueryError("query.too_many_terms", limit=MAX_TERMS)
        if neg:
            q.excluded.append(term)
        elif pending_or:
            q.groups[-1].append(term)
        else:
            q.groups.append([term])
        pending_or = False
    if not q.groups and q.excluded and not q.has_filters:
        q.warnings.append(QueryWarning("query.only_excluded"))
    if text.strip() and q.is_empty:
        raise QueryError("query.no_words", text=text.strip()[:40])
    return q


def _term(raw: str, quoted: bool) -> Term | None:
    prefix = not quoted and raw.rstrip().endswith("*")
    words = tuple(arabic.words(arabic.normalize(raw)))
    if not words:
        return None
    return Term(words=words, prefix=prefix, phrase=quoted or len(words) > 1)


def _apply_filter(q: Query, name: str, value: str, neg: bool, named: tuple[str, ...], shown: str) -> None:
    """Filter `name` (its English name), written `shown`: the messages name it as it was typed."""
    value = value.strip()
    if not value:
        q.warnings.append(QueryWarning("query.no_value", filter=shown))
        return
    if neg:
        q.warnings.append(QueryWarning("query.negated_filter", filter=shown))
    try:
        _add_filter(q, name, value, named)
    except QueryError as exc:
        if exc.params.get("filter") != name:
            raise
        # the message names the filter as typed; `filter_name` lets the UI word its values
        raise QueryError(exc.code, **{**exc.params, "filter": shown, "filter_name": name}) from None


def _add_filter(q: Query, name: str, value: str, named: tuple[str, ...]) -> None:
    if name == "kind":
        asked = [k.strip().lower() for k in value.split("|") if k.strip()]
        found = [k if k in kinds.KINDS else query_names.kind_value(k) or k.rstrip("s") for k in asked]
        bad = [k for k in found if k not in kinds.KINDS]
        if bad:
            raise QueryError("query.bad_kind", filter=name, value=value, bad=bad[0], choices=", ".join(kinds.KINDS))
        q.kinds.extend(k for k in found if k not in q.kinds)
    elif name in named:
        q.named.append((name, value))
    elif name in ("from", "to"):
        try:
            iso = parse_date(value, name)
        except RecordError:
            raise QueryError("query.bad_date", filter=name, value=value) from None
        first, last = date_bounds(iso)
        if name == "from":
            q.date_from = first
        else:
            q.date_to = last
    elif _numeric(name):
        q.numbers.append((name, number_bounds(name, value)))
    elif _flagged(name):
        answers = q.values.setdefault(name, [])
        answers.extend(a for a in _flag_answers(name, value) if a not in answers)
    else:
        codes = q.values.setdefault(name, [])
        codes.extend(c for c in _codes(name, value) if c not in codes)


def _numeric(name: str) -> bool:
    """Whether a filter is on number fields (fatalities:), which take comparisons and ranges."""
    return all(fld.type == f.NUMBER for _, fld in kinds.filter_fields()[name])


def _flagged(name: str) -> bool:
    """Whether a filter is on yes-or-no fields (civilian_targeting:yes)."""
    return all(fld.type == f.FLAG for _, fld in kinds.filter_fields()[name])


# A yes-or-no filter's answers, in either language (normalised: لا is لا, نعم is نعم).
_YES_NO = MappingProxyType({"yes": True, "true": True, "1": True, "نعم": True,
                            "no": False, "false": False, "0": False, "لا": False})


def _flag_answers(name: str, value: str) -> list[bool]:
    out = []
    for part in (p.strip() for p in value.split("|") if p.strip()):
        answer = _YES_NO.get(arabic.normalize(part).casefold())
        if answer is None:
            raise QueryError("query.bad_value", filter=name, value=value, bad=part, choices="yes, no, نعم, لا")
        out.append(answer)
    return out


# How a number may be written in a filter: Arabic-Indic digits, the Arabic decimal and
# thousands separators, a minus sign or dash for the minus, ≥ and ≤ for >= and <=.
_NUMBER_FORMS = str.maketrans({"٫": ".", "٬": "", "\u2212": "-", "≥": ">=", "≤": "<=", "–": "..", "—": ".."})
_NUMBER = r"[-+]?(?:\d+(?:\.\d+)?|\.\d+)"
_COMPARISON = re.compile(rf"(?P<op><=|>=|=<|=>|<|>|=)?\s*(?P<n>{_NUMBER})")
_BETWEEN = re.compile(rf"(?P<low>{_NUMBER})\s*(?:-|\.\.)\s*(?P<high>{_NUMBER})")
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")      # 1,000 and 12,500.5: a thousands comma


def number_bounds(name: str, value: str) -> tuple[Bounds, ...]:
    """The ranges a numeric filter's value names: 10 (equal), >=10, >10, <5, <=5, 10-50 (both
    included), several joined by | (any of them). QueryError for anything else."""
    out: list[Bounds] = []
    for part in (p.strip() for p in value.split("|")):
        if not part:
            continue
        text = arabic.to_western_digits(part).translate(_NUMBER_FORMS)
        text = _GROUPED.sub(lambda m: m.group().replace(",", ""), text)
        found = _COMPARISON.fullmatch(text)
        if found:
            n = _finite(name, value, found.group("n"))
            op = found.group("op") or "="
            out.append(Bounds(low=n, low_strict=op == ">") if ">" in op
                       else Bounds(high=n, high_strict=op == "<") if "<" in op else Bounds(n, n))
            continue
        found = _BETWEEN.fullmatch(text)
        if not found:
            raise _bad_number(name, value)
        low, high = _finite(name, value, found.group("low")), _finite(name, value, found.group("high"))
        if low > high:
            raise QueryError("query.bad_range", filter=name, value=value, example=f"{name}:{high}-{low}")
        out.append(Bounds(low, high))
    if not out:
        raise _bad_number(name, value)
    return tuple(out)


def _bad_number(name: str, value: str) -> QueryError:
    # The examples are parameters so that each reaches an Arabic sentence as one left-to-right unit.
    return QueryError("query.bad_number", filter=name, value=value, equal="10", at_least=">=10", below="<5",
                      between="10-50")


def _finite(name: str, value: str, number: str) -> float:
    n = float(number)
    if not math.isfinite(n):       # a run of hundreds of digits
        raise _bad_number(name, value)
    return int(n) if n.is_integer() and abs(n) < 2**53 else n


def _codes(name: str, value: str) -> list[str]:
    """The codes a filter value names: one or several (a|b), or a range of a scale (A-B)."""
    scale = _scale(name)
    out: list[str] = []
    for part in (p.strip() for p in value.split("|") if p.strip()):
        if "-" in part and scale.ordered and part not in scale.codes:
            low, _, high = part.partition("-")
            lo, hi = _code(name, low.strip(), scale), _code(name, high.strip(), scale)
            i, j = scale.codes.index(lo), scale.codes.index(hi)
            if i > j:
                raise QueryError("query.bad_range", filter=name, value=value,
                                 example=f"{name}:{scale.codes[0]}-{scale.codes[1]}")
            out += scale.codes[i:j + 1]
        else:
            out.append(_code(name, part, scale))
    return out


@dataclass(frozen=True)
class _Scale:
    codes: list
    labels: dict[str, object]
    ordered: bool


def _scale(name: str) -> _Scale:
    """The values a filter takes, over every field that has it (in the registry's order)."""
    codes: list[str] = []
    labels: dict[str, str] = {}
    ordered = False
    for _, fld in kinds.filter_fields()[name]:
        ordered = ordered or fld.ordered
        for choice in fld.choices:
            if choice.code not in codes:
                codes.append(choice.code)
            labels.setdefault(choice.label.casefold(), choice.code)
            arabic_label = arabic_choices.ARABIC.get(choice.label)
            if arabic_label:
                labels.setdefault(arabic.normalize(arabic_label), choice.code)
    return _Scale(codes, labels, ordered)


def _code(name: str, written: str, scale: _Scale):
    for code in scale.codes:
        if str(code).casefold() == written.casefold():
            return code
    found = scale.labels.get(written.casefold(), scale.labels.get(arabic.normalize(written)))
    if found is None:
        raise QueryError("query.bad_value", filter=name, value=written, bad=written,
                         choices=", ".join(map(str, scale.codes)))
    return found
