"""Session 18: titles and names on reports never seen before (rounds 279-284, written after the
rules froze at d9340fa and scored untouched first), and older misses of rounds 243, 247 and 268.
A body's quoted name inside a person's title, a place after «لـ/بـ», an outgoing or a former
president, a family name shaped like an office, a compass nisba, a mayor by his council's name."""
from __future__ import annotations

from tests.core.extract_cases import actor_names, speakers


def test_a_bodys_quoted_name_inside_a_title_is_no_name():
    # round 268: «بلا حدود» was the coordinator's name
    body = ('قالت منسقة منظمة "أطباء بلا حدود" في الولاية كلير موريسون إن المنظمة "ستفتتح عيادة '
            'متنقلة في مركز الإيواء الأحد المقبل".')
    assert speakers(body) == ["كلير موريسون"]


def test_a_quoted_bank_then_its_economist():
    # guard: the mark after «كوميرتس بنك» closes the bank's name, it opens no second one
    body = ('ويرى كبير الاقتصاديين في مصرف "كوميرتس بنك" يورغ كريمر أن "الاقتصاد الألماني لن يشعر '
            'بأثر حزم الإنفاق قبل العام المقبل".')
    assert speakers(body) == ["يورغ كريمر"]


def test_the_action_a_body_is_for_governs_its_object():
    # round 243: «مؤسسة تسيير موانئ وملاجئ الصيد البحري»: the ports were the director's name
    body = ('وكشفت مديرة مؤسسة تسيير موانئ وملاجئ الصيد البحري بعين تموشنت، نادية سعدي، أن أشغال '
            'التوسيع "ستنطلق مطلع شهر أكتوبر المقبل بغلاف مالي يفوق 600 مليون دينار".')
    assert speakers(body) == ["نادية سعدي"]
    assert "بعين تموشنت" not in actor_names(body)


def test_the_wilayas_services_before_qad_speak_on():
    # round 243: the committee the services set up was taken as the speaker
    body = ('وكانت مصالح ولاية عين تموشنت قد أعلنت، السبت الماضي، عن تنصيب لجنة مختلطة لمراقبة '
            'تسويق السمك، وأكدت في البيان ذاته أن "المخالفين سيتعرضون لعقوبات صارمة".')
    assert speakers(body) == ["مصالح ولاية عين تموشنت"]


def test_the_outgoing_president_is_named_after_his_title():
    # round 247: «المنتهية ولايته» agrees with «ولايته»; it is no plural of wallets
    body = ('بدوره، قال الرئيس المنتهية ولايته لويس آرسي، في بيان، إن حكومته "ستضمن انتقالاً منظماً '
            'وشفافاً للسلطة".')
    assert speakers(body) == ["لويس آرسي"]


def test_the_president_elect_is_not_the_former_president():
    # round 247: «الرئيس المنتخب» went to «الرئيس الأسبق خورخي كيروغا»
    body = ('فاز السيناتور رودريغو باز بالجولة الثانية على منافسه الرئيس الأسبق خورخي كيروغا.\n\n'
            'وقال باز أمام أنصاره: "بوليفيا تعود إلى العالم". وأضاف الرئيس المنتخب أن "الأزمة '
            'الاقتصادية لن تُحل بالشعارات".')
    assert speakers(body) == ["رودريغو باز", "رودريغو باز"]


def test_a_noun_with_its_pronoun_after_ba_is_no_name():
    # round 247: «كيروغا بهزيمته» was a name
    body = 'من جهته، أقر كيروغا بهزيمته، وقال في كلمة مقتضبة: "اتصلت بالرئيس المنتخب وهنأته".'
    assert "كيروغا بهزيمته" not in actor_names(body)


def test_a_family_name_shaped_like_an_office():
    # round 283: «شيخ» ends the mayor's name before «أن»; «مصطفى» after the town is no nisba
    body = 'من جانبه، ذكر عمدة موروني مصطفى سعيد شيخ أن البلدية "أنهت تركيب الإنارة في الأزقة".'
    assert speakers(body) == ["مصطفى سعيد شيخ"]


