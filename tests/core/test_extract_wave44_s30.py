"""Session 30: the speakers the last wave of session 29 (rounds 747-752) and the waves of rounds
753 on got wrong, each wave scored untouched first and fixed after its scoring; each test fails
on the rules before its fix (55c2831), but the guards."""
from __future__ import annotations

from tests.core.extract_cases import actor_names, quotes, speakers


# The wave of rounds 747-752, left as scored in session 29.

def test_a_city_the_article_writes_as_one_is_no_word_of_its_mayors_name():
    # round 752: «عمدة بورتو أليغري سيباستياو ميلو» gave «أليغري سيباستياو ميلو»; «عمدة سابورو …» likewise
    body = ('أعلنت الحكومة خطة لحماية العاصمة بورتو أليغري من الفيضانات.\n\nمن جهته، أكد عمدة بورتو أليغري '
            'سيباستياو ميلو أن البلدية "أنجزت إصلاح 19 من أصل 23 محطة ضخ".')
    assert speakers(body) == ["سيباستياو ميلو"]
    body = ('كوريتيبا – وكالة الأنباء\n\nوقال عمدة كوريتيبا إدواردو بيمنتل إن المدينة "رصدت 14 حالة في ضواحيها '
            'الجنوبية".')     # (the gazetteer knows neither the city nor the given name: the dateline says it)
    assert speakers(body) == ["إدواردو بيمنتل"]
    body = ('أعلنت الحكومة خطة لحماية مدينة نوفو هامبورغو من الفيضانات.\n\nمن جهته، أكد عمدة نوفو هامبورغو '
            'غوستافو فينك أن البلدية "أنجزت إصلاح 19 من أصل 23 محطة ضخ".')
    assert speakers(body) == ["غوستافو فينك"]


def test_a_body_with_its_adjective_and_its_city_in_a_frame():
    # round 752: «دائرة المياه والصرف الصحي البلدية في بورتو أليغري» was cut before «البلدية»
    body = ('تقع العاصمة بورتو أليغري على ضفاف البحيرة.\n\nفي المقابل، رأت دائرة المياه والصرف الصحي البلدية في '
            'بورتو أليغري، في تقرير فني، أن "الحواجز الحالية صُممت قبل خمسين عاماً".')
    assert speakers(body) == ["دائرة المياه والصرف الصحي البلدية في بورتو أليغري"]


def test_a_body_with_its_place_before_its_verb():
    # round 752: «لكن جمعية الصيادين في هوكايدو حذّرت … وقالت» was cut before «في»
    body = ('لكن جمعية الصيادين في هوكايدو حذّرت من تحميل أعضائها عبئاً يفوق طاقتهم، وقالت في بيان: "معظم أعضائنا '
            'تجاوزوا السبعين".')
    assert speakers(body) == ["جمعية الصيادين في هوكايدو"]


def test_a_statement_in_a_bodys_name_is_no_place():
    # guard: «وزارة الدفاع الروسية في بيان» is the ministry, «بيان» written after «في» elsewhere too
    body = ('وقالت الوزارة في بيان إن الوضع هادئ. وأفادت وزارة الدفاع الروسية في بيان، إن "العسكريين موجودون '
            'حالياً على أراضي بيلاروس".')
    assert speakers(body)[-1] == "وزارة الدفاع الروسية"


def test_a_current_office_holder():
    # round 750: «رئيس مجلس الإدارة الحالي للجمعية ناصر مطلق العنزي»: «الحالي» read as a time word
    body = ('من جهته، قال رئيس مجلس الإدارة الحالي للجمعية ناصر مطلق العنزي إن "المجلس استعاد نحو 400 ألف دينار '
            'عبر تسويات مع موردين".')
    assert speakers(body) == ["ناصر مطلق العنزي"]


