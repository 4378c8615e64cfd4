"""A word in «لـ/بـ» that ends a name is the family name when the article writes it again, alone,
as the subject of a reporting verb: «وزيرة السياحة لورا الخازن لحود وفاعليات المدينة» then
«شددت لحود على أن …». «لـ» on a noun («لدعم»، «لرويترز») is never that subject."""
from __future__ import annotations

from desktop.core.extract.analysis import Analysis, has_phrase_break

# What the subject is followed by: «شددت لحود على أن»، «قالت لحود إن»، «وأضافت لحود: …»
_AFTER_SUBJECT = frozenset(("علي", "ان", "بان", "انه", "انها"))
# Pronouns a «لـ» noun may carry after a verb («قال لموقعنا:»، «قال لهم إن»), which no name ends with
_PRONOUN_ENDS = ("نا", "ها", "هم", "كم", "هن")


def subject_named_later(an: Analysis, k: int) -> bool:
    """Whether token k (not definite, not ending in a pronoun) is written again elsewhere right
    after a reporting verb, with «على»، «أن/إن» or a colon after it."""
    w = an.words[k]
    if len(w) < 4 or w[:1] not in "لب" or w.startswith(("لل", "بال")) or w.endswith(_PRONOUN_ENDS):
        return False
    for p in range(1, len(an.words)):
        if p == k or an.words[p] != w or has_phrase_break(an.doc.gap(p)) or not an.is_verb(p - 1):
            continue
        after = an.doc.gap(p + 1).strip() if p + 1 < len(an.words) else "."
        if after.startswith(":") or (not after and an.words[p + 1] in _AFTER_SUBJECT):
            return True
    return False