def test_a_compass_nisba_is_no_name():
    # round 283: «إفريقي» was proposed as a speaker
    body = ('أكد مدرب مولودية الجزائر رولاني موكوينا أن فريقه "لن يدخل المباراة بحسابات الإياب".\n\n'
            'وقال التقني الجنوب إفريقي، في الندوة الصحفية، إن "الفوز بفارق مريح هو الشرط الأول للتأهل".')
    assert speakers(body) == ["رولاني موكوينا", "رولاني موكوينا"]
    assert "إفريقي" not in actor_names(body)


def test_the_mayor_refers_back_to_the_councils_president():
    # round 173 (a guard for the mayor as an office) and round 283
    body = ('وقال رئيس المجلس الجماعي منير ليموري إن "الاتفاقية الجديدة ستضع حداً للفوضى".\n\n'
            'وأوضح العمدة، رداً على تدخلات المستشارين، أن الجماعة "ستفتح مكاتب لاستقبال الطلبات".')
    assert speakers(body) == ["منير ليموري", "منير ليموري"]
    body = ('وقال عمدة بوصاصو عبد الرزاق محمد عيسى إن "المدينة تضاعف عدد سكانها". وأكد العمدة أن '
            'البلدية "خصصت 40 شاحنة للحملة".')
    assert speakers(body) == ["عبد الرزاق محمد عيسى", "عبد الرزاق محمد عيسى"]


def test_a_place_after_lam_closes_the_title():
    # round 279: «لوادي رهيو» was proposed as an actor (once the town's present mayor is quoted)
    body = ('التمس وكيل الجمهورية لدى محكمة غليزان، أمس الثلاثاء، توقيع عقوبة سبع سنوات حبسا نافذا '
            'وغرامة مالية بمليون دينار في حق الرئيس السابق للمجلس الشعبي البلدي لوادي رهيو (ب. ع)، '
            'المتابع رفقة ستة متهمين آخرين، بتهم تبديد أموال عمومية.\n\n'
            'من جانبه، قال رئيس المجلس الشعبي البلدي الحالي لوادي رهيو، جمال قادري، في تصريح على '
            'هامش الجلسة، إن البلدية "تأسست طرفا مدنيا وتطالب باسترجاع كل دينار صُرف دون وجه حق".')
    assert speakers(body) == ["جمال قادري"]
    assert "لوادي رهيو" not in actor_names(body)


def test_a_commissioners_brief_after_lam():
    # round 284: «لحقوق الإنسان فولكر تورك» was read as one name
    body = ('وكان المفوض السامي للأمم المتحدة لحقوق الإنسان فولكر تورك قد اعتبر أن هذه الضربات '
            '"تنتهك القانون الدولي".')
    assert speakers(body) == ["فولكر تورك"]


def test_a_word_of_two_letters_after_ba_is_a_given_name():
    # round 284: «بال» of «بال ماي دينق» was read as «بـ» + «ال»
    body = ('واعتبر المتحدث باسم الحركة الشعبية في المعارضة بال ماي دينق أن المحاكمة "مسرحية '
            'سياسية".')
    assert speakers(body) == ["بال ماي دينق"]


def test_sidi_opens_a_mauritanian_given_name():
    # round 285: «سيدي» went into the place before it
    body = ('وقال الأمين العام لفرع النقابة المستقلة لمعلمي التعليم الأساسي في لبراكنة سيدي محمد ولد '
            'اباه إن «نسبة الاستجابة تجاوزت 85 في المائة».')
    assert speakers(body) == ["سيدي محمد ولد اباه"]


def test_al_amin_after_a_given_name_opens_no_title():
    # round 285: «ولد الشيخ» was proposed after the title «الأمين»
    body = ('أكد المدير الجهوي للتربية في لبراكنة محمد الأمين ولد الشيخ، في تصريح للوكالة الموريتانية '
            'للأنباء، أن «مستحقات علاوة البعد سيتم صرفها قبل نهاية الشهر».')
    assert "ولد الشيخ" not in actor_names(body)


