"""What a speaker's or an actor's name can never be, whatever rule read it: the last gate before a
phrase becomes an actor (book.py `for_phrase`). When it refuses, the quote finder falls back to
the next candidate the sentence offers (a subject before the verb, the previous speaker).

  * a clause, not a name: a phrase opened by a personal pronoun or a negator. «قال وهو يراقب
    الجرافات»، «جورج، وهو صاحب محل …»: «وهو/وهي» opens a circumstantial clause or an aside about
    the one named before; «ولم تخف …»، «لن …» open a verb. No name of anyone starts so;
  * a web address's suffix: «بنت جبيل.أورغ»، «موقع هسبريس.كوم»: a word glued to the one before by a
    point is the end of an outlet's address, never a name of its own;
  * the one a statement was given to: «في تصريح لوكالة الأنباء الجزائرية»: «لـ» on an agency is the
    addressee, never the subject of the clause's verb.
"""
from __future__ import annotations

from desktop.core import arabic
from desktop.core.extract import lexicon
from desktop.core.extract.analysis import Analysis, Phrase
from desktop.core.extract.name_evidence import known_first_word

# Personal pronouns, negators and «أما», alone or with «و/ف»: they open a clause («وهو يراقب»،
# «ولم تخف»، «أما جورج، …»).
_CLAUSE_OPENERS = frozenset(arabic.normalize(p + w) for w in (
    "هو", "هي", "هم", "هما", "هن", "لم", "لن", "أما") for p in ("", "و", "ف"))

# The head of a news agency's name; with «لـ» it is the one a statement was given to.
_AGENCY = arabic.normalize("وكالة")


def clause_opener(word: str) -> bool:
    """«وهو»، «هي»، «ولم»، «لن» (normalised): a word that opens a clause, no name's word."""
    return word in _CLAUSE_OPENERS


def _clause_head(an: Analysis, ph: Phrase) -> bool:
    """The phrase's first word opens a clause: «وهو يراقب …»، «ولم تخف …»."""
    return an.words[ph.i] in _CLAUSE_OPENERS


def _web_suffix(an: Analysis, ph: Phrase) -> bool:
    """The phrase's first word glued by a point to a word before it: «جبيل.أورغ» (no space; an
    honorific's point «د.» is read as a space by the document, so it never counts here)."""
    k = ph.i
    if k == 0:
        return False
    prev = an.doc.tokens[k - 1]
    return an.doc.body[prev.end:an.doc.tokens[k].start] == "." and an.words[k - 1].isalpha()


def _given_to(an: Analysis, ph: Phrase) -> bool:
    """«لوكالة الأنباء …»، «للوكالة …»: «لـ» on an agency is the one spoken to (a body called an
    agency that speaks is written without it: «وقالت الوكالة الوطنية …»)."""
    w = an.words[ph.i]
    bare = w[2:] if w.startswith("لل") else w[1:]
    # («المؤتمر العام للوكالة الدولية للطاقة الذرية»: a body no outlet, whose the conference is)
    if w.startswith("ل") and ph.entry is not None and ph.entry.type == "media" and bare != _AGENCY:
        # «فقال لوأج:»، «لفرانس برس»: an outlet the gazetteer knows, written with «لـ» its name has not
        names = [ph.entry.name, *ph.entry.record.get("aliases", [])]
        return not any(arabic.normalize(n).startswith(w) for n in names)
    return w.startswith("ل") and bare == _AGENCY and (ph.entry is None or ph.entry.type == "media")


def junk_phrase(an: Analysis, ph: Phrase) -> bool:
    """Whether the phrase can name no one at all (see the module)."""
    if ph is None or ph.i >= len(an.words):
        return False
    # «كبير» read alone after «بفارق»: an adjective of one word is no one
    alone = ph.j - ph.i == 1 and an.words[ph.i] in _ADJECTIVES_ALONE
    # «للتنديد بما وصفوه بالخصاص الحاد»: «بـ» on a definite word opens no subject
    w = an.words[ph.i]     # (not «بالوالي» of «جمعهم بوالي الولاية …»: the office, read with its «بـ»)
    governed = w.startswith("بال") and ph.entry is None and "ال" + w[3:] not in lexicon.title_heads() \
        and "ال" + w[3:] not in lexicon.org_heads()
    # «وفق ما أفاد مراسل وكالة فرانس برس» in an AFP report: the outlet's own reporter is no actor
    own_reporter = w in _REPORTERS and any(an.is_outlet(x) for x in range(ph.i + 1, ph.j))
    # «فقال وسط هتافات المشجعين:»: amid, where he spoke (not «وسط دارفور»: a region)
    amid = w == "وسط" and ph.i + 1 < len(an.words) and (ph.i + 1) not in an.gaz_at and not an.words[ph.i + 1].startswith("ال")
    return _clause_head(an, ph) or _web_suffix(an, ph) or _given_to(an, ph) or alone or _verb_as_name(an, ph) or governed or own_reporter or amid


_REPORTERS = lexicon.forms("مراسل مراسلة مراسلو مراسلي موفد موفدة")


def _verb_as_name(an: Analysis, ph: Phrase) -> bool:
    """«إن الفريق يضم 18 اختصاصياً»: «الفريق» (the team) read as the rank, and the verb after it as
    the holder's name: a name of one word shaped as a verb of the present (ي and two letters) that
    no lexicon gives as a name."""
    if ph.name is None or ph.name[1] - ph.name[0] != 1:
        return False
    w = an.words[ph.name[0]]
    return len(w) == 3 and w[0] == "ي" and not known_first_word(w)


# Adjectives that may open a title («كبير المفاوضين») but name no one on their own
_ADJECTIVES_ALONE = frozenset(arabic.normalize(w) for w in ("كبير", "كبيرة", "جديد", "جديدة", "واسع", "واسعة",
                                                             # how the speaker spoke: «وتابعت ضاحكة:»، «وأضاف مبتسماً:»
                                                             "ضاحكة", "ضاحكا", "مبتسمة", "مبتسما", "مازحة", "مازحا", "باكية"))


_ASIDE_OPENERS = frozenset(("وهو", "وهي"))


def aside_verb(an: Analysis, i: int, k: int) -> bool:
    """«قال مبروك حمادي، وهو مريض … يتابع العلاج منذ أربع سنوات: «…»»: a verb inside an aside opened
    by «، وهو/وهي» after an earlier verb in [i, k), with a thing for its object (not an office, a
    body or a name: «وهي اتهامات وصفها المتحدث …»، «وهو عامل يدعى محمد رفيق»), describes the
    person; it is no cue of its own."""
    nxt = an.words[k + 1] if k + 1 < len(an.words) else ""
    if not nxt.isalpha() or nxt in lexicon.title_heads() or nxt in lexicon.org_heads() \
            or known_first_word(nxt) or (k + 1) in an.gaz_at or nxt in lexicon.prepositions():
        return False
    for x in range(k - 1, i, -1):
        if an.words[x] in _ASIDE_OPENERS and any(c in an.doc.gap(x) for c in "،,"):
            return any(an.is_verb(v) for v in range(i, x))
        if any(c in an.doc.gap(x) for c in "،,.:"):
            return False
    return False
