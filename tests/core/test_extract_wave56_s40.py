"""Session 40: the speakers session 39's last wave (rounds 1197-1202, written after 4f9f0073) and
session 40's waves got wrong, fixed after their scoring; each fix test fails on the rules its wave
was written after, and each guard holds a reading the fix must keep."""
from __future__ import annotations

from tests.core.extract_cases import actor_names, quotes, speakers


# Session 39's last wave (rounds 1197-1202, written after 4f9f0073) and session 40's first
# (rounds 1203-1208, written after 88e5691e: the same rules, reviewed).

def test_a_victim_named_among_the_networks_victims_speaks():
    # round 1202: «ومن بين ضحايا الشبكة سعيد الإدريسي، وهو …، قال» went to «شبكة باعت», a verb run
    # into the network's name
    body = ('أصدرت محكمة نابولي أحكاماً بالسجن بحق 11 متهماً بتهمة إدارة شبكة باعت مئات تصاريح الدخول.\n\n'
            'ومن بين ضحايا الشبكة سعيد الإدريسي، وهو عامل مغربي في الثلاثين من عمره، قال لوكالة "نوفا": '
            '"دفعت 12 ألف يورو، استدنت نصفها من أقاربي".')
    assert speakers(body) == ["سعيد الإدريسي"]
    assert "شبكة باعت" not in actor_names(body)


def test_one_named_among_these_speaks():
    # round 1193: «ومن بين هؤلاء صابر الحمود، وهو …، قال» went to a source named before
    body = ('ومن بين هؤلاء صابر الحمود، وهو أب لخمسة أطفال، قال: "وجدت البيت ركاماً، لكن أن أنام تحت شادر '
            'أهون من الخيمة".')
    assert speakers(body) == ["صابر الحمود"]
    assert not any("هؤلاء" in n for n in actor_names(body))


def test_among_the_victims_the_group_noun_is_no_name():
    # guard: «ومن بين الضحايا سعيد الإدريسي» names him alone, not «الضحايا سعيد الإدريسي»
    body = ('ومن بين الضحايا سعيد الإدريسي، وهو عامل مغربي، قال لوكالة "نوفا": "دفعت 12 ألف يورو من '
            'أقاربي".')
    assert speakers(body) == ["سعيد الإدريسي"]


def test_a_body_head_then_a_past_verb_is_no_name():
    # round 1202: «إدارة شبكة باعت مئات تصاريح الدخول»: the network's verb read as its name
    body = ('أصدرت محكمة نابولي أحكاماً بحق 11 متهماً بتهمة إدارة شبكة باعت مئات تصاريح الدخول. وقالت '
            'الشبكة في بيان: "لم نرتكب أي جرم بحق أحد من العمال".')
    assert "شبكة باعت" not in actor_names(body)


def test_a_company_named_for_its_country_speaks():
    # rounds 114, 126, 1200: «وأوضحت قطر للطاقة، في بيان، أن "…"» went to the state of Qatar
    body = ('وقّعت قطر للطاقة، أمس الأحد، اتفاقية طويلة الأمد. وأوضحت قطر للطاقة، في بيان، أن "الشحنات '
            'تبدأ عام 2028".')
    assert speakers(body) == ["قطر للطاقة"]
    assert speakers('وقالت مصر للطيران في بيان إن "الرحلات ستعود الشهر المقبل".') == ["مصر للطيران"]


def test_the_country_itself_still_speaks():
    # guard: «وقالت قطر إن» is the state
    assert speakers('وقالت قطر إن "العقود الطويلة تضمن الاستقرار".') == ["قطر"]


def test_a_ghanaian_family_name_shaped_as_a_verbal_noun():
    # rounds 11, 976, 1196: «… في ليبيا هانا سيروا تيتيه بالخطوة، وقالت» kept «هانا»
    body = ('من جانبها، رحبت الممثلة الخاصة للأمين العام للأمم المتحدة في ليبيا هانا سيروا تيتيه بالخطوة، '
            'وقالت في بيان إن "الهدنة لا تزال هشة".')
    assert speakers(body) == ["هانا سيروا تيتيه"]


