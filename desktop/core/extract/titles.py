"""What a title and a name say, read from their words: the office a title holds and its head, the
nationality and gender it carries, whether one title is a fuller form of another, and a name written
readably. `book.ActorBook` uses these to tell whether a later mention refers back to a person."""
from __future__ import annotations

from desktop.core import arabic
from desktop.core.extract import lexicon, name_lexicon
from desktop.core.extract.speaker_junk import clause_opener
from desktop.core.extract.analysis import QUOTE_MARKS, Analysis, in_lex
from desktop.core.extract.ali_name import ali
from desktop.core.extract.name_evidence import fronted_preposition_word
from desktop.core.extract.written_forms import form_two_past
from desktop.core.extract.phrase_parts import SPOKESPERSON_WORDS
from desktop.core.extract.people_plurals import people_in_construct


def without_preposition(text: str, first_word: str) -> str:
    """«لهيئة الأركان» -> «هيئة الأركان»، «للقيادة المركزية» -> «القيادة المركزية»: a name does
    not carry the «لـ»/«بـ» that governs it."""
    if first_word.startswith("لل") and len(first_word) > 4 and "ال" + first_word[2:] in lexicon.org_heads():
        return "ا" + text[1:]
    if first_word.startswith("لل") and len(first_word) > 4 and "ال" + first_word[1:] in lexicon.org_heads():
        return "ال" + text[1:]      # «للجنة الأمنية» -> «اللجنة الأمنية»: «لـ» on «اللجنة» drops its alif
    if first_word[:1] in "لب" and not first_word.startswith("لل") and len(first_word) > 3 and (
            first_word[1:] in lexicon.org_heads() or first_word[1:] in lexicon.title_heads()):
        return text[1:].lstrip("ـ")
    return text


def without_accusative(text: str) -> str:
    """«مصدراً في لجنة الحكام» -> «مصدر في لجنة الحكام»، «مصدراً طبياً» -> «مصدر طبي»: after «لكنّ/إنّ»
    a source's word takes the accusative; its name is written as in the nominative."""
    first, sep, rest = text.partition(" ")
    for ending in ("اً", "ًا"):
        if first.endswith(ending) and len(first) > 4:
            # («مصدراً طبياً في …»: its nisba adjective agrees, «طبي» in the nominative)
            second, sep2, tail = rest.partition(" ")
            if second.endswith(("ياً", "يًا")) and len(second) > 4:
                rest = second[:-2] + sep2 + tail
            return first[:-len(ending)] + sep + rest
    return text


# One office, three names: «رئيس الحكومة» is the «رئيس مجلس الوزراء» and the «رئيس الوزراء».
# Written as in text and normalised here, so a change of the analyser's folds cannot leave them behind.
_SAME_OFFICE = tuple((arabic.normalize(other), arabic.normalize(same))
                     for other, same in (("رئيس مجلس الوزراء", "رئيس الحكومة"), ("رئيس الوزراء", "رئيس الحكومة"),
                                         ("رئيسة مجلس الوزراء", "رئيسة الحكومة"), ("رئيسة الوزراء", "رئيسة الحكومة"),
                                         ("رئيس للوزراء", "رئيس الحكومة"), ("رئيسة للوزراء", "رئيسة الحكومة"),
                                         # a football club's «المدير الفني» is its coach
                                         ("المدير الفني", "المدرب"),
                                         # the Maghreb sports pages' «التقني الفرنسي» is the coach too
                                         ("التقني ", "المدرب "),
                                         # a town's mayor, by the name of its council: «وأوضح العمدة» after
                                         # «رئيس المجلس الجماعي منير ليموري» (the longer first)
                                         ("رئيس المجلس الشعبي البلدي", "العمدة"), ("رئيس المجلس الجماعي", "العمدة"),
                                         ("رئيس المجلس البلدي", "العمدة"), ("رئيس البلدية", "العمدة"),
                                         ("رئيس بلدية", "عمدة"), ("رئيسة المجلس الجماعي", "العمدة"),
                                         # the head of state: «وقال رئيس الدولة» after «رئيس جمهورية
                                         # طاجيكستان إمام علي رحمان»
                                         ("رئيس الجمهورية", "رئيس الدولة"), ("رئيس جمهورية", "رئيس الدولة"),
                                         ("رئيس البلاد", "رئيس الدولة"),
                                         # an Algerian court's prosecutor, as the hearing calls him
                                         ("ممثل الحق العام", "وكيل الجمهورية"),
                                         # the Algerian press's name for the minister, and for the wali
                                         ("المسؤول الأول عن القطاع", "الوزير"), ("المسؤول الأول على القطاع", "الوزير"),
                                         ("المسؤول الأول عن الولاية", "الوالي"), ("المسؤول الأول على الولاية", "الوالي")))


