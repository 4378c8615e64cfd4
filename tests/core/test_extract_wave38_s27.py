"""Session 27: speakers the last wave of session 26 (rounds 615-620, left as scored) and the waves
of rounds 621 on got wrong, each wave scored untouched first and fixed after its scoring; each
test fails on the rules before its fix, but the guards."""
from __future__ import annotations

from tests.core.extract_cases import actor_names, quotes, speakers


# Rounds 615-620, written after 6884c05 (session 26's final rules), left as scored then.

def test_a_regional_inspector_named_after_his_office():
    # round 615: «المفتش الإقليمي للحزب بآسفي، عبد الرحيم الوردي،» was «المفتش الإقليمي», no name
    body = ('من جهته، أكد المفتش الإقليمي للحزب بآسفي، عبد الرحيم الوردي، في تصريح لـ"الأحداث المغربية"، أن '
            '"التنظيم المحلي عقد 17 جمعاً عاماً لتجديد الفروع منذ مطلع السنة".')
    assert speakers(body) == ["عبد الرحيم الوردي"]


def test_a_statement_the_sentences_subject_published():
    # round 615: «رفعت مجموعة «هلالة بويز» لافتات تطالب برحيل المكتب المسير، وجاء في بيان نشرته …»
    # gave the supporters' words to the board they want gone
    body = ('من جهتها، رفعت مجموعة «هلالة بويز» لافتات تطالب برحيل المكتب المسير، وجاء في بيان نشرته على صفحتها '
            'الرسمية أن «الجماهير لن تقبل بموسم آخر من الوعود»، داعية إلى «مقاطعة المباريات الودية إلى حين تقديم '
            'مشروع رياضي واضح».')
    assert speakers(body) == ["مجموعة هلالة بويز"] * 2


def test_the_defence_as_the_topic_of_amma():
    # round 615: «أما دفاع المتهم الرئيسي، المحامي كمال رحماني، فقد التمس …، مشيراً» gave the lawyer's
    # words to the accused
    body = ('أما دفاع المتهم الرئيسي، المحامي كمال رحماني، فقد التمس البراءة لموكله، مشيراً إلى أن "الخبرة المنجزة '
            'لم تثبت أي علاقة مباشرة بين موكلي والاستفادات المشبوهة".')
    assert speakers(body) == ["كمال رحماني"]


def test_a_time_phrase_set_before_the_clause():
    # round 615: «وخلال استجوابه، أنكر المتهم الرئيسي التهم …، قائلاً:» gave the accused's words to the
    # prosecutor before him («وخلال» read as no phrase set before the clause)
    body = ('وقال ممثل الحق العام في مرافعته إن "الملف يكشف عن استفادة 63 شخصاً من إعانات دون وجه حق". وخلال '
            'استجوابه، أنكر المتهم الرئيسي التهم المنسوبة إليه، قائلاً: "لم أوقّع أي قائمة دون أن تمر على لجنة '
            'الدائرة".')
    assert speakers(body) == ["ممثل الحق العام", "المتهم الرئيسي"]


def test_a_complaint_with_a_quotation():
    # round 615: «فيما اشتكت إحدى المتسوقات من أن "…"» went to the vendor before her
    body = ('وفي السوق المركزية بنابل، قال بائع الخضر سليم الجلاصي لـ"الصحافة اليوم": "نحن أيضاً ضحايا، نشتري غالياً '
            'من سوق الجملة"، فيما اشتكت إحدى المتسوقات من أن "قفة رمضان هذا العام ستكلف ضعف ما كانت عليه قبل سنتين".')
    assert speakers(body) == ["سليم الجلاصي", "إحدى المتسوقات"]


def test_a_complaint_with_no_quotation_proposes_no_actor():
    # guard: «واشتكى سكان الأحياء الشرقية من انقطاع المياه» tells of residents; no one speaks
    assert actor_names('واشتكى سكان الأحياء الشرقية من انقطاع المياه منذ أسبوع.') == []


