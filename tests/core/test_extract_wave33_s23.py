"""Session 23: speakers and common words the waves of rounds 477-482 (written after 8016f9a) and
483-488 (written after 65a30ce), each scored untouched first, got wrong, fixed after their scoring,
and three common words session 22 left; each test fails on the rules before its fix, but the guards."""
from __future__ import annotations

import json
from pathlib import Path

from desktop.core.extract import extract_article
from tests.core.extract_cases import actor_names, quotes, speakers

FIXTURES = Path(__file__).parent / "fixtures"


def test_a_founder_opens_a_title_before_a_name_with_no_comma():
    # round 481: «مؤسس المعرض» was read as a name, the founder's own name left out
    body = ('وقال مؤسس المعرض ومدير مركز هرجيسا الثقافي جامع موسى جامع، في كلمة الافتتاح، إن "الكتاب ظل '
            'في هرجيسا جسراً بين الأجيال".')
    assert speakers(body) == ["جامع موسى جامع"]


def test_the_founding_meeting_is_no_title():
    # guard: with «ال» after a noun, «المؤسس» is its adjective (founding), not a founder
    body = 'وقال رئيس المؤتمر المؤسس للحزب خالد العمري إن "الحزب سيشارك في الانتخابات".'
    assert speakers(body) == ["خالد العمري"]


def test_what_a_meeting_took_up_ends_the_name_of_whom_it_was_held_with():
    # round 479: «رائد أبو السعود شكاوى أهالي» was the minister's name
    body = ('بحثت لجنة الزراعة والمياه في مجلس النواب، اليوم الثلاثاء، مع وزير المياه والري رائد أبو السعود '
            'شكاوى أهالي قرى في لواءي المزار الجنوبي والقصر.\n\nوردّ أبو السعود بأن الوزارة "رصدت 12 مليون '
            'دينار لاستبدال خطوط الضخ". وأضاف الوزير: "نحن لا ننكر حجم المعاناة".')
    assert speakers(body) == ["رائد أبو السعود"] * 2


def test_a_technical_source_keeps_what_it_is_and_where():
    # round 479: «مصدر فني في محطة حلب الحرارية» was «مصدر»
    body = 'وأفاد مصدر فني في محطة حلب الحرارية، طالباً عدم كشف اسمه، بأن "المجموعة الأولى ستدخل الخدمة".'
    assert speakers(body) == ["مصدر فني في محطة حلب الحرارية"]


def test_a_body_and_its_unit_after_a_dash_in_a_statement_named_in_passing():
    # round 479: «بحسب بيان لقيادة الجيش – مديرية التوجيه.», then «وقالت القيادة» and «وأضاف البيان»
    body = ('أقفل الجيش اللبناني خمسة معابر غير شرعية، بحسب بيان لقيادة الجيش – مديرية التوجيه. وتنشط '
            'عمليات التهريب في وادي خالد.\n\nوقالت القيادة في بيانها إن "وحدات من فوج الحدود دهمت عدداً من '
            'المستودعات". وأضاف البيان أن "العمل جارٍ لاستكمال إقفال المعابر المتبقية".')
    assert speakers(body) == ["قيادة الجيش – مديرية التوجيه"] * 2


def test_a_statement_of_a_body_with_no_unit_keeps_the_body():
    # guard: a dash that opens the next sentence's aside is no unit of the body
    body = ('بحسب بيان لقيادة الجيش – وهو الثاني هذا الأسبوع – فإن الوحدات انتشرت.\n\nوأضاف البيان أن '
            '"العمل جارٍ لاستكمال إقفال المعابر".')
    assert speakers(body) == ["قيادة الجيش"]


def test_a_family_name_joined_to_bin_before_what_the_verb_takes():
    # round 477: «محمد أمين بنهاشم المجموعة» was cut to «محمد أمين», «بنهاشم» read as «بـ» on a noun
    body = 'من جهته، وصف مدرب الفريق محمد أمين بنهاشم المجموعة بأنها «صعبة لكنها ليست مستحيلة».'
    assert speakers(body) == ["محمد أمين بنهاشم"]


def test_bi_on_a_noun_after_a_name_still_ends_it():
    # guard: «بنسبة» is «بـ» on a noun, no «بن» and a given name
    body = 'وقال وزير المالية محمد الكعبي بنسبة كبيرة من الثقة إن "العجز سيتراجع".'
    assert "بنسبة" not in " ".join(speakers(body))