def bare_title_words(norm_title: str) -> list[str]:
    """The words of a normalised title without «ال», one office spelled one way."""
    for other, same in _SAME_OFFICE:
        norm_title = norm_title.replace(other, same)
    words = arabic.words(norm_title)
    if words and _clitic_office(words[0]):
        words[0] = words[0][1:]      # «بوالي الولاية» (a title noted after «جمعهم»): «والي الولاية»
    elif words and words[0].startswith("لل") and "ال" + words[0][2:] in lexicon.title_heads():
        words[0] = words[0][2:]      # «للباحث» (a title noted after «كتاب "…"»): «الباحث»
    return [w[2:] if w.startswith("ال") else w for w in words]


def _clitic_office(word: str) -> bool:
    """«بوالي»، «لوزير»: «بـ/لـ» on an office that opens a title."""
    heads = lexicon.title_heads()
    return len(word) > 3 and word[0] in "بل" and word not in heads \
        and (word[1:] in heads or "ال" + word[1:] in heads)


# Two words for one office: «الناطق باسم …» is the «المتحدث باسم …»; «المبعوثة» and «الموفد» are
# what news calls the «الممثلة الخاصة» of a secretary-general or a state.
_SAME_HEAD = {arabic.normalize(w): arabic.normalize(same) for w, same in (
    ("ناطق", "متحدث"), ("ناطقة", "متحدثة"), ("مبعوث", "ممثل"), ("مبعوثة", "ممثلة"), ("موفد", "ممثل"),
    ("موفدة", "ممثلة"),
    # «التقني الجزائري»: the Maghreb's sports pages call a coach «التقني»
    ("تقني", "مدرب"), ("ناخب", "مدرب"),     # «الناخب الوطني»: the national coach
    # «ولفت الطبيب» after «الدكتور سيدي محمد ولد ببكر»: the physician is the one called doctor
    ("طبيب", "دكتور"), ("طبيبة", "دكتورة"),
    # «وقال المؤلف» after «كتاب "…" للباحث أحمدو ولد محمد محمود»: the researcher who wrote it
    ("مؤلف", "باحث"), ("مؤلفة", "باحثة"))}


def same_office(words: list[str]) -> list[str]:
    """Bare title words with each office spelled one way («الطبيب» is «الدكتور» named before)."""
    return [_SAME_HEAD.get(w, w) for w in words]


def office_of(norm_title: str) -> tuple[str, set[str]]:
    """A title's head word and the stems of the rest, to match an office named another way:
    «متحدث الجيش اليمني» is the «الناطق باسم القوات المسلحة اليمنية»."""
    words = [_SAME_HEAD.get(w, w) for w in bare_title_words(norm_title)]
    if not words:
        return "", set()
    return words[0], {arabic.stem(w) for w in words[1:]}


def other_nationality(mine: str, theirs: str) -> bool:
    """«وزير الخارجية العراقي» is not «وزير الخارجية الروسي»: two normalised titles whose words
    differ in a nisba of nationality («العراقي»، «الروسية»), each having one the other lacks."""
    a, b = _nisbas(mine), _nisbas(theirs)
    # «رئيس المفوضية» and «رئيس مجلس المفوضين»: a word in «ية» whose stem the other title has is
    # the same body's noun, no nationality
    stems_a = {arabic.stem(w) for w in bare_title_words(mine)}
    stems_b = {arabic.stem(w) for w in bare_title_words(theirs)}
    a = {w for w in a if arabic.stem(w) not in stems_b and arabic.stem(w + "ه") not in stems_b}
    b = {w for w in b if arabic.stem(w) not in stems_a and arabic.stem(w + "ه") not in stems_a}
    return bool(a - b) and bool(b - a)


