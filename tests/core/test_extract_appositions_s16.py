"""Session 16: a name set off by commas after a title the parse had closed on a word of its own
(round 203, Maghreb): a club no list holds read as the coach's name («مدرب نهضة بركان، التونسي
معين الشعباني،»), a place ending a body's name («مدير شركة الخدمات العامة سرت، عبد الرزاق بن
ناجي،»), a governor of a place no gazetteer holds («والي آدرار، سيدي ولد محمد الأمين،»), a
second office set off before the name («وزير …، الناطق باسم الحكومة، الحسين ولد مدو،»), and the
Maghreb's sports league («العصبة الوطنية …») as a body that speaks."""
from __future__ import annotations

from tests.core.extract_cases import actor_names, speakers


def test_a_coach_of_a_club_no_list_holds_is_the_name_set_off_after_it():
    body = ('أكد مدرب نهضة بركان، التونسي معين الشعباني، أن فريقه "سيدخل مواجهة الجيش الملكي بحثاً '
            'عن النقاط الثلاث ولا شيء غيرها"، رغم الغيابات.')
    assert speakers(body) == ["معين الشعباني"]
    assert "نهضة بركان" not in actor_names(body)


def test_a_place_ending_a_bodys_name_stays_in_the_title():
    body = ('من جانبه، أوضح مدير شركة الخدمات العامة سرت، عبد الرزاق بن ناجي، أن الشركة "دعمت أسطولها '
            'بـ15 شاحنة ضاغطة جديدة".')
    assert speakers(body) == ["عبد الرزاق بن ناجي"]


def test_a_governor_of_an_unknown_place_named_by_a_mauritanian_name():
    for body in ('من جانبه، أكد والي آدرار، سيدي ولد محمد الأمين، أن السلطات الجهوية "اتخذت كل الترتيبات '
                 'لاستقبال الضيوف" إلى المدينة.',
                 'من جانبه، أكد والي آدرار سيدي ولد محمد الأمين أن السلطات الجهوية "اتخذت كل الترتيبات '
                 'لاستقبال الضيوف" إلى المدينة.'):
        assert speakers(body) == ["سيدي ولد محمد الأمين"]


def test_a_second_office_set_off_before_the_name():
    body = ('أشرف وزير الثقافة والفنون والاتصال والعلاقات مع البرلمان، الناطق باسم الحكومة، الحسين ولد '
            'مدو، أمس الثلاثاء على اجتماع اللجنة.\n'
            'وأوضح الوزير أن البرنامج يتضمن "أمسيات للشعر الحساني والفصيح".')
    assert speakers(body) == ["الحسين ولد مدو"]


def test_the_league_speaks_for_its_announcement():
    body = ('وقال الشعباني إن "الإرهاق بدأ يظهر على اللاعبين".\n'
            'وكانت العصبة الوطنية لكرة القدم الاحترافية قد أعلنت، مساء الثلاثاء، في بلاغ نشرته على '
            'موقعها الرسمي، أن المباراة ستقام يوم الأحد بدلاً من السبت، موضحة أن القرار اتُّخذ "لأسباب '
            'تنظيمية مرتبطة بتزامن المباراة".')
    assert speakers(body) == ["الشعباني", "العصبة الوطنية لكرة القدم الاحترافية"]


def test_a_named_minister_keeps_his_name_before_a_comma():
    # guards: a whole name after its title, and a title set off before a name, read as before
    body = 'أكد وزير الخارجية الفرنسي، جان نويل بارو، أن بلاده "لن تقبل بذلك أبداً".'
    assert speakers(body) == ["جان نويل بارو"]
    body = 'وقال رئيس الحكومة عزيز أخنوش، في كلمة، إن "الحكومة ماضية في الإصلاح".'
    assert speakers(body) == ["عزيز أخنوش"]


def test_a_calling_set_off_after_a_title_opens_the_name():
    # round 191: the hospital's own name («ترشين إبراهيم») was read as the doctor's
    body = ('من جهته، كشف رئيس مصلحة الاستعجالات الطبية بمستشفى ترشين إبراهيم، الدكتور يوسف باعمارة، '
            'أن المصلحة «تستقبل في ذروة الصيف ما بين 15 و20 حالة لسعة يوميا».')
    assert speakers(body) == ["يوسف باعمارة"]


def test_a_libyan_given_name_written_with_al():
    body = ('وقال رئيس المجلس التسييري، المهندس الصقر بوجواري، إن “شبكة تصريف مياه الأمطار يعود '
            'أغلبها إلى سبعينيات القرن الماضي”. وأضاف بوجواري أن البلدية “كلفت ثلاث شركات وطنية بشفط المياه”.')
    assert speakers(body) == ["الصقر بوجواري", "الصقر بوجواري"]


def test_the_federation_refers_back_to_itself_named_in_full():
    # «الاتحادية» was looked for only as «الاتحاد» («الاتحاد الجزائري …»), and so came out cut
    body = ('وقال لوبيز غاراي، خلال مؤتمر صحفي عقده بمقر الاتحادية الموريتانية لكرة القدم، إن "المعسكر '
            'سيكون فرصة لتجريب عناصر شابة". وكانت الاتحادية قد أعلنت، في بيان الأسبوع الماضي، أن "أشغال '
            'صيانة أرضية الملعب اكتملت بنسبة 95 في المائة".')
    assert speakers(body) == ["لوبيز غاراي", "الاتحادية الموريتانية لكرة القدم"]


def test_a_place_in_bi_before_the_name_set_off_is_the_titles():
    # round 213: «باشتوكة آيت باها» (a province, in «بـ») was read as the director's name
    body = ('وقال المدير الإقليمي للتربية الوطنية باشتوكة آيت باها، عبد اللطيف أوبلا، في تصريح لـ"اشطاري '
            '24"، إن «المديرية سجلت خصاصاً في 37 منصباً على مستوى الإقليم».')
    assert speakers(body) == ["عبد اللطيف أوبلا"]


def test_a_moroccan_region_of_two_cities_stays_in_the_title():
    body = ('من جهته، اعتبر رئيس فرع جهة مراكش آسفي للجمعية المغربية لحماية المال العام، محمد الصديقي، أن '
            'الحكم «رسالة واضحة لكل من يتعامل مع ميزانية الجماعة كأنها ملك خاص».')
    assert speakers(body) == ["محمد الصديقي"]
    assert "آسفي" not in actor_names(body)
