"""Session 26, continued: speakers the waves of rounds 597-614 got wrong, and the common words the
scorer does not count that they brought, each wave scored untouched first and fixed after its
scoring; each test fails on the rules before its fix, but the guards."""
from __future__ import annotations

from tests.core.extract_cases import actor_names, extracted, fixture_actor_names, speakers


# Rounds 597-602, written after 9fcbc63, scored untouched first.

def test_al_umda_inside_a_sudanese_name():
    # round 598: «حاكم إقليم النيل الأزرق أحمد العمدة بادي» was «أحمد», «العمدة» read as an office
    body = ('دشّن حاكم إقليم النيل الأزرق أحمد العمدة بادي، أمس الأربعاء، الموسم الزراعي. وقال بادي إن "المساحة '
            'المستهدفة هذا الموسم تبلغ مليوناً". وأضاف الحاكم: "وفرنا الوقود والتقاوي بالتنسيق مع الحكومة".')
    assert speakers(body) == ["أحمد العمدة بادي"] * 2


def test_a_security_directorate_named_with_its_town():
    # round 598: «مديرية أمن غات» was cut to «مديرية أمن» (Ghat was in no list)
    body = ('بدورها، أعلنت مديرية أمن غات ضبط ثلاث شاحنات صهريج، وقالت في بيان إن "أي محطة يثبت بيعها خارج '
            'التسعيرة الرسمية ستغلق".')
    assert speakers(body) == ["مديرية أمن غات"]


def test_a_fund_for_development_and_reconstruction():
    # round 598: «المدير العام لصندوق التنمية وإعادة إعمار ليبيا بلقاسم حفتر» was «وإعادة إعمار»
    body = ('من جهته، أعلن المدير العام لصندوق التنمية وإعادة إعمار ليبيا بلقاسم حفتر تسليم 1200 وحدة سكنية، وقال '
            'إن «أعمال إعادة بناء سدي أبو منصور والبلاد ستنطلق».')
    assert speakers(body) == ["بلقاسم حفتر"]


def test_a_league_of_flood_victims_families():
    # round 598: «رابطة أسر ضحايا فيضان درنة» was cut to «رابطة أسر» («فيضان», an event word)
    body = 'في المقابل، قالت رابطة أسر ضحايا فيضان درنة، في بيان، إن «الإعمار لا يغني عن المحاسبة».'
    assert speakers(body) == ["رابطة أسر ضحايا فيضان درنة"]


def test_the_wali_called_on_the_mayors():
    # round 597: «دعا الوالي رؤساء المجالس الشعبية البلدية إلى "…"» gave the words to «رؤساء المجالس»
    body = ('قال الوالي محمد بن مالك إن "الوضع صعب". وفي هذا الصدد، دعا الوالي رؤساء المجالس الشعبية البلدية إلى '
            '"النزول إلى الأحياء بدل انتظار الشكاوى".')
    assert speakers(body) == ["محمد بن مالك"] * 2


def test_an_office_then_the_quoted_name_of_the_body_it_heads():
    # round 602: «المدير العام لـ«روس آتوم» أليكسي ليخاتشوف» stopped at «لـ» as if spoken to
    body = ('من جهته، قال المدير العام لـ«روس آتوم» أليكسي ليخاتشوف، في بيان نشرته المؤسسة على موقعها، إن «المحطة '
            'ستضم وحدتين من طراز VVER-1200».')
    assert speakers(body) == ["أليكسي ليخاتشوف"]


def test_the_outlet_spoken_to_after_lam_stays_no_body():
    # guard: «وقال المصدر لـ"بغداد اليوم"» is the outlet spoken to
    assert speakers('وقال المصدر لـ"بغداد اليوم" إن "الوضع هادئ".') == ["المصدر"]


def test_a_body_then_its_heads_rank_and_name():
    # round 600: «الهيئة» read back to «هيئة مقاومة الجدار والاستيطان الوزير» (the holder's rank in the body)
    body = ('بدوره، قال رئيس هيئة مقاومة الجدار والاستيطان الوزير مؤيد شعبان إن "الهيئة وثقت أكثر من 150 اعتداء". '
            'وأشارت الهيئة، في تقريرها الأسبوعي، إلى أن "سلطات الاحتلال أصدرت خلال الأسبوع الماضي أوامر".')
    assert speakers(body) == ["مؤيد شعبان", "هيئة مقاومة الجدار والاستيطان"]