def _nisbas(norm_title: str) -> set[str]:
    out = set()
    for w in bare_title_words(norm_title):
        w = w[:-1] if w.endswith("يه") else w      # the feminine: «الروسية» is «الروسي»
        if len(w) >= 4 and w.endswith("ي") and w not in _NOT_NATIONALITY:
            out.add(w)
    return out


# Nisba-shaped words of offices that name no country: «الخارجية»، «الداخلية»، «الرسمي».
_NOT_NATIONALITY = frozenset(arabic.normalize(w) for w in (
    "خارجي", "داخلي", "رسمي", "إعلامي", "أعلى", "إقليمي", "محلي", "دولي", "وطني", "سياسي", "عسكري", "أمني",
    "اقتصادي", "صحي", "قضائي", "ثاني", "ميداني", "إداري", "تنفيذي", "حكومي", "دبلوماسي", "برلماني", "نيابي",
    "فني", "علمي", "طبي", "شعبي", "عمومي", "جمهوري", "ملكي", "أميري", "رئاسي", "وزاري", "بلدي", "تشريعي",
    "قاضي"))   # «القاضي»: a judge's rank before the name


# Definite title heads that are descriptions, ranks or honorifics, not offices one holds alone.
NOT_OFFICES = frozenset(arabic.normalize(w) for w in (
    "الشيخ", "الدكتور", "السيد", "السيدة", "الباحث", "الخبير", "المحلل", "الكاتب", "الصحفي", "الإعلامي",
    "المسؤول", "المسؤولة", "القيادي", "القيادية", "البرلماني", "المراسل"))


def nisba_adjective(an: Analysis, k: int) -> bool:
    """«المصري»، «الوطنية»: a definite nisba adjective, which qualifies the noun before it."""
    w = an.words[k]
    return (w.startswith("ال") and w.endswith(("ي", "يه")) and len(w) > 4 and w.isalpha() and not an.is_time(k)
            and w not in lexicon.title_heads() and w not in lexicon.org_heads())


def feminine_title(title: str) -> bool:
    """Whether a title names a woman: its office word is feminine («وزيرة»، «الممثلة الخاصة»،
    «السيدة»); titles of address and ranks before it («الدكتورة»، «الشيخة») count too."""
    for w in arabic.words(arabic.normalize(title)):
        if w in lexicon.title_heads() or w in name_lexicon.person_descriptors():
            return w.endswith("ه") and w not in _MASCULINE_IN_TA
    return False


# Office words ending in «ة» that name men as often as women: «عمدة»، «خليفة».
_MASCULINE_IN_TA = frozenset(arabic.normalize(w) for w in ("عمدة", "خليفة", "الخليفة", "قائممقام"))


def heads_an_office(held: list[str], head: str) -> bool:
    """Whether `head` heads an office in the bare title words `held`, not governed by another
    office word before it: «نائب رئيس الوزراء» holds no «رئيس الوزراء», «مستشار الوزير» no
    «الوزير»; «وزير النقل … رئيس مجلس الإدارة» holds both (an adjective ends the first)."""
    for n, w in enumerate(held):
        if w == head and (n == 0 or held[n - 1] not in _GOVERNING_OFFICES):
            return True
    return False


# Indefinite office words that govern the office after them: «نائب رئيس …» is the deputy.
_GOVERNING_OFFICES = frozenset(arabic.normalize(w) for w in (
    "نائب", "نائبة", "مساعد", "مساعدة", "وكيل", "وكيلة", "مستشار", "مستشارة", "مدير", "مديرة", "مكتب",
    "ديوان", "متحدث", "ناطق", "ممثل", "ممثلة", "مبعوث", "مندوب", "أمين", "سكرتير", "كبير",
    "محامي", "محامية", "دفاع", "والد", "والدة", "شقيق", "شقيقة", "ابنة", "زوجة"))     # «محامي المتهم الرئيسي» holds no «المتهم الرئيسي»


def fuller_title(new: str, old: str) -> bool:
    """Whether `new` says more than `old` and all of it: «نائب قائد العمليات المشتركة، الفريق أول
    الركن» after «الفريق أول الركن» (the narrative named him first, a quote more fully)."""
    return not old or (len(new) > len(old) and arabic.normalize(old) in arabic.normalize(new))


