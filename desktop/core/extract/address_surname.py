"""A family name after a title of address alone: «ودعا المهندس الحكيمي السلطة المحلية …»."""
from __future__ import annotations

from desktop.core import arabic
from desktop.core.extract import name_lexicon
from desktop.core.extract.analysis import Analysis, Phrase, has_phrase_break
from desktop.core.extract.name_written import fuller_name


def surname_after_address(an: Analysis, ph: Phrase, k: int, j: int) -> int:
    """«ودعا المهندس الحكيمي السلطة المحلية …» after «المهندس فؤاد عبده الحكيمي»: a title of address
    alone, then the family name the article wrote before after a given name, is that person; what
    follows is the verb's object, no part of a title. The name's end, or 0."""
    words = an.words
    if ph.title != [k - 1] or ph.kind != "person" or ph.name or words[k - 1] not in name_lexicon.address_titles() \
            or not words[k].startswith("ال") or not words[k].isalpha() or has_phrase_break(an.doc.gap(k)) or k in an.gaz_at:
        return 0
    full = fuller_name(an, words[k])
    return k + 1 if full is not None and len(full.split()) >= 2 and arabic.normalize(full.split()[-1]) == words[k] else 0
