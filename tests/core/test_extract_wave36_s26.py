"""Session 26: speakers that session 25's last wave (rounds 579-584), older folders, the waves of
rounds 585-596 and session 25's leftover common words got wrong, each wave scored untouched first
and fixed after its scoring; each test fails on the rules before its fix, but the guards. The
later waves of the session are in test_extract_wave37_s26.py."""
from __future__ import annotations

from tests.core.extract_cases import actor_names, fixture_actor_names, quotes, speakers


# Older folders and the seventh wave of session 25 (rounds 579-584), left as scored then.

def test_an_agency_relaying_from_her_is_not_the_speaker():
    # round 69: «ونقلت عنها وكالة الأنباء الليبية قولها» gave the words to the agency
    body = ('قالت رئيسة المفوضية أسماء الفيتوري إن الانتخابات ستجرى في موعدها. ونقلت عنها وكالة الأنباء '
            'الليبية قولها: «سننشر أكثر من 400 مراقب، وسنصدر تقريرنا الأولي مساء يوم الاقتراع».')
    assert speakers(body)[-1] == "أسماء الفيتوري"
    assert "وكالة الأنباء الليبية" not in actor_names(body)


def test_relayed_from_him_after_the_verbs_subject_in_the_same_sentence():
    # guard (round 374): «انتقد … إبراهيم عزيزي الاتفاق، ونقلت عنه وكالة "تسنيم" قوله»
    body = ('وقال المتحدث إسماعيل بقائي إن "الاتفاق لا يمنح الوكالة وصولاً تلقائياً". في المقابل، انتقد رئيس '
            'لجنة الأمن القومي في البرلمان إبراهيم عزيزي الاتفاق، ونقلت عنه وكالة "تسنيم" قوله إن الحكومة '
            '"تجاوزت القانون الذي أقره البرلمان".')
    assert speakers(body) == ["إسماعيل بقائي", "إبراهيم عزيزي"]


def test_an_office_relaying_from_the_person_it_names():
    # round 586: «نقل المكتب الإعلامي لرئيس الحكومة … أسامة حماد عنه قوله» went to the office
    body = ('وقال مدير المحطة عبد السلام المنفي إن "الأعطال كثيرة". وفي بنغازي، نقل المكتب الإعلامي لرئيس '
            'الحكومة الليبية المكلفة من مجلس النواب أسامة حماد عنه قوله، خلال اجتماعه بعمداء البلديات، إن '
            '"الحكومة خصصت اعتمادات عاجلة لمحطة طبرق".')
    assert speakers(body) == ["عبد السلام المنفي", "أسامة حماد"]


def test_an_office_relaying_from_its_owner_by_his_title():
    # round 582: «ونقل المكتب الإعلامي للمحافظ عنه قوله» went to the office
    body = ('من جهته، وجّه محافظ مأرب، عضو مجلس القيادة الرئاسي، اللواء سلطان العرادة، السلطة المحلية بـ'
            '"التحرك الفوري لإيواء المتضررين وفتح المدارس". ونقل المكتب الإعلامي للمحافظ عنه قوله: "ما يعيشه '
            'النازحون في مأرب اليوم كارثة مضاعفة".')
    assert speakers(body)[-1] == "سلطان العرادة"
    assert "المكتب الإعلامي للمحافظ" not in actor_names(body)


def test_a_head_with_his_pronoun_then_a_foreign_name():
    # round 542: «فيما قال رئيسه ريكاردو ألبان» proposed «رئيسه ريكاردو ألبان» («رئيسه» read as «رئيسة»)
    body = ('ودعا الاتحاد الوطني للصناعة، في بيان، إلى "حوار فوري"، فيما قال رئيسه ريكاردو ألبان لـ"الشرق" '
            'إن "صناعات الطائرات ستكون الأكثر انكشافاً".')
    assert speakers(body) == ["الاتحاد الوطني للصناعة", "ريكاردو ألبان"]


def test_she_speaks_of_the_programme_in_a_relative_clause():
    # round 540: «مستشهدة ببرنامج «سكني» الذي قالت إنه «…»» went to «برنامج سكني»
    body = ('في المقابل، رأت عضو المجلس الدكتورة نورة بنت عبدالله العتيبي أن الوزارة «حققت تقدماً ملموساً في '
            'ملف الإسكان»، مستشهدة ببرنامج «سكني» الذي قالت إنه «أسهم في رفع نسبة تملك الأسر السعودية '
            'للمساكن».')
    assert speakers(body) == ["نورة بنت عبدالله العتيبي"] * 2


