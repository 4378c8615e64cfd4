"""Places named in the text: gazetteer matches, resolved to the store where it knows them.

A place proposed from the gazetteer brings its parent chain (Anbar brings Iraq),
so every `parent` reference it makes can be satisfied in the same import.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from desktop.core.extract import lexicon
from desktop.core.extract.analysis import Analysis, has_phrase_break
from desktop.core.extract.gazetteer import Entry, Mention
from desktop.core.extract.lookup import cached_resolver
from desktop.core.extract.reasons import Reason, reason

_SPECIFICITY = {"site": 0, "city": 1, "other": 2, "province": 3, "country": 4}


@dataclass
class PlaceRef:
    i: int
    j: int
    id: str
    type: str


@dataclass
class PlaceProposal:
    record: dict
    span: list[int]
    reason: Reason                # why it was proposed: worded into the record's notes


class PlaceBook:
    def __init__(self, an: Analysis, resolve_place: Callable[[str], "str | None"] | None):
        self.an = an
        self.resolve = cached_resolver(resolve_place)
        self.proposals: dict[str, PlaceProposal] = {}
        self.external: set[str] = set()
        self.refs: list[PlaceRef] = []

    def _resolve_entry(self, entry: Entry, written: str = "") -> str | None:
        for name in [written, entry.name, entry.record.get("name_en", ""), *entry.record.get("aliases", [])]:
            found = self.resolve(name)
            if found:
                self.external.add(found)
                return found
        return None

    def _propose(self, entry: Entry, span: list[int], why: Reason) -> str:
        if entry.id in self.proposals:
            return entry.id
        record = dict(entry.record)
        record.pop("context_only", None)      # how the gazetteer reads the name, no field of a place
        self.proposals[entry.id] = PlaceProposal(record, span, why)
        if entry.parent:
            parent = self.an.gaz.get(entry.parent)
            if parent is not None:
                resolved = self._resolve_entry(parent)
                record["parent"] = resolved or self._propose(
                    parent, span, reason("place.parent", name=entry.name))
        return entry.id

    def collect(self, locative: set[int]) -> list[PlaceRef]:
        """Place references of the text; a name that is also a state actor counts only
        where it is used as a location («في العراق»), not as an agent («أعلن العراق»)."""
        doc = self.an.doc
        for m in self.an.mentions:
            entry = m.of_kind("place")
            if entry is None:
                continue
            if m.of_kind("actor") is not None and m.i not in locative:
                continue
            written = doc.text(m.i, m.j)
            place_id = self._resolve_entry(entry, written) or self._propose(
                entry, doc.span(m.i, m.j), reason("place.gazetteer_match", text=written))
            self.refs.append(PlaceRef(m.i, m.j, place_id, entry.type or "other"))
        return self.refs

    def best_in(self, i: int, j: int) -> PlaceRef | None:
        """The most specific place named in tokens [i, j)."""
        inside = [r for r in self.refs if i <= r.i and r.j <= j]
        if not inside:
            return None
        return min(inside, key=lambda r: (_SPECIFICITY.get(r.type, 2), r.i))


_LOCATIVE = frozenset({"في", "من", "الي", "داخل", "خارج", "عبر", "نحو", "شمال", "جنوب", "شرق", "غرب",
                       "وسط", "انحاء", "ارجاء", "حدود", "مدن", "محافظات", "قرب", "بالقرب", "حتي", "لدي",
                       "مناطق", "منطقه", "اراضي", "احياء", "سماء", "اجواء", "غربي", "شرقي", "شمالي", "جنوبي",
                       # a place noun in apposition: «العاصمة طرابلس»، «مدينة حلب»
                       "العاصمه", "عاصمه", "مدينه", "المدينه", "بلده", "قريه", "محافظه", "ولايه", "اقليم",
                       "مخيم", "حي", "قضاء", "ناحيه"})


_ENVOYS = lexicon.forms("وفد سفارة قنصلية بعثة")


def locative_mentions(an: Analysis) -> set[int]:
    """Token starts of gazetteer mentions used as locations: after a preposition, «بـ» or a
    place noun («العاصمة طرابلس»), or coordinated («من العراق وسوريا») with one that is."""
    out: set[int] = set()
    prev: Mention | None = None
    for m in an.mentions:
        first = an.words[m.i]
        written = (first,) + tuple(an.words[m.i + 1:m.j])
        # the name took a clitic preposition («بالعراق»، «لسوريا») when it is not written as listed
        clitic_b = not an.gaz.has_key(written) and (first[:1] in "بل" or first[:2] in ("وب", "فب", "ول"))
        after_prep = m.i > 0 and an.words[m.i - 1] in _LOCATIVE
        # «شمال العاصمة العراقية بغداد»: a place noun, its adjective of origin, then the name
        after_prep = after_prep or (m.i > 1 and an.words[m.i - 2] in _LOCATIVE
                                    and an.words[m.i - 1].startswith("ال") and an.words[m.i - 1].endswith(("ي", "يه")))
        coordinated = (prev is not None and prev.i in out and prev.j == m.i and first.startswith("و"))
        # «مقديشو – الصومال اليوم»: the dateline's city is where the report was filed from
        dateline = m.i == 0 and (any(dash in an.doc.gap(m.j) for dash in "–—-ـ") or _dated_dateline(an, m.j))
        # «ميدان فلسطين»، «شارع لبنان»، «مستشفى مصر»: a square, a street or a building named for a
        # country is a place, the country no actor there
        named_for = m.i > 0 and (an.words[m.i - 1] in lexicon.premises_nouns() or an.words[m.i - 1] in ("ارض", "ارياف", "ريف")) \
            and not has_phrase_break(an.doc.gap(m.i))     # («أرض الصومال»: Somaliland, not Somalia)
        # «بلدية طرابلس»، «مصرف لبنان»: a body in construct with the place it serves, not the state
        # (not «وفد قطر»، «سفارة تركيا»: the state's own delegation and embassy)
        named_for = named_for or (m.i > 0 and an.words[m.i - 1] in lexicon.org_heads() and not an.words[m.i - 1].startswith("ال")
                                  and an.words[m.i - 1] not in _ENVOYS and not has_phrase_break(an.doc.gap(m.i)))
        # «طريق جوهر–مقديشو»: two places joined by a dash name a road or a route between them
        route = prev is not None and prev.j == m.i and any(dash in an.doc.gap(m.i) for dash in "–—-")
        if clitic_b or after_prep or coordinated or dateline or named_for or route:
            out.add(m.i)
        prev = m
    return out


def _dated_dateline(an: Analysis, j: int) -> bool:
    """«إسلام آباد 8 نيسان/أبريل (د ب أ) -»: a first line of a few words after the city, a date and
    the agency, that ends with a dash: the dateline, the city where the report was filed from."""
    end = next((x for x in range(j, min(len(an.words), j + 9)) if "\n" in an.doc.gap(x)), None)
    return end is not None and any(dash in an.doc.gap(x) for x in range(j + 1, end + 1) for dash in "–—-ـ") \
        and any(an.words[x][:1].isdigit() for x in range(j, end))
