"""Morocco's territorial administration inside a title: «والي جهة سوس ماسة عامل عمالة أكادير
إداوتنان سعيد أمزازي»، «عامل إقليم تارودانت مبروك ثابت». A governor («والي») heads a region
(«جهة»), a governor of a province or prefecture («عامل») heads a «إقليم» or «عمالة»; the
jurisdiction's name runs on for a few words, which no gazetteer lists in full («إداوتنان»),
until the holder's name opens with a known given name or a second office («عامل») follows.
«عامل» alone is a worker: only «عامل عمالة/إقليم» is the office."""
from __future__ import annotations

from desktop.core import arabic
from desktop.core.extract import lexicon, name_lexicon
from desktop.core.extract.analysis import COMPASS, Analysis, Phrase, has_phrase_break, in_lex

# the normalised words: «عامل» (the office), «الوالي» (the form Analysis gives «والي» read as
# the office), and the jurisdictions each governs
_PROVINCIAL = "عامل"
_JURISDICTIONS = frozenset({"جهه", "عماله", "اقليم"})
_OFFICES_OVER_THEM = frozenset({"الوالي", _PROVINCIAL})
_PLACE_WORDS = 4      # «طنجة تطوان الحسيمة»، «الداخلة وادي الذهب»: a jurisdiction's name is short


# Morocco's twelve regions (2015), whose names join two or three places: «رئيس فرع جهة مراكش آسفي
# للجمعية …»، «مدير الأكاديمية الجهوية لجهة الدار البيضاء سطات»
_REGIONS = tuple(tuple(arabic.words(arabic.normalize(name))) for name in (
    "طنجة تطوان الحسيمة", "الشرق", "فاس مكناس", "الرباط سلا القنيطرة", "بني ملال خنيفرة", "الدار البيضاء سطات",
    "مراكش آسفي", "درعة تافيلالت", "سوس ماسة", "كلميم واد نون", "العيون الساقية الحمراء", "الداخلة وادي الذهب"))


_REGION_FIRSTS = frozenset(region[0] for region in _REGIONS)


def _region_end(an: Analysis, ph: Phrase, k: int, j: int) -> int:
    """After «جهة» in a title, one of Morocco's regions named whole: where its name ends, or k."""
    words = an.words
    if ph.title and words[k] in _REGION_FIRSTS and (k - 1) in ph.title and not _breaks(an, k):
        for region in _REGIONS:     # «الشركة الجهوية متعددة الخدمات مراكش آسفي»: a region of two places, named without «جهة»
            end = k + len(region)
            if len(region) >= 2 and end <= j and tuple(words[k:end]) == region and not any(_breaks(an, x) for x in range(k + 1, end)):
                return end
    if not ph.title or (k - 1) not in ph.title or words[k] not in ("جهه", "لجهه", "بجهه") or _breaks(an, k):
        return k
    for region in _REGIONS:
        end = k + 1 + len(region)
        if end <= j and tuple(words[k + 1:end]) == region and not any(_breaks(an, x) for x in range(k + 1, end)):
            return end
    return k


def _breaks(an: Analysis, k: int) -> bool:
    return has_phrase_break(an.doc.gap(k))


def provincial_office(an: Analysis, k: int, j: int) -> bool:
    """«عامل عمالة الرباط»، «عامل إقليم تارودانت»: «عامل» heading a jurisdiction is an office."""
    words = an.words
    return (words[k] == _PROVINCIAL and k + 2 < j and words[k + 1] in _JURISDICTIONS
            and not _breaks(an, k + 1) and not _breaks(an, k + 2))


def _opens_name(an: Analysis, x: int, j: int) -> bool:
    """A known given name with one more word of a name after it: «سعيد أمزازي»."""
    words = an.words
    return (words[x] in name_lexicon.given_names() and x + 1 < j and not _breaks(an, x + 1)
            and words[x + 1].isalpha() and words[x + 1] not in lexicon.stop_words())


