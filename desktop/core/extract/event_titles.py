"""Short, editable titles for proposed events: the clause around the event's word.

«أعلن العراق، الأربعاء، أن جيشه سيتسلم مقر التحالف …» -> «أعلن العراق أن جيشه سيتسلم
مقر التحالف الدولي في قاعدة عين الأسد»; «قال مسؤولان … إن طائرة مسيرة استهدفت يوم
الثلاثاء قاعدة حرير …» -> «طائرة مسيرة استهدفت قاعدة حرير الجوية …». The title keeps at
most twelve words; it leaves out the attribution («قال … إن»، «كشف … عن»), the date
(the event has its own field for it), asides in commas or parentheses (a title after a
name, «في بيان»), connectors («وكانت … قد»، «ومن المقرر أن») and quoted speech after the
happening.
"""
from __future__ import annotations

from desktop.core.extract import event_lexicon, lexicon
from desktop.core.extract.actors import parse_phrase
from desktop.core.extract.event_title_lead import connective_end, framing_end, relative_day
from desktop.core.extract.event_title_person import body_complement_skip, person_subject_skip
from desktop.core.extract.event_title_shape import (bare_weekday, date_lead, expected_opening,
                                                        quoted_subject)
from desktop.core.extract.events import radical_waw_trigger, trigger_category
from desktop.core.extract.sentence_view import SentenceView

MAX_WORDS = 12
# words that open a clause of its own after the happening's
_NEXT_CLAUSE = frozenset({"بحيث", "حيث", "بينما", "فيما", "لكن", "غير", "الا", "مما", "ما", "منذ", "ومنذ", "ثم",
                          "كما", "وكما"})
# a happening named as the occasion of someone's words: «خلال جولة»، «على هامش منتدى»
_OCCASION = frozenset({"خلال", "اثناء", "هامش", "عقب"})
# «بحسب X، فإن …»
_SO_THAT = frozenset({"فان", "فانه", "فانها", "فانهم"})
_WORDS_AFTER = 2          # a clause break ends the title once this many words follow the event's word
_FAR = 8                  # an event word further than this into the sentence starts its own title


def title_for(view: SentenceView, t: int, category: str, anchor: int | None = None) -> tuple[str, int, int]:
    """(title, first token, end token) of the event whose word is token t; told from the
    clause of token `anchor` instead when given (the clause the happening's date is in)."""
    q = view.quote_of.get(t)
    if anchor is not None:
        kept = _walk(view, _after_attribution(view, view.clause(anchor)[0], anchor), anchor, q, category)
        if kept:
            kept = _trim(view, kept, anchor)
            return _render(view, kept), kept[0], kept[-1] + 1
    start = _start(view, t, q)
    kept = _walk(view, start, t, q, category)
    if t not in kept:
        kept = _walk(view, view.clause(t)[0], t, q, category)
    elif len(kept) >= MAX_WORDS:
        # «أعلن وزير الفلاحة والموارد المائية والصيد البحري عز الدين بن الشيخ أن …»: a long office
        # before the name of the verb's subject leaves no room for what was done; the name stays
        office = _office_of_subject(view, kept)
        person = person_subject_skip(view, kept)
        body = body_complement_skip(view, kept) if not person else set()
        if office:
            kept = _walk(view, start, t, q, category, skip=office)
        if person and t not in person and len(kept) >= MAX_WORDS:
            # the name is still too long for what the person did, and to whom: the family name alone
            shorter = _walk(view, start, t, q, category, skip=person)
            # (one more word is not worth the given name: «أعلن محمد الهادي أن … 12 مليون»)
            if t in shorter and max(person) + 1 in shorter and shorter[-1] >= kept[-1] + 2:
                kept = shorter
        elif body and t not in body:
            shorter = _walk(view, start, t, q, category, skip=body | office)
            if t in shorter:
                kept = shorter
    occasion = _occasion(view, t)
    if occasion is not None and kept and kept[0] == occasion:
        end = view.clause(t)[1]
        kept = [k for k in kept if k < end]     # the occasion's own phrase, not the words said then
    kept = _trim(view, kept, t)
    if not kept:
        return "", t, t + 1
    kept = _with_antecedent(view, kept)
    subject = quoted_subject(view, kept[0]) if q is not None and kept[0] == _region(view, q)[0] else []
    if subject:
        # the quotation's words go on after who says them does it: the title keeps both
        kept = _trim(view, kept[:MAX_WORDS - len(subject)], t)
    title = _render(view, kept)
    if subject:
        title = f"{_render(view, subject)} {title}"
    return title, (subject or kept)[0], kept[-1] + 1


