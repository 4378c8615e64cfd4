"""Session 19: what the seventeenth wave of unseen reports (rounds 339-344, written after the rules
froze at 27eaaa3 and scored untouched first) found: outlets named for a town read where the town
is meant, a governorate as a body, places and titles of address between an office and a name, a
name after «لـ» on a title, a journal's name in quotation marks, a verb inside another's «أن»
clause, an outgoing prime minister, a subject written before «اتهم», a name opening on a country."""
from __future__ import annotations

from tests.core.extract_cases import actor_names, quotes, speakers


def test_the_wali_of_a_two_word_town_the_outlet_is_named_for():
    # round 339: «والي بن عروس، هشام الزواري» for «بن عروس نيوز»
    body = ('أدّى والي بن عروس، هشام الزواري، صباح أمس، زيارة ميدانية إلى ميناء رادس.\n\nوأفاد '
            'الوالي، خلال جلسة عمل، بأن "الوضع تحسّن مقارنة بالأسابيع الماضية".')
    assert speakers(body, outlet="بن عروس نيوز") == ["هشام الزواري"]


def test_a_union_office_in_ba_on_a_town_then_its_head():
    # round 339: «ببن عروس» was the speaker; «الصادق» (an event's trigger, ratified) no name
    body = ('في المقابل، اعتبر الكاتب العام للاتحاد الجهوي للشغل ببن عروس، الصادق الورغي، أن "عمال '
            'الرصيف يشتغلون بمعدات قديمة".')
    assert speakers(body) == ["الصادق الورغي"]


def test_a_town_the_outlet_is_named_for_after_fi_is_the_town():
    # round 341: «أحد سكان الحي الغربي في قطنا» for «قطنا نيوز»
    body = ('وقال أحد سكان الحي الغربي في قطنا، فضّل عدم ذكر اسمه، لـ"قطنا نيوز": "كنا نرى سيارات '
            'غريبة تدخل المستودعات ليلاً".')
    assert speakers(body, outlet="قطنا نيوز") == ["أحد سكان الحي الغربي في قطنا"]


def test_a_governorate_the_gazetteer_knows_is_a_body():
    # round 341: «دعت محافظة ريف دمشق … الأهالي إلى "…"» went to the resident before
    body = ('بدورها، دعت محافظة ريف دمشق، في منشور عبر معرفاتها الرسمية، الأهالي إلى "الإبلاغ عن أي '
            'نشاط مشبوه".')
    assert speakers(body) == ["محافظة ريف دمشق"]


def test_a_captain_after_a_port_director_general():
    # round 342: «مدير عام ميناء نشطون الكابتن سالم عوض بن قحطان»
    body = ('وقال مدير عام ميناء نشطون الكابتن سالم عوض بن قحطان، في تصريح، إن "الرافعتين ستدخلان '
            'الخدمة مطلع سبتمبر".\n\nوأوضح بن قحطان أن الميناء استقبل "142 سفينة محملة بالمواد '
            'الغذائية".')
    assert speakers(body) == ["سالم عوض بن قحطان"] * 2


def test_a_place_in_fi_the_gazetteer_knows_between_an_office_and_a_name():
    # round 342: «مدير التربية والتعليم في جنوب الخليل عاطف الشلالدة» had no name
    body = ('من جهته، كشف مدير التربية والتعليم في جنوب الخليل عاطف الشلالدة أن المديرية "تحتاج إلى '
            '46 غرفة صفية إضافية".')
    assert speakers(body) == ["عاطف الشلالدة"]


def test_a_union_of_abyan_keeps_its_governorate():
    # round 342: «أبين» joined the gazetteer, so «في أبين» stays the union's
    body = ('وأعلنت نقابة الأطباء والصيادلة في أبين، في بيان، تضامنها مع المضربين. وقالت النقابة إن '
            '"مطالب الكادر الصحي مشروعة".')
    assert speakers(body) == ["نقابة الأطباء والصيادلة في أبين"]


