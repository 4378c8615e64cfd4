"""«أحد/إحدى» (one of) inside a phrase: «أحد محامي الدفاع» opening a description of an unnamed
person, and «في إحدى الماكينات»، «في إحدى شركات المقاولات» going on with one; and the workplace
after «في» that a description goes on with («مهندس في محطة كهرباء طبرق»)."""
from __future__ import annotations

from desktop.core import arabic
from desktop.core.extract import lexicon
from desktop.core.extract.analysis import Analysis, Phrase, has_phrase_break, in_lex
from desktop.core.extract.phrase_parts import number_word, plain_word


def one_of(an: Analysis, k: int, j: int) -> bool:
    """«أحد محامي الدفاع»، «أحد سكان الحي»، «إحدى المعلمات»: «أحد/إحدى» opening a phrase, before
    a definite plural or a noun in construct with a definite word or a body, says one of a group.
    «أحد» is no given name, so the phrase is a description of an unnamed person."""
    words = an.words
    if words[k] not in lexicon.partitives() or k + 1 >= j or has_phrase_break(an.doc.gap(k + 1)):
        return False
    nxt = words[k + 1]
    if len(nxt) >= 5 and an.written(k + 1).endswith(("ها", "هم")) and nxt.isalpha():
        return True       # «أحد سكانها، عمر باعباد،»، «إحدى بناتهم»: one of its people
    # «أحد محامي الدفاع»: an office in construct is one of a group too
    if not plain_word(an, k + 1) and not nxt.startswith("ال") and nxt not in lexicon.title_heads():
        return False
    if nxt.startswith("ال"):
        return not an.is_time(k + 1) and nxt not in lexicon.stop_words()
    if k + 2 >= j or has_phrase_break(an.doc.gap(k + 2)):
        return False
    after = words[k + 2]
    return ((k + 2) in an.gaz_at or in_lex(after, lexicon.org_heads())
            or after in lexicon.place_nouns() or after in _SETTLEMENTS      # «أحد سكان مشتة بني لحسن»
            or (after.startswith("ال") and not an.is_time(k + 2) and after not in lexicon.stop_words())
            # «أحد فنيي فرق المسح الميداني»: a chain of nouns in construct down to a definite one
            or (plain_word(an, k + 2) and k + 3 < j and words[k + 3].startswith("ال") and not has_phrase_break(an.doc.gap(k + 3))
                and not an.is_time(k + 3) and words[k + 3] not in lexicon.stop_words()))


# Settlements a place's name follows, beside lexicon.place_nouns: Algeria's hamlet, Morocco's «douar», a camp
_SETTLEMENTS = frozenset(arabic.normalize(w) for w in ("مشتة", "دوار", "دشرة", "مخيم"))


def one_of_end(an: Analysis, k: int, j: int) -> int:
    """Where «أحد …» at k ends: two words («أحد المحتجين»), or three for «أحد المجني عليهم» (the victims:
    «المجني» takes «عليه/عليهم» as its complement)."""
    if k + 2 < j and an.words[k + 1] in ("المجني", "المدعي") and an.words[k + 2] in ("عليه", "عليها", "عليهم") \
            and not has_phrase_break(an.doc.gap(k + 2)):
        return k + 3
    if k + 3 < j and (an.words[k + 2] in lexicon.place_nouns() or an.words[k + 2] in _SETTLEMENTS) \
            and not an.words[k + 1].startswith("ال") and not has_phrase_break(an.doc.gap(k + 2)):
        # «أحد سكان مشتة بني لحسن، الحاج قويدر مزيان،»: the place's name runs to the comma, a name set off after it
        comma = next((x for x in range(k + 3, min(j, k + 7) + 1) if x == j or has_phrase_break(an.doc.gap(x)) or _told(an, x)), None)
        if comma is not None and (an.doc.gap(comma).strip()[:1] in ("،", ",", ":") or _told(an, comma)):      # («أحد سكان حي 200 مسكن بعاصمة الولاية:»)
            return comma
    return k + 2


def _told(an: Analysis, x: int) -> bool:
    """«… ببلدية بودواو لـ"المساء" إن»: the outlet told, or «إن/أن», ends the place's name."""
    return x < len(an.words) and (an.words[x] in lexicon.complementisers() or (
        an.words[x] == "ل" and x + 1 < len(an.words) and any(ch in '"«“' for ch in an.doc.gap(x + 1))))


def partitive(an: Analysis, ph: Phrase, k: int, j: int) -> bool:
    """«في إحدى الماكينات»، «من أحد الأحزاب»: «أحد/إحدى» after a title's link, before a definite
    plural, continue the description."""
    return (an.words[k] in lexicon.partitives() and (k - 1) in ph.title
            and an.words[k - 1] in lexicon.title_links() and k + 1 < j
            and an.words[k + 1].startswith("ال") and not an.is_time(k + 1)
            and not has_phrase_break(an.doc.gap(k)) and not has_phrase_break(an.doc.gap(k + 1)))


