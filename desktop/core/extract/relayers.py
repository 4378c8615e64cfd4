"""Reporters who relay rather than speak: a news agency or outlet («وذكرت وكالة أنباء الشرق الأوسط
أن …») and a bare generic plural («ويرى مراقبون أن …»). The quote finder keeps either unresolved,
an actor only when a later quotation is given to it (quotes.py)."""
from __future__ import annotations

from desktop.core import arabic
from desktop.core.extract import lexicon
from desktop.core.extract.actors import parse_phrase
from desktop.core.extract.analysis import RELAYED, Analysis, Phrase, has_break, in_lex, strip_conj
from desktop.core.extract.name_lexicon import article_given_names
from desktop.core.extract.people_plurals import people_plural

_AGENCY_HEAD = arabic.normalize("وكالة")
_NEWS_WORDS = frozenset(arabic.normalize(w) for w in ("أنباء", "الأنباء", "للأنباء", "الانباء", "للانباء"))


def news_agency(an: Analysis, ph: Phrase) -> bool:
    """A news outlet: a gazetteer outlet («رويترز»، «وكالة الأنباء القطرية»، «قناة الجزيرة») or a
    «وكالة» of news no gazetteer knows («وكالة أنباء البحرين»، «وكالة الصحافة اليمنية للأنباء»);
    not a body called an agency («الوكالة الدولية للطاقة الذرية»)."""
    if ph.entry is not None:
        return ph.entry.type == "media"
    words = an.words[ph.i:ph.j]
    if not words:
        return False
    heads = {words[0], words[0][1:], words[0][2:], words[0][3:]}    # «وكالة»، «الوكالة»، «والوكالة»
    return _AGENCY_HEAD in heads and any(w in _NEWS_WORDS for w in words[1:])


# Groups that hold views rather than offices: analysts, observers, experts (not officials, diplomats
# or witnesses, whose nationality says who they speak for: «مسؤولون أمريكيون»)
_VIEW_HOLDERS = frozenset(arabic.normalize(w) for w in (
    "مراقبون", "مراقبين", "خبراء", "محللون", "محللين", "متابعون", "متابعين", "مختصون", "مختصين",
    "اقتصاديون", "اقتصاديين"))


# Words that make a bare group no less bare: «أولياء أمور»، «شهود عيان»، «مواطنون آخرون».
_GROUP_TAILS = frozenset(arabic.normalize(w) for w in (
    "أمور", "الأمور", "عيان", "آخرون", "آخرين", "كثيرون", "كثيرين", "محليون", "محليين"))


# «أولياء أمور» (parents); not in lexicon.generic_plurals, as «أولياء التلاميذ» is part of a
# federation's name («الفيدرالية الوطنية لجمعيات آباء وأمهات وأولياء التلاميذ»)
_PARENTS = arabic.normalize("أولياء")


def reports_unnamed(an: Analysis, ph: Phrase) -> bool:
    """Whether the subject of a reporting verb is no one the article names: a group by a bare
    plural (`bare_generic_plural`), or sources by description («وأفادت مصادر محلية بأن …»)."""
    return bare_generic_plural(an, ph) or (ph.kind == "anonymous" and not ph.name and bool(ph.title)
                                           and an.words[ph.title[0]] in _PLURAL_SOURCES)


# («فيما يتوقع خبراء في الموارد المائية ألا …»: experts described, no one named)
_PLURAL_SOURCES = frozenset(("مصادر", "المصادر", "خبراء", "محللون", "مراقبون", "ناشطون", "شهود"))


def bare_generic_plural(an: Analysis, ph: Phrase) -> bool:
    """«مراقبون»، «محللون»، «سكان» alone: a group by a bare plural, with no description, body or
    place after it («مسؤولون أمريكيون»، «سكان في الحي» are described)."""
    if not ph.title and ph.name and ph.name[1] - ph.name[0] == 2 \
            and (an.words[ph.name[0]] in lexicon.generic_plurals() or an.words[ph.name[0]] == _PARENTS) \
            and an.words[ph.name[0] + 1] in _GROUP_TAILS:
        return True       # «عبّر أولياء أمور عن قلقهم»، «طالب مواطنون آخرون بـ…»: read as a two-word name
    if not ph.title and ph.name and ph.name[1] - ph.name[0] == 1 and (an.words[ph.name[0]] in lexicon.generic_plurals()
                                                                      or people_plural(an.words[ph.name[0]])):
        # («فيما تقول العائلات إن …»: a definite plural of people, the same)
        # «ويرى متابعون للشأن التربوي أن»: a plural read as a one-word name, followed by what the
        # group watches («لل…») or by «أن» at once, is the same group
        after = ph.name[1]
        return (after >= len(an.words) or has_break(an.doc.gap(after)) or an.words[after].startswith("لل")
                or an.words[after] in lexicon.complementisers())
    if ph.kind != "anonymous" or ph.name or not ph.title or an.words[ph.title[0]] not in lexicon.generic_plurals():
        return False
    if ph.j - ph.i == 1 and len(ph.title) == 1:
        return True
    if ph.j - ph.i == 2 and len(ph.title) == 2 and an.words[ph.title[1]] in _GROUP_TAILS:
        return True       # «وقال شهود عيان لـ"…" إن …»
    # «ويرى متابعون للشأن التربوي أن …»: what the group follows («لل…» on a topic, its adjectives)
    # says what it watches, not who it is; a body or a place after it does («مسؤولون في الوزارة»)
    rest = an.words[ph.title[0] + 1:ph.j]
    at = ph.title[0] + 2
    if rest[:1] == ["في"] and ((at in an.gaz_at and an.gaz_at[at].j == ph.j and an.gaz_at[at].of_kind("place") is not None)
                               or (len(rest) == 2 and rest[1][2:] in lexicon.premises_nouns() and rest[1].startswith("ال"))):
        # «ويرى مراقبون في نواكشوط أن …»، «يبدي سكان في حلب …»، «شهود عيان في الميناء»: where the group is
        return True
    if an.words[ph.title[0]] in _VIEW_HOLDERS and len(rest) == 1 and rest[0].endswith(("يون", "يين")) \
            and not rest[0].startswith("ال"):
        return True       # «ويرى محللون إسرائيليون أن …»: whose analysts says where, not who
    return (bool(rest) and rest[0].startswith("لل") and len(rest) <= 3
            and all(w.startswith(("ال", "لل")) and w.isalpha() for w in rest)
            and not any(x in an.gaz_at for x in range(ph.title[0] + 1, ph.j))
            and not any(in_lex(w[2:], lexicon.org_heads()) or in_lex("ال" + w[2:], lexicon.org_heads())
                        or in_lex(w, lexicon.org_heads()) for w in rest))


