"""Session 31, continued from `test_extract_wave45_s31.py`: the speakers the waves of rounds 807-848
got wrong, each wave scored untouched first and fixed after its scoring; each test fails on the
rules the wave was written after, but the guards."""
from __future__ import annotations

from tests.core.extract_cases import actor_names, extracted, speakers


# The wave of rounds 807-812, written after 4a3f5417 and scored untouched first.

def test_to_us_after_a_verb_of_speech_is_no_name():
    # round 807: «"…"، قالت لنا والدموع في عينيها» gave an actor «لنا والدموع»
    body = ('وأمام مدخل ميناء بني صاف، كانت السيدة خيرة بن عودة تنتظر أي خبر عن ابنها. "ابني خرج ليلة الخميس ولم يعد، '
            'ولا أحد يجيب عن أسئلتنا"، قالت لنا والدموع في عينيها.')
    assert "لنا والدموع" not in actor_names(body)
    assert "لنا والدموع" not in speakers(body)


def test_a_village_set_before_the_clause_and_a_negated_verb():
    # round 807: «وبقرية تاوريرث المجاورة، لم يُخفِ الفلاح أعمر آيت سعيد حسرته، وقال:» went to the speaker before
    body = ('وأضاف المصدر أن "مصالح الدرك الوطني فتحت تحقيقاً".\n\nوبقرية تاوريرث المجاورة، لم يُخفِ الفلاح أعمر آيت '
            'سعيد حسرته، وقال: "فقدت في ليلة واحدة أكثر من 300 شجرة زيتون ورثتها عن والدي".')
    assert speakers(body) == ["المصدر", "أعمر آيت سعيد"]


def test_the_tongue_of_the_defence_is_counsel_not_according_to():
    # round 807: «أكد لسان الدفاع الأستاذ أنيس الحمروني أن» gave «الدفاع»
    body = 'في المقابل، أكد لسان الدفاع الأستاذ أنيس الحمروني أن "منوّبه تاجر جملة يحمل ترخيصاً قانونياً".'
    assert speakers(body) == ["أنيس الحمروني"]
    # guard: «على لسان» is still «according to», and no title of the minister's
    body = 'وجاء على لسان الوزير أحمد سالم أن "الوضع مستقر تماماً في كل المناطق".'
    assert speakers(body) == ["أحمد سالم"]
    assert [r["title"] for r in extracted(body) if r["kind"] == "actor"] == ["الوزير"]


def test_amin_then_a_given_name_and_a_family_name_after_a_calling():
    # round 808: «قال المحامي أمين فؤاد سلامة، دفاع المتهم الأول،» gave «فؤاد سلامة»
    body = ('في المقابل، قال المحامي أمين فؤاد سلامة، دفاع المتهم الأول، لـ"بوابة الأهرام" إن "موكلي موظف تقني لم '
            'يكن يعلم مصير الأموال".')
    assert speakers(body) == ["أمين فؤاد سلامة"]


def test_a_family_name_shaped_as_a_verb_before_qad():
    # round 808: «… في ليبيا هانا سيروا تيتيه قد دعت» gave «هانا»
    body = ('وكانت الممثلة الخاصة للأمين العام للأمم المتحدة في ليبيا هانا سيروا تيتيه قد دعت، في بيان أمس الاثنين، '
            'إلى "إنشاء آلية موحدة وشفافة لإدارة أموال إعادة الإعمار".')
    assert speakers(body) == ["هانا سيروا تيتيه"]


def test_a_trade_in_construct_and_where_before_the_aside():
    # round 808: «وقال تاجر عملة في السوق، طلب عدم نشر اسمه،» gave «تاجر»
    body = 'وقال تاجر عملة في السوق، طلب عدم نشر اسمه، "الناس تنتظر لترى هل ستنفذ المصارف فعلاً".'
    assert speakers(body) == ["تاجر عملة في السوق"]


