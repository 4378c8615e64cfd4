"""Where a speaker phrase points: «لـ/بـ» on a place, a body, a region or a premises inside a title
(«مدير صحة بمحافظة عدن»، «بمقر الحكومة»), a place name inside a title, an unnamed source's body after
«بـ» («مصدر بقطاع الطب الوقائي»), and a shop named by its trade («محل لبيع الملابس»), which is no
actor. Read by `actors.parse_phrase` beside phrase_parts.py."""
from __future__ import annotations

from desktop.core import arabic
from desktop.core.extract import lexicon, name_lexicon
from desktop.core.extract.analysis import QUOTE_MARKS, Analysis, Phrase, has_phrase_break, in_lex
from desktop.core.extract.body_chain import STATE_NOUNS
from desktop.core.extract.phrase_parts import SOURCE_HEADS
from desktop.core.extract.source_site import site_of_source

def preposition_on_noun(an: Analysis, k: int) -> bool:
    """«بسوس ماسة» (with «سوس ماسة» written elsewhere)، «بمقر الحكومة»: a word in «بـ» that is the
    preposition on a noun, not the first word of a name. It is when the article writes the word
    without the «بـ» too, or when the rest is a place noun, a body, an office or a building («مقر»)
    with a definite word after it. A name in «ب» the article never writes without it («بوريطة»،
    «بلحاج»، «بشار الأسد») stays a name, and «باسم» is left to the title's link rule."""
    w = an.words[k]
    if not (w.startswith("ب") and (len(w) >= 4 or w[1:] in lexicon.place_nouns()) and w.isalpha()) \
            or w.startswith("بال") or w in ("بن", "بنت", "برءاسه") \
            or w in lexicon.title_links():
        return False      # («محكمة الجنايات برئاسة المستشار …»: who presides, not where)
    if w[1:] in an.word_set:
        return True
    rest = w[1:]
    nxt = an.words[k + 1] if k + 1 < len(an.words) else ""
    noun = (rest in lexicon.place_nouns() or rest in lexicon.org_heads() or rest in lexicon.title_heads()
            or rest in _PREMISES)
    return noun and nxt.startswith("ال") and nxt not in name_lexicon.name_tails() and not has_phrase_break(an.doc.gap(k + 1))


def lam_of_place(an: Analysis, ph: Phrase, k: int) -> bool:
    """«وكالة الحوض المائي لسوس ماسة» (with «سوس ماسة» written elsewhere): «لـ» after a definite
    word of a body's or a source's title, on a word the article writes without it, names the
    place the body serves; it stays with the body («لـ» on an outlet or an addressee does not)."""
    w = an.words[k]
    if not (w.startswith("ل") and not w.startswith("لل") and len(w) >= 4 and w.isalpha()) or an.is_outlet(k) \
            or (k - 1) not in ph.title or not an.words[k - 1].startswith("ال") or has_phrase_break(an.doc.gap(k)):
        return False
    rest = w[1:]
    # («المكتب الجهوي للاستثمار الفلاحي لملوية»: Morocco's agricultural offices are named for their region)
    return (rest in an.word_set or an.words[k - 1] == "الفلاحي") and rest not in lexicon.addressees() and rest not in lexicon.media_nouns() \
        and not an.addressed(k) and not _bracketed(an, rest)


def _bracketed(an: Analysis, word: str) -> bool:
    """«براوة (صونا) –»: the word written somewhere in brackets alone, an agency's short name, no place
    («مستشفى براوة العام لصونا» is the agency spoken to)."""
    return any(an.words[x] == word and "(" in an.doc.gap(x) and x + 1 < len(an.words) and ")" in an.doc.gap(x + 1)
               for x in range(len(an.words)))


def ba_document(word: str) -> bool:
    """«ببيان»، «بتعميم»، «ببلاغ»: «بـ» on a document a body issues says how it spoke («ردّ المكتب
    الإعلامي لمحافظ بيروت ببيان»); it ends the body's name, it is no place the body serves."""
    return word.startswith("ب") and not word.startswith("بال") and word[1:] in lexicon.issued_documents()


