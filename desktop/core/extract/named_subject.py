"""A person named with no title as the subject of a verb, found where the title-led readings find
nothing and the quotation would go to the previous speaker:

  * before the verb of speech (`untitled_subject_before`): «لكن سلمى ديب، وهي معلمة من ريف جبلة،
    أشارت إلى أن …», «غير أن البحار عبد السلام الطاهري اعتبر …»: the name opens the clause (after its
    connectors, or after one word of what the person is) and reaches the verb at once or through
    one aside on who the person is; a name the lexicon knows, a kunya, or words no list calls common;
  * brought in a sentence before with «، وهو/وهي …» (`introduced_person`), for the next bare
    «وقال:» of that gender;
  * the subject of a verb of no speech that opens the sentence, going on with «ويقول»
    (`opening_verb_subject`).
"""
from __future__ import annotations

from desktop.core import arabic
from desktop.core.extract import lexicon, name_lexicon
from desktop.core.extract.actor_shape import circumstance_word
from desktop.core.extract.actors import parse_phrase
from desktop.core.extract.analysis import Analysis, Phrase, has_break, in_lex
from desktop.core.extract.appositions import PLACE_OPENERS, fronted_place_end
from desktop.core.extract.comma_asides import comma, set_off_given_name
from desktop.core.extract.titles import feminine_title
from desktop.core.extract.family_name import ROLES_IN_A_CASE
from desktop.core.extract.kana_subject import CONNECTORS
from desktop.core.extract.name_evidence import known_first_word
from desktop.core.extract.quoted_subject import quoted_body

# «لكن/ولكن» open a clause as the connectors of kana_subject do
_BUT = frozenset(arabic.normalize(w) for w in ("لكن", "ولكن", "لكنّ", "فيما", "بينما", "أما", "وأما"))
# Connectors that are prepositions: the noun after them is theirs, no subject
_PREPOSITIONS = frozenset(("في", "وفي", "من"))
_KUNYA = frozenset(arabic.normalize(w) for w in ("أبو", "أم", "وأبو", "وأم"))
_NEGATIONS = frozenset(("لم", "لا", "لن", "ولم", "ولا"))
# An aside longer than this is a clause of its own, not a description of the name.
_ASIDE_WORDS = 14


def untitled_subject_before(an: Analysis, i: int, k: int) -> tuple[Phrase, str] | None:
    """The person named with no title at the start of tokens [i, k), k being the reporting verb."""
    while i < k and (an.words[i] in CONNECTORS or an.words[i] in _BUT):
        if an.words[i] in _PREPOSITIONS:
            return None   # «وفي سياق متصل، أمر …»: a preposition's noun, not the subject
        i += 1
    if i + 1 < k and an.words[i] == "غير" and an.words[i + 1] in ("ان", "أن"):
        i += 2            # «غير أن البحار عبد السلام الطاهري اعتبر …»
    if i >= k:
        return None
    w = an.words[i]
    described = w.startswith("ال") and i + 2 < k and i not in an.gaz_at and w.isalpha()
    if (w.startswith("ال") and not described) or not w.isalpha() or i in an.gaz_at or circumstance_word(w):
        return None       # «وعن ملف الطاقة، قال»: what the words are about
    ph = parse_phrase(an, i, k)
    if described and ph is not None and ph.name and not ph.title and ph.name[0] == i and ph.name[1] - i >= 3:
        ph = Phrase(i, ph.j, [i], (i + 1, ph.name[1]), None, "person")    # the description read into the name
    if ph is None or not ph.name or ph.kind != "person" or ph.name[0] != i + described \
            or ph.name[1] - ph.name[0] < 2 or (ph.title and (not described or ph.title != [i])):
        return None       # «البحار عبد السلام الطاهري»: one word of what the person is, then the name
    w = an.words[ph.name[0]]
    # a name the lexicon knows, a kunya, or two words no list calls common («سلمى ديب»)
    known = w in name_lexicon.given_names() or w in _KUNYA
    if not known and any(an.is_common_word(x) or an.is_time(x) for x in range(*ph.name)):
        return None
    after = ph.j
    if k - 2 > after and an.words[k - 1] == "قد" and an.words[k - 2] in ("كان", "كانت") \
            and not has_break(an.doc.gap(k - 1)) and not has_break(an.doc.gap(k)):
        k -= 2            # «كيم يو جونغ، شقيقة الزعيم …، كانت قد اعتبرت»
    title = ph.title_text(an.doc) if ph.title else ""
    if after == k and not has_break(an.doc.gap(k)):
        return ph, title
    # «سلمى ديب، وهي معلمة من ريف جبلة، أشارت»: one aside between commas, then the verb
    if after < k and has_break(an.doc.gap(after)) and has_break(an.doc.gap(k)) and k - after <= _ASIDE_WORDS \
            and _describes(an.words[after]) and not any(has_break(an.doc.gap(x)) for x in range(after + 1, k)):
        return ph, title
    return None


