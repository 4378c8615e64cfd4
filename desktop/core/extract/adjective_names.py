"""Country names that are also common adjectives: «مالي» is Mali, and it is «financial» after a
noun («عجز مالي»، «بغلاف مالي»، «فائض مالي بلغ …»), far more often in Arabic news than the country.
Two more country names are common nouns read the same way after a noun: «بنين» (Benin; «boys» in
«مدرسة بنين») and «بوتان» (Bhutan; the gas in «قارورة غاز بوتان»).

Written after an indefinite noun that is no place, office or body word, with no preposition or
break between them, the word is the noun's adjective. The country keeps every other place:
after a preposition («في مالي»، «ومن مالي»), a place, office or body noun in construct («جمهورية
مالي»، «رئيس مالي»، «حكومة مالي»), a definite noun («الرئيس الانتقالي في مالي» aside), or at the
start of a clause («مالي تعلن …»)."""
from __future__ import annotations

from desktop.core import arabic
from desktop.core.extract import lexicon

# «سورية» is Syria's other spelling and the feminine adjective («عائلة سورية»، «مصادر سورية»)
_ADJECTIVE_NAMES = frozenset(arabic.normalize(w) for w in ("مالي", "بنين", "بوتان", "سورية"))

_DEGREE = frozenset(arabic.normalize(w) for w in ("كبير", "بالغ", "شديد", "منقطع", "واضح", "لافت", "كبيرين"))

# Words after which a country is named in construct: a state's forms and the people of a state.
_STATE_WORDS = frozenset(arabic.normalize(w) for w in (
    "جمهورية", "دولة", "شعب", "جيش", "حكومة", "رئيس", "رئيسة", "سفير", "سفيرة", "سفارة", "وزير", "وزيرة",
    "شمال", "جنوب", "شرق", "غرب", "وسط", "حدود", "أراضي", "عاصمة", "مواطني", "لاجئي", "قوات", "سلطات",
    "مجلس", "برلمان", "منتخب", "مع", "ضد", "بين", "و"))


def adjective_at(words: list[str], k: int, broken_before: bool) -> bool:
    """Whether the one-word gazetteer match at token k is the adjective, not the country;
    `broken_before`: punctuation or a line between it and the word before."""
    if words[k] == "بحماس" and words[k + 1:k + 2] and words[k + 1] in _DEGREE:
        return True       # «أشعر بحماس كبير»: with great enthusiasm, no Hamas
    if words[k] not in _ADJECTIVE_NAMES or k == 0 or broken_before:
        return False
    prev = words[k - 1]
    if prev in _PREDICATED:
        return True       # «بقدر ما هو مالي»: what it is, said of it
    if not prev.isalpha() or prev.startswith(("ال", "وال", "بال", "لل", "فال")) or len(prev) < 3:
        return False
    if prev in _STATE_WORDS or prev in lexicon.prepositions() or prev in lexicon.stop_words() \
            or prev in lexicon.place_nouns() or prev in lexicon.title_heads() or prev in lexicon.org_heads() \
            or prev in lexicon.report_verbs() or (prev[:1] in "وف" and prev[1:] in lexicon.report_verbs()):     # «وقالت سورية»
        return False
    return True


# Pronouns an adjective is said of as a predicate: «التحدي ليس فنياً بقدر ما هو مالي»
_PREDICATED = frozenset(arabic.normalize(w) for w in ("هو", "هي", "وهو", "وهي", "فهو", "فهي"))


# Country names that are people's names too: «نغارتويدي بليز» (Blaise), «جورجيا ميلوني».
# «تيريز كاييكوامبا فاغنر»: a family name that is also the short name of a group.
_PERSONAL_NAMES = frozenset(arabic.normalize(w) for w in ("بليز", "جورجيا", "فاغنر"))


def personal_name_at(words: list[str], k: int, broken_before: bool, broken_after: bool) -> bool:
    """Whether the one-word match at token k is a person's name, not the country: right after a
    word that is no preposition, function word, place, office or state word (the given name
    before it: «… نغارتويدي بليز، أن»), or right before a word that may be a family name
    («جورجيا ميلوني»)."""
    if words[k] not in _PERSONAL_NAMES:
        return False
    def plain(w: str) -> bool:
        return (w.isalpha() and len(w) >= 3 and not w.startswith("ال") and w not in _STATE_WORDS
                and w not in lexicon.prepositions() and w not in lexicon.stop_words() and w not in lexicon.place_nouns()
                and w not in lexicon.title_heads() and w not in lexicon.org_heads())
    before = k > 0 and not broken_before and plain(words[k - 1])
    after = k + 1 < len(words) and not broken_after and plain(words[k + 1])
    return before or after
