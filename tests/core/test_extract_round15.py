"""Round 15: no common word is an actor's name (one word with a possessive pronoun, a verbal noun
and its object, the object after «بالـ»), a title refers back to the person named with a longer
form of it, a body keeps the region after «بـ», and a name after a quoted acronym is the speaker.
Names of the same shapes stay. Invented texts."""
from __future__ import annotations

from tests.core.extract_cases import actor_names, speakers


def _has_word(names: list[str], word: str) -> bool:
    return any(word in name.split() for name in names)


# --- junk names: none of these is anyone's ---------------------------------------------------

def test_a_noun_with_a_pronoun_alone_is_no_actor():
    body = ("وتنطلق غدا حملة التطعيم في المحافظات الشمالية بمشاركة ألفي فريق طبي. وقال وزير الصحة "
            "سامر الدباغ إن «الحملة تستهدف كل الأطفال دون الخامسة».\n\n"
            "ومن المقرر أن يزور الوزير مستشفى الأطفال في العاصمة صباح الأحد، بحسب ما أفاد به مكتبه.")
    names = actor_names(body)
    assert "مكتبه" not in names
    assert "سامر الدباغ" in names


def test_a_government_named_by_a_pronoun_alone_is_no_actor():
    names = actor_names("وتواصل البعثة عملها في البلاد منذ عامين، وقد أكدت حكومتها أن التمويل سيستمر حتى "
                        "نهاية العام المقبل.")
    assert "حكومتها" not in names


def test_an_honorific_pronoun_still_refers_to_the_prince():
    body = ("دشّن أمير المنطقة الأمير فيصل بن نواف، أمس، مشروع الطريق الدائري الجديد. "
            "وقال سموه إن «المشروع سيخفف الزحام عن وسط المدينة».")
    assert speakers(body) == ["فيصل بن نواف"]


def test_a_verbal_noun_and_its_object_after_a_bare_title_is_no_name():
    body = ("وقال وزير التربية كمال الراشد إن «الامتحانات ستجري في موعدها».\n\n"
            "ومن المقرر أن يتفقد الوزير سير العمل بالمدارس الجديدة يوم الخميس.")
    names = actor_names(body)
    assert not _has_word(names, "سير")
    assert "كمال الراشد" in names


def test_names_of_the_same_shapes_survive():
    assert speakers("وقال الوزير سعد الشمري إن «الخطة ستنفذ على مراحل».") == ["سعد الشمري"]
    assert speakers("وقال الشيخ فتح الله العلي إن «الصلح سيتم قريبا».") == ["فتح الله العلي"]
    assert speakers("وقال وزير النقل إيهاب الصافي إن «الطريق سيفتح قريبا».") == ["إيهاب الصافي"]


def test_what_a_body_welcomed_is_not_its_name():
    names = actor_names("ورحبت الخارجية الأردنية بالتصريحات، داعية الطرفين إلى \"ضبط النفس وتغليب الحوار\".")
    assert not _has_word(names, "بالتصريحات")
    assert speakers("وقالت مديرية الصحة بالمحافظة إن \"الإصابات تراجعت هذا الأسبوع\".") \
        == ["مديرية الصحة بالمحافظة"]


# --- round 15's wrong speakers ----------------------------------------------------------------

def test_a_shorter_title_refers_back_to_the_holder_of_the_longer_one():
    body = ("من جانبه، شدد رئيس مجلس المفوضين القاضي سالم عبد الكريم على أن \"المفوضية لن تتهاون مع أي "
            "مخالفة\". وتابع رئيس المفوضية أن \"الصناديق ستكون جاهزة قبل موعد الاقتراع بيومين\".")
    assert speakers(body) == ["سالم عبد الكريم", "سالم عبد الكريم"]


def test_a_body_keeps_the_region_after_ba():
    body = ("وأفاد مصدر من المديرية الجهوية للصحة بطنجة تطوان بأن \"حملة التلقيح ستنطلق الأسبوع المقبل في "
            "كل المراكز\".")
    assert speakers(body) == ["مصدر من المديرية الجهوية للصحة بطنجة تطوان"]


def test_a_manner_after_a_body_is_no_region():
    body = "وقال مسؤول في المديرية العامة بوضوح إن \"الأسعار لن ترتفع هذا الشهر\"."
    assert all("بوضوح" not in s for s in speakers(body))


def test_the_name_after_a_quoted_acronym_is_the_speaker():
    body = ("في المقابل، اعتبر رئيس الجمعية الوطنية لمنتجي الحليب \"جامح\"، سعيد العلوي، في تصريح "
            "للموقع، أن \"الأسعار الحالية لا تغطي كلفة الإنتاج\".")
    assert speakers(body) == ["سعيد العلوي"]