_HE_SHE = {"وهو": False, "وهي": True}


def introduced_person(an: Analysis, i: int, j: int) -> tuple[tuple[Phrase, str], bool] | None:
    """«وفي حي الأمير حسن، يستعد أبو خالد الحوراني، وهو لاجئ من ريف درعا …، للعودة»: a sentence
    with no reporting verb that brings in a named person with an aside on who they are («، وهو/وهي
    …»). A bare «وقال:» in the next sentence is theirs. The phrase and whether the aside is
    feminine, or None."""
    for x in range(i + 1, j):
        # «جلست الحاجة فاطمة أبو عودة (63 عاماً)، النازحة من حي الشجاعية، تنتظر دورها»: what a
        # private person is, set off by a comma, is such an aside too
        described = an.words[x] in name_lexicon.person_descriptors()
        if (an.words[x] not in _HE_SHE and not described) or not has_break(an.doc.gap(x)):
            continue
        end = _before_age(an, i, x)
        for a in range(max(i, end - 5), end - 1):
            if _verb_shaped(an, a) or any(an.words[b] in name_lexicon.person_descriptors() for b in range(a + 1, end)):
                continue      # «يستعد أبو خالد الحوراني»، «جلست الحاجة …»: the verb before the name
            ph = parse_phrase(an, a, end)
            if ph is not None and ph.name and ph.kind == "person" and ph.j == end and ph.name[1] == end \
                    and (ph.name[1] - ph.name[0] >= 2 or an.words[ph.name[0]] in _KUNYA) \
                    and not an.words[ph.name[0]].startswith("ال"):
                return (ph, ph.title_text(an.doc)), _HE_SHE.get(an.words[x], an.words[x].endswith("ه"))
        return None
    return _titled_subject_first(an, i, j) or _posture_then_name(an, i, j)


# Verbs of sitting, standing and waiting that bring a private person into a feature
_POSTURE_VERBS = frozenset(arabic.normalize(w) for w in (
    "جلس", "جلست", "يجلس", "تجلس", "وقف", "وقفت", "يقف", "تقف", "انتظر", "انتظرت", "ينتظر", "تنتظر",
    "كان", "كانت",     # «كانت أم محمد أبو جراد تحاول إخراج المياه من خيمتها»: what she was doing
    "حلت", "وحلت", "فاز", "وفاز", "فازت", "تصدر", "تصدرت", "احتفل", "احتفلت"))     # «وحلت الطالبة حفصة عبد الله محمود … في المركز الأول»: ranked first


def _posture_then_name(an: Analysis, i: int, j: int) -> tuple[tuple[Phrase, str], bool] | None:
    """«وفي ممر القسم، جلست سعاد أبو مصطفى تنتظر دورها.»: a verb of sitting, standing or waiting, then
    a name of two words or more with no title, opening on a known given name: the next bare
    quotation is theirs. The phrase and whether the verb is feminine, or None."""
    if i < j and an.words[i] in PLACE_OPENERS:
        i = fronted_place_end(an, i, j, 7) or i     # «وفي ممر القسم،»: where, set before the clause
    comma = next((x for x in range(i + 1, min(j, i + 8)) if has_break(an.doc.gap(x))), None)
    if comma is not None and strip_verb_conj(an.words[comma]) in _POSTURE_VERBS:
        i = comma     # «وأمام إحدى مدارس مدينة التربة، وقفت أم عمر …»
    while i < j and an.words[i] in CONNECTORS:
        i += 1
    if i + 2 >= j or strip_verb_conj(an.words[i]) not in _POSTURE_VERBS:
        return None
    end = next((x for x in range(i + 3, j) if _verb_shaped(an, x) or has_break(an.doc.gap(x))), j)
    ph = parse_phrase(an, i + 1, end)      # «… سعاد أبو مصطفى تنتظر دورها»: the name ends at the next verb
    # («وقف النازح سامي أبو ريالة أمام خيمته»: what a private person is may come before the name)
    described = ph is not None and bool(ph.title) and all(an.words[t] in name_lexicon.person_descriptors() for t in ph.title)
    if ph is None or not ph.name or (ph.title and not described) or ph.kind != "person" or ph.name[1] - ph.name[0] < 2 \
            or not (known_first_word(an.words[ph.name[0]]) or an.words[ph.name[0]] in ("ام", "ابو") or _aged(an, ph.name[1])):
        return None       # «أم عمر»; «جلس غل محمد (52 عاماً)»: a name no list knows, then the person's age
    verb = strip_verb_conj(an.words[i])
    return (ph, ph.title_text(an.doc) if described else ""), verb.endswith("ت") or verb.startswith("ت")