def test_data_a_body_published_speak_for_it():
    # round 477: «وبحسب معطيات نشرها المرصد الوطني للفلاحة، فإن "…"» went to the speaker before
    body = ('وأضاف الهلالي: "لم نلجأ إلى نظام الحصص".\n\nوبحسب معطيات نشرها المرصد الوطني للفلاحة، فإن '
            '"المخزون الحالي للسدود يقدّر بنحو 850 مليون متر مكعب".')
    assert speakers(body)[-1] == "المرصد الوطني للفلاحة"


def test_a_city_among_a_chain_of_somali_names():
    # round 481: «حسن عدن فارح» was cut to «حسن» at the city «عدن»
    body = 'أما شيخ العشيرة في المديرية حسن عدن فارح، فقال: "الأهالي يثقون بالحملة هذه المرة".'
    assert speakers(body) == ["حسن عدن فارح"]


def test_a_city_after_a_name_still_ends_it():
    # guard: a city after a whole name, then the clause, is where (no third name, no comma after it)
    body = 'وقال المبعوث الأممي هانس غروندبرغ إن "المحادثات في عدن ستستأنف الأسبوع المقبل".'
    assert speakers(body) == ["هانس غروندبرغ"]


def test_a_title_runs_through_where_in_the_country_its_seat_is():
    # round 482: «حاكم ولاية بورنو في شمال شرقي نيجيريا باباغانا أومارا زولوم» gave «أومارا زولوم», and
    # «الحاكم» a second actor «حاكم ولاية بورنو»
    body = ('تفقّد حاكم ولاية بورنو في شمال شرقي نيجيريا باباغانا أومارا زولوم، أمس الاثنين، بلدة باما.\n\n'
            'وقال زولوم، في كلمة أمام السكان، إن "الحكومة لن تتخلى عن باما". وأعلن الحاكم أن "العودة ستبدأ".')
    assert speakers(body) == ["باباغانا أومارا زولوم"] * 2


def test_what_she_described_closes_her_name_after_a_place():
    # round 482: «وصفت رئيسة الحزب الجمهوري في كاليفورنيا كورين رانكين النتيجة بأنها» gave the title alone
    body = 'في المقابل، وصفت رئيسة الحزب الجمهوري في كاليفورنيا كورين رانكين النتيجة بأنها "يوم حزين".'
    assert speakers(body) == ["كورين رانكين"]


def test_a_definite_family_name_before_bi_anna_stays_the_name():
    # guard: after any verb but «وصف», a definite word before «بأن» is the family name
    body = 'من جهته، أفاد المتحدث باسم بلدية غزة حسام الشوا بأن طواقم البلدية "تمكنت من إعادة تشغيل ثمانية آبار".'
    assert speakers(body) == ["حسام الشوا"]


def test_a_quoted_name_a_relative_clause_describes_is_no_quotation():
    # round 482: «أقرّ الناخبون "المقترح 50" الذي يجيز …» was a quotation by «الناخبون»
    body = ('أقرّ الناخبون في ولاية كاليفورنيا، أمس الثلاثاء، "المقترح 50" الذي يجيز للهيئة التشريعية إعادة '
            'رسم الخريطة.\n\nوقال الحاكم غافين نيوسوم إن "كاليفورنيا قالت كلمتها".')
    assert [text for text, _ in quotes(body)] == ["كاليفورنيا قالت كلمتها"]


def test_a_registrar_of_voters_is_a_title():
    # round 482: «مسجّل الناخبين بوب بيج» was one name
    body = 'وفي مقاطعة أورانج، قال مسجّل الناخبين بوب بيج لـ"الانتشار العربي" إن "نسبة المشاركة فاقت توقعاتنا".'
    assert actor_names(body) == ["بوب بيج"]


def test_a_body_acronym_then_where_the_branch_is_then_the_name():
    # round 482: «… الإسلامية (كير) في لوس أنجلوس حسام عيلوش» gave the title alone
    body = ('من جهته، قال المدير التنفيذي لفرع مجلس العلاقات الأمريكية الإسلامية (كير) في لوس أنجلوس حسام '
            'عيلوش إن "أبناء الجالية أثبتوا أنهم كتلة انتخابية".')
    assert speakers(body) == ["حسام عيلوش"]


