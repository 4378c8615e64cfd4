"""What a bare body word or a short description refers back to: «الوزارة» after «وزارة الدفاع
التركية»، «المصدر الطبي» after «مصدر طبي»، «إدارة المهرجان» after «إدارة مهرجان القاهرة السينمائي
الدولي»: the fuller mention written earlier, read again as a phrase. Used by `book.ActorBook`."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from desktop.core import arabic
from desktop.core.extract import lexicon, name_lexicon
from desktop.core.extract.actors import parse_phrase
from desktop.core.extract.analysis import QUOTE_MARKS, Analysis, Phrase, has_phrase_break, in_lex, strip_conj
from desktop.core.extract.appositions import name_before_apposition
from desktop.core.extract.dashed_units import dashed_unit_after
from desktop.core.extract.gaps import inside_quotation
from desktop.core.extract.title_asides import ADDRESS_TITLES

# One body named two ways: the Algerian «الاتحادية» is the «الاتحاد» (the federation)
_SAME_BODY = {arabic.normalize("الاتحادية"): arabic.normalize("الاتحاد"),
              arabic.normalize("الشركة"): arabic.normalize("المجموعة")}     # «وقالت الشركة» after «أعلنت مجموعة بوش الألمانية»


# An office held for now, after the body its holder heads
_ACTING = frozenset(arabic.normalize(w) for w in ("المكلف", "المكلفة"))
# Ranks of the holder run into a body («المجلس العسكري الجنرال» of «رئيس المجلس العسكري الجنرال مين أونغ هلاينغ»)
_RANKS = frozenset(arabic.normalize(w) for w in ("الجنرال", "المشير", "الأدميرال", "الكولونيل"))


def antecedent(an: Analysis, ph: Phrase) -> Phrase | None:
    """«الوزارة»، «المصدر»، «الوزير»: the fuller indefinite mention written earlier
    («وزارة الدفاع التركية»، «مصدر حكومي يمني»)."""
    if len(ph.title) == 2:
        earlier = _construct_before(an, ph) or _un_body_before(an, ph) or _quoted_body_with_adjective(an, ph) \
            or _body_named_with_place(an, ph) or _managed_body(an, ph)
        if earlier is not None:
            return earlier
    if len(ph.title) != 1:
        return _described_before(an, ph) or _office_written_longer(an, ph) or _body_written_with_place(an, ph)
    written = an.words[ph.title[0]]
    if written.startswith("لل") and len(written) > 4:
        written = "ال" + written[2:]      # «بيان للنيابة» after «نيابة الجمهورية لدى محكمة …»
    # «الاتحادية» after «الاتحاد الجزائري لكرة القدم», and after «الاتحادية الموريتانية لكرة القدم»
    for head in dict.fromkeys((written, _SAME_BODY.get(written, written))):
        earlier = _fuller_mention(an, ph, head)
        if earlier is not None:
            return _subject_before_source(an, ph, head, earlier) or earlier
    return _listed_body_with_head(an, ph, written)


def _listed_body_with_head(an: Analysis, ph: Phrase, head: str) -> Phrase | None:
    """«وأضافت المنظمة» after «قالت "أطباء بلا حدود"»: the latest body before `ph` the gazetteer
    lists under a name that opens on the head («منظمة أطباء بلا حدود»), though the article wrote
    it without; its mention, or None."""
    if not head.startswith("ال") or len(head) < 5:
        return None
    for start in sorted((x for x in an.gaz_at if x < ph.i), reverse=True):
        mention = an.gaz_at[start]
        entry = mention.of_kind("actor")
        if entry is not None and arabic.normalize(entry.name) == head[2:] + " " + " ".join(an.words[mention.i:mention.j]):
            return Phrase(mention.i, mention.j, list(range(mention.i, mention.j)), None, entry, "organization")
    return None


def _managed_body(an: Analysis, ph: Phrase) -> Phrase | None:
    """«وقالت إدارة المنطقة» after «المنطقة الحرة مصراتة»: a body's management speaks for the body the article named before."""
    head = an.words[ph.title[1]]
    if ph.kind != "organization" or an.words[ph.title[0]] != "اداره" or not head.startswith("ال") or not (
            head[2:] in lexicon.org_heads() or head[2:] in lexicon.place_nouns() or head[2:] in lexicon.premises_nouns()):
        return None       # («إدارة الرجاء»: a club's, no body's head)
    earlier = _fuller_mention(an, replace(ph, title=ph.title[1:]), head)
    # (not «مصنع للأسلاك الكهربائية …»: a body described, not named, has a management of its own)
    described = earlier is not None and earlier.i + 1 < len(an.words) and an.words[earlier.i + 1].startswith("ل")
    return None if described else earlier


