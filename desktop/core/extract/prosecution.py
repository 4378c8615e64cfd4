"""«وقال ممثل الحق العام في مرافعته» after «التمس وكيل الجمهورية لدى القطب الجزائي …»: in court
reports the prosecution is named once by its office and then referred to as «ممثل الحق العام» or
«ممثل النيابة» (the public's, the prosecution's representative); both are the prosecutor named
before, not a new speaker."""
from __future__ import annotations

from desktop.core import arabic
from desktop.core.extract.actors import parse_phrase
from desktop.core.extract.analysis import Analysis, Phrase, has_phrase_break
from desktop.core.extract.family_name import ROLES_IN_A_CASE
from desktop.core.extract.name_evidence import known_first_word

# The ways a court report refers back to the prosecutor, as normalised words.
_REFERENCES = tuple(tuple(arabic.words(arabic.normalize(t))) for t in (
    "ممثل الحق العام", "ممثل النيابة العامة", "ممثل النيابة", "ممثل الادعاء"))
# The prosecutor's offices, as first named: «وكيل الجمهورية»، «النائب العام»، «المدعي العام».
_OFFICES = tuple(tuple(arabic.words(arabic.normalize(t))) for t in (
    "وكيل الجمهورية", "النائب العام", "المدعي العام", "وكيل النيابة"))
# How far back the office is looked for, in tokens.
_REACH = 400


def prosecutor_named_before(an: Analysis, ph: Phrase) -> Phrase | None:
    """The prosecutor's office as named before `ph` («وكيل الجمهورية لدى القطب الجزائي الاقتصادي
    والمالي»), when `ph` is a bare reference to the prosecution with no name; None otherwise."""
    if ph.name or ph.kind != "person" or not ph.title:
        return None
    words = tuple(an.words[t] for t in ph.title)
    # («وقال وكيل الجمهورية في مرافعته» after «التمس وكيل الجمهورية لدى محكمة عنابة»: the office
    # written bare again is the one written with its court)
    bare_office = words in _OFFICES
    if not bare_office and not any(words[:len(ref)] == ref and len(words) <= len(ref) + 1 for ref in _REFERENCES):
        return None
    for k in range(ph.i - 1, max(-1, ph.i - _REACH), -1):
        # (or a reference written in full with its court before: «التمس ممثل الحق العام لدى محكمة القالة»)
        for office, longer in [(o, False) for o in _OFFICES] + [(r, True) for r in _REFERENCES]:
            if tuple(an.words[k:k + len(office)]) == office or (
                    an.words[k].startswith("و") and (an.words[k][1:],) + tuple(an.words[k + 1:k + len(office)]) == office):
                earlier = parse_phrase(an, k, min(len(an.words), k + 14))
                if earlier is None or earlier.j > ph.i or len(earlier.title) < len(office) + (longer or bare_office):
                    continue
                if earlier.name and not known_first_word(an.words[earlier.name[0]]):
                    # «التمس وكيل الجمهورية … عقوبة 10 سنوات»: what he asked for, read as a name
                    return Phrase(earlier.i, earlier.title[-1] + 1, list(earlier.title), None, None, "person")
                return earlier
    return None


def accused_named_before(an: Analysis, ph: Phrase) -> Phrase | None:
    """«قال المتهم» after «إفادة المتهم الرئيسي رامي ح.»: a bare role in the case (and its adjective)
    is the one the article named with it before; that phrase, or None when none was named."""
    role = an.words[ph.i]      # (the role alone read as a name, «وقال المتهم:», or as a title)
    if ph.kind != "person" or role not in ROLES_IN_A_CASE or ph.j - ph.i > 2 or (ph.name and ph.name != (ph.i, ph.i + 1)):
        return None
    for k in range(ph.i - 1, max(-1, ph.i - _REACH), -1):
        if an.words[k] != role and not (an.words[k][:1] in "وب" and an.words[k][1:] == role):
            continue
        end = k + 2 if k + 1 < ph.i and an.words[k + 1].startswith("ال") and an.words[k + 1].endswith("ي") else k + 1
        earlier = parse_phrase(an, end, min(ph.i, end + 5))
        if earlier is not None and earlier.name and not earlier.title and earlier.name[0] == end \
                and known_first_word(an.words[end]):
            last = earlier.name[1]      # («رامي ح.»: and the initial of his family name, as court reports write it)
            last += last < ph.i and len(an.words[last]) == 1 and "." in an.doc.gap(last + 1) and not has_phrase_break(an.doc.gap(last))
            return Phrase(k, last, list(range(k, end)), (end, last), None, "person")
    return _role_with_adjective(an, ph, role) if ph.j - ph.i == 1 else None


def _role_with_adjective(an: Analysis, ph: Phrase, role: str) -> Phrase | None:
    """«فردّ المتهم، وهو تاجر مواشٍ …:» after «واجهت … المتهم الرئيسي بسؤالها» with no name for him:
    the role and the adjective the article wrote it with before («الرئيسي»، «الأول»), when it wrote
    one adjective only."""
    found = {}
    for k in range(max(0, ph.i - _REACH), ph.i - 1):
        nxt = an.words[k + 1]
        if (an.words[k] == role or (an.words[k][:1] in "وب" and an.words[k][1:] == role)) and nxt.startswith("ال") \
                and nxt.endswith(("ي", "ول", "الث")) and not has_phrase_break(an.doc.gap(k + 1)):
            found.setdefault(nxt, Phrase(k, k + 2, [k, k + 1], None, None, "person"))
    return next(iter(found.values())) if len(found) == 1 else None
