"""«لوكالتنا»، «لصحيفتنا»: the outlet that writes the report, named as «ours».

«لـ» + an outlet's noun + «نا» («to our agency») is the outlet itself, the one spoken to
(phrase_parts.addressee), never the last word of the speaker's name («قال … محمد شيخو لوكالتنا
إن …»).
"""
from __future__ import annotations

from desktop.core.extract import lexicon


def our_outlet(word: str) -> bool:
    """«لوكالتنا»، «لصحيفتنا»، «لموقعنا» (normalised): to our agency, paper or site."""
    if len(word) < 6 or word[0] != "ل" or not word.endswith("نا"):
        return False
    stem = word[1:-2]
    stem = stem[:-1] + "ه" if stem.endswith("ت") else stem     # «وكالت» + «نا» is «وكالة»
    return stem in lexicon.media_nouns() or stem in lexicon.addressees()
