"""Session 16: people named the way Levantine, Mauritanian and Libyan reports name them (rounds
207-212, scored untouched first): «إلياس» normalises like a definite word and is a given name; a
kunya keeps its nisba and «الرجل الستيني» is that man; Mauritania's «الشيخ» before «ولد» is a
given name, not a title."""
from __future__ import annotations

from tests.core.extract_cases import actor_names, speakers


def test_elias_is_a_given_name_after_a_title():
    body = ('تفقّد وزير الأشغال العامة والنقل فايز رسامني، أمس الثلاثاء، الطرق المتضررة، رافقه خلالها '
            'النائب الياس جرادي ووفد من مجلس الجنوب. من جهته، شدد النائب جرادي على أن "عودة الناس '
            'إلى قراهم تبدأ من الطريق والمياه والكهرباء".')
    assert speakers(body) == ["الياس جرادي"]      # written without its hamza, as the report did


def test_the_man_in_his_sixties_is_the_kunya_named_before():
    body = ('وعلى أطراف جوبر، وقف أبو خالد المصري أمام ما تبقى من منزله. «عدتُ بعد عشر سنوات فلم أجد '
            'إلا الحجارة. نريد أن نعرف متى نستطيع البناء»، قال الرجل الستيني.')
    assert speakers(body) == ["أبو خالد المصري"]
    assert "الرجل الستيني" not in actor_names(body)


def test_a_woman_in_her_forties_with_no_one_named_is_no_actor():
    body = '«لم نعد نحتمل انقطاع المياه»، قالت السيدة الأربعينية وهي تملأ دلوها من الصهريج.'
    assert not any("الأربعينية" in name for name in actor_names(body))


def test_a_mauritanian_sheikh_before_ould_is_his_given_name():
    body = ('من جهته، أوضح مفوض المهرجان الشيخ ولد بلال أن البرنامج يتضمن معرضاً "يستمر حتى الاثنين '
            'المقبل، ويشارك فيه أكثر من ستين حرفياً".')
    assert speakers(body) == ["الشيخ ولد بلال"]


def test_a_sheikh_before_a_given_name_stays_a_title():
    # guard: «الشيخ» before a given name is the title of respect it always was
    body = 'وقال رئيس رابطة العلماء الشيخ أحمد ولد حبيب إن "الرابطة ستعقد مؤتمرها السنوي الشهر المقبل".'
    assert speakers(body) == ["أحمد ولد حبيب"]


def test_the_datelines_capital_is_no_state_actor():
    # round 211: «مقديشو» of the dateline proposed Somalia as an actor (the annotators' no actor);
    # seven earlier folders lost a country so proposed
    body = ('مقديشو – الصومال اليوم\n'
            'وأفاد مصدر أمني لـ"الصومال اليوم" بأن الشرطة ستنشر نحو 10 آلاف عنصر، مضيفاً أن "خطة أمنية '
            'مشتركة ستُعرض على مجلس الأمن الوطني هذا الأسبوع".')
    assert "الصومال" not in actor_names(body, outlet="الصومال اليوم")


def test_a_capital_that_acts_is_still_its_state():
    # guard: the capital standing for its government in the text stays the state
    body = ('مقديشو – الصومال اليوم\n'
            'ورفضت مقديشو الاتفاق، وقال وزير الخارجية أحمد معلم فقي إن "الاتفاق باطل ولاغٍ".')
    assert "الصومال" in actor_names(body, outlet="الصومال اليوم")


def test_a_governor_of_an_unknown_place_named_mohamed_el_amine():
    # round 219 (written after 7f64d49): «كوركول محمد» was read as the governor's name, «الأمين» as an office
    body = ('أشرف والي كوركول محمد الأمين ولد أحمد، صباح أمس الاثنين، على الانطلاقة الرسمية للسنة الدراسية '
            'إلى الولاية. وقال الوالي إن "المدرسة الجمهورية ليست شعاراً".')
    assert speakers(body) == ["محمد الأمين ولد أحمد"]


def test_sayyid_after_a_given_name_is_a_family_name():
    # round 220: «عايدة السيد عبد الله» was cut to «عبد الله», «السيد» read as «Mr»
    body = ('بدورها، أفادت الأمينة العامة لجمعية الهلال الأحمر السوداني عايدة السيد عبد الله بأن متطوعي '
            'الجمعية "سجلوا 230 حالة سوء تغذية حاد بين الأطفال".')
    assert speakers(body) == ["عايدة السيد عبد الله"]
    # guard: «السيد» before a name after a definite title is still «Mr»
    assert speakers('وقال وزير الخارجية السيد أحمد عطاف إن "الحل سياسي".') == ["أحمد عطاف"]


def test_a_nationality_set_off_before_a_west_african_name():
    # round 219: «أليو» normalises like a definite word, so «السنغالي أليو سيسي» was one name
    body = ('أعلن مدرب المنتخب الوطني الليبي لكرة القدم، السنغالي أليو سيسي، أمس الأحد، قائمة تضم 26 لاعباً. '
            'وقال سيسي إن "القائمة تجمع بين الخبرة والشباب". وأضاف المدرب السنغالي: "نحن نبني فريقاً للمستقبل".')
    assert speakers(body) == ["أليو سيسي", "أليو سيسي"]
    assert not any("السنغالي" in name for name in actor_names(body))


def test_a_governors_name_of_five_words_after_an_unknown_place():
    body = ('أشرف والي كوركول محمد الأمين ولد أحمد جدو، صباح أمس الاثنين، على الانطلاقة الرسمية للسنة الدراسية '
            'إلى الولاية. وقال الوالي إن "المدرسة الجمهورية ليست شعاراً". وأضاف ولد أحمد جدو أن "السلطات '
            'الجهوية ستتابع يومياً حضور المدرسين".')
    assert speakers(body) == ["محمد الأمين ولد أحمد جدو", "محمد الأمين ولد أحمد جدو"]


def test_a_square_named_for_a_country_proposes_no_state():
    # round 229: «حتى ميدان فلسطين» proposed Palestine as an actor
    body = ('وأوضح المتحدث باسم البلدية حسني مهنا أن الطواقم «ستبدأ الأحد المقبل العمل على فتح شارع عمر '
            'المختار من دوار الشجاعية حتى ميدان فلسطين».')
    assert "فلسطين" not in actor_names(body)
    # guard: the country acting stays an actor
    assert "فلسطين" in actor_names('وطالبت فلسطين مجلس الأمن بعقد جلسة طارئة، وقال وزير الخارجية رياض المالكي '
                                   'إن "الوضع لا يحتمل".')
