"""Events: the happenings a sentence dates, each with a short title and a status.

A date in a sentence becomes an event when a trigger word for a happening
(announcement, agreement, attack, withdrawal, handover, meeting, election,
founding, deportation...) goes with it: first in the date's own clause (looking
back, then on), then in the clauses before it, then after it. Each distinct
date and trigger gives one event.

Quoted speech is someone's words, not the article's narrative: a date inside
a quotation makes an event only when the quotation itself tells a dated
happening in the same clause, by a noun or a past or future verb («… والذي
هُزم … خلال المدة 2014–2017»، «ستبدأ التدريب … في أيلول المقبل»), not by a
present tense («نستهدف مضاعفتها بحلول 2030») or a verb of beginning alone;
and a trigger inside a quotation never dates the sentence that reports it.
The occasion of a statement («في مؤتمر صحفي»), a denied happening («لم
تعلن»), a word of a body's name («قيادة العمليات») are no happening, «وقف
إطلاق النار» is no attack, and a date in a quoted name («لـ"بغداد اليوم"»)
is no date.

The status comes from tense and modality: «أعلن», and a happening «أعلن … أن»
tells of -> announced; «من المقرر»، «المزمع» -> planned; «من المتوقع»، «من
المنتظر» -> expected; a future verb («سـ»، «سوف»),
«بحلول» or a date after publication -> planned (expected when the date is
vague); else occurred.

The lead (the first sentence of the body that reads as one: long enough, ended
by a full stop, not opening with «و») always gives its event, unless all it
does is report someone's words (a quote, proposed as such): undated, it is
dated by the publication, approximately. Titles: `event_titles`; the reading
of each sentence: `event_reader`.
"""
from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from types import MappingProxyType

from desktop.core import arabic
from desktop.core.extract import event_lexicon, lexicon
from desktop.core.extract.dates import DateMention

_TRIGGERS = MappingProxyType({
    "announcement": "أعلن إعلان يعلن تعلن",
    "agreement": "اتفاق اتفق توقيع وقع يوقع مذكرة معاهدة هدنة تفاهم",
    "attack": "هجوم هجمات هاجم قصف غارة غارات استهداف استهدف ضربة ضربات انفجار تفجير اشتباك اشتبك "
              "معارك معركة اقتحام اقتحم اغتيال اغتال كمين إطلاق أطلق قتل مقتل اختطاف خطف إسقاط أسقط "
              "شن شنت يشن استشهد استشهاد اندلع اندلعت اندلاع",
    "withdrawal": "انسحاب انسحب سحب مغادرة غادر إنهاء أنهى انتهاء انتهت انتهى",
    "handover": "تسليم تسلم سلم يتسلم تتسلم استلام استلم",
    "meeting": "اجتماع اجتمع لقاء التقى قمة مؤتمر محادثات مفاوضات زيارة زار يزور تزور استقبل استضاف استضافة "
               "جلسة جلسات استقبال جولة تفقد يتفقد تفقدية منتدى ملتقى اختتام يستضيف تستضيف",
    # not «وصل» («وصل معظمهم» describes more often than it reports) nor «دخل» («ذوي الدخل المحدود»)
    "travel": "يصل تصل يتوجه تتوجه توجه دخول دخلت يدخل تدخل",
    "election": "انتخابات انتخاب اقتراع استفتاء",
    "founding": "أنشئ أنشئت إنشاء تأسيس تأسس تأسست تشكيل تشكل أسس افتتاح افتتح دشن تدشين",
    "arrest": "اعتقال اعتقل توقيف أوقف احتجاز احتجز قبض ضبط ضبطت",
    "military": "سيطرة سيطر تحرير حرر هزم هزيمة انتشار نشر عملية عمليات تدريب مناورات",
    # «عطاء» only after «طرح» (event_reader): alone it is also a name («عطاء الله»)
    "decision": "قرار قرر أقر مرسوم تعيين عين استقالة استقال وافق موافقة صادق مصادقة أصدر إصدار "
                "مناقصة مناقصات",
    "plan": "تكتمل اكتمال اكتمل تمتد امتد تستمر استمر استمرار تبدأ بدأ بدء انطلاق انطلق "
            "استئناف استأنف استؤنف",   # «استؤنفت الدراسة»: resumed, as begun again
    # «وقفات احتجاجية»: the stand-in a protest is held as; «إضراب»: a strike
    "protest": "احتجاج احتجاجات تظاهرة تظاهرات مظاهرات اعتصام وقفة وقفات إضراب إضرابات",
    "deportation": "ترحيل رحلت يرحل طرد إبعاد",   # not «رحل»: «رحلات» are trips
    "closure": "إغلاق أغلق أغلقت يغلق تغلق",
    "disaster": "حريق حرائق الحرائق فيضان فيضانات زلزال",
})

