"""What each word of a speaker phrase is, as `actors.parse_phrase` reads it left to right: a number,
an ordinal or «العام», a plain word, a genitive of a title, a descriptor of a private person
(«المواطن»), one of a group («أحد محامي الدفاع»), a body in construct, an adjective, a governed
office, a place after «لـ»/«بـ», a quoted name, an addressee («لنظيره»)."""
from __future__ import annotations

from desktop.core import arabic
from desktop.core.extract import lexicon, name_lexicon
from desktop.core.extract.actor_shape import office_action
from desktop.core.extract.body_chain import body_chain_goes_on, joined_construct
from desktop.core.extract.dashed_places import dashed_part
from desktop.core.extract.gaps import initials_bracket
from desktop.core.extract.events import trigger_category
from desktop.core.extract.name_evidence import known_first_word
from desktop.core.extract.name_lookalikes import malay_wan
from desktop.core.extract.second_portfolio import SHORT_PORTFOLIOS, given_name_in_wa, portfolio_before_name, second_good, verbal_noun_of_title
from desktop.core.extract.our_outlet import our_outlet
from desktop.core.extract.office_terms import new_term
from desktop.core.extract.people_plurals import people_in_construct
from desktop.core.extract.ranks import arm_of_rank
from desktop.core.extract.office_complements import listed_body_after, relations_with, sector_of_members
from desktop.core.extract.verbal_nouns import verbal_noun_in_construct
from desktop.core.extract.spelled_letters import letter_n_at
from desktop.core.extract.analysis import JOINING_HYPHENS, Analysis, Phrase, QUOTE_MARKS, has_phrase_break, in_lex

# «مصدر»، «مصادر»: a source quoted by description is one the article does not name.
SOURCE_HEADS = frozenset(arabic.normalize(w) for w in ("مصدر", "المصدر", "مصادر", "المصادر", "مصدران"))
# «الوزير الفيدرالي»، «الوزيرة الفيدرالية لإدارة الطوارئ»: a federal office, not a federation's
FEDERAL = frozenset(arabic.normalize(w) for w in ("الفيدرالي", "الفيدرالية", "الفدرالي", "الفدرالية", "الاتحادي", "الاتحادية"))

_TIME_ADJECTIVES = frozenset(arabic.normalize(w) for w in (
    "الماضي", "الماضية", "المقبل", "المقبلة", "الجاري", "الحالي", "القادم", "القادمة", "المنصرم", "الفائت"))


def number_word(word: str) -> bool:
    """«ثلاثة»، «بخمس»، «وعشرات»: a number written out, with or without a clitic."""
    return in_lex(word, lexicon.number_words(), clitics=True)


def general_or_ordinal(an: Analysis, ph: Phrase, k: int, j: int) -> bool:
    """«العام» and «الأول» inside a title are adjectives, not time words: «الأمين العام»، «الاتحاد
    العام التونسي للشغل»، «الأمن العام»، «تجمع الرياض الصحي الأول»; but «العام الماضي» and «أمس الأول» are times."""
    words = an.words
    w, prev = words[k], words[k - 1]
    # («المحامي العام الأول»: «الأول» after the «العام» the title took)
    if w not in ("العام", "الاول") or (k - 1) not in ph.title or (an.is_time(k - 1) and not (w == "الاول" and prev == "العام")):
        return False
    if k + 1 < j and words[k + 1] in _TIME_ADJECTIVES and not has_phrase_break(an.doc.gap(k + 1)):
        return False
    # «هيئة الرأي العام»: «العام» after a definite noun of a body's name qualifies it; so after a definite noun an
    # office or profession governs («أستاذ القانون العام»: public law)
    of_body = (w == "العام" and prev.startswith("ال") and prev not in lexicon.stop_words()
               and any(in_lex(an.words[x], lexicon.org_heads(), clitics=True)
                       or (x < k - 1 and not an.words[x].startswith("ال") and an.words[x] in lexicon.title_heads())
                       for x in ph.title))
    return (in_lex(prev, lexicon.title_heads(), clitics=True) or in_lex(prev, lexicon.org_heads(), clitics=True)
            or (w == "الاول" and prev.startswith("ال")) or of_body or possessed_head(prev, an.doc.tokens[k - 1].text))   # «مديرها العام»


# Titles of address: no noun is governed by them («سعادة الشيخ»، «د. محمد»).
_ADDRESS_HEADS = frozenset(arabic.normalize(w) for w in ("معالي", "فخامة", "سعادة", "سمو", "سماحة", "شيخ", "د",
                                                         "قائم", "رئيسا"))