def ba_of_region(an: Analysis, ph: Phrase, k: int) -> int:
    """«مصدر من المديرية الجهوية للفلاحة بفاس مكناس»: «بـ» after a definite word of a body's or a
    source's title, on a word that is no common word, no verbal noun and no noun of manner, names
    the region the body serves (one or two words, even one the article writes nowhere else); the
    end of the region, or k when the text is not so. A document after «بـ» («ردّ المكتب الإعلامي
    لمحافظ بيروت ببيان») is how the body spoke, never a region."""
    words = an.words
    w = words[k]
    if not (w.startswith("ب") and (len(w) >= 4 or w[1:] in lexicon.place_nouns()) and w.isalpha()) \
            or w.startswith("بال") or w in ("بن", "بنت") \
            or (k - 1) not in ph.title or not words[k - 1].startswith(("ال", "لل")) \
            or has_phrase_break(an.doc.gap(k)) or any(ch in QUOTE_MARKS for ch in an.doc.gap(k)) \
            or "\u064b" in an.doc.tokens[k].text:     # «أصدر المكتب المديري للنادي بلاغاً»: the object, in the accusative
        return k
    rest = w[1:]
    if (w in lexicon.title_links() or w in lexicon.manner_adverbs() or w in lexicon.ba_phrases()
            or w in lexicon.stop_words()
            or rest in lexicon.stop_words() or rest in lexicon.complementisers() or an.is_time(k)
            or an.is_verb(k) or an.is_outlet(k) or an.addressed(k)
            or ba_document(w) or rest in lexicon.document_nouns() or _masdar_like(rest)
            or in_lex(rest, lexicon.title_heads()) or in_lex(rest, lexicon.org_heads())):
        return k
    end = k + 1
    # «بجهة سوس ماسة»: after a place noun the place's name may run to two words; else one
    most = k + (3 if rest in lexicon.place_nouns() else 2)
    while end < min(len(words), most):
        nxt = words[end]
        if not (nxt.isalpha() and len(nxt) >= 3 and not nxt.startswith(("ال", "ل", "ب")) and not has_phrase_break(an.doc.gap(end))
                and not any(ch in QUOTE_MARKS for ch in an.doc.gap(end))
                and nxt not in lexicon.stop_words() and nxt not in lexicon.prepositions()
                and nxt not in lexicon.complementisers() and not an.is_verb(end) and not an.is_time(end)
                and not in_lex(nxt, lexicon.title_heads()) and not in_lex(nxt, lexicon.org_heads())):
            break
        end += 1
    return end


def _masdar_like(word: str) -> bool:
    """A verbal noun by its pattern (تفعيل، إفعال، افتعال، انفعال، استفعال، مفاعلة) or a plain action's."""
    return name_lexicon.masdar_shaped(word) or word in lexicon.action_nouns()


# Buildings and seats where something is done: «بمقر الحكومة»، «بمبنى الوزارة»، «بقصر الرئاسة».
_PREMISES = frozenset(arabic.normalize(w) for w in ("مقر", "مبنى", "قصر", "قاعة", "ديوان", "مقار"))


def prepositional_place_end(an: Analysis, k: int, j: int) -> int:
    """The end of the place governed by the «بـ» word at k: the words the article writes after
    the bare word elsewhere («بسوس ماسة» after «سوس ماسة»), or the word and its definite
    complement («بمقر الحكومة»)."""
    words = an.words
    bare = words[k][1:]
    best = k + 1
    for x, w in enumerate(words):
        if w != bare or x == k:
            continue
        m = 1
        while k + m < j and x + m < len(words) and words[x + m] == words[k + m] \
                and not has_phrase_break(an.doc.gap(k + m)) and not has_phrase_break(an.doc.gap(x + m)):
            m += 1
        best = max(best, k + m)
    if best == k + 1 and bare not in an.word_set and k + 1 < j and not has_phrase_break(an.doc.gap(k + 1)):
        best = k + 2      # (not over a comma: «… لملوية، في اجتماعه»)
    # «بجهة سوس ماسة»: after a place noun, the place's name may take a second word
    if bare in lexicon.place_nouns() and best == k + 2 and best < j and words[best].isalpha() \
            and not words[best].startswith(("ال", "ب", "ل", "و")) and not has_phrase_break(an.doc.gap(best)) \
            and words[best] not in lexicon.stop_words() and not an.is_verb(best) and not an.is_time(best):
        best += 1
    return best


