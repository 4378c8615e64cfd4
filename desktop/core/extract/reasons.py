"""Why extraction proposed a record, as a code and its parameters, worded only at the end.

Every rule that proposes an actor, a place, an event or a quote says why with
a `Reason`: a stable code from REASONS and the values its template names. A
value is the article's own text (a name, a verb as written), another Reason
(a quote's rule holds the speaker's, which holds how the name was resolved),
or a `Choice`, a value of a closed list (an event's category) that a UI words
by its label. The English in REASONS is what the command line and the
interchange files carry; the GUI words each code from its own catalogue
(desktop/ui/reason_text.py), so an Arabic analyst reads the reasons in Arabic.

Code that asks which rule proposed something tests the code, never the words.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from types import MappingProxyType
from typing import Callable, Union


@dataclass(frozen=True)
class Choice:
    """A value of a closed list: `field` is "<kind>.<field>" («event.category»), `code` the value.
    English shows the code as it is; a UI shows its label."""
    field: str
    code: str

    @property
    def key(self) -> str:
        """Its code in REASONS, for a list the kind registry does not label (extraction's own)."""
        return f"{self.field}.{self.code}"


Value = Union[str, "Reason", Choice]


@dataclass(frozen=True)
class Reason:
    """One explanation: a code of REASONS and its parameters, (name, value) pairs (hashable, so a
    date mention that holds one stays a frozen value)."""
    code: str
    params: tuple[tuple[str, Value], ...] = ()

    def get(self, name: str) -> Value | None:
        return next((value for key, value in self.params if key == name), None)


def reason(code: str, **params: Value) -> Reason:
    """The Reason `code` with `params`; an unknown code is a programming error, caught at once."""
    if code not in REASONS:
        raise KeyError(f"no reason template for {code!r}")
    return Reason(code, tuple(params.items()))


# The extraction's event categories (desktop/core/extract/events.py), a closed list the kind
# registry leaves free («category» is text there): labelled here, worded by code like a reason.
EVENT_CATEGORIES = ("announcement", "agreement", "attack", "withdrawal", "handover", "meeting", "travel",
                    "election", "founding", "arrest", "military", "decision", "plan", "protest",
                    "deportation", "closure", "disaster", "other")

REASONS: MappingProxyType = MappingProxyType({
    # the record's note as a whole
    "event": "event: trigger «{trigger}» ({category}); date «{date}» ({rule})",
    "quote": "quote; speaker {rule}",
    # an event's category, as the record's field holds it
    "event.category_value": "{category}",
    # actors: why one was proposed
    "actor.new": "new actor: {why}",
    "actor.new_unnamed": "new actor: {why} (an unnamed source, quoted by description)",
    "actor.gazetteer_match": "gazetteer match ({why})",
    "actor.written": "«{text}»",
    "actor.after_title": "a name after the title «{title}»",
    # actors: how a name was resolved
    "actor.gazetteer": "gazetteer",
    "actor.new_name": "new",
    "actor.seen_earlier": "seen earlier in the article",
    "actor.in_store": "resolved in the store",
    "actor.title_word_of_speaker": "«{name}» is the first word of an earlier speaker's title",
    "actor.refers_to_speaker": "«{name}» refers back to an earlier speaker",
    "actor.office_and_family_name": "«{name}» is the office and the family name of the person named before it",
    "actor.refers_back": "«{name}» refers back to «{earlier}» ({how})",
    "actor.refers_to_company": "«{name}» refers back to the company named before it by its own name",
    "actor.refers_to_person": "«{name}» refers back to the person named before it",
    "actor.refers_to_untitled": "«{name}» refers back to the person quoted before it with no title",
    "actor.office_of_person": "«{name}» is the office of the person named before it",
    "actor.full_name": "«{name}» = the full name seen earlier",
    "actor.first_word_of_full_name": "«{name}» = the first word of the full name seen earlier",
    "actor.first_words_of_full_name": "«{name}» = the first words of the full name seen earlier",
    "actor.written_elsewhere": "«{name}» = «{fuller}» written elsewhere in the article ({how})",
    # places
    "place.gazetteer_match": "gazetteer match «{text}»",
    "place.parent": "parent of «{name}» in the gazetteer",
    # a quote's speaker: where the name was found
    "speaker.found": "{why}: «{name}» ({how})",
    "speaker.kana_qad_subject": "subject of «كان … قد {verb}»",
    "speaker.after_verb": "after the reporting verb «{verb}»",
    "speaker.subject_before": "subject before «{verb}»",
    "speaker.kana_subject": "subject of «كان … {verb}»",
    "speaker.verb_continues": "«{verb}» with no subject continues the previous speaker",
    "speaker.after_cue": "after «{cue}»",
    "speaker.cue_no_name": "«{cue}» with no name: previous speaker",
    "speaker.an_cue": "«عن … {cue}»",
    "speaker.clause_subject": "subject of the clause of «{cue}»",
    "speaker.owner_after": "«{cue} لـ…»",
    "speaker.subject_of": "subject of «{cue}»",
    "speaker.cue_previous": "«{cue}»: previous speaker",
    "speaker.after_quote": "after the quote, «{cue}»",
    "speaker.subject_after_quote": "subject of «{cue}» after the quote",
    "speaker.after_quote_previous": "«{cue}» after the quote: previous speaker",
    "speaker.before_colon": "name before a colon",
    "speaker.coordinated_that": "«وأن» continues the previous speaker's clause",
    "speaker.honorific": "«{pronoun}» after «{verb}» is the latest person named with a title",
    "speaker.via_reporter": "{why} ({how})",
    "speaker.reporter_of": "the reporter of «{verb}» before it",
    "speaker.introduced": "the person brought in with «وهو/وهي» before it",
    "speaker.same_sentence": "a later quotation in the same sentence: the same speaker",
    "speaker.opens_sentence": "a quotation opening its sentence continues the previous speaker",
    # an event's date: how it was read
    "date.day_range": "day range and month",
    "date.day_month": "day and month",
    "date.day_month_year": "day and month and year",
    "date.month_year": "month and year",
    "date.month_relative": "month relative to publication",
    "date.year_range": "year range",
    "date.year": "year",
    "date.weekday": "weekday relative to publication",
    "date.yesterday": "«أمس» relative to publication",
    "date.today": "«اليوم» = publication date",
    "date.tomorrow": "«غدا» relative to publication",
    "date.week_relative": "week relative to publication",
    "date.year_relative": "year relative to publication",
    "date.vague_future": "vague future «{words}»",
    "date.publication_period": "the publication date (the date named is a period covered)",
    "date.publication_lead": "the publication date (the lead names none)",
    # the labels of the closed lists extraction words (Choice.key): English is the code itself
    **{f"event.category.{name}": name for name in EVENT_CATEGORIES},
})

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
MISSING = "…"      # a placeholder the reason has no value for


def placeholders(template: str) -> set[str]:
    return set(_PLACEHOLDER.findall(template))


def word(found: Reason, template_for: Callable[[str], str],
         shown: Callable[[Value], str] | None = None) -> str:
    """`found` in words: its code's template from `template_for`, each placeholder filled with its
    value, a nested Reason worded the same way. `shown` words a leaf value (the article's text, a
    Choice); by default as it is (a Choice by its code)."""
    leaf = shown or _as_is
    values = dict(found.params)

    def one(m: re.Match) -> str:
        value = values.get(m.group(1))
        if value is None:
            return MISSING
        return word(value, template_for, shown) if isinstance(value, Reason) else leaf(value)

    # One pass: a value that holds braces is never read as a placeholder.
    return _PLACEHOLDER.sub(one, template_for(found.code))


def _as_is(value: Value) -> str:
    return value.code if isinstance(value, Choice) else str(value)


def english(found: Reason) -> str:
    """The reason in English, as the command line and the interchange files carry it."""
    return word(found, REASONS.__getitem__)


def walk(found: Reason):
    """`found` and every Reason nested in it, outermost first."""
    yield found
    for _, value in found.params:
        if isinstance(value, Reason):
            yield from walk(value)