def test_what_a_minister_was_faced_with_ends_his_name():
    # round 480: «عبد الرحمن عبد المنان العور بأسئلة» was the minister's name
    body = ('بعدما واجه أعضاء في المجلس وزير الموارد البشرية والتوطين عبد الرحمن عبد المنان العور بأسئلة عن '
            'تسريح مواطنين.\n\nوقال العور إن «عدد المواطنين العاملين في القطاع الخاص تجاوز 136 ألفاً».')
    assert actor_names(body) == ["عبد الرحمن عبد المنان العور"]
    assert speakers(body) == ["عبد الرحمن عبد المنان العور"]


def test_members_of_a_body_are_no_subject_of_the_verb_after():
    # round 480: «من منتسبي القوات الحكومية، في مبادرة أحادية قالت إنها …» was the forces'
    body = ('أفرجت جماعة الحوثي، أمس السبت، عن 75 محتجزاً من منتسبي القوات الحكومية، في مبادرة أحادية قالت '
            'إنها تأتي «بمناسبة شهر رمضان المبارك ومراعاة للحالات الإنسانية».')
    assert speakers(body) == ["جماعة الحوثي"]


def test_a_noun_in_construct_after_a_title_is_no_one():
    # round 477 (unquoted): «يعرض الوزير حصيلة البرنامج الصيفي» proposed «حصيلة البرنامج الصيفي» as a person
    body = ('وقال الوزير محمد عرقاب إن "الذروة تجاوزت التوقعات".\n\nومن المقرر أن يعرض الوزير حصيلة البرنامج '
            'الصيفي للكهرباء على الحكومة الأسبوع المقبل.')
    assert actor_names(body) == ["محمد عرقاب"]


def test_a_given_name_in_ta_marbuta_after_a_title_stays():
    # guard: «أسامة» is a given name the lexicons know
    body = 'وأعلن الوزير أسامة العبد الله خطة جديدة للنقل.'
    assert "أسامة العبد الله" in actor_names(body)


def test_what_a_rapporteur_is_for_is_no_one():
    # round 470 (unquoted, left by session 22): «المقرر المشارك لملف الإطار المالي» proposed «لملف الإطار المالي»
    body = ('وقال النائب الروماني في البرلمان الأوروبي سيغفريد موريشان، المقرر المشارك لملف الإطار المالي، '
            'لـ"البوابة" إن "البرلمان لن يقبل بميزانية تمنح الحكومات صلاحيات واسعة".')
    assert actor_names(body) == ["سيغفريد موريشان"]


def test_financial_said_of_a_problem_is_not_mali():
    # round 472 (unquoted, left by session 22): «بقدر ما هو مالي» proposed the country Mali
    body = ('وأوضح رئيس لجنة إدارة الشركة حسين صالح الفيتوري أن "الخطة تستهدف بلوغ 350 ألف برميل"، مضيفاً: '
            '"التحدي الحقيقي ليس فنياً بقدر ما هو مالي، فتأخر الميزانيات يعطل التوريد".')
    assert "مالي" not in actor_names(body)


def test_mali_the_country_is_still_read():
    # guard: after a preposition «مالي» is the country
    body = 'وقال وزير الخارجية عبد الله ديوب إن "القوات ستنسحب من شمال مالي"، مشيراً إلى أن الوضع في مالي تحسن.'
    found = extract_article({"id": "source:mali", "published": "2025-03-18", "title": "t", "body": body})
    assert any(r.get("name") == "مالي" for r in found if r["kind"] in ("actor", "place"))


def test_a_body_read_back_from_inside_its_heads_title_ends_before_his_name():
    # round 471 (left by session 22): «وصادق المجلس» went to «مجلس جهة فاس مكناس عبد الواحد الأنصاري»
    body = ('من جهته، قال المنسق الجهوي للحزب ورئيس مجلس جهة فاس مكناس عبد الواحد الأنصاري إن الجهة "استفادت '
            'من استثمارات غير مسبوقة".\n\nوصادق المجلس في ختام أشغاله على بيان أكد فيه أن "التحالف الحكومي '
            'متماسك".')
    assert speakers(body) == ["عبد الواحد الأنصاري", "مجلس جهة فاس مكناس"]


def test_his_tour_is_no_part_of_his_name():
    # round 484: «وختم سليمان جولته بالتأكيد على أن» proposed «سليمان جولته»
    body = ('وقال رئيس المؤسسة مسعود سليمان إن "المصفاة أولوية". وختم سليمان جولته بالتأكيد على أن "أمن '
            'المنشآت النفطية مسؤولية الجميع".')
    assert speakers(body) == ["مسعود سليمان"] * 2
    assert actor_names(body) == ["مسعود سليمان"]


