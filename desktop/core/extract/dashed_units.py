"""A body's name that goes on after a dash with its unit, branch or seat («قيادة الجيش – مديرية
التوجيه»، «هيئة البيئة – أبوظبي»): read in a speaker phrase's parts, or after a body read alone."""
from __future__ import annotations

from desktop.core.extract.actors import parse_phrase
from desktop.core.extract.analysis import Analysis, Phrase, has_phrase_break


def dashed_unit(an: Analysis, ph: Phrase, b: int, parts: list[tuple[int, int]]) -> Phrase | None:
    """«قيادة الجيش – مديرية التوجيه»: a body, a dash, and a unit of it that fills the next part; so a
    source in one («مصدر عسكري مسؤول في القيادة العامة للقوات المسلحة الأردنية – الجيش العربي»)."""
    if ph.kind not in ("organization", "anonymous") or ph.entry is not None or ph.j != b or not dashed(an.doc.gap(b)):
        return None
    nxt = next((p for p in parts if p[0] == b), None)
    if nxt is None:
        return None
    # «حزب الشعوب الأفريقية - كوت ديفوار»، «هيئة البيئة – أبوظبي»: a national branch or a seat, named
    # by its place; «الجامعة الوطنية للتعليم – التوجه الديمقراطي،»: a wing named by definite words
    place = b in an.gaz_at and an.gaz_at[b].j == nxt[1]
    wing = nxt[1] - b <= 3 and comma_at(an, nxt[1]) and all(w.startswith("ال") for w in an.words[b:nxt[1]])
    if place or wing:
        return Phrase(ph.i, nxt[1], list(ph.title) + list(range(b, nxt[1])), None, None, ph.kind)
    unit = parse_phrase(an, *nxt)
    if unit is None or unit.kind != "organization" or unit.name or unit.entry is not None or unit.j != nxt[1]:
        return None
    return Phrase(ph.i, unit.j, list(ph.title) + list(unit.title), None, None, ph.kind)


def unit_of_body_before(an: Analysis, body: Phrase | None, ph: Phrase) -> Phrase | None:
    """«وكانت قيادة الجيش – مديرية التوجيه قد أعلنت»: a unit read as a subject of its own right after
    the body and its dash: the body with its unit, or None."""
    if body is None or ph.name or ph.kind != "organization" or ph.entry is not None or body.j != ph.i:
        return None
    return dashed_unit(an, body, ph.i, [(ph.i, ph.j)])


def dashed_unit_after(an: Analysis, ph: Phrase) -> Phrase | None:
    """«بحسب بيان لقيادة الجيش – مديرية التوجيه.»: a body read out of a sentence (no parts cut), then
    a dash and a unit of it up to the next break: the body with its unit, as `dashed_unit` reads one."""
    b = ph.j
    end = next((x for x in range(b + 1, len(an.words)) if has_phrase_break(an.doc.gap(x))), len(an.words))
    return dashed_unit(an, ph, b, [(b, end)]) if b < len(an.words) else None


def dashed(gap: str) -> bool:
    """A dash between words, no comma: a body's name goes on with its wing or branch."""
    return any(ch in gap for ch in "-–") and not any(ch in gap for ch in "،,")


def comma_at(an: Analysis, k: int) -> bool:
    """A comma before token k: the aside closes there and the name follows."""
    return k < len(an.words) and any(ch in an.doc.gap(k) for ch in "،,")