def test_an_activist_set_off_after_his_field():
    # round 1203: «قال الناشط في المجتمع المدني بمنطقة ميدون، نور الدين عاشور:» missed, and the
    # minister before kept speaking
    body = ('قال الوزير عز الدين بن الشيخ إن "الدولة رصدت اعتمادات إضافية".\n\n'
            'في المقابل، قال الناشط في المجتمع المدني بمنطقة ميدون، نور الدين عاشور: "نشتري الماء من '
            'الصهاريج بعشرين ديناراً للخزان الواحد".')
    assert speakers(body) == ["عز الدين بن الشيخ", "نور الدين عاشور"]


def test_a_farmer_then_his_name_set_off_after_the_verb():
    # round 1203's reading, said of a descriptor alone: «وقال المزارع، نور الدين عاشور:»
    body = 'وقال المزارع، نور الدين عاشور: "نشتري الماء من الصهاريج بعشرين ديناراً".'
    assert speakers(body) == ["نور الدين عاشور"]
    assert "المزارع" not in actor_names(body)


def test_what_the_minister_announced_is_no_part_of_his_title():
    # round 1206: «وأعلن الوزير عن برنامج للتدريب المقرون بالتشغيل يستهدف» read as one title
    body = ('قال وزير العمل الدكتور محاد بن سعيد باعوين إن "الوزارة ستلزم الشركات".\n\nوأعلن الوزير عن '
            'برنامج للتدريب المقرون بالتشغيل يستهدف 10 آلاف باحث عن عمل، مؤكداً أن "نسب التعمين لن تكون '
            'محل تفاوض".')
    assert speakers(body) == ["محاد بن سعيد باعوين", "محاد بن سعيد باعوين"]
    assert not any("برنامج" in n for n in actor_names(body))


def test_offices_held_for_a_place_or_a_field_keep_their_an():
    # guard: «النائب عن دائرة …» and «المسؤول الأول عن القطاع» are offices
    body = ('بدوره، أعلن النائب عن دائرة المهدية بمجلس نواب الشعب، سامي الشاوش، أنه "سيوجه سؤالاً كتابياً '
            'إلى وزير الفلاحة".')
    assert speakers(body) == ["سامي الشاوش"]


def test_a_farmer_from_a_village_unnamed_is_the_topic_of_amma():
    # round 1205: «أما مزارع من بلدة الطرة، فضّل عدم ذكر اسمه، فقال» went to the deputy named before
    body = ('وقالت النائب عن محافظة إربد أمل الشبول إن "أهالي القرى يعيشون قلقاً".\n\n'
            'أما مزارع من بلدة الطرة، فضّل عدم ذكر اسمه، فقال: "سمعنا إطلاق نار كثيفاً قرابة الثالثة فجراً".')
    assert speakers(body) == ["أمل الشبول", "مزارع من بلدة الطرة"]


def test_a_source_in_a_command_and_its_dashed_name():
    # round 1205: «مصدر عسكري مسؤول في القيادة العامة للقوات المسلحة الأردنية – الجيش العربي بأن»
    # was cut before the dash
    body = ('وصرّح مصدر عسكري مسؤول في القيادة العامة للقوات المسلحة الأردنية – الجيش العربي بأن "قوات '
            'حرس الحدود طبقت قواعد الاشتباك".')
    assert speakers(body) == ["مصدر عسكري مسؤول في القيادة العامة للقوات المسلحة الأردنية – الجيش العربي"]


def test_a_quoted_programme_after_min_is_a_name():
    # round 1203: «أن المرحلة الثانية من "برنامج تعزيز المنظومة المائية بالجنوب" ستنطلق» taken as a
    # quotation
    body = ('وقال الوزير عز الدين بن الشيخ إن "الدولة رصدت اعتمادات"، مؤكداً أن المرحلة الثانية من "برنامج '
            'تعزيز المنظومة المائية بالجنوب" ستنطلق بحلول عام 2026.')
    assert [text for text, _ in quotes(body)] == ["الدولة رصدت اعتمادات"]


def test_the_red_cross_after_its_italian_society():
    # round 1208: «وأضاف الصليب الأحمر أن» after «وأفاد الصليب الأحمر الإيطالي» went to the ICRC
    body = ('وأفاد الصليب الأحمر الإيطالي، الذي يدير المركز منذ عام 2023، في بيان بأن "فرقه قدمت إسعافات '
            'أولية لـ86 شخصا". وأضاف الصليب الأحمر أن "المياه والوجبات متوفرة".')
    assert speakers(body) == ["الصليب الأحمر الإيطالي", "الصليب الأحمر الإيطالي"]


