"""Words around a name set off by commas (appositions.py): what may open a name written before,
and «بـ» on a noun that no name opens with («ببطلان التحريات», a plea, not a lawyer's name)."""
from __future__ import annotations

from desktop.core.extract import lexicon
from desktop.core.extract.analysis import Analysis, has_phrase_break, in_lex
from desktop.core.extract.name_evidence import known_first_word


def name_word_before(an: Analysis, p: int) -> bool:
    """The word before token p may open a name: no article, no verb, no office, no little word."""
    w = an.words[p - 1]
    return w.isalpha() and not w.startswith("ال") and w not in lexicon.stop_words() and not an.is_verb(p - 1) \
        and not in_lex(w, lexicon.title_heads(), clitics=True) and not an.is_common_word(p - 1) and not has_phrase_break(an.doc.gap(p))


def ba_on_a_noun(an: Analysis, k: int) -> bool:
    """«ببطلان التحريات»: «بـ» on a word no name opens with, before a definite word."""
    w = an.words[k]
    return w[:1] == "ب" and not w.startswith(("بن", "بو")) and len(w) >= 5 and not known_first_word(w) and k + 1 < len(an.words) \
        and an.words[k + 1].startswith("ال")


def body_of_member(an: Analysis, k: int, b: int) -> bool:
    """«، الأستاذ رشيد سالم من هيئة المحامين بفاس،»: «من» at k and a body the named one belongs to,
    to the part's end b."""
    return k + 1 < b and an.words[k] == "من" and in_lex(an.words[k + 1], lexicon.org_heads()) and b - k <= 5
