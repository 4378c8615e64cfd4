"""Word lists about people's names, split from lexicon.py: given names that look like another kind
of word (a definite noun, a verb, a verbal noun) and the words for a private person written before a
name. Every list is of Modern Standard Arabic news prose in general, not of any one article."""
from __future__ import annotations

import functools

from desktop.core import arabic


def _forms(words: str) -> frozenset[str]:
    return frozenset(arabic.normalize(w) for w in words.split())


@functools.cache
def article_given_names() -> frozenset[str]:
    """Given names written with «ال» («المتحدث الفاتح قرشي»، «وزير التربية والتعليم التهامي
    الزين …»: Sudan, the Maghreb and the Gulf name so): after a title they start the name rather
    than continue the title. Words that are as often adjectives, places or bodies («العربي»،
    «المنصور»، «الرشيد»، «النور»: a party; «المكي»: «الحرم المكي»; «الأمين»: an office) are left out."""
    return _forms("الفاتح الصادق الطيب الهادي المهدي العباس الحسن الحسين الخضر المختار الطاهر "
                  "البشير الزبير النعمان الوليد الفضل الشاذلي المعتصم المأمون الواثق المنتصر "
                  "المثنى المقداد العاقب الرضا الباشا التهامي الزين الماحي الجيلي الصافي "
                  "النذير الخاتم السماني المصباح الشفيع الحبيب المنجي المولدي المنصف")


@functools.cache
def foreign_article_names() -> frozenset[str]:
    """Foreign given names that begin like «ال» («ألكسندر دوبرينت»): after a title they
    start the name, not a definite complement of the title."""
    return _forms("ألكسندر ألكسندرو أليكسندر ألكسي أليكسي أليكس ألبرتو ألبير ألبرت ألفونسو ألفريد "
                  "أليساندرو أليخاندرو ألان آلان أليكسيس ألكسيس ألبيرتو ألفارو")


@functools.cache
def verb_shaped_names() -> frozenset[str]:
    """Given names that begin like a verb in the present or future tense («يوسف»، «يائير»،
    «ستيف»): after a title they are names, not «الوزير يزور …»."""
    return _forms("يوسف يحيى يحيي يزن ياسر يونس يعقوب يشار يوري يزيد يامن ياسين يسرى يمنى ياسمين يعرب "
                  "يوآف يائير يولي يوهان يان يوسي يسرائيل يغئال يفغيني ستيف ستيفان ستيفن ستافان سيرغي "
                  "سيرجي سيمون سيباستيان سيغريد ستانلي سنان سيف ستار")


@functools.cache
def person_descriptors() -> frozenset[str]:
    """What a private person is, written before the name («المواطن عثمان الطيب»، «الشاهدة
    منى سعيد»، «الناشط …»): a description, never a word of the name."""
    return _forms("المواطن المواطنة الشاهد الشاهدة التاجر التاجرة الناشط الناشطة الطالب الطالبة "
                  "المزارع المزارعة الصياد السائق الموظف الموظفة المعلم المعلمة الحاج الحاجة الشاب "
                  "الشابة المسن المسنة النازح النازحة اللاجئ اللاجئة الأسير الأسيرة المعتقل المعتقلة "
                  "المتظاهر المتظاهرة العامل العاملة المغرد المغردة المدون المدونة الناجي الناجية "
                  "الجريح الجريحة المريض المريضة الأرملة الممرض الممرضة المسعف المقاول الحرفي "
                  "الفلاح الراعي البائع البائعة")


@functools.cache
def masdar_shaped_names() -> frozenset[str]:
    """Given names shaped like a verbal noun («تفعيل»، «إفعال»، «افتعال»): «توفيق»، «إيمان»،
    «انتصار». A name's word of that shape is a name, not the action a clause goes on with."""
    return _forms("تحسين توفيق تيسير تمكين تغريد تحرير تسنيم تهاني تماضر إحسان إيمان إسلام إيهاب إكرام إنعام "
                  "إقبال إخلاص إلهام إشراق أبرار إسراء إنصاف إيناس إصلاح إعمار إياد إبراهيم إسماعيل ابتسام "
                  "ابتهال اعتدال انتصار اعتماد امتثال اتحاد معاوية مباركة مشاعل")


@functools.cache
def name_tails() -> frozenset[str]:
    """Definite words that end a compound given name: «بدر الدين»، «بهاء الدين»، «جار الله»،
    «بنعبد الله»."""
    return _forms("الدين الله الرحمن الرحيم الكريم")


def masdar_shaped(word: str) -> bool:
    """A verbal noun of an action, by its pattern (normalised, indefinite, no conjunction):
    تفعيل، إفعال، افتعال، انفعال، استفعال، مفاعلة, and their plurals in «ات»; not a given name of
    that shape (`masdar_shaped_names`)."""
    if word in masdar_shaped_names():
        return False
    w = word[:-2] if word.endswith("ات") and len(word) >= 7 else word
    n = len(w)
    return ((n == 5 and w[0] == "ت" and w[3] == "ي")                      # تخصيص، ترتيب
            or (n == 5 and w[0] == "ا" and w[3] == "ا")                   # انشاء، اعلان
            or (n == 6 and w[0] == "ا" and w[2] == "ت" and w[4] == "ا")   # اجتماع
            or (n == 6 and w.startswith("ان") and w[4] == "ا")            # انسحاب
            or (n == 7 and w.startswith("است") and w[5] == "ا")           # استهداف
            or (n == 6 and w[0] == "م" and w[2] == "ا" and w[-1] == "ه"))  # مكافحة
