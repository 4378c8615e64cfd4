"""Where a title or a body's name ends, or goes on, in words the phrase reader (`actors.parse_phrase`)
would otherwise read the other way: a person's office after a bare body, a title of address after a
body's name, where a body stands, the outlet unnamed sources spoke to; a unit's number and arm, and a
secretary's «سر», which go on with the title."""
from __future__ import annotations

import re

from desktop.core import arabic
from desktop.core.extract import lexicon
from desktop.core.extract.analysis import COMPASS, Analysis, Phrase, has_phrase_break, in_lex
from desktop.core.extract.name_lexicon import ROLES_IN_A_CASE
from desktop.core.extract.name_end import definite_object
from desktop.core.extract.phrase_parts import SOURCE_HEADS
from desktop.core.extract.phrase_places import TOPONYM_HEADS
from desktop.core.extract.title_asides import ADDRESS_TITLES, name_run

# Offices whose holder a bare definite body cannot take as an adjective («المكتب الإعلامي» and «الهيئة
# المديرة» can): after «الهيئة» they open a second phrase, the person.
_HOLDERS_AFTER_BODY = lexicon.forms("الأمين الرئيس الوزير النائب السفير المحافظ الوالي القائد")
# Where a body stands, after its name: «منتدى الإنقاذ الصومالي المعارض».
STANCES = lexicon.forms("المعارض المعارضة")
# Military units known by a number («اللواء 143 مشاة»، «الفرقة 11»), and the arms written after it.
_NUMBERED_UNITS = lexicon.forms("اللواء الفرقة الكتيبة الفوج المنطقة السرية")
_ARMS = lexicon.forms("مشاة مدرع مدرعة ميكا ميكانيكي حرس")
_SECRETARIES = lexicon.forms("أمين الأمين أمينة الأمينة")
# «بإحدى»، «لأحد»، «في إحدى»: one of the places or bodies named next, inside a title
_ONE_OF = lexicon.forms("بإحدى بأحد لإحدى لأحد")


def body_ends_before_holder(an: Analysis, ph: Phrase, k: int) -> bool:
    """«وحضر أشغال الهيئة الأمين العام المساعد …»: after a bare definite body an office opens its holder;
    «كبير مستشاري الحكومة المؤقتة البروفيسور محمد يونس»: a title of address ends the body's name."""
    words = an.words
    # (or a place it is in: «المتحدث باسم الدفاع المدني في غزة الرائد محمود بصل»)
    placed = any(m.j == k for m in an.gaz_at.values()) and words[k] in ADDRESS_TITLES
    if ph.kind != "organization" or not ph.title or ph.title[-1] != k - 1 or not (words[k - 1].startswith(("ال", "وال", "بال", "لل")) or placed):
        return False
    w = words[k]
    if w in _HOLDER_TITLES and k + 1 < len(words) and not words[k + 1].startswith("ال") and words[k + 1].isalpha():
        return True       # «رئيس هيئة مقاومة الجدار والاستيطان الوزير مؤيد شعبان»: the holder's rank, then his name
    return words[k] in ADDRESS_TITLES or (ph.title == [k - 1] and w in _HOLDERS_AFTER_BODY
                                          and not has_phrase_break(an.doc.gap(k)))


