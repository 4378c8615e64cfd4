"""Session 27, continued: speakers the waves of rounds 633-656 got wrong, each wave scored untouched
first and fixed after its scoring; each test fails on the rules before its fix, but the guards."""
from __future__ import annotations

from tests.core.extract_cases import speakers


# Rounds 633-638, written after f7778e9, scored untouched first.

def test_a_verbal_noun_and_the_supporters_after_a_coachs_name():
    # round 633: «حاول المدرب نبيل مرسلي طمأنة الأنصار، قائلاً» was «نبيل مرسلي طمأنة الأنصار»
    body = ('من جهته، حاول المدرب نبيل مرسلي طمأنة الأنصار، قائلاً في ندوة صحفية: "المجموعة الحالية قادرة على '
            'ضمان البقاء".')
    assert speakers(body) == ["نبيل مرسلي"]


def test_a_parent_of_a_student_is_no_verb_of_demanding():
    # round 635: «وقال محمود العلي، وهو ولي أمر طالب …:» read «طالب» as «demanded» and gave «ولي أمر»
    body = ('وقال مصدر إن "الوضع هادئ". وقال محمود العلي، وهو ولي أمر طالب من ريف القامشلي: "قطعنا 70 كيلومتراً '
            'منذ الفجر".')
    assert speakers(body) == ["مصدر", "محمود العلي"]


def test_a_minister_with_a_long_portfolio_and_a_second_office():
    # round 637: «وزير الثقافة والفنون والاتصال والعلاقات مع البرلمان، الناطق …، السيد الحسين ولد مدو،»
    # was read without his name
    body = ('أشرف وزير الثقافة والفنون والاتصال والعلاقات مع البرلمان، الناطق الرسمي باسم الحكومة، السيد الحسين '
            'ولد مدو، أمس الخميس في مدينة شنقيط، على إطلاق البرنامج. وقال الوزير، في كلمة بالمناسبة، إن «مخطوطات '
            'شنقيط ليست ملكاً لأسرها وحدها».')
    assert speakers(body) == ["الحسين ولد مدو"]


def test_the_wali_of_river_nile_state():
    # round 634: «وتفقد والي نهر النيل محمد البدوي عبد الماجد …، وقال» went to the company before him
    body = ('من جهتها، أعلنت الشركة السودانية لتوزيع الكهرباء أن "الحريق تمت السيطرة عليه". وتفقد والي نهر النيل '
            'محمد البدوي عبد الماجد موقع المحطة إلى جانب الفرق، وقال للصحفيين: "لن تنجح هذه الاعتداءات في كسر '
            'إرادة مواطني الولاية".')
    assert speakers(body) == ["الشركة السودانية لتوزيع الكهرباء", "محمد البدوي عبد الماجد"]


def test_a_statement_of_the_state_government_after_lam():
    # round 634: «وبحسب بيان لحكومة الولاية» was not read back to «حكومة ولاية الجزيرة»
    body = ('أعلنت حكومة ولاية الجزيرة، أمس الاثنين، عودة مستشفى ود مدني التعليمي إلى العمل. وبحسب بيان لحكومة '
            'الولاية، فإن "أكثر من 40 ألف أسرة عادت إلى محليات مدني الكبرى".')
    assert speakers(body) == ["حكومة ولاية الجزيرة"]


def test_the_ministry_the_sentence_opened_with_not_the_one_funds_came_from():
    # round 635: «وقالت الوزارة» after «بدأت وزارة المالية والاقتصاد في حكومة إقليم كوردستان … من وزارة
    # المالية الاتحادية» went to the federal ministry
    body = ('بدأت وزارة المالية والاقتصاد في حكومة إقليم كوردستان، اليوم الأربعاء، توزيع رواتب موظفي الإقليم، بعد '
            'يومين من وصول التمويل من وزارة المالية الاتحادية.\n\nوقالت الوزارة، في بيان، إن "التوزيع سيشمل في '
            'المرحلة الأولى موظفي وزارتي التربية والصحة".')
    assert speakers(body) == ["وزارة المالية والاقتصاد في حكومة إقليم كوردستان"]


