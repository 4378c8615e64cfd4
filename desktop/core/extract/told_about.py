"""«وأعلن الوزير عن برنامج للتدريب …»: «عن» after the subject of a verb that takes it (announced,
disclosed, spoke, voiced) is the verb's, and what follows is what was announced; not the «عن» of
an office held for a place or a field («النائب عن دائرة …»، «المسؤول الأول عن القطاع»)."""
from __future__ import annotations

from desktop.core.extract import lexicon
from desktop.core.extract.analysis import Analysis, Phrase

_TAKES_AN = lexicon.forms("أعلن أعلنت كشف كشفت تحدث تحدثت أعرب أعربت عبر عبرت أفصح أفصحت")
# Offices held «عن» a place, a party or a field
_HELD_FOR = lexicon.forms("النائب نائب النائبة نائبة المسؤول مسؤول المسؤولة ممثل الممثل ممثلة المرشح المرشحة العضو عضو "
                          "السيناتور الناطق المتحدث")


def told_about(an: Analysis, ph: Phrase, k: int) -> bool:
    """Token k is «عن» right after `ph`'s one title word, the subject right after such a verb, and no place follows it."""
    if an.words[k] != "عن" or ph.i == 0 or k + 1 >= len(an.words) or k != ph.i + 1 or an.words[ph.i] in _HELD_FOR:
        return False
    verb = an.words[ph.i - 1]
    verb = verb[1:] if verb[:1] in "وف" and len(verb) > 3 else verb
    return verb in _TAKES_AN and an.words[k + 1] not in lexicon.place_nouns() and (k + 1) not in an.gaz_at