def test_what_a_seller_sells_is_no_given_name():
    # round 615: «بائع الخضر سليم الجلاصي» was «الخضر سليم الجلاصي» (al-Khidr is a given name)
    body = 'قال بائع الخضر سليم الجلاصي: "نحن أيضاً ضحايا، نشتري غالياً من سوق الجملة".'
    assert speakers(body) == ["سليم الجلاصي"]


def test_a_retired_generals_name_in_apposition():
    # round 616: «والي الولاية الشمالية، اللواء (م) عابدين عوض الله،» was not read as one man, so
    # «وقال الوالي» went to the office alone
    body = ('دشن والي الولاية الشمالية، اللواء (م) عابدين عوض الله، اليوم الثلاثاء، انطلاق الموسم الشتوي. وقال '
            'الوالي في كلمته إن "الولاية تستهدف هذا الموسم زراعة 600 ألف فدان بالقمح".')
    assert speakers(body) == ["عابدين عوض الله"]


def test_a_short_verbal_noun_after_a_family_name():
    # round 616: «ووجّه التوني بمد ساعات العمل …، مشدداً» was «التوني بمد ساعات العمل»
    body = ('تفقد الدكتور محمد التوني، محافظ الفيوم، أمس الاثنين، صومعة أبشواي. ووجّه التوني بمد ساعات العمل في '
            'مواقع الاستلام حتى العاشرة مساءً، مشدداً على أن "صرف المستحقات يتم خلال 48 ساعة على الأكثر".')
    assert speakers(body) == ["محمد التوني"]


def test_a_quoted_name_inside_the_lead_is_no_clause_break():
    # round 616: «وأوضح عبد الله أن قوات "متحرك الصياد" واصلت تقدمها …، مؤكداً أنها "…"» went to the force
    body = ('وقال الناطق الرسمي باسم القوات المسلحة العميد نبيل عبد الله، في بيان، إن "الدفاعات الأرضية تصدت لثماني '
            'مسيّرات". وأوضح عبد الله أن قوات "متحرك الصياد" واصلت تقدمها غرب بارا، مؤكداً أنها "استعادت السيطرة على '
            'قريتين، وكبّدت الميليشيا خسائر كبيرة".')
    assert speakers(body) == ["نبيل عبد الله"] * 2


def test_a_municipality_of_a_town_with_a_given_name_in_it():
    # round 618: «البلدية» read back to «بلدية خان» («يونس» read as its head's given name); «جنوب قطاع
    # غزة» after the town says where it is, no more of the body's name
    body = ('حذّرت بلدية خان يونس جنوب قطاع غزة من توقف ما تبقى من آبار المياه. وقالت البلدية إن "أقل من ثلث '
            'الآبار ما زال يعمل، وبساعات تشغيل محدودة".')
    assert speakers(body) == ["بلدية خان يونس"]


def test_a_compass_point_still_names_a_state():
    # guard: «والي غرب كردفان» and «ولاية شمال كردفان» are the names of states
    body = 'وقالت حكومة ولاية شمال كردفان، في بيان، إن "الطرق إلى الأبيض مفتوحة".'
    assert speakers(body) == ["حكومة ولاية شمال كردفان"]


def test_the_topic_of_amma_before_faqad():
    # round 249, after «اشتكى» became a verb of speech: «أما البحار سليم عياشي، صاحب سفينة صيد …، فقد
    # اشتكى …، قائلا» went to the aside; «فقد قال» did so before any change
    body = ('أما البحار سليم عياشي، صاحب سفينة صيد منذ عشرين سنة، فقد قال: «نخرج إلى البحر ونعود أحيانا بصناديق لا '
            'تغطي حتى ثمن المازوت»')
    assert speakers(body) == ["سليم عياشي"]


# Rounds 621-626, written after df25fca, scored untouched first.

