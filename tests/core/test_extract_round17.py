"""Round 17: a news agency that only relays a report («وذكرت وكالة …أن»، «بحسب ما أفادت وكالة …») is
no actor, while one that says something in a quotation stays; a participle's subject is the title
and the name set off by commas after it; «وكبير إدارييها» continues a title and «أمين» after a full
title is a given name. Invented texts."""
from __future__ import annotations

from tests.core.extract_cases import actor_names, speakers


# --- agencies: actors only when they speak ---------------------------------------------------

def test_an_agency_that_relays_a_report_is_no_actor():
    body = ("وقال وزير النقل حسن الشامي إن «الطريق سيفتتح قريبا».\n\n"
            "وذكرت وكالة أنباء الشرق الأوسط أن رئيس الوزراء سيزور المدينة الأحد المقبل.")
    names = actor_names(body)
    assert "وكالة أنباء الشرق الأوسط" not in names
    assert "حسن الشامي" in names


def test_an_agency_after_according_to_is_no_actor():
    body = ("وقال المتحدث باسم الوزارة سامر الحلبي إن «الوفد وصل».\n\n"
            "وكان الوفد قد وقع ثلاث اتفاقيات، بحسب ما أفادت وكالة الأنباء القطرية (قنا).")
    assert "وكالة الأنباء القطرية" not in actor_names(body)
    body = ("وقال المتحدث باسم الوزارة سامر الحلبي إن «الوفد وصل».\n\n"
            "وسيلتقي الوفد المسؤولين غدا، وفق ما أفادت وكالة أنباء البحرين.")
    assert not any(name.startswith("وكالة") for name in actor_names(body))


def test_an_agency_that_speaks_stays():
    body = ("وقالت وكالة الأنباء السعودية إن «الاجتماع سيعقد في الرياض الأسبوع المقبل».\n\n"
            "وذكرت الوكالة أن الوفود بدأت بالوصول.")
    assert speakers(body) == ["وكالة الأنباء السعودية"]
    assert "وكالة الأنباء السعودية" in actor_names(body)


def test_an_agency_that_reports_then_is_quoted_stays():
    body = ("وذكرت وكالة أنباء البحرين أن الوزير غادر إلى القاهرة. وأضافت: «سيبحث الوزير ملفات "
            "التعاون الاقتصادي بين البلدين».")
    assert speakers(body) == ["وكالة أنباء البحرين"]


def test_a_body_called_an_agency_reporting_is_still_an_actor():
    body = "وذكرت الوكالة الدولية للطاقة الذرية أن المفتشين وصلوا إلى الموقع."
    assert "الوكالة الدولية للطاقة الذرية" in actor_names(body)


# --- round 17's wrong speakers ----------------------------------------------------------------

def test_a_participles_subject_is_the_title_and_the_name_after_it():
    body = ("الجزائر: الصحيفة\n\nأشرف وزير الصحة والسكان وإصلاح المستشفيات، كمال بوزيد، أمس الأحد، من "
            "ولاية وهران، على تدشين مستشفى جديد، مؤكدا أن الدولة «خصصت كل الوسائل لضمان تشغيله "
            "في أقرب الآجال».")
    assert speakers(body) == ["كمال بوزيد"]
    assert "وزير الصحة والسكان وإصلاح المستشفيات" not in actor_names(body)


def test_a_chief_officer_title_then_amin_as_a_given_name():
    body = ("وكان رئيس شركة النفط الوطنية وكبير إدارييها التنفيذيين أمين الخالدي قد أكد، الأسبوع "
            "الماضي خلال مؤتمر في الدوحة، أن «الطلب على الغاز سيرتفع خلال العقد المقبل».")
    assert speakers(body) == ["أمين الخالدي"]


def test_amin_as_an_office_stays_a_title():
    body = "وقال الأمين العام للمجلس أمين الخالدي إن «الجلسة ستعقد غدا»."
    assert speakers(body) == ["أمين الخالدي"]
    body = "وقال أمين العاصمة إن «الطرق ستفتح غدا»."
    assert speakers(body) == ["أمين العاصمة"]
