"""Who a reporting verb's subject is when the words after it are not: «، فطالب الحكومة
بـ"الإفراج عن مستحقات البلديات"»، «فدعا الوزارة إلى …»: after a verb of demanding joined by «فـ», a
body with no name followed by «بـ» or «إلى» is the one asked, the verb's object; its subject is the
clause's before it, not the body. «نقلت الوكالة عن مصدر أمني أن …»: the source after «عن» speaks."""
from __future__ import annotations

from desktop.core import arabic
from desktop.core.extract.analysis import Analysis, Phrase, has_phrase_break
from desktop.core.extract.appositions import phrase_after
from desktop.core.extract.people_plurals import people_plural
from desktop.core.extract.relayers import news_agency

_DEMANDING = frozenset(arabic.normalize(w) for w in ("طالب", "دعا", "ناشد", "حث", "طالبت", "دعت", "ناشدت", "حثت"))
_ASKED_FOR = frozenset(("الي", "ب"))
_RELAYING = frozenset(("نقل", "نقلت"))


def _asked(an: Analysis, verb: int, ph: Phrase) -> bool:
    words = an.words
    # only after «فـ»: «، فطالب الحكومة بـ…» goes on with the clause's subject; «وطالب تحالف "تقدم"
    # بـ…» and «دعت الوزارة المواطنين إلى …» name theirs
    if words[verb][:1] != "ف" or words[verb][1:] not in _DEMANDING or ph.name or ph.entry is not None \
            or len(ph.title) > 2 or ph.j >= len(words) or has_phrase_break(an.doc.gap(ph.j)):
        return False
    after = words[ph.j]
    return after in _ASKED_FOR or (after.startswith("ب") and not after.startswith("بال") and len(after) > 2) \
        or (after == "ب" or an.doc.tokens[ph.j].text.startswith("بـ"))


def relaying(an: Analysis, verb: int) -> bool:
    """Whether the verb at `verb` relays someone's words («نقلت الوكالة عن …»)."""
    return any(f in _RELAYING for f in (an.words[verb], an.words[verb][1:]))


def subject_after_verb(an: Analysis, verb: int, j: int) -> tuple[Phrase, str] | None:
    """The reporting verb's subject after it (appositions.phrase_after), unless what follows a
    verb of demanding is the body asked; after a verb of relaying («نقلت وكالة "تسنيم" عن مصدر
    مطلع … أن») the one after «عن» speaks, the relayer does not."""
    if relaying(an, verb):
        about = next((x for x in range(verb + 1, j) if an.words[x] == "عن"), None)
        if about is None:
            return None     # no «عن» before the words: the relayer's name is no speaker's
        relayed = phrase_after(an, about + 1, j)
        group = relayed is not None and relayed[0] is not None and relayed[0].j - relayed[0].i == 1 \
            and people_plural(an.words[relayed[0].i])
        if not group:
            return relayed
        # «ونقل محاجنة عن الأسرى أن "…"»: people no one names relayed by a person; his words
        own = phrase_after(an, verb + 1, about)
        return own if own is not None and own[0] is not None and not news_agency(an, own[0]) else None
    found = phrase_after(an, verb + 1, j)
    if found is not None and found[0] is not None and _asked(an, verb, found[0]):
        return None
    return found
