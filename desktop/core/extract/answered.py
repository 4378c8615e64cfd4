"""Who answers a question the sentence reports: «سأل لطّوف المتهم عن مصير المبالغ، فأجاب: "…"» is
the one asked, not the one asking, though the asker is the verb's subject before it; so the one an
outlet met: «التقت الإذاعة الحاجة آمنة بابكر، العائدة …، وقالت: "…"», and the witness a court heard:
«واستمعت المحكمة إلى الشاهد سعيد أمزيان، وهو تقني سابق بالجماعة، فأكد أن "…"»."""
from __future__ import annotations

from desktop.core.extract import lexicon, name_lexicon
from desktop.core.extract.actors import parse_phrase
from desktop.core.extract.analysis import Analysis, Phrase, has_phrase_break
from desktop.core.extract.family_name import ROLES_IN_A_CASE

_ANSWERED = lexicon.forms("فأجاب فأجابت وأجاب وأجابت فرد فردت")
_ASKED = lexicon.forms("سأل وسأل سألت وسألت")
_MET = lexicon.forms("التقى التقت والتقى والتقت قابل قابلت وقابل وقابلت")
_SAID = lexicon.forms("وقال وقالت فقال فقالت")
_HEARD = lexicon.forms("استمع استمعت واستمع واستمعت")
# «… المشهد بقوله:»، «وتختم السيد حديثها بالقول:»: by saying so, the clause's subject speaks (quotes.py)
BY_SAYING = lexicon.forms("بقوله بقولها بالقول")
# «سألت رئيسة الجلسة المتهم: "…؟"، فرد …»: who answers speaks next; «…، مخاطباً الوزير:»: who is addressed speaks not
REPLIED, ADDRESSING = lexicon.forms("فرد فردت فأجاب فأجابت"), lexicon.forms("مخاطبا مخاطبة مخاطبين ومخاطبا")
TESTIMONIES = lexicon.forms("إفادة شهادة")    # «إفادة الضحية …، قالت فيها»: the one who testified
_TO = lexicon.forms("إلى")


def _one_sentence(an: Analysis, i: int, k: int) -> bool:
    """Whether tokens i to k stand in one sentence: no point or line break between them."""
    return not any("." in an.doc.gap(x) or "\n" in an.doc.gap(x) for x in range(i + 1, k + 1))


def the_one_asked(an: Analysis, i: int, k: int) -> tuple[Phrase, str] | None:
    """The answering verb at k with no subject of its own, after «سأل X Y» in [i, k) in the same
    sentence: Y, the one asked, as (phrase, title); None otherwise."""
    written = k + 1 < len(an.words) and an.words[k + 1].isalpha() and ":" not in an.doc.gap(k + 1)
    if an.words[k] not in _ANSWERED or written:
        return None       # («فأجاب المتهم:»: the subject is written)
    asked = next((x for x in range(k - 1, i - 1, -1) if an.words[x] in _ASKED), None)
    if asked is None or not _one_sentence(an, asked, k):
        return None
    asker = parse_phrase(an, asked + 1, k)
    if asker is None:
        return None
    # («سأل لطّوف المتهم»: a role in a case read on into the asker's name is the one asked)
    role = next((x for x in range(asker.i + 1, asker.j) if an.words[x] in ROLES_IN_A_CASE), asker.j)
    if role >= k:
        return None
    one = parse_phrase(an, role, k)
    if one is None or one.kind != "person" or not (one.name or one.title) or one.i != role:
        return None
    return _named_after_role(an, one, k) or (one, one.title_text(an.doc) if one.name else "")


def _named_after_role(an: Analysis, one: Phrase, k: int) -> tuple[Phrase, str] | None:
    """«سأل رزق المتهم الأول الصيدلي فادي سلامة عن …»: a role in the case («المتهم الأول»), read as a name, then
    what he is (a definite word) and his name: the role and the description his title, the name his."""
    x = one.j + 1 if one.j < k and an.words[one.j].startswith("ال") and not has_phrase_break(an.doc.gap(one.j)) else one.j
    if one.name is None or an.words[one.name[0]] not in ROLES_IN_A_CASE or x >= k or has_phrase_break(an.doc.gap(x)) \
            or an.words[x] not in name_lexicon.given_names():
        return None
    named = parse_phrase(an, x, k)
    if named is None or named.name is None or named.title or named.name[1] - named.name[0] < 2:
        return None
    ph = Phrase(one.i, named.j, list(range(one.i, x)), named.name, None, "person")
    return ph, ph.title_text(an.doc)


def the_one_met(an: Analysis, i: int, k: int) -> tuple[Phrase, str] | None:
    """The saying verb at k with no subject of its own, after an outlet (a reporter's own paper,
    channel or radio) «التقى/قابل» someone named in [i, k) in the same sentence: that one, as
    (phrase, title); None otherwise."""
    written = k + 1 < len(an.words) and an.words[k + 1].isalpha() and ":" not in an.doc.gap(k + 1)
    if an.words[k] not in _SAID or written:
        return None
    met = next((x for x in range(k - 1, i - 1, -1) if an.words[x] in _MET), None)
    if met is None or met + 2 >= k or not _one_sentence(an, met, k):
        return None
    x = met + 1
    mention = an.gaz_at.get(x)
    if mention is not None and any(e.type == "media" for e in mention.entries):
        x = mention.j
    elif an.words[x] in lexicon.addressees() and an.words[x].startswith("ال"):
        x += 1      # «التقت الإذاعة …»: the outlet the report is from
    else:
        return None
    one = parse_phrase(an, x, k) if x < k else None
    if one is None or one.kind != "person" or not one.name or one.i != x:
        return None
    return one, one.title_text(an.doc)


