"""Bodies referred back to by a shorter name, read by `book.ActorBook`: «الوزارة» as the ministry of
the minister named before, «الشركة» as the company named before by its brand, «البنك المركزي» with
the nisba adjectives its fullest earlier form adds."""
from __future__ import annotations

from desktop.core import arabic
from desktop.core.extract import lexicon
from desktop.core.extract.analysis import Analysis, Phrase, has_phrase_break, in_lex
from desktop.core.extract.titles import nisba_adjective

_ACTING = arabic.normalize("بالوكالة")
# «الشركة»: the head by which a company named by its brand alone is referred back to.
_COMPANY = frozenset({arabic.normalize("الشركة")})


def ministry_of_minister(an: Analysis, titles: list[tuple[int, str, str]], ph: Phrase, after: int = -1) -> str:
    """«وأعلنت الوزارة» after «أحمد البواري، وزير الفلاحة والصيد البحري …» with no ministry named
    before it: the ministry of the latest minister named with a title («وزارة الفلاحة والصيد
    البحري …»), without his nationality («وزير الخارجية الكويتي»: «وزارة الخارجية»); "" for
    any other body, or when no minister was named (after offset `after`, when given: «وذكرت الوزارة»
    after «وزير الموارد المائية» spoke is his ministry, though «وزارة الزراعة» was written before him)."""
    if arabic.normalize(an.words[ph.title[0]]).lstrip("وف") not in (arabic.normalize("الوزارة"),):
        return ""
    at = an.doc.tokens[ph.i].start
    for pos, _, title in sorted(titles, reverse=True):
        if pos < after:
            return ""
        if pos >= at or len(title.split()) < 2:
            continue      # «وأوضح الوزير»: a bare title refers back to the one named before
        for part in title.split("،"):
            written = part.split()
            if not written or arabic.normalize(written[0]) not in (arabic.normalize("وزير"), arabic.normalize("وزيرة")):
                continue
            rest = []
            for w in written[1:]:
                norm = arabic.normalize(w)
                if norm[:1] == "و" and norm[1:] in lexicon.title_heads():
                    break       # «… ووزير الدولة لشؤون الإسكان»: a second office
                if rest and norm.startswith("ال") and norm in lexicon.title_heads():
                    break       # «وزير الزراعة الدكتور»: his title of address, not the ministry's
                rest.append(w)
            if rest and (nationality(an, arabic.normalize(rest[-1])) or arabic.normalize(rest[-1]) == _ACTING):
                rest = rest[:-1]      # («وزير الثروات الطبيعية بالوكالة»: an acting minister's ministry)
            if not rest or not arabic.normalize(rest[0]).startswith("ال") \
                    or arabic.normalize(rest[0]) in (arabic.normalize("الدولة"), arabic.normalize("القطاع")):
                continue
            between = an.doc.body[after:pos] if after >= 0 else "."
            if "." not in between and "\n" not in between and ("عنها" in between or "باسمها" in between):
                return ""       # («رحّبت وزارة الخزانة …، ونقل بيان صادر عنها عن وزير المالية»: its own minister)
            return " ".join(["وزارة", *rest])
        return ""     # the latest titled person is no minister: which body is meant is not known
    return ""


def nationality(an: Analysis, word: str) -> bool:
    """«الكويتي»، «المصري»: a definite nisba of a place the gazetteer knows."""
    if not (word.startswith("ال") and word.endswith("ي") and len(word) > 5):
        return False
    stem = word[2:-1]
    return any(e for name in (stem, "ال" + stem) for e in an.gaz.lookup(name))


def brand_before(an: Analysis, bodies: list[tuple[str, str, int]], ph: Phrase) -> str | None:
    """The id of the body of `bodies` ((id, name, offset), proposed from the article's words) that
    a bare «الشركة» at `ph` refers back to. «وقالت الشركة» after «أعلنت أرامكو السعودية …» with no «شركة …» written before: a bare
    «الشركة» is the latest body the article proposed before it by a name of its own, with no
    body's head in it (a company goes by its brand; a ministry, a union, an agency never go
    without their head word, and neither the gazetteer's bodies nor an outlet are companies)."""
    words = [an.words[k] for k in ph.title]
    if len(words) != 1 or (words[0] not in _COMPANY and words[0][1:] not in _COMPANY):
        return None
    at = an.doc.tokens[ph.i].start
    found: tuple[str, str, int] | None = None
    for body in bodies:
        _, name, pos = body
        if pos >= at:
            continue
        norm = arabic.words(arabic.normalize(name))
        if any(in_lex(w, lexicon.org_heads(), clitics=True) or in_lex(w, lexicon.title_heads(), clitics=True)
               or w in lexicon.media_nouns() for w in norm):
            continue      # «صحيفة "هآرتس"»: an outlet is no company the article goes on about
        if found is None or pos > found[2]:
            found = body
    return found[0] if found is not None else None


