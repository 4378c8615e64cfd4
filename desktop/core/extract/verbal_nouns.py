"""A word spelt both as a participle of speech and as a verbal noun («متابعة»): which it is where
it stands. A verbal noun in construct is a word of a body's or an office's name; the participle
(«متابعةً»، «مؤكدة أن») goes on with what is said."""
from __future__ import annotations

from desktop.core.extract import lexicon
from desktop.core.extract.analysis import Analysis, has_phrase_break


def verbal_noun_in_construct(an: Analysis, k: int) -> bool:
    """«لجنة متابعة أوضاع المتضررين»: a word in «ة», no tanween written, that a body head governs and
    that governs the next word in turn is the verbal noun (follow-up), not the participle of going
    on («متابعةً»)."""
    text = an.doc.tokens[k].text
    return (an.is_participle(k) and an.written(k).endswith("ة") and not any("\u064b" <= ch <= "\u064d" for ch in text)
            and k + 1 < len(an.words) and not has_phrase_break(an.doc.gap(k + 1))
            and an.words[k + 1].isalpha() and an.words[k + 1] not in lexicon.stop_words()
            and an.words[k + 1] not in lexicon.prepositions())


def mufaala_in_construct(an: Analysis, k: int) -> bool:
    """«ومتابعة إنجاز الاستثمارات»: a verbal noun مفاعلة in construct, spelt as its participle
    («متابعةً»), inside a title; not «مؤكدة أن»، «مطالبة بتنظيم …», participles that go on."""
    w = an.words[k][1:] if an.words[k][:1] == "و" else an.words[k]
    return verbal_noun_in_construct(an, k) and len(w) == 6 and w[0] == "م" and w[2] == "ا" \
        and an.words[k + 1][:1] not in "بل"