def test_a_woman_prosecutor_is_a_title():
    # round 812: «وكانت المدعية العامة إيما فالين قد طالبت …، وقالت» gave «المدعية العامة إيما فالين»
    body = ('وكانت المدعية العامة إيما فالين قد طالبت بعقوبات أشد، وقالت للصحفيين عقب الجلسة إنها "ستدرس الحكم '
            'بعناية قبل أن تقرر".')
    assert speakers(body) == ["إيما فالين"]


def test_a_given_name_that_is_an_adjective_right_after_said():
    # round 811: «وقال صادق عبدي فارح، شقيق أحد الضحايا،» gave «عبدي فارح»
    body = ('وقال صادق عبدي فارح، شقيق أحد الضحايا، لـ"الصومال الجديد": "لن يعيد الحكم أخي، لكنه يطمئننا بأن دمه لم '
            'يذهب هدراً".')
    assert speakers(body) == ["صادق عبدي فارح"]
    assert "عبدي فارح" not in actor_names(body)


# The wave of rounds 813-818, written after 994aa504 and scored untouched first.

def test_whom_a_family_name_called_on_is_the_object():
    # round 816: «ودعا شعبان المؤسسات الدولية إلى "…"» after «مؤيد شعبان قوله:» gave «شعبان المؤسسات»;
    # round 806 likewise «ودعا توكورا الشركات إلى» after «ماساكازو توكورا بالقرار»
    body = ('ونقل التقرير عن رئيس الهيئة مؤيد شعبان قوله: "ما يجري في موسم الزيتون سياسة ممنهجة". ودعا شعبان '
            'المؤسسات الدولية إلى "توفير حماية فعلية للمزارعين بدل الاكتفاء ببيانات الإدانة".')
    assert speakers(body) == ["مؤيد شعبان", "مؤيد شعبان"]
    body = ('بدوره، رحّب رئيس الاتحاد ماساكازو توكورا بالقرار، معتبراً أن "الاقتصاد بات قادراً على تحمل فائدة أعلى". '
            'ودعا توكورا الشركات إلى "زيادة الرواتب بنسبة لا تقل عن 5%" خلال المفاوضات.')
    assert speakers(body) == ["ماساكازو توكورا", "ماساكازو توكورا"]


def test_where_she_is_from_before_the_relative_that_speaks():
    # round 817: «الطالبة سهام عبد الرحمن ورسمي من مدينة بيدوا، التي قالت» went to the body before
    body = ('وأضافت الهيئة أن "الطعون في النتائج تقبل حتى نهاية الأسبوع المقبل".\n\nوحلّت في المركز الأول الطالبة سهام '
            'عبد الرحمن ورسمي من مدينة بيدوا، التي قالت لـ"الشاهد": "كنت أذاكر على ضوء مصباح يعمل بالطاقة الشمسية".')
    assert speakers(body) == ["الهيئة", "سهام عبد الرحمن ورسمي"]


def test_a_definite_verbal_noun_after_a_body_is_what_it_renewed():
    # round 817: «جددت وزارة … في ولاية بونتلاند التأكيد على أن» gave «… بونتلاند التأكيد»
    body = ('في المقابل، جددت وزارة التربية والتعليم العالي في ولاية بونتلاند التأكيد على أن "طلاب الولاية جلسوا '
            'لامتحاناتهم الخاصة".')
    assert speakers(body) == ["وزارة التربية والتعليم العالي في ولاية بونتلاند"]
    # guard: a province shaped as a verbal noun stays the source's («مكتب انتخابات الأنبار»)
    body = 'وأفاد مصدر في مكتب انتخابات الأنبار بأن "عدد المرشحين المصادق عليهم في المحافظة بلغ 265 مرشحاً".'
    assert speakers(body) == ["مصدر في مكتب انتخابات الأنبار"]