def test_the_red_cross_alone_is_the_world_body():
    # guard: with no national society named before, «الصليب الأحمر» stays the gazetteer's
    body = 'وقال الصليب الأحمر في بيان إن "فرقه قدمت إسعافات أولية لـ86 شخصا".'
    assert speakers(body) == ["اللجنة الدولية للصليب الأحمر"]


# Session 40's second wave (rounds 1209-1214, written after ec7dfbf5).

def test_the_arrival_of_the_bodies_is_no_part_of_the_source():
    # round 1212: «وأكد مصدر طبي في مستشفى بيحان العام وصول جثتي الطفلين، موضحاً أن» read the arrival
    # into the source
    body = ('وأكد مصدر طبي في مستشفى بيحان العام وصول جثتي الطفلين، موضحاً أن "الطفل الثالث يعاني من بتر في '
            'ساقه اليسرى".')
    assert speakers(body) == ["مصدر طبي في مستشفى بيحان العام"]
    assert not any("وصول" in n for n in actor_names(body))


def test_a_hospital_named_for_a_man_keeps_its_name():
    # guard: «مصدر طبي في مستشفى الشيخ زايد» runs to the frame's end
    body = 'وقال مصدر طبي في مستشفى الشيخ زايد إن "المستشفى يستقبل يومياً ما بين ثلاثين وأربعين مريضاً".'
    assert speakers(body) == ["مصدر طبي في مستشفى الشيخ زايد"]


def test_what_the_lawyer_pleaded_is_no_part_of_his_name():
    # round 1213: «دفع المحامي الأستاذ الشيخ ولد حيدرة ببطلان محاضر الضبطية القضائية، معتبراً» read
    # the plea into the name
    body = ('في المقابل، دفع المحامي الأستاذ الشيخ ولد حيدرة ببطلان محاضر الضبطية القضائية، معتبراً أن '
            '"موكليه لم يُبلَّغوا بحقوقهم". وتابع ولد حيدرة: "نحن أمام صيادين بسطاء".')
    assert speakers(body) == ["الشيخ ولد حيدرة", "الشيخ ولد حيدرة"]


def test_amin_then_a_patronymic_is_a_given_name():
    # round 1213: «المدير الجهوي للعمل الصحي في لبراكنة، الدكتور أمين ولد الطالب، إن» kept the title
    body = ('من جانبه، قال المدير الجهوي للعمل الصحي في لبراكنة، الدكتور أمين ولد الطالب، إن "الولاية سجلت 46 '
            'حالة مؤكدة".')
    assert speakers(body) == ["أمين ولد الطالب"]


def test_a_woman_from_a_town_the_gazetteer_does_not_hold():
    # round 1209: «وقالت سيدة من الفنيدق، كانت تبحث عن ابنها …:» proposed «سيدة» alone
    body = 'وقالت سيدة من الفنيدق، كانت تبحث عن ابنها قرب الشاطئ: "خرج فجراً ولم يعد، وهاتفه مغلق منذ الصباح".'
    assert speakers(body) == ["سيدة من الفنيدق"]
    assert "سيدة" not in actor_names(body)
    assert speakers(body.replace("وقالت سيدة", "وقال رجل").replace("كانت تبحث", "كان يبحث")) == ["رجل من الفنيدق"]


def test_the_head_of_ceutas_government_is_no_part_of_his_name():
    # round 1209: «دعا رئيس الحكومة المحلية لسبتة خوان خيسوس فيفاس مدريد إلى "…"» read «لسبتة» into
    # the name, and the woman named before kept speaking
    body = ('وقالت المندوبة كريستينا بيريز إن "نحو 90 شخصاً وصلوا سباحة". من جهته، دعا رئيس الحكومة المحلية لسبتة '
            'خوان خيسوس فيفاس مدريد إلى "تحمّل مسؤوليتها في توزيع القاصرين على باقي الأقاليم".')
    assert speakers(body) == ["كريستينا بيريز", "خوان خيسوس فيفاس"]


# Session 40's third wave (rounds 1215-1220, written after 9b91a98b).

def test_a_member_of_a_coordination_with_a_quoted_name_then_her_name():
    # round 1215: «اعتبرت عضو تنسيقية "أنقذوا خليج المنستير"، منى القلال، أن "…"» took the quoted name
    # for a quotation and kept «عضو تنسيقية»
    body = ('بدورها، اعتبرت عضو تنسيقية "أنقذوا خليج المنستير"، منى القلال، أن "الوعود تتكرر منذ أكثر من عشر '
            'سنوات، والخليج يموت ببطء".')
    assert quotes(body) == [("الوعود تتكرر منذ أكثر من عشر سنوات، والخليج يموت ببطء", "منى القلال")]