def test_the_relatives_antecedent_still_speaks_when_the_verb_agrees():
    # guard: «صندوق قطر للتنمية، الذي قال في بيان إن …» is the fund's
    body = ('ويموَّل توريد الغاز من صندوق قطر للتنمية، الذي قال في بيان إن "الشحنات ستصل تباعاً خلال '
            'الأسابيع المقبلة".')
    assert speakers(body) == ["صندوق قطر للتنمية"]


def test_the_algerian_first_official_of_the_sector_is_the_minister():
    # rounds 69, 73: «أوضح المسؤول الأول عن القطاع أن "…"» was an actor of its own
    body = ('كشف وزير السكن والعمران والمدينة، محمد طارق بلعريبي، أن التوزيع سيجري يوم 5 جويلية. وقال '
            'بلعريبي إن "الدولة ماضية في التزامها". وبخصوص برنامج "عدل 3"، أوضح المسؤول الأول عن القطاع '
            'أن "دراسة ملفات المكتتبين بلغت مراحلها الأخيرة".')
    assert speakers(body) == ["محمد طارق بلعريبي"] * 2
    assert "المسؤول الأول عن القطاع" not in actor_names(body)


def test_a_libyan_council_named_with_its_town():
    # round 580: «المجلس البلدي سبها» was cut to «المجلس البلدي»
    body = ('عقد المجلس البلدي سبها، أمس الاثنين، اجتماعاً طارئاً. وذكر المجلس البلدي، في بيان، أنه "شكّل '
            'لجنة مشتركة لمتابعة أعمال الصيانة بشكل يومي".')
    assert speakers(body) == ["المجلس البلدي سبها"]


def test_a_campaign_launched_by_the_council_is_no_town():
    # guard (round 412): «أطلق المجلس البلدي حملة "طرابلس أنظف"» is the campaign, not a town
    body = ('عقد المجلس البلدي طرابلس المركز، أمس، اجتماعاً طارئاً. من جانبه، أطلق المجلس البلدي حملة '
            '"طرابلس أنظف" بمشاركة متطوعين، داعياً السكان إلى "إخراج القمامة بعد الساعة العاشرة ليلاً فقط".')
    assert speakers(body) == ["المجلس البلدي طرابلس المركز"]


def test_the_councils_statement_in_construct():
    # round 586: «وأوضح بيان المجلس البلدي أن» went to the mayor who spoke before
    body = ('أعلن المجلس البلدي طبرق، أمس الاثنين، حالة الطوارئ. وقال عميد بلدية طبرق فرج بوالخطابية إن '
            '"المدينة تحتاج إلى 60 ألف متر مكعب يومياً". وأوضح بيان المجلس البلدي أن البلدية "ستتولى توزيع '
            'المياه بالصهاريج".')
    assert speakers(body) == ["فرج بوالخطابية", "المجلس البلدي طبرق"]


def test_the_spokesman_of_a_hospital_with_a_construct_name():
    # round 582: «المتحدث باسم مستشفى شهداء الأقصى خليل الدقران» was «باسم»
    body = ('وفي دير البلح وسط القطاع، قال المتحدث باسم مستشفى شهداء الأقصى خليل الدقران إن المستشفى '
            '"يستقبل يومياً عشرات الجرحى بينما يعمل بأقل من ربع طاقته".')
    assert speakers(body) == ["خليل الدقران"]


def test_lamine_is_a_given_name_not_lam_on_amin():
    # round 583: «مدرب ريال بانجول لامين جالو» was dropped, and his words went to the home coach
    body = ('وقال مدرب نادي نواذيبو محمد ولد الداه إن "الفريق سيطر على الشوط الأول". من جهته، قال مدرب '
            'ريال بانجول لامين جالو إن فريقه "جاء للدفاع أولاً وحقق ما خطط له".')
    assert speakers(body) == ["محمد ولد الداه", "لامين جالو"]