def test_an_infantry_division_keeps_its_arm():
    # round 484: «الفرقة السادسة مشاة» was cut to «الفرقة السادسة»
    body = 'وقالت الفرقة السادسة مشاة التابعة للقوات المسلحة في بيان إن "الأوضاع تحت السيطرة".'
    assert speakers(body)[0].startswith("الفرقة السادسة مشاة")


def test_a_programmes_and_an_exhibitions_quoted_names_are_no_quotations():
    # round 484: «لبرنامج "صباح الخير يا نهر النيل"» and «معرض "كنوز مستردة"» were quotations
    body = ('قال مدير عام وزارة الصحة بالولاية الدكتور عصام الدين محجوب، في حديث لبرنامج "صباح الخير يا نهر '
            'النيل"، إن "المستشفيات سجلت زيادة في الحالات"، مشيراً إلى أنها ستُعرض ضمن معرض "كنوز مستردة" '
            'بمتحف الأقصر.')
    assert [text for text, _ in quotes(body)] == ["المستشفيات سجلت زيادة في الحالات"]


def test_his_highness_said_in_his_speech_is_the_one_who_inaugurated_not_the_guest():
    # round 486: «وقال سموّه، في كلمته …» was missed (no verb right before «في كلمته»); the latest
    # titled person, the prince in whose presence it was, is no speaker
    body = ('دشّن صاحب السمو الأمير عبدالله بن بندر بن عبدالعزيز، وزير الحرس الوطني، أمس الثلاثاء، مركز الأورام '
            'الجديد في الأحساء، بحضور صاحب السمو الملكي الأمير سعود بن نايف بن عبدالعزيز، أمير المنطقة الشرقية.'
            '\n\nوقال سموّه، في كلمته خلال حفل التدشين، إن "صحة منسوبي الحرس الوطني تأتي في مقدمة أولويات الوزارة".')
    assert speakers(body) == ["عبدالله بن بندر بن عبدالعزيز"]


def test_a_hospital_named_after_a_king_inside_a_title():
    # round 486: «لمستشفى الملك عبدالعزيز» gave the director's words to the minister «… بن عبدالعزيز»
    body = ('دشّن الأمير عبدالله بن بندر بن عبدالعزيز المركز.\n\nمن جهته، أوضح المدير التنفيذي لمستشفى الملك '
            'عبدالعزيز بالأحساء الدكتور ماجد الشمري أن المركز "يضم وحدة للعلاج الإشعاعي".')
    assert speakers(body) == ["ماجد الشمري"]


def test_the_gulfs_directorate_of_health_affairs_is_a_body():
    # round 486: «وذكرت الشؤون الصحية، في بيان …» gave «الشؤون» in its article
    case = json.loads((FIXTURES / "articles_round486" / "harasmagazine_ahsa_oncology.json").read_text(encoding="utf-8"))
    found = extract_article(case["source"])
    names = {r["id"]: r.get("name") for r in found if r["kind"] == "actor"}
    said = {r["text"][:20]: names.get(r["speaker"]) for r in found if r["kind"] == "quote"}
    assert said["المركز سيجري نحو تسع"].startswith("الشؤون الصحية")
    assert "الشؤون" not in names.values()


def test_the_people_of_a_place_after_a_title_are_no_name():
    # round 486: «هنّأ أمير المنطقة الشرقية أهالي الأحساء» proposed «أهالي»
    body = ('وقال الأمير سعود بن نايف، أمير المنطقة الشرقية، إن "المركز مهم". بدوره، هنّأ أمير المنطقة الشرقية '
            'أهالي الأحساء بافتتاح المركز، مؤكداً أنه "إضافة نوعية للخدمات الصحية".')
    assert speakers(body) == ["سعود بن نايف"] * 2
    assert "أهالي" not in actor_names(body)


def test_a_rulings_words_are_the_court_s_or_its_reader_s():
    # rounds 483 and 484: «وجاء في منطوق الحكم الذي تلته رئيسة الجلسة أن "…"» and «وجاء في أسباب الحكم
    # أن "…"» were quotations with no speaker, left out
    read = ('أدان القطب الجزائي لدى محكمة سيدي امحمد المدير العام الأسبق نور الدين حمادي.\n\nوجاء في منطوق '
            'الحكم الذي تلته رئيسة الجلسة أن "الوقائع ثابتة في حق المتهم الرئيسي بما لا يدع مجالاً للشك".')
    assert speakers(read) == ["رئيسة الجلسة"]
    ruled = ('قضت محكمة جنايات الأقصر، أمس الثلاثاء، بالسجن المشدد عشر سنوات لعشرة متهمين.\n\nوجاء في أسباب '
             'الحكم أن المتهمين "حفروا نفقاً بعمق 14 متراً أسفل المنزل".')
    assert speakers(ruled) == ["محكمة جنايات الأقصر"]