# The first words of compound town names: «بنت جبيل»، «بني ملال»، «عين الدفلى»، «دير الزور»، «كفر الشيخ»،
# «تل أبيب»، «بيت لحم»، «رأس الخيمة»، «بئر السبع»، «سيدي بلعباس»، «حاسي مسعود»، «برج بوعريريج».
TOPONYM_HEADS = frozenset(arabic.normalize(w) for w in (
    "بنت", "بني", "عين", "دير", "كفر", "تل", "بيت", "رأس", "بئر", "سيدي", "حاسي", "برج", "وادي", "جبل",
    "آيت", "أولاد"))


_COMMUNES = lexicon.forms("جماعة لجماعة بجماعة")


_DWELLINGS = frozenset(("مسكن", "سكن", "مسكنا"))


def place_name_in_title(an: Analysis, ph: Phrase, k: int) -> bool:
    """The word after a place noun in a title («إقليم كوردستان»، «محافظة نينوى») is the place's
    name, even one the gazetteer spells otherwise."""
    w = an.words[k]
    prev = an.words[k - 1]
    if prev == "سوق" and w in lexicon.weekdays() and (k - 1) in ph.title and not has_phrase_break(an.doc.gap(k)):
        return True       # «بلدية سوق الجمعة»، «سوق الأربعاء»: towns named for their market day, no time
    # «بلدية بنت جبيل»، «بلدية بني ملال»، «محافظة دير الزور»: a town's name opening with a toponym's
    # head word («بنت»، «بني»، «دير»، «عين»، «كفر» …), taken into the title, goes on with the next word
    compound = prev in TOPONYM_HEADS and k >= 2 and (k - 2) in ph.title and not has_phrase_break(an.doc.gap(k))
    if w == "ايت" and k >= 2 and (k - 1) in ph.title and an.words[k - 2] in lexicon.place_nouns() \
            and not has_phrase_break(an.doc.gap(k)):
        return True       # «عامل إقليم اشتوكة آيت باها»: a Berber place of two parts, «آيت» opening the second
    # «الرئيس السابق لجماعة عين الشقف»: Morocco's commune, a place (a group too: «جماعة الحوثي» reads the same)
    commune = (prev in _COMMUNES and not w.startswith("ال")) or (prev == "السلاليه" and w in ("اولاد", "ايت"))    # «الجماعة السلالية أولاد عياد»: Morocco's tribal lands
    if (k - 1) in ph.title and not has_phrase_break(an.doc.gap(k)) and ((
            prev == "حي" and w.isdigit() and k + 1 < len(an.words) and an.words[k + 1] in _DWELLINGS)
            or (w in _DWELLINGS and prev.isdigit() and k >= 2 and an.words[k - 2] == "حي")):
        return True       # «رئيس جمعية حي 500 مسكن …»: Algeria's quarters named by their number of dwellings
    # «بحضور والي آدرار السيد أحمد سالم ولد اعل»: the governor written «والي» (read as the office) governs a place
    governor = prev == "الوالي" and not an.doc.tokens[k - 1].text.startswith("ال")
    # («لمحلية شيكان»: Sudan's locality, a place noun only after «لـ/بـ», where no adjective stands)
    return ((prev in lexicon.place_nouns() or (prev[:1] in "بل" and (prev[1:] in lexicon.place_nouns() or prev[1:] == "محليه")) or compound or commune or governor)
            and (k - 1) in ph.title and w.isalpha()
            and w not in lexicon.stop_words() and w not in lexicon.prepositions()
            and not an.is_verb(k) and not an.is_time(k) and w not in lexicon.title_heads())