_CENTRAL_BANK = (arabic.normalize("البنك"), arabic.normalize("المركزي"))
_BANK_HEADS = frozenset(arabic.normalize(w) for w in ("بنك", "مصرف", "لبنك", "لمصرف", "وبنك", "ومصرف"))


def central_bank_named(an: Analysis, ph: Phrase) -> str | None:
    """«وأضاف البنك المركزي» after «وأوضح بنك المغرب»: a bare «البنك المركزي» is the one bank the
    article named before by a country («بنك المغرب»، «مصرف لبنان»), as written there; None when it
    named none, or two."""
    words = tuple(an.words[k] for k in ph.title)
    if len(words) != 2 or (words[0] != _CENTRAL_BANK[0] and words[0][1:] != _CENTRAL_BANK[0]) or words[1] != _CENTRAL_BANK[1]:
        return None
    named = set()
    for x in range(ph.i - 1):
        place = an.gaz_at.get(x + 1)
        if an.words[x] in _BANK_HEADS and place is not None and place.of_kind("place") is not None \
                and not has_phrase_break(an.doc.gap(x + 1)):
            named.add(an.doc.text(x, place.j).removeprefix("ل").removeprefix("و"))
    return named.pop() if len(named) == 1 else None


# Adjectives of an office or a body that are no nisba: «المبعوث الخاص»، «المندوب الدائم».
_OFFICE_ADJECTIVES = frozenset(arabic.normalize(w) for w in (
    "الخاص", "الخاصة", "الدائم", "الدائمة", "المؤقت", "المؤقتة", "المستقل", "المستقلة", "الأعلى", "العليا"))

# «المبعوث الخاص إلى اليمن»، «السفير لدى لبنان»: the country an office or a mission is for.
_TOWARDS = frozenset(arabic.normalize(w) for w in ("إلى", "لدى"))


def fullest_form(an: Analysis, ph: Phrase) -> str:
    """«وقال البنك المركزي» after «لجنة السياسة النقدية بالبنك المركزي المصري»، «أوضح مكتب المبعوث
    الأممي» after «مكتب المبعوث الأممي الخاص إلى اليمن»: a body named by a shorter form takes the
    adjectives («المصري»، «الوطنية»، «الخاص») and the country after «إلى/لدى» its fullest earlier
    form adds, as written there; "" when none does, or when two earlier forms add different ones
    («البنك المركزي الأوروبي» and «البنك المركزي المصري»)."""
    words = an.words
    want = [words[k] for k in ph.title]
    if not want or any(has_phrase_break(an.doc.gap(k)) for k in ph.title[1:]):
        return ""
    first, n = want[0], len(want)
    bare = first[2:] if first.startswith("ال") else ""
    found: dict[tuple[str, ...], str] = {}
    for x in range(ph.i - 1, -1, -1):
        w = words[x]
        if not (w == first or (len(w) > len(first) and w[1:] == first and w[0] in "وفب")
                or (bare and w in ("لل" + bare, "ولل" + bare))):
            continue
        if words[x + 1:x + n] != want[1:] or any(has_phrase_break(an.doc.gap(y)) for y in range(x + 1, x + n)):
            continue
        end = x + n
        while end < ph.i and not has_phrase_break(an.doc.gap(end)):
            if nisba_adjective(an, end) or words[end] in _OFFICE_ADJECTIVES:
                end += 1
                continue
            place = an.gaz_at.get(end + 1)
            if words[end] in _TOWARDS and place is not None and place.of_kind("place") is not None \
                    and not has_phrase_break(an.doc.gap(end + 1)):
                end = place.j     # «مكتب المبعوث الأممي الخاص إلى اليمن»: the country it is for
            elif _owner_body(an, end, ph.i):
                end += 2          # «المركز الإعلامي لنادي الهلال»: the body it belongs to
            elif words[end].startswith("لل") and end in an.gaz_at and an.gaz_at[end].j <= ph.i:
                end = an.gaz_at[end].j      # «منظمة الأغذية والزراعة للأمم المتحدة»: the body it is of
            elif first in _MINISTRIES and (brief := _conjoined_brief_end(an, end, ph.i)) > end:
                end = brief     # «وزارة التموين والتجارة الداخلية»
                continue
            else:
                end = _within(an, end, ph.i)     # «وزارة الثروات الطبيعية في حكومة إقليم كردستان»
            brand = _company(an, end, ph.i)
            seat = _seat(an, brand, ph.i)
            end = seat if seat > brand else _seat(an, end, ph.i)     # «مديرية التوزيع لسونلغاز بغرداية»
            break
        if end > x + n:
            found[tuple(words[x + n:end])] = an.doc.text(x + n, end)
    longest = max(found, key=len, default=())
    # one fullest form: every other is a part of it
    if any(other != longest[:len(other)] for other in found):
        return ""
    return found.get(longest, "")


_MINISTRIES = frozenset(arabic.normalize(w) for w in ("وزارة", "الوزارة"))