def test_the_next_conferences_president():
    # round 584: «رئيس المؤتمر المقبل الدبلوماسي البرازيلي أندريه كوريا دو لاغو» stopped at «المؤتمر»
    body = ('من جهته، قال رئيس المؤتمر المقبل الدبلوماسي البرازيلي أندريه كوريا دو لاغو للصحافيين إن بلاده '
            'تريد أن تكون قمة بيليم "مؤتمر التنفيذ لا مؤتمر الوعود".')
    assert speakers(body) == ["أندريه كوريا دو لاغو"]


def test_next_week_is_still_a_time():
    # guard: «الأسبوع المقبل» after a title's noun is when, not the noun's adjective
    body = 'وقال وزير المالية خالد سعيد الأسبوع المقبل إن "الموازنة جاهزة".'
    assert speakers(body) == ["خالد سعيد"]


def test_the_least_developed_countries_group():
    # round 584: «رئيس مجموعة البلدان الأقل نمواً المالاوي إيفانز نجيوا» stopped at «الأقل»
    body = ('في المقابل، قال رئيس مجموعة البلدان الأقل نمواً المالاوي إيفانز نجيوا لـ"DW عربية" إن "الدول '
            'الغنية جاءت إلى بون بأيدٍ فارغة".')
    assert speakers(body) == ["إيفانز نجيوا"]


def test_an_official_of_a_dams_administration_is_unnamed():
    # round 584: «مسؤول في إدارة سد بهاكرا» was read as a person named «سد بهاكرا»
    body = 'وقال مسؤول في إدارة سد بهاكرا، فضّل عدم ذكر اسمه، إن "فتح بوابات التصريف بات أمراً لا مفرّ منه".'
    assert speakers(body) == ["مسؤول في إدارة سد بهاكرا"]


# Rounds 585-590, written after 9ba07b8, scored untouched first.

def test_ithr_is_a_preposition():
    # round 585: «وأضاف الوزير، إثر جلسة عمل …، أن» gave the quotation to «إثر»
    body = ('أكد وزير السياحة سفيان تقية أن "المؤشرات المسجلة تبشر بموسم جيد". وأضاف الوزير، إثر جلسة '
            'عمل بمقر الولاية، أن "الرهان هذا العام هو إطالة الموسم".')
    assert speakers(body) == ["سفيان تقية"] * 2
    assert "إثر" not in actor_names(body)


def test_sources_from_a_market():
    # round 585: «مصادر من سوق الجملة للخضر والفواكه» was cut to «مصادر»
    body = ('وأفادت مصادر من سوق الجملة للخضر والفواكه، فضلت عدم الكشف عن هويتها، أن "كميات البطاطا '
            'الواردة من ولايات الوسط تراجعت بنحو الثلث".')
    assert quotes(body) == [("كميات البطاطا الواردة من ولايات الوسط تراجعت بنحو الثلث",
                             "مصادر من سوق الجملة للخضر والفواكه")]


def test_the_ministry_of_the_minister_who_spoke_after_another_ministry_was_named():
    # round 587: «وذكرت الوزارة» after the water minister went to «وزارة الزراعة», named in a quotation before him
    body = ('وتعهد المحافظ محمد نوري الكربولي بأن الحكومة المحلية "ستعوّض المزارعين وفق الضوابط التي تقرها وزارة '
            'الزراعة". من جانبه، أوضح وزير الموارد المائية عون ذياب عبد الله أن "الخزين المائي هو الأقل". وذكرت '
            'الوزارة، في بيان، أن "سد حديثة يطلق حالياً 160 متراً مكعباً في الثانية".')
    assert speakers(body) == ["محمد نوري الكربولي", "عون ذياب عبد الله", "وزارة الموارد المائية"]


def test_the_ministry_named_more_fully_before_its_minister_stays():
    # guard (round 111): «وزارة الصحة الجيبوتية», then its minister, then «الوزارة»: the fuller name
    body = ('وقالت وزارة الصحة الجيبوتية، في بيان، إن "الحملة بدأت أمس". وقال وزير الصحة أحمد روبله عبدلي إن '
            '"الحملة ستشمل كل المناطق". وأضافت الوزارة أن "المخزون الحالي من الأدوية يكفي ثلاثة أشهر".')
    assert speakers(body) == ["وزارة الصحة الجيبوتية", "أحمد روبله عبدلي", "وزارة الصحة الجيبوتية"]