def place_noun_after_link(an: Analysis, ph: Phrase, k: int) -> bool:
    """«النائب عن مقاطعة توجنين»، «عضو المجلس عن محافظة …»: a place noun after a title's «عن/في»
    is the title's, and the place named after it follows (`place_name_in_title`)."""
    # («مصدر من عمالة إقليم تازة»: a source's «من» too)
    # («سفارة دولة الكويت لدى مملكة تايلند»: a state's noun after «لدى»)
    return ((an.words[k] in lexicon.place_nouns() or (an.words[k - 1] == "لدي" and an.words[k] in STATE_NOUNS)) and (k - 1) in ph.title
            and (an.words[k - 1] in lexicon.title_links() or (an.words[k - 1] == "من" and an.words[ph.title[0]] in SOURCE_HEADS))
            and k + 1 < len(an.words) and not has_phrase_break(an.doc.gap(k)) and not has_phrase_break(an.doc.gap(k + 1)))


_STATION = arabic.normalize("محطة")
_FUELS = lexicon.forms("وقود بنزين محروقات")


def shop_with_trade(an: Analysis, k: int, j: int) -> int:
    """«صاحب محل لبيع الملابس»، «صاحب معرض لتأجير السيارات»: a shop («محل»، «متجر»: always), or a
    premises noun with «لـ» on what is done there (a verbal noun), is a place, not the first word
    of a name: the end of the shop's words (a fuel station's two), or 0 when none is at k."""
    words = an.words
    w = words[k]
    if w[:1] in "وف" and w[1:] in lexicon.shop_nouns():
        w = w[1:]
    if w == _STATION and k + 1 < j and words[k + 1] in _FUELS and not has_phrase_break(an.doc.gap(k + 1)):
        return k + 2      # «صاحب محطة وقود وسط المدينة»
    if w in lexicon.shops():
        # («صاحب محل للأقمشة»: and what it sells, not the people spoken to: «للصحفيين»)
        goods = k + 1 < j and words[k + 1].startswith("لل") and len(words[k + 1]) >= 5 and not has_phrase_break(an.doc.gap(k + 1)) \
            and "ال" + words[k + 1][2:] not in lexicon.addressees()
        return k + 2 if goods else k + 1      # «صاحب محل بقالة»: never a name word
    if w not in lexicon.shop_nouns() or k + 1 >= j or has_phrase_break(an.doc.gap(k + 1)):
        return 0
    nxt = words[k + 1]
    if not (nxt.startswith("ل") and len(nxt) >= 4 and nxt.isalpha()):
        return 0
    bare = nxt[2:] if nxt.startswith("لل") else nxt[1:]     # «للبيع»: «لـ» on «البيع»
    return k + 1 if bare in lexicon.trade_nouns() or _masdar_like(bare) else 0


# Parts of a ministry or a service a source works in: «مصدر بقطاع الطب الوقائي»، «بقسم الطوارئ».
_SECTIONS = frozenset(arabic.normalize(w) for w in (
    "قطاع", "قسم", "شعبة", "مصلحة", "وحدة", "إدارة", "دائرة", "مديرية", "وزارة", "هيئة", "مكتب",
    "مؤسسة", "شركة", "جهاز", "مجلس", "مركز", "مستشفى", "ديوان", "سفارة", "قنصلية", "بعثة", "لجنة"))


_COURT_KINDS = frozenset(arabic.normalize(w) for w in ("استئناف", "جنايات", "جنح"))


