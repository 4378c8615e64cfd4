"""A municipality named by two places joined by a dash, inside a speaker's title.

Lebanese municipalities and unions of municipalities carry their official names with a dash
(«بلدية زحلة – معلقة وتعنايل», «اتحاد بلديات صيدا - الزهراني»). The dash is otherwise a break
in a speaker phrase, so without this the title stopped at the first place and the second came
out as the first word of the holder's name («بيبلوس وسام زعرور»)."""
from __future__ import annotations

from desktop.core.extract import lexicon, name_lexicon
from desktop.core.extract.analysis import Analysis, Phrase, has_phrase_break

DASHES = ("–", "-", "—")
_MUNICIPALITIES = frozenset({"بلديه", "لبلديه", "بلديات", "لبلديات", "منظومه", "لمنظومه"})     # (and Libya's water systems: «منظومة الحساونة – سهل الجفارة»)
# Heads of a place whose name may be two towns joined by a dash («محافظة كسروان – جبيل»)
DASHED_NAME_HEADS = _MUNICIPALITIES | {"محافظه"}


def dashed_municipality_end(an: Analysis, ph: Phrase, k: int, j: int) -> int:
    """The end of the second part of a municipality's dashed name that token k opens («معلقة
    وتعنايل» after «بلدية زحلة –»), when a holder's name of two words at least follows it; k
    when the text is not so."""
    words = an.words
    if ph.name or not ph.title or ph.title[-1] != k - 1 or k < 2 or (k - 2) not in ph.title \
            or words[k - 2] not in _MUNICIPALITIES or an.doc.gap(k).strip() not in DASHES:
        return k
    end = k + 1
    # «… معلقة وتعنايل»: more places joined by «و», but not a given name («وليد», «وسام»); «بلدية الجديدة –
    # البوشرية – السد»: or by a second dash
    while end < j and ((words[end].startswith("و") and len(words[end]) > 3 and words[end] not in name_lexicon.given_names()
                        and words[end][1:] not in name_lexicon.given_names() and not has_phrase_break(an.doc.gap(end)))
                       or (an.doc.gap(end).strip() in DASHES and words[end].isalpha() and not an.is_verb(end))):
        end += 1
    if not words[k].isalpha() or an.is_verb(k):
        return k
    if ph.kind == "person":
        named = end + 1 < j and all(words[x].isalpha() and not has_phrase_break(an.doc.gap(x)) for x in (end, end + 1)) \
            and words[end] not in lexicon.stop_words() and not an.is_verb(end) and not an.is_common_word(end)
        return end if named else k
    # the body speaks: «أطلقت بلدية جبيل – بيبلوس، …»، «وكان اتحاد بلديات صيدا - الزهراني قد حذّر»
    closed = end >= j or has_phrase_break(an.doc.gap(end)) or an.is_verb(end) or an.is_time(end) \
        or words[end] in lexicon.prepositions() or words[end] in lexicon.complementisers() or words[end] in ("قد", "في")
    return end if ph.kind == "organization" and closed else k


def in_dashed_name(an: Analysis, k: int) -> bool:
    """Whether token k is the second part of a place's dashed name («معلقة» in «بلدية زحلة –
    معلقة وتعنايل»): a word there that reads as a participle («معلقة», commenting) is no cue."""
    return k >= 2 and an.words[k - 2] in DASHED_NAME_HEADS and an.doc.gap(k).strip() in DASHES


def dashed_part(an: Analysis, k: int) -> bool:
    """Whether the dash before token k joins a place's dashed name: right after its head's first
    place («بلدية زحلة – معلقة»), or after a part joined so («بلدية الجديدة – البوشرية – السد»)."""
    if k < 2 or an.doc.gap(k).strip() not in DASHES:
        return False
    return an.words[k - 2] in DASHED_NAME_HEADS or (k >= 3 and an.doc.gap(k - 1).strip() in DASHES and dashed_part(an, k - 1))