def test_a_given_name_before_a_kunya_after_a_place():
    # round 486 (and two older Silwan folders): «… سلوان فخري أبو دياب» gave «أبو دياب»
    body = 'وقال عضو لجنة الدفاع عن أراضي سلوان فخري أبو دياب لموقع الجبهة إن "البلدية تريد إقامة حديقة".'
    assert speakers(body) == ["فخري أبو دياب"]


def test_an_associations_quoted_name_is_no_quotation():
    # round 486: «أكدت جمعية "عير عميم" الإسرائيلية أن … "…"» took the name as a quotation
    body = ('وقال محمد الرجبي: "بنيت هذا البيت". بدورها، أكدت جمعية "عير عميم" الإسرائيلية أن عدد المنازل '
            'التي هُدمت "تجاوز ما هُدم خلال الأشهر الستة الأخيرة"، مشيرةً إلى أنها ستقدم التماساً.')
    assert [text for text, _ in quotes(body)] == ["بنيت هذا البيت", "تجاوز ما هُدم خلال الأشهر الستة الأخيرة"]
    assert speakers(body)[-1] == "جمعية عير عميم"


def test_a_campaigns_slogan_is_no_quotation():
    # round 488: «في إطار حملة "لا تذبحوا زراعتنا"» was a quotation, spoken by «بليون وتولوز»
    body = ('ويُنتظر أن تتواصل التحركات، إذ دعت النقابات إلى إبطاء حركة السير على الطرق السريعة المحيطة بليون '
            'وتولوز، في إطار حملة "لا تذبحوا زراعتنا".')
    assert quotes(body) == [] and actor_names(body) == []


def test_what_the_campaign_will_do_is_still_a_quotation():
    # guard: «الحملة "ستنطلق …"», definite, is what was said of the campaign
    body = 'وقال وزير الصحة أمين تهراوي إن الحملة "ستنطلق ابتداء من 3 مارس المقبل".'
    assert [text for text, _ in quotes(body)] == ["ستنطلق ابتداء من 3 مارس المقبل"]


def test_a_clan_leader_named_in_apposition_after_where_he_is():
    # round 493: «زعيم عشيرة في منطقة مهداي، عثمان حسن أبوكر،» gave «زعيم عشيرة», «عشيرة» read as a name
    body = ('بدوره، قال زعيم عشيرة في منطقة مهداي، عثمان حسن أبوكر، لإذاعة محلية: "شبابنا حملوا السلاح دفاعاً '
            'عن أرضهم". وتابع أبوكر أن "أي انسحاب متسرع للقوات سيعيد المسلحين".')
    assert speakers(body) == ["عثمان حسن أبوكر"] * 2


def test_a_clan_s_name_with_its_prefix_stays_in_the_title():
    # guard: «شيخ عشيرة البو عامر الشيخ جبار كاظم العامري» (round 27)
    body = 'من جانبه، أكد شيخ عشيرة البو عامر الشيخ جبار كاظم العامري لـ"ناس نيوز" أن "العشيرتين طوتا صفحة الدم".'
    assert speakers(body) == ["جبار كاظم العامري"]


def test_a_nickname_the_article_gave_is_the_person_and_those_called_on_after_a_relative():
    # round 493: «ودعا غودلاوي الأسر التي نزحت … إلى» proposed «غودلاوي الأسر»; «غودلاوي» is the one
    # «المعروف بـ"غودلاوي"»
    case = json.loads((FIXTURES / "articles_round493" / "jowhardotcom_shabelle_operation.json").read_text(encoding="utf-8"))
    found = extract_article(case["source"])
    names = {r["id"]: r.get("name") for r in found if r["kind"] == "actor"}
    said = {r["text"][:20]: names.get(r["speaker"]) for r in found if r["kind"] == "quote"}
    assert said["العودة إلى منازلهم و"] == "علي عبد الله حسين"
    assert not any("الأسر" in name or "غودلاوي" in name for name in names.values())