# Words that begin a compound name and say nothing alone: «أبو»، «عبد»، «بن».
NAME_CONNECTORS = frozenset(arabic.normalize(w) for w in ("أبو", "أم", "عبد", "بن", "ابن", "بنت", "آل"))


def joined_abd(key: str) -> str:
    """«عبد الله» and «عبدالله» are one name however it is spaced."""
    return key.replace("عبد ", "عبد") if "عبد " in key else key


def readable_name(text: str) -> str:
    """«#مقتدى_الصدر» -> «مقتدى الصدر»: a name written as a hashtag, as sites link their tags."""
    if "#" not in text and "_" not in text:
        return text
    return " ".join(text.replace("#", " ").replace("_", " ").split())


def without_conjunction(title: str) -> str:
    """«والوزير السابق» -> «الوزير السابق»: a title read after «و» («رجل الأعمال والوزير السابق …») is
    kept without the «و» that joined it to the description before."""
    first = title.split(" ", 1)[0]
    if first[:1] == "و" and (arabic.normalize(first[1:]) in lexicon.title_heads() or arabic.normalize(first[1:]) in lexicon.org_heads()):
        return title[1:]      # (and «ومنظمة الأغذية والزراعة …», a body read back after «و»)
    return title


def without_lam(title: str) -> str:
    """«للكاتب» -> «الكاتب»: a title read after «لـ» («كتاب "…" للكاتب فرج الساعدي») is kept as the title,
    without the preposition that joined it to the book."""
    first = title.split(" ", 1)[0]
    if first.startswith("لل") and arabic.normalize("ال" + first[2:]) in lexicon.title_heads():
        return "ال" + title[2:]
    return title


def without_quote_marks(text: str) -> str:
    """«تحالف "تقدم"» -> «تحالف تقدم»: the marks around a quoted name are not part of it."""
    if not any(ch in QUOTE_MARKS for ch in text):
        return text
    return " ".join("".join(ch for ch in text if ch not in QUOTE_MARKS).split())



# Particles that a present verb follows: «أن ينشر المعهد …»، «لن تتأخر»، «لم يصدر».
_VERB_PARTICLES = frozenset(arabic.normalize(w) for w in ("أن", "وأن", "لن", "لم", "كي", "لكي", "سوف"))


def _subjunctive_verb(an: Analysis, k: int) -> bool:
    """«ومن المنتظر أن ينشر المعهد …»: a word of a present verb's shape («يـ/تـ» and three letters
    more) right after «أن/لن/لم» is the verb, not a given name; a given name the lexicon knows
    («أن يوسف …») stays one."""
    w = an.words[k]
    return (k > 0 and an.words[k - 1] in _VERB_PARTICLES and len(w) >= 4 and w[0] in "يت"
            and w not in name_lexicon.verb_shaped_names() and w not in name_lexicon.given_names())


# Object pronouns a present verb carries: «يجريها»، «يقودهم»، «تتولاه».
_OBJECT_SUFFIXES = tuple(arabic.normalize(w) for w in ("ها", "هم", "هما", "هن"))


def _verb_with_object(w: str) -> bool:
    """«في أول زيارة يجريها فان فيل»: a present verb («يـ/تـ») with an object pronoun on it is the
    verb of a relative clause, whose subject follows; no given name is so shaped."""
    return (len(w) >= 5 and w[0] in "يت" and w.endswith(_OBJECT_SUFFIXES)
            and w not in name_lexicon.verb_shaped_names() and w not in name_lexicon.given_names())


_THEN_REPLIED = frozenset(arabic.normalize(w) for w in ("فرد", "فردت", "فأجاب", "فأجابت", "فعلق", "فعلقت"))