def test_a_national_red_cross_society():
    # round 638: «الصليب الأحمر السويدي» was the International Committee of the Red Cross
    body = 'بدوره، حذر الصليب الأحمر السويدي من أن "الشروط الجديدة قد تترك عديمي الجنسية في فراغ قانوني لسنوات".'
    assert speakers(body) == ["الصليب الأحمر السويدي"]
    body = 'بدوره، حذر الصليب الأحمر من أن "الشروط الجديدة قد تترك عديمي الجنسية في فراغ قانوني لسنوات".'
    assert speakers(body) == ["اللجنة الدولية للصليب الأحمر"]


def test_kabir_inside_a_nigerian_governors_name():
    # round 638: «حاكم ولاية كانو عبّا كبير يوسف تخصيص …» was cut to «عبّا» («كبير» read as senior)
    body = ('وقالت المديرة العامة للوكالة زبيدة عمر إن "الوضع لا يزال خطيراً". من جهته، أعلن حاكم ولاية كانو عبّا '
            'كبير يوسف تخصيص مليار نايرا لإغاثة المتضررين، مؤكداً أن حكومته "لن تسمح ببناء أي منازل جديدة".')
    assert speakers(body) == ["زبيدة عمر", "عبّا كبير يوسف"]


# Rounds 639-644, written after 7ab8de9, scored untouched first.

def test_a_family_name_in_bal_after_a_womans_given_name():
    # round 640: «وقالت نجاة بالحاج، وهي معلمة …» was «نجاة»
    body = 'وقالت نجاة بالحاج، وهي معلمة تنتظر دورها أمام أحد المصارف: "جئت قبل صلاة الفجر ولم أصل إلى الشباك".'
    assert speakers(body) == ["نجاة بالحاج"]


def test_warada_unmarked_is_replied_before_bianna():
    # round 641: «ورد أبو السعود بأن "…"» went to the MP before him («ورد» read as «came»)
    body = ('وقال رئيس اللجنة النائب محمد العلاقمة إن "بعض الأحياء لم تصلها المياه". ورد وزير المياه رائد أبو السعود '
            'بأن "المملكة تعيش واحداً من أشد مواسم الجفاف".')
    assert speakers(body) == ["محمد العلاقمة", "رائد أبو السعود"]


def test_ali_then_a_family_name_then_qawlahu():
    # round 641: «محمد علي اللامي قوله إن» was cut to «محمد»
    body = ('ونقل البيان عن رئيس هيئة النزاهة الاتحادية محمد علي اللامي قوله إن "استرداد الأموال العامة أولوية لا تقل '
            'أهمية عن إصدار الأحكام".')
    assert speakers(body) == ["محمد علي اللامي"]


def test_a_three_word_foreign_name_opening_with_lam():
    # round 644: «المنسقة الوطنية للحماية المدنية لاورا فيلاسكيث ألسوا» named no one («لاورا» read as «لـ»)
    body = ('وقالت الرئيسة كلاوديا شينباوم إن "أولوية الحكومة الآن هي الوصول". وأوضحت المنسقة الوطنية للحماية المدنية '
            'لاورا فيلاسكيث ألسوا أن "أكثر من 40 ألف شخص أمضوا الليلة في ملاجئ مؤقتة".')
    assert speakers(body) == ["كلاوديا شينباوم", "لاورا فيلاسكيث ألسوا"]


def test_a_club_member_and_former_board_member():
    # round 639: «انتقد المنخرط والعضو السابق في المكتب المديري محمد أقلعي طريقة …» was «انتقد المنخرط»
    body = ('وتابع الطاهري: "لن نسمح بعودة المنع من التعاقدات". في المقابل، انتقد المنخرط والعضو السابق في المكتب '
            'المديري محمد أقلعي طريقة تدبير الانتدابات، معتبراً أن "الفريق صرف أموالاً كبيرة على لاعبين".')
    assert speakers(body) == ["الطاهري", "محمد أقلعي"]