def _with_antecedent(view: SentenceView, kept: list[int]) -> list[int]:
    """«… العملية العسكرية الخاصة، التي انطلقت في 24 فبراير»: a short title that opens a
    relative clause takes the few words the clause is about."""
    an = view.an
    rel = kept[0] - 1
    while rel > view.i and (rel in view.dated or an.words[rel] in ("قد", "وقد")):
        rel -= 1
    if len(kept) >= 4 or rel <= view.i or an.words[rel] not in ("التي", "الذي", "الذين"):
        return kept
    before = [k for k in range(max(view.i, rel - 4), rel) if k not in view.dated and k not in view.aside]
    return before + [rel] + kept


def _region(view: SentenceView, q: int | None) -> tuple[int, int]:
    if q is None:
        return view.i, view.j
    inside = [k for k, n in view.quote_of.items() if n == q]
    return min(inside), max(inside) + 1


def _start(view: SentenceView, t: int, q: int | None) -> int:
    """Where the title begins: after any attribution, at the clause of t when t is far in."""
    region_start, _ = _region(view, q)
    if q is not None:
        return max(region_start, view.clause(t)[0])
    start = _after_attribution(view, region_start, t)
    if _content_words(view, start, t) > _FAR:
        start = view.clause(t)[0]
    occasion = _occasion(view, t)
    if occasion is not None and occasion > start and _reports(view):
        # «قال الوزير، خلال جولة تفقدية على …»، «وفي حوار … على هامش منتدى …، أوضح»: the
        # happening is the occasion of someone's words, told from its own word
        start = occasion
    return start


def _occasion(view: SentenceView, t: int) -> int | None:
    """The first word of the happening at t when it is named as an occasion («خلال جولة
    تفقدية»، «على هامش منتدى …»), else None."""
    words = view.an.words
    for m in (t, t - 1):
        if m > view.i and words[m - 1] in _OCCASION and m not in view.quote_of:
            return m
    return None


def _reports(view: SentenceView) -> bool:
    """Whether the sentence reports someone's words (a reporting verb outside quotations)."""
    an = view.an
    return any(an.is_verb(k) for k in range(view.i, view.j) if k not in view.quote_of)


def _after_attribution(view: SentenceView, start: int, t: int) -> int:
    """«قال X إن …»، «كشف X عن …»: the token after which the reported happening is told,
    when a reporting verb other than the event's own word comes before it."""
    an = view.an
    verbs = [k for k in range(start, t) if an.is_verb(k) and k not in view.quote_of]
    if not verbs:
        return start
    for k in range(t - 1, verbs[0], -1):
        if k in view.quote_of:
            continue
        if view.is_complementiser(k):
            return k
        if an.words[k] == "عن":
            return k + 1        # «كشف مصدر … عن مقتل …»
    return start


def _content_words(view: SentenceView, a: int, b: int) -> int:
    return sum(1 for k in range(a, b) if k not in view.dated and k not in view.aside)


def _office_of_subject(view: SentenceView, kept: list[int]) -> set[int]:
    """The tokens of a long title (three words or more) before the name of the subject that
    follows the title's first verb; empty when there is none."""
    an = view.an
    verb = next((k for k in kept[:3] if an.is_verb(k) or trigger_category(an.words[k])), None)
    if verb is None or verb + 1 >= view.j:
        return set()
    ph = parse_phrase(an, verb + 1, min(view.j, verb + 1 + MAX_WORDS))
    if ph is None or not ph.name or len(ph.title) < 3:
        return set()
    return set(ph.title)