def test_a_company_with_a_long_quoted_name_and_its_nisba():
    # round 749: «وقالت الشركة الفرنسية» after «شركة "سي إم إيه سي جي إم" الفرنسية» stayed «الشركة
    # الفرنسية»; without the adjective «إيه» (the letter A) was read as the title «آية» of a junk name
    text = 'استقبل مرفأ طرطوس أول رافعتين ضمن خطة تنفذها شركة "سي إم إيه سي جي إم" {adj}بموجب العقد.\n\n'
    body = text.format(adj="الفرنسية ") + 'وقالت الشركة الفرنسية، في بيان، إن "تشغيل الرافعتين سيبدأ خلال أيام".'
    assert speakers(body) == ["شركة سي إم إيه سي جي إم الفرنسية"]
    body = text.format(adj="") + 'وقالت الشركة، في بيان، إن "تشغيل الرافعتين سيبدأ خلال أيام".'
    assert speakers(body) == ["شركة سي إم إيه سي جي إم"]
    assert actor_names(body) == ["شركة سي إم إيه سي جي إم"]


def test_ayatollah_is_still_a_title():
    # guard: «آية الله» opens a cleric's name
    body = 'وقال المرجع الديني آية الله علي السيستاني إن "الانتخابات واجب وطني على الجميع".'
    assert speakers(body) == ["علي السيستاني"]


def test_an_unnamed_persons_description_runs_to_the_aside_that_withholds_the_name():
    # round 749: «ممثل عن سائقي الشاحنات العاملين في المرفأ، فضّل عدم ذكر اسمه،» was cut at «العاملين»
    body = ('في المقابل، قال ممثل عن سائقي الشاحنات العاملين في المرفأ، فضّل عدم ذكر اسمه، إن "الطرق المؤدية إلى '
            'البوابة الجنوبية لا تتحمل هذا الازدحام".')
    assert speakers(body) == ["ممثل عن سائقي الشاحنات العاملين في المرفأ"]


# The wave of rounds 753-758.

def test_a_judge_named_in_apposition_with_his_rank():
    # round 753: «واجه رئيس الهيئة، المستشار عبد الرحيم البقالي، المتهم …، قائلا له:» stayed «رئيس الهيئة»
    body = ('وخلال الجلسة، واجه رئيس الهيئة، المستشار عبد الرحيم البقالي، المتهم الرئيسي بتسجيلات صوتية، قائلا له: '
            '"أنت من حدد موعد الإبحار رغم النشرة الإنذارية".')
    assert speakers(body) == ["عبد الرحيم البقالي"]


def test_a_testimony_given_then_said_in_it():
    # round 753: «وأدلى أحد الناجين، وهو شاب …، بشهادة مؤثرة قال فيها:» went to the accused quoted before
    body = ('ورد المتهم، وهو مواطن غيني يدعى مامادو ساليو باري، بالقول: "كنت مجرد وسيط". وأدلى أحد الناجين، وهو شاب '
            'في العشرين من عمره، بشهادة مؤثرة قال فيها: "رأيت صديقي يغرق أمامي".')
    assert speakers(body) == ["مامادو ساليو باري", "أحد الناجين"]


def test_a_nisba_family_name_after_a_definite_given_name():
    # round 753: «مولاي الحسن العلوي الإسماعيلي» was cut to «مولاي الحسن» (the nisba pair read as an object)
    body = ('في المقابل، أكد المدير الإقليمي لوزارة التربية الوطنية بالرشيدية، مولاي الحسن العلوي الإسماعيلي، عقب '
            'اجتماع عقده أمس، أن "تعيين 64 أستاذا جديدا سيتم قريبا".')
    assert speakers(body) == ["مولاي الحسن العلوي الإسماعيلي"]


def test_a_defence_industries_system_is_a_body():
    # round 754: «منظومة الصناعات الدفاعية السودانية» was read as a person «منظومة الصناعات»
    body = 'وقالت منظومة الصناعات الدفاعية السودانية، الجهة الممولة للرحلات، في بيان، إن "القطار حمل 40 طناً من الأمتعة".'
    assert speakers(body) == ["منظومة الصناعات الدفاعية السودانية"]


