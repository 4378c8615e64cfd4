"""Institutions named after a king, a prince or a sheikh: «مدينة الملك سعود الطبية»، «مستشفى
الأمير محمد بن عبدالعزيز»، «جامعة الشيخ زايد». Inside a title the royal word and the name after it
are the institution's, not a person's: «استشارية الأمراض المعدية في مدينة الملك سعود الطبية
الدكتورة نوال الشهري» names نوال الشهري, not «سعود الطبية»."""
from __future__ import annotations

from desktop.core.extract import lexicon
from desktop.core.extract.analysis import NAME_CONNECTORS, Analysis, has_phrase_break

_ROYAL = lexicon.forms("الملك الأمير الشيخ الإمام السلطان "
                       "مولاي "  # Morocco's sultans: «جامعة مولاي إسماعيل بمكناس»
                       "ابن")    # the classical scholars: «مستشفى ابن سينا العام»، «جامعة ابن خلدون»
# «مستشفى ابن سينا العام»: «العام» (public) qualifies the institution as a nisba does
_INSTITUTION_ADJECTIVES = lexicon.forms("العام العامة الجامعي الجامعية")


def _host(word: str) -> bool:
    hosts = lexicon.premises_nouns()      # what is named after a person: a city, a hospital, a port …
    return word in hosts or (word[:1] in "بل" and word[1:] in hosts)


def eponym_end(an: Analysis, k: int, j: int) -> int:
    """Where the eponym opening with the royal word at token k ends (its name words, then any
    definite adjectives: «الملك سعود الطبية»), when the word before names an institution; else k.
    From the institution's own word at k, where the eponym after it ends."""
    words = an.words
    if k + 2 < j and _host(words[k]) and words[k + 1] in _ROYAL and not has_phrase_break(an.doc.gap(k + 1)):
        after = eponym_end(an, k + 1, j)       # «لمستشفى الملك عبدالعزيز»: from the institution's word
        return after if after > k + 1 else k
    # («النقابة الأساسية لأعوان المستشفى الجامعي ابن الجزار»: a definite host and its adjective before it)
    hosted = _host(words[k - 1]) or (k >= 2 and words[k - 1] in _INSTITUTION_ADJECTIVES and words[k - 2].startswith("ال")
                                     and _host(words[k - 2][2:]) and not has_phrase_break(an.doc.gap(k - 1))) if k >= 1 else False
    if k < 1 or k + 1 >= j or words[k] not in _ROYAL or not hosted or has_phrase_break(an.doc.gap(k)):
        return k
    x, names = k + 1, 0
    most = 1 if words[k] == "ابن" else 4      # «ابن سينا»، «ابن الجزار»: a scholar goes by one name after «ابن»
    while x < j and names < most and not has_phrase_break(an.doc.gap(x)) and words[x].isalpha() \
            and words[x] not in lexicon.stop_words() and words[x] not in lexicon.prepositions() \
            and (not words[x].startswith("ال") or words[x - 1] in NAME_CONNECTORS) \
            and not (names and words[x][:1] in "بل" and len(words[x]) > 3 and words[x - 1] not in NAME_CONNECTORS):
        # («… مولاي إسماعيل بمكناس»: «بـ» on the city where the institution is)
        names += words[x] not in NAME_CONNECTORS
        x += 1
    if names == 0:
        return k
    adjectives = 0
    while x < j and adjectives < 2 and not has_phrase_break(an.doc.gap(x)) and words[x].startswith("ال") \
            and (words[x].endswith(("ي", "يه")) or words[x] in _INSTITUTION_ADJECTIVES) \
            and words[x] not in lexicon.title_heads():
        adjectives += 1
        x += 1
    return x