def test_an_economist_at_an_institute_with_a_quoted_name():
    # round 1220: «قال كبير الاقتصاديين في معهد "داي-إيتشي" لأبحاث الحياة، هيديو كومانو، لـ"…" إن»
    body = ('من جهته، قال كبير الاقتصاديين في معهد "داي-إيتشي" لأبحاث الحياة، هيديو كومانو، لـ"إرم بزنس" إن '
            '"الأرز الحكومي الرخيص يخفف الضغط مؤقتاً".')
    assert quotes(body) == [("الأرز الحكومي الرخيص يخفف الضغط مؤقتاً", "هيديو كومانو")]


def test_ali_after_a_calling_is_the_name():
    # round 1217: «وقال مدير عام صحة ذي قار الدكتور علي رحيم الشمري لوكالة …، إن» kept the title and
    # the calling («علي» read as «على»)
    body = ('وقال مدير عام صحة ذي قار الدكتور علي رحيم الشمري لوكالة الأنباء العراقية (واع)، إن "المصابين '
            'الثلاثة من مربي الماشية".')
    assert speakers(body) == ["علي رحيم الشمري"]
    assert not any(n.endswith("الدكتور") for n in actor_names(body))


def test_a_guardian_of_one_of_the_pupils():
    # round 1218: «وقال ولي أمر أحد الطلبة، حسن محمود أبو الهيجا، إن» read «أمر أحد» as a name
    body = 'وقال ولي أمر أحد الطلبة، حسن محمود أبو الهيجا، إن ابنه "خسر شهراً ونصف شهر من الدراسة".'
    assert speakers(body) == ["حسن محمود أبو الهيجا"]
    unnamed = 'وقال ولي أمر أحد الطلبة إن ابنه "خسر شهراً ونصف شهر من الدراسة".'
    assert speakers(unnamed) == ["ولي أمر أحد الطلبة"]
    assert "أحد الطلبة" not in actor_names(unnamed)


def test_the_top_ranked_student_and_her_name_set_off():
    # round 1219: «وقالت الأولى على المستوى الوطني، الطالبة هودن عبد الله نور من مدينة بيدوا، …، إنها»
    # proposed «الأولى»
    body = ('وقالت الأولى على المستوى الوطني، الطالبة هودن عبد الله نور من مدينة بيدوا، لوكالة الأنباء '
            'الصومالية "صونا"، إنها "تحلم بدراسة الطب والعودة لخدمة أهلها في إقليم باي".')
    assert speakers(body) == ["هودن عبد الله نور"]
    assert "الأولى" not in actor_names(body)


# Fixed after the fourth wave's scoring (rounds 1221-1226, written after bb017884), with
# misreadings left from the second and third waves.

def test_a_chinese_name_after_a_calling_is_no_body():
    # round 1220: «وقالت السيدة ليانغ مي لينغ، وهي أم …:» read «ليانغ» as «لـ» on a body
    body = 'وقالت السيدة ليانغ مي لينغ، وهي أم لطفلين في حي شونده: "نغلق النوافذ طوال اليوم ونفتش البيت كل مساء".'
    assert speakers(body) == ["ليانغ مي لينغ"]


def test_a_hadrami_family_name_before_what_he_launched():
    # round 1218: «أعلن مدير عام مديرية الشحر عمرو سعيد باحويرث إطلاق حملة …» cut the name
    body = ('في المقابل، أعلن مدير عام مديرية الشحر عمرو سعيد باحويرث إطلاق حملة "الشحر بلا ضنك" لرش المبيدات، '
            'داعياً الأهالي إلى "تغطية خزانات المياه والتخلص من الإطارات القديمة".')
    assert speakers(body) == ["عمرو سعيد باحويرث"]


def test_a_drugs_authority_written_shorter_after_its_full_name():
    # round 1212: «أكدت الهيئة العليا للأدوية، في بيان، أنها» after «… للأدوية والمستلزمات الطبية»
    body = ('وأعلنت الهيئة العليا للأدوية والمستلزمات الطبية ضبط شحنة. من جهتها، أكدت الهيئة العليا للأدوية، في '
            'بيان، أنها "سحبت جميع التشغيلات المشتبه بها من الصيدليات في عدن".')
    assert speakers(body) == ["الهيئة العليا للأدوية والمستلزمات الطبية"]


