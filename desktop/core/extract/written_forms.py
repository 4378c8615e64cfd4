"""Words whose normal form says less than the way they are written: the marks that normalising
folds (a hamza's seat, a madda, a shadda, «د.» with its dot) tell which of two words it is. Each
is given the normal form of the word it is, so the lists read it rightly."""
from __future__ import annotations

from desktop.core import arabic
from desktop.core.extract import lexicon, name_lexicon
from desktop.core.extract.document import Document
from desktop.core.extract.gaps import has_break

# Honorifics abbreviated to a letter and a point before a name (document.abbreviation_point),
# read as the words they stand for.
_ABBREVIATED = {"د": arabic.normalize("الدكتور"), "م": arabic.normalize("المهندس"), "أ": arabic.normalize("الأستاذ")}

# «آمر» (commander: «آمر اللواء»، «آمر حرس المنشآت»، Libya and Iraq) normalises as «أمر» (an
# order, a matter) does; written with its madda it is only the office, read as «قائد», its synonym.
_COMMANDER = {w: arabic.normalize(w.replace("آمر", "قائد")) for w in ("آمر", "وآمر", "فآمر", "لآمر", "الآمر")}
# «إمام» (an imam) normalises as the preposition «أمام» (in front of) does, so «وقال إمام المسجد …»
# lost its quote; written with the hamza under its alif it is only the office, read as «مدير» is
# (an office in construct with its place). «امام» with no hamza stays the preposition.
# «وأمّ المصلين الشيخ …» (he led the prayer) normalises as «وام», the acronym of the Emirates news
# agency; the hamza written on it says it is the verb.
# Without its shadda «وأم» is as often «and a mother» («وأم لثلاثة أطفال»), so only before those
# who pray.
_LED_PRAYER = frozenset(("وأم", "فأم"))
_PRAYING = frozenset(arabic.normalize(w) for w in ("المصلين", "المصلون", "صلاة", "الصلاة", "المؤمنين"))
_IMAM = {w: arabic.normalize(w.replace("إمام", "مدير")) for w in ("إمام", "وإمام", "فإمام", "لإمام", "بإمام")}


# What news calls the Pope besides «البابا»: «الأب الأقدس» (the Holy Father), «الحبر الأعظم»
_POPE = frozenset(((("الأب", arabic.normalize("الأقدس")), ("الحبر", arabic.normalize("الأعظم")))))
_POPE_TITLE = arabic.normalize("البابا")


def bare(text: str) -> str:
    """A token as written, less its short vowels and tatweel (the madda and the hamza stay)."""
    return "".join(ch for ch in text if not "\u064b" <= ch <= "\u0652" and ch != "ـ")


def as_written(doc: Document, k: int, governor: str, break_after: bool) -> str | None:
    """The normal form token k is read as, when its writing says more than its normal form;
    None when it says nothing more. `governor`: the form «والي» (the office) is given;
    `break_after`: a break stands between token k and the next."""
    text = bare(doc.tokens[k].text)
    nxt = doc.tokens[k + 1].norm if k + 1 < len(doc.tokens) else ""
    if text in ("بوالي", "لوالي") and nxt and not break_after \
            and (nxt in lexicon.place_nouns() or nxt.startswith("ال")):
        # «لقاء جمعهم بوالي الولاية رابح لعلاوي»: «بـ/لـ» on the governor; no one writes «بوإلى»
        return text[0] + governor
    if (text, nxt) in _POPE:
        return _POPE_TITLE   # «الأب الأقدس»، «الحبر الأعظم»: the Pope, as «البابا» is
    if text in _COMMANDER:
        return _COMMANDER[text]
    if text in _LED_PRAYER and ("\u0651" in doc.tokens[k].text or nxt in _PRAYING):
        return text       # as written: no list holds it
    if text in _IMAM:
        # «رئيس جمهورية طاجيكستان إمام علي رحمن»: before a given name it is one, as written
        return text if nxt in name_lexicon.given_names() else _IMAM[text]
    # («م. ك. ستالين»: a letter before another is an initial of a name, not the honorific)
    if doc.tokens[k].text in _ABBREVIATED and nxt and len(doc.tokens[k + 1].text) > 1 \
            and doc.gap(k + 1) != doc.body[doc.tokens[k].end:doc.tokens[k + 1].start]:
        # «د. أحمد العوضي»، «م. سامي»: the honorific written out («الدكتور»، «المهندس»)
        return _ABBREVIATED[doc.tokens[k].text]
    return None


def form_two_past(w: str, raw: str) -> bool:
    """«وجّه»، «شدّد»، «حذّر»: three root letters with a shadda written on the second, the past of
    form فعّل, with «و/ف» at most before it. A given name of three letters takes no shadda there
    («محمّد» has four); «سيّد» is a title."""
    core = w[1:] if len(w) == 4 and w[0] in "وف" else w
    if len(core) != 3 or core == "سيد":
        return False
    letters = [ch for ch in raw if ch.isalpha() or ch == "\u0651"]
    at = len(letters) - 4      # the shadda's place when it follows the second root letter
    return at >= 0 and len(letters) == len(w) + 1 and letters[at + 2] == "\u0651"


def wale_given_name(an, k: int) -> bool:
    """«وزير المالية والي إيدون بالقرار»: «والي» written with «ي» in an article that writes «إلى»
    with «ى», right after a whole title and before an indefinite word that is no place, is the
    given name Wale (Nigeria), not «وإلى» (and to) nor the office of governor. (`an` is an
    `Analysis`, which imports this module.)"""
    words = an.words
    return (words[k] == "والي" and an.written(k) == "والي" and an.writes_ila and "إلى" in an.doc.body and k > 0
            and words[k - 1].startswith("ال") and k + 1 < len(words) and words[k + 1].isalpha()
            and not words[k + 1].startswith("ال") and words[k + 1] not in lexicon.place_nouns() and (k + 1) not in an.gaz_at
            and words[k + 1] not in lexicon.stop_words() and not has_break(an.doc.gap(k + 1)))
