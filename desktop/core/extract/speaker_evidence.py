"""Whether a name about to become a new actor has the shape of no one: the quoted speaker's check.

A quotation is strong evidence that someone speaks, but the phrase read as that someone is as
often a piece of the clause as a name. Many real speakers show nothing a lexicon knows (a woman's
given name, «سلمى»، «سنية», a surname alone), so the check is not that the name be known; it
is that its shape be possible for a name. Three shapes are not:

  * a cut name: one untitled word in construct with what follows it, with no break between them
    («محافظة البنك …»، «مواصلات الإمارات»، «إعلام مجلس السيادة»، «نقلت وكالة …»): a word that
    governs a definite noun, a body's head or a known name is the first word of a longer name or
    of a phrase; a one-word name ends at a break, a verb, «إن» or a preposition («قالت سلمى،»);
  * a clause's noun phrase: an untitled phrase that opens with a verbal noun or a plural of that
    pattern («ارتفاع نسب الملوحة»، «أعباء التصدير الجديد») and shows no person (no known given
    name, no family name's shape, not written again): what happened, not who spoke;
  * a complement coordinated after a title: «معلم الشركاء الدوليين ورجال الأعمال»: after a
    title ending in a definite plural, a word opening with «و» that is no given name (with «و» or
    without it) goes on the list of the title's complements; no name opens with the conjunction.

A cut name that is no verb is read again as the body its construct names («محافظة القدس»), or as
the title of the name written right after it («محافظة البنك ميشيل بولوك»): the quotation keeps
its speaker, whole; the other shapes give no actor (the quotation goes to the previous speaker,
or to none). book.py asks this of every phrase about to become a new actor.
"""
from __future__ import annotations

from typing import Callable

from desktop.core.extract import lexicon, name_lexicon
from desktop.core.extract.actor_shape import hollow_action
from desktop.core.extract.analysis import Analysis, Phrase, has_phrase_break
from desktop.core.extract.name_end import phrase_ends_at
from desktop.core.extract.name_evidence import known_first_word, shows_a_person
from desktop.core.extract.name_objects import object_after_name


def _governs_next(an: Analysis, k: int) -> bool:
    """Token k is joined with no break to a noun it governs: a definite word that is no time and
    no office in apposition, a body's head, or the start of a name the gazetteer knows."""
    if k >= len(an.words) or has_phrase_break(an.doc.gap(k)):
        return False
    w = an.words[k]
    if an.is_time(k) or an.is_verb(k) or w in lexicon.stop_words() or w in lexicon.title_heads():
        return False
    return (w.startswith("ال") and w.isalpha()) or w in lexicon.org_heads() or k in an.gaz_at


def _cut_name(an: Analysis, ph: Phrase, known: Callable[[int], bool]) -> bool:
    a, b = ph.name
    w = an.words[a]
    # a construct's head never takes «ال»: «العبد العالي» is a family name going on, not a construct;
    # and it has a common noun's shape (a feminine «ة», a plural «ات», a verbal noun) or is a verb
    # before an outlet: «وأبلغ بايدن السعودية» is a name and the verb's object
    noun = w.endswith(("ه", "ات")) or name_lexicon.masdar_shaped(w) or hollow_action(w) or _past_report_verb(w) \
        or (b < len(an.words) and an.words[b] in lexicon.media_nouns())    # «نقلت وكالة»: the verb citing it
    return (b - a == 1 and not ph.title and not w.startswith("ال") and noun and not known(a)
            and not known_first_word(w) and _governs_next(an, b))


def _past_report_verb(word: str) -> bool:
    """«نقلت»، «أكدت»: a reporting verb in the feminine past, read as a name."""
    return word.endswith("ت") and (word[:-1] in lexicon.report_verbs() or word in lexicon.report_verbs())


def whole_construct(an: Analysis, ph: Phrase, known: Callable[[int], bool]) -> Phrase | None:
    """A cut name made whole: «محافظة» + «القدس»، «إعلام» + «مجلس السيادة» is the body named by
    the construct, read up to the first word it does not govern; None when the name is not cut, or
    when the word is a verb («نقلت وكالة …»: no one)."""
    if ph.entry is not None or ph.kind != "person" or not ph.name or not _cut_name(an, ph, known):
        return None
    a, e = ph.name
    if _past_report_verb(an.words[a]) or an.words[e] in lexicon.media_nouns():
        return None       # «أوردت صحيفة …»، «نقلت وكالة …»: the verb that cites an outlet
    while e < len(an.words) and _governs_next(an, e):
        e = an.gaz_at[e].j if e in an.gaz_at else e + 1
    if e < len(an.words) and not has_phrase_break(an.doc.gap(e)) and known_first_word(an.words[e]):
        # «محافظة البنك ميشيل بولوك»: the construct is the title of the person named after it
        n = e + 1
        # («ليلى غنام المؤسسات الدولية إلى "…"»: the name ends before the object the verb takes)
        while n < min(len(an.words), e + 4) and not phrase_ends_at(an, n) and an.words[n].isalpha() \
                and not object_after_name(an, e, n, n, len(an.words)):
            n += 1
        return Phrase(a, n, list(range(a, e)), (e, n), None, "person")
    return Phrase(a, e, list(range(a, e)), None, None, "organization")


def _clause_noun(an: Analysis, ph: Phrase, known: Callable[[int], bool]) -> bool:
    a, b = ph.name
    w = an.words[a]
    nxt = an.words[a + 1] if a + 1 < b else ""
    # «أوساط ديبلوماسية»، «أوساط سياسية»: an indefinite adjective in «ـي/ـية» describes people
    described = not nxt.startswith("ال") and nxt.endswith(("ي", "يه"))
    return (not ph.title and (name_lexicon.masdar_shaped(w) or hollow_action(w)) and not described
            and not any(known(k) or k in an.gaz_at for k in range(a, b))
            and not shows_a_person(an.words, a, b - a))


def _coordinated(an: Analysis, ph: Phrase) -> bool:
    a, _ = ph.name
    w, before = an.words[a], an.words[a - 1] if a else ""
    return (bool(ph.title) and a == ph.title[-1] + 1 and w.startswith("و") and len(w) >= 4
            and before.startswith("ال") and before.endswith(("ين", "ون", "ات"))
            and not known_first_word(w) and not known_first_word(w[1:]))


def no_one_shaped(an: Analysis, ph: Phrase, known: Callable[[int], bool]) -> bool:
    """Whether the person's name of `ph` has a shape no name has (see the module); `known` says
    whether a token is a word of a name the gazetteer or the article gives in full."""
    if ph.entry is not None or ph.kind != "person" or not ph.name:
        return False
    return _cut_name(an, ph, known) or _clause_noun(an, ph, known) or _coordinated(an, ph)
