"""Extraction from one article: `extract_article` (see the package's docstring)."""
from __future__ import annotations

from typing import Callable

from desktop.core.extract import reasons
from desktop.core.extract.titles import shown_title
from desktop.core.extract.analysis import QUOTE_MARKS, Analysis, Phrase, has_phrase_break
from desktop.core.extract.country_nisba import national_branch
from desktop.core.extract.relayers import news_agency
from desktop.core.extract.book import ActorBook
from desktop.core.extract.dates import DateMention, dates_in, parse_published
from desktop.core.extract.document import Document
from desktop.core.extract.event_reader import EventReader
from desktop.core.extract.events import EventFinding
from desktop.core.errors import InputError
from desktop.core.extract.gazetteer import Gazetteer, GazetteerError, default_gazetteer
from desktop.core.extract.ids import source_slug
from desktop.core.extract.name_evidence import known_first_word, shows_a_person
from desktop.core.extract.people import scan_people
from desktop.core.extract.role_holders import scan_role_holders
from desktop.core.extract.places import PlaceBook, locative_mentions
from desktop.core.extract.quotes import QuoteFinder
from desktop.core.extract.reasons import Choice, Reason, reason
from desktop.core.extract.sentences import quoted_spans, sentences

__all__ = ["extract_article", "ExtractError", "Gazetteer", "GazetteerError", "default_gazetteer"]

Resolver = Callable[[str], "str | None"]
WordReason = Callable[[Reason], str]
WordedReason = tuple[str, str, Reason, str]

class ExtractError(InputError):
    """The source record cannot be read for extraction."""


def extract_article(source: dict, *, resolve_actor: Resolver | None = None,
                    resolve_place: Resolver | None = None,
                    gazetteer: Gazetteer | None = None, word_reason: WordReason = reasons.english,
                    reasons_out: list[WordedReason] | None = None) -> list[dict]:
    """Proposed actor, place, event and quote records for the article in `source`; each one's notes
    are its Reason in the words of `word_reason` (English by default: the GUI passes its own).

    `reasons_out` receives (record id, field, Reason, the words stored) for each field worded from a
    reason, so the store can keep the reason and a UI word it again in its own language."""
    if not isinstance(source, dict):
        raise ExtractError("record.not_object", type=type(source).__name__)
    body = source.get("body") or ""
    if not isinstance(body, str):
        raise ExtractError("field.not_text", field="body", type=type(body).__name__)
    sslug = source_slug(source)
    source_id = source.get("id") or f"source:{sslug}"
    published = parse_published(source.get("published"))
    gaz = gazetteer if gazetteer is not None else default_gazetteer()

    doc = Document.of(body)
    outlet = source.get("outlet")
    an = Analysis(doc, gaz, outlet if isinstance(outlet, str) else "")
    book = ActorBook(an, resolve_actor)
    placebook = PlaceBook(an, resolve_place)
    locative = locative_mentions(an)
    placebook.collect(locative)
    quoted = quoted_spans(body)
    dates = dates_in(doc, published)

    scan_people(an, book)       # first, so a bare title or a surname in a quote finds them
    scan_role_holders(an, book)     # «أدى X اليمين رئيساً لبوليفيا»: X is «رئيس بوليفيا»
    finder = QuoteFinder(an, book)
    quotes = finder.run(quoted, sentences(body, quoted))
    actor_refs = _gazetteer_actors(an, book, locative)
    events = _events(an, book, placebook, dates, actor_refs, published, finder, quotes, quoted)
    unshown = _unshown_names(an, book, {q.speaker for q in quotes})
    for ev in events:
        ev.actors[:] = [a for a in ev.actors if a not in unshown]

    def worded(rec: dict, field: str, found: Reason) -> None:
        rec[field] = word_reason(found)
        if reasons_out is not None:
            reasons_out.append((rec["id"], field, found, rec[field]))

    common = {"review": "unreviewed", "source": source_id}
    records: list[dict] = []
    for place_id, prop in sorted(placebook.proposals.items(), key=lambda kv: _depth(gaz, kv[0])):
        rec = {**prop.record, **common, "source_span": prop.span}
        worded(rec, "notes", prop.reason)
        records.append(rec)
    for prop in book.proposals.values():
        if prop.id in unshown:
            continue
        if prop.record is not None:
            rec = {**prop.record}
        else:
            rec = {"kind": "actor", "id": prop.id, "name": prop.name, "type": prop.type}
            if prop.title:
                rec["title"] = shown_title(prop.title)
        rec.update(common, source_span=prop.span)
        worded(rec, "notes", prop.reason)
        records.append(rec)
    event_ids = []
    for n, ev in enumerate(events, 1):
        rec = {"kind": "event", "id": f"event:{sslug}-{n}", "title": ev.title, "date": ev.date.date}
        if ev.date.date_end:
            rec["date_end"] = ev.date.date_end
        if ev.date.approximate:
            rec["date_precision"] = "approximate"
        rec["status"] = ev.status
        # The category is the record's own text, in the words the notes use: a label in the GUI's
        # language, the code in English (the command line, the interchange).
        worded(rec, "category", reason("event.category_value", category=Choice("event.category", ev.category)))
        if ev.place:
            rec["place"] = ev.place
        if ev.actors:
            rec["actors"] = [{"actor": a} for a in ev.actors]
        rec["sources"] = [source_id]
        rec.update(common, source_span=[ev.start, ev.end])
        worded(rec, "notes", reason("event", trigger=ev.trigger, category=Choice("event.category", ev.category),
                                    date=body[ev.date.start:ev.date.end], rule=ev.date.rule))
        records.append(rec)
        event_ids.append((rec["id"], ev))
    for n, q in enumerate(quotes, 1):
        rec = {"kind": "quote", "id": f"quote:{sslug}-{n}", "text": q.text, "speaker": q.speaker}
        qdate = _quote_date(dates, q.sentence, q.start, published)
        if qdate:
            rec["date"] = qdate
        rec["partial"] = q.partial
        linked = next((eid for eid, ev in event_ids if ev.start < q.end and q.start < ev.end
                       and not ev.date.approximate), None) or next(
            (eid for eid, ev in event_ids if ev.start < q.end and q.start < ev.end), None)
        if linked:
            rec["event"] = linked
        rec.update(common, source_span=[q.start, q.end])
        worded(rec, "notes", reason("quote", rule=q.rule))
        records.append(rec)
    return records