def source_body_in_ba(an: Analysis, ph: Phrase, k: int, j: int) -> int:
    """«مصدر بقطاع الطب الوقائي»، «مصدر مسؤول بوزارة الصحة»: «بـ» on a body or a part of one right
    after an unnamed source (and its adjectives) names where the source works; it stays with the
    source. The end of the body's head and its definite complement, or k when the text is not so."""
    words = an.words
    w = words[k]
    if not ph.title or words[ph.title[0]] not in SOURCE_HEADS or k + 1 >= j:
        return k
    site = site_of_source(an, ph, k, j)
    if site >= k:
        return site       # «مصدر ملاحي في ميناء صلالة»: a site and its name (source_site.py)
    if not (w.startswith("ب") and not w.startswith("بال") and len(w) >= 4 and w.isalpha()):
        return k
    rest = w[1:]
    if rest not in _SECTIONS and not in_lex(rest, lexicon.org_heads()):
        return k
    nxt = words[k + 1]
    if nxt in _COURT_KINDS and k + 2 < j and words[k + 2].isalpha() and not has_phrase_break(an.doc.gap(k + 1)) \
            and not has_phrase_break(an.doc.gap(k + 2)):
        return k + 2      # «مصدر قضائي بمحكمة استئناف المنصورة»: the court of appeal and its seat
    if has_phrase_break(an.doc.gap(k + 1)) or any(ch in QUOTE_MARKS for ch in an.doc.gap(k + 1)) \
            or not ((nxt.startswith("ال") and nxt.isalpha() and not an.is_time(k + 1)
                     and nxt not in lexicon.stop_words()) or (k + 1) in an.gaz_at):
        return k
    return k + 1


def workplace_in_ba(an: Analysis, ph: Phrase, k: int, j: int) -> int:
    """«الطالبة بكلية الهندسة مي عثمان»، «الطبيب بمستشفى الشفاء أحمد …»: «بـ» on a body or a
    building with its definite complement, right after a private person's description, says where
    the person studies or works; it stays in the title, and the name follows. The end of the
    complement, or k when the text is not so."""
    words = an.words
    w = words[k]
    if ph.kind != "person" or ph.name or not ph.title or ph.title[-1] != k - 1 or k + 2 >= j \
            or words[k - 1] not in name_lexicon.person_descriptors():
        return k
    rest = w[1:]
    if not (w.startswith("ب") and not w.startswith("بال") and len(w) >= 4 and w.isalpha()) \
            or not (in_lex(rest, lexicon.org_heads()) or rest in lexicon.premises_nouns() or rest in _STUDY_PLACES):
        return k
    nxt = words[k + 1]
    if has_phrase_break(an.doc.gap(k + 1)) or not ((nxt.startswith("ال") and not an.is_time(k + 1)) or (k + 1) in an.gaz_at):
        return k
    return k + 2


# Where a student studies: «بكلية الهندسة»، «بجامعة الخرطوم»، «بمدرسة …»
_STUDY_PLACES = frozenset(arabic.normalize(w) for w in ("كلية", "جامعة", "مدرسة", "معهد", "ثانوية"))


def place_nisba_after_brand(an: Analysis, ph: Phrase, k: int, j: int) -> int:
    """«أعلنت أرامكو السعودية، اليوم …»، «وقالت سابك السعودية في بيان»: a name of one or two words
    opening the phrase with no title, then a definite feminine nisba of a place the gazetteer knows
    («السعودية»، «القطرية»، «المصرية»), is a company named by its brand and its country: a person's
    name takes no feminine nisba of a country. The end of the body's name, or k when the text is
    not so; only where the phrase ends after the nisba (a break, «قد», «في», a time, a verb), and
    after a verb only in the feminine a company takes: «أبلغ بايدن السعودية أن …» tells a man who
    told the country."""
    if ph.title or ph.name is None or ph.name[0] != ph.i or not 1 <= k - ph.i <= 2:
        return k
    if ph.i > 0 and an.is_verb(ph.i - 1) and not _feminine_verb(an.words[ph.i - 1]):
        return k
    w = an.words[k]
    if not (w.startswith("ال") and w.endswith("يه") and len(w) >= 7 and w.isalpha()) \
            or has_phrase_break(an.doc.gap(k)) or not _names_a_place(an, k):
        return k
    end = an.gaz_at[k].j if k in an.gaz_at else k + 1
    if end < j and not (has_phrase_break(an.doc.gap(end)) or an.words[end] in ("قد", "في") or an.is_time(end)
                        or an.is_verb(end)):
        return k
    return end