def test_the_wali_after_a_verb_that_is_a_given_name():
    # guard: «أشرف والي ولاية أدرار …»: «أشرف» supervised; the wali is named after his title
    body = ('أشرف والي ولاية أدرار عبد السلام بوقرة، أمس الاثنين، على وضع خزان مائي جديد حيز الخدمة.\n\n'
            'وقال الوالي إن "سكان عاصمة الولاية لن يعيشوا هذا الصيف الانقطاعات الطويلة".')
    assert speakers(body) == ["عبد السلام بوقرة"]


def test_the_start_of_the_month_is_no_word_of_the_government():
    # round 287: «الحكومة اللبنانية مطلع» was proposed as an actor
    # (named again as «الحكومة»: the fuller mention is read back)
    body = ('غادرت قافلة تضم نحو 380 نازحاً في إطار خطة العودة التي أقرّتها الحكومة اللبنانية مطلع الشهر '
            'الجاري.\n\nوكانت الحكومة قد أعلنت أن نحو 17 ألف نازح عادوا بشكل فردي منذ إطلاق الخطة.')
    assert "الحكومة اللبنانية مطلع" not in actor_names(body)
    # guard: «مطلع» of an informed source stays a source's word, kept in its name as written
    assert speakers('وقال مصدر مطلع إن "الاتفاق بات قريباً".') == ["مصدر مطلع"]


def test_a_place_that_is_the_outlets_short_name_ends_a_body():
    # round 287: «دائرة صحة واسط» was cut at «واسط» of «واسط نيوز»
    body = ('وأفادت دائرة صحة واسط، في بيان تلقته "واسط نيوز"، بأنها "ستفتتح الشهر المقبل مصحة لعلاج '
            'الإدمان في مدينة الكوت".')
    assert speakers(body, outlet="واسط نيوز") == ["دائرة صحة واسط"]


def test_an_outlet_named_for_a_common_word_is_not_that_word():
    # round 288: «مصدر الإخبارية» made every «مصدر» the outlet
    body = ('وأفاد مصدر في سلطة المياه الفلسطينية، فضّل عدم ذكر اسمه، بأن "محطة تحلية مياه البحر تحتاج '
            'إلى ثلاثة أشهر على الأقل".')
    assert speakers(body, outlet="مصدر الإخبارية") == ["مصدر في سلطة المياه الفلسطينية"]


def test_a_committee_for_redress_in_construct():
    # round 287: «لجنة رد المظالم والحقوق» was cut at «رد», of two letters
    body = ('وأفادت لجنة رد المظالم والحقوق في عفرين، في بيان، بأنها «تسلّمت 1250 طلباً لاستعادة منازل '
            'وأراضٍ زراعية».')
    assert speakers(body) == ["لجنة رد المظالم والحقوق في عفرين"]


def test_a_definite_family_name_before_a_noun_of_action():
    # round 286: «عادل النجار زيادة الأجرة» was proposed as an actor
    body = ('وقرر محافظ الجيزة عادل النجار زيادة الأجرة بنسبة لا تتجاوز 15%، داعياً الركاب إلى الإبلاغ '
            'عن أي مخالفة.')
    assert "عادل النجار" in actor_names(body)
    assert "عادل النجار زيادة الأجرة" not in actor_names(body)


def test_a_past_verb_of_the_form_tafaala_ends_a_name():
    # round 290: «ناريندرا مودي تلقى» was proposed as an actor
    body = ('وكشف المتحدث راندهير جايسوال أن رئيس الوزراء ناريندرا مودي تلقى دعوة رسمية من الرئيس '
            'السريلانكي لحضور احتفالات عيد الاستقلال.')
    assert "ناريندرا مودي تلقى" not in actor_names(body)


