"""What a name's words must look like to be a person's: shapes the gate (actor_gate.py) refuses.

A phrase read as a person's name is often the clause going on after a title or a verb: a
circumstance («المحافظ، بموجب القانون»، «أعلنت … بسبب التراجع الحاد»، «المسؤول عما يسمى …»),
a second party joined with «و» («رئيس المجلس وممثلو المصالح»), the rest of an office («مدير
توزيع كهرباء الجنوب»), a place («حذر مدينة الزاوية»، «بلدة حوش السيد علي الحدودية»), a building
the sentence goes on to («يزور … عبد الأمير يار الله مقر قيادة العمليات»), or a bare title
(«وأفادت مندوبة "الجديد"»، «وكشفت النائبة»). None of these shapes begins or ends a person's name.
"""
from __future__ import annotations

from desktop.core import arabic
from desktop.core.extract import lexicon, name_lexicon
from desktop.core.extract.analysis import has_phrase_break, in_lex

# Prepositions with «ما/من» fused: «عما يسمى»، «مما أدى»; never a name's first word.
_FUSED_PREPOSITIONS = frozenset(arabic.normalize(w) for w in ("عما", "عمن", "مما", "ممن", "فيما", "بما", "كما"))

# Prepositions that are written as names too, once «ى» is folded to «ي»: «على» is «علي»،
# «أمام» is «إمام».
_NAME_SHAPED_PREPOSITIONS = frozenset(arabic.normalize(w) for w in ("على", "وعلى", "أمام"))

# Given names of the hollow verbal noun's shape إفالة («أسامة»، «أمامة»): a name, not an action.
_HOLLOW_SHAPED_NAMES = frozenset(arabic.normalize(w) for w in ("أسامة", "أمامة", "أمارة"))


def _plain(word: str) -> str:
    """The word without «و/ف» joined to it."""
    return word[1:] if len(word) > 3 and word[0] in "وف" else word


_KEPT_UNNAMED = lexicon.forms("فضل فضلت طلب طلبت رفض رفضت")


def unnamed_by_choice(words: list[str], k: int) -> bool:
    """«مصدر مسؤول في الهيئة فضل عدم ذكر اسمه»: the verb of a source's wish not to be named, written with
    no comma before it («فضل» is a given name too), opens no name."""
    return words[k] in _KEPT_UNNAMED and words[k + 1:k + 2] == ["عدم"]


def circumstance_word(word: str) -> bool:
    """«بموجب»، «بسبب»، «عما»، «في»: a preposition or a circumstance in «بـ» opens no name."""
    w = _plain(word)
    if word in _NAME_SHAPED_PREPOSITIONS or w in _NAME_SHAPED_PREPOSITIONS:
        return False
    return (word in lexicon.prepositions() or w in lexicon.prepositions() or w in lexicon.ba_phrases()
            or w in _FUSED_PREPOSITIONS)


def state_participle(word: str, written: str) -> bool:
    """«أضافت مبتسمة»، «قال متسائلاً»: a participle of a derived form (مفتعلة، متفعّلة، مستفعلة)
    in the feminine, or in the accusative with its «اً» written, says how the speaker spoke;
    it is no name. Given names of those shapes are left to the list of names."""
    if word in name_lexicon.given_names() or len(word) < 5 or word[0] != "م":
        return False
    derived = word[2] == "ت" or word.startswith(("مت", "مست"))
    # (`written` as in the text, marks and all: the tanween of «متسائلاً»، «ملتمساً» is written there)
    bare = written.rstrip("\u064e\u064f\u0650\u0651\u0652\u064c\u064d")
    return derived and (word.endswith("ه") and bare.rstrip("\u064b").endswith("ة") and len(word) >= 6
                        or bare.endswith(("اً", "ًا")))


def report_adjective(word: str) -> bool:
    """«مقتضب»، «مشترك»، «منفصل»، «متلفز»، «مكتوب»: after an indefinite statement noun («في رد …»)
    a participle of those shapes describes it. Given names share them («مختار»، «منتصر»), so the
    list of names is asked first."""
    if word in name_lexicon.given_names() or len(word) < 5 or word[0] != "م":
        return False
    return word[2] == "ت" or word.startswith(("مت", "مست", "من")) or (len(word) == 5 and word[3] == "و")