def _feminine_verb(word: str) -> bool:
    """«أعلنت»، «وقالت»، «تقول»: a reporting verb whose subject is feminine (a past in «ت», a present
    in «تـ»; not «تابع»، «توعد», masculine pasts that begin so)."""
    verbs = lexicon.report_verbs()
    forms = [word, word[1:]] if len(word) > 3 and word[0] in "وف" else [word]
    return any((f.endswith("ت") and f[:-1] in verbs) or (f.startswith("ت") and "ي" + f[1:] in verbs)
               for f in forms)


def _names_a_place(an: Analysis, k: int) -> bool:
    """Whether the nisba at k is of a place: the gazetteer's place there («السعودية»), or the place
    its stem names («المصرية»: «مصر»، «الإماراتية»: «الإمارات»)."""
    m = an.gaz_at.get(k)
    if m is not None and m.j == k + 1 and m.of_kind("place") is not None:
        return True
    stem = an.words[k][2:-2]
    return any(e.kind == "place" for name in (stem, "ال" + stem) for e in an.gaz.lookup(name))


# First words of place names of the Maghreb and the Levant: «عين تموشنت»، «وادي رهيو»، «سيدي
# بلعباس»، «برج بوعريريج»، «بئر مراد رايس»، «دير الزور»، «كفر الشيخ»، «بني ملال»، «أولاد جلال»
_PLACE_NAME_HEADS = lexicon.forms("عين وادي سيدي برج بئر حاسي دير كفر بني أولاد ذراع حمام تل جسر")


def place_name_after_title(an: Analysis, ph: Phrase, k: int, j: int) -> int:
    """«رئيس المجلس الشعبي البلدي لوادي رهيو»، «مديرة مؤسسة … بعين تموشنت»: «لـ/بـ» on a word
    that opens place names, after a definite word of a title, and the word after it name the
    place the office serves, never a person; the end of the place, or k when the text is not so."""
    w = an.words[k]
    if not ph.title or (k - 1) not in ph.title or not an.words[k - 1].startswith(("ال", "لل")) \
            or w[:1] not in "لب" or w[1:] not in _PLACE_NAME_HEADS or k + 1 >= j \
            or has_phrase_break(an.doc.gap(k)) or has_phrase_break(an.doc.gap(k + 1)):
        return k
    nxt = an.words[k + 1]
    return k + 2 if nxt.isalpha() and nxt not in lexicon.stop_words() and not in_lex(nxt, lexicon.title_heads()) else k


_SETTLEMENTS = frozenset(arabic.normalize(w) for w in ("مخيم", "قرية", "بلدة"))


def construct_to_place(an: Analysis, k: int, j: int) -> int:
    """«الهيئة القومية لسكك حديد مصر»: «لـ» on a noun whose indefinite chain ends on a place the
    gazetteer knows is what the body serves, there; the end of the place, or k when the text is not so
    («لـ"البحرين اليوم"»: a quoted outlet spoken to)."""
    if len(an.words[k]) < 4 or any(ch in "«“\"" for ch in an.doc.gap(k + 1)):
        return k
    end = k + 1
    while end < j and end - k <= 3 and not has_phrase_break(an.doc.gap(end)):
        mention = an.gaz_at.get(end)
        if mention is not None and mention.of_kind("place") is not None:
            return mention.j
        if an.words[end].startswith("ال") or not an.words[end].isalpha() or an.is_verb(end):
            break
        if an.words[end] in lexicon.place_nouns() or an.words[end] in _SETTLEMENTS:
            # «اللجنة الشعبية لخدمات مخيم نور شمس»: a camp, a village, a quarter, by a name no list has
            named = end + 1
            while named < j and named - end <= 2 and an.words[named].isalpha() and not an.words[named].startswith("ال") \
                    and not has_phrase_break(an.doc.gap(named)) and not an.is_verb(named) \
                    and an.words[named] not in lexicon.stop_words():
                named += 1
            closes = named >= len(an.words) or has_phrase_break(an.doc.gap(named))
            return named if named > end + 1 and closes else k
        end += 1
    return k