def compass_region(an: Analysis, ph: Phrase, k: int, j: int) -> bool:
    """«والي غرب كردفان»، «محافظ شمال سيناء»: a compass point and the region it names, after an
    office or a place noun of the title; the two words go into the title."""
    words = an.words
    # («رئيس ولاية بونتلاند في شمال شرق الصومال سعيد …»: a second compass point and the place it names)
    return (bool(ph.title) and not ph.name and words[k] in COMPASS and k + 1 < j and words[k + 1].isalpha()
            and not _breaks(an, k + 1) and ((not words[k + 1].startswith("ال")
            and in_lex(words[k - 1], lexicon.title_heads() | lexicon.place_nouns() | {"والي"}, clitics=True))
            or (words[k - 1] in COMPASS and (k - 1) in ph.title and (k + 1) in an.gaz_at)
            # «متطوع في غرفة طوارئ شرق النيل»: a region closing an indefinite chain, no name
            or (words[k + 1].startswith("ال") and (k - 1) in ph.title and not words[k - 1].startswith("ال")
                and words[k + 1] not in name_lexicon.article_given_names())))


# A governor's office over a place named right after it: «محافظ مدق»، «والي كسلا»، «حاكم إقليم …»
GOVERNORS = frozenset(arabic.normalize(w) for w in ("محافظ", "والي", "حاكم", "عمدة"))


def _place_named_before(an: Analysis, ph: Phrase, k: int) -> bool:
    """Token k, right after a governor's office, is a word the article wrote before as a place's
    name, right after a place noun («عاصمة إقليم مدق» … «محافظ مدق»): no gazetteer lists every
    province, and a governor named by office alone has no name of his own there."""
    words = an.words
    w = words[k]
    if not ph.title or ph.title[-1] != k - 1 or words[k - 1] not in GOVERNORS or _breaks(an, k) \
            or not w.isalpha() or w.startswith("ال") or len(w) < 3 or w in name_lexicon.given_names():
        return False
    return any(words[x] == w and words[x - 1] in lexicon.place_nouns() and not _breaks(an, x)
               for x in range(1, k - 1))


# A clan and the prefix of its name: «عشيرة البو عامر»، «قبيلة آل مرة»
_TRIBES = frozenset(arabic.normalize(w) for w in ("عشيرة", "قبيلة", "عشائر", "قبائل"))
_TRIBE_PREFIXES = frozenset(arabic.normalize(w) for w in ("البو", "آل", "بني", "أولاد"))


def territory_end(an: Analysis, ph: Phrase, k: int, j: int) -> int:
    """The end of a jurisdiction and its name that token k opens, after a governor's office in
    the title read so far (or «عامل» and its jurisdiction, anywhere in a person's title); k when
    the text is not so."""
    words = an.words
    region = _region_end(an, ph, k, j)
    if region > k:
        return region
    if words[k] in _TRIBE_PREFIXES and k > 0 and words[k - 1] in _TRIBES and k + 1 < j and not _breaks(an, k + 1):
        return k + 2      # «شيخ عشيرة البو عامر الشيخ جبار …»: the tribe's name, «البو» and its ancestor
    if ph.kind != "person" or ph.name:
        return k
    if _place_named_before(an, ph, k):
        return k + 1      # «محافظ مدق» after «عاصمة إقليم مدق»: the governor of a place, no name
    if provincial_office(an, k, j):
        start = k + 1
    elif ph.title and (k - 1) in ph.title and words[k - 1] in _OFFICES_OVER_THEM and words[k] in _JURISDICTIONS \
            and k + 1 < j and not _breaks(an, k) and not _breaks(an, k + 1):
        start = k
    else:
        return k
    end = start + 1
    while end < j and end - start <= _PLACE_WORDS:
        w = words[end]
        if w == _PROVINCIAL or _opens_name(an, end, j):
            return end if end > start + 1 else k
        if _breaks(an, end) or not w.isalpha() or w in lexicon.stop_words() or w in lexicon.prepositions() \
                or an.is_verb(end) or an.is_time(end):
            break
        end += 1
    # no given name known to open the holder's name («عامل إقليم تارودانت مبروك ثابت إن»): a
    # name of two words ends the phrase, after a one-word jurisdiction at least
    if end - start >= 4:
        end -= 2
    return end if end > start + 1 else k
