"""Whether a name read after a title in narrative shows that it is a person's.

A title runs on into the clause as often as into a name: «مع السفير التركي زيادة الإطلاقات»
(the ambassador discussed raising the releases), «جهود المبعوث الأممي وخريطة الطريق», «مدير
الإدارة السابق بحي شرق مدينة نصر», «الوزير وعد بدراسة الطلب». Each new shape of that clause is a
word no list of bad shapes has yet, so the rule is positive: a name that speaks no quotation and
that the gazetteer does not know is kept only when something shows it is a person's, namely

  * its first word is a given name the lexicon knows (Arabic or foreign, `name_lexicon.given_names`), one of
    the given names of another word's shape (name_lexicon.py), or opens a compound name («عبد»،
    «أبو»، «بن»، «آل»، «ولد»);
  * or its last word is a family name's shape: a nisba («العرباوي»، «الخالدي»، «جبالي»), or
    a king's ordinal («فيليبي السادس»، «عبدالله الثاني»);
  * or a word inside it links a compound or a lineage («محيي الدين سالم»، «مانع بن يمين»);
  * or it is written as foreign names are (`_transliterated`);
  * or the article writes the name again: the whole of it elsewhere, or its last word (a
    surname) right after a reporting verb.

A name the article quotes is exempt (the quotation is the evidence), as is every body, place and
unnamed source (they are not read as names after a title).
"""
from __future__ import annotations

from desktop.core.extract import lexicon, name_lexicon
from desktop.core.extract.lexicon import forms


# The first words of compound names: «أبو مازن»، «بن سلمان»، «آل ثاني»، «ولد الغزواني»، «أم سامر»
# («عبد …» by its prefix).
_OPENERS = forms("أبو أبي ابن بن آل ولد بنت أم")


def _plain(word: str) -> str:
    return word[1:] if len(word) > 3 and word[0] in "وف" else word


def known_first_word(word: str) -> bool:
    """A given name the lexicons know, or the opener of a compound name."""
    return (word in name_lexicon.given_names() or word in name_lexicon.article_given_names()
            or word in name_lexicon.verb_shaped_names() or word in name_lexicon.masdar_shaped_names()
            or word in name_lexicon.foreign_article_names() or word.startswith("عبد")
            or word in _OPENERS or (len(word) > 5 and word.endswith("الله")))


# A king's or a pope's ordinal after his name: «محمد السادس»، «فيليبي السادس»، «عبدالله الثاني».
_ORDINALS = forms("الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر")


def family_shaped(word: str) -> bool:
    """A last word shaped as a family name: a nisba in «ي» («العرباوي»، «جبالي»، «سامي») or an
    ordinal of a king."""
    return word in _ORDINALS or (word.endswith("ي") and len(word[2:] if word.startswith("ال") else word) >= 4)


def written_again(words: list[str], name: list[str], at: int) -> bool:
    """Whether the article writes `name` (found at token `at`) again: whole, or its last word as
    a surname after a reporting verb («وأضاف براون»)."""
    n = len(name)
    for k in range(len(words) - n + 1):
        if k != at and words[k:k + n] == name:
            return True
    last = name[-1]
    if len(name) < 2:
        return False
    for k, w in enumerate(words):
        if at <= k < at + n or w != last:
            continue
        before = _plain(words[k - 1]) if k > 0 else ""
        if before in lexicon.report_verbs() or words[k - 1] in lexicon.report_verbs():
            return True
    return False


def _transliterated(name: list[str]) -> bool:
    """«كارل هانسن»، «دينيس براون»: words with no «ال», no clitic, no «ة», each with a long vowel
    inside, as foreign names are written; common nouns and verbs run on with «ال» or a clitic."""
    return len(name) >= 2 and all(
        not w.startswith(("ال", "و", "ب", "ل", "ف")) and not w.endswith("ه") and any(ch in "اوي" for ch in w[1:])
        for w in name)


def shows_a_person(words: list[str], at: int, n: int) -> bool:
    """Whether the name of tokens [at, at + n) shows that it is a person's (see the module)."""
    name = words[at:at + n]
    linked = any(w in _OPENERS or w in name_lexicon.name_tails() for w in name[1:-1] + name[1:2])
    return bool(name) and (known_first_word(name[0]) or (len(name) >= 2 and family_shaped(name[-1])) or linked or _transliterated(name)
                           or written_again(words, name, at))


def fronted_preposition_word(w: str) -> bool:
    """«وبحقول»، «فبمدينة»: «و/ف» + «بـ» on a word that is no known given name, with «و» or
    without it («وبسام» is «و» + «بسام»): a preposition's phrase joined to what came before,
    never a name's first word."""
    if w in _FRONTED_PLACE_WORDS:
        return True       # «وتحت قبة البرلمان، تقدم النائب …»: where, set before the clause
    return len(w) >= 5 and w[:2] in ("وب", "فب") and w.isalpha() and not known_first_word(w) \
        and not known_first_word(w[1:])


# «وتحت»، «وأمام»، «وخلال»: a place or time adverb in «و/ف», which opens a phrase of where or when, never a name
_FRONTED_PLACE_WORDS = frozenset(c + w for c in "وف" for w in forms("تحت فوق أمام خلف داخل خارج قرب عند وسط حول في خلال أثناء عقب إثر"))