def plain_word(an: Analysis, k: int) -> bool:
    """A word that may be a noun inside a title: no function word, time, verb or cue."""
    w = an.words[k]
    return (w.isalpha() and len(w) >= 3 and w not in lexicon.stop_words() and w not in lexicon.prepositions()
            and not an.is_time(k) and not an.is_verb(k) and not an.is_report_noun(k) and not an.is_participle(k)
            and not an.is_according(k) and not an.is_common_word(k) and not addressee(w)
            and w not in lexicon.title_heads() and not imperfect_verb(w))


# Parts of a body an office heads: «رئيس قطاع …»، «مدير وحدة …»، «رئيس شعبة …» (no bodies alone; «القطاع» is Gaza's Strip too)
_SUBDIVISIONS = lexicon.forms("قطاع وحدة شعبة")


_AFFAIRS = lexicon.forms("شؤون وشؤون")


def construct_genitive(an: Analysis, ph: Phrase, k: int, j: int) -> bool:
    """«مدير صحة حلب»، «وزير خارجية إيران»، «كبير مستشاري الرئيس»: an office written without «ال» is in construct, so the noun after it is
    its complement, not a name, when a place, a definite word or a body follows that noun in turn."""
    words = an.words
    prev = words[k - 1]
    if body_chain_goes_on(an, ph, k) or joined_construct(an, ph, k):
        return True       # «رئيس فيدرالية جمعيات آباء وأمهات وأولياء التلاميذ»: the body's chain, no name; «… الزراعية وموارد المياه»
    # «مدير إدارة تصريف مياه الأمطار»: an office's action governs its object as the office does
    action = (k - 2) in ph.title and office_action(prev)
    # «مدير عام ميناء نشطون»: «عام» after an indefinite office is the office's, which governs on
    general = prev == "عام" and (k - 2) in ph.title and words[k - 2] in lexicon.title_heads() and words[k] in lexicon.premises_nouns()
    if general and not has_phrase_break(an.doc.gap(k)):
        return True
    headman = prev == "مختار" and words[k] in lexicon.place_nouns()      # «مختار بلدة جباتا الخشب»: a village's headman
    affairs = prev in _AFFAIRS and (k - 2) in ph.title and words[k + 1:k + 2][:1] != [] and words[k + 1].startswith("ال")     # «مفوض شؤون إغاثة اللاجئين»
    if (k - 1) not in ph.title or prev.startswith("ال") or (prev not in lexicon.title_heads() and not action and not headman and not affairs) \
            or prev in _ADDRESS_HEADS or ph.kind == "organization" or k + 1 >= j \
            or possessed_head(prev, an.doc.tokens[k - 1].text):    # «رئيسه ريكاردو ألبان»: his head, not «رئيسة»
        return False
    if has_phrase_break(an.doc.gap(k)) or has_phrase_break(an.doc.gap(k + 1)):
        return False
    if an.doc.tokens[k].text.isascii() and an.doc.tokens[k].text[:1].isupper() and len(an.doc.tokens[k].text) >= 2:
        return True       # «رئيس COP30 السفير أندريه …»: an acronym the office heads
    if words[k] in lexicon.place_nouns() and words[k + 1].isalpha() and words[k + 1] not in lexicon.stop_words() and not an.is_verb(k + 1):
        return True       # «حاكم مقاطعة توركانا جيريمايا …»: his jurisdiction («مقاطعة» is a boycott too), then its name
    # «رئيس مؤتمر الأطراف»، «مدير مهرجان القاهرة»: a gathering is what an office heads, though the word alone is an event's
    if not plain_word(an, k) and words[k] not in lexicon.event_name_heads():
        return False
    if words[k] in _SUBDIVISIONS or (words[k] in lexicon.premises_nouns() and (name_lexicon.masdar_shaped(words[k + 1])
                                                                         or opens_quote(an.doc.gap(k + 1)))):
        return True       # «رئيس قطاع كهرباء المنوفية»: a part of a body, which governs on; «مدير مدرسة "عمر بن الخطاب"»
    nxt = words[k + 1]
    return ((k + 1) in an.gaz_at or in_lex(nxt, lexicon.org_heads())
            or (nxt.startswith("ال") and not an.is_time(k + 1) and nxt not in lexicon.title_heads()
                and nxt not in name_lexicon.article_given_names()))


# What a mukhtar heads (Iraq, the Levant): «مختار القرية»، «مختار الحي»
_MUKHTAR_OF = frozenset(arabic.normalize(w) for w in ("القرية", "الحي", "المحلة", "البلدة", "المنطقة", "المخيم"))