def office_plural(word: str) -> bool:
    """«وممثلو»، «وممثلي»، «ومسؤولو»: «و» and the plural of an office is a second party joined to
    the first, never a name's first word («وليد» is no «و» + a title); nor is the sound plural alone
    («يلتقي والي قفصة ممثلين عن الجامعة»: whom he meets)."""
    if len(word) >= 6 and word.endswith(("ين", "ون")) and word[:-2] in lexicon.title_heads() and word[0] != "و":
        return True
    if len(word) < 5 or word[0] != "و":
        return False
    rest = word[1:]
    for suffix in ("ون", "ين", "و", "ي"):
        if rest.endswith(suffix) and rest[: -len(suffix)] in lexicon.title_heads():
            return True
    return False


# Settlements and sites, indefinite in construct before their name: none is a body that speaks
# («محافظة القدس»، «بلدية سنجل»، «جامعة الدول العربية»، «مركز …» are, and are left out).
_SITES = frozenset(arabic.normalize(w) for w in (
    "مدينة", "بلدة", "قرية", "منطقة", "حي", "قضاء", "ناحية", "مخيم", "شارع", "طريق", "ساحة", "ميدان",
    "مطار", "ميناء", "معبر", "فندق", "قاعة", "جسر", "مقر", "مبنى", "قصر", "مستشفى"))


def place_word(word: str) -> bool:
    """«مدينة»، «مقر»، «مطار»: a settlement or a site, indefinite (in construct before what it is
    of), that is no first word of a person's name."""
    return word in _SITES


def hollow_action(word: str) -> bool:
    """«إعادة»، «إقامة»، «إزالة»: the verbal noun إفالة of a hollow root, which `masdar_shaped` leaves
    out (its shape is also «أسامة»'s); never a body's head («إدارة»، «أمانة»)."""
    w = _plain(word) if len(word) > 5 else word
    return (len(w) == 5 and w[0] == "ا" and w[2] == "ا" and w.endswith("ه")
            and w not in _HOLLOW_SHAPED_NAMES and w not in name_lexicon.masdar_shaped_names()
            and w not in name_lexicon.article_given_names() and w not in lexicon.org_heads())


def defective_action(word: str, written: str) -> bool:
    """«إعفاء»، «إلغاء»، «إنهاء»: the verbal noun إفعاء of a defective root, written with «إ»; a
    title's object («وأعلن الرئيس الصيني إعفاء مواطني …»), never a name's first word («إسراء» is
    listed)."""
    return len(word) == 5 and written.startswith("إ") and word[3] == "ا" and word[4] == "ء" \
        and word not in name_lexicon.given_names() and word not in name_lexicon.article_given_names()


def feminine_nisba(word: str) -> bool:
    """«الحدودية»، «الشمالية»: a long definite feminine adjective in «ـية» agrees with a place or a
    body («بلدة … الحدودية»), never with a man's name (family names so are short: «العطية»)."""
    return word.startswith("ال") and word.endswith("يه") and len(word) >= 8


def untitled_common_noun(words: list[str]) -> bool:
    """«المتهم»، «الريال»: a definite first word that is no given name the article may write with
    «ال» («الصادق»، «الحسن») is a common noun, the clause's object or its subject, not a person's
    name, when no title goes before it."""
    word = words[0]
    if not word.startswith("ال") or word in name_lexicon.article_given_names():
        return False
    # «الولاة والعمال»، «القوى الوطنية والإسلامية»: groups joined by «و» are a group that acts
    return not any(w.startswith("وال") for w in words[1:]) and word not in lexicon.generic_plurals() \
        and not in_lex(word, lexicon.org_heads()) and word not in lexicon.anonymity_words()


def bare_title(words: list[str]) -> bool:
    """«مندوبة»، «النائبة»: a title alone, read as a name, names no one."""
    return len(words) == 1 and words[0] in lexicon.title_heads()


def office_action(word: str) -> bool:
    """«توزيع»، «استثمار»: a verbal noun of the forms تفعيل and استفعال after a title is what the
    office is for («مدير توزيع كهرباء الجنوب»), not a given name («توفيق»، «تحسين» are)."""
    return word not in name_lexicon.masdar_shaped_names() and (
        (len(word) == 5 and word[0] == "ت" and word[3] == "ي")
        or (len(word) == 7 and word.startswith("است") and word[5] == "ا")
        or (word[:1] == "و" and hollow_action(word[1:])))     # «صندوق التنمية وإعادة إعمار ليبيا»


