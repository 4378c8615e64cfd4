"""«الرئيس التنفيذي لميناء صحار والمنطقة الحرة سالم بن خلفان الكلباني»: the body an office serves,
written with «لـ» on an indefinite building's or body's head in construct, between the title and
its holder's name.

«لـ» on such a head usually names whom the speaker spoke to («لموقع»، «لوكالة»), so the phrase
reader stops before it. After a definite title it is the office's field when the holder's name
follows the field: a known given name within a few words, none of them a break. The field (its
head, what the head governs, the definite members joined to it) then goes to the title, and the
name after it is read as the name (name_whole._field_of_office).
"""
from __future__ import annotations

from desktop.core.extract import lexicon
from desktop.core.extract.analysis import COMPASS, Analysis, Phrase, has_phrase_break
from desktop.core.extract.name_evidence import known_first_word

# Treaties an office serves: «الأمين التنفيذي لاتفاقية …»، «رئيس مؤتمر الأطراف في معاهدة …»
_INSTRUMENTS = frozenset(("اتفاقيه", "معاهده"))
# How far after the «لـ» word the holder's given name may stand («لميناء صحار والمنطقة الحرة سالم»).
_FIELD_WORDS = 5


# What an envoy's, a commissioner's or a rapporteur's brief is about: «لحقوق الإنسان»، «لشؤون …»
_AFFAIRS = lexicon.forms("حقوق شؤون شئون قضايا")


def served_body(an: Analysis, ph: Phrase, k: int, j: int) -> bool:
    """Whether the «لـ» word at k opens the field of the person's office right before it."""
    words = an.words
    w = words[k]
    if ph.kind != "person" or ph.name or not ph.title or ph.title[-1] != k - 1 \
            or not words[k - 1].startswith("ال") or has_phrase_break(an.doc.gap(k)):
        return False
    head = w[1:]
    if w[:1] == "ل" and head in _INSTRUMENTS and k + 1 < j and not has_phrase_break(an.doc.gap(k + 1)) \
            and (words[k + 1].startswith("ال") or (k + 1) in an.gaz_at):
        return True       # «الأمين التنفيذي لاتفاقية الأمم المتحدة الإطارية …»: a treaty's secretariat
    if w[:1] == "ل" and head in _AFFAIRS and k + 1 < j and words[k + 1].startswith("ال") \
            and not has_phrase_break(an.doc.gap(k + 1)):
        return True       # «المفوض السامي لحقوق الإنسان»، «المبعوث الخاص لشؤون اللاجئين»: the office's brief
    if w[:1] == "ل" and not w.startswith("لل") and len(head) >= 4 and not known_first_word(w) and not known_first_word(head) \
            and k + 1 < j and not has_phrase_break(an.doc.gap(k + 1)) and an.words[k + 1].endswith(("يه", "يين")) \
            and not an.words[k + 1].startswith("ال") and len(an.words[k + 1]) >= 5:
        return True       # «جمعية مستعملي المياه لأغراض زراعية»: what the body is for, a noun and its nisba
    if w[:1] == "ل" and head in COMPASS and k + 1 < j and (k + 1) in an.gaz_at and not has_phrase_break(an.doc.gap(k + 1)):
        return True       # «الممثل الخاص للأمين العام لغرب أفريقيا والساحل»: the region of the brief
    if w[:1] == "ل" and head in ("دول", "بلدان") and k + 1 < j and not has_phrase_break(an.doc.gap(k + 1)) \
            and (words[k + 1] in COMPASS or (k + 1) in an.gaz_at or words[k + 1].startswith("ال")):
        return True       # «رئيس مفوضية المجموعة الاقتصادية لدول غرب أفريقيا»: the states the body is of
    if not (w[:1] == "ل" and not w.startswith("لل") and len(head) >= 3) or head in lexicon.media_nouns() \
            or head in lexicon.addressees() or an.is_outlet(k) or (k + 1 < len(words) and any(ch in "«“\"" for ch in an.doc.gap(k + 1))) \
            or not (head in lexicon.premises_nouns() or head in lexicon.org_heads()):
        return False      # («لجمعية "مبادرات إبراهيم"»: a quoted name the phrase reader takes whole)
    for x in range(k + 2, min(j, k + 2 + _FIELD_WORDS)):
        if has_phrase_break(an.doc.gap(x)) or not words[x].isalpha():
            return False
        if known_first_word(words[x]) and not words[x].startswith("ال"):
            return True
    return False