def test_a_noun_and_his_ministry_after_a_title_are_no_name():
    # round 815: «وعرض الوزير خطة وزارته للصيف، مؤكداً أن» gave an actor «خطة وزارته»
    body = ('وقال المشهداني إن "المواطن لا يريد أرقاماً". وعرض الوزير خطة وزارته للصيف، مؤكداً أن "الإنتاج بلغ 28 '
            'ألف ميغاواط لأول مرة".')
    assert not {"خطة", "خطة وزارته"} & set(actor_names(body))


def test_as_she_wept_is_no_name():
    # round 815: «قالت والدة أحد المتهمين وهي تبكي: "…"» gave an actor «وهي تبكي»
    body = ('وأمام مبنى المحكمة، قالت والدة أحد المتهمين وهي تبكي: "ابني طالب جامعي وليس تاجر سموم، وسنبقى نطرق كل '
            'الأبواب".')
    assert speakers(body) == ["والدة أحد المتهمين"]


# The wave of rounds 819-824, written after fb78e004 and scored untouched first.

def test_hasab_al_rasoul_is_a_name_not_according_to():
    # round 820: «قالت المواطنة آمنة عبد الله حسب الرسول» gave «الرسول»
    body = 'وفي حي الرديف، قالت المواطنة آمنة عبد الله حسب الرسول لـ"راديو دبنقا": "نشتري برميل الماء بخمسة آلاف جنيه".'
    assert speakers(body) == ["آمنة عبد الله حسب الرسول"]


def test_the_accused_a_judge_addressed_are_his_object():
    # round 823: «وخاطب القاضي المتهمين قائلاً:» gave «القاضي المتهمين»
    body = ('وقال رئيس المحكمة القاضي سيد أحمد ولد الشيخ سيديا إن "المحكمة ثبت لديها أن المتهم الأول مذنب". وخاطب '
            'القاضي المتهمين قائلاً: "من حقكم استئناف هذا الحكم خلال خمسة عشر يوماً".')
    assert speakers(body) == ["سيد أحمد ولد الشيخ سيديا", "سيد أحمد ولد الشيخ سيديا"]


def test_a_trade_and_a_maghreb_family_name_in_bal():
    # round 820: «قال تاجر العملة فرج بالحاج إن» gave «تاجر العملة فرج بالحاج»
    body = ('وفي سوق المشير بالمدينة القديمة، قال تاجر العملة فرج بالحاج إن "الدولار استقر عند 7.2 دينار في السوق '
            'الموازية".')
    assert speakers(body) == ["فرج بالحاج"]
    # guard (round 304): «تاجر المواد الغذائية عمر بالحاج لـ"…"» keeps the family name before the one told
    body = 'وفي سوق المدينة، قال تاجر المواد الغذائية عمر بالحاج لـ"ترهونة نيوز" إن "سعر كيس الدقيق ارتفع".'
    assert speakers(body, outlet="ترهونة نيوز") == ["عمر بالحاج"]


def test_congolese_is_a_nationality():
    # round 819: «الأمين العام للكونفدرالية، الكونغولي فيرون موسينغو-أومبا،» kept «الكونغولي»
    body = ('وقال الأمين العام للكونفدرالية، الكونغولي فيرون موسينغو-أومبا، في ندوة صحفية عقب الزيارة، إن "ما شاهدناه '
            'في طنجة يرقى إلى معايير كأس العالم".')
    assert speakers(body) == ["فيرون موسينغو-أومبا"]


def test_a_source_from_a_moroccan_prefecture():
    # round 819: «وحسب مصدر من عمالة إقليم تازة، فإن» gave «مصدر من»
    body = 'وحسب مصدر من عمالة إقليم تازة، فإن "السلطات الإقليمية تدرس اقتناء حافلات إضافية".'
    assert speakers(body) == ["مصدر من عمالة إقليم تازة"]


