"""Whether the reporter of indirect speech shows that it is someone: the positive rule.

The subject read after a reporting verb with no quotation («وكانت الحكومة قد أقرت … بكلفة
تقارب 40 مليون دينار») is as often a stretch of the clause as a name: a circumstance, a
figure, a description of a group («منظمات دولية»، «شركات صناعية كبرى»). Each new shape of it
is a phrase no list of bad shapes has yet, so the rule is positive: such a reporter becomes an
actor at once only when it shows it is a whole name, namely

  * a gazetteer entry, or a name whose words the article gives in full elsewhere;
  * a body: the parse read an organisation's head («وزارة …»، «الشركة …»), or its first word is
    a body's head and something follows it («بلدية سوسة»); or definite groups joined by «و»
    («الولاة والعمال»: a group that acts);
  * an unnamed source of the «مصدر/مسؤول …» kind («مصادر طبية»: the parse reads it so);
  * a title alone («الوزير»: it refers back to the one named before);
  * a person's name as name_evidence.py reads one after a title (a known given name, a family
    name's shape, a compound, a foreign writing, or written again).

Otherwise the reporter is kept pending (quotes.py): an actor only if a later quotation is
given to it; the indirect speech stays unattributed.
"""
from __future__ import annotations

from typing import Callable

from desktop.core.extract import lexicon
from desktop.core.extract.analysis import Analysis, Phrase
from desktop.core.extract.lexicon import forms
from desktop.core.extract.name_evidence import shows_a_person

# Heads of bodies that the parse reads as a name's first word when no title list has them:
# «بلدية سوسة»، «مليشيا الحوثي»، «مجموعة إس تي سي».
_MORE_BODY_HEADS = forms("بلدية البلدية مليشيا ميليشيا المليشيا مجموعة المجموعة القوى")


def _plain(word: str) -> str:
    return word[1:] if len(word) > 3 and word[0] in "وف" else word


def body_head(word: str) -> bool:
    """A body's head word, with «و/ف» or not: «وزارة»، «البلدية»، «وحراك»."""
    return any(w in lexicon.org_heads() or w in _MORE_BODY_HEADS for w in {word, _plain(word)})


def shows_whole(an: Analysis, ph: Phrase, known: Callable[[int], bool]) -> bool:
    """Whether the reporter phrase `ph` shows that it is a whole name (see the module); `known`
    says whether a token is a word of a name the gazetteer or the article gives in full."""
    if ph.entry is not None or ph.kind in ("organization", "anonymous"):
        return True
    if not ph.name:
        return bool(ph.title)          # a title alone refers back
    a, b = ph.name
    words = an.words
    if any(known(k) for k in range(a, b)) or any(k in an.gaz_at for k in range(a, b)):
        return True
    if b - a >= 2 and not ph.title and body_head(words[a]):
        return True
    if b - a >= 2 and not ph.title and words[a].startswith("ال") and any(w.startswith("وال") for w in words[a + 1:b]):
        return True       # «الولاة والعمال»: definite groups joined by «و» act as one (actor_shape.py)
    return shows_a_person(words, a, b - a)
