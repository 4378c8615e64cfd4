"""Session 15, international desk (round 167): journalists spoken to are no part of a name, a
short quotation that is the predicate of «أنّ»'s noun with its complement is speech, and a
party named by two abstract nouns keeps both in the title."""
from __future__ import annotations

from tests.core.extract_cases import actor_names, extracted, quotes, speakers


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


def test_an_office_taken_in_the_accusative_names_its_holder():
    body = ('أدى رودريغو باز، أمس السبت، اليمين الدستورية رئيساً لبوليفيا لولاية مدتها خمس سنوات.\n\n'
            'وقال الرئيس الجديد، في خطاب التنصيب، إن "بوليفيا تستعيد اليوم مكانها في العالم".\n\n'
            'وأضاف باز، وهو نجل الرئيس الأسبق خايمي باز زامورا، أن حكومته "ستفتح الاقتصاد أمام '
            'الاستثمار الخاص". وتابع الرئيس البوليفي: "زمن الدولة التي تنفق ما لا تملك قد انتهى".')
    assert speakers(body) == ["رودريغو باز"] * 3
    titles = {r["name"]: r.get("title") for r in extracted(body) if r["kind"] == "actor"}
    assert titles["رودريغو باز"] == "رئيس بوليفيا"


def test_a_treaty_secretariat_and_what_it_is_about_are_the_title():
    body = ('من جهته، حذّر الأمين التنفيذي لاتفاقية الأمم المتحدة الإطارية بشأن تغير المناخ سايمون ستيل من '
            'أن "التأخير في خفض الانبعاثات يعني مزيداً من الكوارث".')
    assert speakers(body) == ["سايمون ستيل"]


def test_a_party_for_one_definite_aim():
    body = ('في المقابل، اعتبر حزب التحالف من أجل الجمهورية المعارض، في بيان، أن الخطة "مجرد إعلان '
            'نوايا يفتقر إلى أرقام دقيقة".')
    assert speakers(body)[0].startswith("حزب التحالف من أجل الجمهورية")


def test_an_envoy_named_after_a_comma_with_his_rank_is_found_by_his_office():
    body = ('وصل المبعوث الخاص للهيئة الحكومية للتنمية (إيغاد) إلى الصومال، السفير عثمان حسين ورسمه، إلى '
            'مدينة كسمايو أمس.\n\nوقال المبعوث، في تصريح عقب اللقاء، إن "إيغاد لا تحمل حلولاً جاهزة".')
    assert speakers(body) == ["عثمان حسين ورسمه"]


def test_sheikh_inside_a_somali_name_and_ali_before_ala():
    body = ('من جانبه، شدد وزير الإعلام في حكومة جوبالاند عبد الناصر شيخ علي على أن "الولاية لم تغلق باب '
            'الحوار يوماً".')
    assert speakers(body) == ["عبد الناصر شيخ علي"]


def test_a_name_in_lam_before_qawluhu():
    body = ('ونقل البيان عن المدير القطري للبرنامج في السودان لوران بوكيرا قوله: "نحتاج إلى ممرات آمنة '
            'ومستدامة، لا إلى فرص عابرة".')
    assert speakers(body) == ["لوران بوكيرا"]


def test_hasab_allah_is_a_name_and_a_committee_for_a_purpose_keeps_it():
    body = ('من جانبه، أوضح الأمين العام للجنة الوطنية لاستقبال وإعادة إدماج اللاجئين والعائدين أحمد عيسى '
            'حسب الله أن عمليات النقل ستبدأ الاثنين، «على أن تنتهي المرحلة الأولى قبل ذروة موسم الأمطار».')
    assert speakers(body) == ["أحمد عيسى حسب الله"]


def test_words_relayed_by_an_agency_are_the_sources_after_an():
    body = ('ونقلت وكالة "تسنيم" عن مصدر مطلع في لجنة الأمن القومي والسياسة الخارجية أن اللجنة "ستعقد '
            'اجتماعاً مغلقاً الثلاثاء بحضور عراقجي".')
    assert speakers(body) == ["مصدر مطلع في لجنة الأمن القومي والسياسة الخارجية"]
    body = 'ونقلت الوكالة عن الوزير أن "لجنة فنية مشتركة ستتوجه إلى دهوك خلال الساعات المقبلة".'
    assert speakers(body) == ["الوزير"]


def test_carrying_is_no_relaying():
    body = 'ونقلت الطائرة الركاب إلى عمان، وقال الوزير إن "الرحلات ستستمر حتى نهاية الشهر".'
    assert speakers(body) == ["الوزير"]
    assert "الطائرة" not in actor_names(body)


