"""Callings and ranks written before a name («الدكتور»، «البروفيسور»، «المهندسة»، «السفير»،
«اللواء»), and the apposition they close: «أوضحت مفوضة المعرض، الباحثة اللبنانية في علم الموسيقى
الدكتورة ريم الأمين،» names the unnamed office before it. Read by `appositions`."""
from __future__ import annotations

from desktop.core.extract.actors import parse_phrase
from desktop.core.extract.analysis import Analysis, Phrase, has_phrase_break
from desktop.core.extract.word_forms import forms

CALLINGS = forms("الدكتور الدكتورة البروفيسور البروفسور البروفيسورة البروفسورة المهندس المهندسة "
                 "الأستاذ الأستاذة السيد السيدة الشيخ الشيخة السفير السفيرة اللواء العميد العقيد "
                 "الفريق القاضي مولانا المحامي المحامية "    # «دفاع المتهم الرئيسي، المحامي نبيل بوقرة،»
                 "الحاج الحاجة "    # «رئيس جمعية الصيادين …، الحاج مختار بوزيان،»
                 "المستشار المستشارة "    # «رئيس الهيئة، المستشار عبد الرحيم البقالي،»: a judge's
                 "اللاعب اللاعبة")    # «قائد ديكاداها، اللاعب أنور أحمد طيري،»: the captain a player


def called_holder_phrase(an: Analysis, nxt: Phrase, j: int, *, dashed: bool = False) -> Phrase:
    """The title read at `nxt` stopped before the comma («الباحثة اللبنانية» before «في علم
    الموسيقى»): when a calling and a name of two words or more close that part, the whole part,
    title to the calling, then the name; else `nxt` as it was. `dashed`: the part follows a title
    and a dash, and names the unit with a place before the calling («مدير منظومة الحساونة – سهل
    الجفارة المهندس فرج محمد الحاسي لـ…»: not the given name «سهل»)."""
    if nxt.kind != "person" or nxt.j >= j:
        return nxt
    end = next((x for x in range(nxt.j, j) if has_phrase_break(an.doc.gap(x))), j)
    if nxt.name:
        if not dashed or an.words[nxt.j] not in CALLINGS or has_phrase_break(an.doc.gap(nxt.j)):
            return nxt
        named = parse_phrase(an, nxt.j, end)
        if named is None or named.kind != "person" or named.title != [nxt.j] or named.name != (nxt.j + 1, named.j) \
                or named.name[1] - named.name[0] < 2:
            return nxt
        return Phrase(nxt.i, named.j, list(range(nxt.i, nxt.j + 1)), named.name, None, "person")
    if not nxt.title:
        return nxt
    for c in range(nxt.j, min(end - 2, nxt.j + 8)):
        if an.words[c] not in CALLINGS:
            continue
        named = parse_phrase(an, c, end)
        if named is not None and named.kind == "person" and named.title == [c] and named.name == (c + 1, end):
            return Phrase(nxt.i, end, list(range(nxt.i, c + 1)), named.name, None, "person")
    return nxt


def holder_called(an: Analysis, ph: Phrase, nxt: Phrase) -> bool:
    """Whether `nxt`, set off after the unnamed office `ph`, is what the holder is, a calling and her name."""
    return not ph.name and nxt.kind == "person" and nxt.title[-1] + 1 == nxt.name[0] \
        and an.words[nxt.title[-1]] in CALLINGS and not an.words[nxt.i].startswith("و")