def test_those_a_council_called_on_are_no_word_of_its_name():
    # round 824: «دعا مجلس الحجاج البريطانيين الراغبين في أداء الفريضة إلى» kept «الراغبين»
    body = ('من جهته، دعا مجلس الحجاج البريطانيين الراغبين في أداء الفريضة إلى "التحقق من ترخيص أي وكالة قبل دفع أي '
            'مبلغ".')
    assert speakers(body) == ["مجلس الحجاج البريطانيين"]
    # guard: a body's own plural of people before «في»
    assert speakers('وقالت جمعية المحامين في بنغازي إن "القرار مخالف للقانون".') == ["جمعية المحامين في بنغازي"]


def test_an_aside_that_says_what_the_one_described_is_called():
    # round 820: «وروى أحد الناجين، وهو شاب سوداني يدعى مجاهد عثمان إدريس، لـ"…" أن» gave «أحد الناجين»
    body = ('وروى أحد الناجين، وهو شاب سوداني يدعى مجاهد عثمان إدريس، لـ"ليبيا الأحرار" أن المهربين "أجبرونا على '
            'الصعود رغم ارتفاع الموج".')
    assert speakers(body, outlet="ليبيا الأحرار") == ["مجاهد عثمان إدريس"]


def test_experts_expecting_with_no_quotation_are_no_actor():
    # round 821: «فيما يتوقع خبراء في الموارد المائية ألا …» proposed «خبراء في الموارد المائية»
    body = 'فيما يتوقع خبراء في الموارد المائية ألا يستعيد السد نصف طاقته التخزينية قبل ربيع 2027.'
    assert actor_names(body) == []
    # guard: quoted, they are the speaker
    body = 'وقال خبراء في الموارد المائية إن "السد لن يستعيد نصف طاقته التخزينية قبل ربيع 2027".'
    assert speakers(body) == ["خبراء في الموارد المائية"]


def test_a_club_written_alone_elsewhere_is_no_word_of_its_coachs_name():
    # rounds 817 and 823: «مدرب هورسيد فرحان عبدي نور» (after «فوزه على هورسيد») kept the club in the name
    body = ('وكان الفريق قد حقق اللقب بعد فوزه على هورسيد بهدفين. في المقابل، اعترف مدرب هورسيد فرحان عبدي نور بأن '
            'فريقه "دفع ثمن إهدار ركلة جزاء في الدقيقة السبعين".')
    assert speakers(body) == ["فرحان عبدي نور"]


def test_fao_by_its_short_name():
    # round 823: «منظمة فاو» is the FAO the annotators name
    body = 'وقالت منظمة فاو في تقريرها إن "تقاسم البيانات بين دول المنطقة شرط أساسي لحماية المخزون".'
    assert speakers(body) == ["منظمة الأغذية والزراعة للأمم المتحدة"]


def test_an_aside_on_whose_a_body_is_before_qad():
    # guard (rounds 505, 559): «وكانت وحدة …، التابعة لمنظمة الأغذية والزراعة، قد حذرت» is the unit's
    body = ('وكانت وحدة إدارة المياه والأراضي في الصومال، التابعة لمنظمة الأغذية والزراعة للأمم المتحدة، قد حذرت من أن '
            '"منسوب النهر في بلدوين لا يزال مرتفعاً".')
    assert speakers(body) == ["وحدة إدارة المياه والأراضي في الصومال"]


# The last wave, rounds 825-830, written after ca79ab9b and scored untouched first; fixed after.

def test_a_korean_name_hyphened_to_a_word_shaped_as_a_pronoun():
    # round 830: «محامي الدفاع لي سونغ-هو» gave «لي سونغ»
    body = 'في المقابل، قال محامي الدفاع لي سونغ-هو لـ"KBS العربية" إن موكله "سيستأنف الحكم خلال الأيام السبعة المقبلة".'
    assert speakers(body) == ["لي سونغ-هو"]