def _unshown_names(an: Analysis, book: ActorBook, speakers: set[str]) -> set[str]:
    """Ids of the persons read only as a name after a title, speaking no quotation, whose name
    shows no person's (name_evidence.py): «مع السفير التركي زيادة الإطلاقات» is the clause."""
    starts = {t.start: k for k, t in enumerate(an.doc.tokens)}
    out = set()
    for prop in book.proposals.values():
        if prop.record is not None or prop.id in speakers or not _after_a_title(prop.reason):
            continue
        k = starts.get(prop.span[0])
        n = sum(1 for t in an.doc.tokens if prop.span[0] <= t.start < prop.span[1])
        if k is not None and (not shows_a_person(an.words, k, n) or _noun_in_construct(an, k, n)):
            out.add(prop.id)
    return out


def _noun_in_construct(an: Analysis, k: int, n: int) -> bool:
    """«يعرض الوزير حصيلة البرنامج الصيفي»: a feminine noun no lexicon gives as a name, in construct
    with the definite word after it, is what the clause is about; its nisba («الصيفي») is no
    family name."""
    w = an.words[k]
    # («المقرر المشارك لملف الإطار المالي»: «لـ» on such a noun, what the office is for)
    governed = w[:1] == "ل" and len(w) >= 4 and not known_first_word(w[1:])
    return n >= 2 and (w.endswith("ه") or governed) and w.isalpha() and not known_first_word(w) \
        and an.words[k + 1].startswith("ال") and not has_phrase_break(an.doc.gap(k + 1))


def _after_a_title(found: Reason) -> bool:
    """Whether a new actor was proposed as the name after a title (people.py), by its reason's code."""
    why = found.get("why")
    return found.code in ("actor.new", "actor.new_unnamed") and isinstance(why, Reason) \
        and why.code == "actor.after_title"


def _depth(gaz: Gazetteer, place_id: str) -> int:
    return len(gaz.ancestors(place_id))


