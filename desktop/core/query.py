"""The search query language (DESIGN section 4), parsed into a safe plan.

words are ANDed; "exact phrase"; -word or NOT word excludes; OR between
terms; word* is a prefix; filters kind: actor: place: from: to: status:
review:. The parser never fails on syntax: stray quotes, brackets, stars
and FTS5 operators become plain words or are dropped, with a warning. Only
a query that is too long, or that names a bad filter value, is an error.
Terms are analysed with the same analyser as the index, and FTS5 syntax is
generated from analysed tokens only, so no user text reaches FTS5 raw.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.core import arabic
from desktop.core.records import EVENT_STATUSES, KINDS, REVIEW_STATES, RecordError, date_bounds, parse_date

MAX_QUERY = 1_000
MAX_TERMS = 64
FILTERS = ("kind", "actor", "place", "from", "to", "status", "review")


class QueryError(ValueError):
    """A query that cannot be run as written; the message says what to change."""


@dataclass(frozen=True)
class Term:
    words: tuple[str, ...]     # normalised tokens
    prefix: bool = False       # last word is a prefix
    phrase: bool = False       # written in quotes

    @property
    def stems(self) -> tuple[str, ...]:
        return tuple(arabic.stem(w) for w in self.words)


@dataclass
class Query:
    text: str
    groups: list[list[Term]] = field(default_factory=list)   # AND of ORs
    excluded: list[Term] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)          # names as written
    places: list[str] = field(default_factory=list)
    date_from: str | None = None
    date_to: str | None = None
    statuses: list[str] = field(default_factory=list)
    review: str | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def has_terms(self) -> bool:
        return bool(self.groups)

    @property
    def is_empty(self) -> bool:
        return not (self.groups or self.excluded or self.kinds or self.actors or self.places
                    or self.date_from or self.date_to or self.statuses or self.review)

    def positive_terms(self) -> list[Term]:
        return [t for group in self.groups for t in group]


# One lexical item: an optional sign, an optional filter name, then a quoted
# string or a run of anything that is not space, quote or bracket.
_ITEM = re.compile(
    r'(?P<neg>-)?(?:(?P<field>[A-Za-z]+):)?(?:"(?P<quoted>[^"]*)(?P<closed>")?|(?P<bare>[^\s"()\[\]{}]+))'
    r'|(?P<junk>[()\[\]{}])'
)
_QUOTES = str.maketrans({"«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "″": '"'})


def parse(text: str) -> Query:
    if not isinstance(text, str):
        raise QueryError("the query must be text")
    if len(text) > MAX_QUERY:
        raise QueryError(f"the query is {len(text):,} characters long; the limit is {MAX_QUERY:,}")
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
            q.warnings.append(f"unclosed quote at character {m.start() + 1}: searched as a phrase to the end")
        if fld is not None and fld.lower() in FILTERS:
            _apply_filter(q, fld.lower(), quoted if quoted is not None else (bare or ""), neg)
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
            q.warnings.append("NEAR is not supported: its words are searched anywhere")
            bare = bare[4:]
        term = _term(quoted if quoted is not None else bare, quoted is not None)
        if term is None:
            continue
        if len(q.positive_terms()) + len(q.excluded) >= MAX_TERMS:
            raise QueryError(f"the query has more than {MAX_TERMS} terms; search with fewer words")
        if neg:
            q.excluded.append(term)
        elif pending_or:
            q.groups[-1].append(term)
        else:
            q.groups.append([term])
        pending_or = False
    if not q.groups and q.excluded and q.is_empty is False and not _has_filters(q):
        q.warnings.append("only excluded words: listing everything else")
    if text.strip() and q.is_empty:
        raise QueryError(f"the query {text.strip()[:40]!r} has no words to search for (only operators, punctuation or diacritics)")
    return q


def _has_filters(q: Query) -> bool:
    return bool(q.kinds or q.actors or q.places or q.date_from or q.date_to or q.statuses or q.review)


def _term(raw: str, quoted: bool) -> Term | None:
    prefix = not quoted and raw.rstrip().endswith("*")
    words = tuple(arabic.words(arabic.normalize(raw)))
    if not words:
        return None
    return Term(words=words, prefix=prefix, phrase=quoted or len(words) > 1)


def _apply_filter(q: Query, name: str, value: str, neg: bool) -> None:
    value = value.strip()
    if not value:
        q.warnings.append(f"{name}: has no value and was ignored")
        return
    if neg:
        q.warnings.append(f"-{name}: excluding by filter is not supported; the filter was applied as written")
    if name == "kind":
        kinds = [k.strip().lower().rstrip("s") for k in value.split("|") if k.strip()]
        bad = [k for k in kinds if k not in KINDS]
        if bad:
            raise QueryError(f"kind:{value}: {bad[0]!r} is not one of {', '.join(KINDS)}")
        q.kinds.extend(k for k in kinds if k not in q.kinds)
    elif name == "actor":
        q.actors.append(value)
    elif name == "place":
        q.places.append(value)
    elif name in ("from", "to"):
        try:
            iso = parse_date(value, name)
        except RecordError as exc:
            raise QueryError(f"{name}:{value}: not a date (use YYYY, YYYY-MM or YYYY-MM-DD)") from exc
        first, last = date_bounds(iso)
        if name == "from":
            q.date_from = first
        else:
            q.date_to = last
    elif name == "status":
        statuses = [s.strip().lower() for s in value.split("|")]
        bad = [s for s in statuses if s not in EVENT_STATUSES]
        if bad:
            raise QueryError(f"status:{value}: {bad[0]!r} is not one of {', '.join(EVENT_STATUSES)}")
        q.statuses.extend(statuses)
    elif name == "review":
        if value.lower() not in REVIEW_STATES:
            raise QueryError(f"review:{value}: expected one of {', '.join(REVIEW_STATES)}")
        q.review = value.lower()


def _fts_words(words: tuple[str, ...], prefix: bool) -> str:
    # Tokens hold only letters and digits, so double-quoting them is always safe.
    body = '"' + " ".join(words) + '"'
    return body + " *" if prefix else body


# Levels of a match, from strongest to weakest: the ranking tiers.
NAME_EXACT, NAME, EXACT, ANY = "name_exact", "name", "exact", "any"
TIERS = (NAME_EXACT, NAME, EXACT, ANY)


def fts_term(term: Term, level: str = ANY) -> str:
    """FTS5 syntax for a term at a level of match.

    The stem columns hold the stem of every token, so a token's exact form
    always matches through its stem too: the stem alone decides whether a
    record matches, and the exact-form columns only decide how well. A
    prefix is the exception (the stem of a prefix is no prefix of the stem),
    so it is looked up both ways.
    """
    exact = _fts_words(term.words, term.prefix)
    stem = _fts_words(term.stems, term.prefix)
    if level == NAME_EXACT:
        return f"{{name_norm}} : {exact}"
    if level == EXACT:
        return f"{{name_norm body_norm}} : {exact}"
    cols = "name" if level == NAME else "name body"
    stem_cols = " ".join(c + "_stem" for c in cols.split())
    if term.prefix:
        norm_cols = " ".join(c + "_norm" for c in cols.split())
        return f"({{{norm_cols}}} : {exact} OR {{{stem_cols}}} : {stem})"
    return f"{{{stem_cols}}} : {stem}"


def fts_name_term(term: Term) -> str:
    """A term matched in names only (for resolving actor: and place: filters)."""
    return f"{{name_norm name_stem}} : {_fts_words(term.words, term.prefix)}"


def to_fts(q: Query, level: str = ANY) -> str | None:
    """The FTS5 MATCH expression for the query's words at a level, or None when it has none."""
    if not q.groups:
        return None
    parts = []
    for group in q.groups:
        alts = [fts_term(t, level) for t in group]
        parts.append(alts[0] if len(alts) == 1 else "(" + " OR ".join(alts) + ")")
    expr = " AND ".join(parts)
    for term in q.excluded:
        expr += f" NOT {fts_term(term)}"
    return expr