def body_by_head_word(an: Analysis, ph: Phrase) -> tuple[int, Phrase] | None:
    """«وأكد البرنامج، في بيان» after «برنامج الأمم المتحدة الإنمائي»: a body's head written with «ال»,
    read as a one-word name (no list calls «البرنامج» a body: a plan or a schedule as often), is
    the body the article named with that head before; (where it starts, the body), or None."""
    w = an.words[ph.i]
    if ph.kind != "person" or ph.title or ph.name != (ph.i, ph.i + 1) or not w.startswith("ال") \
            or (w[2:] not in lexicon.org_heads() and w not in _ADJECTIVE_HEADS):
        return None
    earlier = _mention_before(an, replace(ph, kind="organization"), w, quoted=False)
    return (earlier.i, earlier) if earlier is not None and earlier.kind == "organization" else None


# Heads that are adjectives as often («البحرية»: maritime; the navy): a body only when the article named it so before
_ADJECTIVE_HEADS = frozenset(arabic.normalize(w) for w in ("البحرية", "الجوية", "الشرطة"))


def _subject_before_source(an: Analysis, ph: Phrase, head: str, earlier: Phrase) -> Phrase | None:
    """«بدأت وزارة المالية والاقتصاد في حكومة إقليم كوردستان توزيع الرواتب، بعد وصول التمويل من
    وزارة المالية الاتحادية … وقالت الوزارة»: the latest mention, after «من», is where something came
    from; the body the same sentence opened with, before it, is the one referred back to."""
    # («أيدت محكمة التمييز … حكم محكمة الاستئناف … وقالت المحكمة»: nor the court whose ruling was upheld,
    # nor the body something was sent to: «وافق مجلس الشورى على رفع … إلى مجلس الوزراء … وأوضح المجلس»)
    if earlier.i < 1 or not (an.words[earlier.i - 1] in ("من", "الي") or (
            an.words[earlier.i - 1] in _RULINGS and not has_phrase_break(an.doc.gap(earlier.i)))):
        return None
    before = _fuller_mention(an, replace(ph, i=earlier.i), head)
    if before is None or any("." in an.doc.gap(x) or "\n" in an.doc.gap(x) for x in range(before.i + 1, earlier.i + 1)):
        return None
    return before


def _fuller_mention(an: Analysis, ph: Phrase, head: str) -> Phrase | None:
    """The latest mention before `ph` of the body whose definite head is `head`, read with its name:
    in the report's own words first, in someone's quoted words when it names it nowhere else."""
    return _mention_before(an, ph, head, quoted=False) or _mention_before(an, ph, head, quoted=True)