def test_sayyid_between_a_given_name_and_abd():
    # round 622: «المهندس أحمد السيد عبد الفتاح المزارعين» was cut to «أحمد»
    body = ('بدوره، دعا وكيل وزارة الزراعة ببني سويف المهندس أحمد السيد عبد الفتاح المزارعين إلى "عدم التأخر في '
            'الحصاد حتى لا تتعرض السنابل للفرط".')
    assert speakers(body) == ["أحمد السيد عبد الفتاح"]


def test_the_owner_of_a_fuel_station():
    # round 622: «صاحب محطة وقود وسط المدينة» was «محطة وقود وسط», read as a name; since session 30
    # the description runs to the aside that withholds his name, as the annotators write it
    body = ('في المقابل، قال صاحب محطة وقود وسط المدينة، طلب عدم ذكر اسمه، إن حصته "تصل مرة كل عشرة أيام، وتنفد '
            'قبل الظهر".')
    assert speakers(body) == ["صاحب محطة وقود وسط المدينة"]


def test_an_independent_candidate_and_where_he_runs():
    # round 622: «مرشح مستقل في بلدية سوق الجمعة» was cut to «مرشح مستقل», «مستقل» read as a name
    body = ('في المقابل، رأى مرشح مستقل في بلدية سوق الجمعة، طلب عدم ذكر اسمه، أن "ضعف الحملات التوعوية جعل كثيراً '
            'من الشباب يجهلون مراكزهم".')
    assert speakers(body) == ["مرشح مستقل في بلدية سوق الجمعة"]


def test_a_campaigns_quoted_name_after_lam():
    # round 622: «حقول تابعة لـ"الحملة القومية للنهوض بمحصول القمح"» was taken as a quotation
    body = ('وأوضح المدير أن المساحة المنزرعة بلغت 212 ألف فدان، بينها حقول إرشادية تابعة لـ"الحملة القومية للنهوض '
            'بمحصول القمح".')
    assert speakers(body) == []


def test_ila_after_a_name_is_no_definite_object():
    # round 623: «وخرج محافظ دهوك علي تتر إلى المحتجين، وقال» was «محافظ دهوك علي» («إلى» normalised
    # as «الي» read as a definite object after the name)
    body = ('قال المعلم إن "المعلم في دهوك يعيش على الديون منذ شهرين". وخرج محافظ دهوك علي تتر إلى المحتجين، وقال '
            'في كلمة مقتضبة إن "مطالبكم مشروعة، وحكومة الإقليم تبذل كل ما في وسعها".')
    assert speakers(body) == ["المعلم", "علي تتر"]


def test_a_woman_brought_in_with_kana():
    # round 624: «كانت أم محمد أبو جراد تحاول …. "…"، قالت» went to the UNRWA official before her
    body = ('قال المستشار عدنان أبو حسنة إن "ما يدخل لا يغطي عُشر الاحتياج".\n\nوفي مخيم للنازحين قرب شاطئ دير '
            'البلح، كانت أم محمد أبو جراد تحاول إخراج المياه من خيمتها. "قضينا الليل واقفين نحمل الأطفال، كل شيء '
            'تبلل"، قالت لـ«القدس العربي».')
    assert speakers(body) == ["عدنان أبو حسنة", "أم محمد أبو جراد"]


def test_a_company_its_brand_and_its_line():
    # round 624: «شركة نماء لخدمات المياه» was cut to «شركة نماء»
    body = ('أرجعت شركة نماء لخدمات المياه انقطاعات المياه إلى الحر. وقالت الشركة في بيان إن "ارتفاعاً غير مسبوق '
            'في الاستهلاك سُجل".')
    assert speakers(body) == ["شركة نماء لخدمات المياه"]


def test_a_company_speaking_to_an_agency():
    # guard: «لوكالة الأنباء» after a company's brand is the one spoken to
    assert speakers('وقالت شركة نماء لوكالة الأنباء العمانية إن "الضخ عاد إلى طبيعته".') == ["شركة نماء"]


