"""The gate where a phrase becomes an actor (extract/actor_gate.py): words no actor's name has are
cut off or refused — a verbal noun, a verb, a possessed noun, «بـ» on a building, a plural
repeating a body's root, a title after a building — while names shaped like verbs or verbal
nouns stay whole. Invented texts."""
from __future__ import annotations

from tests.core.extract_cases import actor_names, quotes, speakers


def _has_word(names: list[str], word: str) -> bool:
    return any(word in name.split() for name in names)


# --- the subject of a reporting verb with no quotation after it ----------------------------

def test_a_verbal_noun_after_a_reporting_verb_is_no_actor():
    names = actor_names("وكان المجلس البلدي قد اجتمع يوم الأحد. وأعلن تخصيص مليون دينار لصيانة الطرق "
                        "في الأحياء الشرقية قبل الشتاء.")
    assert not _has_word(names, "تخصيص")


def test_a_noun_with_a_possessive_pronoun_is_no_actor():
    names = actor_names("طرابلس - واصل الدينار الليبي تراجعه أمام العملات الأجنبية في السوق الموازية، "
                        "إذ بلغ سعر الدولار تسعة دنانير.")
    assert not _has_word(names, "تراجعه")
    assert "الدينار الليبي" not in names


def test_a_quantity_with_a_pronoun_is_no_actor():
    names = actor_names("وكانت الوزارة قد أعلنت الشهر الماضي تسجيل أكثر من مئتي إصابة بالكوليرا، معظمها في "
                        "المحافظات الجنوبية.")
    assert "معظمها" not in names


def test_a_number_of_residents_gives_no_name_from_elsewhere():
    names = actor_names("وقال المدير إن «الخطة الجديدة ترفع عدد الحافلات إلى مئة حافلة في المدينة». "
                        "وأبدى عدد من سكان الأحياء الشرقية ارتياحهم للخطوط الجديدة.")
    assert not _has_word(names, "عدد")


def test_a_person_with_a_masdar_shaped_name_reporting_indirect_speech_is_kept():
    names = actor_names("وأكد إحسان الشمري أن الحكومة ماضية في خطتها لإصلاح قطاع الكهرباء هذا العام.")
    assert "إحسان الشمري" in names
    names = actor_names("وأوضح تحسين الجبوري أن المشروع سيكتمل قبل نهاية العام الجاري.")
    assert "تحسين الجبوري" in names


def test_a_titled_reporter_keeps_the_name_and_loses_the_object():
    names = actor_names("وأعلن وزير الصحة تيسير العمري، يوم الإثنين، تخصيص مستشفى ميداني للمصابين.")
    assert "تيسير العمري" in names
    assert not _has_word(names, "تخصيص")


# --- a name after a title runs past its end --------------------------------------------------

def test_a_future_verb_ends_a_name_after_a_title():
    names = actor_names("علمت الصحيفة أن المبعوث الأممي كارل هانسن سيصل إلى عمان الأحد المقبل في "
                        "زيارة تستمر يومين.")
    assert "كارل هانسن" in names
    assert not _has_word(names, "سيصل")


def test_a_feminine_past_verb_ends_a_name_and_the_quote_keeps_the_trimmed_speaker():
    body = ("وأجرى الرئيس مباحثات مع وزير الخارجية الأردني سامي الخطيب تناولت ترتيبات القمة المقبلة.\n\n"
            "وقال الخطيب إن «القمة ستعقد في موعدها المحدد رغم كل الظروف الصعبة».")
    names = actor_names(body)
    assert "سامي الخطيب" in names
    assert not _has_word(names, "تناولت")
    assert speakers(body) == ["سامي الخطيب"]


def test_a_building_governed_by_a_preposition_ends_a_name():
    names = actor_names("وكان الرئيس قد شدد، خلال لقائه رئيسة الحكومة سارة الزعفراني بقصر الضيافة الأسبوع "
                        "الماضي، على ضرورة ضبط الأسعار.")
    assert "سارة الزعفراني" in names
    names = actor_names("وكان الرئيس قد شدد، خلال لقائه رئيس الحكومة نزار الطالب بمقر الوزارة الأسبوع "
                        "الماضي، على ضرورة ضبط الأسعار.")
    assert "نزار الطالب" in names


def test_a_plural_repeating_a_bodys_root_is_what_it_addresses():
    body = "وفي بلاغ لها، دعت وزارة الفلاحة الفلاحين إلى «الإسراع بجني المحصول قبل موسم الأمطار المقبل»."
    assert speakers(body) == ["وزارة الفلاحة"]
    body = "ودعت وزارة الزراعة المزارعين إلى «الإسراع بجني المحصول قبل موسم الأمطار المقبل»."
    assert speakers(body) == ["وزارة الزراعة"]


def test_a_title_after_a_building_names_a_place_not_a_person():
    names = actor_names("وتصل أولى الرحلات إلى مطار الملك فيصل الدولي وكورنيش المدينة يوم الخميس المقبل.")
    assert not any("فيصل" in name for name in names)


# --- real names shaped like verbs or verbal nouns survive -------------------------------------

def test_names_shaped_like_verbs_survive_after_a_title():
    body = ("وقال وزير الداخلية يزيد العتيبي إن «الخطة الأمنية ستطبق في جميع المحافظات بلا استثناء».\n\n"
            "وقال المتحدث باسم الوزارة تامر يوسف إن «الدوريات ستنتشر على الطرق الرئيسية منذ الصباح».")
    assert speakers(body) == ["يزيد العتيبي", "تامر يوسف"]


def test_names_shaped_like_verbal_nouns_survive_after_a_title():
    body = ("وقال وزير المالية توفيق إسماعيل إبراهيم إن «الموازنة الجديدة تراعي الفئات الأشد فقرا».\n\n"
            "وقالت مديرة الصندوق إيمان نبيل طالب إن «القروض الصغيرة ستصرف خلال الشهر المقبل».")
    assert speakers(body) == ["توفيق إسماعيل إبراهيم", "إيمان نبيل طالب"]


def test_an_honorific_pronoun_is_not_cut_as_a_possessed_noun():
    body = ("دشّن أمير المنطقة الأمير فيصل بن خالد، أمس، مشروع الطرق الجديد. وقال سموه إن «المشروع يخدم "
            "أهالي المنطقة ويختصر زمن التنقل بين المحافظات».")
    got = quotes(body)
    assert got and got[0][1] == "فيصل بن خالد"
