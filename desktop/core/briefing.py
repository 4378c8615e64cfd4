"""A briefing: spec -> document model -> Qt rich text (DESIGN section 6).

`BriefingSpec` is what the analyst chose (title, options, ordered record
ids); it round-trips through JSON for saved briefings. `build_document`
fetches the chosen records and what they pull in (an event's actors, place
and sources; a quote's speaker and source) through a `get(record_id)`
callable, and returns a `BriefingDocument` of display strings. `briefing_html.to_html`
lays that out as the HTML subset QTextDocument understands. Printing,
preview and PDF (desktop/ui/printing.py) all start from the same document,
so the preview is what prints.

Record text is quoted evidence: it is escaped and shown verbatim (its
digits are never converted); only the text we generate (dates, page
numbers) follows the Arabic-Indic digits option.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Mapping

from desktop.core import arabic, dateformat, kinds, record_names, roles
from desktop.core.briefing_labels import LABELS_AR, LABELS_EN, Labels  # noqa: F401 - part of this interface
from desktop.core.figures import figure

SECTIONS = ("summary", "timeline", "actors", "quotes", "sources")
LANGUAGES = ("ar", "en")
PAPERS = ("A4", "Letter")
SPEC_VERSION = 1

Getter = Callable[[str], "dict | None"]


class Words:
    """The words a sheet uses for the registry's fields and choices.

    English, from the registry itself, unless translations (English -> the
    sheet's language) are given: the Qt layer holds them, one function for
    field labels and one for choice labels.
    """

    def __init__(self, field: Callable[[str], str] | None = None, choice: Callable[[str], str] | None = None):
        self._field = field or (lambda text: text)
        self._choice = choice or self._field

    def field(self, kind: str, name: str) -> str:
        return self._field(kinds.get(kind).field(name).label)

    def choice(self, kind: str, name: str, code) -> str:
        found = kinds.get(kind).field(name).choice(code)
        return self._choice(found.label) if found else str(code)


from desktop.core.errors import BriefingError  # noqa: E402 - part of this module's interface


# --------------------------------------------------------------------------- spec


def _today() -> str:
    return dt.date.today().isoformat()


@dataclass(frozen=True)
class BriefingSpec:
    """What to print. `items` are record ids in the analyst's order."""

    title: str = ""
    date: str = field(default_factory=_today)
    author: str = ""
    caveat: str = ""
    language: str = "ar"
    paper: str = "A4"
    sections: tuple[str, ...] = SECTIONS
    summary: str = ""
    # None: Arabic-Indic digits in Arabic briefings, Western in English ones.
    arabic_indic_digits: bool | None = None
    items: tuple[str, ...] = ()
    # Story views drawn into the sheet: {"view": timeline|links|map, "scene": Scene.to_dict()} each.
    figures: tuple = ()

    def __post_init__(self) -> None:
        for name in ("title", "date", "author", "caveat", "summary"):
            if not isinstance(getattr(self, name), str):
                raise BriefingError("briefing.not_text", field=name)
        if self.language not in LANGUAGES:
            raise BriefingError("field.not_choice", field="language", value=self.language, choices=", ".join(LANGUAGES))
        if self.paper not in PAPERS:
            raise BriefingError("field.not_choice", field="paper", value=self.paper, choices=", ".join(PAPERS))
        try:
            dt.date.fromisoformat(self.date)
        except ValueError:
            raise BriefingError("briefing.bad_date", field="date", value=self.date) from None
        if self.arabic_indic_digits not in (None, True, False):
            raise BriefingError("briefing.bad_digits", field="arabic_indic_digits")
        items = tuple(self.items) if not isinstance(self.items, str) else None
        if items is None or not all(isinstance(i, str) and i for i in items):
            raise BriefingError("briefing.bad_items", field="items")
        sections = tuple(self.sections) if not isinstance(self.sections, str) else ("?",)
        unknown = [s for s in sections if s not in SECTIONS]
        if unknown:
            raise BriefingError("briefing.bad_section", value=unknown[0], choices=", ".join(SECTIONS))
        # Keep the canonical order whatever order the caller listed them in.
        object.__setattr__(self, "sections", tuple(s for s in SECTIONS if s in sections))
        object.__setattr__(self, "items", items)
        if isinstance(self.figures, (str, bytes)) or not isinstance(self.figures, (list, tuple)):
            raise BriefingError("field.not_list", field="figures")
        for entry in self.figures:
            figure.check_entry(entry)
        object.__setattr__(self, "figures", tuple(self.figures))

    @property
    def uses_arabic_indic_digits(self) -> bool:
        if self.arabic_indic_digits is None:
            return self.language == "ar"
        return self.arabic_indic_digits

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able dict (what `store.save_briefing` keeps)."""
        return {
            "version": SPEC_VERSION,
            "title": self.title,
            "date": self.date,
            "author": self.author,
            "caveat": self.caveat,
            "language": self.language,
            "paper": self.paper,
            "sections": {name: name in self.sections for name in SECTIONS},
            "summary": self.summary,
            "arabic_indic_digits": self.arabic_indic_digits,
            "items": list(self.items),
            "figures": list(self.figures),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "BriefingSpec":
        """The spec a `to_dict` dict describes; missing keys take their defaults."""
        if not isinstance(data, Mapping):
            raise BriefingError("briefing.not_object")
        version = data.get("version", SPEC_VERSION)
        if not isinstance(version, int) or version > SPEC_VERSION:
            raise BriefingError("briefing.newer", version=version, supported=SPEC_VERSION)
        names = {f.name for f in dataclasses.fields(cls)}
        kwargs = {k: v for k, v in data.items() if k in names}
        sections = kwargs.get("sections")
        if isinstance(sections, Mapping):
            kwargs["sections"] = tuple(k for k, on in sections.items() if on)
        for key in ("sections", "items"):
            if key in kwargs and not isinstance(kwargs[key], (list, tuple)):
                raise BriefingError("field.not_list", field=key)
        return cls(**kwargs)


# ----------------------------------------------------------------- document model


@dataclass(frozen=True)
class TitleBlock:
    title: str
    gregorian: str
    hijri: str
    calendar_note: str
    author: str
    caveat: str


@dataclass(frozen=True)
class TimelineEntry:
    record_id: str
    when: str
    title: str
    summary: str
    status: str
    place: str
    actors: tuple[str, ...]
    notes: tuple[str, ...] = ()      # "Label: value" of the fields the registry marks for briefings


@dataclass(frozen=True)
class ActorEntry:
    record_id: str
    name: str
    other_name: str
    title: str
    affiliation: str
    notes: tuple[str, ...] = ()      # "Label: value" of the fields the registry marks for briefings


@dataclass(frozen=True)
class QuoteEntry:
    record_id: str
    text: str
    speaker: str
    speaker_title: str
    when: str
    source: str
    context: str
    partial: bool
    notes: tuple[str, ...] = ()      # "Label: value" of the fields the registry marks for briefings


@dataclass(frozen=True)
class SourceEntry:
    record_id: str
    title: str
    outlet: str
    when: str
    url: str
    notes: tuple[str, ...] = ()      # "Label: value" of the fields the registry marks for briefings


@dataclass(frozen=True)
class BriefingDocument:
    """Everything a briefing shows, as display strings, in display order."""

    language: str
    paper: str
    arabic_indic_digits: bool
    labels: Labels
    title_block: TitleBlock
    summary: tuple[str, ...]
    timeline: tuple[TimelineEntry, ...]
    actors: tuple[ActorEntry, ...]
    quotes: tuple[QuoteEntry, ...]
    sources: tuple[SourceEntry, ...]
    sections: tuple[str, ...]
    missing: tuple[str, ...]
    figures: tuple[figure.Figure, ...] = ()
    figures_heading: str = ""

    @property
    def direction(self) -> str:
        return "rtl" if self.language == "ar" else "ltr"

    def digits(self, text: str) -> str:
        """Generated text (dates, page numbers) in the chosen digits."""
        return arabic.to_arabic_indic_digits(text) if self.arabic_indic_digits else text

    def running_header(self) -> str:
        parts = [self.title_block.title]
        if self.title_block.caveat:
            parts.append(self.title_block.caveat)
        return " \u2014 ".join(parts)

    def page_footer(self, page: int, total: int) -> str:
        """«صفحة ٢ من ٥» / "Page 2 of 5"."""
        return self.digits(self.labels.page.format(page=page, total=total))


# ------------------------------------------------------------------ building


def build_document(spec: BriefingSpec, get: Getter, words: Words | None = None) -> BriefingDocument:
    """Collect the spec's records (and what they reference) into a document.

    Raises BriefingError when the selection is empty or none of its records
    exists; ids that are not found are listed in `document.missing`.
    """
    if not spec.items:
        raise BriefingError("briefing.empty")
    lang = spec.language
    labels = LABELS_AR if lang == "ar" else LABELS_EN
    fetch = _Fetcher(get)
    words = words or Words(lambda text: labels.words.get(text, text))
    digits = arabic.to_arabic_indic_digits if spec.uses_arabic_indic_digits else (lambda s: s)

    events: list[dict] = []
    quotes: list[dict] = []
    actor_ids: dict[str, int] = {}     # how many of the chosen events and quotes involve each actor
    source_ids: dict[str, None] = {}   # an insertion-ordered set
    missing: list[str] = []
    found = 0
    for rid in dict.fromkeys(spec.items):
        rec = fetch(rid)
        if rec is None:
            missing.append(rid)
            continue
        found += 1
        kind = rec.get("kind") or rid.partition(":")[0]
        if kind in ("event", "quote"):
            (events if kind == "event" else quotes).append(rec)
            for ref in _actor_refs(rec, kind):
                actor_ids[ref] = actor_ids.get(ref, 0) + 1
            for ref in _source_refs(rec, kind):
                source_ids.setdefault(ref)
        elif kind == "actor":
            actor_ids.setdefault(rid, 0)
        elif kind == "source":
            source_ids.setdefault(rid)
        # A place on its own has no section: it shows through its events.
    if not found:
        raise BriefingError("briefing.none_found", count=len(missing),
                            keys=", ".join(missing[:5]) + (" …" if len(missing) > 5 else ""))

    # Python's sort is stable: same-date events keep the analyst's order.
    events.sort(key=lambda r: dateformat.sort_key(r.get("date"), r.get("date_end")))
    # Quotes read in the timeline's order (oldest first, undated last), so a quote sits beside its events.
    quotes.sort(key=lambda r: dateformat.sort_key(r.get("date")))
    day = dt.date.fromisoformat(spec.date)
    title_block = TitleBlock(
        title=spec.title.strip() or labels.default_title,
        gregorian=digits(dateformat.gregorian_long(day, lang)),
        hijri=digits(dateformat.hijri_long(day, lang)),
        calendar_note=labels.calendar_note,
        author=spec.author.strip(),
        caveat=spec.caveat.strip(),
    )
    return BriefingDocument(
        language=lang,
        paper=spec.paper,
        arabic_indic_digits=spec.uses_arabic_indic_digits,
        labels=labels,
        title_block=title_block,
        summary=tuple(p.strip() for p in spec.summary.split("\n\n") if p.strip()),
        timeline=tuple(_timeline_entry(r, fetch, lang, words, digits) for r in events),
        actors=_ranked_actors(actor_ids, fetch, lang, words),
        quotes=tuple(_quote_entry(r, fetch, lang, words, digits) for r in quotes),
        sources=tuple(e for e in (_source_entry(s, fetch, lang, words, digits) for s in source_ids) if e),
        sections=spec.sections,
        missing=tuple(missing),
        figures=tuple(figure.from_entry(entry, lang, digits(str(n))) for n, entry in enumerate(spec.figures, 1)),
        figures_heading=figure.HEADING[lang],
    )


class _Fetcher:
    """`get` with a per-build cache: one record is referenced many times."""

    def __init__(self, get: Getter):
        self._get = get
        self._seen: dict[str, dict | None] = {}

    def __call__(self, rid: str) -> dict | None:
        if rid not in self._seen:
            self._seen[rid] = self._get(rid) if isinstance(rid, str) else None
        return self._seen[rid]


def linked_ids(rec: Mapping) -> set[str]:
    """The actors and sources an event or a quote brings into a briefing by itself."""
    kind = rec.get("kind") or str(rec.get("id", "")).partition(":")[0]
    return set(_actor_refs(rec, kind)) | set(_source_refs(rec, kind))


def _actor_refs(rec: Mapping, kind: str) -> tuple[str, ...]:
    """Once each, in the record's order."""
    refs = [rec.get("speaker")] if kind == "quote" else [ref for ref, _role in _event_actors(rec)]
    return tuple(dict.fromkeys(r for r in refs if isinstance(r, str) and r))


def _source_refs(rec: Mapping, kind: str) -> tuple[str, ...]:
    refs = [rec.get("source")] if kind == "quote" else list(rec.get("sources") or ())
    return tuple(dict.fromkeys(r for r in refs if isinstance(r, str) and r))


def _ranked_actors(involved: Mapping[str, int], fetch, lang: str, words: Words) -> tuple[ActorEntry, ...]:
    """Most involved first (in how many of the briefing's events and quotes), then by name as the
    sheet's language sorts it: the normal form orders Arabic letters alphabetically, marks and
    hamza seats aside, and Latin ones regardless of case."""
    entries = [e for e in (_actor_entry(a, fetch, lang, words) for a in involved) if e]
    return tuple(sorted(entries, key=lambda e: (-involved[e.record_id], arabic.normalize(e.name), e.name)))


def _event_actors(rec: Mapping) -> Iterable[tuple[str, str]]:
    for entry in rec.get("actors") or ():
        if isinstance(entry, str):
            yield entry, ""
        elif isinstance(entry, Mapping) and entry.get("actor"):
            yield entry["actor"], entry.get("role") or ""


def _name(rec: Mapping | None, lang: str, fallback: str = "") -> str:
    return record_names.record_name(rec, lang, fallback)


def _ref_name(ref: str, fetch: _Fetcher, lang: str) -> str:
    # A dangling reference still prints as what it says rather than vanishing.
    return _name(fetch(ref), lang, fallback=ref)


def _when(rec: Mapping, date_key: str, lang: str, digits: Callable[[str], str]) -> str:
    try:
        return digits(dateformat.format_span(rec.get(date_key), rec.get("date_end"),
                                             rec.get("date_precision"), lang))
    except dateformat.DateFormatError:
        return str(rec.get(date_key) or "")


def _notes(rec: Mapping, words: Words) -> tuple[str, ...]:
    """The fields the registry marks for briefings, as "Label: value"."""
    kind = kinds.get(rec["kind"]) if rec.get("kind") in kinds.KINDS else None
    out = []
    for fld in kind.fields if kind else ():
        value = rec.get(fld.name)
        if fld.brief and value not in (None, "", []):
            shown = words.choice(kind.name, fld.name, value) if fld.choices else str(value)
            out.append(f"{words.field(kind.name, fld.name)}: {shown}")
    return tuple(out)


def _timeline_entry(rec, fetch, lang, words: Words, digits) -> TimelineEntry:
    actors = []
    for ref, role in _event_actors(rec):
        name = _ref_name(ref, fetch, lang)
        # A common role in the sheet's language; any other as the analyst typed it (desktop/core/roles.py).
        actors.append(f"{name} ({roles.shown_role(role, lang)})" if role.strip() else name)
    return TimelineEntry(
        record_id=rec.get("id", ""),
        when=_when(rec, "date", lang, digits),
        title=rec.get("title") or "",
        summary=rec.get("summary") or "",
        status=words.choice("event", "status", rec["status"]) if rec.get("status") else "",
        place=_ref_name(rec["place"], fetch, lang) if rec.get("place") else "",
        actors=tuple(actors),
        notes=_notes(rec, words),
    )


def _actor_entry(ref: str, fetch: _Fetcher, lang: str, words: Words) -> ActorEntry | None:
    rec = fetch(ref)
    if rec is None:
        return None
    name = _name(rec, lang)
    other = rec.get("name") if lang == "en" else rec.get("name_en")
    affiliation = _ref_name(rec["affiliation"], fetch, lang) if rec.get("affiliation") else ""
    return ActorEntry(
        record_id=ref, name=name, other_name=other if other and other != name else "",
        title=rec.get("title") or "", affiliation=affiliation, notes=_notes(rec, words),
    )


def _quote_entry(rec, fetch, lang, words: Words, digits) -> QuoteEntry:
    speaker = fetch(rec["speaker"]) if rec.get("speaker") else None
    source = fetch(rec["source"]) if rec.get("source") else None
    source_label = ""
    if source:
        source_label = source.get("title") or ""
        if source.get("outlet"):
            source_label = f"{source_label} ({source['outlet']})" if source_label else source["outlet"]
    elif rec.get("source"):
        source_label = rec["source"]
    return QuoteEntry(
        record_id=rec.get("id", ""),
        text=rec.get("text") or "",
        speaker=_name(speaker, lang, fallback=rec.get("speaker") or ""),
        speaker_title=(speaker or {}).get("title") or "",
        when=_when(rec, "date", lang, digits) if rec.get("date") else "",
        source=source_label,
        context=rec.get("context") or "",
        partial=bool(rec.get("partial")),
        notes=_notes(rec, words),
    )


def _source_entry(ref, fetch, lang, words: Words, digits) -> SourceEntry | None:
    rec = fetch(ref)
    if rec is None:
        return None
    return SourceEntry(
        record_id=ref, title=rec.get("title") or "", outlet=rec.get("outlet") or "",
        when=_when(rec, "published", lang, digits) if rec.get("published") else "",
        url=rec.get("url") or "", notes=_notes(rec, words),
    )