def the_one_heard(an: Analysis, i: int, k: int) -> tuple[Phrase, str] | None:
    """The «فـ» verb at k (its subject unwritten: «أن» or a colon after it) after «استمعت المحكمة إلى
    الشاهد …» in [i, k) in the same sentence: the one heard, as (phrase, title); None otherwise."""
    nxt = an.words[k + 1] if k + 1 < len(an.words) else ""
    if not (an.words[k].startswith("ف") or an.words[k - 1] == "اذ") or not (nxt in lexicon.complementisers() or ":" in an.doc.gap(k + 1)):
        return None       # («واستمعت الهيئة إلى إفادة المغترب يوسف …، إذ قال:»: «إذ» as «فـ»; the testimony's owner)
    heard = next((x for x in range(k - 1, i - 1, -1) if an.words[x] in _HEARD), None)
    if heard is None or not _one_sentence(an, heard, k):
        return None
    to = next((x for x in range(heard + 1, min(k, heard + 6)) if an.words[x] in _TO), None)
    to = to + 1 if to is not None and an.words[to + 1] in TESTIMONIES else to
    one = parse_phrase(an, to + 1, k) if to is not None and to + 1 < k else None
    if one is None or one.kind != "person" or not one.name or one.i != to + 1:
        return None
    return one, one.title_text(an.doc)


def named_before_saying(an: Analysis, i: int, k: int) -> tuple[Phrase, str] | None:
    """«وهو ما علق عليه رئيس الرابطة المحترفة لكرة القدم مراد بلقاسمي بالقول:»: a titled person
    named right before «بالقول/بقوله» at k, after the clause's verb in [i, k): that person."""
    verb = next((x for x in range(k - 1, i - 1, -1) if an.is_verb(x)), None)
    if verb is None:      # «…، واجه رئيس الدائرة …»: a clause's first word no list holds as a verb, an office after it
        verb = next((p for p in range(k - 2, i - 1, -1) if (p == i or an.doc.gap(p).strip() in ("،", ","))
                     and an.words[p + 1] in lexicon.title_heads() and an.words[p].isalpha() and not an.words[p].startswith("ال") and an.words[p] not in ("وهو", "وهي")), None)
    if verb is None:
        return None
    for x in range(verb + 1, min(k, verb + 4)):
        if an.words[x] in lexicon.title_heads():
            one = parse_phrase(an, x, k)
            if one is not None and one.kind == "person" and one.name and one.j == k:
                return one, one.title_text(an.doc)
            # «واجه رئيس الدائرة المتهم الأول، وهو صاحب المخزن، بقوله:»: the aside is on the object; the office speaks
            aside = one is not None and one.kind == "person" and not one.name and any(
                an.words[y] in ("وهو", "وهي") and an.doc.gap(y).strip() in ("،", ",") for y in range(one.j + 1, k))
            return (one, "") if aside else None
    return None


def pushed_to_say(an: Analysis, i: int, j: int) -> tuple[int, tuple[Phrase, str]] | None:
    """«… وهو ما دفع الوزير إلى القول إن "…"»: a quotation right after «إلى القول إن/بأن» (tokens [i, j) before
    it) is the words of the one led to say them, the phrase right before «إلى» after a verb; (the verb's
    token, (phrase, title)) or None."""
    x = next((x for x in range(j - 1, max(i, j - 3), -1) if an.words[x] == "القول" and an.words[x - 1] == "الي"), None)
    if x is None or x < i + 3:
        return None
    for start in range(x - 2, max(i, x - 8), -1):
        if an.is_verb(start - 1) or an.words[start - 1] in _PUSHED:
            one = parse_phrase(an, start, x - 1)
            return (start - 1, (one, one.title_text(an.doc) if one.name else "")) if one is not None and one.j == x - 1 else None
    return None


_PUSHED = lexicon.forms("دفع دفعت ودفع دعا دعت ودعا حدا حدت")     # «ما دفع الوزير»، «ما حدا بالمدير»


def asker_before_colon(an: Analysis, i: int, j: int) -> tuple[Phrase, str] | None:
    """«وواجهته رئيسة الجلسة بسؤال:»، «سأل أبو حمدان المتهم:»: before a question and a colon, after the
    clause's first word (its verb), the person who asked; (phrase, title) or None."""
    x = max([i] + [y for y in range(i + 1, j) if any(c in an.doc.gap(y) for c in "،,")])
    if x + 2 > j or not an.words[x].isalpha() or an.words[x].startswith("ال"):
        return None
    one = parse_phrase(an, x + 1, j)
    if one is not None and one.name and one.name[1] - one.name[0] > 1 and an.words[one.name[1] - 1] in ROLES_IN_A_CASE:
        one = Phrase(one.i, one.name[1] - 1, list(one.title), (one.name[0], one.name[1] - 1), None, "person")    # «سأل أبو حمدان المتهم:»
    if one is None or one.kind != "person" or not (one.name or one.title):
        return None
    return one, one.title_text(an.doc) if one.name else ""