def person_descriptor(an: Analysis, k: int, j: int) -> bool:
    """«المواطن عثمان الطيب»، «الناشطة منى سعيد»: a word for what a private person is, followed by
    a word that may begin a name (not «ال», unless a given name written with it)."""
    w = an.words[k]
    if w == "مختار" and k + 2 < j and an.words[k + 1] in _MUKHTAR_OF and not has_phrase_break(an.doc.gap(k + 1)):
        return True       # «مختار القرية محمود صالح العبيدي»: a village's head, not the given name Mukhtar
    if (w not in name_lexicon.person_descriptors() and not name_lexicon.kin_of(w)) or k + 1 >= j or has_phrase_break(an.doc.gap(k + 1)):
        return False
    nxt = an.words[k + 1]
    if nxt.startswith("ال") and nxt not in name_lexicon.article_given_names():
        # «المواطن البسيط»: an adjective, no name; «الطالبة المتفوقة فاطمة آدم إسحاق»: a name after it
        return k + 2 < j and not has_phrase_break(an.doc.gap(k + 2)) and known_first_word(an.words[k + 2]) \
            and not an.words[k + 2].startswith("ال")
    return (plain_word(an, k + 1) and not in_lex(nxt, lexicon.org_heads())
            and not any(ch in QUOTE_MARKS for ch in an.doc.gap(k + 1)))


def described_from_place(an: Analysis, k: int, j: int) -> bool:
    """«وعبّر فلاح من منطقة الرمشي، الحاج بومدين، …»: a word for what a person is that is a given
    name too («فلاح»، «ناجي»), followed by «من/في» and a place, describes someone, names no one."""
    w = an.words[k]
    forms = [w, w[1:]] if len(w) > 3 and w[0] in "وف" else [w]      # «فلاح» is no «فـ» + «لاح»
    people = w in _ANY_ONE      # «وقالت سيدة من الفنيدق، …»: a woman from a town the gazetteer may not hold
    if not (people or any(not f.startswith("ال") and "ال" + f in name_lexicon.person_descriptors() for f in forms)) \
            or k + 2 >= j or an.words[k + 1] not in ("من", "في") or has_phrase_break(an.doc.gap(k + 1)):
        return False
    nxt = an.words[k + 2]
    return nxt in lexicon.place_nouns() or (k + 2) in an.gaz_at or (people and nxt.startswith("ال") and not an.is_common_word(k + 2))


_ANY_ONE = lexicon.forms("رجل امرأة سيدة شاب شابة فتاة فتى مسن مسنة")


def unnamed_person(word: str) -> bool:
    """«تاجر»، «موظفة»، «سائق»: what a private person is, written indefinite as the first word of a
    speaker; the article describes the person and names no one («قال تاجر في صنعاء، فضّل عدم ذكر
    اسمه»), as it does «مصدر». A word that is a given name too («ناجي») stays a name."""
    bare = word[1:] if len(word) > 3 and word[0] in "وف" else word
    return not bare.startswith("ال") and "ال" + bare in name_lexicon.person_descriptors() \
        and bare not in name_lexicon.article_given_names() and not known_first_word(bare)


# «المتحدث»، «الناطقة»، «متحدث»: a spokesperson, who speaks for the body named after «باسم».
SPOKESPERSON_WORDS = frozenset(arabic.normalize(f"{d}{b}{e}") for b in ("متحدث", "ناطق") for d in ("", "ال") for e in ("", "ة"))


def spokes_word(word: str) -> bool:
    """«المتحدث»، «الناطقة الرسمية» («الرسمي» after it too): a spokesperson's office word."""
    return word in SPOKESPERSON_WORDS or word in ("الرسمي", "الرسميه", "رسمي", "رسميه")


def plural_of_title_shape(an: Analysis, k: int) -> bool:
    """«محافظ إلكترونية»، «المحافظ الرقمية»: a masculine office word followed at once by a feminine nisba adjective of the same definiteness
    is a broken plural (wallets, not governors), which takes its adjectives in the feminine; a person's office agrees with its holder."""
    w = an.words[k]
    if k + 1 >= len(an.words) or w.endswith("ه") or w not in lexicon.title_heads() or has_phrase_break(an.doc.gap(k + 1)):
        return False
    adj = an.words[k + 1]
    # definite as written: «إلكترونية» normalises to a word in «ال» too
    if not (adj.endswith("يه") and len(adj) >= 5 and adj.isalpha()) \
            or an.doc.tokens[k + 1].text.startswith("ال") != an.doc.tokens[k].text.startswith("ال"):
        return False
    if adj in lexicon.org_heads() or adj in lexicon.title_modifiers() or (k + 1) in an.gaz_at or adj in ("داخليه", "خارجيه") or adj[1:] in lexicon.place_nouns():
        return False      # («وزير داخلية ولاية براندنبورغ»: the interior, a noun in construct; «مسؤول بولاية جهة …»: where)
    # «مدير تربية حمص»، «مسؤول ميزانية الدولة»: a noun in «ية» in construct has its genitive after it
    after = k + 2
    if after < len(an.words) and an.written(after).endswith(("ته", "تها")) and not has_phrase_break(an.doc.gap(after)):
        return False     # «الرئيس المنتهية ولايته»: the adjective agrees with the noun after it
    return an.doc.tokens[k].text.startswith("ال") or not (
        after < len(an.words) and not has_phrase_break(an.doc.gap(after))
        and (an.words[after].startswith("ال") or after in an.gaz_at))


