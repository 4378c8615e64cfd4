"""Reading the events of an article's sentences (the rules are described in `events`)."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from desktop.core import arabic
from desktop.core.extract import event_acts, event_lexicon, lexicon
from desktop.core.extract.analysis import Analysis, has_break, strip_conj
from desktop.core.extract.dates import DateMention
from desktop.core.extract.event_titles import dateline_end, title_for
from desktop.core.extract.events import (
    Modality, has_form, is_expected_marker, is_future_verb, is_planned_marker, present_tense_only, status_of,
    trigger_category,
)
from desktop.core.extract.reasons import reason
from desktop.core.extract.sentence_view import SentenceView

_LEAD_MIN_WORDS = 8
_SUPERLATIVE = re.compile(r"(ال|لل|و)?ا[^\W\d_]{3}")
_ORDINALS = frozenset({"اول", "الاول", "لاول"})
# what «أطلق» launches when it is words or a name: «أطلق تهديدات»، «تطلق … على العملية اسم»
_SAID_OR_NAMED = ("تهديد", "تصريح", "وعود", "وعد", "نداء", "نداءات", "دعوه", "دعوات", "تحذير", "اسم", "تسميه",
                  "شعار", "العنان", "صيحه", "اتهام", "الاتهام")
_ANNOUNCING = frozenset({"اعلن", "اعلنت", "اعلنوا", "يعلن", "تعلن"})
_ORDERED = frozenset({"امر", "امرت"})
_TENDERS = ("عطاء", "مناقص", "مزايد")
# what is traded and closes a session: «سهمها»، «الأسهم»، «المؤشر»، «البورصة»، «السوق»
_TRADED = tuple(arabic.normalize(w) for w in ("سهم", "أسهم", "السهم", "الأسهم", "مؤشر", "المؤشر", "بورص", "البورص",
                                               "السوق", "سوق"))
_FROM_WORDS = frozenset({"ابتداء", "اعتبارا", "بدءا", "بدء", "ابتداءا"})
_NEAR_START = 5
# «للفترة»، «لموسم»، «للعام»: a period something is for (see `_period_covered`)
_PERIOD_FOR = frozenset({"للفتره", "للاعوام", "للسنوات", "للعام", "لعام", "لسنه", "للسنه", "لموسم", "للموسم",
                         "للدوره", "لدوره"})
# prepositions that make a happening the occasion of another: «في جلسته»، «خلال زيارته»، «على هامش»
_OCCASION = frozenset({"في", "خلال", "اثناء", "لدي", "هامش"})
# «بعد انسحاب القوات»، «عقب استكمال …»: a happening set to follow another
_AFTER = frozenset({"بعد", "عقب", "اثر"})


@dataclass
class Happening:
    """One proposed event, before actors and places are attached."""
    view: SentenceView
    title: str
    date: DateMention
    status: str
    category: str
    trigger: str


class EventReader:
    def __init__(self, an: Analysis, dates: list[DateMention], quotations: list[tuple[int, int]],
                 names: list[tuple[int, int]], published: dt.date | None):
        self.an = an
        self.dates = dates
        self.quotations = quotations      # character spans of accepted quotations
        self.names = names                # character spans of quoted names (no dates in them)
        self.published = published
        self._named = {k for m in an.mentions for k in range(m.i, m.j)}

    def read(self, sentences: list[tuple[int, int]]) -> list[Happening]:
        out: list[Happening] = []
        seen: set[tuple] = set()
        lead = self._lead(sentences)
        for span in sentences:
            found = self._in_sentence(span, seen)
            if not found and span == lead:
                found = self._lead_event(span)
            out.extend(found)
        return out

    # --- one sentence ------------------------------------------------------

    def _mentions(self, span: tuple[int, int]) -> list[DateMention]:
        s, e = span
        return [d for d in self.dates if s <= d.start and d.end <= e and not self._in_name(d)
                and not self._comparison_baseline(d)]

    def _view(self, span: tuple[int, int], mentions: list[DateMention]) -> SentenceView:
        s, e = span
        inside = [(a, b) for a, b in self.quotations if a < e and s < b]
        names = [(a, b) for a, b in self.names if a < e and s < b]
        return SentenceView.of(self.an, span, inside, names, [(d.start, d.end) for d in mentions])

    def _in_name(self, d: DateMention) -> bool:
        i, j = self.an.doc.token_range(d.start, d.end)
        return any(a < d.end and d.start < b for a, b in self.names) or any(
            a < j and i < b for a, b in self.an.outlet_spans)

    def _in_sentence(self, span: tuple[int, int], seen: set[tuple]) -> list[Happening]:
        mentions = self._mentions(span)
        if not mentions:
            return []
        view = self._view(span, mentions)
        out = []
        for n, d, t, at in self._pairs(view, mentions):
            if self._period_covered(d) and self.published is not None:
                # «برنامج للمشاورات … للفترة 2026-2028»: the period a text covers does not date
                # the happening it was agreed in; the publication does, roughly
                d = DateMention(d.start, d.start, self.published.isoformat(), approximate=True, relative=True,
                                rule=reason("date.publication_period"))
            category = self._category(t) or "other"    # an act told by its verb's tense: `event_acts`
            # a vague future said twice («خلال الأيام المقبلة») is one expectation; a relative day
            # («الأربعاء») may see several happenings, one of each kind
            key = ((d.date, d.date_end, True) if d.approximate else (d.date, d.date_end, category)) \
                if d.relative else (d.date, d.date_end, span)
            if key in seen or (d.date, d.date_end, span, t) in seen:
                continue
            seen.update({key, (d.date, d.date_end, span, t)})
            out.append(self._happening(view, t, category, d, at))
        return out

    def _pairs(self, view: SentenceView, mentions: list[DateMention]) -> list[tuple[int, DateMention, int, int]]:
        """(index, date, trigger token, first date token) for the dates that find a trigger; when
        two dates find the same one («قالت الصحيفة، الاثنين، إن الجيش يستعد لتوسيع عملياته خلال
        الأسبوعين المقبلين»), the happening's date is the one in its own clause, else the nearer."""
        found: dict[int, tuple[int, DateMention, int, int]] = {}
        for n, d in enumerate(mentions):
            tokens = view.tokens_of(n)
            if not tokens:
                continue
            t = self._trigger(view, min(tokens), max(tokens) + 1, vague=d.approximate)
            if t is None:
                continue
            pair = (n, d, t, min(tokens))
            if t not in found or self._closer(view, t, pair[3], found[t][3]):
                found[t] = pair
        return sorted(found.values(), key=lambda p: p[0])

    @staticmethod
    def _closer(view: SentenceView, t: int, a: int, b: int) -> bool:
        """Whether a date at token a belongs to the happening at t rather than one at b."""
        same_a, same_b = view.clause_of[a] == view.clause_of[t], view.clause_of[b] == view.clause_of[t]
        return same_a and not same_b or (same_a == same_b and abs(a - t) < abs(b - t))

    def _happening(self, view: SentenceView, t: int, category: str, d: DateMention, at: int) -> Happening:
        # «سيصل برّاك إلى بيروت الأربعاء المقبل، في زيارة …»: a happening named after the
        # date's clause goes on from it; the title is told from the date's clause
        anchor = at if view.quote_of.get(t) is None and view.clause_of[t] > view.clause_of[at] \
            and view.clause_of[at] == self._content_clause(view, at) else None
        title, _, _ = title_for(view, t, category, anchor)
        mood = self._modality(view, t, at)
        return Happening(view, title or self.an.doc.text(view.i, view.j), d,
                         status_of(d, category, self.published, mood), category, self.an.words[t])

    # --- the happening a date goes with -----------------------------------

    def _trigger(self, view: SentenceView, a: int, b: int, vague: bool = False) -> int | None:
        """The trigger for the date at tokens [a, b): in its clause, looking back then on;
        then, outside quotations, in the clauses before it (each read from its start, where
        a verb-first clause has its verb), then after it."""
        q = view.quote_of.get(a)
        c_start, c_end = view.clause(a)
        order = list(range(a - 1, c_start - 1, -1)) + list(range(b, c_end))
        if self._starting_from(a) and not any(is_future_verb(self.an.words[k]) for k in range(c_start, c_end)):
            # «كشف … عن توقيع عقد … لرفع صادرات الغاز ابتداءً من سنة 2026»: with no future verb in
            # its clause, a date from which something holds dates only a happening just before it
            order = [k for k in order if abs(k - a) <= _NEAR_START]
        if q is None:
            n = view.clause_of[a]
            for before in reversed(view.clauses[:n]):
                order += range(*before)
            for after in view.clauses[n + 1:]:
                order += range(*after)
        t = next((k for k in order if view.quote_of.get(k) == q and self._is_trigger(view, k)
                  and (q is None or self._told_in_quote(k, vague))), None)
        if t is None:
            return event_acts.act_in_clause(view, a, b)
        if t is not None and q is None and self._circumstance(t):
            main = self._main_verb(view)
            if main is not None and main < t:
                return main     # «أقرّ المجلس، في جلسته التي عقدها أمس، خطة …»: the session is the occasion
        return t

    def _starting_from(self, a: int) -> bool:
        """«ابتداءً من»، «اعتبارا من»، «بدءا من» (and «سنة»، «عام») before the date at token a."""
        words = self.an.words
        k = a - 1
        if k >= 0 and words[k] in ("سنه", "عام", "العام", "مطلع", "بدايه"):
            k -= 1
        return k >= 1 and words[k] == "من" and words[k - 1] in _FROM_WORDS

    def _circumstance(self, t: int) -> bool:
        """«في جلسته»، «خلال اجتماع …»، «على هامش منتدى …»: a happening named as the occasion of
        another."""
        return t > 0 and self.an.words[t - 1] in _OCCASION

    def _main_verb(self, view: SentenceView) -> int | None:
        """The verb a sentence opens with when it tells a happening («أقرّ مجلس الوزراء …»،
        «وكان الرئيس قد أمر …»), or None."""
        words = self.an.words
        k = dateline_end(view)
        while k < view.j and words[k] in event_lexicon.title_leading_words() and words[k] not in ("قد", "وقد"):
            k += 1
        if k < view.j and words[k] not in ("قد", "وقد") and view.clause_of.get(k) == view.clause_of.get(view.i):
            after_kana = k > view.i and words[k - 1] in ("كان", "وكان", "كانت", "وكانت")
            if after_kana:    # «وكان X قد أمر»: the verb after «قد»
                k = next((m + 1 for m in range(k, min(view.j - 1, k + 8)) if words[m] in ("قد", "وقد")), view.j)
        if k >= view.j or k in view.quote_of or words[k].startswith("ال"):
            return None
        return k if self._is_trigger(view, k) and not words[k].startswith(("ب", "ل")) else None

    def _told_in_quote(self, k: int, vague: bool = False) -> bool:
        """In someone's words a happening is told by a noun or a past or future verb: not by a
        present tense («نستهدف مضاعفتها»، «اليوم تبدأ سوريا مرحلة»), nor by a verb of beginning
        or going on alone unless it is future and its date is not vague («ستبدأ اعتباراً من
        الأول من أكتوبر تطبيق …», not «ستبدأ بالتدفق خلال الأشهر المقبلة»)."""
        w = self.an.words[k]
        future = k > 0 and self.an.words[k - 1] in ("سوف", "وسوف", "فسوف")    # «سوف يفتح»
        if trigger_category(w) == "plan":
            return not vague and (future or is_future_verb(w))
        return future or not present_tense_only(w)

    def _is_trigger(self, view: SentenceView, k: int) -> bool:
        if k in view.unusable or k in view.dated or self._category(k) is None:
            return False
        return not (self._press_conference(k) or self._ceasefire(k) or self._launch(k) or self._negated(k)
                    or self._in_a_name(view, k) or self._issues_words(k) or self._market_close(k))

    def _market_close(self, k: int) -> bool:
        """«أغلق سهمها مرتفعاً 0.4%»، «أغلق المؤشر العام على تراجع»: a share, an index or a market
        closing a session is a price, not a closure."""
        words = self.an.words
        if trigger_category(words[k]) != "closure":
            return False
        return any(strip_conj(w)[-1].lstrip("ل").startswith(_TRADED) for w in words[k + 1:k + 3])

    def _issues_words(self, k: int) -> bool:
        """«أصدرت الوزارة بيانا»: issuing a statement is saying, not a happening."""
        words = self.an.words
        return any(f.startswith(("اصدر", "يصدر", "تصدر")) for f in strip_conj(words[k])) and any(
            self.an.is_report_noun(m) for m in range(k + 1, min(len(words), k + 3)))

    def _launch(self, k: int) -> bool:
        """«أطلق تهديدات»، «تطلق إسرائيل على العملية اسم»: launching words or a name is no
        happening (launching a platform or a campaign is one, a founding: `_category`)."""
        return self._launching(k) and not self._fires(k) and any(
            w.startswith(_SAID_OR_NAMED) for w in self.an.words[k + 1:k + 5])

    def _launching(self, k: int) -> bool:
        return any(f.startswith(("اطلق", "لاطلاق", "باطلاق", "يطلق", "تطلق", "نطلق", "سيطلق", "ستطلق", "سنطلق"))
                   for f in strip_conj(self.an.words[k]))

    def _fires(self, k: int) -> bool:
        return any(w in event_lexicon.projectiles() for w in self.an.words[k + 1:k + 3])

    def _category(self, k: int) -> str | None:
        """The trigger's category; «أطلق» is an attack only with what is fired («أطلقت الوزارة
        منصة» is a founding)."""
        words = self.an.words
        category = trigger_category(words[k])
        if category is None and words[k] in _ORDERED and k > 0 and words[k - 1] in ("قد", "وقد", "لقد"):
            return "decision"   # «قد أمر بتسريع …»: after «قد» a verb, not the noun «أمر»
        if category is None and k + 1 < len(words) and words[k + 1].startswith(_TENDERS) \
                and has_form(words[k], "طرح"):
            return "decision"   # «ستطرح عطاءً»، «طرح مناقصة»: a tender (not «طرح سؤالاً»)
        if category == "attack" and self._launching(k) and not self._fires(k):
            # «أطلق سراح» is a release
            return "arrest" if k + 1 < len(self.an.words) and self.an.words[k + 1] == "سراح" else "founding"
        return category

    def _negated(self, k: int) -> bool:
        """«ولم تعلن أي جماعة»: a happening denied did not happen."""
        return k > 0 and self.an.words[k - 1] in event_lexicon.negations()

    def _in_a_name(self, view: SentenceView, k: int) -> bool:
        """«قيادة العمليات المشتركة»، «المفوضية الوطنية العليا للانتخابات»: a word of a body's or
        an office's name; right after the head, or definite and joined to it by definite words."""
        words = self.an.words
        if k in self._named:
            return True       # «عين الأسد»: a place or a body the gazetteer knows
        if k > view.i and self._head(k - 1) and not words[k - 1].startswith("ال"):
            return True       # a construct: «قيادة العمليات»، «قائد عمليات الأنبار»
        if not words[k].startswith(("ال", "لل", "بال")):
            return False
        for m in range(k - 1, max(view.i, k - 4) - 1, -1):
            if self._head(m):
                return True
            if not words[m].startswith(("ال", "لل")) or has_break(self.an.doc.gap(m + 1)):
                return False
        return False

    def _head(self, m: int) -> bool:
        return any(f in lexicon.org_heads() or f in lexicon.title_heads() for f in strip_conj(self.an.words[m]))

    def _press_conference(self, k: int) -> bool:
        """«مؤتمر صحفي»: the occasion of a statement, not a happening."""
        words = self.an.words
        return words[k] in event_lexicon.statement_venues() and k + 1 < len(words) and \
            words[k + 1] in event_lexicon.venue_modifiers()

    def _ceasefire(self, k: int) -> bool:
        """«وقف إطلاق النار»: a truce, not a shooting."""
        words = self.an.words
        return (k + 1 < len(words) and words[k + 1] == "النار"
                and any(f.endswith("وقف") for w in words[max(0, k - 2):k] for f in strip_conj(w)))

    def _content_clause(self, view: SentenceView, at: int) -> int | None:
        """The date's clause when it tells something beyond the date (a verb and its subject)."""
        a, b = view.clause(at)
        words = [k for k in range(a, b) if k not in view.dated and not view.is_complementiser(k)
                 and self.an.words[k] not in event_lexicon.date_prefixes()]
        return view.clause_of[at] if len(words) >= 3 else None

    def _modality(self, view: SentenceView, t: int, at: int) -> Modality:
        """Scheduled or forecast (a marker before the happening), future (a future verb in its
        clause), by a deadline («بحلول» before the date)."""
        words = self.an.words
        q = view.quote_of.get(t)
        region = [k for k in range(view.i, t + 1) if view.quote_of.get(k) == q]
        c_start, c_end = view.clause(t)
        coming = t + 1 < view.j and words[t + 1] in event_lexicon.coming_words()    # «الاجتماع المقبل»
        return Modality(
            announced=q is None and any(self._announces(k, t) for k in region),
            planned=coming or any(is_planned_marker(words[k]) for k in region),
            expected=any(is_expected_marker(words[k]) for k in region),
            future=any(is_future_verb(words[k]) for k in range(c_start, c_end)),
            deadline=any(words[k] in ("بحلول", "وبحلول") for k in range(max(view.i, at - 3), at)),
            contingent=any(words[k] in _AFTER and k + 1 < c_end and k + 1 not in view.dated
                           for k in range(c_start, c_end)))

    def _announces(self, k: int, t: int) -> bool:
        """«أعلنت الوزارة … أن …»: a verb of announcing before the happening at t, which the
        happening is the object of. («كشف … عن» is left as told: a source that discloses an
        attack reports it, annotated occurred in round 5, as often as an office announces.)"""
        return k < t and any(f in _ANNOUNCING for f in strip_conj(self.an.words[k]))

    def _period_covered(self, d: DateMention) -> bool:
        """«للفترة 2026-2028»، «لموسم 2025-2026»، «للعام 2027»: a period governed by «لـ», the span a
        programme, a budget or a stock is for."""
        i, _ = self.an.doc.token_range(d.start, d.end)
        return i > 0 and self.an.words[i - 1] in _PERIOD_FOR

    def _comparison_baseline(self, d: DateMention) -> bool:
        """«الأوسع في الضفة منذ عام 2002»، «لأول مرة منذ 2014»: a date a comparison reaches back
        to, not the date of a happening."""
        i, _ = self.an.doc.token_range(d.start, d.end)
        words = self.an.words
        k = i - 1
        while k >= 0 and i - k <= 2 and words[k] in ("عام", "العام", "سنه", "مطلع", "بدايه"):
            k -= 1
        if k < 0 or words[k] not in ("منذ", "ومنذ"):
            return False
        before = words[max(0, k - 5):k]
        return any(w in _ORDINALS or _SUPERLATIVE.fullmatch(w) for w in before)

    # --- the lead ------------------------------------------------------------

    def _lead(self, sentences: list[tuple[int, int]]) -> tuple[int, int] | None:
        """The first sentence that reads as one: long enough and ended by a full stop (not a
        headline, a dateline or a byline)."""
        body = self.an.doc.body
        for s, e in sentences:
            i, j = self.an.doc.token_range(s, e)
            if j - i >= _LEAD_MIN_WORDS and body[e - 1] in ".!؟?":
                return None if self._continues(i) else (s, e)
        return None

    def _continues(self, k: int) -> bool:
        """«وتطلق …»، «وقال …»، «وفي …»: a sentence opening with «و» goes on from an earlier one,
        so the text in hand does not start with its lead."""
        w = self.an.words[k]
        if len(w) < 2 or w[0] != "و":
            return False
        rest = w[1:]
        return (rest in lexicon.report_verbs() or trigger_category(rest) is not None
                or rest in lexicon.function_words() or rest in lexicon.prepositions() or rest in ("كان", "كانت")
                or (len(rest) >= 4 and rest[0] in "يتن"))

    def _lead_event(self, span: tuple[int, int]) -> list[Happening]:
        """The lead's event when no dated trigger gave one: its first trigger (else its first
        word, the verb news leads open with), dated by the lead or by the publication."""
        mentions = self._mentions(span)
        view = self._view(span, mentions)
        told = [n for n in range(len(mentions))       # dated in the narrative, not in someone's words
                if view.tokens_of(n) and not any(k in view.quote_of for k in view.tokens_of(n))]
        t = next((k for k in range(view.i, view.j) if k not in view.quote_of and self._is_trigger(view, k)), None)
        category = self._category(t) if t is not None else "other"
        if t is None:
            t = self._opening_verb(view)
        if t is None or (self.an.is_verb(t) and (category == "other" or self._tells_only_a_quote(view, t))):
            return []       # «قال X إن …»: a lead that only reports words gives a quote, not an event
        if told:
            date, at = mentions[told[0]], view.tokens_of(told[0])[0]
        elif self.published is not None:
            date = DateMention(view.start, view.start, self.published.isoformat(), approximate=True,
                               relative=True, rule=reason("date.publication_lead"))
            at = t
        else:
            return []
        return [self._happening(view, t, category, date, at)]

    @staticmethod
    def _tells_only_a_quote(view: SentenceView, t: int) -> bool:
        """«أعلن النائب أن "…"»: what the verb announces is someone's quoted words."""
        that = next((k for k in range(t + 1, view.j) if view.is_complementiser(k)), None)
        return that is not None and that + 1 < view.j and (that + 1) in view.quote_of

    def _opening_verb(self, view: SentenceView) -> int | None:
        an = self.an
        first = dateline_end(view)
        for k in range(first, min(view.j, first + 3)):
            w = an.words[k]
            if w in event_lexicon.title_leading_words() or k in view.dated:
                continue
            usable = (w.isalpha() and len(w) >= 3 and not w.startswith("ال") and w not in lexicon.stop_words()
                      and w not in lexicon.prepositions() and k not in view.quote_of)
            return k if usable else None
        return None
