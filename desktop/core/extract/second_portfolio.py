"""A second portfolio coordinated into an office before its holder's name, read by
`phrase_parts.coordinated_complement`: «وزير التجارة الداخلية وضبط السوق الوطنية الطيب زيتوني».

«و» on a plain noun after a definite title word is as often a new person («المتحدث باسم الوزارة
وليد الخطيب»); what tells a portfolio apart is that a name still follows its definite words, and
only a name that cannot be a complement of the title proves that: a given name written with «ال»
(«الطيب»، «الصادق») with a name word after it."""
from __future__ import annotations

from desktop.core import arabic
from desktop.core.extract import lexicon, name_lexicon
from desktop.core.extract.analysis import Analysis, has_phrase_break
from desktop.core.extract.actor_shape import hollow_action
from desktop.core.extract.people_plurals import people_plural

# A portfolio is a noun and at most this many definite words («ضبط السوق الوطنية»).
_PORTFOLIO_WORDS = 3


def portfolio_before_name(an: Analysis, k: int, j: int) -> bool:
    """Whether «و» on token k opens a second portfolio of the office being read: a plain noun,
    then definite words, then a given name with «ال» and another name word."""
    words = an.words
    w = words[k]
    if len(w) < 4 or w[0] != "و" or not w.isalpha() or w in lexicon.stop_words() \
            or w[1:] in name_lexicon.article_given_names() or w[1:] in name_lexicon.verb_shaped_names():
        return False
    end = k + 1
    while end < j and end - k <= _PORTFOLIO_WORDS and not has_phrase_break(an.doc.gap(end)) \
            and words[end].startswith("ال") and words[end].isalpha() \
            and words[end] not in name_lexicon.article_given_names() and not an.is_time(end):
        end += 1
    if end == k + 1 or end + 1 >= j or has_phrase_break(an.doc.gap(end)) \
            or words[end] not in name_lexicon.article_given_names():
        return False
    nxt = words[end + 1]
    return (nxt.isalpha() and not has_phrase_break(an.doc.gap(end + 1)) and not nxt.startswith("ال")
            and nxt not in lexicon.stop_words() and nxt not in lexicon.prepositions()
            and nxt not in lexicon.title_heads() and not an.is_verb(end + 1))


# Given names shaped like a verbal noun («إسلام»، «إيهاب»، «تغريد»): «و» on one after a title is
# a second person or the name, not the title going on.
_MASDAR_SHAPED_NAMES = frozenset(arabic.normalize(w) for w in (
    "إسلام", "إيهاب", "إيمان", "إحسان", "انتصار", "ابتسام", "اعتدال", "اعتماد", "إنعام", "ابتهال", "إخلاص",
    "إشراق", "إكرام", "إلهام", "إقبال", "إنصاف", "تغريد", "تحرير", "ابتهاج", "استقلال", "افتكار", "إجلال"))


# Short nouns of a portfolio joined by «و» to the one before: «وغسل الأموال»، «وشؤون المغتربين»، «ونقل الركاب»،
# «وضبط السوق الوطنية» (Algeria's trade ministry).
SHORT_PORTFOLIOS = frozenset(arabic.normalize(w) for w in ("غسل", "نقل", "دعم", "حفظ", "شؤون", "ضبط", "مكافحة", "تغير", "تحول", "علم", "علاج"))    # «هيئة الأرصاد الجوية وعلم المناخ والجيوفيزياء»، «الطب النفسي وعلاج الإدمان»


def verbal_noun_of_title(an: Analysis, k: int, j: int) -> bool:
    """«وزيرة التربية الوطنية وإصلاح النظام التعليمي»، «وزير الإسكان وتطوير المدن»: «و» on a verbal
    noun (if'al, istif'al, infi'al/ifti'al, taf'il) governing a definite noun after a definite title
    word coordinates a second portfolio with the first; a name is no such shape (names that are,
    «إسلام»، «تغريد», are left out)."""
    w = an.words[k]
    rest = w[1:]
    if rest in _MASDAR_SHAPED_NAMES or k + 1 >= j or has_phrase_break(an.doc.gap(k + 1)):
        return False
    nxt = an.words[k + 1]
    # «صندوق التنمية وإعادة إعمار ليبيا»: the verbal noun may govern a second one, then the place
    chained = k + 2 < j and (name_lexicon.masdar_shaped(nxt) or (len(nxt) == 5 and nxt[0] == "ا" and nxt[3] == "ا")) \
        and not has_phrase_break(an.doc.gap(k + 2)) \
        and (an.words[k + 2].startswith("ال") or (k + 2) in an.gaz_at)
    if not ((nxt.startswith("ال") and nxt.isalpha()) or chained) or an.is_time(k + 1):
        return False
    if chained and hollow_action(rest):
        return True       # «إعادة»
    return (rest in SHORT_PORTFOLIOS                                          # «الجرائم المالية وغسل الأموال»
            or (len(rest) == 5 and rest[0] == "ا" and rest[3] == "ا")            # إصلاح، إعداد
            or (rest.startswith("است") and len(rest) >= 6)                  # استثمار
            or (rest.startswith(("ان", "ات")) and len(rest) == 6 and rest[4] == "ا")   # انتقال، اتصال
            or (rest.startswith("ت") and len(rest) == 5 and rest[3] == "ي")      # تطوير، تعليم
            # «وزارة الصحة ووقاية المجتمع»، «وصيانة الطرق»: fi'ala, not a name of that shape («أسامة»)
            or (len(rest) == 5 and rest[2] == "ا" and rest[-1] == "ه" and rest[0] != "ا"
                and rest not in name_lexicon.given_names()))


def given_name_in_wa(an: Analysis, k: int, j: int) -> bool:
    """«النائبة عن فريق الأصالة والمعاصرة وفاء الشرقاوي»: a given name in «و» («وفاء»، «وليد») before
    a definite family name opens the holder's name; it is no noun coordinated into the title."""
    return (an.words[k] in name_lexicon.given_names() and k + 1 < j and an.words[k + 1].startswith("ال")
            and not has_phrase_break(an.doc.gap(k + 1)) and not an.is_common_word(k))


def second_good(an: Analysis, title: list[int], k: int, j: int) -> bool:
    """«الوكالة الوطنية لسلامة الأدوية ومنتجات الصحة»: after a body's «لـ» complement and its definite
    noun, «و» on a plural of things in construct with a definite noun is a second thing the complement
    governs, no second body («… لحقوق الإنسان ومنظمات المجتمع المدني» joins another subject)."""
    w = an.words[k]
    if not (w[:1] == "و" and w.endswith("ات") and len(w) >= 7 and k + 1 < j and an.words[k + 1].startswith("ال")
            and an.words[k + 1].isalpha() and not has_phrase_break(an.doc.gap(k + 1))):
        return False
    bare = w[1:]
    return any(an.words[x][:1] == "ل" and not an.words[x].startswith("ال") for x in title[1:]) \
        and not any(b in lexicon.org_heads() for b in (bare, bare[:-2] + "ه", bare[:-2] + "يه")) and not people_plural(bare) and not an.is_verb(k)