def test_a_norwegian_name_shaped_as_verbs():
    # round 626: «رئيس الوزراء يوناس غار ستوره» was no actor («يوناس» and «ستوره» read as verbs)
    body = ('تصدّر حزب العمال بزعامة رئيس الوزراء يوناس غار ستوره نتائج الانتخابات البرلمانية. وقال ستوره، في كلمة '
            'أمام أنصاره، إن "الناخبين منحونا ثقة نعتزّ بها". وأضاف رئيس الوزراء: "الطريق إلى حكومة مستقرة يمرّ عبر '
            'التعاون".')
    assert speakers(body) == ["يوناس غار ستوره"] * 2


def test_a_minister_for_trade_between_two_countries():
    # round 626: «الوزير المكلّف بالتجارة بين كندا والولايات المتحدة دومينيك لوبلان» was cut at «بين»
    body = ('وقال رئيس الوزراء مارك كارني إن «الحكومة دافعت بثبات عن مصالحنا». من جهته، قال الوزير المكلّف بالتجارة '
            'بين كندا والولايات المتحدة دومينيك لوبلان للصحفيين في أوتاوا صباح اليوم إن «المحادثات مستمرة، والفريق '
            'الكندي سيعود إلى واشنطن».')
    assert speakers(body) == ["مارك كارني", "دومينيك لوبلان"]


def test_the_chinese_family_name_hu():
    # round 626: «السفير هو تشانغ تشون» was «… السفير», the family name Hu read as «هو» (he)
    body = ('من جانبه، قال رئيس بعثة الصين لدى الاتحاد الأفريقي السفير هو تشانغ تشون إن "الصين ستواصل الوقوف إلى '
            'جانب الدول الأفريقية".')
    assert speakers(body) == ["هو تشانغ تشون"]


# Rounds 627-632, written after 2fde83d, scored untouched first.

def test_a_union_of_health_staff_at_a_hospital():
    # round 627: «للنقابة الأساسية لأعوان الصحة بمستشفى ابن الجزار، منير الزغلامي،» went to the hospital
    body = ('من جانبه، أوضح الكاتب العام للنقابة الأساسية لأعوان الصحة بمستشفى ابن الجزار، منير الزغلامي، أن '
            '"الأعوان يشتغلون في حصص مسترسلة تتجاوز أحياناً 24 ساعة".')
    assert speakers(body) == ["منير الزغلامي"]


def test_a_source_from_a_trade():
    # round 627: «مصدر مهني من قطاع اللحوم» was cut to «مصدر مهني»
    body = ('قال التاجر إن "الأسعار مستقرة". أما مصدر مهني من قطاع اللحوم، فأكد أن "أول شحنة من الأبقار المستوردة '
            'من البرازيل ستصل".')
    assert speakers(body) == ["التاجر", "مصدر مهني من قطاع اللحوم"]


def test_the_spokesman_of_a_military_front():
    # round 630: «الناطق باسم محور تعز العقيد عبدالباسط البحر» went to «محور تعز»
    body = ('من جهته، أوضح الناطق باسم محور تعز العقيد عبدالباسط البحر لـ"يمن مونيتور" أن "الجماعة صعّدت خلال '
            'الأسبوع الأخير من استخدام الطائرات".')
    assert speakers(body) == ["عبدالباسط البحر"]


def test_the_owner_of_a_camel_then_the_herder_going_on():
    # round 631: «مالك الناقة الفائزة أحمد ولد الداه» was «مالك الناقة» (Malik), then «وأضاف المنمي» a new actor
    body = ('من جهته، قال مالك الناقة الفائزة أحمد ولد الداه لـ"الأخبار" إن "ناقتي تتدرب منذ ثلاثة أشهر على رمال '
            'آمشتيل". وأضاف المنمي: "قيمة الجائزة ستذهب لحفر بئر لأهل الحي".')
    assert speakers(body) == ["أحمد ولد الداه"] * 2