def test_muhammad_after_bin_is_no_family_name():
    # round 600: «المهندس محمد سيف الأفخم» was cut to «محمد» and given to «سهيل بن محمد المزروعي»
    body = ('وقال الوزير سهيل بن محمد المزروعي إن "السكن أولوية". من جهته، قال مدير عام بلدية الفجيرة المهندس '
            'محمد عويضة الأفخم إن "البلدية أنجزت توصيل شبكات المياه".')
    assert speakers(body) == ["سهيل بن محمد المزروعي", "محمد عويضة الأفخم"]


def test_the_council_called_on_the_transport_authority():
    # round 600: «المجلس دعا … الهيئة العامة للنقل» type phrases glued the body called on to the council
    body = ('طالب مجلس الشورى الهيئة العامة للنقل بالتوسع في خدمات النقل العام. وقالت الدكتورة حنان الأحمدي إن '
            '"القرار صائب"، مبينة أن المجلس دعا كذلك إلى "إلزام شركات التطبيقات بالإفصاح المسبق".')
    assert not any("الهيئة العامة للنقل" in name for name in actor_names(body))


def test_the_organising_committee_keeps_its_participle():
    # guard (round 295): «اللجنة المنظمة للمهرجان» is one body («المنظمة» is its adjective)
    body = 'وقالت اللجنة المنظمة للمهرجان إن البرنامج "يتضمن سباقاً للهجن يوم السبت المقبل".'
    assert speakers(body) == ["اللجنة المنظمة للمهرجان"]


def test_a_mauritanian_region_before_the_name():
    # round 601: «… في تيرس الزمور محمد عبد الله ولد أحمدو» lost «محمد» to the unknown region
    body = ('وفي حديث لـ"الأخبار"، قال رئيس رابطة مرضى القصور الكلوي في تيرس الزمور محمد عبد الله ولد أحمدو إن '
            '"هذا اليوم انتظرناه أكثر من عشر سنوات".')
    assert speakers(body) == ["محمد عبد الله ولد أحمدو"]


def test_a_cooperative_head_named_jama():
    # round 601: «رئيس تعاونية صيادي بوصاصو جامع عيسى فارح» was «عيسى فارح»
    body = 'في المقابل، قال رئيس تعاونية صيادي بوصاصو جامع عيسى فارح إن "الصيادين يحتاجون قبل الأبحاث إلى ثلاجات".'
    assert speakers(body) == ["جامع عيسى فارح"]


def test_the_un_organisation_named_before():
    # round 601: «قالت المنظمة الأممية» was an actor of its own, not the FAO named before
    body = ('وأنشئ المركز بتمويل مشترك من حكومة الولاية ومنظمة الأغذية والزراعة للأمم المتحدة. بدورها، قالت المنظمة '
            'الأممية، في بيان وزعته على الصحفيين، إن المركز "سيسهم في تقييم المخزون السمكي".')
    assert speakers(body) == ["منظمة الأغذية والزراعة للأمم المتحدة"]


def test_his_running_mate_named_in_apposition():
    # round 566: «تعهد مرشحه لمنصب نائب الرئيس، النقيب السابق في الشرطة إدمان لارا،» proposed «مرشحه لمنصب»
    body = ('وقال باز أمام أنصاره: «بوليفيا صوتت للتغيير».\n\nبدوره، تعهد مرشحه لمنصب نائب الرئيس، النقيب السابق في '
            'الشرطة إدمان لارا، بـ«مكافحة الفساد داخل مؤسسات الدولة».')
    names = actor_names(body)
    assert "مرشحه لمنصب" not in names and "إدمان لارا" in names


def test_the_writers_title_without_its_lam():
    # found trying round 598's report as a new user: «كتاب "…" للكاتب فرج الساعدي» titled him «للكاتب»
    records = extracted('وشهدت الفعالية توقيع كتاب «درنة.. الليلة التي لم تنتهِ» للكاتب فرج الساعدي، الذي يضم شهادات '
                        'أكثر من أربعين ناجياً.')
    titles = {r["name"]: r.get("title") for r in records if r["id"].startswith("actor:")}
    assert titles.get("فرج الساعدي") == "الكاتب"


# Rounds 603-608, written after 005ba20, scored untouched first.

def test_a_union_leader_in_plural_unions():
    # round 608: «قيادي في نقابات النقل» was cut to «قيادي»
    body = 'وقال قيادي في نقابات النقل لوكالة إفي، طالبا عدم ذكر اسمه، إن "السائقين يدفعون الإتاوات كل يوم".'
    assert speakers(body) == ["قيادي في نقابات النقل"]


