"""A body's name that ends on the pronoun of what it prevents: «المركز النيجيري لمكافحة الأمراض
والوقاية منها». Read by `name_whole.whole` when a body's phrase is complete."""
from __future__ import annotations

from dataclasses import replace

from desktop.core.extract import lexicon
from desktop.core.extract.analysis import Analysis, Phrase, has_phrase_break

_PREVENTION = lexicon.forms("الوقاية والوقاية الحد والحد")


def prevention_end(an: Analysis, ph: Phrase | None) -> Phrase | None:
    """«المركز النيجيري لمكافحة الأمراض والوقاية منها»: a body's aim of preventing something ends
    on «منها»، its pronoun, a word of the name (None, a phrase `_governed_end` left nothing of, stays so)."""
    if ph is None:
        return None
    k = ph.j
    if not ph.title or ph.title[-1] != k - 1 or k >= len(an.words) or not prevention_pronoun(an, k):
        return ph
    return replace(ph, title=ph.title + [k], j=k + 1)


def prevention_pronoun(an: Analysis, k: int) -> bool:
    """Whether token k is «منها» of «والوقاية منها»: the pronoun of what a body prevents."""
    return 0 < k < len(an.words) and an.words[k - 1] in _PREVENTION and an.words[k] in ("منها", "منه", "منهم") \
        and not has_phrase_break(an.doc.gap(k))