def test_haditha_is_no_talk_of_his():
    # round 587: «مصدر في إدارة سد حديثة» read «حديثة» as «حديثه» (his talk), a cue
    body = ('قال المزارع حميد خلف الفهداوي إن "الوضع صعب". وكشف مصدر في إدارة سد حديثة، فضّل عدم ذكر اسمه، أن '
            '"مناسيب البحيرة انخفضت أكثر من ثلاثة أمتار".')
    assert speakers(body) == ["حميد خلف الفهداوي", "مصدر في إدارة سد حديثة"]


def test_fa_inna_after_according_to_the_governor_is_no_name():
    # round 587: «وبحسب المحافظ، فإن المرحلة الأولى …» gave the quotation to «فإن المرحلة الأولى»
    body = ('وقال محافظ إدلب محمد عبد الرحمن إن "العودة لا تكتمل بفك الخيمة". وبحسب المحافظ، فإن المرحلة الأولى '
            'من الخطة "ستشمل كفرنبل وخان شيخون وسراقب".')
    assert speakers(body) == ["محمد عبد الرحمن"] * 2


def test_an_alliance_of_tribes():
    # round 588: «رئيس حلف قبائل حضرموت عمرو بن حبريش» was «حلف قبائل»
    body = ('في المقابل، حمّل رئيس حلف قبائل حضرموت عمرو بن حبريش الحكومة مسؤولية الأزمة، وقال في كلمة أمام '
            'أنصاره إن "ثروات حضرموت النفطية تذهب إلى خارجها".')
    assert speakers(body) == ["عمرو بن حبريش"]


def test_the_proposer_of_the_motion_then_his_name():
    # round 588: «وأوضح مقدم الاقتراح، النائب حمد الدوي، أن» proposed «مقدم الاقتراح»
    body = ('وقال المسلم إن "ملف التوظيف يتصدر أولويات المجلس". وأوضح مقدم الاقتراح، النائب حمد الدوي، أن '
            '"نسبة البحرنة في بعض الشركات الحكومية لا تتجاوز 60 في المئة". وأضاف مقدم الاقتراح أن "الحكومة '
            'مطالبة بجدول زمني".')
    assert speakers(body) == ["المسلم", "حمد الدوي", "حمد الدوي"]
    assert "مقدم الاقتراح" not in actor_names(body)


def test_moqaddem_stays_a_family_name():
    # guard (rounds 303, 369, 405): «رشيد مقدم», then «وأضاف مقدم»
    body = 'وقال المدير رشيد مقدم إن "الوضع صعب". وأضاف مقدم أن "الحكومة مطالبة بجدول زمني".'
    assert speakers(body) == ["رشيد مقدم"] * 2


def test_a_wholesale_trader_in_a_market():
    # round 588: «تاجر جملة في سوق باب اليمن» was «تاجر»
    body = 'وفي صنعاء، قال تاجر جملة في سوق باب اليمن، طالباً عدم نشر اسمه، إن "التجار يترقبون، ولا أحد يعرف".'
    assert speakers(body) == ["تاجر جملة في سوق باب اليمن"]


def test_the_statement_issued_in_an_aside_before():
    # round 589: «وذكرت اللجنة المنظمة، في بيان، أن برنامج المعرض …، وأوضح البيان أن» went to «برنامج المعرض»
    body = ('وذكرت اللجنة المنظمة، في بيان، أن برنامج المعرض يتضمن 45 ندوة وورشة عمل، وأوضح البيان أن "جلسات '
            'خاصة ستُخصص لأدب الطفل وللكتابة باللغة الصومالية".')
    assert speakers(body) == ["اللجنة المنظمة"]


def test_a_spokeswoman_for_a_bodys_long_quoted_name():
    # round 590: «المتحدثة باسم "تنسيقية المتضررين من سد ريو إنديو" ماريا …» gave the words to «ريو إنديو»
    body = ('وقالت المتحدثة باسم "تنسيقية المتضررين من سد ريو إنديو" ماريا دي لوس أنخيليس غونزاليس لوكالة "إفي" '
            'إن "الهيئة تتحدث عن الحوار بعدما قررت كل شيء".')
    assert speakers(body) == ["ماريا دي لوس أنخيليس غونزاليس"]