def test_the_rome_statute_is_no_italy_and_a_relative_clause_names_no_subject():
    # round 494: «نظام روما الأساسي» proposed Italy, which then spoke the Sahel confederation's words;
    # the states named in its relative clause («التي تضم مالي وبوركينا فاسو والنيجر») are no subject
    body = ('أعلنت كونفدرالية دول الساحل، التي تضم مالي وبوركينا فاسو والنيجر، مساء أمس الاثنين، انسحاب الدول '
            'الثلاث من نظام روما الأساسي للمحكمة الجنائية الدولية بأثر فوري، في خطوة قالت إنها تهدف إلى '
            '"استعادة السيادة القضائية الكاملة لشعوب الساحل".')
    assert speakers(body) == ["كونفدرالية دول الساحل"]
    assert "إيطاليا" not in actor_names(body)


def test_until_the_elections_are_organised_names_no_subject():
    # round 494: «إلى حين تنظيم الانتخابات، معتبرةً …» made «تنظيم الانتخابات» a speaker
    body = ('وكانت المحكمة الدستورية العليا قد دعت، في قرار أصدرته ليل الثلاثاء، قائد الوحدة إلى "ممارسة مهام '
            'رئيس الدولة" إلى حين تنظيم الانتخابات، معتبرةً في حيثيات القرار أن "شغور منصب الرئاسة ثابت منذ '
            'مغادرة الرئيس البلاد".')
    assert speakers(body) == ["المحكمة الدستورية العليا"] * 2


def test_what_a_president_decided_is_no_part_of_his_name():
    # round 494 (unquoted): «قرار الرئيس الأمريكي دونالد ترامب حظر دخول رعايا تشاد» proposed «دونالد ترامب حظر»
    body = ('أعلن الرئيس محمد إدريس ديبي تعليق منح التأشيرات، رداً على قرار الرئيس الأمريكي دونالد ترامب حظر '
            'دخول رعايا تشاد إلى الولايات المتحدة.')
    assert "دونالد ترامب" in actor_names(body) and not any("حظر" in name for name in actor_names(body))


def test_fay_is_a_name_not_and_any():
    # round 494: «باسيرو ديوماي فاي» was cut before «فاي», read as «فـ» and «أي»
    body = ('أجرى رئيس الجمهورية باسيرو ديوماي فاي، اليوم الخميس في يوكوهاما، مباحثات مع رئيس الوزراء. وقال '
            'فاي إن "إفريقيا لم تأتِ إلى يوكوهاما لتطلب المساعدة".')
    assert speakers(body) == ["باسيرو ديوماي فاي"]


def test_the_name_of_what_is_to_be_created_or_acted_by_is_no_quotation():
    # round 494: «عزمها إنشاء «المحكمة الجنائية الساحلية …»» and «وفق «مبدأ المعاملة بالمثل»» were quotations
    body = ('وأكدت الكونفدرالية عزمها إنشاء «المحكمة الجنائية الساحلية لحقوق الإنسان» لتنظر في جرائم الحرب. وكتب '
            'ديبي أنه أصدر تعليماته للحكومة بالتصرف وفق «مبدأ المعاملة بالمثل»، مضيفاً: "تشاد دولة ذات سيادة".')
    assert [text for text, _ in quotes(body)] == ["تشاد دولة ذات سيادة"]


def test_a_negated_verb_opens_the_clause_whose_subject_is_the_source():
    # round 499 (the last wave, fixed after its scoring): «لم يستبعد مصدر في الوزارة …، مؤكداً أن» gave «يستبعد مصدر»
    body = ('وقال البيان إن "الأسبوع سيُنظم".\n\nفي المقابل، لم يستبعد مصدر في وزارة الثقافة والفنون توقيع اتفاقية '
            'تعاون في مجال صيانة المخطوطات قبل انتهاء الأيام، مؤكداً أن "النص جاهز ولا ينتظر سوى اللمسات الأخيرة".')
    assert speakers(body)[-1] == "مصدر في وزارة الثقافة والفنون"


def test_the_chief_advisers_press_secretary_is_named_after_his_title():
    # round 500 (the last wave, fixed after its scoring): «لكبير مستشاري الحكومة الانتقالية شفيق العالم» gave «مستشاري»
    body = ('وفي دكا، كتب السكرتير الصحفي لكبير مستشاري الحكومة الانتقالية شفيق العالم على منصة «إكس» أن '
            'الانضمام «خطوة تاريخية ستعزز مكانة بنغلاديش».')
    assert speakers(body) == ["شفيق العالم"]