def _mention_before(an: Analysis, ph: Phrase, head: str, *, quoted: bool) -> Phrase | None:
    if not head.startswith("ال") or len(head) < 5:
        return None
    bare = head[2:]
    for k in range(ph.i - 1, -1, -1):
        w = an.words[k]
        # «وزارة الدفاع»، «بوزارة الدفاع», and a fuller definite mention: «للإدارة العامة للجمارك»
        if bare in strip_conj(w) or (w[:1] in "بل" and w[1:] == bare) or head in strip_conj(w) \
                or w == "لل" + bare:
            # («وأضافت الشرطة» after «قيادة الشرطة في إقليم بنادر»: in construct with a body's head, too)
            held = bare in _SERVICES and (w == "لل" + bare or (w == head and k > 0 and an.words[k - 1] in lexicon.org_heads()
                                                               and not has_phrase_break(an.doc.gap(k))))
            if _bare_again(an, k, head) and not held:
                continue      # «بمقر الوزارة في مسقط»، «مقر الاتحاد بالرياض»: the same bare word again
            if not quoted and inside_quotation(an, k) and not inside_quotation(an, ph.i):
                continue      # «"… بالتنسيق مع وزارة الداخلية"»: a body someone else's words name is not the one the report goes on with
            if w == "و" + bare and not has_phrase_break(an.doc.gap(k)):
                continue      # «شراكة مع وزارة الداخلية ومجلس جهة الرباط»: a second party in a list
            # («وأضاف الادعاء» after «مكتب الادعاء العام في دريسدن»: the office whose word it is)
            # («وقال الجهاز» after «رحّل فرع جهاز مكافحة الهجرة …»: the branch that acted, named with the agency)
            start = k - 1 if (w == head == _PROSECUTION and an.words[k - 1:k] == [_OFFICE] or an.words[k - 1:k] == [_BRANCH]) \
                and not has_phrase_break(an.doc.gap(k)) else k
            earlier = parse_phrase(an, _body_holding(an, k) if held else start, min(len(an.words), k + 12))
            if earlier is None or not (earlier.title and earlier.name):
                # («محافظة النبطية هويدا الترك», a woman governor named, stays her title and name)
                earlier = _governorate_at(an, k) or earlier
            if earlier is not None and earlier.name and ph.kind == "organization" \
                    and not (earlier.title and an.words[earlier.title[0]] == "محافظه"):
                earlier = _body_before_holder(an, earlier)      # (a woman governor is «المحافظة» herself)
            elif earlier is not None and earlier.kind == "organization":
                earlier = _body_in_holders_title(an, earlier) or earlier    # «ورئيس مجلس جهة … عبد الواحد …»
                earlier = _body_before_title(an, earlier)     # «المدير العام للمعهد الدكتور …»
                earlier = earlier and (dashed_unit_after(an, earlier) or earlier)    # «… – مديرية التوجيه»
            elif earlier is not None and earlier.kind == "person" and not earlier.name:
                # «وأعرب الأسقف» after «نيافة الأنبا أغاثون، أسقف مغاغة والعدوة»: the one named before it
                earlier = name_before_apposition(an, earlier, 0) or earlier
            if earlier is not None and (earlier.name or len(earlier.title) > 1):
                # «رئيس المجلس الجماعي، عبد اللطيف الكتاني» after «المجلس الجماعي لمدينة سلا»:
                # the body as its holder's title gives it, or as first written in full
                return earlier if earlier.name else _fuller_first(an, earlier)
    return None


# The prosecution named by its office («مكتب الادعاء العام في دريسدن»), referred back as «الادعاء»
_PROSECUTION, _OFFICE, _BRANCH = arabic.normalize("الادعاء"), arabic.normalize("مكتب"), arabic.normalize("فرع")
# What a body decided, in construct before it: «حكم محكمة الاستئناف»، «قرار المجلس»
_RULINGS = lexicon.forms("حكم قرار أحكام قرارات")


# Services a body is named for that stand for the body itself: «الوكالة الوطنية للشرطة» is «الشرطة»
# (not «المكتب الفيدرالي للاتحاد …»: the federation's bureau, whose federation speaks as «الاتحاد»)
_SERVICES = frozenset({arabic.normalize("شرطة")})


def _body_holding(an: Analysis, k: int) -> int:
    """«وقالت الشرطة» after «أعلنت الوكالة الوطنية للشرطة»: the start of the body whose name holds
    the word at k as its genitive with «لـ», when one within four words before reads through it; k
    when none does."""
    for x in range(k - 1, max(-1, k - 5), -1):
        if has_phrase_break(an.doc.gap(x + 1)):
            return k
        if in_lex(an.words[x], lexicon.org_heads(), clitics=True):
            body = parse_phrase(an, x, min(len(an.words), k + 6))
            return x if body is not None and body.kind == "organization" and body.j > k and not body.name else k
    return k