def test_initials_are_no_honorific():
    # round 290: «م. ك. ستالين»: «م.» was read as «المهندس», and «رئيس حكومة الولاية م» proposed
    body = ('حيث طالب رئيس حكومة الولاية م. ك. ستالين الحكومة المركزية بـ"تحرك دبلوماسي عاجل".\n\n'
            'وقال المتحدث راندهير جايسوال إن "الخدمة ستستأنف".')
    assert "رئيس حكومة الولاية م" not in actor_names(body)



def test_a_mauritanian_compound_given_name_after_a_town():
    # round 295: «تيشيت» looked like a verbal noun and «محمد الأمين» went into the title
    body = 'من جهته، اعتبر عمدة بلدية تيشيت محمد الأمين ولد بوبكر أن المهرجان "أعاد الحياة إلى المدينة".'
    assert speakers(body) == ["محمد الأمين ولد بوبكر"]


def test_the_organising_committee_of_the_festival():
    # round 295: «اللجنة المنظمة» was cut before «للمهرجان»
    body = 'وذكرت اللجنة المنظمة للمهرجان، في بيان، أن البرنامج "يتضمن سباقاً للهجن يوم السبت المقبل".'
    assert speakers(body) == ["اللجنة المنظمة للمهرجان"]


def test_the_platform_refers_back_to_its_full_name():
    # round 294
    body = ('أعلنت منصة "هب71"، منظومة التكنولوجيا العالمية في أبوظبي، انضمام 27 شركة ناشئة إلى '
            'برنامجها.\n\nوذكرت المنصة في بيانها أن الشركات "ستحصل على دعم يشمل المكاتب والسكن".')
    assert speakers(body)[-1] == "منصة هب71"


def test_a_doctor_and_an_inspector_set_off_by_commas():
    # round 291: «طبيبة الاختصاص …» and «المتفقد الجهوي للشغل …» were left as speakers
    body = ('من جهتها، أوضحت طبيبة الاختصاص في أمراض القلب بالمستشفى، الدكتورة إيمان الجبالي، أن "الوحدة '
            'تعمل حالياً بطبيبين مختصين فقط".')
    assert speakers(body) == ["إيمان الجبالي"]
    body = ('وفي هذا الإطار، أوضح المتفقد الجهوي للشغل بالمنستير، كمال بن يوسف، أن "جلسة صلحية ستنعقد '
            'بمقر الولاية".')
    assert speakers(body) == ["كمال بن يوسف"]


def test_the_wali_of_the_wilaya_the_outlet_is_named_for():
    # round 291: «تيسمسيلت» of «ولاية تيسمسيلت» was read as «تيسمسيلت نيوز», and «الوالي» as the
    # family name of «أشرف والي»
    body = ('أشرف والي ولاية تيسمسيلت، عبد القادر بن عمارة، صبيحة أمس الأحد، على انطلاق الموسم الدراسي.\n\n'
            'وأكد الوالي، في كلمة ألقاها بالمناسبة، أن "القطاع استلم هذا الموسم ثلاث مجموعات مدرسية".')
    assert speakers(body, outlet="تيسمسيلت نيوز") == ["عبد القادر بن عمارة"]


def test_a_rapporteur_charged_with_a_brief():
    # round 302: «المقررة الخاصة» was left as the speaker
    body = ('شددت المقررة الخاصة للأمم المتحدة المعنية بحالة حقوق الإنسان في الأرض الفلسطينية المحتلة '
            'فرانشيسكا ألبانيزي على أن "كل دولة تواصل التجارة مع الاحتلال شريكة".')
    assert speakers(body) == ["فرانشيسكا ألبانيزي"]


def test_al_shaykh_and_al_sayyid_inside_a_name():
    # rounds 298 and 299: «مصعب الشيخ علي»، «محمد السيد زايد» were cut at the title word
    body = ('وقال محمد السيد زايد، صاحب ورشة نجارة، لـ"بوابة الغربية": "هذه ثالث مرة في أسبوعين". وقال '
            'محافظ حلب مصعب الشيخ علي، خلال جولة ميدانية، إن "المحافظة أنجزت ترميم 62 مدرسة" وحرصت على '
            'تأهيل الباقي.')
    assert speakers(body) == ["محمد السيد زايد", "مصعب الشيخ علي"]