def name_ends_at(an: Analysis, ph: Phrase, k: int) -> bool:
    """A definite word at k that is no word of the phrase: where a body stands («… الصومالي المعارض»),
    or the quoted outlet unnamed sources spoke to («وأفادت مصادر مطلعة "الوطن" بأن»)."""
    words = an.words
    if ph.kind == "organization" and words[k] in STANCES and k - 1 > ph.i and words[k - 1].startswith("ال"):
        return True
    if ph.kind == "organization" and (k - 1) in ph.title and k - 1 > ph.i and not words[k - 1].startswith(("ال", "لل", "بال", "وال", "و")) \
            and words[k].startswith("الم") and not words[k].endswith(("ي", "يه")) \
            and words[k - 1] not in lexicon.org_heads() and k + 1 < len(words) and words[k + 1] == "عن" and not has_phrase_break(an.doc.gap(k)):
        return True       # «منظمة برو أزول المدافعة عن حقوق اللاجئين»: what a body named by its own name does
    if ph.kind == "organization" and definite_object(words[k]) and any(m.j == k for m in an.gaz_at.values()):
        return True       # «حوّلت وزارة المالية الاتحادية في بغداد التمويل المخصص»: what it sent, after its place
    if ph.kind == "organization" and _action_governing(an, k) and (k - 1) in ph.title \
            and words[k - 1].startswith("ال") and words[k - 1].endswith(("ي", "يه")):
        return True       # «أعلنت السلطات المحلية السيطرة على الحريق»: what the body announced
    if ph.kind == "organization" and (k - 1) in ph.title and words[k - 1].startswith("ال") and words[k - 1].endswith(("ي", "يه")) \
            and words[k].startswith("ال") and words[k][2:] in lexicon.place_nouns() and k - 1 > ph.i:
        return True       # «وفد من وزارة الزراعة والري الاتحادية الإقليم»: the region it visits
    if ph.title == [k - 2, k - 1] and words[k - 2] in _ONE_OF_BARE and an.written(k - 1).endswith(("ه", "ها", "هم")) \
            and not words[k].endswith(("ي", "يه", "يين", "يون")):
        return True       # «أقرّت إحدى لجانها النص»: one of its committees, then what it passed
    if ph.kind == "organization" and words[k] in COMPASS and k - 1 > ph.i and any(m.j == k for m in an.gaz_at.values()) \
            and k + 1 < len(words) and ((k + 1) in an.gaz_at or words[k + 1] in lexicon.place_nouns()):
        return True       # «بلدية خان يونس جنوب قطاع غزة»: where the town it serves is, after the town
    if ph.kind == "person" and not ph.name and words[k] in ROLES_IN_A_CASE and (k - 1) in ph.title \
            and words[k - 1].startswith("ال") and len(ph.title) >= 2:
        return True       # «وواجهت القاضية رئيسة الجلسة المتهم الرئيسي»: the accused she faced, her object
    if ph.kind == "organization" and (k - 1) in ph.title and k + 1 < len(words) and words[k + 1] == "في" and _plural_doer(words[k]) \
            and words[k - 1].endswith(("ي", "يه", "يين", "يون")):
        return True       # «دعا مجلس الحجاج البريطانيين الراغبين في أداء الفريضة»: those it called on
    if ph.kind == "person" and not ph.name and ph.title == [k - 1] and words[k - 1].startswith("ال") and words[k] in _BELONGING \
            and k + 1 < len(words) and words[k + 1] in ("الي", "لـ", "ل"):
        return True       # «وأضاف الوزير المنتمي إلى الحزب …»: what the minister is, a description, no part of his title
    return ph.kind == "anonymous" and words[ph.title[0]] in SOURCE_HEADS and any(ch in "«“\"" for ch in an.doc.gap(k))


def _plural_doer(word: str) -> bool:
    """«الراغبين»، «المقيمين»: a definite sound plural of an active participle (فاعلين، مُفعِلين)."""
    stem = word[2:-2] if word.startswith("ال") and word.endswith(("ين", "ون")) else ""
    return len(stem) == 4 and (stem[1] == "ا" or stem[0] == "م")


_ONE_OF_BARE = frozenset(("احد", "احدي"))
_INFORMED = lexicon.forms("مطلع مطلعة مطلعون مطلعين")
_MATTERS_KNOWN = lexicon.forms("الملف الملفات القضية التحقيق التحقيقات المفاوضات المباحثات المحادثات")
_PARTY_HEADS = lexicon.forms("حزب تحالف التحالف تجمع التجمع حركة الحركة اتحاد الاتحاد جبهة الجبهة ائتلاف الائتلاف تيار التيار")
_FOLLOWING = lexicon.forms("متابع متابعة متابعون متابعين مواكب مواكبة")     # «مصدر قضائي متابع/مواكب للملف»: who follows the case
_HOLDER_TITLES = lexicon.forms("الوزير الوزيرة السفير السفيرة المستشار النائب النائبة")    # (ranks are ADDRESS_TITLES; Egypt's judges are «المستشار»)


def _action_governing(an: Analysis, k: int) -> bool:
    """A definite noun, no adjective of «ـي/ـية», right before the «على/عن» it governs: «السيطرة على»."""
    w = an.words[k]
    return w.startswith("ال") and w.isalpha() and not w.endswith(("ي", "يه")) and w not in ("العليا", "الدنيا") and k + 1 < len(an.words) \
        and an.words[k + 1] in ("علي", "عن") and not has_phrase_break(an.doc.gap(k)) and not has_phrase_break(an.doc.gap(k + 1))


# A stance a body shows or voices, with the body's pronoun: «أبدى الاتحاد … قلقه»، «أعربت … عن رفضها»
_STANCES = frozenset(arabic.normalize(n + p) for n in (
    "قلق", "استياء", "رفض", "ترحيب", "دعم", "تأييد", "أسف", "تضامن", "استعداد", "ارتياح", "انزعاج", "تحفظ",
    "اعتراض", "موقف") for p in ("ه", "ها", "هم"))