def _governorate_at(an: Analysis, k: int) -> Phrase | None:
    """«رفعت محافظة الإسكندرية درجة الاستعداد» before «وأوضحت المحافظة»: «محافظة» and a place the
    gazetteer knows is the governorate, a body, to the place's end (a woman governor's title is read
    so only with a name after it, which a bare «المحافظة» does not refer back to)."""
    w = an.words[k]
    bare = w[1:] if w[:1] in "وبل" and len(w) > 5 else w
    if bare != "محافظه" or (k + 1) not in an.gaz_at or an.gaz_at[k + 1].of_kind("place") is None \
            or has_phrase_break(an.doc.gap(k + 1)):
        return None
    end = an.gaz_at[k + 1].j
    if end + 1 < len(an.words) and not has_phrase_break(an.doc.gap(end)) and not has_phrase_break(an.doc.gap(end + 1)) \
            and an.words[end].isalpha() and not an.words[end].startswith("ال") \
            and an.words[end + 1] in an.words[end + 2:]:
        return None       # «محافظة النبطية هويدا الترك», then «وقالت الترك»: a woman governor, named
    return Phrase(k, end, list(range(k, end)), None, None, "organization")


def _body_before_title(an: Analysis, body: Phrase) -> Phrase | None:
    """A body read with a person's title of address run into it («للمعهد الدكتور» of «المدير العام للمعهد
    الدكتور سيدي محمد …») cut before the title; None when one word is left, the body's bare head,
    which says no more than the word referring back."""
    # («المؤسسة الوطنية للنفط المكلف» of «رئيس مجلس إدارة المؤسسة … المكلف مسعود سليمان»: acting is his)
    cut = next((n for n, t in enumerate(body.title) if n and (an.words[t] in ADDRESS_TITLES or an.words[t] in _ACTING
                                                           or an.words[t] in _RANKS or _holder_opens(an, body.title, n))), None)
    if cut is None:
        return body
    return Phrase(body.i, body.title[cut], body.title[:cut], None, None, "organization") if cut > 1 else None


def _holder_opens(an: Analysis, title: list[int], n: int) -> bool:
    """«بلدية جالو صالح المهدي» of «عميد بلدية جالو صالح المهدي»: a known given name after the body's
    place, with a word after it, opens its holder's name (not after «ال»: «مركز الملك سلمان»)."""
    prev = an.words[title[n - 1]]
    return (n >= 2 and n + 1 < len(title) and an.words[title[n]] in name_lexicon.given_names()
            and an.words[title[n]] not in _SAINTS      # «محكمة سيدي امحمد»: a saint's place
            and not prev.startswith("ال") and prev not in _SAINTS and prev not in ("بن", "ابن", "بنت", "ابو", "عبد")
            and not (title[n - 1] in an.gaz_at and an.gaz_at[title[n - 1]].j > title[n]))    # «بلدية خان يونس»: a place's word


# «سيدي»، «مولاي»: the honorifics that open a saint's name and the places named after him
_SAINTS = frozenset(("سيدي", "مولاي"))


def _fuller_first(an: Analysis, short: Phrase) -> Phrase:
    """The earliest mention before `short` of a body whose words begin with all of `short`'s and
    go on, read as a phrase; `short` itself when there is none."""
    want = [an.words[t] for t in short.title]
    for k in range(0, short.i - len(want) + 1):
        if an.words[k:k + len(want)] != want:
            continue
        fuller = parse_phrase(an, k, min(len(an.words), k + 12))
        if fuller is not None and not fuller.name and len(fuller.title) > len(want):
            return fuller
    return short