def _walk(view: SentenceView, start: int, t: int, q: int | None, category: str,
          skip: set[int] = frozenset()) -> list[int]:
    an = view.an
    _, end = _region(view, q)
    kept: list[int] = []
    after = 0
    through_that = category == "announcement"     # «أعلن X أن …»: what was announced follows «أن»
    aside_closed = False                           # the comma after an aside goes on with the clause
    entered: int | None = None                     # the quotation that says what was announced
    k = _skip_leading(view, start, t)
    while k < end and len(kept) < MAX_WORDS:
        if q is None and k in view.quote_of and view.quote_of[k] != entered:
            if not _announced_words(view, kept, k):
                break                              # quoted speech after the happening
            entered = view.quote_of[k]
        if kept and view.boundary(k) and not (entered is not None and view.quote_of.get(k) == entered
                                              and view.quote_of.get(k - 1) != entered):
            seg_end = _segment_end(view, k, end)
            if _skippable(view, k, seg_end, t, closed=seg_end < end):
                k, aside_closed = seg_end, True
                continue
            if an.words[k] in lexicon.according_to():
                break                              # «، وفق ما أفادت به الوزارة»
            if k > t and an.words[k] in _NEXT_CLAUSE:
                break                              # «…، بحيث يصل أول ضخ …»: what follows from it
            if k > t and through_that and view.is_complementiser(k):
                through_that, after = False, 0
            elif k > t and after >= _WORDS_AFTER and not aside_closed:
                break
        aside_closed = False
        if k > t and an.words[k] in lexicon.according_to():
            break                                  # «… بحسب مصادر طبية»
        if _left_out(view, k) or k in skip or date_lead(view, k) or (kept and bare_weekday(view, k, kept[0])) \
                or (kept and relative_day(view, k)):
            k += 1
            continue
        kept.append(k)
        after += k > t
        k += 1
    return kept


def _announced_words(view: SentenceView, kept: list[int], k: int) -> bool:
    """«أعلن الجيش أنه "استهدف بنى تحتية …"»: a quotation right after «أن» is what was
    announced, and the title goes on into it."""
    if not kept:
        return False
    last = kept[-1]
    return view.is_complementiser(last) and (last + 1 == k or view.quote_of.get(last + 1) == view.quote_of[k]) \
        and view.quote_of.get(last) is None


def _skip_leading(view: SentenceView, k: int, t: int) -> int:
    an = view.an
    k = max(k, _after_dateline(view, k, t))
    k = _after_source(view, k, t)
    while k < t:
        if an.words[k] in event_lexicon.title_leading_words() or view.is_complementiser(k) or k in view.dated \
                or expected_opening(an.words[k]) or k in view.aside or _date_prefix(view, k):
            k += 1
        elif connective_end(view, k, t) > k:
            k = connective_end(view, k, t)     # «وفي سياق متصل، …»: the matter comes after
        elif framing_end(view, k, t) > k:
            k = framing_end(view, k, t)        # «ويأتي الهجوم بعد أسبوع من هجوم مماثل …»
        else:
            break
    return k


def _after_source(view: SentenceView, k: int, t: int) -> int:
    """«وبحسب معلومات "المدن"، فإن …»، «وفق مصادر، …»: who the news is from, before what happened."""
    an = view.an
    if k >= t or not any(f in lexicon.according_to() for f in (an.words[k], an.words[k][1:])):
        return k
    for m in range(k + 1, min(t, k + 10)):
        if an.words[m] in _SO_THAT:
            return m + 1
        if any(ch in "،," for ch in an.doc.gap(m)) and m not in view.quote_of:
            return m
    return k


def _after_dateline(view: SentenceView, k: int, t: int) -> int:
    """«حلب- عاد آلاف النازحين …»: the place a report is filed from, before a dash."""
    if k != view.i:
        return k
    return min(dateline_end(view), t)


def dateline_end(view: SentenceView) -> int:
    """The first token after a dateline («حلب-»، «بغداد -») opening the sentence; its first
    token when there is none."""
    for m in range(view.i + 1, min(view.j, view.i + 6)):
        if any(ch in "-–—" for ch in view.an.doc.gap(m)):
            return _opening_dateline_end(view, m)
    return _opening_dateline_end(view, view.i)


_DATELINE_MARKS = set("-–—:/)")
_DATELINE_SPAN = 9       # a dateline, a byline and an agency take at most this many words


def _opening_dateline_end(view: SentenceView, end: int) -> int:
    """The end of the dateline that opens a report, at its first sentence: it may carry a byline,
    a date and an agency («عبدالله الراشد- سبق- الرياض:»، «مسقط في ١٩ أكتوبر /العمانية/»، «بكين
    13 أكتوبر 2025 (شينخوا)»), so it ends at the last dash, colon, slash or closing bracket among
    the first words, before any verb or happening."""
    an = view.an
    if an.doc.body[:view.start].strip():
        return end
    for m in range(view.i + 1, min(view.j, view.i + _DATELINE_SPAN)):
        if an.is_verb(m - 1) or (trigger_category(an.words[m - 1]) and (m - 1) not in view.dated):
            break
        if any(ch in _DATELINE_MARKS for ch in an.doc.gap(m)):
            end = max(end, m)
    return end


