"""Words that tie a sentence to the one before it, which a title does not open on.

«وفي سياق متصل، أعلنت مديرية أمن سبها …»، «وعلى صعيد آخر …»، «وفي ملف آخر، أطلقت الوزارة …»،
«ميدانياً، قُتل جنديان …»: the article moves on to another matter; the title names the matter
itself, so it begins after these words.
"""
from __future__ import annotations

from desktop.core.extract import lexicon
from desktop.core.extract.sentence_view import SentenceView

# «في سياق متصل»، «على صعيد آخر»، «في ملف آخر»، «من جهة أخرى»، «في تطور لاحق»
_TOPIC_NOUNS = lexicon.forms("سياق صعيد ملف جهة ناحية تطور شأن")
_TOPIC_ADJECTIVES = lexicon.forms("متصل منفصل آخر اخر أخرى اخرى ثان ثاني ذي ذات لاحق مماثل مواز مختلف")
_LINKS = lexicon.forms("في وفي على وعلى من ومن")
# «ميدانياً، …»، «سياسياً، …»: an adverb of the domain the matter belongs to, set off by a comma
_DOMAIN_ADVERBS = lexicon.forms("ميدانيا ميدانياً سياسيا سياسياً اقتصاديا اقتصادياً أمنيا أمنياً "
                                "عسكريا عسكرياً دبلوماسيا دبلوماسياً محليا محلياً دوليا دولياً")


def connective_end(view: SentenceView, k: int, t: int) -> int:
    """The token after a connective phrase that opens the title at token k (k when none)."""
    an = view.an
    words = an.words
    w = words[k] if k < view.j else ""
    bare = w[1:] if w[:1] in "وف" and w[1:] in _DOMAIN_ADVERBS else w
    if k < t and bare in _DOMAIN_ADVERBS and any(ch in "،," for ch in an.doc.gap(k + 1)):
        return k + 1
    if w in _LINKS and k + 2 < t and words[k + 1] in _TOPIC_NOUNS:
        k, w = k + 1, words[k + 1]      # «وعلى صعيد متصل»: the preposition goes with the phrase
    if k + 1 < t and w in _TOPIC_NOUNS and words[k + 1] in _TOPIC_ADJECTIVES:
        end = k + 2
        if end < t and words[k + 1] in lexicon.forms("ذي ذات") and end < view.j:
            end += 1     # «في سياق ذي صلة»
        return end
    return k


# «صباح غد»، «مساء أمس»: a part of a day named from the day of writing; the date field holds it
_DAY_PARTS = lexicon.forms("صباح مساء ظهر ليلة فجر عصر صباحَ مساءَ")
_NEAR_DAYS = lexicon.forms("غد الغد غدا غداً أمس امس اليوم")
_FROM = lexicon.forms("اعتبارا اعتباراً ابتداء ابتداءً بدءا بدءاً")


def relative_day(view: SentenceView, k: int) -> bool:
    """Whether token k is part of «(اعتباراً من) صباح غد» or «مساء أمس», which a title leaves out."""
    words = view.an.words
    for p in range(max(view.i, k - 3), k + 1):
        if words[p] in _DAY_PARTS and p + 1 < view.j and words[p + 1] in _NEAR_DAYS:
            return p <= k <= p + 1
        if words[p] in _FROM and p + 3 < view.j and words[p + 1] == "من" and words[p + 2] in _DAY_PARTS \
                and words[p + 3] in _NEAR_DAYS:
            return p <= k <= p + 3
    return False


# «ويأتي الهجوم بعد أسبوع من هجوم مماثل استهدف …»، «وجاء ذلك عقب …»: the sentence frames the
# happening by another one; the happening's title begins after «بعد/عقب» (and «من» after a time)
_FRAMING_VERBS = lexicon.forms("يأتي ويأتي تأتي وتأتي جاء وجاء جاءت وجاءت")
_AFTER = lexicon.forms("بعد عقب إثر اثر")


def framing_end(view: SentenceView, k: int, t: int) -> int:
    """The token after «يأتي … بعد [مدة] من» when the event's word t follows it; k when none."""
    words = view.an.words
    if k >= t or words[k] not in _FRAMING_VERBS:
        return k
    for m in range(k + 1, min(t, k + 6)):
        if words[m] in _AFTER:
            after = m + 1
            for x in range(m + 1, min(t, m + 4)):
                if words[x] == "من":
                    after = x + 1
                    break
            return after if after < t else k
    return k
