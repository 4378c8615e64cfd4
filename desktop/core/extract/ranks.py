"""Military and police ranks, and the arm a rank is written with («العميد شرطة», Sudan's police
brigadier), after which the holder's name follows, not a noun the arm governs."""
from __future__ import annotations

from desktop.core.extract import lexicon
from desktop.core.extract.analysis import Analysis, has_phrase_break

RANKS = lexicon.forms("الفريق اللواء العميد العقيد المقدم الرائد النقيب الملازم المشير العماد الجنرال الأدميرال")
# The arms a rank names after it: «اللواء شرطة»، «العميد شرطة»
_ARMS = lexicon.forms("شرطة")


def arm_of_rank(an: Analysis, k: int) -> bool:
    """Whether token k is the arm written right after a rank («شرطة» in «العميد شرطة حسن …»)."""
    return k >= 1 and an.words[k] in _ARMS and an.words[k - 1] in RANKS and not has_phrase_break(an.doc.gap(k))


def staff_words(an: Analysis, k: int) -> bool:
    """Whether token k is a word of Egypt's «أركان حرب» (general staff), written after a rank («اللواء
    أركان حرب محب حبشي»), or the «سري» of Malaysia's honorific «داتوك سري»: a qualifier of the rank
    or the honorific, no word of the holder's name."""
    w, words = an.words[k], an.words
    return (w in ("اركان", "الاركان") and k + 1 < len(words) and words[k + 1] == "حرب") \
        or (w == "حرب" and k >= 1 and words[k - 1] in ("اركان", "الاركان")) \
        or (w == "سري" and k >= 1 and words[k - 1] in _MALAY_HONORIFICS)


# Malaysia's honorifics, written before the name: «داتوك سري فضيلة يوسف»، «تان سري …»
_MALAY_HONORIFICS = lexicon.forms("داتوك داتو تان")
