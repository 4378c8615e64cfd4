"""Happenings told by the tense of a verb rather than by a word that names one.

News prose tells many happenings with verbs no list of trigger words can hold («ستوزع الوزارة
…»، «سيحالون إلى النيابة …»، «وكانت الشركة قد أبرمت …»). Two shapes of the verb itself say a
dated act is told, whatever the verb is:
- a future verb («سـ» + present, or «سوف» + present): what someone will do;
- a past verb after «قد» («وكانت X قد أبرمت»، «وقد نفذت»): the pluperfect of a report's
  background, something that was done.
Either counts only inside the clause its date is in (the date says when the act is), so a
date never reaches out to a verb of another clause, and never one of being or lasting («ستكون»،
«سيبقى»، «قد يكون»): those describe a state, not an act.
"""
from __future__ import annotations

from desktop.core.extract import event_lexicon
from desktop.core.extract.events import is_future_verb, trigger_category
from desktop.core.extract.sentence_view import SentenceView

_QAD = frozenset({"قد", "وقد", "لقد", "فقد"})
_SAWFA = frozenset({"سوف", "وسوف", "فسوف"})
# verbs of being, staying, becoming and going on: a state told, not an act
_STATE_STEMS = ("كون", "كان", "ظل", "بقي", "بقى", "صبح", "صار", "زال", "دوم", "ستمر", "تواصل", "واصل",
                "حتاج", "مكن", "عني", "شمل", "عرف", "شهد", "سهم", "ساهم")
# «كيف سندفع»، «هل ستعقد»: a question or a condition asks or supposes, it tells no act
_ASKING = frozenset({"كيف", "هل", "وهل", "ماذا", "متى", "لماذا", "اذا", "لو"})


def act_in_clause(view: SentenceView, a: int, b: int) -> int | None:
    """The verb that tells the act the date at tokens [a, b) goes with, looked for in the date's
    own clause and quotation: a future verb, else a past verb after «قد». None when there is none."""
    an = view.an
    q = view.quote_of.get(a)
    c_start, c_end = view.clause(a)
    order = list(range(a - 1, c_start - 1, -1)) + list(range(b, c_end))
    # a word the trigger lists name was already judged there («ستبدأ بالتدفق» in someone's words)
    order = [k for k in order if view.quote_of.get(k) == q and k not in view.dated and k not in view.unusable
             and trigger_category(an.words[k]) is None and not _asked(view, k)]
    future = next((k for k in order if _future_act(view, k)), None)
    if future is not None:
        return future
    return next((k for k in order if _pluperfect_act(view, k)), None)


def _asked(view: SentenceView, k: int) -> bool:
    words = view.an.words
    return any(words[m] in _ASKING for m in range(max(view.i, k - 2), k))


def _negated(view: SentenceView, k: int) -> bool:
    words = view.an.words
    return k > view.i and words[k - 1] in event_lexicon.negations()


def _future_act(view: SentenceView, k: int) -> bool:
    """«ستوزع»، «سيُحالون»، «سوف نقدم»: a future verb of an act, not denied."""
    words = view.an.words
    w = words[k]
    after_sawfa = k > view.i and words[k - 1] in _SAWFA and w[:1] in "يتن" and len(w) >= 3
    if not (after_sawfa or is_future_verb(w)) or w in _SAWFA or _negated(view, k):
        return False
    return not _state(w)


def _pluperfect_act(view: SentenceView, k: int) -> bool:
    """«قد أبرمت»، «وكان المجلس قد وافق»: a past verb right after «قد» (not «قد يكون», a
    possibility told by the present)."""
    words = view.an.words
    if k <= view.i or words[k - 1] not in _QAD:
        return False
    w = words[k]
    if view.an.is_verb(k):
        return False      # «وكانت المتحدثة قد قالت …»: words said are a quote, not an act
    if len(w) < 3 or not w.isalpha() or w[:1] in "ين" or w.startswith("ال"):
        return False
    if w[:1] == "ت" and not w.endswith(("ت", "وا")):
        return False      # «قد تؤدي»: a present; «قد تمكنت»: a past
    return not _state(w)


def _state(word: str) -> bool:
    bare = word.lstrip("وف")
    bare = bare[1:] if bare[:1] == "س" else bare
    bare = bare[1:] if bare[:1] in "يتنا" else bare
    return any(bare.startswith(s) or bare == s for s in _STATE_STEMS)