def partitive_in_construct(an: Analysis, ph: Phrase, k: int, j: int) -> bool:
    """«في إحدى شركات المقاولات»، «في أحد مستشفيات العاصمة»: «أحد/إحدى» after a title's link, then a
    plural in construct with a definite word, continue the description (the plural with it)."""
    words = an.words
    return (words[k] in lexicon.partitives() and (k - 1) in ph.title and words[k - 1] in lexicon.title_links()
            and k + 2 < j and words[k + 1].isalpha() and not words[k + 1].startswith("ال")
            and words[k + 1] not in lexicon.stop_words() and words[k + 1] not in lexicon.prepositions()
            and (words[k + 2].startswith("ال") or (words[k + 1].endswith("ات") and words[k + 2].isalpha() and (k + 3 >= len(words) or has_phrase_break(an.doc.gap(k + 3)))))
            and not an.is_time(k + 2) and words[k + 2] not in lexicon.stop_words()     # («مدرب في أحد معسكرات إيتن،»: a town's camps)
            and not any(has_phrase_break(an.doc.gap(x)) for x in (k, k + 1, k + 2)))


def description_goes_on(an: Analysis, ph: Phrase, k: int, j: int) -> int:
    """Where the description read so far goes on to from token k: one of a definite plural (k + 1),
    one of a plural in construct (k + 2), a workplace after «في» (k + 1); k when it does not."""
    if partitive(an, ph, k, j):
        return k + 1
    if an.words[k] in lexicon.partitives() and ph.title and ph.title[-1] == k - 1 and not an.words[k - 1].startswith("ال") \
            and not has_phrase_break(an.doc.gap(k)) and one_of(an, k, j):
        return one_of_end(an, k, j)      # «محامي أحد المدعى عليهم»: whose lawyer, one of a group
    if an.words[k] == "غير" and (k - 1) in ph.title and an.words[k - 1].startswith("ال") and k + 1 < j \
            and an.words[k + 1].startswith("ال") and not has_phrase_break(an.doc.gap(k)) and not has_phrase_break(an.doc.gap(k + 1)):
        return k + 2      # «جهاز مكافحة الهجرة غير الشرعية»: a negated adjective, no name
    if an.words[k] in _TRADE_KINDS and (k - 1) in ph.title and an.words[k - 1] in _TRADERS and not has_phrase_break(an.doc.gap(k)):
        return k + 1      # «تاجر جملة في سوق باب اليمن»: which trader, not the end of the description
    if partitive_in_construct(an, ph, k, j):
        return k + 2
    if k >= 1 and an.words[k - 1] == "البين" and (k - 1) in ph.title and an.words[k].endswith("يه") and not has_phrase_break(an.doc.gap(k)):
        return k + 1      # «اللجنة البين وزارية»، «البين قطاعية»: inter-ministerial, one adjective written in two
    if an.words[k] == "من" and (k - 1) in ph.title and an.words[k - 1] in _AFFECTED and k + 2 < j \
            and not has_phrase_break(an.doc.gap(k)) and not has_phrase_break(an.doc.gap(k + 1)):
        return k + 2      # «… للمناطق المتضررة من زلزال الحوز»: what they were struck by
    if an.words[k] == "عن" and (k - 1) in ph.title and k + 3 < j and _counted(an.words[k + 1]) and an.words[k + 2] == "من" \
            and an.words[k + 3].startswith("ال") and not any(has_phrase_break(an.doc.gap(x)) for x in range(k, k + 4)):
        return k + 4      # «وكيل الدفاع عن ثلاثة من المتهمين المحامي أمين الزعبي»: for how many of whom
    if k >= 2 and an.words[k - 1] in _SUPERLATIVES and (k - 1) in ph.title and an.words[k - 2].endswith(("احد", "احدي")) and k + 1 < j \
            and an.words[k].isalpha() and an.words[k + 1].startswith("ال") and not any(has_phrase_break(an.doc.gap(x)) for x in (k, k + 1)):
        return k + 2      # «مسؤول … بإحدى كبريات سلاسل المتاجر»: one of the largest chains, no name
    if an.words[k] in lexicon.premises_nouns() and (k - 1) in ph.title and an.words[k - 1] in ("في", "باسم", "من") \
            and not has_phrase_break(an.doc.gap(k)):
        return k + 1      # «مهندس في محطة كهرباء طبرق»، «المتحدث باسم مستشفى …»: where the one described works
    return k


_TRADERS = lexicon.forms("تاجر تجار بائع باعة")
_AFFECTED = lexicon.forms("المتضررة المتضرر المتضررين المتأثرة المتأثرين")
_SOME = lexicon.forms("عدد بعض")


def _counted(word: str) -> bool:
    """A number, written in figures or words («ثلاثة»), or «عدد/بعض»: how many of a group."""
    return word.isdigit() or number_word(word) or word in _SOME
_SUPERLATIVES = lexicon.forms("كبريات كبرى أكبر أهم أبرز أقدم كبار")
_TRADE_KINDS = lexicon.forms("جملة تجزئة الجملة التجزئة")