def test_a_health_agency_in_mayotte():
    # round 1214: «حذّرت الوكالة الإقليمية للصحة في مايوت من أن» cut before «في مايوت»
    body = ('في المقابل، حذّرت الوكالة الإقليمية للصحة في مايوت من أن "الانقطاعات المتكررة تدفع العائلات إلى تخزين '
            'المياه في أوعية غير صالحة".')
    assert speakers(body) == ["الوكالة الإقليمية للصحة في مايوت"]


def test_a_noun_with_its_pronoun_before_min_anna_is_no_name():
    # guard: «جدد البنك المركزي العماني تحذيره من أن» keeps the bank, not «… تحذيره»
    body = ('من جهته، جدد البنك المركزي العماني تحذيره من أن "التعامل مع منصات التداول غير المرخصة يعرّض '
            'المستثمرين لمخاطر جسيمة".')
    assert speakers(body) == ["البنك المركزي العماني"]


def test_a_climate_centre_and_its_applications():
    # round 1213: «وكان مركز إيغاد للتنبؤات المناخية وتطبيقاتها قد توقع» cut before «وتطبيقاتها»
    body = ('وكان مركز إيغاد للتنبؤات المناخية وتطبيقاتها قد توقع في نشرته الأسبوعية "استمرار هطول الأمطار '
            'الغزيرة على المرتفعات الإثيوبية حتى منتصف مايو الجاري".')
    assert speakers(body) == ["مركز إيغاد للتنبؤات المناخية وتطبيقاتها"]


def test_amir_opening_a_name_set_off_after_a_sudanese_locality():
    # round 1222: «وقال المدير التنفيذي لمحلية وادي حلفا، أمير عثمان الطيب، لـ"…" إن» read «أمير» as a
    # title and «لمحلية» as a name
    body = ('وقال المدير التنفيذي لمحلية وادي حلفا، أمير عثمان الطيب، لـ"ألترا سودان" إن "المعبر يعمل على مدار '
            'الساعة، لكن البصات المتوفرة لا تغطي نصف الحاجة".')
    assert speakers(body) == ["أمير عثمان الطيب"]


def test_a_local_ministry_keeps_its_adjective():
    # guard: «محلية» stays an adjective where no «لـ/بـ» makes it Sudan's locality
    body = 'وقالت وزارة التنمية المحلية في بيان إن "إجمالي الطلبات المقدمة على مستوى الجمهورية بلغ مليوناً".'
    assert speakers(body) == ["وزارة التنمية المحلية"]


def test_the_swiss_coach_is_the_national_coach_named_before():
    # round 1221: «وقال المدرب السويسري، …، إن» after «كشف الناخب الوطني، فلاديمير بيتكوفيتش،» was a
    # speaker of its own
    body = ('كشف الناخب الوطني، فلاديمير بيتكوفيتش، أمس الخميس، عن قائمة من 28 لاعباً تحسباً لنهائيات كأس أمم '
            'إفريقيا.\n\nوقال المدرب السويسري، في ندوة صحفية عقدها بالمركز التقني الوطني بسيدي موسى، إن '
            '"الاختيار لم يكن سهلاً، لأن المنافسة كانت قوية".')
    assert speakers(body) == ["فلاديمير بيتكوفيتش"]
    assert "المدرب السويسري" not in actor_names(body)


# Fixed after the fifth wave's scoring (rounds 1227-1232, written after c116b2e0), with
# misreadings left from the fourth.

def test_ali_before_ila_is_the_name():
    # round 1225: «أشار المدعي العام العسكري المقدم ياسين محمود علي إلى أن» cut «علي»
    body = ('من جانبه، أشار المدعي العام العسكري المقدم ياسين محمود علي إلى أن بين المحكوم عليهم "مواطناً '
            'إثيوبياً وآخر تنزانياً".')
    assert speakers(body) == ["ياسين محمود علي"]