def test_what_he_described_as_is_no_subject():
    body = ('في المقابل، انتقد النائب عن طهران في مجلس الشورى الإسلامي مجتبى رضاخواه ما وصفه بسوء إدارة '
            'الملف، معتبراً أن «الأزمة لم تأتِ فجأة، فالتحذيرات موجودة منذ عشر سنوات».')
    assert speakers(body) == ["مجتبى رضاخواه"]
    assert "بسوء" not in " ".join(actor_names(body))


def test_a_farmer_from_a_place_then_his_name_after_a_title_of_respect():
    body = ('وعبّر فلاح من منطقة الرمشي، الحاج بومدين، عن ارتياحه للمردود، وقال للإذاعة إن "المحصول هذا '
            'العام أحسن بكثير من العام الماضي".')
    assert speakers(body) == ["بومدين"]      # «الحاج» is a title of respect, not a name


def test_a_foreign_name_ending_like_a_verbal_noun_stays_whole():
    body = ('وأكد المدير الفني للمنتخب، الغاني جيمس كواسي أبياه، في حديث عقب الحصة التدريبية الأولى، أن '
            '"اللاعبين وصلوا إلى أفضل حالاتهم البدنية".')
    assert speakers(body) == ["جيمس كواسي أبياه"]


def test_ali_before_bin_is_a_name_after_the_quote():
    body = '"نعيش وسط الروائح الكريهة ليلاً ونهاراً"، يقول علي بن نصر، أحد سكان منطقة قرقارش.'
    assert speakers(body) == ["علي بن نصر"]


def test_a_student_at_a_faculty_and_a_family_name_in_bal():
    body = ('وعبّرت الطالبة بكلية الهندسة مي عثمان عن ارتياحها للقرار، وقالت للإذاعة: "درست عامين عبر '
            'الهاتف وسط انقطاع الكهرباء".')
    assert speakers(body) == ["مي عثمان"]
    body = ('وعبّر الفنان الهادي بالناصر، الذي يحيي سهرة الاختتام، عن سعادته، قائلاً: «غنّيت هنا لأول مرة '
            'قبل عشرين عاماً».')
    assert speakers(body) == ["الهادي بالناصر"]


def test_a_family_name_shaped_as_mufaala_before_ila():
    body = ('ولفت رئيس بلدية الطيبة شعاع منصور مصاروة إلى أن "البلدية طالبت مراراً بوحدة شرطية خاصة".')
    assert speakers(body) == ["شعاع منصور مصاروة"]


def test_a_lawyer_relaying_what_prisoners_said_is_the_speaker():
    body = ('أفادت هيئة شؤون الأسرى والمحررين بأن محاميها خالد محاجنة زار سجن عوفر أمس. ونقل محاجنة عن '
            'الأسرى أن "مرض الجرب عاد للانتشار بشكل واسع".')
    assert speakers(body) == ["خالد محاجنة"]


def test_a_second_party_joined_by_wa_and_analysts_of_a_country_are_no_actors():
    body = ('وقال محافظ درعا أنور طه الزعبي ووجهاء من عشائر حوران إن "السلاح المنفلت هو العدو الأول".')
    assert speakers(body) == ["أنور طه الزعبي"]
    body = ('ويرى محللون إسرائيليون أن الأزمة هي الأخطر على الائتلاف. وقال وزير المالية إن "الميزانية '
            'ستقر في موعدها".')
    assert "محللون إسرائيليون" not in actor_names(body)


def test_a_coach_of_a_club_named_like_a_nisba_is_found_by_nationality():
    body = ('أكد ماتياس يايسله، المدير الفني لفريق الأهلي، أن فريقه "يدخل مواجهة الهلال بعقلية الفوز".\n\n'
            'وقال المدرب الألماني: "نعرف قيمة الهلال وجودة لاعبيه".')
    assert speakers(body) == ["ماتياس يايسله", "ماتياس يايسله"]


def test_a_nationality_set_off_before_a_name_is_no_part_of_it():
    body = ('كشف مدرب المنتخب الوطني لكرة القدم، الإسباني أريتز لوبيز غاراي، اليوم، عن قائمة اللاعبين. '
            'وقال لوبيز غاراي، خلال مؤتمر صحفي، إن "المعسكر سيكون فرصة لتجريب عناصر شابة".')
    assert speakers(body) == ["أريتز لوبيز غاراي"]


def test_the_spaniard_named_with_his_nationality_alone_is_the_spanish_coach():
    body = ('أعلن الإسباني جولين لوبيتيغي قائمة المنتخب. وقال لوبيتيغي إن "الباب مفتوح أمام الجميع". وأوضح '
            'المدرب الإسباني أن "المعسكر الداخلي انطلق أمس".')
    assert speakers(body) == ["جولين لوبيتيغي", "جولين لوبيتيغي"]