def _quote_date(dates: list[DateMention], sentence: tuple[int, int], start: int, published) -> str | None:
    # (never a date after the article's: «سينظم تجمعاً السبت المقبل، مضيفاً: "…"» was said before it)
    latest = published.isoformat() if published else "9999"
    for d in dates:
        if sentence[0] <= d.start and d.end <= start and d.relative and len(d.date) == 10 and not d.approximate \
                and d.date <= latest:
            return d.date
    return published.isoformat() if published else None


def _gazetteer_actors(an: Analysis, book: ActorBook, locative: set[int]) -> list[tuple[int, int, str]]:
    refs = []
    for m in an.mentions:
        entry = m.of_kind("actor")
        if entry is None or entry.type == "media":
            # a news agency is the wire («(أ ف ب)») or the one spoken to («لفرانس برس»); it is
            # an actor only when it speaks, which the quotes propose
            continue
        if m.of_kind("place") is not None and m.i in locative:
            continue
        if any(a <= m.i and m.j <= b and (a, b) != (m.i, m.j) for a, b in an.outlet_spans):
            continue      # «واشنطن – لبنان 24»، «لـ"بغداد اليوم"»: a word of the outlet's name, not the place
        if _outlet_itself(an, m.i, m.j) or _in_agency_name(an, m.i, m.j) or national_branch(an, m.i, m.j + 1):
            continue      # («الاتحاد الإفريقي لكرة القدم»، «الهلال الأحمر السوداني»: another body, named longer)
        written = an.doc.text(m.i, m.j)
        refs.append((m.i, m.j, book.for_entry(entry, an.doc.span(m.i, m.j), reason("actor.written", text=written))))
    return refs


def _in_agency_name(an: Analysis, i: int, j: int) -> bool:
    """«لوكالة المغرب العربي للأنباء»: a country in a news agency's name no gazetteer knows is a
    word of the agency's name, not the country taking part."""
    end = min(len(an.words), j + 3)
    return i > 0 and news_agency(an, Phrase(i - 1, end, list(range(i - 1, end)), None, None, "organization"))


def _outlet_itself(an: Analysis, i: int, j: int) -> bool:
    """An outlet named as a place is («المغرب»، «الشروق»): the mention is the outlet, not the place,
    where it is spoken to («في تصريح لـ«المغرب»») or stands in the dateline's first line
    («تونس – المغرب»)."""
    if (i, j) not in an.outlet_spans:
        return False
    first_line = an.doc.body.find("\n")
    in_dateline = 0 <= an.doc.tokens[i].start < first_line and i > 0
    # («في بيان تلقته "عُمان"»: the outlet's name alone in quotation marks is the outlet, where it stands)
    quoted = i > 0 and any(ch in QUOTE_MARKS for ch in an.doc.gap(i)) \
        and any(ch in QUOTE_MARKS for ch in an.doc.gap(j))
    return (i > 0 and an.words[i - 1] == "ل") or in_dateline or quoted


def _events(an: Analysis, book: ActorBook, placebook: PlaceBook, dates: list[DateMention],
            actor_refs: list[tuple[int, int, str]], published, finder: QuoteFinder,
            quotes: list, quoted: list) -> list[EventFinding]:
    quotations = [(q.start, q.end) for q in quotes]
    names = [(r.start, r.end) for r in finder.rejected if r.reason != "no attribution"]
    reader = EventReader(an, dates, quotations, names, published)
    named = book.known_names()
    out: list[EventFinding] = []
    for h in reader.read(sentences(an.doc.body, quoted)):
        i, j = h.view.i, h.view.j
        words = an.words[i:j]
        actors: list[str] = []
        for a_i, a_j, actor_id in actor_refs:
            if i <= a_i and a_j <= j and actor_id not in actors:
                actors.append(actor_id)
        for actor_id in _named_in(words, named):
            if actor_id not in actors:
                actors.append(actor_id)
        place = placebook.best_in(i, j)
        out.append(EventFinding(h.view.start, h.view.end, h.title, h.date, h.status, h.category, h.trigger,
                                actors, place.id if place else None))
    return out


def _named_in(words: list[str], named: list[tuple[tuple[str, ...], str]]) -> list[str]:
    out = []
    for name, actor_id in named:
        n = len(name)
        for k in range(len(words) - n + 1):
            if tuple(words[k:k + n]) == name:
                out.append(actor_id)
                break
    return out
