"""The shape of an event's title once its words are chosen: who did it, and no dating words.

An analyst keeps a title that says who did what, without the words that only date it:
«الوزارة ستطلق حملة وطنية …», not «ستطلق حملة وطنية …» (the ministry was written before the
quotation), and no «ومن المنتظر أن», bare weekday or «ابتداءً من …» before its date. (A rule that
cut a twelve-word title back to a whole phrase was tried and dropped: it lost words the
annotated titles keep, on batches it had not seen as on those it had.)
"""
from __future__ import annotations

from desktop.core.extract import event_lexicon, lexicon
from desktop.core.extract.events import trigger_category
from desktop.core.extract.sentence_view import SentenceView

# «ومن المنتظر أن …»: expectations the title does not open on (the status field says planned)
_EXPECTED = lexicon.forms("المنتظر المرتقب المفترض المأمول المنتظرة المرتقبة")
# a bare weekday says when, which the event's date field holds; «صلاة الجمعة» is no date
_NOT_A_DAY_BEFORE = lexicon.forms("صلاة صلاه خطبة خطبه خطيب سوق يوما")
# «ابتداءً من يوم الأربعاء»: words that lead up to a date the title leaves out
_FROM_DATE = lexicon.forms("ابتداء ابتداءً ابتداءا بدءا بدءً بدءاً انطلاقا انطلاقاً")
_SUBJECT_SPAN = 4        # a subject written between «أن» and a quotation is at most this long


def expected_opening(word: str) -> bool:
    return word in _EXPECTED


def bare_weekday(view: SentenceView, k: int, first: int) -> bool:
    """«صدرت الاثنين»، «عقده يوم الثلاثاء»: a weekday (and its «يوم») past the title's first word."""
    words = view.an.words
    w = words[k]
    if k <= first:
        return False
    if w in ("يوم", "ويوم") and k + 1 < view.j and words[k + 1] in lexicon.weekdays():
        return True
    return w in lexicon.weekdays() and words[k - 1] not in _NOT_A_DAY_BEFORE


def date_lead(view: SentenceView, k: int) -> bool:
    """«ابتداءً من يوم الأربعاء المقبل»، «ابتداءً من صيف 2026»: «ابتداءً»، «من» and the words up to
    the date go with the date the title leaves out."""
    words = view.an.words
    for p in range(max(view.i, k - 3), k + 1):
        if words[p] not in _FROM_DATE or p + 2 >= view.j or words[p + 1] != "من":
            continue
        first = next((m for m in range(p + 2, min(view.j, p + 5)) if m in view.dated), None)
        if first is not None and k < first:
            return True
    return False


def quoted_subject(view: SentenceView, quote_start: int) -> list[int]:
    """«أوضح الوزير أن الوزارة "ستطلق حملة …"»: the few words between «أن» and the quotation
    its title is told from, which name who does it; empty when there are none or they are no
    plain noun phrase (a verb, a comma, a date, a pronoun alone)."""
    an = view.an
    k = quote_start - 1
    words: list[int] = []
    while k > view.i and k not in view.quote_of and not view.is_complementiser(k):
        words.insert(0, k)
        k -= 1
    if not words or len(words) > _SUBJECT_SPAN or k <= view.i or not view.is_complementiser(k):
        return []
    if an.words[k] in ("انه", "انها", "بانه", "بانها"):
        return []        # «أنه "سيزور"»: the subject is the speaker, told elsewhere
    for m in words:
        w = an.words[m]
        if an.is_verb(m) or trigger_category(w) or m in view.dated or m in view.aside or w.isdigit():
            return []
        if m > words[0] and any(ch in "،,;؛:()" for ch in an.doc.gap(m)):
            return []
        if w in event_lexicon.title_trailing_words() or w in lexicon.function_words():
            return []
    return words