def _construct_before(an: Analysis, ph: Phrase) -> Phrase | None:
    """«إدارة المهرجان» after «إدارة مهرجان القاهرة السينمائي الدولي»: a body's head and a
    definite noun refer back to the body written earlier with that noun indefinite and named."""
    words = an.words
    head, noun = words[ph.title[0]], words[ph.title[1]]
    if head[:1] in "لب" and not head.startswith(("لل", "بال")) and in_lex(head[1:], lexicon.org_heads()):
        head = head[1:]       # «وبحسب بيان لحكومة الولاية» after «حكومة ولاية الجزيرة»
    police = head == "ولايه" and noun == "الامن"       # «ولاية الأمن» after «ولاية أمن طنجة»: Morocco's police prefecture
    if head.startswith("ال") or not (in_lex(head, lexicon.org_heads(), clitics=True) or police) or not noun.startswith("ال"):
        return None
    for k in range(ph.i - 1, 0, -1):
        if words[k] != noun[2:] or head not in strip_conj(words[k - 1]):
            continue
        earlier = parse_phrase(an, k - 1, min(len(words), k + 11))
        if earlier is not None and not earlier.name and len(earlier.title) > 2:
            return earlier
    return None


def _bare_again(an: Analysis, k: int, head: str) -> bool:
    """Whether token k writes the definite `head` again with nothing of its name after it: a
    preposition, a place in «بـ» or a break follows, not the definite words of a fuller name."""
    w = an.words[k]
    if head not in strip_conj(w) and not (w[:1] in "بل" and w[1:] == head):
        return False
    if k + 1 >= len(an.words) or has_phrase_break(an.doc.gap(k + 1)):
        return True
    nxt = an.words[k + 1]
    return not nxt.startswith("ال")


def _body_in_holders_title(an: Analysis, body: Phrase) -> Phrase | None:
    """«وصادق المجلس» after «ورئيس مجلس جهة فاس مكناس عبد الواحد الأنصاري»: a body read from inside
    the title of the man who heads it ran on into his name; it ends where his name begins."""
    if body.i == 0 or not in_lex(an.words[body.i - 1], lexicon.title_heads(), clitics=True) \
            or has_phrase_break(an.doc.gap(body.i)):
        return None
    holder = parse_phrase(an, body.i - 1, min(len(an.words), body.j + 1))
    if holder is None or holder.kind != "person" or not holder.name or not body.i < holder.name[0] < body.j:
        return None
    end = holder.name[0]
    return Phrase(body.i, end, [t for t in body.title if t < end], None, None, "organization")


def _body_before_holder(an: Analysis, earlier: Phrase) -> Phrase | None:
    """«وبيّنت الهيئة» after «رئيس هيئة البيئة الدكتور عبدالله …»: a body refers back to the
    body written there («هيئة البيئة»), not to the person who heads it: the phrase read from
    the body's head, cut before the holder's title of address or his name."""
    words = an.words
    end = earlier.name[0]
    for t in earlier.title[1:]:
        if in_lex(words[t], lexicon.title_heads()):
            end = t
            break
    title = [t for t in earlier.title if t < end]
    if len(title) < 2:
        return None
    return Phrase(earlier.i, end, title, None, None, "organization")


def _described_before(an: Analysis, ph: Phrase) -> Phrase | None:
    """«المصدر الطبي في المستشفى السعودي» after «مصدر طبي»: an unnamed source written with
    «ال» and its adjectives is the one described earlier without them."""
    words = an.words
    head = words[ph.title[0]]
    # («وأوضحت كتابة الدولة» after «أعلنت كتابة الدولة المكلفة بالصيد البحري»: a head in construct too)
    if ph.kind == "organization" and ((head.startswith("ال") and in_lex(head, lexicon.org_heads()))
                                      or (len(ph.title) == 2 and words[ph.title[1]].startswith("ال"))):
        return _body_written_longer(an, ph)
    if not head.startswith("ال") or not in_lex(head[2:], lexicon.descriptor_heads()):
        return None
    adjectives = []
    for k in ph.title[1:]:
        w = words[k]
        if not (w.startswith("ال") and w.endswith(("ي", "يه")) and len(w) > 4):
            break
        adjectives.append(w[2:])
    if not adjectives:
        return None
    return next((earlier for earlier in _written_before(an, ph, [head[2:], *adjectives])
                 if not earlier.name and len(earlier.title) > 1), None)