def test_a_private_word_after_a_minister_is_someone_else():
    # guard: «وأضاف الفلاح» after a minister is no epithet for him
    body = ('من جهته، قال وزير الزراعة أحمد ولد الداه إن "الموسم جيد". وأضاف الفلاح: "قيمة الجائزة ستذهب لحفر '
            'بئر لأهل الحي".')
    assert speakers(body)[0] == "أحمد ولد الداه"
    assert speakers(body)[1] != "أحمد ولد الداه"


def test_a_woman_governor_of_a_dashed_governorate():
    # round 629: «محافظة كسروان – جبيل بولين ديب» gave no speaker; «محافظة النبطية هويدا الترك» was read as
    # one name
    body = ('من جهتها، قالت محافظة كسروان – جبيل بولين ديب لـ«النهار» إن «المحافظة وافقت على الخطة شرط ألا تعيق '
            'مرور سيارات الإسعاف».')
    assert speakers(body) == ["بولين ديب"]
    body = ('عقد الاتحاد اجتماعاً بحضور محافظة النبطية هويدا الترك. وقالت الترك إن "الدولة موجودة في كل بلدة". '
            'ولفتت المحافظة إلى أن "فرق المسح أنجزت إحصاء الأضرار".')
    assert speakers(body) == ["هويدا الترك"] * 2


def test_an_east_timorese_prime_minister():
    # round 632: «رئيس وزرائها كاي رالا شانانا غوسماو» began its name at «وزرائها»
    body = ('وهو ما رحّب به رئيس وزرائها كاي رالا شانانا غوسماو، قائلاً إن "هذا اليوم سيبقى محفوراً في ذاكرة '
            'شعبنا".')
    assert speakers(body) == ["كاي رالا شانانا غوسماو"]


def test_a_centre_for_fighting_wildfires():
    # round 632: «المركز الكندي المشترك لمكافحة حرائق الغابات» was cut at «لمكافحة»
    body = ('من جهته، أفاد المركز الكندي المشترك لمكافحة حرائق الغابات بأن «أكثر من 130 حريقاً نشطاً تُسجَّل '
            'حالياً في البلاد».')
    assert speakers(body) == ["المركز الكندي المشترك لمكافحة حرائق الغابات"]


def test_names_known_as_or_given_are_no_quotations():
    # round 632: «ما يُعرف بـ"…"» and «حملة تبرعات باسم «…»» were taken as quotations
    body = ('وأوضحت وزارة الدفاع، في بيان، أن الحزمة جاءت ضمن ما يُعرف بـ"الاتفاق الجزئي للقطب الشمالي وشمال '
            'الأطلسي". وأطلقت المنظمة حملة تبرعات باسم «صندوق حرائق مانيتوبا وساسكاتشوان».')
    assert speakers(body) == []


def test_a_sherpa_then_his_rank_and_name():
    # round 632: «شيربا البرازيل في المجموعة السفير ماوريسيو ليريو» was «شيربا»
    body = ('بدوره، قال شيربا البرازيل في المجموعة السفير ماوريسيو ليريو إن المفاوضين “أحرزوا تقدماً ملموساً بشأن '
            'آلية ضمانات جديدة للاستثمار”.')
    assert speakers(body) == ["ماوريسيو ليريو"]


# Session 26's last wave (rounds 615-620), left then as scored: the rest of its errors.

def test_a_woman_prime_minister_elected_then_called_head_of_government():
    # round 620: «رئيسة الحكومة» after «انتخب البرلمان … ساناي تاكايتشي رئيسةً للوزراء» was a new actor
    body = ('انتخب البرلمان الياباني، أمس الثلاثاء، رئيسة الحزب الليبرالي الديمقراطي ساناي تاكايتشي رئيسةً للوزراء. '
            'وقالت تاكايتشي إن "اليابان تحتاج إلى اقتصاد قوي". وأكدت رئيسة الحكومة أن حكومتها "ستعد حزمة اقتصادية '
            'لمواجهة ارتفاع الأسعار".')
    assert speakers(body) == ["ساناي تاكايتشي"] * 2