def test_what_the_sentences_subject_described():
    # round 639: «قررت الهيئة الإدارية … احتجاجاً على ما وصفته في لائحتها بـ"…"» went to the company named last
    body = ('قررت الهيئة الإدارية الجهوية للاتحاد الجهوي للشغل بقفصة، خلال اجتماعها أمس، الدخول في إضراب بكل وحدات '
            'شركة فسفاط قفصة، احتجاجاً على ما وصفته في لائحتها بـ"التنصل المتواصل من تطبيق اتفاقيات 2023".')
    assert speakers(body) == ["الهيئة الإدارية الجهوية للاتحاد الجهوي للشغل بقفصة"]


def test_a_source_from_the_wilaya_after_according_to():
    # round 639: «وفق ما أكده مصدر من الولاية لموزاييك، مضيفاً أن» went to «ممثلين» and then to an earlier source
    body = ('في المقابل، أكد مصدر من إدارة الشركة لموزاييك أن "الشركة صرفت كل المستحقات". ومن المنتظر أن يلتقي والي '
            'قفصة ممثلين عن الجامعة العامة للمناجم يوم الاثنين المقبل، وفق ما أكده مصدر من الولاية لموزاييك، مضيفاً '
            'أن "اللقاء سيخصص لضبط رزنامة جلسات التفاوض".')
    assert speakers(body) == ["مصدر من إدارة الشركة", "مصدر من الولاية"]


def test_sources_informed_of_the_deliberations():
    # round 644: «مصادر مطلعة على مداولات المجلس» was cut to «مصادر مطلعة»
    body = 'في المقابل، قالت مصادر مطلعة على مداولات المجلس إن “عدداً من الأعضاء يرون أن خفضاً إضافياً قد يُطرح”.'
    assert speakers(body) == ["مصادر مطلعة على مداولات المجلس"]


def test_a_national_weather_service():
    # round 644: «المرفق الوطني للأرصاد الجوية» was read as a name, «المرفق الوطني»
    body = 'بدوره، أفاد المرفق الوطني للأرصاد الجوية، في نشرته المسائية، بأن "بقايا الإعصار ستواصل التسبب بأمطار غزيرة".'
    assert speakers(body) == ["المرفق الوطني للأرصاد الجوية"]


# Rounds 645-650, written after 0c84dde, scored untouched first (650 at 0.80, below 0.85).

def test_a_coachs_satisfaction_is_no_family_name():
    # round 649: «أبدى مدرب فريق حرارطيري محمد نور طاهر رضاه عن أداء لاعبيه» read «رضاه» into his name
    body = ('بدوره، أبدى مدرب فريق حرارطيري محمد نور طاهر رضاه عن أداء لاعبيه رغم الخسارة، قائلاً: "لعبنا أمام فريق '
            'مدعوم بجمهوره".')
    assert speakers(body) == ["محمد نور طاهر"]


def test_a_feminine_verb_goes_on_with_kanat_subject_not_a_man_named_between():
    # round 646: «وكانت النيابة العامة قد أحالت …، بعد أن أمر النائب العام المستشار محمد شوقي …، وذكرت في
    # بيان» went to the prosecutor-general
    body = ('وكانت النيابة العامة قد أحالت المتهم إلى المحاكمة الجنائية في فبراير الماضي، بعد أن أمر النائب العام '
            'المستشار محمد شوقي بالتحفظ على أمواله، وذكرت في بيان وقتها أن التحقيقات "كشفت تلقيه نحو 43 مليون جنيه".')
    assert speakers(body) == ["النيابة العامة"]


def test_an_iraqi_director_general_of_health():
    # round 647: «مدير عام صحة كربلاء صباح الموسوي» was «مدير عام صحة»
    body = 'بدوره، قال مدير عام صحة كربلاء صباح الموسوي إن "الدائرة جهزت 40 مفرزة طبية ثابتة".'
    assert speakers(body) == ["صباح الموسوي"]


