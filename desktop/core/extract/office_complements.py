"""What follows an office word inside a title and looks like the clause going on, yet is the
office's own complement: the partner of a portfolio of relations («وزير الثقافة والعلاقات مع
البرلمان») and a listed body after «لوكالة» («المفوض العام لوكالة الأونروا»), which elsewhere
names the one spoken to; and the sector a body's members work in («للعاملين
بقطاع النفط»). Read by `phrase_parts.governed_office`."""
from __future__ import annotations

from desktop.core import arabic
from desktop.core.extract import lexicon
from desktop.core.extract.analysis import Analysis, Phrase, has_phrase_break


# «العلاقات» (relations), bare or with «و/بـ»: the portfolio «… والعلاقات مع البرلمان».
_RELATIONS = frozenset(arabic.normalize(w) for w in ("العلاقات", "والعلاقات", "بالعلاقات", "علاقات", "وعلاقات"))


def relations_with(an: Analysis, ph: Phrase, k: int, j: int) -> bool:
    """«مع» right after «العلاقات» in a title, before a definite word or a listed body: the
    portfolio's partner («الوزير المكلف بالعلاقات مع البرلمان»), not the company the clause keeps."""
    if ph.name or an.words[k] != "مع" or (k - 1) not in ph.title or an.words[k - 1] not in _RELATIONS \
            or k + 1 >= j or has_phrase_break(an.doc.gap(k)) or has_phrase_break(an.doc.gap(k + 1)):
        return False
    rel = an.words[k - 1]
    if rel in ("العلاقات", "علاقات") and not ((k - 2) in ph.title and an.words[k - 2] in lexicon.title_heads()
                                             and not an.words[k - 2].startswith("ال")):
        return False      # «وناقش الوزير العلاقات مع …»: the object discussed; «وزير العلاقات مع …» an office
    return an.words[k + 1].startswith("ال") or (k + 1) in an.gaz_at


def listed_body_after(an: Analysis, k: int, j: int) -> bool:
    """Whether a listed body that is no news outlet follows «لوكالة» at k, with no break: «لوكالة
    الأونروا» is the body an office heads; «لوكالة الأنباء»، «لوكالة رويترز» are spoken to."""
    m = an.gaz_at.get(k + 1)
    actor = m.of_kind("actor") if m is not None else None
    return (k + 1 < j and actor is not None and actor.type != "media" and not an.is_outlet(k + 1)
            and not has_phrase_break(an.doc.gap(k + 1)))


# The field a body's members work in: «للعاملين بقطاع النفط»، «العاملين في قطاع التعليم».
_SECTORS = lexicon.forms("بقطاع بمجال بشعبة")


def sector_of_members(an: Analysis, ph: Phrase, k: int, j: int) -> bool:
    """«بقطاع» with a definite noun after a definite word of a title: «رئيس النقابة العامة للعاملين
    بقطاع النفط في البريقة عطية الفرجاني», where the sector is the union's, not a name."""
    return (not ph.name and an.words[k] in _SECTORS and (k - 1) in ph.title and an.words[k - 1].startswith(("ال", "لل"))
            and k + 1 < j and an.words[k + 1].startswith("ال") and not has_phrase_break(an.doc.gap(k))
            and not has_phrase_break(an.doc.gap(k + 1)))
