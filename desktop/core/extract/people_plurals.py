"""A definite plural of people («المواطنين»، «السائقين»، «الأساتذة»): whom a clause's verb acts on.

News prose names the people a speaker calls on, warns or advises right after the speaker's name
(«دعت الإدارة العامة للمرور السائقين إلى …»، «ونصحت غانم المواطنين بتجنب …»، «ودعت الأساتذة
إلى …»). Such a plural is never a family name nor a body's last word there: it is the object
of the verb, and a name or a body's title stops before it. What counts as a plural of people:

  * the sound plural, «ـين/ـون/ـات», of a word for what a private person is («المواطن»،
    «المزارع»، «السائق»، «الطالبة»: name_lexicon.person_descriptors);
  * a bare group word with «ال» («الخبراء»، «المواطنون»: lexicon.generic_plurals);
  * a short list of broken plurals of the people a notice addresses, which no shape derives.

A plural of people after an indefinite body's head («نقابة المعلمين»، «جمعية المزارعين») is the
body's own name: the callers check that the word before is definite or a name.
"""
from __future__ import annotations

from desktop.core import arabic
from desktop.core.extract import lexicon, name_lexicon
from desktop.core.extract.analysis import Analysis, has_phrase_break, in_lex

# Broken plurals of the people notices and advice are addressed to («الأساتذة»، «الطلاب»).
_BROKEN = frozenset(arabic.normalize(w) for w in (
    "الأساتذة", "الطلاب", "الطلبة", "التلاميذ", "العمال", "التجار", "السكان", "الأهالي", "الناس",
    "الأطفال", "النساء", "المرضى", "الحجاج", "الركاب", "الزبائن", "الأسر", "الشباب", "الصيادلة",
    "الأطباء", "الفلاحين", "المسافرين", "المستهلكين", "المستثمرين", "المودعين", "أولياء", "الأسرى", "الجرحى",
    "القتلى", "المصابين", "النازحين", "اللاجئين", "المؤمنين", "المصلين", "العائلات", "العوائل",
    "الأنصار", "الجماهير", "المشجعين",     # a club's supporters: «حاول المدرب … طمأنة الأنصار»
    "الزوار", "الزائرين", "السياح",     # «ودعا العمري الزوار إلى …»: visitors
    "الآباء", "الأمهات", "الأولياء",     # «ودعا الوزير الآباء إلى …»: parents
    "المتساكنين",     # Tunisia's residents: «ودعا تريعة المتساكنين وزوار المنطقة إلى …»
    # states and governments are called on as people are: «دعت … بيربوك الدول الأعضاء إلى …»
    "الدول", "الحكومات", "الوسطاء", "الشركاء", "المانحين", "الأطراف", "الحلفاء"))

# What a verb of calling, urging, warning or advising takes after its object: «إلى/على/من».
COMPLEMENT_PREPOSITIONS = frozenset(arabic.normalize(w) for w in ("إلى", "على", "من"))


def people_plural(word: str) -> bool:
    """Whether `word` (normalised) is a definite plural of people (see the module)."""
    if not word.startswith("ال") or not word.isalpha() or len(word) < 5 \
            or word in name_lexicon.article_given_names() or word in name_lexicon.given_names():
        return False
    if word in _BROKEN or word[2:] in lexicon.generic_plurals():
        return True
    descriptors = name_lexicon.person_descriptors()
    if word.endswith(("ين", "ون")) and (word[:-2] in descriptors or word[:-2] in name_lexicon.ROLES_IN_A_CASE):
        return True       # «المواطنين»، «السائقون»، «المتهمين» («وخاطب القاضي المتهمين»: whom he addressed)
    return word.endswith("ات") and word[:-2] + "ه" in descriptors      # «الطالبات»


def people_in_construct(word: str) -> bool:
    """«موظفي»، «عمال»: a plural of people in construct, the sound one losing its «ن» («عمال وموظفي …»)."""
    return len(word) >= 4 and word.isalpha() and (
        people_plural("ال" + word) or (word.endswith("ي") and people_plural("ال" + word[:-1] + "ين")))


def sound_plural_of_people(word: str) -> bool:
    """«المستفيدين»، «المستهلكين»: a definite sound plural in «ين/ون», long enough to be no given name
    nor an office word, whom no list of descriptors need know."""
    return (word.startswith("ال") and word.endswith(("ين", "ون")) and len(word) >= 8
            and word not in name_lexicon.given_names() and word not in name_lexicon.article_given_names()
            and not in_lex(word, lexicon.title_heads()))


def complement_word(word: str) -> bool:
    """«إلى/على/من», or «بـ» on a noun that is no given name («بتجنب»، «بالالتزام»): what a verb
    of calling or advising takes after its object."""
    return word in COMPLEMENT_PREPOSITIONS or (word[:1] == "ب" and len(word) >= 4 and word.isalpha()
                                    and word[1:] not in name_lexicon.given_names())


# The people of a place, in construct with it: «أهالي الأحساء»، «سكان المدينة»، «مواطني الولاية»
_PEOPLE_OF = frozenset(arabic.normalize(w) for w in ("أهالي", "سكان", "مواطني", "وأهالي", "وسكان"))


def people_of_place(an: Analysis, k: int) -> bool:
    """«هنّأ أمير المنطقة الشرقية أهالي الأحساء بافتتاح المركز»: the people of a place at k, whom the
    clause's verb acts on; no name opens there after a title."""
    return an.words[k] in _PEOPLE_OF and k + 1 < len(an.words) and not has_phrase_break(an.doc.gap(k + 1)) \
        and (an.words[k + 1].startswith("ال") or (k + 1) in an.gaz_at)
