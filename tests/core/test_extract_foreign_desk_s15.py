"""Session 15, international desk (round 167): journalists spoken to are no part of a name, a
short quotation that is the predicate of «أنّ»'s noun with its complement is speech, and a
party named by two abstract nouns keeps both in the title."""
from __future__ import annotations

from tests.core.extract_cases import actor_names, quotes, speakers


def test_journalists_spoken_to_are_not_in_the_name():
    body = 'وقال رافائيل غروسي لصحافيين في فيينا إن "الوقت ينفد، ونحتاج إلى اتفاق عملي مع إيران".'
    assert speakers(body) == ["رافائيل غروسي"]
    assert "رافائيل غروسي لصحافيين" not in actor_names(body)


def test_a_short_predicate_after_a_noun_and_its_complement_is_speech():
    body = ('أوضح المتحدث باسم الخارجية الإيرانية إسماعيل بقائي أن عودة المفتشين «ستخضع لقرار المجلس '
            'الأعلى للأمن القومي وحده»، لافتاً إلى أن المحادثات مع الوكالة «مستمرة على المستوى الفني».')
    assert [text for text, _ in quotes(body)] == ["ستخضع لقرار المجلس الأعلى للأمن القومي وحده",
                                                "مستمرة على المستوى الفني"]


def test_a_party_of_two_abstract_nouns_keeps_both():
    body = ('أما الرئيسة المشتركة لحزب المساواة وديمقراطية الشعوب تولاي حاتم أوغللاري، فاعتبرت أن '
            '"نجاح العملية مرهون بإصلاحات ديمقراطية حقيقية".')
    assert speakers(body) == ["تولاي حاتم أوغللاري"]


def test_a_second_person_joined_by_wa_is_still_a_name():
    body = 'وقال المتحدث باسم الوزارة وليد الخطيب إن "الفرق تعمل على مدار الساعة في كل المناطق".'
    assert speakers(body) == ["وليد الخطيب"]
