"""«وصف رئيس بلدية لامبيدوزا فيليبو مانينو الوضع بأنه "…"»، «قال رئيس بلدية لامبيدوزا فيليبو
مانينو ليورونيوز إن»: a title read to its end with no name in it, when a place noun is followed by
three words no list knows and the phrase stops on the verb's definite object or on the outlet
spoken to. No gazetteer lists every town and no lexicon every foreign name: the place noun governs
one word (the town), the two after it are the holder's name, and the object («الوضع») is no part
of the speaker."""
from __future__ import annotations

from desktop.core.extract import lexicon
from desktop.core.extract.analysis import Analysis, Phrase, has_phrase_break
from desktop.core.extract.name_end import definite_object
from desktop.core.extract.name_evidence import known_first_word


def _unknown(an: Analysis, k: int) -> bool:
    w = an.words[k]
    return (w.isalpha() and len(w) >= 3 and not w.startswith("ال") and not known_first_word(w)
            and k not in an.gaz_at and not an.is_verb(k) and not an.is_common_word(k)
            and w not in lexicon.stop_words() and w not in lexicon.title_heads() and w not in lexicon.org_heads())


def _outlet_spoken_to(an: Analysis, k: int) -> bool:
    """«ليورونيوز»: «لـ» on an outlet the gazetteer knows."""
    mention = an.gaz_at.get(k)
    return mention is not None and any(e.type == "media" for e in mention.entries) and an.words[k].startswith("ل")


def place_then_foreign_name(an: Analysis, ph: Phrase, k: int) -> int:
    """Where the name of two words begins, given a phrase read as a title to token k; k when the
    shape is not there. The name ends at k, or at k - 1 when the object at k - 1 is dropped."""
    t = ph.title
    if ph.name or len(t) < 4 or t[-1] != k - 1 or k >= len(an.words):
        return k
    if definite_object(an.words[k - 1]) and an.words[k].startswith("ب"):
        end = k - 1
    elif _outlet_spoken_to(an, k):
        end = k
    else:
        return k
    place_noun = end - 4
    if place_noun not in t or an.words[place_noun] not in lexicon.place_nouns() \
            or any(has_phrase_break(an.doc.gap(x)) for x in range(end - 3, end)) \
            or not all(_unknown(an, x) for x in range(end - 3, end)):
        return k
    return end - 2