def test_malaysias_honorific_is_no_word_of_the_name():
    # round 830: «وزير … داتوك سري فضيلة يوسف» kept the honorific in the name
    body = ('أعلن نائب رئيس الوزراء وزير التحول في الطاقة وتحويل المياه داتوك سري فضيلة يوسف اليوم أن الحكومة وافقت '
            'على المشروع. وقال فضيلة يوسف إن "المشروع سيضمن أمن المياه لسكان بينانغ".')
    assert speakers(body) == ["فضيلة يوسف"]


def test_an_exam_candidate_is_a_calling():
    # round 825: «قالت المترشحة ملاك بوشامة» kept «المترشحة»
    body = 'وقالت المترشحة ملاك بوشامة، شعبة علوم تجريبية: "راجعنا كثيراً، والخوف موجود، لكننا واثقون".'
    assert speakers(body) == ["ملاك بوشامة"]


def test_what_a_body_said_is_no_word_of_its_place():
    # round 830: «عن النيابة العامة في منطقة سيول المركزية قولها» gave a body ending on «قولها»
    body = ('ونقلت وكالة يونهاب عن النيابة العامة في منطقة سيول المركزية قولها إن "الشبكة كانت تعمل كشركة حقيقية". '
            'وأعلنت النيابة أنها "ستدرس الطعن على الحكم بعد تسلم نسخته الكاملة".')
    assert "النيابة العامة في منطقة سيول المركزية قولها" not in actor_names(body)


def test_another_portfolio_of_a_ministry():
    # round 822: «وزارة الثروة الزراعية والثروة السمكية وموارد المياه» was cut before «وموارد»
    body = 'وقالت وزارة الثروة الزراعية والثروة السمكية وموارد المياه في بيان إن "نحو 22 بالمائة من الأفلاج الحية تأثرت".'
    assert speakers(body) == ["وزارة الثروة الزراعية والثروة السمكية وموارد المياه"]


def test_an_early_warning_centre_of_what():
    # round 828: «المركز الوطني للإنذار المبكر من المخاطر المتعددة» was cut before «من»
    body = 'وأفاد المركز الوطني للإنذار المبكر من المخاطر المتعددة بأن "تأثيرات المنخفض الجوي ستستمر حتى مساء الغد".'
    assert speakers(body) == ["المركز الوطني للإنذار المبكر من المخاطر المتعددة"]


# The wave of rounds 831-836, written after c67f5c4b and scored untouched first.

def test_parents_a_minister_called_on_are_his_object():
    # round 835: «ودعا الوزير الآباء إلى "…"» gave «الوزير الآباء»
    body = ('ونقل البيان عن الوزير علي حاجي قوله: "لا نقبل". ودعا الوزير الآباء إلى "فتح أبوابهم أمام الفرق وعدم '
            'الاستماع إلى الشائعات".')
    assert speakers(body) == ["علي حاجي", "علي حاجي"]
    # round 831: «ودعا تريعة المتساكنين وزوار المنطقة إلى» gave «تريعة المتساكنين»
    body = ('وأضاف تريعة أن "أكثر من 200 عون تدخلوا". ودعا تريعة المتساكنين وزوار المنطقة إلى "تجنب إشعال النار في '
            'الغابات".')
    assert speakers(body) == ["تريعة", "تريعة"]


def test_a_question_a_judge_put_and_then_he_replied():
    # round 831: «وواجهته رئيسة الجلسة بسؤال: "…"، فرد بوعزيز: "…"» gave «بسؤال» and «فرد بوعزيز»
    body = ('وقال بوعزيز إن "الصفقات سليمة". وواجهته رئيسة الجلسة بسؤال: "كيف تفسر تحويل 40 مليون دينار إلى '
            'حسابك؟"، فرد بوعزيز: "ذلك مبلغ قرض عائلي موثق".')
    assert not {"بسؤال", "فرد بوعزيز"} & set(actor_names(body))
    assert "بوعزيز" in speakers(body)
    # guard (round 71): «بيرام الداه اعبيد» is a name, not «بـ» on a noun
    body = 'وقال النائب بيرام الداه اعبيد إن "المعارضة لن تشارك في حوار تُحدَّد نتائجه سلفاً".'
    assert speakers(body) == ["بيرام الداه اعبيد"]