def _lone_place(an: Analysis, k: int) -> bool:
    """One bare word no lexicon knows at k, then the phrase ends (a break, brackets, «إن/أن»): the
    place a body is in, which the gazetteer may not hold («هامبورغ»، «بونتلاند»)."""
    words = an.words
    if k >= len(words) or has_phrase_break(an.doc.gap(k)) or not words[k].isalpha() or len(words[k]) < 3 \
            or words[k].startswith(("ال", "و")) or (words[k][0] in "بل" and len(words[k]) < 6) \
            or an.written(k).endswith(("ه", "ها", "هم")) \
            or an.is_time(k) or an.is_common_word(k) or an.is_report_noun(k) or an.is_verb(k) \
            or any(words[k] in lex for lex in (lexicon.document_nouns(), lexicon.title_heads(), lexicon.org_heads(),
                                               lexicon.stop_words(), lexicon.prepositions(), lexicon.label_nouns())):
        return False
    end = k + 1
    # («أبدى اتحاد موظفي الأمم المتحدة في نيويورك قلقه»: the stance the body showed, with its pronoun)
    return end >= len(words) or has_phrase_break(an.doc.gap(end)) or any(ch in an.doc.gap(end) for ch in "(«\"“") \
        or words[end] in lexicon.complementisers() or words[end] == "قد" \
        or words[end] in _STANCES \
        or (an.is_verb(end) and words[end][:1] not in "وف")     # «جمعية الصيادين في هوكايدو حذّرت»: the body, then its verb


_YEAR = re.compile(r"(?:19|20)\d\d")
_SHOWS = lexicon.forms("معرض")


def _show_before(an: Analysis, ph: Phrase, k: int) -> bool:
    """A show or a gathering, with its definite adjectives, closes the title right before token k."""
    x = k - 1
    while x > ph.i and x in ph.title and an.words[x].startswith("ال") and an.words[x].endswith(("ي", "يه")):
        x -= 1
    w = an.words[x]
    return x in ph.title and w.startswith(("ال", "لل")) and (w[2:] in lexicon.event_name_heads() or w[2:] in _SHOWS)


_CONTROLS, _AGE_YEARS = lexicon.forms("السيطرة الرقابة الإشراف والرقابة والإشراف التعرف والتعرف"), lexicon.forms("عاما عاماً سنة")
# «الحكومة المكلفة من مجلس النواب»: who mandated or elected the body, part of its name
_BY_WHOM = lexicon.forms("المكلفة المكلف المعينة المعين المنتخبة المنتخب المدعومة المدعوم المنبثقة المنبثق")


_RELIEF = lexicon.forms("الإغاثة والإغاثة الوقاية والوقاية")