def body_in_construct(an: Analysis, ph: Phrase, k: int, j: int) -> bool:
    """«هيئة مياه ولاية نهر النيل»: a body's head without «ال» is in construct; the noun after it is the body's."""
    prev = an.words[k - 1]
    if prev == "بلا" and (k - 1) in ph.title and ph.kind == "organization" and not has_phrase_break(an.doc.gap(k)) \
            and plain_word(an, k):
        return True       # «منظمة أطباء بلا حدود»، «مراسلون بلا حدود»: «بلا» governs the name's last word
    # «الرئيس التنفيذي لشركة قطارات الاتحاد شادي ملك»: the head in «لـ/بـ» governs the body's name too
    head = prev[1:] if prev[:1] in "لب" and len(prev) > 4 and prev[1:] in lexicon.org_heads() else prev
    # «المتحدثة باسم برنامج الأغذية العالمي»، «متحدث باسم مجموعة إيون»: after a spokesperson's «باسم» the body spoken for
    spoken_for = (prev == "باسم" and k + 1 < len(an.words) and (an.words[k + 1].startswith("ال") or "ال" + an.words[k] in lexicon.org_heads())
                  and not has_phrase_break(an.doc.gap(k + 1)) and k >= 2 and spokes_word(an.words[k - 2])) \
        or (k >= 2 and an.words[k - 2] == "باسم" and "ال" + prev in lexicon.org_heads() and not has_phrase_break(an.doc.gap(k)))
    workplace = (head in lexicon.premises_nouns() and k >= 2 and (an.words[k - 2] in ("في", "باسم", "من") or (   # «مهندس في محطة كهرباء طبرق»
        (k - 2) in ph.title and (in_lex(an.words[k - 2], lexicon.org_heads())
                                 or (an.words[k - 2] in lexicon.title_heads() and name_lexicon.masdar_shaped(an.words[k])))))) \
        or head in _SUBDIVISIONS
    action = k >= 2 and (k - 2) in ph.title and name_lexicon.masdar_shaped(prev) and not prev.startswith("ال") and in_lex(an.words[k - 2], lexicon.org_heads()) \
        and not known_first_word(an.words[k]) and (k - 1) not in an.gaz_at     # «لجنة متابعة أوضاع …» (not «بلدية تيشيت محمد …»)
    if (k - 1) not in ph.title or (not spoken_for and not workplace and not action
                                   and (head.startswith("ال") or not in_lex(head, lexicon.org_heads()))) \
            or (head != prev and (head in lexicon.addressees() or head in lexicon.media_nouns())) or arm_of_rank(an, k - 1):
        return False      # (nor after a rank's arm: «العميد شرطة حسن …», the name follows)
    if has_phrase_break(an.doc.gap(k)) or any(ch in QUOTE_MARKS for ch in an.doc.gap(k)) \
            or not (plain_word(an, k) or verbal_noun_in_construct(an, k)
                    # «لجنة رد المظالم والحقوق»: a noun of two letters governing a definite one
                    or (len(an.words[k]) == 2 and an.words[k].isalpha() and an.words[k] not in lexicon.stop_words()
                        and k + 1 < len(an.words) and (an.words[k + 1].startswith("ال") or an.words[k] in lexicon.premises_nouns())
                        and not has_phrase_break(an.doc.gap(k + 1)))):
        return False
    w = an.words[k]     # («إدارة شبكة باعت مئات التصاريح»: four letters in «ت» after a feminine head, the body's verb)
    return (w not in name_lexicon.article_given_names() and w not in name_lexicon.foreign_article_names()
            and not number_word(w) and w not in _PLAIN_ADJECTIVES and not (
                len(w) == 4 and w[-1] == "ت" and w[-2] not in "اوي" and head.endswith("ه") and k not in an.gaz_at and not known_first_word(w)))


# Adjectives an indefinite body head may take («جماعة أخرى»، «شركة جديدة»): not its complement.
_PLAIN_ADJECTIVES = frozenset(arabic.normalize(w) for w in (
    "أخرى", "آخر", "أخر", "جديد", "جديدة", "كبرى", "كبير", "كبيرة", "صغيرة", "صغير", "ثانية", "ثان", "ثالثة",
    "واحدة", "واحد", "مماثلة", "مماثل"))