def _segment_end(view: SentenceView, k: int, end: int) -> int:
    m = k + 1
    while m < end and not view.boundary(m):
        m += 1
    return m


def _skippable(view: SentenceView, a: int, b: int, t: int, closed: bool) -> bool:
    """An aside between commas: a date, a title set after a name («، وزير الخارجية،»), a
    circumstance of the statement («، في بيان،»). A title that ends the sentence is no aside
    but the object («… اليوم، السفير الفرنسي»)."""
    an = view.an
    words = [k for k in range(a, b) if k not in view.aside]
    if not words or all(k in view.dated or _date_prefix(view, k) for k in words):
        return True
    if a <= t < b or not closed:
        return False
    first = an.words[words[0]]
    if first in ("في", "خلال", "اثناء", "لدي") and any(k in view.dated for k in words) and t < a:
        return True       # «، في جلسته التي عقدها أمس الأربعاء،»: the occasion and its date
    if first in lexicon.title_heads() and not first.startswith("نظير") and not any(
            an.is_verb(k) or trigger_category(an.words[k]) for k in words):
        return True
    return first in ("في", "وفي") and len(words) <= 3 and any(an.is_report_noun(k) for k in words)


def _date_prefix(view: SentenceView, k: int) -> bool:
    """«في»، «بحلول نهاية»، «اعتبارا من مطلع» just before a date."""
    an = view.an
    m = k
    while m < view.j and m - k < 4 and an.words[m] in event_lexicon.date_prefixes():
        m += 1
    return m > k and m < view.j and m in view.dated


def _left_out(view: SentenceView, k: int) -> bool:
    an = view.an
    w = an.words[k]
    if k in view.dated or k in view.aside or _date_prefix(view, k):
        return True
    if w in ("قد", "وقد", "لقد"):
        return True
    if w in ("كان", "كانت", "وكان", "وكانت") and "قد" in an.words[k + 1:k + 4]:
        return True
    # «أعلنت في بيان …»: the occasion of the words, after a verb
    return (w == "في" and k + 1 < view.j and an.is_report_noun(k + 1)) or (
        k > 0 and an.words[k - 1] == "في" and an.is_report_noun(k))


def _trim(view: SentenceView, kept: list[int], t: int) -> list[int]:
    while len(kept) > 1 and kept[-1] > t and view.an.words[kept[-1]] in event_lexicon.title_trailing_words():
        kept.pop()
    return kept


def _render(view: SentenceView, kept: list[int]) -> str:
    doc = view.an.doc
    parts = [_without_conjunction(view, kept[0])]
    for prev, k in zip(kept, kept[1:]):
        parts.append(_joint(doc.gap(k) if k == prev + 1 else " ") + doc.tokens[k].text)
    text = " ".join("".join(parts).split())
    return _balanced(text).strip(" .،,؛:-–")


def _joint(gap: str) -> str:
    """What joins two words of a title: the text between them without its punctuation (quote
    marks stay, «لـ» stays joined to its word)."""
    kept = "".join(ch for ch in gap if ch not in "،,;؛:()[]")
    return kept if kept.strip() else (" " if kept else "")


def _without_conjunction(view: SentenceView, k: int) -> str:
    """«وأعلنت» -> «أعلنت»، «فتمتد» -> «تمتد»: a title does not begin with «و»."""
    an = view.an
    text = an.doc.tokens[k].text
    w = an.words[k]
    if len(w) <= 3 or w[0] not in "وف" or k in an.gaz_at or radical_waw_trigger(w):
        return text      # «وقّعت»: the «و» is the verb's own
    rest = w[1:]
    if (an.is_verb(k) or trigger_category(w) or rest in ("كان", "كانت") or rest in event_lexicon.planned_markers()
            or rest in event_lexicon.expected_markers() or (rest[0] in "يتن" and len(rest) >= 4)):
        return text[1:]
    return text


def _balanced(text: str) -> str:
    """Quote marks only when they pair: «"عين الأسد"» stays, a stray «"» goes."""
    pairs = (("«", "»"), ("“", "”"))
    for a, b in pairs:
        if text.count(a) != text.count(b):
            text = text.replace(a, "").replace(b, "")
    if text.count('"') % 2:
        text = text.replace('"', "")
    return " ".join(text.split())