def _aged(an: Analysis, k: int) -> bool:
    """«(52 عاماً)» at token k: a person's age in brackets."""
    return k + 1 < len(an.words) and "(" in an.doc.gap(k) and an.words[k].isdigit() and an.words[k + 1] in ("عاما", "عام", "سنه")


def strip_verb_conj(word: str) -> str:
    """«وجلست» -> «جلست»: «و/ف» off a verb of more than three letters."""
    return word[1:] if len(word) > 4 and word[0] in "وف" else word


def _titled_subject_first(an: Analysis, i: int, j: int) -> tuple[tuple[Phrase, str], bool] | None:
    """«وزير المال ياسين جابر دافع عن المشروع في الجلسة الأولى.»: a sentence that opens with an
    office and its holder's whole name, then a verb of no speech; the «وقال» after it is theirs."""
    while i < j and an.words[i] in CONNECTORS:
        i += 1
    if i >= j or not in_lex(an.words[i], lexicon.title_heads()):
        return None
    ph = parse_phrase(an, i, j)
    if ph is None or not ph.name or ph.kind != "person" or ph.name[1] - ph.name[0] < 2 or ph.j >= j \
            or has_break(an.doc.gap(ph.j)) or an.words[ph.name[0]] not in name_lexicon.given_names():
        return None
    return (ph, ph.title_text(an.doc)), feminine_title(ph.title_text(an.doc))


def _before_age(an: Analysis, i: int, x: int) -> int:
    """Where a name ends before token x: before an age in brackets («فاطمة أبو عودة (63 عاماً)،»)."""
    for a in range(x - 1, max(i, x - 4) - 1, -1):
        if "(" in an.doc.gap(a):
            return a
    return x


def _verb_shaped(an: Analysis, k: int) -> bool:
    """A reporting verb, or a word of the present tense's shape («يستعد»، «تنتظر») no list of
    names holds."""
    w = an.words[k]
    return an.is_verb(k) or (len(w) >= 4 and w[0] in "يتن" and w not in name_lexicon.given_names())


# How an aside on who someone is opens: «، وهي معلمة …،»، «، المعلمة في …،»، «، من كلية الطب …،»
_ASIDE_OPENERS = frozenset(arabic.normalize(w) for w in (
    "وهو", "وهي", "وهم", "من", "أحد", "إحدى",
    "شقيق", "شقيقة", "زوج", "زوجة", "نجل", "نجلة", "ابن", "ابنة", "والد", "والدة"))    # kin: «، شقيقة الزعيم …،»


def _describes(word: str) -> bool:
    """Whether an aside opening with `word` says who the person is (not a clause of its own)."""
    return word in _ASIDE_OPENERS or word.startswith("ال")


def opening_verb_subject(an: Analysis, i: int, k: int) -> tuple[Phrase, str] | None:
    """The one subject a verb of speech at token k with none of its own goes on with: the named
    subject of the verb of no speech that opens the sentence (`_opening_subject`), or a person
    the sentence describes doing something («وهو يقف») before it (`_person_in_aside`)."""
    return _opening_subject(an, i, k) or _person_in_aside(an, i, k) or _verb_then_family_name(an, i, k) \
        or _opening_quoted_body(an, i, k)


def _opening_quoted_body(an: Analysis, i: int, k: int) -> tuple[Phrase, str] | None:
    """«بدورها، انتقدت "شبكة العمل المناخي في أوروبا" اللجوء إلى …، وقالت في بيان إن»: a sentence that
    opens with a verb and a body named in quote marks, then goes on with «و» and a verb of speech at
    token k: the body is the subject of both."""
    if not an.words[k].startswith("و"):
        return None
    while i < k and an.words[i] in CONNECTORS and an.words[i] not in _PREPOSITIONS:
        i += 1
    w = an.words[i] if i < k else ""
    if len(w) < 3 or not w.isalpha() or w.startswith("ال") or w in lexicon.stop_words():
        return None
    body = quoted_body(an, i + 1, k)
    return (body, "") if body is not None else None


