"""Session 20: what the twenty-sixth wave of unseen reports (rounds 393-398, written after 9422912
and scored untouched first) found: a demand «بـ» after a whole office, a sum at the end of a
frame, a second portfolio «وغسل الأموال», a given name in «ال» before «ولد», the Somali family
name «جامع», Algeria's «السعيد», a title of address after a body, «و» on a plural of people after
a name, sources and the outlet they spoke to, the people a body called on, bodies accused, and a
brigade's number."""
from __future__ import annotations

from tests.core.extract_cases import actor_names, speakers


def test_what_an_office_demanded_and_the_sum_it_named_are_not_its_name():
    # round 393: the Treasury's agent's words went to «مليون دينار»
    body = ('في المقابل، طالب الوكيل القضائي للخزينة العمومية بإلزام المتهمين بالتضامن بدفع تعويض قدره '
            '320 مليون دينار، مؤكداً أن "الخزينة تكبدت خسائر مباشرة".')
    assert speakers(body) == ["الوكيل القضائي للخزينة العمومية"]
    assert "مليون دينار" not in actor_names(body)


def test_a_second_portfolio_in_wa_before_the_name():
    # round 396: «وغسل الأموال أحمد يوسف» was the speaker
    body = ('وقال رئيس نيابة الجرائم المالية وغسل الأموال أحمد يوسف المعاودة، في تصريح، إن "المتهم استغل '
            'ثقة العملاء".')
    assert speakers(body) == ["أحمد يوسف المعاودة"]


def test_a_given_name_in_al_before_ould():
    # round 397: «عمدة بلدية كيفة السالك ولد بوبكر» was cut to «ولد بوبكر»
    body = 'وقال عمدة بلدية كيفة السالك ولد بوبكر لـ"إذاعة كيفة" إن "الوعود ليست جديدة على سكان المدينة".'
    assert speakers(body, outlet="إذاعة كيفة") == ["السالك ولد بوبكر"]


def test_the_somali_family_name_jama_before_whom_he_called_on():
    # round 397: «جامع» (a mosque) was cut from «عبد الرحمن سعيد جامع»
    body = ('من جهته، دعا حاكم محافظة بري عبد الرحمن سعيد جامع النازحين من قرى الجبل إلى "عدم العودة قبل '
            'أن تعلن السلطات خلو مناطقهم من الألغام".')
    assert speakers(body) == ["عبد الرحمن سعيد جامع"]


def test_al_said_is_a_given_name_after_a_title():
    # round 393: «السعيد حمادي» was cut to «حمادي»
    body = ('وقال الأمين الولائي للاتحاد الوطني للفلاحين الجزائريين السعيد حمادي إن "سعر الكيلوغرام لا '
            'يتعدى 35 ديناراً".')
    assert speakers(body) == ["السعيد حمادي"]


def test_a_title_of_address_ends_the_body_before_it():
    # round 398: «الحكومة المؤقتة البروفيسور» and «محمد يونس وممثلين» were actors
    body = ('وقّعت الأحزاب على الميثاق بحضور كبير مستشاري الحكومة المؤقتة البروفيسور محمد يونس وممثلين عن '
            'البعثات الدبلوماسية.')
    names = actor_names(body)
    assert "محمد يونس" in names
    assert not any("البروفيسور" in name or "وممثلين" in name for name in names)


def test_sources_and_the_quoted_outlet_they_spoke_to():
    # round 396: «مصادر الوطن» was the speaker
    body = 'وأفادت مصادر مطلعة "الوطن" بأن "البنك عوّض 11 عميلاً متضرراً".'
    assert speakers(body, outlet="الوطن البحرينية") == ["مصادر مطلعة"]


def test_a_ministrys_statement_relaying_its_minister_is_no_part_of_its_name():
    # round 396: «الوزارة» referred back to «للوزارة عن وزير التجارة», read as one body
    body = ('وقال المتحدث الرسمي لوزارة التجارة عبدالرحمن الحسين إن "الفرق الرقابية ستعمل على مدار الساعة".'
            '\n\nونقل بيان للوزارة عن وزير التجارة الدكتور ماجد بن عبدالله القصبي قوله إن "المخزون يغطي '
            'احتياجات السوق". ودعت الوزارة المستهلكين إلى الإبلاغ عن المخالفات، مؤكدة أن "هوية المبلّغ تبقى '
            'سرية".')
    assert speakers(body)[-1] == "وزارة التجارة"


def test_the_people_a_ministry_called_on_are_no_part_of_it():
    # guard (round 396): «الوزارة المستهلكين إلى الإبلاغ عن المخالفات» is no body
    body = ('ودعت الوزارة المستهلكين إلى الإبلاغ عن المخالفات عبر تطبيق "بلاغ تجاري"، مؤكدة أن "هوية '
            'المبلّغ تبقى سرية".')
    assert not any("المستهلكين" in name for name in actor_names(body))


def test_bodies_accused_after_a_minister_are_no_part_of_his_name():
    # round 394: «خالد الإعيسر جهات إقليمية» was the speaker
    body = ('من جهته، اتهم وزير الثقافة والإعلام المتحدث الرسمي باسم الحكومة خالد الإعيسر جهات إقليمية '
            'بتزويد الدعم السريع بمسيّرات، وقال: "ما يحدث في بورتسودان عدوان على الدولة".')
    assert speakers(body) == ["خالد الإعيسر"]


def test_a_brigades_number_and_arm_are_the_commanders_title():
    # round 396: «قائد اللواء» was left without the name
    body = ('من جانبه، قال قائد اللواء 143 مشاة العميد ناصر علي الصيادي لـ"إذاعة مأرب" إن "المهاجمين '
            'استخدموا طائرات مسيّرة"، مؤكداً أن القوات على أهبة الاستعداد.')
    assert speakers(body, outlet="إذاعة مأرب") == ["ناصر علي الصيادي"]