def test_a_given_name_that_is_a_country_after_a_rank():
    # round 620: «الفريق مالي سوتشياتا» was «سوتشياتا» («مالي» read as Mali in her title)
    body = ('وهو ما نفته المتحدثة باسم وزارة الدفاع الكمبودية الفريق مالي سوتشياتا، مؤكدةً أنه "لم تقع أي اشتباكات '
            'مسلحة في أي منطقة".')
    assert speakers(body) == ["مالي سوتشياتا"]


def test_a_verbal_noun_after_a_bare_office_is_what_he_did():
    # round 619: «وأعلن المحافظ تخصيص مكافأة مالية لكل لاعب، مؤكداً» gave the words to «تخصيص …»
    body = ('وقال محافظ إقليم هيران، عبدي محمد أحمد، إن "هذا الإنجاز رسالة بأن شباب هيران قادرون على الفرح". وأعلن '
            'المحافظ تخصيص مكافأة مالية لكل لاعب، مؤكداً أن "الإدارة ستتكفل بنقل المشجعين إلى مقديشو".')
    assert speakers(body) == ["عبدي محمد أحمد"] * 2


def test_a_name_shaped_as_a_verbal_noun_after_an_office_stays_a_name():
    # guard (round 158): «نائب الرئيس إدمان لارا» keeps his name, shaped as «إفعال»
    body = 'من جهته، أكد نائب الرئيس إدمان لارا أن "مكافحة الفساد ستكون أولوية هذه الحكومة".'
    assert speakers(body) == ["إدمان لارا"]


def test_what_a_named_subject_described_stays_his():
    # guard (round 595): «وهو ما وصفه الوزير بأنه "…"» is the minister's
    body = ('وكان مجلس الوزراء قد صادق على مشروع مرسوم يمنح المدرسة صفة مؤسسة عمومية، وهو ما وصفه الوزير محمد ولد '
            'أحمد بأنه "خطوة نحو استقلالية أكبر في البحث".')
    assert speakers(body) == ["محمد ولد أحمد"]


def test_a_varietys_quoted_name():
    # round 631: «صنف "ساحل 108"» was taken as a quotation
    body = ('وأوضحت رئيسة فريق البحث الدكتورة مريم بنت محمد فال أن صنف "ساحل 108" المحسن "أظهر قدرة لافتة على التأقلم '
            'مع ملوحة تصل إلى ضعف المعدل".')
    assert [q for q, _ in quotes(body)] == ["أظهر قدرة لافتة على التأقلم مع ملوحة تصل إلى ضعف المعدل"]


def test_what_a_prime_minister_welcomed_saying():
    # round 632: «وهو ما رحّب به رئيس وزرائها كاي رالا شانانا غوسماو، قائلاً» went to the one whose
    # «وأكد» opened the sentence
    body = ('وأكد أنور أن القادة اتفقوا مبدئياً على قبول تيمور الشرقية عضواً، وهو ما رحّب به رئيس وزرائها كاي رالا '
            'شانانا غوسماو، قائلاً إن "هذا اليوم سيبقى محفوراً في ذاكرة شعبنا".')
    assert speakers(body) == ["كاي رالا شانانا غوسماو"]


def test_a_woman_with_a_masculine_title_keeps_her_words():
    # guard (round 37): «انتقدت عضو مجلس النواب مها عبد الناصر القرار، وقالت»
    body = ('في المقابل، انتقدت عضو مجلس النواب مها عبد الناصر القرار، وقالت لـ"مصر تايمز" إن "الحكومة تتخذ قرارات '
            'تمس أرزاق ملايين العاملين".')
    assert speakers(body) == ["مها عبد الناصر"]