def test_a_family_name_that_is_an_office_word():
    # round 754: «وزير النقل كامل الوزير قد وجّه … وقال الوزير» gave «كامل»
    body = ('وكان وزير النقل كامل الوزير قد وجّه، الأسبوع الماضي، بتخصيص قطار إضافي، وقال الوزير في بيان لوزارته إن '
            '"الهيئة جاهزة لتسيير رحلات إضافية".')
    assert speakers(body) == ["كامل الوزير"]


def test_a_foreign_family_name_shaped_like_a_plural_verb():
    # round 754: «هانا سيروا تيتيه،» was cut to «هانا» («سيروا» read as a verb)
    body = ('في المقابل، دعت الممثلة الخاصة للأمين العام للأمم المتحدة في ليبيا هانا سيروا تيتيه، في بيان، إلى '
            '"تحقيق شفاف في أسباب انهيار السدين".')
    assert speakers(body) == ["هانا سيروا تيتيه"]


def test_sir_before_an_office_that_refers_back():
    # round 754: «وقال السيد الوالي» stayed «السيد الوالي», a common word as an actor
    body = ('دشّن والي ولاية نهر النيل الأستاذ محمد البدوي عبد الماجد، اليوم، الحملة الولائية لمكافحة نواقل الأمراض.\n\n'
            'وقال السيد الوالي، لدى مخاطبته حشداً من المتطوعين، إن "حكومة الولاية وفرت كل المعينات المطلوبة".')
    assert speakers(body) == ["محمد البدوي عبد الماجد"]


def test_a_given_name_that_is_a_common_word_after_a_definite_title():
    # round 756: «الناطق باسم الوزارة صادق الخضور لـ"…"» lost the name («صادق»: truthful)
    body = 'من جهته، قال الناطق باسم الوزارة صادق الخضور لـ"صوت فلسطين" إن "النتائج ستُعلن في النصف الثاني من آب".'
    assert speakers(body) == ["صادق الخضور"]


def test_one_of_the_victims_with_an_aside_on_who_he_is():
    # round 756: «وروى أحد المجني عليهم، وهو موظف عربي، أنه "…"»: the aside was read as his name
    body = ('وتابع النعيمي أن الشرطة ستطلق حملة. وروى أحد المجني عليهم، وهو موظف عربي، أنه "دفع 14 ألف درهم مقدماً". '
            'وقال: "خسرت مدخرات ستة أشهر".')
    assert speakers(body) == ["أحد المجني عليهم", "أحد المجني عليهم"]


def test_titles_of_reports_and_names_of_places_in_quote_marks():
    # rounds 753-758: a report's title after «تقريرها الربعي»/«التقرير الوطني», a company «تدعى "…"», a
    # quarter «بحي "400 مسكن"» and a settlement «لمستعمرة "…"» were taken as quotations
    body = ('وأفادت الهيئة في تقريرها الربعي "مؤشرات أداء المناطق الاقتصادية" بأن "الاستثمارات بلغت 6.3 مليار ريال". '
            'وكان المجلس قد توقع، في تقريره "موسم الزيتون 2025: مؤشرات وتحديات" الصادر أمس، أن "يتراجع الإنتاج". '
            'وأكد مصدر أن التقرير الوطني "الخارطة الصحية 2024" صنف قفصة ضمن الأضعف، وأن المتهمين استخدموا شركة وهمية '
            'تدعى "النخبة للعقارات". وقال عمار بلعيد، أحد المحتجين القاطنين بحي "400 مسكن": "العائلات صارت تشتري '
            'الماء". وفي أرضه المحاذية لمستعمرة "كرنيه شومرون"، قال المزارع منصور عودة: "ننتظر هذا الموسم طوال العام".')
    texts = [text for text, _ in quotes(body)]
    assert all(name not in texts for name in ("مؤشرات أداء المناطق الاقتصادية", "موسم الزيتون 2025: مؤشرات وتحديات",
                                             "الخارطة الصحية 2024", "النخبة للعقارات", "400 مسكن", "كرنيه شومرون"))
    assert len(texts) == 4