def test_the_second_name_after_a_named_subject_is_his_object():
    # round 608: «حمّل … تشاك شومر الرئيس دونالد ترامب … المسؤولية، وقال» gave the words to Trump
    body = ('في المقابل، حمّل زعيم الأقلية الديمقراطية تشاك شومر الرئيس دونالد ترامب والجمهوريين المسؤولية، وقال في '
            'كلمة من قاعة المجلس إن “ملايين الأمريكيين سيواجهون ارتفاعا حادا”.')
    assert speakers(body) == ["تشاك شومر"]


def test_a_hyphened_given_name_before_an_adverb():
    # round 608: «رجل الأعمال جان-لوي بيون ثانيا» then «وكتب بيون» gave «لوي بيون»
    body = ('وحلّ رجل الأعمال جان-لوي بيون ثانيا بنسبة 3.09%. وكتب بيون على حسابه في منصة «إكس» أنه اتصل بواتارا '
            'لتهنئته، مضيفا: «الديمقراطية تحتاج إلى معارضة حاضرة».')
    assert speakers(body) == ["جان-لوي بيون"]


def test_a_source_informed_of_the_file():
    # round 603: «مصدر قضائي مطلع على الملف» was cut at «على»
    body = 'وقال مصدر قضائي مطلع على الملف إن "معلومات وردت إلى فرقة البحث والتحري".'
    assert speakers(body) == ["مصدر قضائي مطلع على الملف"]


def test_al_sayyid_inside_an_egyptian_name():
    # round 604: «وقال محمد السيد الغريب، وهو موظف» was «محمد»
    body = 'وقال محمد السيد الغريب، وهو موظف على المعاش: "قدمت الملف منذ ثمانية أشهر ودفعت الرسوم".'
    assert speakers(body) == ["محمد السيد الغريب"]


def test_a_civil_society_activist_set_off_by_commas():
    # round 603: «غير أن الفاعل الجمعوي بكلميمة، لحسن أوبلا، قال» went to the speaker before
    body = ('واعتبر أيت علي أن الانقطاعات «ناتجة أساساً عن ذروة الاستهلاك».\n\nغير أن الفاعل الجمعوي بكلميمة، لحسن '
            'أوبلا، قال لـ«الصباح» إن الساكنة «سئمت من الوعود الموسمية».')
    assert speakers(body) == ["أيت علي", "لحسن أوبلا"]


def test_the_closing_statement_of_the_council():
    # round 603: «وجاء في البيان الختامي للمجلس أن الحزب «…»» went to the speaker before
    body = ('انعقد المجلس الجهوي لحزب الاستقلال. من جهته، أوضح المنسق الجهوي للحزب، محمد الطالبي، أن الاستقلاليين '
            '«يراهنون على مضاعفة عدد مقاعدهم».\n\nوجاء في البيان الختامي للمجلس أن الحزب «يطالب بالإسراع في إخراج '
            'مشروع المستشفى».')
    assert speakers(body) == ["محمد الطالبي", "المجلس الجهوي لحزب الاستقلال"]


def test_municipal_elections_are_no_municipality():
    # round 604: «ووصفت الانتخابات البلدية في بيان بأنها "…"» went to «بلدية غريان»
    body = ('وقال عميد بلدية غريان علي سالم إن "الإقبال جيد على مراكز الاقتراع". بدورها، رحبت بعثة الأمم المتحدة '
            'للدعم في ليبيا بسير الاقتراع، ووصفت الانتخابات البلدية في بيان بأنها "خطوة مهمة لاستعادة الثقة في '
            'صناديق الاقتراع".')
    assert speakers(body)[-1] == "بعثة الأمم المتحدة للدعم في ليبيا"


def test_the_candidate_of_a_quoted_list():
    # round 604: «انتقد المرشح عن قائمة "غريان تجمعنا" خالد بشير العماري …، قائلاً» proposed «انتقد المرشح»
    body = ('في المقابل، انتقد المرشح عن قائمة "غريان تجمعنا" خالد بشير العماري ضعف التوعية، رغم حملة "صوتك يبني '
            'بلديتك" التي أطلقتها المفوضية، قائلاً إن "كثيراً من الشباب لم يعلموا بموعد الاقتراع".')
    assert speakers(body) == ["خالد بشير العماري"]


# Common words and clauses the scorer does not count, read as actors at first scoring (rounds 585-608).