def _written_before(an: Analysis, ph: Phrase, want: list[str]) -> Iterator[Phrase]:
    """Each phrase read where the words `want` (the first with «و/ف» allowed) were written before `ph`,
    the latest first."""
    words, n = an.words, len(want)
    for k in range(ph.i - n, -1, -1):
        if want[0] in strip_conj(words[k]) and words[k + 1:k + n] == want[1:]:
            earlier = parse_phrase(an, k, min(len(words), k + 12))
            if earlier is not None:
                yield earlier


def _body_written_longer(an: Analysis, ph: Phrase) -> Phrase | None:
    """«وأكدت الهيئة الإدارية» after «قررت الهيئة الإدارية الجهوية للاتحاد الجهوي للشغل بصفاقس»: a
    definite body's head and its definite adjectives, written earlier with the same words and more,
    are that fuller body; none when two different bodies were so written («البنك المركزي» after the
    European and the Egyptian one cannot say which)."""
    want = [an.words[t] for t in ph.title]
    if len(want) < 2 or not all(w.startswith(("ال", "لل")) for w in want[1:]):     # («الهيئة العليا للأدوية» after «… للأدوية والمستلزمات الطبية»)
        return None
    found: dict[tuple[str, ...], Phrase] = {}
    for earlier in _written_before(an, ph, want):
        # (a head in construct takes a definite adjective only: «وكيل وزارة الزراعة للشؤون الفنية» is his portfolio)
        if not earlier.name and earlier.kind == "organization" and len(earlier.title) > len(want) \
                and (want[0].startswith("ال") or an.words[earlier.title[len(want)]].startswith("ال")) \
                and (not want[-1].startswith("لل") or an.words[earlier.title[len(want)]].startswith("وال")):     # (after «لل»: a coordinated field)
            found.setdefault(tuple(an.words[t] for t in earlier.title[1:]), earlier)
    return next(iter(found.values())) if len(found) == 1 else None


def _quoted_body_with_adjective(an: Analysis, ph: Phrase) -> Phrase | None:
    """«وقالت الشركة الفرنسية» after «شركة "سي إم إيه سي جي إم" الفرنسية»: a body's head with the
    nisba adjective written after the body's quoted name is that body."""
    head, adjective = (an.words[t] for t in ph.title)
    if not (head.startswith("ال") and head[2:] in lexicon.org_heads() and adjective.startswith("ال")
            and adjective.endswith(("ي", "يه")) and len(adjective) > 4):
        return None
    earlier = _mention_before(an, ph, head, quoted=False)
    if earlier is None or earlier.name or earlier.kind != "organization" or earlier.j >= ph.i \
            or an.words[earlier.j] != adjective or not any(ch in QUOTE_MARKS for ch in an.doc.gap(earlier.j)):
        return None
    return replace(earlier, j=earlier.j + 1, title=[*earlier.title, earlier.j])


_UN_ADJECTIVE = arabic.normalize("الأممية")


def _un_body_before(an: Analysis, ph: Phrase) -> Phrase | None:
    """«قالت المنظمة الأممية» after «… ومنظمة الأغذية والزراعة للأمم المتحدة»: the latest body
    with that head named before as one of the United Nations'."""
    words = an.words
    head = words[ph.title[0]]
    if words[ph.title[1]] != _UN_ADJECTIVE or not head.startswith("ال"):
        return None
    for k in range(ph.i - 1, -1, -1):
        if head[2:] not in strip_conj(words[k]):
            continue
        earlier = parse_phrase(an, k, min(len(words), k + 12))
        if earlier is not None and not earlier.name and any(
                words[t] in ("للامم", "الامم") and t + 1 < len(words) and words[t + 1] == "المتحده" for t in earlier.title):
            return earlier
    return None