def test_it_came_in_the_bodys_report():
    # round 755: «وجاء في تقرير المجلس، الذي حمل عنوان "…"، أن "…"» was missed
    body = ('عرض المجلس الوطني للبحوث العلمية نتائجه، وجاء في تقرير المجلس، الذي حمل عنوان "التقييم الأولي لتلوث '
            'التربة في جنوب لبنان"، أن "نسبة الفوسفور في بعض العينات تجاوزت عشرة أضعاف المعدل".')
    assert speakers(body) == ["المجلس الوطني للبحوث العلمية"]


def test_a_world_bodys_name_with_a_sport_is_the_sports_federation():
    # round 757: «الاتحاد الإفريقي لكرة القدم» was the African Union of the gazetteer
    body = 'وأكد الاتحاد الإفريقي لكرة القدم، في رسالة اطلعت عليها الإذاعة، أن "المصادقة على الملعب مرهونة بزيارة ثانية".'
    assert speakers(body) == ["الاتحاد الإفريقي لكرة القدم"]


def test_a_fan_and_a_president_who_closed_his_press_conference():
    # round 757: «المشجع» was kept in the name; «وختم رئيس الاتحاد مؤتمره» read «مؤتمره» as a name
    body = ('أعلن رئيس الاتحاد الصومالي لكرة القدم، علي عبدي محمد، أن الملعب "سيكون جاهزاً". وقال المشجع عبد الله شيخ '
            'حسن: "انتظرنا طويلاً".\n\nوختم رئيس الاتحاد مؤتمره الصحفي بالتأكيد على أن "عودة المباريات رسالة للعالم".')
    assert speakers(body) == ["علي عبدي محمد", "عبد الله شيخ حسن", "علي عبدي محمد"]


def test_a_nickname_in_quote_marks_after_a_name_set_off():
    # round 757: «رئيس ولاية غلمدغ، أحمد عبدي كاريي "قورقور"، قد تفقد … غرفة العمليات …، وقال» gave the room
    body = ('وكان رئيس ولاية غلمدغ، أحمد عبدي كاريي "قورقور"، قد تفقد أمس غرفة العمليات الخاصة بالامتحانات في '
            'طوسمريب، وقال إن "نجاح الامتحانات في هذه الظروف دليل على قوة التعليم".')
    assert speakers(body) == ["أحمد عبدي كاريي"]


def test_the_federal_minister_is_not_the_states():
    # round 757: «وختم الوزير الفيدرالي كلمته» stayed «الوزير الفيدرالي»; not the state minister quoted last
    body = ('وقال وزير التربية والثقافة والتعليم العالي، فارح شيخ عبد القادر، إن "الشهادة الموحدة لم تعد حلماً". وأكد '
            'وزير التربية في ولاية غلمدغ، عبد الرحمن حسن ورسمي، أن "الولاية وفرت الحماية". وختم الوزير الفيدرالي كلمته '
            'بالقول إن "الحكومة ستمنح الطلاب العشرة الأوائل منحاً".')
    assert speakers(body) == ["فارح شيخ عبد القادر", "عبد الرحمن حسن ورسمي", "فارح شيخ عبد القادر"]


def test_kane_a_west_african_family_name():
    # round 758: «قال مربي المواشي عمر كان، من قرية …» stayed «مربي المواشي» («كان» read as «was»)
    body = ('بدوره، قال مربي المواشي عمر كان، من قرية قريبة من بودور، لمونت كارلو الدولية: "فقدتُ 12 رأساً من الغنم". '
            'وتابع كان: "الناس خائفون".')
    assert speakers(body) == ["عمر كان", "عمر كان"]


def test_a_provincial_authority_with_its_province():
    # round 758: «هيئة إدارة الكوارث الإقليمية في خيبر بختونخوا» was cut before «في»
    body = 'وقالت هيئة إدارة الكوارث الإقليمية في خيبر بختونخوا، في بيان، إن "معظم الضحايا سقطوا في قريتين".'
    assert speakers(body) == ["هيئة إدارة الكوارث الإقليمية في خيبر بختونخوا"]