def test_a_chinese_name_with_fu():
    # round 1226: «رأى رئيس معهد الصين للإصلاح والتنمية تشي فو لين أن» cut to «تشي» («فو» read as
    # «فـ» and «و»)
    body = ('وفي حديث لوكالة أنباء شينخوا، رأى رئيس معهد الصين للإصلاح والتنمية تشي فو لين أن "الإغلاق الجمركي '
            'سيحوّل هاينان إلى بوابة رئيسية".')
    assert speakers(body) == ["تشي فو لين"]


def test_an_expert_of_a_body_with_its_acronym_in_brackets():
    # round 1231: «قال خبير منظمة الأمم المتحدة للتربية والعلم والثقافة (يونسكو) يوهانس فان دير بروك إن»
    # kept the title
    body = ('من جانبه، قال خبير منظمة الأمم المتحدة للتربية والعلم والثقافة (يونسكو) يوهانس فان دير بروك إن '
            '"الرقمنة لا تغني عن الترميم".')
    assert speakers(body) == ["يوهانس فان دير بروك"]
    assert speakers('وقال مصدر في منظمة الأمم المتحدة للطفولة (يونيسف) إن "الحملة ستستمر أسبوعين".') \
        == ["مصدر في منظمة الأمم المتحدة للطفولة"]


def test_a_locality_then_its_place_then_the_name():
    # c116b2e0 read «لمحلية» as a locality and put its place into the name (session 20's guard
    # caught it): «المدير التنفيذي لمحلية شيكان عبد الخالق …» keeps «شيكان» in the title
    body = ('وقال المدير التنفيذي لمحلية شيكان عبد الخالق عبد اللطيف وداعة الله إن "الاحتياجات الأكبر هي '
            'المياه".')
    assert speakers(body) == ["عبد الخالق عبد اللطيف وداعة الله"]


def test_a_tribal_community_is_no_name():
    # round 1227: «صرح نائب الجماعة السلالية أولاد عياد، الحاج المكي بوزيان، لـ"…" بأن» proposed
    # «أولاد عياد»
    body = ('بدوره، صرح نائب الجماعة السلالية أولاد عياد، الحاج المكي بوزيان، لـ"الصباح" بأن "أزيد من ثلاثين '
            'أسرة وجدت نفسها بلا أرض". وأضاف بوزيان: "نطالب فقط باسترجاع أرض أجدادنا".')
    assert speakers(body) == ["المكي بوزيان", "المكي بوزيان"]


def test_the_keeper_of_a_library_then_his_name():
    # round 1231: «قال القيّم عليها عبد الله ولد الوافي في تصريح» kept «القيّم»
    body = ('وفي مكتبة أهل الوافي، قال القيّم عليها عبد الله ولد الوافي في تصريح لـ"الوطنية": "ورثنا هذه الكتب '
            'عن أجدادنا منذ ثلاثة قرون".')
    assert speakers(body) == ["عبد الله ولد الوافي"]
    assert "القيّم" not in actor_names(body)


def test_socotras_governor():
    # round 1230: «وقال محافظ أرخبيل سقطرى رأفت علي الثقلي، …، إن» read «سقطرى رأفت»
    body = ('وقال محافظ أرخبيل سقطرى رأفت علي الثقلي، خلال تدشينه الحملة، إن "شجرة دم الأخوين ليست مجرد '
            'نبتة". وأضاف الثقلي أن "السلطة المحلية ستصدر قراراً".')
    assert speakers(body) == ["رأفت علي الثقلي", "رأفت علي الثقلي"]


# Fixed after the sixth wave's scoring (rounds 1233-1238, written after e6622bb5), with one
# misreading left from the fifth.

def test_a_given_name_alone_after_the_pupil_was_named_in_full():
    # round 1230: «وتقيم الطالبة أمل عابد مع عائلتها …. وقالت أمل:» proposed «أمل» alone
    body = ('وتقيم الطالبة أمل عابد مع عائلتها في خيمة غرب دير البلح منذ نزوحهم من رفح. وقالت أمل: "أدرس على ضوء '
            'هاتف أمي، وأشحنه مرة كل يومين".')
    assert speakers(body) == ["أمل عابد"]


def test_the_correspondent_spoken_to_is_no_family_name():
    # round 1235: «قال المربي جبار عودة لمراسل (واع) إن» read «لمراسل» into the name
    body = 'وفي ناحية الدير، قال المربي جبار عودة لمراسل (واع) إن "الماء صار مالحاً إلى حد أن الجاموس يرفض شربه".'
    assert speakers(body) == ["جبار عودة"]