def _verb_then_family_name(an: Analysis, i: int, k: int) -> tuple[Phrase, str] | None:
    """«ثم تحدثت الزين، فأعلنت أن …» after «… الدكتورة تمارا الزين»: a clause of a verb and a family
    name alone, set off by a comma before the verb of speech with «فـ/و», is the one who spoke,
    when the article wrote that word before as the last of a name."""
    if an.words[k][:1] not in "وف" or not has_break(an.doc.gap(k)):
        return None
    while i < k and an.words[i] in CONNECTORS and an.words[i] not in _PREPOSITIONS:
        i += 1
    verb, name = (an.words[i], an.words[i + 1]) if i + 2 == k else ("", "")
    if len(verb) < 3 or not verb.isalpha() or verb.startswith("ال") or verb in lexicon.stop_words() \
            or has_break(an.doc.gap(i + 1)) or len(name) < 3 or not name.isalpha() or name in lexicon.stop_words():
        return None
    if not any(an.words[p] == name and _ends_a_name(an, p) for p in range(1, i)):
        return None
    return Phrase(i + 1, k, [], (i + 1, k), None, "person"), ""


def _ends_a_name(an: Analysis, p: int) -> bool:
    """Token p is the last word of a person's name of two words or more, as the article wrote it."""
    for a in range(max(0, p - 4), p):
        ph = parse_phrase(an, a, p + 1)
        if ph is not None and ph.kind == "person" and ph.name and ph.name[1] == p + 1 and ph.name[1] - ph.name[0] >= 2:
            return True
    return False


def _person_in_aside(an: Analysis, i: int, k: int) -> tuple[Phrase, str] | None:
    """«وبدا التأثر واضحاً على رئيس وزراء تيمور الشرقية شانانا غوسماو وهو يقف إلى جانب القادة،
    وقال: "…"»: a titled person named whole right before «وهو/وهي» and a verb of the present is
    the one the sentence is about, and the «وقال» after it is theirs."""
    if not an.words[k].startswith("و"):
        return None
    for x in range(k - 2, i + 1, -1):
        after = an.words[x + 1]
        if an.words[x] not in _HE_SHE or has_break(an.doc.gap(x)) or not (
                _verb_shaped(an, x + 1) or (len(after) == 3 and after[0] in "يت" and after.isalpha())):    # «يقف»
            continue
        for a in range(max(i, x - 10), x - 1):
            ph = parse_phrase(an, a, x)
            if ph is not None and ph.kind == "person" and ph.title and ph.name and ph.j == x \
                    and ph.name[1] == x and ph.name[1] - ph.name[0] >= 2:
                return ph, ph.title_text(an.doc)
        return None
    return None


_SIDES = frozenset(("جهته", "جهتها", "جانبه", "جانبها"))      # «من جهته،»: his part, no place