# Verbal nouns of a stance or a feeling a speaker «أبدى/أعرب عن» («أبدى … ولد بونه قلقه من النتائج»،
# «وأبدى الأمين العام ثقته بأن …»)
_STANCE_NOUNS = frozenset(arabic.normalize(w) for w in (
    "قلق", "أسف", "غضب", "رفض", "دعم", "حزن", "أمل", "فخر", "شكر", "خوف", "سخط", "ثقة", "تقدير", "عزم",
    "خشية", "ارتياح", "استياء", "تفاؤل", "تشاؤم", "ترحيب", "تأييد", "استغراب", "دهشة", "حرص", "رغبة",
    "استعداد", "امتنان", "مخاوف", "تحفظ", "رضا", "سعادة", "انزعاج"))


def stance_with_pronoun(word: str, written: str) -> bool:
    """«قلقه»، «رفضها»، «ثقته»، «خشيتهم»: a stance noun with its pronoun, written with «ه» (`written`):
    never a word of a name or a title. A «ة» before the pronoun is written «ت» («ثقت+ه»)."""
    for suffix in ("هما", "هم", "ها", "ه"):
        if written.endswith(suffix) and word.endswith(suffix) and len(word) - len(suffix) >= 2:
            stem = word[:-len(suffix)]
            return stem in _STANCE_NOUNS or stem + "ه" in _STANCE_NOUNS \
                or (stem.endswith("ت") and stem[:-1] + "ه" in _STANCE_NOUNS)
    return False


# What talks are about, in construct with it: «بحث … مع نظيره الإيطالي أنطونيو تاياني ملف الهجرة»
_TOPICS = frozenset(arabic.normalize(w) for w in (
    "ملف", "ملفات", "قضية", "قضايا", "موضوع", "مسألة", "سبل", "آفاق", "مستجدات", "تطورات"))


def topic_in_construct(words: list[str], k: int) -> bool:
    """Whether word k is a topic noun (`_TOPICS`) governing the definite word after it: what a
    meeting discussed, never a word of a name."""
    return words[k] in _TOPICS and k + 1 < len(words) and words[k + 1].startswith("ال")


def unnamed_trade(words: list[str]) -> bool:
    """«صيادون تقليديون»: an indefinite plural of people and its plural nisba, people of a trade an
    article leaves unnamed («أبدى صيادون تقليديون تحفظهم»): no actor when they say nothing quoted."""
    return len(words) == 2 and words[0].endswith(("ون", "ين")) and len(words[0]) >= 6 \
        and words[1].endswith(("يون", "يين"))


_FORMER = frozenset(arabic.normalize(w) for w in ("سابق", "سابقة"))


def former_office(words: list[str]) -> bool:
    """«سايلو سابق» of «بحق مدير سايلو سابق»: «former» is no word of a person's name."""
    return any(w in _FORMER for w in words)


def given_after_title(an, k: int) -> bool:
    """Token k is a singular given name right after a definite title word («الرئيس دانيال»): the
    word after it is a family name («نوبوا»), not a verb in the plural, which a plural subject
    would take («مهنيون حضروا»). (`an` is an `Analysis`.)"""
    w = an.words[k]
    # («الممثلة الخاصة للأمين العام هانا سيروا تيتيه»: a given name the lexicon knows after a title's last word)
    return (k >= 1 and w.isalpha() and not w.startswith("ال") and not w.endswith(("ون", "ين"))
            and ((an.words[k - 1].startswith("ال") and (an.words[k - 1] in lexicon.title_heads()
                                                       or (w in name_lexicon.given_names() and not has_phrase_break(an.doc.gap(k)))))
                 or (an.words[k - 1].endswith(("ها", "هم")) and an.words[k - 1][:-2] in lexicon.title_heads())))     # «محاميها لوران ديبوا»



def noun_then_its_owner(written: list[str]) -> bool:
    """«وعرض الوزير خطة وزارته للصيف»: after a title, a noun in «ة» then a noun in «ة» with a pronoun
    («وزارته»، «حكومتها») is what the office holder did something with, never a name. `written`: the
    tokens as written, the name's words and the word after them."""
    return len(written) == 2 and written[0].endswith("ة") and written[1].endswith(("ته", "تها", "تهم")) and len(written[1]) >= 5