def coordinated_complement(an: Analysis, ph: Phrase, k: int, j: int) -> bool:
    """«لحماية وإرشاد المستهلك»: «و» on a noun coordinated with the indefinite title word before
    it, the two sharing the definite noun after; «المستهلك ومحيطه»: «و» on a noun with a pronoun that points back into the title."""
    w = an.words[k]
    if (k - 1) in ph.title and an.words[k - 1].startswith("ال") and not has_phrase_break(an.doc.gap(k)) \
            and portfolio_before_name(an, k, j):
        return True        # «وزير التجارة الداخلية وضبط السوق الوطنية الطيب زيتوني»: a short noun too
    if (len(w) < 5 and w[1:] not in SHORT_PORTFOLIOS and an.words[k - 1][:1] != "و") or w[0] != "و" or (k - 1) not in ph.title or has_phrase_break(an.doc.gap(k)) \
            or not w.isalpha() or w in lexicon.stop_words() or given_name_in_wa(an, k, j):
        return False
    prev = an.words[k - 1]
    raw = an.doc.tokens[k].text
    if (prev.startswith(("ال", "لل")) or (k - 1) in an.gaz_at) and raw.endswith(("ه", "ها", "هم", "هما")) and w[1:] not in name_lexicon.verb_shaped_names():
        return True        # «ومحيطه»، «للحليب ومشتقاته»: its pronoun is the body's; «غرفة صناعة دمشق وريفها»: the place's
    if prev.startswith("ال") and (verbal_noun_of_title(an, k, j) or second_good(an, ph.title, k, j)):
        return True        # «وزيرة التربية الوطنية وإصلاح النظام التعليمي هدى باباه»
    if prev.startswith("ال") and (w.endswith("يه") and len(w) >= 8 or len(w) == 5 and w[3] == "و") and k + 1 < j \
            and an.words[k + 1].startswith("ال") and not has_phrase_break(an.doc.gap(k + 1)):
        return True        # «حزب المساواة وديمقراطية الشعوب»، «… للحقوق الدستورية وحقوق الإنسان»: an abstract noun, a plural فعول
    if not prev.startswith("ال") and people_in_construct(w[1:]) and people_in_construct(prev) and k + 1 < j:
        return True        # «رئيس نقابة عمال وموظفي كهرباء عدن»: two groups sharing the noun after
    if prev.startswith("ال") or prev in lexicon.title_heads() or k + 1 >= j:
        return False       # «المتحدث باسم الوزارة وليد الخطيب»: a name after a definite word
    x = k + 1         # «هيئة كهرباء ومياه وغاز الشارقة»: three goods sharing the place after
    while x + 1 < j and an.words[x][:1] == "و" and len(an.words[x]) > 3 and not has_phrase_break(an.doc.gap(x)):
        x += 1
    # «غرفة تجارة وصناعة عُمان»: the shared noun may be a place the gazetteer names, without «ال»
    return ((an.words[x].startswith("ال") or x in an.gaz_at) and not an.is_time(x) and not has_phrase_break(an.doc.gap(x))
            and not an.is_verb(k) and w[1:] not in name_lexicon.article_given_names())


def feminine_nisba(an: Analysis, ph: Phrase, k: int) -> bool:
    """«جماعة ترابية»، «لجنة وزارية»: an indefinite nisba adjective («ـية») after an indefinite
    feminine body word of the title describes it."""
    w, prev = an.words[k], an.words[k - 1]
    return ((k - 1) in ph.title and not prev.startswith("ال") and prev.endswith("ه")
            and (prev in lexicon.title_modifiers() or prev in lexicon.org_heads())
            and len(w) >= 5 and w.endswith("يه") and not w.startswith("ال") and w.isalpha()
            and not has_phrase_break(an.doc.gap(k)) and not an.is_common_word(k))


def issued_document(an: Analysis, k: int, j: int) -> bool:
    """«وقال البنك في المنشور»، «وذكرت الوزارة في بيانها»، «أوضحت الهيئة من خلال التعميم»: «في» or «من» before a document a body issues
    (with «ال» or a pronoun) says where the words were said; it is never part of the speaker's name or title."""
    if an.words[k] not in ("في", "من", "عبر") or k + 1 >= j or has_phrase_break(an.doc.gap(k + 1)):
        return False
    x = k + 1
    if an.words[k] == "من" and an.words[x] == "خلال" and x + 1 < j:
        x += 1
    return _document_word(an.words[x])