def test_a_shopper_then_her_name():
    # round 1238: «وقالت المتسوقة يوميكو تاناكا:» kept the shopper's word
    body = 'وقالت المتسوقة يوميكو تاناكا: "اشتريت كيساً واحداً فقط لأن الكمية محدودة لكل زبون".'
    assert speakers(body) == ["يوميكو تاناكا"]


def test_the_chinese_family_name_ma():
    # round 1238: «عن نائب وزير الزراعة والشؤون الريفية ما يو شيانغ قوله إن» kept the title
    body = ('ونقل البيان عن نائب وزير الزراعة والشؤون الريفية ما يو شيانغ قوله إن "تعافي هذا النوع النادر هو أفضل '
            'مقياس".')
    assert speakers(body) == ["ما يو شيانغ"]


def test_kane_before_the_outlet_spoken_to():
    # round 1238: «وقالت الباحثة في معهد نومورا للأبحاث ميتشيكو كان لـ"…" إن» cut to «ميتشيكو»
    body = ('وقالت الباحثة في معهد نومورا للأبحاث ميتشيكو كان لـ"العربية Business" إن "أثر المخزون سيبقى '
            'مؤقتاً".')
    assert speakers(body) == ["ميتشيكو كان"]


def test_the_head_of_a_committee_is_no_feminine_verbs_subject():
    # round 1234: «تشكيل لجنة طوارئ برئاسة الوالي لمعالجة الأزمة، وقالت إن» went to «الوالي»
    body = ('وأعلنت حكومة ولاية شمال كردفان، في بيان اليوم الاثنين، تشكيل لجنة طوارئ برئاسة الوالي لمعالجة '
            'الأزمة، وقالت إن "الأولوية القصوى لتشغيل آبار المستشفيات".')
    assert speakers(body) == ["حكومة ولاية شمال كردفان"]
    assert "الوالي" not in actor_names(body)


# Fixed after the seventh wave's scoring (rounds 1239-1244, written after 6a18d9bb).

def test_the_bench_addressed_before_a_colon_speaks_not():
    # round 1239: «وتابع المتهم مخاطباً هيئة المحكمة: "…"» gave the accused's words to the bench
    body = ('وقال المتهم رضا بوعلام إن "الحاويات حُجزت في ميناء جبل علي بسبب المورّد". وتابع المتهم مخاطباً هيئة '
            'المحكمة: "أنا مستعد لإرجاع أموال الضحايا إذا مُنحت لي مهلة".')
    assert speakers(body) == ["رضا بوعلام", "رضا بوعلام"]
    assert "هيئة المحكمة" not in actor_names(body)


def test_the_radio_spoken_to_by_its_one_word():
    # round 1241: «المهندس وائل نور لروزنة أن» (outlet «راديو روزنة») read «لروزنة» into the name
    body = ('من جهته، أوضح مدير عام الشركة العامة لكهرباء طرطوس المهندس وائل نور لروزنة أن "برنامج التقنين الجديد '
            'يعتمد ثلاث ساعات وصل".')
    assert speakers(body, outlet="راديو روزنة – مكتب طرطوس") == ["وائل نور"]


def test_a_body_named_for_the_outlets_town_keeps_it():
    # guard: «مديرية توزيع الكهرباء والغاز لسطيف» for «إذاعة سطيف»: a place, no outlet spoken to
    body = ('من جهتها، ذكرت مديرية توزيع الكهرباء والغاز لسطيف، في بيان لها، أن "ذروة الاستهلاك بلغت 612 '
            'ميغاواط".')
    assert speakers(body, outlet="إذاعة سطيف") == ["مديرية توزيع الكهرباء والغاز لسطيف"]


def test_a_company_groups_quoted_name_in_a_title():
    # round 1244: «قال رئيس مجموعة "إليون" للموارد وانغ ون بياو إن» gave the words to «إليون»
    body = ('وفي صحراء كوبوتشي، قال رئيس مجموعة "إليون" للموارد وانغ ون بياو إن "الألواح الشمسية المثبتة فوق '
            'الرمال تحمي التربة". وأضاف وانغ: "نريد أن نثبت أن الصحراء يمكن أن تكون مصدراً للثروة".')
    assert speakers(body) == ["وانغ ون بياو", "وانغ ون بياو"]