_IN_IT = frozenset(("فيه", "فيها"))


def statement_before(an: Analysis, i: int, k: int) -> int | None:
    """«بحسب بيان للرئاسة المالية، أكد فيه "…"»: a verb of speech at k followed by «فيه/فيها» says
    a statement spoke; the token after the nearest statement noun before it in [i, k), where its
    owner is named («لـ…»، «صادر عن …»), or None."""
    if k + 1 >= len(an.words) or an.words[k + 1] not in _IN_IT or has_break(an.doc.gap(k + 1)):
        return None
    noun = next((x for x in range(k - 1, i - 1, -1)
                 if an.is_report_noun(x) or an.words[x] in lexicon.document_nouns()), None)
    return noun + 1 if noun is not None else None


# A broadcast programme spoken to: «في تصريحات لبرنامج "ملاعب الشباب" على إذاعة …»
_PROGRAMME = frozenset(arabic.normalize(w) for w in ("لبرنامج", "لبرامج"))


def programme_spoken_to(an: Analysis, i: int) -> bool:
    """«لبرنامج "ملاعب الشباب"»: «لـ» on a programme with its quoted name is the show the words were
    given to (like «لقناة»، «لإذاعة»), not the owner of a statement (a UN programme is named unquoted)."""
    return an.words[i] in _PROGRAMME and i + 1 < len(an.words) and any(ch in "\"«“" for ch in an.doc.gap(i + 1))


# «ونقل المكتب الإعلامي للمحافظ عنه قوله: "…"»، «ونقلت عنها وكالة الأنباء قولها»: the one who
# relays (an office, an agency) is not the speaker; the speaker is the one «عنه/عنها» stands for.
# That is the person named last in the relayer's own phrase («المكتب الإعلامي لرئيس الحكومة …
# أسامة حماد عنه»), else the office's owner by his title, else the one spoken of before.
FROM_HIM = frozenset(("عنه", "عنها", "عنهم", "عنهما"))
_NAME_WORDS = 4       # «أسامة حماد»، «محمد ولد الشيخ الغزواني»


def relayed_from(an: Analysis, i: int, k: int) -> tuple[tuple[Phrase, str] | None, int] | None:
    """None when no «نقل … عنه» frame stands in [i, k); else (the person named right before «عنه»
    or the office's owner, as (phrase, ""), or None when the pronoun points back; the verb's index)."""
    words = an.words
    verb = next((v for v in range(i, k) if any(f in RELAYED for f in strip_conj(words[v]))), None)
    if verb is None:
        return None
    pronoun = next((x for x in range(verb + 1, k) if words[x] in FROM_HIM), None)
    if pronoun is None:
        return None
    named = None
    for start in range(pronoun - 1, max(verb, pronoun - 1 - _NAME_WORDS), -1):
        ph = parse_phrase(an, start, pronoun)
        if ph is None or ph.j != pronoun or ph.title or ph.name != (start, pronoun) or (
                words[start].startswith("ال") and words[start] not in article_given_names()):
            break      # («… من مجلس النواب أسامة حماد»: the name begins after the body)
        named = ph
    if named is None:
        # «المكتب الإعلامي للمحافظ عنه»: the office's owner, by his title, which refers back
        owner = next((x for x in range(verb + 2, pronoun) if words[x].startswith("لل")
                      and "ال" + words[x][2:] in lexicon.title_heads()), None)
        named = parse_phrase(an, owner, pronoun) if owner is not None else None
    return ((named, "") if named is not None else None, verb)


_COMPLAINED = lexicon.forms("اشتكى اشتكت اشتكوا يشتكي تشتكي شكا شكت يشكو تشكو")


def complaint(an: Analysis, verb: int) -> bool:
    """«واشتكى سكان الأحياء الشرقية من انقطاع المياه»: a complaint with no quotation is what a
    report tells of people, no statement; its subject is an actor only when a quotation is
    given to it («اشتكت إحدى المتسوقات من أن "…"»)."""
    return any(w in _COMPLAINED for w in strip_conj(an.words[verb]))
