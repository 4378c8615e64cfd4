"""A person described before the name, with no title the lexicons know.

News writing introduces a private person or an expert by what they are, then the name:
«وقالت الخبيرة المصرفية داليا عبد الحميد»، «وروت المتعافية عائشة المهيري»، «وقال المزارع
سالم الحربي». A person's name never opens on a definite noun or adjective that is no given name
(«الخبيرة»، «المصرفية»، «المتعافية»): those words describe the one named, as a title does, and the
name begins at the known given name after them. Read as one name, the whole was refused by the
gate (a name whose first word is no name's), and the quote was given to the previous speaker
though its own clause names who speaks. Only a common given name (name_lexicon.given_names) is
evidence enough: an opener («بنت»، «ولد») may follow a given name written with «ال» («السالمة
بنت أحمد»), which is the name's own first word.
"""
from __future__ import annotations

from dataclasses import replace

from desktop.core.extract import lexicon, name_lexicon
from desktop.core.extract.analysis import Analysis, Phrase, has_phrase_break

# How many describing words may come before the name («الخبيرة المصرفية»، «الباحثة الاقتصادية
# المستقلة»): more is a clause, not a description.
_MAX_DESCRIBING = 3


def described_before_given_name(an: Analysis, ph: Phrase, known) -> Phrase:
    """`ph` with its leading definite descriptive words moved to its title, when a person's
    untitled name opens on one to three definite words that are no given names, no words of a
    name the article or the gazetteer gives, and a known given name follows them with at least one
    more word of the name after it (a name of two words or more: no fragment). Else `ph`."""
    if ph.kind != "person" or ph.title or ph.name is None or ph.entry is not None:
        return ph
    a, b = ph.name
    words = an.words
    g = next((k for k in range(a, min(b, a + _MAX_DESCRIBING + 1)) if not words[k].startswith("ال")), None)
    # («الطالب الجامعي بريان أوتينو»: after what a private person is, any given name)
    described = words[a] in name_lexicon.person_descriptors()
    if g is None or g == a or b - g < 2 or (words[g] not in name_lexicon.given_names() and not described) \
            or (g == a + 1 and words[a] == "الامين"):
        return ph          # («الأمين عثمان ود الحاج»: Sudan's given name before another)
    for k in range(a, g + 2):
        if k > a and has_phrase_break(an.doc.gap(k)):
            return ph          # a break inside: two phrases, not a description and its name
    for k in range(a, g):
        w = words[k]
        if not w.isalpha() or len(w) < 5 or known(k) or w in name_lexicon.article_given_names() \
                or w in name_lexicon.given_names() or w in lexicon.stop_words() or k in an.gaz_at:
            return ph          # «الحسن»، a gazetteer body or place: may be the name itself
    return replace(ph, title=list(range(a, g)), name=(g, b))