def test_a_director_named_after_her_film_with_lam_on_her_title():
    # round 343: «للمخرجة سلمى عبد الحميد» read «سلمى» as a nisba
    body = ('ويمثل السينما المصرية فيلم «بيت على الرمل» للمخرجة سلمى عبد الحميد، التي قالت لـ"في '
            'الفن" إن اختيار فيلمها "مسؤولية كبيرة قبل أن يكون تكريماً".')
    assert speakers(body) == ["سلمى عبد الحميد"]


def test_a_nationality_that_is_a_given_name_stays_a_nisba():
    # guard (round 314): «مصدر دبلوماسي تركي مطلع»: «تركي» is Turkish here
    # (what the source is informed of stays in its name since session 27: «مطلع على سير المحادثات»)
    body = ('وكشف مصدر دبلوماسي تركي مطلع على سير المحادثات أن "الوفدين تبادلا مسودتين متباعدتين".')
    assert speakers(body) == ["مصدر دبلوماسي تركي مطلع على سير المحادثات"]


def test_a_second_field_with_its_pronoun_then_the_name():
    # round 343: «أستاذة علوم المواد وهندستها الدكتورة نورة القحطاني» after «قائدة الفريق،»
    body = ('وقالت قائدة الفريق، أستاذة علوم المواد وهندستها الدكتورة نورة القحطاني، إن "التحدي في '
            'منطقتنا لم يكن في فكرة التبريد الإشعاعي".')
    assert speakers(body) == ["نورة القحطاني"]


def test_a_journals_name_in_quotation_marks_is_no_quotation():
    # round 343: «دورية «أدفانسد ماتيريالز»» was a quotation given to «دراسة»
    body = ('طوّر فريق بحثي في جامعة الملك عبد الله للعلوم والتقنية طلاءً أبيض، وفق دراسة نشرتها '
            'الأسبوع الماضي دورية «أدفانسد ماتيريالز».')
    assert quotes(body) == []
    assert "دراسة" not in actor_names(body)


def test_a_verb_inside_another_verbs_that_clause_reports_its_subject():
    # round 343: «وأوضحت القحطاني أن الفريق أضاف "…"» went to «الفريق»
    body = ('وقالت الباحثة نورة القحطاني إن "الطلاء يعكس 95 في المئة من أشعة الشمس". وأوضحت القحطاني '
            'أن الفريق أضاف "طبقة خارجية طاردة للماء".')
    assert speakers(body) == ["نورة القحطاني"] * 2


def test_the_outgoing_prime_minister_is_the_one_named_after_the_office():
    # round 344: «واعتبر رئيس الوزراء المنتهية ولايته» after «حكومة رئيس الوزراء فرانسوا بايرو»
    body = ('أسقطت الجمعية الوطنية الفرنسية، أمس، حكومة رئيس الوزراء فرانسوا بايرو.\n\nواعتبر رئيس '
            'الوزراء المنتهية ولايته أن فرنسا "تعيش فوق إمكاناتها منذ عقود".')
    assert speakers(body) == ["فرانسوا بايرو"]


def test_the_accuser_written_before_ittaham_speaks_not_the_accused():
    # round 344: «اللواء وينثاي سوفاري اتهم القوات الكمبودية … بـ"…"» went to the forces
    body = ('لكن المتحدث باسم الجيش التايلاندي اللواء وينثاي سوفاري اتهم القوات الكمبودية، صباح اليوم، '
            'بـ"شن هجمات على عدة مواقع تايلاندية".')
    assert speakers(body) == ["وينثاي سوفاري"]


def test_a_name_that_opens_on_a_country_after_a_nationality():
    # round 344: «مالي» of «مالي سوتشياتا» was read as the country, into the title
    body = ('وهو ما نفته المتحدثة باسم وزارة الدفاع الكمبودية مالي سوتشياتا، قائلة إنه "لم تقع أي '
            'اشتباكات مسلحة".')
    assert speakers(body) == ["مالي سوتشياتا"]