def test_a_teams_quoted_nickname_before_the_apposition_that_names_its_coach():
    # round 835: «وكان مدرب المنتخب الوطني "المرابطون"، الإسباني أريتز لوبيز غاراي، قد دعا» gave «… المرابطون»
    body = ('وكان مدرب المنتخب الوطني "المرابطون"، الإسباني أريتز لوبيز غاراي، قد دعا في وقت سابق إلى "رفع مستوى '
            'المنافسة المحلية حتى يجد المنتخب لاعبين".')
    assert speakers(body) == ["أريتز لوبيز غاراي"]


def test_a_described_expert_named_by_five_words():
    # round 835: «قال خبير الفيفا البرتغالي جواو فيليبي ماركيش دا كوستا، المشرف على الدورة،» gave the description
    body = ('من جهته، قال خبير الفيفا البرتغالي جواو فيليبي ماركيش دا كوستا، المشرف على الدورة، إن "الحكام '
            'الموريتانيين أظهروا استعداداً كبيراً".')
    assert speakers(body) == ["جواو فيليبي ماركيش دا كوستا"]


# The wave of rounds 837-842, written after ef34bd44 and scored untouched first.

def test_sayyid_after_a_conjoined_portfolio_is_a_title_of_address():
    # round 839: «وزير الخارجية والمغتربين السيد أسعد حسن الشيباني» gave «والمغتربين السيد أسعد حسن الشيباني»
    body = ('ونقل البيان عن وزير الخارجية والمغتربين السيد أسعد حسن الشيباني قوله: "سوريا الجديدة لا تسعى إلى الحرب '
            'مع أحد".')
    assert speakers(body) == ["أسعد حسن الشيباني"]


def test_a_spokesman_for_the_victims_families():
    # round 839: «وقال الناطق باسم أهالي ضحايا انفجار المرفأ ويليام نون إن» gave «أهالي ضحايا»
    body = 'وقال الناطق باسم أهالي ضحايا انفجار المرفأ ويليام نون إن "صبرنا طال خمس سنوات، ولن نقبل بأي تسوية".'
    assert speakers(body) == ["ويليام نون"]


def test_a_teams_star_is_a_calling():
    # round 840: «وقال نجم المنتخب المعز علي إن» gave «نجم المنتخب المعز»
    body = 'وقال نجم المنتخب المعز علي إن "الفوز في المباراة الافتتاحية سيحدد شكل مشوارنا".'
    assert speakers(body) == ["المعز علي"]


# The wave of rounds 843-848, written after 63104283 and scored untouched first.

def test_an_indefinite_calling_and_a_nationality_before_a_name():
    # round 843: «أوضح عازف الساكسفون الأمريكي ديفيد أوكونور-ميلز أن» kept the calling in the name
    body = ('وعلى هامش الندوة، أوضح عازف الساكسفون الأمريكي ديفيد أوكونور-ميلز أن "الإقامة الفنية التي تسبق الحفلات '
            'هي أجمل ما في المهرجان".')
    assert speakers(body) == ["ديفيد أوكونور-ميلز"]


def test_a_pupils_guardian_named():
    # round 844: «قالت ولية الأمر هاجر الطيب، المقيمة في مدينة عطبرة:» kept «ولية الأمر» in the name
    body = 'وفي اتصال مع "الجريدة"، قالت ولية الأمر هاجر الطيب، المقيمة في مدينة عطبرة: "ابني درس عامين في ظروف النزوح".'
    assert speakers(body) == ["هاجر الطيب"]