def _opening_subject(an: Analysis, i: int, k: int) -> tuple[Phrase, str] | None:
    """«وفي حي الحاووز، يقف أبو خليل الزعتري أمام صهريج …، ويقول: "…"»: a sentence that opens with
    a verb of no speech and its named subject, then goes on with «و» and a verb of speech at token
    k, has the one subject for both."""
    if not an.words[k].startswith("و"):
        return None
    amma = i + 1 < k and an.words[i] in ("اما", "واما") and an.words[i + 1] in PLACE_OPENERS
    i += amma         # («أما في قرية بوقوس، فقد وقف الفلاح مبروك حداد …، وقال»: a place as the topic)
    if i < k and an.words[i] in PLACE_OPENERS:
        comma = fronted_place_end(an, i, k, 6)
        if comma is None:
            return None
        i = comma + (amma and comma < k and an.words[comma] in ("فقد", "ف"))         # the place set before the clause
    while i < k and ((an.words[i] in CONNECTORS and (an.words[i] not in _PREPOSITIONS or an.words[i + 1] in _SIDES)) or an.words[i] in _NEGATIONS):
        i += 1            # («في المقابل، لم تخف فاطمة بنت اعل، وهي ربة أسرة …، تشككها …، وقالت»: a verb negated; «من جهته، أنكر …»)
    w = an.words[i] if i < k else ""
    present = len(w) >= 3 and w[0] in "يت" and w.isalpha() and w not in name_lexicon.given_names()
    # «وقف أبو أحمد الدحدوح يراقب …، وقال»: a past verb of three or four letters, before a kunya or
    # a known given name (checked below)
    past = 3 <= len(w) <= 4 and w.isalpha() and not w.startswith("ال") and w not in name_lexicon.given_names() \
        and w not in lexicon.stop_words()
    # («انتقد المنخرط يوسف البقالي طريقة …، وقال»: افتعل before what a person is, then the name)
    ifta3al = len(w) == 5 and w[0] == "ا" and w[2] == "ت" and w.isalpha() and i + 1 < k \
        and an.words[i + 1] in name_lexicon.person_descriptors()
    past = past or ifta3al
    if i + 2 >= k or not (present or past or an.is_verb(i)) or has_break(an.doc.gap(i + 1)):
        return None       # «يقف»: a verb of the present, three letters will do before a known name
    ph = parse_phrase(an, i + 1, k)
    comma = next((x for x in range(i + 2, min(k, i + 7)) if has_break(an.doc.gap(x))), None)
    if an.words[i + 1] in ROLES_IN_A_CASE and comma is not None and comma + 1 < k and an.words[comma] in _HE_SHE:
        role = Phrase(i + 1, comma, list(range(i + 1, comma)), None, None, "person")
        return role, role.title_text(an.doc)      # «أنكر المتهم الرئيسي في القضية، وهو سائق الشاحنة، التهم …، وقال»
    # «بدا الناشر سامر الحلو راضياً …، وقال»: what a private person is may come before the name
    if ph is not None and not ph.title and ph.name and ph.name[0] == i + 1 and an.words[i + 1] in ROLES_IN_A_CASE \
            and i + 2 < k and an.words[i + 2].startswith("ال") and ph.name[1] - (i + 3) >= 2:
        # («ووقف المتهم الرئيسي عبد الرحيم بن الطاهر أمام الهيئة …، وقال»: a role in a case read into the name)
        ph = Phrase(ph.i, ph.j, [i + 1, i + 2], (i + 3, ph.name[1]), None, "person")
    described = len(ph.title) if ph is not None and ph.title[:1] == [i + 1] and (
        (len(ph.title) == 1 and (an.words[i + 1] in name_lexicon.person_descriptors() or an.words[i + 1] in lexicon.title_heads()))
        or (len(ph.title) == 2 and an.words[i + 1] in ROLES_IN_A_CASE)) else 0
    if ph is None or not ph.name or (ph.title and not described) or ph.kind != "person" \
            or ph.name[0] != i + 1 + described or ph.name[1] - ph.name[0] < 2:
        return None
    first = an.words[ph.name[0]]
    if not (first in name_lexicon.given_names() or first in _KUNYA or first == "عبد"):
        return None
    after = an.words[ph.j] if ph.j < k else ""
    if not (present or an.is_verb(i)) and first not in _KUNYA and not ifta3al \
            and not (has_break(an.doc.gap(ph.j)) or (len(after) >= 4 and after[0] in "يت")
                     or (ph.j < k and "\u064b" in an.doc.tokens[ph.j].text)     # «راضياً»: how he was
                     or after in lexicon.stood_at()):     # «وقف محمد فواز أمام ما تبقى من منزله»: where he stood
        return None       # after a past verb a given name ends at a break or a verb of the present: «طرح يونس خطة من …» is his plan
    return ph, ""


def introduced_subject(an: Analysis, i: int, j: int) -> tuple[Phrase, str] | None:
    """The person a lead with no reporting verb brings in (`introduced_person`), as (phrase, title):
    «وفي ممر القسم، جلست سعاد أبو مصطفى تنتظر دورها. "…"، قالت»."""
    found = introduced_person(an, i, j)
    return found[0] if found is not None else None


def set_off_name_before(an: Analysis, i: int, k: int) -> tuple[Phrase, str] | None:
    """«غير أن المكلف بالإعلام في المجلس …، مسعود بوديبة، اعتبر»: after a description too long to read as a
    title, the verb at k right after a comma, and before it, in [i, k), a name of two or three words set off by
    commas that opens with a given name the lexicons know: that person, as (phrase, "")."""
    if k - i < 4 or not comma(an.doc.gap(k)):
        return None
    for a in (k - 2, k - 3):
        if a > i and set_off_given_name(an, a):
            ph = parse_phrase(an, a, k)
            return (ph, "") if ph is not None and ph.name == (a, k) and not ph.title else None
    return None

