"""«هذا الأخير» (the latter) as the subject of a verb of speech: the person named last before it,
as court reports of the Maghreb write it («وكانت رئيسة الجلسة قد واجهت المتهم الرئيسي بسؤال: "…"،
ليرد هذا الأخير بأنه "…"»). Read by `verb_subject.subject_after_verb`."""
from __future__ import annotations

from desktop.core.extract import lexicon, name_lexicon
from desktop.core.extract.actors import parse_phrase
from desktop.core.extract.analysis import Analysis, Phrase, has_phrase_break, in_lex
from desktop.core.extract.gaps import inside_quotation

_THE_LATTER = (("هذا", "الاخير"), ("هذه", "الاخيره"))
# How far back the one named last may be, in words
_REACH = 40


def the_latter(an: Analysis, verb: int) -> tuple[Phrase, str] | None:
    """The person named last before the verb at `verb`, when «هذا الأخير/هذه الأخيرة» follows it;
    None otherwise or when no one is named within reach."""
    if tuple(an.words[verb + 1:verb + 3]) not in _THE_LATTER or has_phrase_break(an.doc.gap(verb + 1)):
        return None
    for k in range(verb - 1, max(-1, verb - _REACH), -1):
        w = an.words[k]
        if inside_quotation(an, k) or not (in_lex(w, lexicon.title_heads(), clitics=True) or w in name_lexicon.ROLES_IN_A_CASE
                                           or w in name_lexicon.person_descriptors()):
            continue
        if k > 0 and not has_phrase_break(an.doc.gap(k)) and in_lex(an.words[k - 1], lexicon.title_heads(), clitics=True):
            continue      # a word inside a longer title: read from its start
        # («… المتهم الرئيسي بسؤال:»: what he was faced with, in «بـ», is no word of his)
        stop = next((x for x in range(k + 1, verb) if has_phrase_break(an.doc.gap(x)) or an.words[x][:1] == "ب"), verb)
        ph = parse_phrase(an, k, stop)
        if ph is not None and ph.kind == "person" and (ph.title or ph.name):
            return ph, ph.title_text(an.doc)
    return None