def could_be_given_name(an: Analysis, k: int) -> bool:
    w = an.words[k]
    # «للهيئة»، «للوزارة»: «لـ» on a definite word is no given name
    # (a name written «أليس»، «إلياس» normalises like a definite word: the hamza says it is none)
    definite = w.startswith("ال") and an.written(k)[:1] not in "أإآ"
    if len(w) < 3 or not w.isalpha() or definite or w.startswith("لل") or (w[:1] in "وف" and w[1:3] == "ال") \
            or name_lexicon.kin_of(w) or w in _THEN_REPLIED or people_in_construct(w):      # «جاره خالد»: his neighbour, then the name; «فرد بوعزيز:»: then he replied; «عمال اسنيم»: its workers
        return False
    if any(ch in QUOTE_MARKS for ch in an.doc.gap(k + 1)):
        return False
    if ali(an, k, min(len(an.words), k + 2)):
        return True       # «جلس علي مهدي، وهو مريض …»: «علي» written with «ي» where «على» is with «ى»
    # «وبحسب ملتمسات»، «باسم الإدارة»: a cue or a title's link before a word is no given name
    link = w in lexicon.title_links() and k + 1 < len(an.words) and (
        an.words[k + 1].startswith("ال") or in_lex(an.words[k + 1], lexicon.org_heads())
        # «المتحدث باسم سلاح الجو»: after a spokesman, «باسم» links him to what he speaks for
        or (w == "باسم" and k > 0 and an.words[k - 1] in SPOKESPERSON_WORDS))
    # «برئاسة الوالي»، «بوزارة الصحة»، «لرئيس الحكومة»: «بـ/لـ» on an office, a body or a place
    # noun governs the word after; no given name
    rest = w[1:]
    governed = w[:1] in "بل" and (rest in lexicon.org_heads() or rest in lexicon.title_heads()
                                  or rest in lexicon.title_modifiers() or rest in lexicon.place_nouns()
                                  or rest in lexicon.premises_nouns())     # «بمقر البلدية»
    # «وكانت أرامكو»، «وهذا»: «و/ف» on a function word opens a clause; it names no one
    joined_stop = len(w) > 3 and w[0] in "وف" and w[1:] in lexicon.stop_words()
    # «جورج، وهو صاحب محل»: a pronoun or a negator opens a clause (speaker_junk.py)
    joined_stop = joined_stop or clause_opener(w)
    return not (w in lexicon.stop_words() or joined_stop or fronted_preposition_word(w) or w in lexicon.prepositions() or _subjunctive_verb(an, k)
                or _verb_with_object(w)
                or in_lex(w, lexicon.title_heads())
                or in_lex(w, lexicon.org_heads()) or w in lexicon.speech_fillers() or an.is_verb(k)
                or an.is_report_noun(k) or an.is_participle(k) or an.is_time(k) or k in an.gaz_at
                or an.is_according(k) or link or governed or w in lexicon.common_words()
                or form_two_past(w, an.doc.tokens[k].text))     # «كلّف لوكورنو»: the verb that named him


# Ranks and callings written right before a name («… اللواء سعد معن»، «… الدكتورة نوال الشهري»).
_RANKS_AND_CALLINGS = frozenset(arabic.normalize(w) for w in (
    "اللواء", "العميد", "العقيد", "المقدم", "الرائد", "النقيب", "الفريق", "المشير", "الجنرال", "الدكتور",
    "الدكتورة", "المهندس", "المهندسة", "الشيخ", "الشيخة", "السيد", "السيدة", "البروفيسور", "الأستاذ", "الأستاذة"))
_HONORIFICS = frozenset(arabic.normalize(w) for w in ("معالي", "فخامة", "سعادة", "سمو", "سماحة"))


def shown_title(title: str) -> str:
    """The title as a record shows it: a rank or calling that ended it belongs with the name written
    after it («المتحدث باسم خلية الإعلام الأمني اللواء» shows «المتحدث باسم خلية الإعلام الأمني»),
    unless nothing but honorifics would be left."""
    words = title.split()
    while len(words) > 1 and arabic.normalize(words[-1]) in _RANKS_AND_CALLINGS:
        rest = words[:-1]
        if all(arabic.normalize(w) in _HONORIFICS | _RANKS_AND_CALLINGS for w in rest):
            break
        words = rest
    return " ".join(words).rstrip("،, ")


# «الرئيس الأسبق خورخي كيروغا» is not «الرئيس المنتخب»: a former holder is referred to as one
_FORMER = frozenset(arabic.normalize(w) for w in ("السابق", "السابقة", "الأسبق", "الأسبقة"))


def former_title(norm_title: str) -> bool:
    """Whether a normalised title names a former holder of its office («الرئيس الأسبق»)."""
    return any(w in _FORMER for w in arabic.words(norm_title))