# Rounds 591-596, written after 6eb46de, scored untouched first.

def test_the_meeting_the_wali_closed_is_no_part_of_his_title():
    # round 591: «وختم الوالي الاجتماع بالتأكيد على أن» proposed «الوالي الاجتماع بالتأكيد»
    body = ('وقال والي ورقلة عبد الحميد دحماني إن "الصيف صعب". وختم الوالي الاجتماع بالتأكيد على أن "التقييم '
            'سيكون ميدانياً لا على الورق".')
    assert speakers(body) == ["عبد الحميد دحماني"] * 2


def test_ray_written_with_ya_is_the_noun_opinion():
    # round 594: «خلال عرضه رأي اللجنة، إن» read «رأي» as the verb «رأى», nearer the quotation than «وقال»
    body = ('وأوضح المجلس، في بيان، أنه اتخذ قراره بعد الاستماع إلى لجنة الإسكان والمياه والخدمات العامة. وقال '
            'رئيس اللجنة الدكتور سامي الزهراني، خلال عرضه رأي اللجنة، إن «متوسط الإيجارات السكنية في العاصمة '
            'ارتفع»، مشدداً على التوازن.')
    assert speakers(body) == ["سامي الزهراني"]


def test_a_verbal_noun_in_ba_after_the_office_is_no_name():
    # round 596: «وتعهّد رئيس الحكومة بكشف أسباب الانقطاع، قائلاً» proposed «بكشف أسباب الانقطاع»
    body = ('في المقابل، قال رئيس الحكومة الإسبانية بيدرو سانشيز إن "نحو 15 غيغاواط اختفت". وتعهّد رئيس '
            'الحكومة بكشف أسباب الانقطاع، قائلاً: "سنحاسب أي جهة خاصة تثبت مسؤوليتها".')
    assert speakers(body) == ["بيدرو سانشيز"] * 2


def test_an_unnamed_diplomat_in_geneva():
    # round 596: «دبلوماسي أوروبي في جنيف» was cut at «في»: Geneva was in no list
    body = ('وقال دبلوماسي أوروبي في جنيف لـ«الشرق الأوسط»، طالباً عدم ذكر اسمه، إن «عدداً من المانحين الكبار لن '
            'يعلنوا تعهدات جديدة».')
    assert speakers(body, outlet="الشرق الأوسط – مكتب جنيف") == ["دبلوماسي أوروبي في جنيف"]


def test_the_new_chancellor_the_parliament_elected():
    # round 596: «انتخب البرلمان … فريدريش ميرتس مستشاراً» then «وأضاف المستشار الجديد» was a new actor
    body = ('انتخب البرلمان الألماني أمس زعيم الاتحاد المسيحي الديمقراطي فريدريش ميرتس مستشاراً للبلاد. وأضاف '
            'المستشار الجديد أن "ألمانيا تحتاج إلى حكومة مستقرة".')
    assert speakers(body) == ["فريدريش ميرتس"]


def test_a_verb_after_a_name_inside_a_quotation():
    # round 596: «"النائب فريدريش ميرتس حصل على الغالبية"» proposed «فريدريش ميرتس حصل»
    body = ('وأعلنت رئيسة البوندستاغ يوليا كلوكنر النتيجة قائلة: "النائب فريدريش ميرتس حصل على الغالبية المطلوبة '
            'من أصوات الأعضاء".')
    assert "فريدريش ميرتس حصل" not in actor_names(body)


def test_an_unnamed_spokesman_for_a_company_group():
    # round 596: «متحدث باسم مجموعة إيون» was given to the company, «مجموعة إيون» read as his name
    body = ('وبدأت مجموعة إيون بيع الأرز. وقال متحدث باسم مجموعة إيون لـ"CGTN العربية" إن "الكميات المخصصة '
            'لليوم الأول نفدت".')
    assert speakers(body) == ["متحدث باسم مجموعة إيون"]


def test_the_government_spokesman_then_his_name():
    # guard: «المتحدث باسم الحكومة محمد علي» is named
    body = 'وقال المتحدث باسم الحكومة محمد علي إن "الوضع مستقر".'
    assert speakers(body) == ["محمد علي"]


