"""Whether the antecedent of «الذي/التي» is the subject of the verb that follows it.

«صندوق قطر للتنمية، الذي قال في بيان إن …»: the fund speaks. But in «مستشهدة ببرنامج «سكني» الذي
قالت إنه «…»» the verb is feminine after a masculine relative: its subject is someone else (she who
cites the programme), and the programme is what she speaks of."""
from __future__ import annotations

from desktop.core.extract import lexicon
from desktop.core.extract.analysis import Analysis

_MASCULINE = frozenset(("الذي", "والذي"))
_FEMININE = frozenset(("التي", "والتي"))


def _feminine_verb(word: str) -> bool:
    """«قالت»، «أكدت»: a reporting verb in the feminine past; not «لفت» (a verb whose root ends in «ت»)."""
    return word.endswith("ت") and word[:-1] in lexicon.report_verbs()


def antecedent_speaks(an: Analysis, rel: int) -> bool:
    """False when the reporting verb right after the relative at `rel` disagrees with it in gender."""
    if rel + 1 >= len(an.words):
        return True
    verb = an.words[rel + 1]
    if an.words[rel] in _MASCULINE:
        return not _feminine_verb(verb)
    if an.words[rel] in _FEMININE:
        return not (verb in lexicon.report_verbs() and not _feminine_verb(verb) and not verb.startswith("ت"))
    return True


def relative_says_that(an: Analysis, k: int) -> bool:
    """«…، الذي قال حينها إن "…"»: the reporting verb at k, right after a relative it agrees with,
    takes «أن/إن» within two words: the relative clause is what was said, not an aside («…،
    الذي يتابع الفريق منذ ثلاثين عاماً:»)."""
    return k > 0 and antecedent_speaks(an, k - 1) and any(
        an.words[x] in lexicon.complementisers() for x in range(k + 1, min(len(an.words), k + 3)))