def test_the_unionist_refers_back_to_the_union_head():
    # round 300: «وأكد النقابي» was left as a speaker of its own
    body = ('وقال رئيس نقابة المعلمين الجنوبيين في عدن عبدالرحمن باحميش إن "الإضراب سيستمر". وأكد النقابي '
            'أن المعلمين "سينفذون وقفة احتجاجية إذا لم تصدر الحكومة قراراً واضحاً".')
    assert speakers(body) == ["عبدالرحمن باحميش"] * 2


def test_a_verbal_noun_with_its_pronoun_after_a_name():
    # round 299: «عماد الخصاونة تحفظه» was proposed as an actor; «هانا تيتيه في» (round 39) is a name
    body = ('في المقابل، أبدى نقيب المحامين الأردنيين عماد الخصاونة تحفظه على بعض تفاصيل النظام الجديد، '
            'وقال إن "المحامين ليسوا ضد التحول الرقمي".')
    assert speakers(body) == ["عماد الخصاونة"]
    body = 'وقالت رئيسة البعثة الأممية هانا تيتيه في تدوينة إن "الجمود السياسي لم يعد مقبولاً".'
    assert speakers(body) == ["هانا تيتيه"]


def test_moroccos_governor_and_the_governor_referred_back():
    # round 303: «عامل إقليم …» proposed no one, and «وشدد العامل» was a speaker of its own
    body = ('ترأس عامل إقليم الجديدة، عبد اللطيف الزياني، أمس الثلاثاء بمقر العمالة، اجتماعا حول السقي.\n\n'
            'وشدد العامل، في كلمة بالمناسبة، على "ضرورة التوزيع العادل للحصص بين الفلاحين".')
    assert speakers(body) == ["عبد اللطيف الزياني"]


def test_what_an_association_is_for_in_lam():
    # round 303: «لأغراض زراعية» was read as a name
    body = ('وفي تصريح لـ"دكالة نيوز"، قال رئيس جمعية مستعملي المياه لأغراض زراعية بسيدي بنور، الحاج '
            'بوشعيب المتوكل، إن "الفلاح الدكالي صبر سبع سنوات من الجفاف".')
    assert speakers(body) == ["بوشعيب المتوكل"]


def test_a_prosecution_named_in_full_then_by_its_head():
    # round 303: «بيان للنيابة» was «للنيابة», and «نيابة الجمهورية» a name
    body = ('كشفت نيابة الجمهورية لدى محكمة سيدي امحمد، اليوم الاثنين، عن تفكيك شبكة إجرامية. وأفاد بيان '
            'للنيابة بأن "التحريات التي باشرتها مصالح الأمن أسفرت عن حجز 180 ألف وحدة".')
    assert speakers(body) == ["نيابة الجمهورية لدى محكمة سيدي امحمد"]


def test_a_special_representative_for_a_region_and_a_foreign_name_in_lam():
    # round 308: «لغرب» was the name, and «ليوناردو» read as «لـ» on a field
    body = ('بدوره، حذّر الممثل الخاص للأمين العام للأمم المتحدة لغرب أفريقيا والساحل ليوناردو سانتوس سيماو '
            'من أن "الوضع الإنساني في وسط الساحل يزداد هشاشة".')
    assert speakers(body) == ["ليوناردو سانتوس سيماو"]


def test_a_libyan_given_name_written_with_al():
    # round 310 (seen after its scoring): «النائب العام المستشار الصديق الصور» was one title
    body = ('وكان النائب العام المستشار الصديق الصور قد أكد، في مؤتمر صحفي الشهر الماضي، أن «ملف تهريب '
            'الوقود يمسّ قوت الليبيين مباشرة».')
    assert speakers(body) == ["الصديق الصور"]
