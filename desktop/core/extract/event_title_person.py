"""A person who does the event, named in a title by the family name alone.

«وزير الدولة بوزارة الخارجية محمد بن عبد العزيز الخليفي التقى الاثنين سفير …»: the office and
the whole name take eight of the title's twelve words, and the one met is cut off. An analyst's
title says «الخليفي يلتقي سفير …»: the family name is how the article and its readers refer to
the person after the first mention, and the office is in the actor's record. So when a title
runs out of words, the office and the given names of the person who opens it (before its first
verb, or right after it) are left out.
"""
from __future__ import annotations

from desktop.core import arabic
from desktop.core.extract import lexicon, name_lexicon
from desktop.core.extract.actors import parse_phrase
from desktop.core.extract.analysis import has_phrase_break, strip_conj
from desktop.core.extract.events import trigger_category
from desktop.core.extract.sentence_view import SentenceView
from desktop.core.extract.titles import could_be_given_name

# a family name of several words opens with one of these: «فون دير لاين»، «آل ثاني»، «أبو الغيط»
_FAMILY_OPENERS = frozenset(arabic.normalize(w) for w in (
    "آل", "أبو", "ابو", "فون", "فان", "دي", "دو", "دا", "ديل", "دير", "لو", "ولد"))
# «الهادي بن سالم»: «بن» opens the family name when no other word follows it
_PATRONYM = frozenset(arabic.normalize(w) for w in ("بن", "ابن", "بنت"))
# «سيف الدين»، «عبد الله»: the last word of a compound given name is no family name
_COMPOUND_ENDS = frozenset(arabic.normalize(w) for w in ("الدين", "الله"))
_SPAN = 14               # an office and a full name take at most this many words


def person_subject_skip(view: SentenceView, kept: list[int]) -> set[int]:
    """The tokens to leave out of a title (the office and the given names of the person who
    opens it), keeping the family name; empty when the title opens on no person named in full."""
    if not kept:
        return set()
    an = view.an
    words = an.words
    verb = next((k for k in kept[:2] if _acts(an, k)), None)
    at = verb + 1 if verb is not None else kept[0]
    if at >= view.j or at in view.quote_of:
        return set()
    ph = parse_phrase(an, at, min(view.j, at + _SPAN))
    if ph is None or ph.name is None or ph.kind != "person" or not _office_then_name(an, ph):
        return set()
    n_i, n_j = ph.name
    if verb is None:
        # a name that opens the title is its subject only when the verb follows it; the reader
        # of speakers may stop a long name short of its last word («… بن عبد العزيز الخليفي»)
        n_j = _name_until_verb(view, n_j)
        if n_j is None:
            return set()
    if n_j - n_i < 2 or any(k in view.quote_of for k in range(at, n_j)):
        return set()
    last = words[n_j - 1]
    chain = sum(words[k] in _PATRONYM for k in range(n_i, n_j)) > 1 and not last.startswith("ال")
    if chain or last in _COMPOUND_ENDS or words[n_i] in _FAMILY_OPENERS or words[n_i] == "عبد":
        return set()     # «سعود بن مشعل بن عبدالعزيز»، «عبد الأمير يار الله»: no family name to keep alone
    family = _family_start(words, n_i, n_j)
    if family <= n_i:
        return set()
    return set(ph.title) | set(range(n_i, family))


def _name_until_verb(view: SentenceView, n_j: int) -> int | None:
    """The end of a name that runs up to the verb after it (at most two more name words), or
    None when no verb follows the name."""
    an = view.an
    for m in range(n_j, min(view.j, n_j + 3)):
        if _acts(an, m):
            return m
        if not an.words[m].isalpha() or has_phrase_break(an.doc.gap(m)) or an.is_common_word(m) \
                or m in view.quote_of or m in view.dated:
            return None
    return None


def _acts(an, k: int) -> bool:
    """A verb, or an event's verb the reader of verbs does not know («التقى»): not its verbal
    noun («استقبال»، «زيارة»، «استقباله»), whose agent is no subject."""
    w = an.words[k]
    return an.is_verb(k) or (trigger_category(w) is not None and not name_lexicon.masdar_shaped(w)
                             and not w.endswith("ه"))


def _office_then_name(an, ph) -> bool:
    """«وزير الطاقة محمد البشير»: an office head, then a name that opens on a given name (not a
    body's words read as a name: «خفر السواحل الموريتاني»، «بلدية محافظة القطيف»)."""
    if not ph.title or ph.title[0] >= ph.name[0]:
        return False
    head = next((v for v in strip_conj(an.words[ph.title[0]]) if v in lexicon.title_heads()), None)
    given = an.words[ph.name[0]]
    if head is None or not could_be_given_name(an, ph.name[0]):
        return False
    # «يزور وزير الطاقة محطة قري …»: a noun in «ة» after the office is the object, not a name
    return given in name_lexicon.given_names() or given in name_lexicon.article_given_names() or not (
        given.endswith("ه") or an.is_common_word(ph.name[0]))


def _family_start(words: list[str], n_i: int, n_j: int) -> int:
    """Where the family name begins in the name words [n_i, n_j)."""
    last = n_j - 1
    if last - 1 > n_i and words[last - 1] in _FAMILY_OPENERS:
        return last - 1
    if last - 1 > n_i and words[last - 1] in _PATRONYM | {"عبد"}:
        return last - 1  # «الهادي بن سالم»، «بدر عبد العاطي»
    if last - 2 > n_i and words[last - 2] in _FAMILY_OPENERS and words[last - 1] in _FAMILY_OPENERS:
        return last - 2  # «فون دير لاين»
    return last


def body_complement_skip(view: SentenceView, kept: list[int]) -> set[int]:
    """«أعلنت وزارة الكهرباء والماء والطاقة المتجددة أن …» -> «أعلنت وزارة الكهرباء أن …»: the
    portfolios a body's name adds after its first («والماء والطاقة المتجددة»، «والحدود») are
    left out of a title that runs out of words; a second body («وهيئة الطرق») stays."""
    if not kept:
        return set()
    an = view.an
    words = an.words
    at = kept[0] + 1 if _acts(an, kept[0]) else kept[0]
    if at >= view.j or at in view.quote_of:
        return set()
    ph = parse_phrase(an, at, min(view.j, at + _SPAN))
    if ph is None or ph.kind != "organization" or len(ph.title) < 3:
        return set()
    title = ph.title
    p = next((k for k in title[2:] if _coordinated_definite(words[k])), None)
    if p is None or any(words[k].startswith("و") for k in range(title[1], p)):
        return set()     # «شرطة دبي وهيئة الطرق والمواصلات»: the second body keeps its name
    skip = set()
    for k in range(p, title[-1] + 1):
        if k not in title or not (words[k].startswith("و") or (words[k].startswith("ال") and k > p)):
            break
        skip.add(k)
    return skip


def _coordinated_definite(word: str) -> bool:
    return word.startswith("وال") and len(word) > 4