def _conjoined_brief_end(an: Analysis, k: int, before: int) -> int:
    """«والتجارة الداخلية» after «وزارة التموين»: a definite word in «و», its definite words, then a
    break, a verb or a time word (no second subject goes on: «وزارة الصحة والمنظمات الدولية إلى»):
    a ministry's second brief, where it ends; k when there is none."""
    words = an.words
    if not words[k].startswith("وال") or len(words[k]) < 5 or has_phrase_break(an.doc.gap(k)):
        return k
    end = k + 1
    while end < before and end - k <= 2 and not has_phrase_break(an.doc.gap(end)) and an.words[end].startswith("ال") \
            and not an.is_time(end):
        end += 1
    closed = end >= len(words) or has_phrase_break(an.doc.gap(end)) or an.is_verb(end) or an.is_time(end)
    return end if closed else k


def _owner_body(an: Analysis, k: int, before: int) -> bool:
    """«لنادي الهلال»، «لوزارة الصحة»: «لـ» on an indefinite body's head and the definite word or
    known name that completes it, before token `before`: the body a unit belongs to."""
    w = an.words[k]
    return (k + 2 <= before and w[:1] == "ل" and not w.startswith("لل") and w[1:] in lexicon.org_heads()
            and not has_phrase_break(an.doc.gap(k + 1))
            and (an.words[k + 1].startswith("ال") or (k + 1) in an.gaz_at))


def _within(an: Analysis, k: int, before: int) -> int:
    """«في حكومة إقليم كردستان»، «في ولاية الخرطوم»: «في» at k, a body's head or a place noun, and
    at most three more words of its name (no «و/بـ/لـ», no verb) ending on a place the gazetteer
    knows or a definite word: where the body sits, part of its fullest name; k when it is not so."""
    words = an.words
    if words[k] != "في" or k + 1 >= before or has_phrase_break(an.doc.gap(k + 1)) \
            or not (words[k + 1] in lexicon.org_heads() or words[k + 1] in lexicon.place_nouns()):
        return k
    x, last = k + 1, k + 1
    while x < before and x - k <= 4 and (x == k + 1 or (not has_phrase_break(an.doc.gap(x)) and words[x].isalpha()
                                                        and words[x][:1] not in "وبل" and not an.is_verb(x)
                                                        and words[x] not in lexicon.title_heads())):     # («… في منطقة جازان الدكتور خالد»)
        place = an.gaz_at.get(x)
        x = place.j if place is not None and place.j <= before else x + 1
        if place is not None or words[x - 1].startswith("ال"):
            last = x
    return last if last > k + 2 else k


def _company(an: Analysis, k: int, before: int) -> int:
    """«لسونلغاز»: «لـ» on one word no lexicon knows (a company's brand) right after a unit's name;
    past it, or k."""
    w = an.words[k] if k < before else ""
    if len(w) < 5 or w[0] != "ل" or w.startswith("لل") or not w.isalpha() or has_phrase_break(an.doc.gap(k)) \
            or w[1:] in lexicon.org_heads() or w[1:] in lexicon.title_heads() or w[1:] in lexicon.stop_words() \
            or an.is_time(k) or an.is_common_word(k) or an.is_verb(k):
        return k
    return k + 1


def _seat(an: Analysis, k: int, before: int) -> int:
    """«بغرداية»: «بـ» on a place the gazetteer knows right after a body's name, where it sits; past it, or k."""
    place = an.gaz_at.get(k) if k < before else None
    if place is None or not an.words[k].startswith("ب") or place.of_kind("place") is None or place.j > before \
            or has_phrase_break(an.doc.gap(k)):
        return k
    return place.j


def body_of_short_form(an: Analysis, word: str) -> str | None:
    """«وأضافت اسنيم» after «الشركة الوطنية للصناعة والمناجم (اسنيم)»: one word the article wrote in
    brackets right after a body's full name stands for that body; «وأوضح المركزي» after «البنك
    المركزي الروسي»: the central bank's adjective alone, the one bank named so; its name as written, or None."""
    from desktop.core.extract.actors import parse_phrase     # (actors imports this module's callers)
    if word == _CENTRAL_BANK[1]:
        named = {an.doc.text(x, parse_phrase(an, x, min(len(an.words), x + 4)).j) for x in range(len(an.words) - 1)
                 if an.words[x] in (_CENTRAL_BANK[0], "المصرف") and an.words[x + 1] == word and not has_phrase_break(an.doc.gap(x + 1))}
        fullest = max(named, key=len, default=None)     # («مجلس إدارة البنك المركزي» after «البنك المركزي الروسي»: the same bank)
        return fullest if fullest and all(fullest.startswith(n) for n in named) else None
    for k in range(1, len(an.words) - 1):
        if an.words[k] != word or "(" not in an.doc.gap(k) or ")" not in an.doc.gap(k + 1):
            continue
        for x in range(max(0, k - 8), k):
            if not in_lex(an.words[x], lexicon.org_heads(), clitics=True):
                continue
            ph = parse_phrase(an, x, k)
            if ph is not None and ph.kind == "organization" and ph.j == k and not ph.name and len(ph.title) >= 2:
                return an.doc.text(x, k)
    return None