def title_goes_on(an: Analysis, ph: Phrase, k: int, j: int) -> int:
    """The end of what goes on with the title at k: «قائد اللواء 143 مشاة العميد …» (a unit's number and
    its arm), «أمين سر دولة الفاتيكان» (a secretary, no name «سر»); k when the text is not so."""
    words = an.words
    if (k - 1) not in ph.title or has_phrase_break(an.doc.gap(k)):
        return k
    if words[k] == "سر" and words[k - 1] in _SECRETARIES:
        return k + 1
    if words[k] == "علي" and ph.kind == "person" and not ph.name and words[k - 1].startswith("ال") and k + 2 < j and words[k + 1].startswith("ال"):
        end = k + 3 if words[k + 2].startswith("ال") and not has_phrase_break(an.doc.gap(k + 2)) else k + 2
        if not has_phrase_break(an.doc.gap(k + 1)) and end < j and not has_phrase_break(an.doc.gap(end)) and name_run(an, end + (words[end] == "لي"), j) is not None:
            return end      # «لاعبة التزلج السريع على المضمار القصير لي وين جينغ»: the discipline, then her name
    if words[k] == "من" and words[k - 1] in _RELIEF and ph.kind == "organization" and k + 1 < j and words[k + 1].startswith("ال") \
            and not has_phrase_break(an.doc.gap(k + 1)):
        return k + 2      # «مقر قيادة مكافحة الفيضانات والإغاثة من الجفاف»: what the body relieves from
    if words[k] == "علي" and words[k - 1] in _INFORMED and k + 1 < len(words) and words[k + 1] in _MATTERS_KNOWN:
        return k + 2      # «مصدر قضائي مطلع على الملف»: what the source knows of, his description's
    if words[k] == "علي" and words[k - 1] in _INFORMED and k + 2 < j and words[k + 1].isalpha() \
            and not words[k + 1].startswith("ال") and words[k + 2].startswith("ال") and words[k + 2].isalpha() \
            and not any(has_phrase_break(an.doc.gap(x)) for x in (k + 1, k + 2)):
        return k + 3      # «مصادر مطلعة على مداولات المجلس»، «مصدر مطلع على سير المفاوضات»
    if words[k] == "علي" and words[k - 1] in _CONTROLS and k + 1 < j and words[k + 1].startswith("ال") and not has_phrase_break(an.doc.gap(k + 1)):
        return k + 2      # «مسؤول شعبة السيطرة على الأمراض الانتقالية»، «هيئة الرقابة على …»: what the body controls
    if words[k] == "من" and words[k - 1] in _BY_WHOM and k + 1 < j and in_lex(words[k + 1], lexicon.org_heads()) and not has_phrase_break(an.doc.gap(k + 1)):
        return k + 2      # «الحكومة المكلفة من مجلس النواب»
    if words[k] in ("لقوميه", "قوميه") and k + 1 < j and not has_phrase_break(an.doc.gap(k + 1)):
        return k + 2      # «منطقة نينغشيا ذاتية الحكم لقومية هوي»: the nationality's name, no holder's
    if words[k] == "تحت" and ph.kind == "organization" and k + 2 < j and words[k + 1].isdigit() and words[k + 2] in _AGE_YEARS \
            and not any(has_phrase_break(an.doc.gap(x)) for x in (k + 1, k + 2)):
        end = k + 3       # «اللجنة المحلية المنظمة لكأس العالم تحت 17 عاماً قطر 2025»: the age group and the host name the cup
        m = an.gaz_at.get(end)
        return m.j + 1 if m is not None and m.j < j and _YEAR.fullmatch(words[m.j]) and not has_phrase_break(an.doc.gap(end)) else end
    if words[k] in _FOLLOWING and k + 1 < j and words[k + 1].startswith("لل") and "ال" + words[k + 1][2:] in _MATTERS_KNOWN \
            and not has_phrase_break(an.doc.gap(k + 1)):
        return k + 2      # «وقال مصدر قضائي متابع للملف»: what the source follows, his description's
    if (words[ph.title[0]] in _PARTY_HEADS if ph.kind == "organization" else k >= 2 and words[k - 2] in _PARTY_HEADS) and words[k] == "من" and words[k + 1:k + 2] == ["اجل"] and k + 2 < j \
            and (words[k + 2].startswith("ال") or (k + 2) in an.gaz_at) and not any(has_phrase_break(an.doc.gap(x)) for x in (k + 1, k + 2)):
        end = an.gaz_at[k + 2].j if (k + 2) in an.gaz_at else k + 3       # «حزب التحالف من أجل الجمهورية»، «حزب البديل من أجل ألمانيا»: what a party stands for
        return end + 1 if end < j and words[end].startswith("وال") and not has_phrase_break(an.doc.gap(end)) else end
    if words[k:k + 2] == ["بلا", "حدود"] and k + 1 < j and not has_phrase_break(an.doc.gap(k + 1)):
        return k + 2      # «منسقة الطوارئ في منظمة أطباء بلا حدود في تشاد»، «مراسلون بلا حدود»: the body's name
    if words[k] in _ONE_OF and k + 1 < j and words[k + 1].startswith("ال") and not has_phrase_break(an.doc.gap(k + 1)):
        return k + 1      # «رئيس جمعية آباء … التلاميذ بإحدى المدارس الابتدائية»: which of them, no name
    if words[k] in ("به", "بها", "بهم") and words[k - 1].startswith("ال") and k - 1 > ph.i and not ph.name:
        end = k + 1       # «وزير الإعلام في الحكومة المعترف بها دولياً معمر الإرياني»: the participle's own
        return end + 1 if end < j and "\u064b" in an.doc.tokens[end].text and not has_phrase_break(an.doc.gap(end)) else end
    if words[k] == "في" and ph.kind == "organization" and not ph.name and _lone_place(an, k + 1):
        return k + 2      # «رابطة صناعة النفط في كردستان إن»، «شبكة النقل في هامبورغ (HVV)»: where the body is
    if words[k] == "في" and ph.kind == "organization" and not ph.name and k + 2 < j and words[k + 1] in TOPONYM_HEADS \
            and not has_phrase_break(an.doc.gap(k + 1)) and _lone_place(an, k + 2):
        return k + 3      # «الدفاع المدني في وادي حضرموت»: a place of two words
    if _YEAR.fullmatch(words[k]) and _show_before(an, ph, k) and any(in_lex(words[t], lexicon.org_heads(), clitics=True) for t in ph.title):
        return k + 1      # «الأمين العام لجمعية اليابان للمعرض الدولي 2025 هيرويوكي إيشيغي»: the show's year names it
    unit = words[k - 1]
    unit = unit[1:] if unit.startswith("بال") else "ال" + unit[2:] if unit.startswith("لل") else unit    # «بالفرقة 18 مشاة»
    if not (words[k].isdigit() and unit in _NUMBERED_UNITS):
        return k
    end = k + 1
    while end < j and words[end] in _ARMS and not has_phrase_break(an.doc.gap(end)):
        end += 1
    return end


# Participles of belonging after a bare definite office: «الوزير المنتمي إلى الحزب …»
_BELONGING = frozenset(("المنتمي", "المنتميه", "المنحدر", "المنحدره"))