def test_a_verbal_noun_before_a_count_is_no_reporter():
    # round 599: «أقرت زراعة 20 ألف دونم» proposed «زراعة»
    body = ('وبحسب مدير زراعة النجف منعم شهيد الفتلاوي، فإن الخطة الصيفية أقرت زراعة 20 ألف دونم فقط من الشلب هذا '
            'العام.')
    assert "زراعة" not in actor_names(body)


def test_a_share_of_the_vote_after_a_name():
    # round 608: «السيدة الأولى السابقة سيمون إيهيفيه غباغبو بنسبة 2.42%» proposed «… غباغبو بنسبة»
    body = 'وحلّ رجل الأعمال جان-لوي بيون ثانيا، تلته السيدة الأولى السابقة سيمون إيهيفيه غباغبو بنسبة 2.42%، فيما غاب زوجها.'
    assert "سيمون إيهيفيه غباغبو" in actor_names(body)


def test_the_region_a_ministrys_delegation_visits():
    # round 598: «وفد من وزارة الزراعة والري الاتحادية الإقليم» proposed with «الإقليم» (the whole report)
    names = fixture_actor_names("articles_round598", "alsudani_damazin_farming_season.json")
    assert "وزارة الزراعة والري الاتحادية الإقليم" not in names


def test_the_ministry_the_shura_council_asked():
    # round 606: «طالب مجلس الشورى وزارة الموارد البشرية …» proposed one body of both
    body = 'طالب مجلس الشورى وزارة الموارد البشرية والتنمية الاجتماعية بمراجعة نسب التوطين المفروضة على المنشآت الصغيرة.'
    assert not any("وزارة" in name and "مجلس" in name for name in actor_names(body))


def test_a_desalination_plant_is_the_directors_title():
    # round 586: «مدير محطة تحلية طبرق المهندس عبد السلام المنفي» proposed «محطة تحلية» (the whole report)
    names = fixture_actor_names("articles_round586", "alwasat-tobruk_water_emergency.json")
    assert "محطة تحلية" not in names and "عبد السلام المنفي" in names


# Rounds 609-614, written after b9ecd18, scored untouched first.

def test_a_verb_before_a_researchers_title_is_no_given_name():
    # round 613: «وعرض الباحث في مختبر …، وقال» proposed «وعرض الباحث»
    body = ('وعرض الباحث في مختبر الموارد المائية بالجامعة إبراهيم ولد الطالب نتائج دراسة ميدانية شملت 140 بئراً في '
            'مقاطعات لعيون، وقال إن «منسوب المياه انخفض في أكثر من نصف الآبار».')
    assert "وعرض الباحث" not in actor_names(body)


def test_the_depositors_the_governor_reassured():
    # round 614: «طمأن محافظ البنك … ديميتار راديف المودعين، قائلاً» proposed «ديميتار راديف المودعين»
    body = 'بدوره، طمأن محافظ البنك الوطني البلغاري ديميتار راديف المودعين، قائلاً إن "الودائع ستُحوَّل تلقائياً ومن دون أي رسوم".'
    assert speakers(body) == ["ديميتار راديف"]


def test_the_sentence_the_prosecutor_asked_for_is_no_name():
    # round 609: «التمس وكيل الجمهورية لدى محكمة البليدة عقوبة 15 سنة» proposed «… عقوبة»
    body = ('وخلال جلسة المحاكمة، التمس وكيل الجمهورية لدى محكمة البليدة عقوبة 15 سنة حبساً نافذاً، معتبراً أن '
            '"المتهمين حوّلوا غرف التبريد إلى مخازن".')
    assert speakers(body) == ["وكيل الجمهورية لدى محكمة البليدة"]


def test_a_group_and_its_quoted_name():
    # round 610: «قالت مجموعة "محامو الطوارئ"» gave the words to «مجموعة»
    body = 'بدورها، قالت مجموعة "محامو الطوارئ"، في بيان، إن القصف "يمثل انتهاكاً صريحاً للقانون الدولي الإنساني".'
    assert speakers(body) == ["مجموعة محامو الطوارئ"]


def test_the_countryside_of_a_capital_is_no_state():
    # round 593: «أرياف درعا ودمشق وحمص» proposed the state «سوريا» from «ودمشق»
    body = 'وقالت المفوضية إن "معظم العائدين يتجهون إلى أرياف درعا ودمشق وحمص".'
    assert "سوريا" not in actor_names(body)