def _document_word(w: str) -> bool:
    docs = lexicon.issued_documents()
    if w.startswith("ال") and w[2:] in docs:
        return True
    for suffix in ("هما", "هم", "ها", "ه"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            stem = w[: -len(suffix)]
            stem = stem[:-1] + "ه" if stem.endswith("ت") else stem
            if stem in docs or stem + "ه" in docs:
                return True
    return False


def opens_quote(gap: str) -> bool:
    """Whether a quotation opens just before the token the gap precedes: «, “ or „ last in
    the gap, or a straight mark written against the token after a space (« "كلمة»)."""
    stripped = gap.rstrip()
    if not stripped or stripped[-1] not in "«“\"„":
        return False
    if stripped[-1] != '"':
        return True
    return stripped is gap and len(gap) >= 2 and gap[-2].isspace()


def imperfect_verb(word: str) -> bool:
    """«يستقبل»، «سيلتقي»: a verb of a happening in the present or future tense, which no name
    word after the first is («يوديث»، «سيلفا» are names)."""
    if word in name_lexicon.verb_shaped_names() or not (
            (len(word) >= 4 and word[0] == "ي") or (len(word) >= 5 and word[:2] in ("سي", "ست", "سن"))):
        return False
    return trigger_category(word) is not None


def governs(an: Analysis, k: int) -> bool:
    """Whether token k takes the next word as its complement inside a title: a title or organisation head («مراسل وكالة …»، «مدير وكالة …»)
    or a link («في»، «باسم»), not an adjective («مصدر طبي وكالة …»: the agency is the object)."""
    w = an.words[k]
    # «مصدر من وكالة الحوض المائي»: «من» before a body says whose the source is; the one spoken to is written with «لـ» or as the object
    return (in_lex(w, lexicon.title_heads(), clitics=True) or in_lex(w, lexicon.org_heads(), clitics=True)
            or in_lex(w, lexicon.descriptor_heads(), clitics=True) or w in lexicon.title_links() or w == "من"
            or w in lexicon.title_modifiers() and not w.endswith(("ي", "يه"))
            or _construct_link(an, k))


def _construct_link(an: Analysis, k: int) -> bool:
    """«شركة طيران الشرق الأوسط»: an indefinite noun right after a body's indefinite head is a link
    of its construct chain and governs the next word, even one that is also an outlet's name."""
    w, prev = an.words[k], an.words[k - 1] if k > 0 else ""
    return (w.isalpha() and not w.startswith(("ال", "و")) and not w.endswith(("ي", "يه")) and len(w) >= 3
            and not prev.startswith("ال") and in_lex(prev, lexicon.org_heads(), clitics=True)
            and not has_phrase_break(an.doc.gap(k)) and not an.is_verb(k))


def governed_office(an: Analysis, ph: Phrase, k: int, j: int) -> bool:
    """«بمحافظة»، «بوزارة»، «لرئيس» inside a title: a preposition on an office, a body or a
    place noun continues the title («مدير مكتب الصحة بمحافظة عدن»، «النائب الأول لرئيس مجلس
    الوزراء»، «مصدر بالشركة القابضة لكهرباء مصر»), unless it names the one spoken to («لوكالة»، «لقناة») or the outlet."""
    w = an.words[k]
    if relations_with(an, ph, k, j) or sector_of_members(an, ph, k, j):
        return True       # «وزير الثقافة والعلاقات مع البرلمان»، «للعاملين بقطاع النفط»
    if ph.name or len(w) < 4 or w[0] not in "بل" or w.startswith(("بال", "لل")) or an.is_outlet(k) \
            or (k - 1) not in ph.title or has_phrase_break(an.doc.gap(k)) or w in name_lexicon.given_names():
        return False      # («… لإرشاد المستهلك لطفي الرياحي»: a given name in «ل»)
    rest = w[1:]
    if rest == "وكاله" and listed_body_after(an, k, j):     # (not «لإذاعة الجيش الإسرائيلي»: a radio spoken to)
        return True       # «المفوض العام لوكالة الأونروا»: a listed body that is no news outlet, his own
    if rest in lexicon.addressees() or rest in lexicon.media_nouns() or rest.startswith("نظير") or w == "برءاسه":
        return False      # «لوكالة»، «لنظيره»: the one spoken or written to; «برئاسة المستشار …»: who presides
    if rest in lexicon.place_nouns() or rest in lexicon.org_heads() or rest in lexicon.title_heads() or rest in ("محليه", "ساحل") \
            or (rest in lexicon.premises_nouns() and (any(ch in QUOTE_MARKS for ch in an.doc.gap(k + 1)) or (k + 1) in an.gaz_at)):    # «… بمدرسة "الأمل"»، «للجمارك بميناء الجزائر»
        # (not «للحزب لولاية جديدة»: for a new term, no state; «لمحلية وادي حلفا»: Sudan's locality, never the adjective in «لـ»)
        return k + 1 < j and not has_phrase_break(an.doc.gap(k + 1)) and not new_term(an, k)
    body = ph.kind != "person" or any(in_lex(an.words[x], lexicon.org_heads()) for x in ph.title)
    if body and w[0] == "ل" and an.words[k - 1].startswith("ال") and rest in lexicon.title_modifiers() \
            and k + 1 < j and not has_phrase_break(an.doc.gap(k + 1)):
        return True       # «المنظمة الجزائرية لحماية …»، «الهيئة الوطنية لمكافحة الفساد»: the body's purpose
    if body and w[0] == "ل" and (name_lexicon.masdar_shaped(rest) or rest in lexicon.action_nouns()) \
            and k + 1 < j and an.words[k + 1].startswith("ال") and not has_phrase_break(an.doc.gap(k + 1)):
        return True       # «شبكة شمس لمراقبة الانتخابات»: what the body is for, after its own name too
    if possessed_head(rest):
        return False      # «لحكومته»
    if ph.kind == "person" and w[0] == "ل" and an.words[k - 1].startswith("ال") and an.words[k - 1] not in name_lexicon.address_titles() and k + 2 < j and rest.isalpha() \
            and len(rest) >= 4 and not an.is_common_word(k) and rest not in lexicon.label_nouns() \
            and an.words[k + 1] in name_lexicon.given_names() \
            and not has_phrase_break(an.doc.gap(k + 1)) and an.words[k + 2].isalpha():
        return True       # «مدير التوزيع لسونلغاز فاتح عيساوي»: the company his office is of, then his name (not «السيدة ليانغ مي لينغ»)
    # «الشركة القابضة لكهرباء مصر»، «المرصد السوري لحقوق الإنسان»: a governed noun in construct
    # with a known name or a definite word, after a definite word of a body's name
    body = ph.kind != "person" or any(in_lex(an.words[x], lexicon.org_heads()) for x in ph.title)
    return (body and w[0] == "ل" and an.words[k - 1].startswith("ال") and k + 1 < j
            and ((k + 1) in an.gaz_at or an.words[k + 1].startswith("ال"))
            and not has_phrase_break(an.doc.gap(k + 1)) and rest.isalpha() and not an.is_common_word(k)
            and not an.is_time(k + 1))


def apposition_after(an: Analysis, k: int) -> bool:
    """«"تنسيقية لجان مقاومة الفاشر"، وهي مجموعة …»: a description set after a name."""
    return k + 1 < len(an.words) and "،" in an.doc.gap(k) and an.words[k] in ("وهي", "وهو", "وهم")


ORG_NAME_LONGEST = 8      # the longest quoted name of a body: «"الجمعية اللبنانية من أجل ديموقراطية الانتخابات"»

# Words that make a clause of a quoted phrase: a negation, a pronoun, «أن», «قد».
_CLAUSE_MARKERS = frozenset(arabic.normalize(w) for w in (
    "لا", "لم", "لن", "ليس", "ليست", "قد", "سوف", "هو", "هي", "هم", "نحن", "أنا", "هذا", "هذه", "ذلك", "تلك",
    "كان", "كانت", "الذي", "التي", "الذين"))


def org_name_words(an: Analysis, i: int, j: int) -> bool:
    """Whether tokens [i, j) read as the name of a body: it opens with a body's head («الجمعية»،
    «هيئة») and has no verb, no complementiser and no clause word; prepositions may link its parts («من أجل»، «لحماية»)."""
    if j <= i or not in_lex(an.words[i], lexicon.org_heads()):
        return False
    return all(an.words[k].isalpha() and not an.is_verb(k) and not imperfect_verb(an.words[k])
               and an.words[k] not in lexicon.complementisers() and an.words[k] not in _CLAUSE_MARKERS
               and not (len(an.words[k]) >= 5 and an.words[k].startswith(("سي", "ست", "سن")))
               for k in range(i, j))


def name_words(an: Analysis, i: int, j: int) -> bool:
    """Whether tokens [i, j) read as a name: no clause word, no verb."""
    return all(an.words[k] not in lexicon.function_words() and not an.is_verb(k) and an.words[k].isalpha()
               for k in range(i, j))


def given_name_after_title(an: Analysis, ph: Phrase, k: int, j: int) -> bool:
    """A given name with «ال» after a person's title, with another name word after it."""
    words = an.words
    if ph.kind == "organization" or k + 1 >= j or (
            words[k] not in name_lexicon.article_given_names() and words[k] not in name_lexicon.foreign_article_names()):
        return False
    if k > 0 and ((not words[k - 1].startswith("ال") and in_lex(words[k - 1], lexicon.org_heads(), clitics=True))
                  or words[k - 1] in name_lexicon.sellers()):
        return False       # «كتلة حزب الخضر»: a body's head governs its name; «بائع الخضر سليم»: what he sells
    nxt = words[k + 1]
    # («لتجار الخضر والغلال»: a definite noun joined to another is the pair of things a trade deals in)
    return (nxt.isalpha() and not has_phrase_break(an.doc.gap(k + 1)) and not nxt.startswith("وال")
            and nxt not in lexicon.stop_words() and nxt not in lexicon.prepositions()
            and nxt not in lexicon.title_heads() and nxt not in lexicon.org_heads()
            and not an.is_verb(k + 1) and not an.is_report_noun(k + 1) and not an.is_time(k + 1)
            and (k + 1) not in an.gaz_at)


def quoted_name(an: Analysis, k: int, j: int, longest: int = 4) -> int | None:
    """The end of a short quoted name opening at token k («"تقدم"»), or None."""
    if not any(ch in "«“\"" for ch in an.doc.gap(k)):
        return None
    for end in range(k + 1, min(j, k + longest) + 1):
        after = an.doc.gap(end) if end < len(an.words) else an.doc.body[an.doc.tokens[end - 1].end:][:2]
        if any(ch in "»”\"" for ch in after):
            return end
    return None


def part_bounds(an: Analysis, i: int, j: int) -> list[tuple[int, int]]:
    """Split tokens [i, j) at punctuation; stop at a complementiser («أن»، «إن») or a colon.
    Parenthesised asides («(يونيفيل)») are left out."""
    parts = []
    start = i
    for k in range(i, j):
        gap = an.doc.gap(k)
        if k > i and (":" in gap or has_phrase_break(gap)) and not (k - 2 >= i and dashed_part(an, k)) and not initials_bracket(an, k):
            parts.append((start, k))      # (not «محافظة كسروان – جبيل», «بلدية زحلة – معلقة»: one place of two towns)
            start = k
            if ":" in gap:
                break
        # («آن-كلير»: «آن» joined by a hyphen is half of a given name, no «أن»)
        hyphened = (k + 1 < len(an.words) and an.doc.gap(k + 1) in JOINING_HYPHENS) or an.written(k) == "آن" or malay_wan(an, k)     # («آن فرانسن»: Anne; «وان روسدي»: Wan)
        if an.words[k] in lexicon.complementisers() and not hyphened and not letter_n_at(an.words, k) and not (
                an.words[k] == "الي" and (k + 1 >= j or an.words[k + 1] not in lexicon.complementisers())):
            # «أشار إلى أن» ends the subject; «المبعوث إلى اليمن» does not
            parts.append((start, k))
            start = j
            break
    else:
        parts.append((start, j))
    return [(a, b) for a, b in parts if b > a and "(" not in an.doc.gap(a)[-2:]]


def conjoined_office_word(word: str) -> bool:
    """«وزير الخارجية والهجرة وشؤون المصريين»: «و» before an office word continues the title; so
    does «و» before a second office of the same person, written indefinite («وزير الدولة لشؤون
    البلدية ووزير الدولة لشؤون الإسكان عبداللطيف المشاري»): the name follows both."""
    return len(word) > 3 and word[0] == "و" and (word[1:] in lexicon.title_modifiers()
                                                 or word[1:] in lexicon.org_heads()
                                                 or (word[1:] in lexicon.title_heads() and not word[1:].startswith("ال")
                                                     and word[1:] not in _ADDRESS_HEADS))


def possessed_head(word: str, text: str | None = None) -> bool:
    """An organisation or title word with a possessive pronoun: «حكومتها»، «قائدها»، «جيشه». With the
    word as written (`text`), a «ة» folded to «ه» is no pronoun: «شيخة» is a woman's given name, not «شيخه»."""
    for suffix in ("هما", "هم", "ها", "ه"):
        if suffix == "ه" and text is not None and not text.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652").endswith("ه"):
            continue
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            if stem.endswith("ت"):
                stem = stem[:-1] + "ه"      # تاء مربوطة before a suffix: حكومت+ها -> حكومه
            return stem in lexicon.org_heads() or stem in lexicon.title_heads() or stem == "وزراء"    # «رئيس وزرائها»
    return False


def addressee(word: str) -> bool:
    """«لوكالة»، «للصحفيين»، «لوزير»: the one spoken to, not the speaker."""
    if len(word) < 4 or word[0] != "ل" or word in name_lexicon.given_names():
        return False      # «علي محمان لامين زين»: a given name, no «لـ» on «أمين»
    rest = word[1:]
    return word.startswith("لل") or rest in lexicon.org_heads() or rest in lexicon.label_nouns() \
        or rest in lexicon.title_heads() or rest in lexicon.descriptor_heads() or rest in lexicon.addressees() \
        or rest in lexicon.media_nouns() or our_outlet(word) or rest.isascii()      # «لصحافيين»: journalists, indefinite; «لراديو دلسن»; «لـNHK»