# «سيارة»، «سياسي»، «سنوات»، «سنوياً»: nouns shaped like a future verb (written as in text, normalised once)
_NOT_FUTURE = ("سياس", "سيار", "سيطر", "سياد", "سيناء", "سنوات", "سيول", "سيد", "ستين", "سنه", "سنوي", "سيناري",
               "سينما", "ستمائ", "سنغافور",
               "سنتين", "سنتان")   # «سنتين»: two years


@functools.cache
def _trigger_table() -> dict[str, str]:
    table = {}
    for category, words in _TRIGGERS.items():
        for w in words.split():
            table.setdefault(arabic.normalize(w), category)
    return table


@functools.cache
def _not_future() -> tuple[str, ...]:
    return tuple(arabic.normalize(w) for w in _NOT_FUTURE)


def is_trigger_word(word: str) -> bool:
    """Whether the normalised word, as written, names a happening («مقتل»، «هجوم»، «اتفاق»)."""
    return word in _trigger_table()


def _bare_forms(word: str, imperfect: bool = True, conjunction: bool = True) -> list[str]:
    forms = [word]
    if conjunction and len(word) > 3 and word[0] in "وف":
        forms.append(word[1:])
    for f in list(forms):
        if f.startswith("ال") and len(f) > 4:
            forms.append(f[2:])
        elif f.startswith(("بال", "لل", "كال")) and len(f) > 5:
            forms.append(f[3:] if not f.startswith("لل") else f[2:])
        elif f[:1] in "بل" and len(f) > 4:
            forms.append(f[1:])
        if f.startswith("س") and (len(f) > 4 or (len(f) == 4 and f[1] in "يتن")):
            forms.append(f[1:])         # «سيتسلم»، «ستصل»
    for f in list(forms) if imperfect else []:
        if f[:1] in "يتن" and len(f) >= 4:
            forms.append("ا" + f[1:])        # «يستقبل» -> «استقبل»، «يلتقي» -> «التقي»
            forms.append(f[1:])              # «يوقع» -> «وقع»
    for f in list(forms):
        if f.endswith("ا") and len(f) > 4:
            forms.append(f[:-1])             # the accusative: «اجتماعاً»
        for suffix in ("تها", "تهم", "ته"):
            if f.endswith(suffix) and len(f) - len(suffix) >= 3:
                forms.append(f[: -len(suffix)] + "ه")     # «عمليتها» -> «عملية»
        for suffix in ("ها", "هم", "ه", "ات", "ت"):
            if f.endswith(suffix) and len(f) - len(suffix) >= 3:
                forms.append(f[: -len(suffix)])
    return forms


def has_form(word: str, form: str) -> bool:
    """Whether the normalised word is `form` with its clitics and inflections off («ستطرح» is «طرح»)."""
    return form in _bare_forms(word)


@functools.lru_cache(maxsize=65536)
def trigger_category(word: str) -> str | None:
    """The category of happening a normalised word names, or None. An office or a body
    («وزارة»، «وزير») names none, whatever its letters look like without «و» («زار»)."""
    if any(f in lexicon.org_heads() or f in lexicon.title_heads() for f in (word, word[1:] if word[:1] in "وف" else word)):
        return None
    table = _trigger_table()
    return next((table[f] for f in _bare_forms(word) if f in table), None)


