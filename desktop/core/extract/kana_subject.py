"""«وكان بوتين قد أكد …»، «وكانت وزارة الصحة قد أعلنت …»: the subject «كان» opens a clause with,
before «قد» and the verb; read by `quotes.QuoteFinder` as a quotation's speaker."""
from __future__ import annotations

from desktop.core import arabic
from desktop.core.extract import lexicon, name_lexicon
from desktop.core.extract.actors import parse_phrase
from desktop.core.extract.analysis import QUOTE_MARKS, Analysis, Phrase
from desktop.core.extract.appositions import name_in_apposition

# «كان» opening a clause whose subject follows it: «وكان بوتين قد أكد …»
_KANA = frozenset(arabic.normalize(w) for w in ("كان", "وكان", "فكان", "كانت", "وكانت", "فكانت"))
# Words that open a clause before its verb: «بدوره، رحب …»، «من جهته، أكد …»
CONNECTORS = frozenset({"بدوره", "بدورها", "بدورهم", "من", "جهته", "جهتها", "جانبه", "جانبها", "كما", "فيما",
                        "اما", "بينما", "وفي", "في", "المقابل", "ذلك", "وقد", "قد", "لقد", "ثم"})


def kana_subject(an: Analysis, i: int, j: int, *, strict: bool = False, spoke: bool = False) -> tuple[Phrase, str] | None:
    """«وكان بوتين قد أكد»: the subject between «كان» and the reporting verb, a bare name too.
    `strict`: only when «قد» and the verb at j follow the subject at once («وكانت الوزارة قد
    أعلنت»), so that the subject is that verb's and not an earlier clause's. `spoke`: only when
    a reporting verb follows its «قد» («وكان المتهمون قد ضُبطوا» names no one who spoke)."""
    while i < j and an.words[i] in CONNECTORS:
        i += 1
    if i < j and an.words[i] not in _KANA:
        i = _kana_after_comma(an, i, j)
    if i + 1 >= j or an.words[i] not in _KANA:
        return None
    ph = parse_phrase(an, i + 1, j)
    if ph is not None and ph.name and not ph.title and an.words[ph.i] in name_lexicon.ROLES_IN_A_CASE:
        ph = Phrase(ph.i, ph.j, list(range(ph.i, ph.j)), None, None, "person")     # «وكان المتهم الرئيسي، السنغالي …، قد قال»
    ph = name_in_apposition(an, ph, j) or ph     # «وكانت المتحدثة …، ماريا زاخاروفا، قد قالت»
    if ph is None or not (ph.name or ph.title):
        return None
    qad = _past_affiliation(an, ph.j, j)      # «وكانت وحدة …، التابعة لمنظمة …، قد حذرت»: an aside on whose it is
    if strict and not (qad + 1 == j and an.words[qad] == "قد"):
        return None
    if spoke and not (qad + 1 < j and an.words[qad] == "قد" and an.is_verb(qad + 1)):
        return None
    if not ph.name:
        # «وكانت وزارة الصحة قد أعلنت»: a body or a title is the subject too, when «قد» and
        # the verb follow it
        if not (qad < j and an.words[qad] == "قد"):
            return None
        return ph, ""
    return ph, ph.title_text(an.doc)


_AFFILIATED = frozenset(arabic.normalize(w) for w in ("التابعة", "التابع", "التابعين", "التابعتين"))


def _past_affiliation(an: Analysis, x: int, j: int) -> int:
    """Where «قد» stands after an aside at x that says whose a body is («، التابعة لمنظمة الأغذية
    والزراعة،»); x itself when there is no such aside."""
    start = x
    if x + 1 < j and any(ch in QUOTE_MARKS for ch in an.doc.gap(x)) and any(ch in QUOTE_MARKS for ch in an.doc.gap(x + 1)):
        x += 1            # («… في الصومال "سواليم"، التابعة لمنظمة …»: its short name first)
    # («وكان المتهم الأول، الموظف السابق، قد اعترف»: or what the person is)
    if x >= j or (an.words[x] not in _AFFILIATED and an.words[x] not in name_lexicon.person_descriptors()) \
            or not any(c in an.doc.gap(x) for c in "،,"):
        return start
    close = next((y for y in range(x + 1, min(j, x + 12)) if any(c in an.doc.gap(y) for c in "،,")), None)
    return close if close is not None and an.words[close] == "قد" else start


def _kana_after_comma(an: Analysis, i: int, j: int) -> int:
    """«وتأتي هذه الإجراءات …، فيما كانت منظمة الصحة العالمية قد وصفت …»: a clause «فيما/بينما» opens
    after a comma, with «كان»: where that «كان» is (i when there is none)."""
    for x in range(j - 2, i, -1):
        if an.words[x] in ("فيما", "بينما") and an.words[x + 1] in _KANA and any(c in an.doc.gap(x) for c in "،,"):
            return x + 1
    return i


def kana_subject_before_that(an: Analysis, i: int, j: int) -> tuple[Phrase, str] | None:
    """«وكان المجلس الجهوي للحسابات قد سجل، في تقريره، أن "…"»: a quotation right after «أن» (or right
    after the verb), in a clause «كان» opens with its subject, «قد» and a verb no list holds as one of
    speech: the subject wrote or found what is quoted."""
    if j - 1 <= i:
        return None
    start = next((x for x in range(i, j) if an.words[x] not in CONNECTORS), j)
    if start + 2 < j and an.words[start] in _KANA and an.words[start + 1] in lexicon.document_nouns():
        # «وكان تقرير للمفتشية العامة للإدارة الترابية قد رصد "…"»: the report's owner, after «لـ»
        qad = next((x for x in range(start + 2, j) if an.words[x] == "قد"), None)
        owner = parse_phrase(an, start + 2, qad) if qad is not None and an.words[start + 2][:1] == "ل" else None
        if owner is None or owner.kind != "organization" or owner.j != qad or qad + 2 != j:
            return None
        return owner, ""
    found = kana_subject(an, i, j)
    if found is None or an.words[found[0].j] != "قد":
        return None
    if an.words[j - 1] in ("ان", "بان"):
        # «قد», its verb and at most an aside before «أن» («في نشرة "…" الصادرة الشهر الماضي»); not a clause of its own
        # after it («قد فُتحت … إثر تقرير للمفتشية، جاء فيه أن»: the report's words)
        return found if found[0].j + 12 >= j - 1 and not any(an.words[x] in ("فيه", "فيها") for x in range(found[0].j, j)) else None
    # «وكان المجلس قد رصد "…"»: the quotation is what the verb right after «قد» took
    return found if found[0].j + 2 == j else None