def test_ao_closing_a_chinese_name():
    # round 1244: «وقال رئيس الإدارة قوان تشي أو، …، إن» cut «أو»
    body = ('وقال رئيس الإدارة قوان تشي أو، خلال فعالية أقيمت في مدينة أوردوس، إن "الصين أصبحت من أوائل الدول '
            'التي تحقق نمواً صافياً".')
    assert speakers(body) == ["قوان تشي أو"]


# Fixed after the eighth wave's scoring (rounds 1245-1250, written after 3cf938f4).

def test_the_founder_of_the_organisation_named_before():
    # round 1245: «وقالت مؤسسة المنظمة هيلينا مالينو إن» kept «مؤسسة المنظمة» in the name
    body = ('بدورها، كشفت منظمة كاميناندو فرونتيراس الإسبانية أن أكثر من عشرة آلاف مهاجر لقوا حتفهم. وقالت مؤسسة '
            'المنظمة هيلينا مالينو إن "كل قارب يغرق قبالة السواحل الإفريقية مأساة كان يمكن تفاديها".')
    assert speakers(body) == ["هيلينا مالينو"]


def test_a_town_in_the_gazetteer_opens_no_clause_subject():
    # round 1249: «فوز فرقة "…" القادمة من كيهيدي بالجائزة الكبرى …، مؤكدة أن» went to «كيهيدي بالجائزة
    # الكبرى»
    body = ('بدورها، أعلنت اللجنة المنظمة للمهرجان، في بيان وزعته على الصحفيين، فوز فرقة "جام ويلي" القادمة من '
            'كيهيدي بالجائزة الكبرى لمسابقة الأغنية التراثية، مؤكدة أن النسخة الثانية "ستقام في مدينة روصو مطلع '
            'فبراير 2026".')
    assert speakers(body)[-1] == "اللجنة المنظمة للمهرجان"
    assert not any("كيهيدي" in n for n in actor_names(body))


def test_a_displaced_woman_named_sabah():
    # round 1248: «قالت النازحة صباح الحاشدي، وهي أم …:» kept «النازحة» («صباح» the morning)
    body = ('وفي مخيم الجفينة، قالت النازحة صباح الحاشدي، وهي أم لستة أطفال: "أطفالي أصيبوا بالإسهال مرتين هذا '
            'الشهر، ونشتري الماء بما تبقى من المساعدات".')
    assert speakers(body) == ["صباح الحاشدي"]


def test_a_shia_clerics_rank_before_his_name():
    # round 1250: «إمام جمعة بندر عباس حجة الإسلام محمد عبادي زاده» kept the rank in the name
    body = ('بدوره، دعا إمام جمعة بندر عباس حجة الإسلام محمد عبادي زاده، في خطبة الجمعة الماضية، المواطنين إلى '
            'المشاركة الواسعة في حملة "كل قطرة حياة"، معتبراً أن "الإسراف في الماء تفريط بحق الأجيال القادمة".')
    assert speakers(body) == ["محمد عبادي زاده"]


# Fixed after the ninth wave's scoring (rounds 1251-1256, written after 7ce067d7).

def test_a_company_group_is_a_body():
    # round 1256: «ذكرت مجموعة ميناء تيانجين في بيان أن» proposed «مجموعة» alone, then «المجموعة»
    body = ('وفي تيانجين، ذكرت مجموعة ميناء تيانجين في بيان أن الميناء "تعامل مع أكثر من 11.6 مليون حاوية نمطية '
            'في النصف الأول". وأضافت المجموعة أن "الخطوط الملاحية الجديدة أسهمت بنحو ثلث الزيادة".')
    assert speakers(body) == ["مجموعة ميناء تيانجين", "مجموعة ميناء تيانجين"]
    assert "مجموعة" not in actor_names(body)


# Fixed after the tenth wave's scoring (rounds 1257-1262, written after 314a1b4f).

def test_the_group_inside_his_aside_is_no_subject():
    # round 1261: «غير أن امبارك ولد الناجي، وهو صياد من مجموعة إيمراكن التي تقطن …، قال إن» went
    # to «مجموعة إيمراكن»
    body = ('غير أن امبارك ولد الناجي، وهو صياد من مجموعة إيمراكن التي تقطن قرى الحديقة، قال إن "الصيادين الغرباء '
            'يدخلون المنطقة ليلاً بقوارب ذات محركات".')
    assert speakers(body) == ["امبارك ولد الناجي"]
    assert not any("إيمراكن" in n for n in actor_names(body))