def radical_waw_trigger(word: str) -> bool:
    """«وقّعت»، «وافق»: a trigger as written, its first «و» a letter of the word, not «and»."""
    table = _trigger_table()
    return word[:1] == "و" and any(f in table for f in _bare_forms(word, conjunction=False))


def present_tense_only(word: str) -> bool:
    """«نستهدف»، «تبدأ»: a trigger only as a verb in the present (not future) tense; in
    someone's words that is a habit, an aim or a description, not a dated happening."""
    if is_future_verb(word):
        return False
    table = _trigger_table()
    return not any(f in table for f in _bare_forms(word, imperfect=False)) or (
        word.lstrip("وف")[:1] in "يتن" and word.lstrip("وف") in table and table[word.lstrip("وف")] == "plan")


def is_future_verb(word: str) -> bool:
    """«سيتسلم»، «ستجرى»، «سوف»: a verb in the future tense (not «سيارة» or «سنوات»)."""
    bare = word[1:] if len(word) > 4 and word[0] in "وف" else word
    if bare == "سوف":
        return True
    if len(bare) == 4 and bare[0] == "س" and bare[1] in "يتن":
        return bare[1:] in _trigger_table()      # «ستصل»، «سيصل»: short, so only a known verb
    return (len(bare) >= 5 and bare[0] == "س" and bare[1] in "يتن" and not bare.startswith(_not_future())
            and not bare.endswith(("ه", "ات")))


def is_planned_marker(word: str) -> bool:
    """«من المقرر»، «المزمع»، «يعتزم»: what follows is scheduled."""
    return any(f in event_lexicon.planned_markers() for f in (word, word[1:] if word[:1] == "و" else word))


def is_expected_marker(word: str) -> bool:
    """«من المتوقع»، «يرجح»: what follows is forecast."""
    return any(f in event_lexicon.expected_markers() for f in (word, word[1:] if word[:1] == "و" else word))


@dataclass
class EventFinding:
    start: int
    end: int
    title: str
    date: DateMention
    status: str
    category: str
    trigger: str
    actors: list[str] = field(default_factory=list)
    place: str | None = None


@dataclass(frozen=True)
class Modality:
    """What the clause around a trigger says of its time: scheduled, forecast, future, deadline."""
    planned: bool = False
    expected: bool = False
    future: bool = False
    deadline: bool = False      # «بحلول سبتمبر»
    announced: bool = False     # told as announced: «أعلن … أن …»
    contingent: bool = False    # set to follow another happening: «بعد انسحاب …»


def status_of(date: DateMention, category: str, published: dt.date | None, mood: Modality = Modality()) -> str:
    """occurred, announced, planned or expected (the registry's event statuses)."""
    pub = published.isoformat()[:len(date.date)] if published is not None else None
    after_publication = pub is not None and date.date > pub
    not_past = pub is None or date.date >= pub
    if category == "announcement" and not after_publication and not (mood.planned or mood.expected):
        return "announced"
    if mood.announced and not after_publication and not (mood.planned or mood.expected or mood.future):
        return "announced"
    if mood.expected and not_past:
        return "expected"
    if mood.planned and not_past:
        return "planned"
    if mood.future and not_past:
        # «ستعقد اللجنة اجتماعاً خلال أيام»: a future verb says what someone will do, a plan
        # however vague its date; a forecast is told by its marker («من المتوقع»، «يرجح»). Vague
        # and waiting on another happening («ستتسلم القاعدة بعد انسحاب …»), or vague in what a
        # state announces of itself («أعلن العراق أن جيشه سيتسلم … خلال الأيام المقبلة»), it is
        # expected: the seed's worked example
        vague_hope = date.approximate and (mood.contingent or mood.announced)
        return "expected" if vague_hope else "planned"
    if mood.deadline and not_past:
        return "expected" if date.approximate else "planned"
    if after_publication:
        return "expected" if date.approximate else "planned"
    return "occurred"
