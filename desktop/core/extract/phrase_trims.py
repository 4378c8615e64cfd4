"""Where a phrase read too far is cut back: a body's name run on over what the body acted on
(«وربط البيت الأبيض القرار بـ…»), an unnamed source's description run on over the agency it told
(«بحسب ما أفاد مصدر في الوزارة وكالة السودان للأنباء»)."""
from __future__ import annotations

from desktop.core import arabic
from desktop.core.extract.analysis import Analysis, Phrase
from desktop.core.extract.relayers import news_agency

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
    """A news agency opens at token k: the gazetteer's media entry, or a «وكالة» of news
    (relayers.news_agency read on the next few words)."""
    m = an.gaz_at.get(k)
    media = next((e for e in m.entries if e.kind == "actor" and e.type == "media"), None) if m else None
    return news_agency(an, Phrase(k, min(len(an.words), k + 4), [], None, media, "organization"))


# A party's standing, never its name: «الحزب الديمقراطي الحاكم»، «حزب الشعب المعارض»
_STANDING = frozenset(arabic.normalize(w) for w in ("الحاكم", "المعارض", "الحاكمة", "المعارضة"))
_PARTIES = frozenset(arabic.normalize(w) for w in (
    "حزب", "الحزب", "ائتلاف", "الائتلاف", "تحالف", "التحالف", "جبهة", "الجبهة", "كتلة", "الكتلة"))


def party_standing(an: Analysis, title: list[int]) -> int | None:
    """«وقال الحزب الديمقراطي الحاكم في بيان»: the last word saying a party rules or opposes is
    where its name ends (the party's name is the one it is known by, in power or not)."""
    if len(title) >= 3 and an.words[title[0]] in _PARTIES and an.words[title[-1]] in _STANDING:
        return len(title) - 1
    return None