def test_syrian_families_are_not_syria():
    # round 593: «أكثر من 1200 عائلة سورية» proposed the state «سوريا»
    body = 'عبرت أكثر من 1200 عائلة سورية قادمة من الأردن معبر نصيب، وقال مدير المعبر مازن علوش إن "العمل مستمر".'
    assert "سوريا" not in actor_names(body)
    assert "سوريا" in actor_names('وقالت سورية إن "الاتفاق نهائي".')


def test_somaliland_is_not_somalia():
    # round 595: «وزير التعليم في أرض الصومال» proposed the state «الصومال»
    body = 'وقال وزير التعليم في أرض الصومال أحمد محمد ديريه إن "المعرض مهم".'
    assert "الصومال" not in actor_names(body)


def test_a_body_named_for_a_state_is_not_the_state():
    # older rounds: «مصرف ليبيا المركزي»، «صندوق قطر للتنمية» proposed «ليبيا» and «قطر» as actors
    body = 'وقال محافظ مصرف ليبيا المركزي ناجي عيسى إن "السيولة متوفرة"، فيما أعلن صندوق قطر للتنمية تمويل المشروع.'
    names = actor_names(body)
    assert "ليبيا" not in names and "قطر" not in names
    assert "قطر" in actor_names('وصل وفد قطر إلى القاهرة، وقال رئيس الوفد إن "المحادثات إيجابية".')


# Common words session 25 left proposed as actors (rounds 578, 584), and an older folder.

def test_min_al_muqarrar_is_no_rapporteur():
    # round 578: «ومن المقرر أن يمثل …» proposed «المقرر» as the subject of a later verb
    body = ('وقال مصدر في الشرطة لفرانس برس إن "عشرات العناصر أصيبوا بالحجارة".\n\nومن المقرر أن يمثل عدد من '
            'الموقوفين أمام محكمة في نيروبي الأسبوع المقبل، فيما دعت حركات شبابية إلى تظاهرات جديدة في السابع من '
            'تموز/يوليو المقبل، في ذكرى انتفاضة "سابا سابا" عام 1990.')
    assert "المقرر" not in actor_names(body)


def test_one_of_its_committees_then_what_it_passed():
    # round 578: «بعد أن أقرّت إحدى لجانها النص» proposed «إحدى لجانها النص»
    body = 'وجاء الاعتماد في الجلسة العامة، بعد أن أقرّت إحدى لجانها النص أمس بأغلبية 124 صوتاً.'
    assert "إحدى لجانها النص" not in actor_names(body)


def test_one_of_the_schools_stays_in_the_title():
    # guard (round 191): «رئيس جمعية … بإحدى المدارس الابتدائية بحي المسيرة، محمد أيت الحاج،»
    body = ('في المقابل، اعتبر رئيس جمعية آباء وأمهات وأولياء التلاميذ بإحدى المدارس الابتدائية بحي المسيرة، '
            'محمد أيت الحاج، أن الحملة جاءت متأخرة، قائلا: "طالبنا منذ شهر نونبر بقدوم فرق التلقيح".')
    assert speakers(body) == ["محمد أيت الحاج"]


def test_a_chain_and_its_quoted_name():
    # round 578: «أعلنت سلسلة "إيتو-يوكادو"» proposed «سلسلة»
    body = 'فيما أعلنت سلسلة "إيتو-يوكادو" أنها تدرس خطوة مماثلة، وقالت إن "المخزون يكفي".'
    assert "سلسلة" not in actor_names(body)


def test_a_verbal_noun_and_a_count_after_the_office():
    # round 584: «وأعلن رئيس الحكومة إرسال 500 جندي» proposed «إرسال» (the whole report: the
    # reporter is read with what the article said before)
    names = fixture_actor_names("articles_round584", "euronewsmadrid_spain_wildfires.json")
    assert "إرسال" not in names
    assert "بيدرو سانشيث" in names


def test_a_teams_star_then_his_name():
    # round 210: «شدد نجم المنتخب أكرم عفيف» proposed «نجم المنتخب أكرم عفيف»
    body = 'من جهته، شدد نجم المنتخب أكرم عفيف على أن "الجماهير ستكون اللاعب رقم 12".'
    assert speakers(body) == ["أكرم عفيف"]
    assert speakers('وقال نجم الدين أحمد إن "الأمر مهم".') == ["نجم الدين أحمد"]