def test_a_minister_of_environment_and_climate_change():
    # round 650: «وزيرة البيئة وتغير المناخ البرازيلية مارينا سيلفا» was «وتغير المناخ»
    body = ('من جهتها، حثت وزيرة البيئة وتغير المناخ البرازيلية مارينا سيلفا الدول على القيام بذلك "في أسرع وقت '
            'ممكن، وقبل وصول الوفود إلى بيليم".')
    assert speakers(body) == ["مارينا سيلفا"]


def test_a_latin_initial_with_its_point_inside_a_name():
    # round 650: «روبرت إف. كينيدي الابن» was cut at the point, so «المنظمة» got his words
    body = ('في المقابل، قال وزير الصحة الأمريكي روبرت إف. كينيدي الابن، في رسالة مصورة، إن المنظمة «باتت أسيرة '
            'للبيروقراطية والمصالح الضيقة».')
    assert speakers(body) == ["روبرت إف. كينيدي الابن"]


def test_the_other_co_chair_with_a_two_word_nationality():
    # round 650: «أما الرئيسة المشاركة الأخرى، الجنوب أفريقية بريشس ماتسوسو، فقالت» went to the other co-chair
    body = ('من جانبها، اعتبرت الرئيسة المشاركة لهيئة التفاوض، الفرنسية آن-كلير أمبرو، أن الاتفاق «ليس نهاية الطريق '
            'بل بدايته». أما الرئيسة المشاركة الأخرى، الجنوب أفريقية بريشس ماتسوسو، فقالت إن «الدول النامية لن تقبل '
            'مجدداً أن تقف في آخر الطابور».')
    assert speakers(body) == ["آن-كلير أمبرو", "بريشس ماتسوسو"]


def test_fairy_is_no_verb_of_seeing():
    # round 650: «كريسبين فيري لـ"شينخوا"» was cut to «كريسبين» («فيري» read as «فيرى»)
    body = ('وقال الوزير إن "العمل جار على قدم وساق". بدوره، قال المتحدث باسم وزارة العلاقات الدولية والتعاون كريسبين '
            'فيري لـ"شينخوا" إن الوزارة "أنهت كل الترتيبات اللوجستية".')
    assert speakers(body) == ["الوزير", "كريسبين فيري"]


def test_quoted_names_of_a_project_and_a_road_map():
    # round 650: «عبر مشروع "أريد أن أعيش" الحكومي» and «ناقش "خريطة طريق باكو-بيليم" لحشد …» were quotations
    body = ('وأوضح ياتسينكو أن بين الأسرى عسكريين سلّموا أنفسهم عبر مشروع "أريد أن أعيش" الحكومي. وأفادت وزارة '
            'الخارجية بأن الاجتماع ناقش "خريطة طريق باكو-بيليم" لحشد 1.3 تريليون دولار سنوياً.')
    assert speakers(body) == []


# Rounds 651-656, written after 3cfc9cf, scored untouched first; three of their errors fixed at the end.

def test_a_ukrainian_family_name_in_iha_before_the_allies():
    # round 656: «وزير الخارجية الأوكراني أندريه سيبيها الحلفاء إلى» was cut to «أندريه» («ها» read as «her»)
    body = 'في المقابل، دعا وزير الخارجية الأوكراني أندريه سيبيها الحلفاء إلى "زيادة الضغط على موسكو عبر عقوبات أشد".'
    assert speakers(body) == ["أندريه سيبيها"]


def test_a_family_name_shaped_as_an_office_before_those_called_on():
    # round 653: «رئيس مجلس النواب مازن القاضي النواب إلى» was cut to «مازن»
    body = 'بدوره، دعا رئيس مجلس النواب مازن القاضي النواب إلى "نقاش مسؤول يراعي الظروف الإقليمية الصعبة".'
    assert speakers(body) == ["مازن القاضي"]


def test_bi_on_a_noun_after_a_bare_office_is_no_name():
    # round 656: «وأشاد الوزير بأداء قوات الأمن، قائلا» gave the words to «بأداء»
    body = ('وأكد الوزير أن "الحكومة لن تتسامح". وأشاد الوزير بأداء قوات الأمن، قائلا إنها "تصرفت بأقصى درجات ضبط '
            'النفس".')
    assert speakers(body) == ["الوزير"] * 2
