"""The topic after «أما» named in the words up to its comma: what the person is, then the name
(«أما الفلاح الحاج العيد منصوري،»), or a title and an aside that closes on the name («أما المتهم
الثاني، الإطار السابق بمفتشية الجمارك … كمال صابر، فقد صرح»). Read by `subject_salvage.amma_subject`."""
from __future__ import annotations

from desktop.core.extract.actors import parse_phrase
from desktop.core.extract.analysis import Analysis, Phrase, has_phrase_break
from desktop.core.extract.name_evidence import known_first_word
from desktop.core.extract.name_whole import HONORIFICS, described


def name_closing(an: Analysis, a: int, end: int) -> tuple[int, int] | None:
    """The name of two words or more, opening with a given name, that ends tokens [a, end)."""
    for s in range(a + 1, end - 1):
        ph = parse_phrase(an, s, end) if known_first_word(an.words[s]) else None
        if ph is not None and ph.kind == "person" and not ph.title and ph.name == (s, end):
            return s, end
        if ph is None and known_first_word(an.words[s]) and end - s == 2 and an.words[s + 1].startswith("ال") \
                and not an.is_common_word(s + 1) and not has_phrase_break(an.doc.gap(s + 1)):
            return s, end       # «الناطق باسم الوزارة صادق الخضور»: a given name that is a common word too («صادق»), then the family name
    return None


def aside_closing_on_name(an: Analysis, ph: Phrase, k: int) -> Phrase | None:
    """«أما المتهم الثاني، الإطار السابق بمفتشية الجمارك بميناء الجزائر كمال صابر، فقد صرح»: a topic
    with a title and no name, then one aside to the comma before the verb at k that closes on a name:
    the topic named."""
    if ph.name or ph.kind != "person" or not ph.title or ph.j + 3 >= k:
        return None
    close = next((y for y in range(ph.j + 1, k + 1) if has_phrase_break(an.doc.gap(y))), None)
    if close is None or close < k - 1 or an.doc.gap(close).strip()[:1] not in ("،", ","):
        return None
    named = name_closing(an, ph.j, close)
    return Phrase(ph.i, close, ph.title + list(range(ph.j, named[0])), named, None, "person") if named else None


def described_to(an: Analysis, i: int, end: int) -> Phrase:
    """Tokens [i, end) opening on what a person is: the callings stacked there as the title and the
    name of two words or more after them, when a pilgrim's honorific or a known given name opens it;
    otherwise all of it as the title."""
    ph = described(an, Phrase(i, end, [], (i, end), None, "person"))
    first = an.words[ph.name[0]] if ph.name else ""
    if ph.name and ph.name[1] - ph.name[0] >= 2 and ph.title and (
            known_first_word(first) or an.words[ph.title[-1]] in HONORIFICS):
        return ph
    named = name_closing(an, i, end)      # «أما الطالبة في جامعة مقديشو نعيمة عبدالله ورسمه فقالت»: where she studies, then her name
    return Phrase(i, end, list(range(i, named[0] if named else end)), named, None, "person")
