"""«عقدت اللجنة جلسة برئاسة النائب إبراهيم كنعان … ولفت رئيس اللجنة إلى …»: a body that met or ruled
«برئاسة» a named person is headed by that person, though the article gives him another title (his
rank: «النائب»، «المستشار»). A bare «رئيس» and a body's definite head («رئيس اللجنة»، «رئيس
المحكمة»، «رئيسة المجلس») then refers to him, when the body was written shortly before the
«برئاسة» and no one the article named holds a «رئيس» title of that body (`book.anaphor` finds them first).
"""
from __future__ import annotations

from desktop.core import arabic
from desktop.core.extract import lexicon
from desktop.core.extract.actors import parse_phrase
from desktop.core.extract.analysis import Analysis, Phrase, has_phrase_break, in_lex, strip_conj
from desktop.core.extract.titles import bare_title_words, heads_an_office

_HEADS = frozenset(arabic.normalize(w) for w in ("رئيس", "رئيسة"))
_PRESIDED = frozenset(arabic.normalize(w) for w in ("برئاسة", "وبرئاسة"))
_DEFINITE_HEADS = frozenset(arabic.normalize(w) for w in ("الرئيس", "الرئيسة", "والرئيس", "والرئيسة"))
_NEW = frozenset(arabic.normalize(w) for w in ("الجديد", "الجديدة", "المنتخب", "المنتخبة"))
_BODY_BEFORE = 80        # tokens before «برئاسة» where the body it heads is written
_PHRASE_WORDS = 12


def presided_by(an: Analysis, ph: Phrase, titles: list[tuple[int, str, str]]) -> Phrase | None:
    """The named phrase after the latest «برئاسة» before `ph`, when `ph` is a bare «رئيس» of a body
    written before that «برئاسة»; None otherwise."""
    if ph.name is not None or len(ph.title) != 2:
        return None
    head, body = an.words[ph.title[0]], an.words[ph.title[1]]
    if head in _DEFINITE_HEADS and body in _NEW:
        # «وقال الرئيس الجديد» after «انتخبت … هيئة مديرة جديدة برئاسة رجل الأعمال منير العياري»: the
        # one just elected to preside, named after the latest «برئاسة» in the paragraphs before
        k = next((x for x in range(ph.i - 1, max(0, ph.i - _BODY_BEFORE), -1) if an.words[x] in _PRESIDED), None)
        found = parse_phrase(an, k + 1, min(len(an.words), k + 1 + _PHRASE_WORDS)) if k is not None else None
        return found if found is not None and found.name is not None else None
    if not any(v in _HEADS for v in strip_conj(head)) or not body.startswith("ال") \
            or not in_lex(body, lexicon.org_heads()):
        return None
    at = an.doc.tokens[ph.i].start
    stem = body[2:]
    if any(pos < at and heads_an_office(held, "رئيس") and stem in held
           for pos, _, title in titles for held in [bare_title_words(arabic.normalize(title))]):
        return None       # someone named as «رئيس» of that body holds the office referred to
    stem = body[2:]
    for k in range(ph.i - 1, 0, -1):
        if an.words[k] not in _PRESIDED:
            continue
        if not any(stem in strip_conj(w) or w[1:] == stem or w == body
                   for w in an.words[max(0, k - _BODY_BEFORE):k]):
            return None
        found = parse_phrase(an, k + 1, min(len(an.words), k + 1 + _PHRASE_WORDS))
        return found if found is not None and found.name is not None else None
    return None


def presiding_subject(an: Analysis, i: int, j: int) -> Phrase | None:
    """«وصدر الحكم برئاسة المستشار حسن عبد الرازق، … قائلاً:»: a clause whose subject is a thing
    done «برئاسة» a named person (a verdict, a meeting) has that person for who speaks; the named
    phrase after a «برئاسة» within the clause's first three words, else None."""
    for k in range(i, min(j, i + 3)):
        if k > i and has_phrase_break(an.doc.gap(k)):
            return None
        if an.words[k] in _PRESIDED:
            found = parse_phrase(an, k + 1, min(j, k + 1 + _PHRASE_WORDS))
            return found if found is not None and found.name is not None else None
    return None
