"""A company named for its country: «قطر للطاقة»، «مصر للطيران»، «السعودية للكهرباء». The
country's name opens the company's, and «لل» on the field it works in follows with nothing
between; the company speaks, not the state («وقالت قطر للطاقة في بيان»)."""
from __future__ import annotations

from desktop.core.extract import lexicon
from desktop.core.extract.analysis import Analysis, has_phrase_break
from desktop.core.extract.gazetteer import Mention

# The fields a national company is named for, after «لل».
_FIELDS = lexicon.forms("للطاقة للطيران للبترول للتأمين للاتصالات للكهرباء للألمنيوم للاستثمار للصناعات "
                        "للإسمنت للأسمدة للملاحة للتعدين للغاز للبتروكيماويات للتكرير للسكك للنقل للموانئ")


def company_named_for_country(an: Analysis, mention: Mention) -> bool:
    """A state in the gazetteer at `mention`, then one of the fields above right after it."""
    actor = mention.of_kind("actor")
    return (actor is not None and actor.type == "state" and mention.j < len(an.words)
            and an.words[mention.j] in _FIELDS and not has_phrase_break(an.doc.gap(mention.j)))
