"""Events: sentences that report a dated happening, with date, place and actors.

A sentence becomes an event when it carries a date (absolute or relative to
publication) and a trigger word for a happening (announcement, agreement,
attack, withdrawal, handover, meeting, election, founding...). Each distinct
date in the sentence gives one event; a vague future («خلال الأيام المقبلة»)
gives an `expected` event with an approximate date.
"""
from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from types import MappingProxyType

from desktop.core import arabic
from desktop.core.extract.dates import DateMention

_TRIGGERS = MappingProxyType({
    "announcement": "أعلن إعلان يعلن تعلن",
    "agreement": "اتفاق اتفق توقيع وقع توقع يوقع مذكرة معاهدة هدنة تفاهم",
    "attack": "هجوم هاجم قصف غارة غارات استهداف استهدف ضربة ضربات انفجار تفجير اشتباك اشتبك "
              "معارك معركة اقتحام اقتحم اغتيال اغتال كمين إطلاق أطلق قتل مقتل اختطاف خطف إسقاط أسقط",
    "withdrawal": "انسحاب انسحب سحب مغادرة غادر إنهاء أنهى انتهاء انتهت انتهى",
    "handover": "تسليم تسلم سلم يتسلم تتسلم استلام استلم",
    "meeting": "اجتماع اجتمع لقاء التقى قمة مؤتمر محادثات مفاوضات زيارة زار استقبل",
    "election": "انتخابات انتخاب اقتراع استفتاء",
    "founding": "أنشئ أنشئت إنشاء تأسيس تأسس تأسست تشكيل تشكل أسس",
    "arrest": "اعتقال اعتقل توقيف أوقف احتجاز احتجز",
    "military": "سيطرة سيطر تحرير حرر هزم هزيمة انتشار نشر عملية عمليات تدريب مناورات",
    "decision": "قرار قرر أقر مرسوم تعيين عين استقالة استقال",
    "plan": "تكتمل اكتمال اكتمل تمتد امتد تستمر استمر استمرار تبدأ بدأ بدء انطلاق انطلق",
    "protest": "احتجاج احتجاجات تظاهرة تظاهرات مظاهرات اعتصام",
})


@functools.cache
def _trigger_table() -> dict[str, str]:
    table = {}
    for category, words in _TRIGGERS.items():
        for w in words.split():
            table.setdefault(arabic.normalize(w), category)
    return table


def _bare_forms(word: str) -> list[str]:
    forms = [word]
    if len(word) > 3 and word[0] in "وف":
        forms.append(word[1:])
    for f in list(forms):
        if f.startswith("ال") and len(f) > 4:
            forms.append(f[2:])
        elif f.startswith(("بال", "لل", "كال")) and len(f) > 5:
            forms.append(f[3:] if not f.startswith("لل") else f[2:])
        elif f[:1] in "بل" and len(f) > 4:
            forms.append(f[1:])
        if f.startswith("س") and len(f) > 4:
            forms.append(f[1:])
    for f in list(forms):
        for suffix in ("ها", "هم", "ه", "ات", "ت"):
            if f.endswith(suffix) and len(f) - len(suffix) >= 3:
                forms.append(f[: -len(suffix)])
    return forms


def trigger_of(words: list[str]) -> tuple[str, str] | None:
    """(category, word) of the first trigger among normalised words."""
    table = _trigger_table()
    for w in words:
        for f in _bare_forms(w):
            if f in table:
                return table[f], w
    return None


def is_future(words: list[str]) -> bool:
    for w in words:
        bare = w[1:] if len(w) > 4 and w[0] in "وف" else w
        if bare == "سوف" or (len(bare) >= 5 and bare[0] == "س" and bare[1] in "يتن"):
            return True
    return False


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


def status_of(date: DateMention, future: bool, category: str, published: dt.date | None) -> str:
    if category == "announcement" and not date.approximate and (
            published is None or date.date <= published.isoformat()[:len(date.date)]):
        return "announced"
    if date.approximate and future:
        return "expected"
    if published is not None and date.date > published.isoformat()[:len(date.date)]:
        return "expected" if date.approximate else "planned"
    if future:
        return "planned"
    if category == "announcement":
        return "announced"
    return "occurred"


def title_of(text: str, limit: int = 200) -> str:
    text = " ".join(text.split()).strip(" .،,؛:\"«»“”")
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > 40 else limit].rstrip("،, ") + "…"
