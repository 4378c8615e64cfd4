"""Where a phrase read too far is cut back: a body's name run on over what the body acted on
(«وربط البيت الأبيض القرار بـ…»), an unnamed source's description run on over the agency it told
(«بحسب ما أفاد مصدر في الوزارة وكالة السودان للأنباء»)."""
from __future__ import annotations

from desktop.core import arabic
from desktop.core.extract.analysis import Analysis

# What a body drafts, passes or signs («قانون العمل الجديد»، «مشروع الموازنة»، «اتفاقية الشراكة»،
# «خطة الطوارئ»): a text or a plan, which acts on no one's behalf and is never an actor. Left out: «نظام»
# («نظام الأسد» is a government), «لائحة» (an electoral list runs and speaks), «ميثاق» (a given name).
INSTRUMENTS = frozenset(arabic.normalize(w) for w in (
    "قانون", "قوانين", "مشروع", "مشاريع", "مسودة", "مقترح", "دستور", "اتفاق", "اتفاقية", "اتفاقيات", "معاهدة",
    "مذكرة", "بروتوكول", "خطة", "خطط", "استراتيجية", "مرسوم", "مراسيم", "قرار", "قرارات",
    "تعديل", "تعديلات", "موازنة", "ميزانية", "تشريع", "تشريعات", "مدونة", "حزمة", "وثيقة", "صفقة"))


def instrument_after_body(an: Analysis, title: list[int]) -> int | None:
    """«وربط البيت الأبيض القرار بـ…»: a definite text or plan («القرار»، «الاتفاق») right after a
    body's definite word is what the body acted on, not more of its name."""
    for n in range(2, len(title)):
        w = an.words[title[n]]
        if w.startswith("ال") and w[2:] in INSTRUMENTS and an.words[title[n - 1]].startswith("ال"):
            return n
    return None


def agency_at(an: Analysis, k: int) -> bool:
    """A news agency opens at token k: «وكالة» with «الأنباء/للأنباء» within three words, or the
    gazetteer's media entry."""
    m = an.gaz_at.get(k)
    if m is not None and any(e.kind == "actor" and e.type == "media" for e in m.entries):
        return True
    return an.words[k] == "وكاله" and any(w in ("للانباء", "الانباء", "انباء") for w in an.words[k + 1:k + 4])
