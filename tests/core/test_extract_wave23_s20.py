"""Session 20: what the twenty-third wave of unseen reports (rounds 375-380, written after e191bef
and scored untouched first) found: a topic's verb behind «في كلمته», a union's body referred back
by its head and adjective, a person after a bare body, a manner of speaking, the people a ministry
called on, an army speaking through its directorate, a source in the accusative after «لكنّ», a
name in «أل» after a party's quoted name, and quoted names that are not quotations."""
from __future__ import annotations

from tests.core.extract_cases import actor_names, quotes, speakers


def test_the_topics_own_verb_before_in_his_speech():
    # round 375: «أما الشرقاوي، فقال في كلمته الأخيرة: "…"» went to the lawyer quoted before
    body = ('أدانت المحكمة الرئيس السابق للجماعة عبد الإله الشرقاوي. وقال المحامي رشيد بنعلي إن "الملف '
            'يحمل خروقات مسطرية واضحة".\n\nأما الشرقاوي، فقال في كلمته الأخيرة أمام المحكمة: "لم آخذ '
            'درهماً واحداً من مال الجماعة".')
    assert speakers(body) == ["رشيد بنعلي", "عبد الإله الشرقاوي"]


def test_a_body_referred_back_by_its_head_and_adjective():
    # round 375: «وأكدت الهيئة الإدارية» was cut to «الهيئة الإدارية الجهوية»
    body = ('قررت الهيئة الإدارية الجهوية للاتحاد الجهوي للشغل بصفاقس تنفيذ إضراب جهوي.\n\nوأكدت الهيئة '
            'الإدارية، في البيان الصادر عن أشغالها، أن الإضراب "يمكن تعليقه إذا تم إمضاء محضر اتفاق".')
    assert speakers(body) == ["الهيئة الإدارية الجهوية للاتحاد الجهوي للشغل بصفاقس"]


def test_an_office_holder_after_a_bare_body_is_no_part_of_it():
    # round 375: «الهيئة الأمين العام المساعد …» was one actor
    body = ('وحضر أشغال الهيئة الأمين العام المساعد للاتحاد العام التونسي للشغل الهادي بوزيان، الذي شدد '
            'على أن المركزية النقابية "تساند تحرك صفاقس بكل ثقلها".')
    assert speakers(body) == ["الهادي بوزيان"]
    assert not any(name.startswith("الهيئة") for name in actor_names(body))


def test_the_manner_of_speaking_is_no_word_of_a_name():
    # round 375: «زيتوني بلهجة حازمة» was the speaker
    body = ('وقال وزير التجارة الطيب زيتوني إن "المواد متوفرة". وتابع زيتوني بلهجة حازمة: "لن نتسامح مع '
            'المضاربين".')
    assert speakers(body) == ["الطيب زيتوني", "الطيب زيتوني"]


def test_the_people_a_body_called_on_do_not_speak():
    # round 377: «، ودعت المستفيدين إلى "…"» gave the ministry's words to the beneficiaries
    body = ('وأوضحت وزارة الشؤون الاجتماعية أن "الدفعة الأولى ستصل في 15 أيار"، ودعت المستفيدين إلى '
            '"عدم مشاركة رموز التحقق مع أي جهة".')
    assert speakers(body) == ["وزارة الشؤون الاجتماعية", "وزارة الشؤون الاجتماعية"]


def test_a_body_speaking_through_its_directorates_statement():
    # round 377: «وقال الجيش، في بيان لمديرية التوجيه» then «وأضاف البيان» went to the directorate
    body = ('نفذت وحدات من الجيش اللبناني عملية دهم في بعلبك.\n\nوقال الجيش، في بيان لمديرية التوجيه، إن '
            '«القوة المداهمة تعرضت لإطلاق نار». وأضاف البيان أن «المعمل كان يحتوي على مكابس».')
    assert speakers(body) == ["الجيش اللبناني", "الجيش اللبناني"]


def test_a_source_in_the_accusative_after_lakinna():
    # round 379: «لكن مصدراً في لجنة الحكام … قال» went to the club quoted before
    body = ('وأعلن النادي الأهلي أنه "تقدم بطلب رسمي إلى لجنة الحكام".\n\nلكن مصدراً في لجنة الحكام '
            'بالاتحاد السعودي لكرة القدم قال لـ"جول" إن "قرار الحكم كان صحيحاً".')
    assert speakers(body, outlet="جول") == ["النادي الأهلي", "مصدر في لجنة الحكام بالاتحاد السعودي لكرة القدم"]


def test_a_name_in_al_after_a_partys_quoted_name():
    # round 380: «الرئيسة المشاركة لحزب «البديل من أجل ألمانيا» أليس فايدل» was cut to her title
    body = ('في المقابل، رأت الرئيسة المشاركة لحزب «البديل من أجل ألمانيا» أليس فايدل أن ما جرى «يكشف '
            'هشاشة هذا الائتلاف»، مطالبةً بـ«انتخابات تشريعية مبكرة».')
    assert speakers(body) == ["أليس فايدل", "أليس فايدل"]


def test_quoted_names_that_are_not_quotations():
    # rounds 375, 379, 380: a radio spoken to, a name given, a body's name inside a sentence, a list
    body = ('قال وزير الداخلية الفرنسي برونو ريتايو لإذاعة "فرانس إنتر" إن بلاده "لن تتحول إلى غرفة '
            'انتظار". ودعت الهيئة الأعوان إلى المشاركة في ما سمّته "يوم الغضب الصحي". وأضاف ديوب أن '
            '"تحالف دول الساحل" ماضٍ في "توحيد جوازات السفر". وسيتابع الجمهور عرضين هما "الغريب في '
            'المرآة" و"بيت الطين".')
    said = [text for text, _ in quotes(body)]
    assert any(text.startswith("لن تتحول") for text in said)
    assert any(text.startswith("توحيد جوازات") for text in said)
    for name in ("فرانس إنتر", "يوم الغضب الصحي", "تحالف دول الساحل", "الغريب في المرآة", "بيت الطين"):
        assert name not in said


def test_a_slogan_of_a_clause_listed_with_another_is_still_speech():
    # guard: «أكد أن "الوضع صعب" و"لن نتراجع"» are said, after «أن»
    body = 'وأكد الوزير سالم العلي أن "الوضع صعب" و"لن نتراجع عن الإصلاح".'
    said = [text for text, _ in quotes(body)]
    assert "لن نتراجع عن الإصلاح" in said