def _office_written_longer(an: Analysis, ph: Phrase) -> Phrase | None:
    """«قال الرئيس السابق للجماعة» after «ملف الرئيس السابق لجماعة عين الشقف»: an unnamed office
    whose body is referred back to with «للـ» is the office written before with the body named
    in full, the same words leading to it."""
    words = an.words
    last = words[ph.title[-1]]
    if ph.kind == "person" and not ph.name and len(ph.title) == 3 and not words[ph.title[0]].startswith("ال"):
        return _office_of_place_before(an, ph)
    if ph.kind != "person" or ph.name or len(ph.title) < 2 or not last.startswith("لل") or len(last) < 5 \
            or not words[ph.title[0]].startswith("ال"):
        return None
    lead = [words[t] for t in ph.title[:-1]]
    for earlier in _written_before(an, ph, [*lead, "ل" + last[2:]]):
        if earlier.kind == "person" and not earlier.name and len(earlier.title) > len(ph.title) \
                and earlier.title[len(lead)] == earlier.i + len(lead):
            return earlier
    return None


def _office_of_place_before(an: Analysis, ph: Phrase) -> Phrase | None:
    """«وتابع رئيس البلدية الأسبق» after «في حق رئيس بلدية قورصو الأسبق»: an office over a definite body
    and its adjective is the one written before with the body named by its place, between them."""
    head, body, adjective = (an.words[t] for t in ph.title)
    if not body.startswith("ال") or not adjective.startswith("ال") or len(body) < 5:
        return None
    for earlier in _written_before(an, ph, [head, body[2:]]):
        if earlier.kind == "person" and not earlier.name and len(earlier.title) == 4 \
                and an.words[earlier.title[3]] == adjective and earlier.title == list(range(earlier.i, earlier.i + 4)):
            return earlier
    return None


def _body_written_with_place(an: Analysis, ph: Phrase) -> Phrase | None:
    """«زعمت بلدية الاحتلال في بيان» after «هدمت جرافات بلدية الاحتلال في القدس»: a body of two words
    or more is the one written earlier with the same words and «في» and the place it is in."""
    words = an.words
    want = [words[t] for t in ph.title]
    if ph.kind != "organization" or ph.name or ph.entry is not None or len(want) < 2 or ph.title[-1] - ph.title[0] != len(want) - 1:
        return None
    n = len(want)
    if not any(words[k + n] == "في" and (k + n + 1) in an.gaz_at and want[0] in strip_conj(words[k])
               for k in range(ph.i - n - 1, -1, -1)):
        return None       # (a cheap look first: most bodies are not written so)
    for earlier in _written_before(an, ph, want):
        if earlier.kind == "organization" and not earlier.name and len(earlier.title) > len(want) + 1 \
                and earlier.title[len(want)] == earlier.i + len(want) and words[earlier.title[len(want)]] == "في" \
                and (earlier.i + len(want) + 1) in an.gaz_at:
            return earlier
    return None


def _body_named_with_place(an: Analysis, ph: Phrase) -> Phrase | None:
    """«وقال البنك المركزي» after «طرح بنك الكويت المركزي»: a definite body's head and adjective are the
    nearest body written before with the same head, a place named after it, then that adjective."""
    words = an.words
    head, adjective = (words[t] for t in ph.title)
    if not (head.startswith("ال") and adjective.startswith("ال") and head[2:] in lexicon.org_heads()):
        return None
    for k in range(ph.i - 3, -1, -1):
        place = an.gaz_at.get(k + 1)
        if head[2:] not in strip_conj(words[k]) or place is None or place.of_kind("place") is None \
                or place.j >= ph.i or words[place.j] != adjective or has_phrase_break(an.doc.gap(k + 1)):
            continue
        if any(words[x] == head and words[x + 1] == adjective and words[x + 2].startswith("ال")
               for x in range(place.j, ph.i - 2)):
            return None      # «البنك المركزي الأوروبي» written since: which bank is meant is not said
        earlier = parse_phrase(an, k, place.j + 1)
        if earlier is not None and earlier.kind == "organization" and not earlier.name and earlier.j == place.j + 1:
            return earlier
    return None
