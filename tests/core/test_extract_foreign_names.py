"""Session 14: names of foreign office-holders and the titles around them (round 131, an
international desk). A European particle opens a family name after a title too, an honorific
with no article after a whole title is a given name, a gathering heads a title and its quoted
name stays in it, a present verb with an object pronoun is no given name, and a definite
description with a nisba refers back to the latest person named."""
from __future__ import annotations

import pytest

from tests.core.extract_cases import actor_names, extracted, speakers


def _records(body: str) -> list[dict]:
    return extracted(body, "المنفذ", "2025-05-01")


def test_a_particle_opens_a_family_name_after_a_title():
    body = ("بحث وزير الخارجية التركي هاكان فيدان مع نظيره الهولندي ديفيد فان فيل، اليوم الخميس في أنقرة، "
            "العلاقات الثنائية، في أول زيارة يجريها فان فيل إلى تركيا. بدوره، أكد فان فيل أن بلاده "
            '"تقدّر الدور التركي في الوساطة بين الأطراف". وقال الوزير الهولندي: «نحن نتفهم إحباط رجال الأعمال».')
    assert speakers(body) == ["ديفيد فان فيل", "ديفيد فان فيل"]
    titles = {r["name"]: r.get("title") for r in _records(body) if r["id"].startswith("actor:")}
    assert titles["ديفيد فان فيل"] == "وزير الخارجية الهولندي"


def test_a_present_verb_with_an_object_pronoun_is_no_given_name():
    # the family name refers back to the whole name; «يجريها فان فيل» is a verb and its subject
    body = ('في أول زيارة يجريها فان فيل إلى تركيا. بدوره، أكد فان فيل أن بلاده "تقدّر الدور التركي في الوساطة".')
    assert speakers(body) == ["فان فيل"]


def test_fa_inna_after_a_name_stays_a_clause():
    # «فان» before a definite word is «فإن» and the clause it opens, no family name
    text = 'وقال الوزير سامي الخطيب فان الوضع "يتحسن كل يوم في جميع المناطق".'
    assert speakers(text) == ["سامي الخطيب"]


def test_an_honorific_after_a_whole_title_is_a_given_name():
    body = ('أكد وزير المالية والميزانية شيخ ديبا أن الحكومة "قدمت كل المعلومات المطلوبة بشأن الديون".')
    assert speakers(body) == ["شيخ ديبا"]


def test_an_honorific_that_governs_a_word_stays_an_office():
    body = 'وقال شيخ الأزهر أحمد الطيب إن "الحوار هو الطريق الوحيد بين الشعوب".'
    assert speakers(body) == ["أحمد الطيب"]


def test_a_gathering_heads_a_title_and_its_quoted_name_stays_in_it():
    body = ('دعا رئيس مؤتمر الأمم المتحدة للمناخ "كوب 30" أندريه كوريا دو لاغو الدول المشاركة إلى '
            '"الانتقال من مرحلة الوعود إلى مرحلة التنفيذ"، وذلك في اليوم الثالث.\n\n'
            'وقال كوريا دو لاغو إن "العالم لا يحتاج إلى أهداف جديدة بقدر ما يحتاج إلى تمويل حقيقي". '
            'وأضاف الدبلوماسي البرازيلي: «غابة الأمازون ليست ديكوراً لهذا المؤتمر».')
    recs = _records(body)
    assert speakers(body) == ["أندريه كوريا دو لاغو"] * 3
    # the quoted name in the title is no quotation, and the title keeps both its quote marks
    assert not [r for r in recs if r["id"].startswith("quote:") and r["text"].startswith("كوب")]
    person = next(r for r in recs if r.get("name") == "أندريه كوريا دو لاغو")
    assert person["title"] == 'رئيس مؤتمر الأمم المتحدة للمناخ "كوب 30"'


def test_a_descriptor_alone_may_be_a_family_name():
    # «الجندي» is a family name here; only a nisba after it would make it a description
    body = ('قال رئيس قطاع البحوث شريف الحلواني إن "الفائدة ستنخفض قريبا". ورأت كبيرة الاقتصاديين ريم الجندي '
            'أن "البنك اختار الحذر". وأضافت الجندي أن "أي صدمة خارجية قد تدفع اللجنة إلى التثبيت".')
    assert speakers(body) == ["شريف الحلواني", "ريم الجندي", "ريم الجندي"]


def test_lula_is_a_name_before_a_particle():
    body = ('وكان الرئيس البرازيلي لويز إيناسيو لولا دا سيلفا قد أكد، في افتتاح القمة، أن «العالم يشهد انهياراً '
            'غير مسبوق للتعددية». وشدد لولا على أن الإنفاق العسكري «يلتهم موارد كان يجب أن تذهب إلى مكافحة الجوع».')
    assert speakers(body) == ["لويز إيناسيو لولا دا سيلفا"] * 2


def test_lula_the_conjunction_stays_one():
    body = 'وقال الوزير سامي الخطيب لولا الدعم الدولي "لما استطعنا الصمود كل هذه المدة".'
    assert "لولا" not in " ".join(speakers(body))


def test_a_delegation_speaks_as_a_body_and_is_an_object_after_a_name():
    body = ('وترأس وزير الخارجية عباس عراقجي وفد الجمهورية الإسلامية إلى القمة. وقال عراقجي إن «العدوان '
            'انتهاك صارخ للقانون الدولي». كما شدد وفد المجموعة العربية، في بيان، على أن "أي اتفاق يجب أن يراعي '
            'ظروف الدول النامية".')
    assert speakers(body) == ["عباس عراقجي", "وفد المجموعة العربية"]


def test_a_noun_governing_a_definite_word_after_a_whole_name_is_the_object():
    body = ('من جهته، أعلن رئيس حكومة الإقليم علي أمين غاندابور حالة الطوارئ في المناطق المنكوبة، وقال في كلمة '
            'متلفزة: «لن نترك أي عائلة بلا مأوى». وأكد على ضرورة الصبر.')
    assert speakers(body) == ["علي أمين غاندابور"]


def test_the_object_of_a_relative_clause_is_no_speaker():
    body = ('وبدا التأثر واضحاً على رئيس الوزراء شانانا غوسماو، الذي وصف اللحظة بأنها «حلم تحقق بعد أكثر من عقد '
            'من الانتظار».')
    assert speakers(body) == ["شانانا غوسماو"]


def test_a_body_referred_back_by_one_word_in_ta_marbuta_keeps_its_quote():
    body = ('أعلنت الوحدة التنفيذية لإدارة مخيمات النازحين، اليوم، تضرر أكثر من 2300 أسرة. وقالت الوحدة، في تقرير '
            'ميداني، إن "السيول جرفت المواد الغذائية والإيوائية للأسر المتضررة".')
    assert len(speakers(body)) == 1


def test_a_bare_title_after_a_verb_of_going_on_is_the_speaker_going_on():
    body = ('أجرى وزير الخارجية التونسي محمد علي النفطي محادثات مع وزير الخارجية الإيطالي أنطونيو تاياني ركزت على الهجرة. '
            'وقال النفطي إن تونس "لن تكون منطقة عبور للمهاجرين". وأضاف الوزير أن بلاده "تنتظر من شركائها '
            'الأوروبيين أفعالاً لا وعوداً".')
    assert speakers(body) == ["محمد علي النفطي"] * 2


def test_a_compound_given_name_inside_a_name():
    body = 'رأى النائب محمد بدر الدين الشيمي أن "منظومة الدعم العيني تحتاج مراجعة شاملة".'
    assert speakers(body) == ["محمد بدر الدين الشيمي"]


def test_a_definite_office_takes_no_definite_body_as_complement():
    body = ('رأى النائب محمد بدر الدين الشيمي أن "منظومة الدعم تحتاج مراجعة". وطالب النائب الحكومة بعرض أي خطة '
            'على البرلمان، مؤكداً أن الحوار المجتمعي "شرط لنجاح أي إصلاح".')
    assert speakers(body) == ["محمد بدر الدين الشيمي"] * 2


def test_an_institution_named_after_a_king_stays_in_the_title():
    body = ('قالت استشارية الأمراض المعدية في مدينة الملك سعود الطبية الدكتورة نوال الشهري لـ"سيدتي" إن '
            '"كثيرين ما زالوا يخلطون بين الإنفلونزا ونزلات البرد".')
    assert speakers(body) == ["نوال الشهري"]


@pytest.mark.parametrize("lead, name", [
    ("وقال مدرب القادسية ظاهر العدواني إن فريقه", "ظاهر العدواني"),
    ("وقالت مديرة المدرسة الثانوية، المربية هيام مصاروة، إن", "هيام مصاروة"),
    ("وفي تصريح للإذاعة، قالت مديرة الجامعة، البروفيسور نادية بوشلاغم، إن", "نادية بوشلاغم"),
])
def test_a_calling_or_a_profession_before_a_name_is_its_title(lead, name):
    assert speakers(lead + ' "الخطة الجديدة ستدخل حيز التنفيذ مطلع الشهر المقبل".') == [name]


@pytest.mark.parametrize("body, name", [
    ('وقال الوزير سامي الخطيب إن "الوضع صعب". أما حليمة آدم، وهي أم لخمسة أطفال نزحت من منطقة ديينسور، '
     'فقالت إن "المدرسة هي المكان الوحيد".', "حليمة آدم"),
    ('وقال الوزير سامي الخطيب إن "الوضع صعب". أما تشو تاي-يول فشدد على أن «قضية نزع السلاح النووي تبقى أولوية».',
     "تشو تاي-يول"),
])
def test_the_topic_after_amma_speaks_with_the_verb_that_answers_it(body, name):
    assert speakers(body)[-1] == name


def test_a_verb_of_going_on_with_a_periphrasis_continues_the_speaker():
    body = ('وقال وزير الخارجية الإسباني خوسيه مانويل ألباريس إن "العلاقات تعيش أفضل لحظاتها". وأضاف رئيس '
            'الدبلوماسية الإسبانية أن "التعاون في مجال الهجرة أثبت نجاعته".')
    assert speakers(body) == ["خوسيه مانويل ألباريس"] * 2


_TAJI = ('تعرضت قاعدة التاجي العسكرية شمال العاصمة العراقية بغداد، فجر الثلاثاء 13 يناير 2026، لهجوم بثلاث طائرات '
         'مسيّرة مفخخة، بحسب ما أعلنت خلية الإعلام الأمني.\n\n'
         'وقال المتحدث باسم خلية الإعلام الأمني اللواء سعد معن إن "الدفاعات الجوية تمكنت من إسقاط طائرتين".\n\n'
         'ويأتي الهجوم بعد أسبوع من هجوم مماثل استهدف قاعدة عين الأسد الجوية في محافظة الأنبار في 6 يناير 2026، '
         'والذي أعلنت فصائل مسلحة مسؤوليتها عنه.')


def _taji_records() -> list[dict]:
    return extracted(_TAJI, "وكالة الرافدين", "2026-01-14")


def test_a_rank_before_the_name_is_not_shown_in_the_title():
    person = next(r for r in _taji_records() if r.get("name") == "سعد معن")
    assert person["title"] == "المتحدث باسم خلية الإعلام الأمني"


def test_a_noun_with_a_pronoun_is_the_object_not_the_body():
    names = [r["name"] for r in _taji_records() if r["id"].startswith("actor:")]
    assert "فصائل مسلحة مسؤوليتها" not in names


def test_a_framing_sentence_titles_the_happening_it_names():
    events = [r for r in _taji_records() if r["id"].startswith("event:")]
    titles = {r["date"]: r["title"] for r in events}
    assert titles["2026-01-06"].startswith("هجوم مماثل استهدف قاعدة عين الأسد")


def test_a_place_after_a_place_noun_and_its_adjective_is_where_it_happened():
    events = [r for r in _taji_records() if r["id"].startswith("event:")]
    first = next(r for r in events if r["date"] == "2026-01-13")
    assert first["place"] == "place:gaz-baghdad"


def test_a_word_after_the_that_of_a_verb_of_speech_is_its_noun_not_a_verb():
    # «ردّ» after «اعتبر … أن» is the rejection, a noun; «طعنه» is no speaker
    body = ('في المقابل، اعتبر المرشح عن تحالف تقدم في محافظة الأنبار سعد المحلاوي أن رد طعنه "جاء من دون فتح '
            'الصناديق التي طالبنا بها".')
    assert speakers(body) == ["سعد المحلاوي"]


def test_a_family_name_shaped_as_a_noun_with_a_pronoun_that_speaks_alone():
    body = ('غير أن رئيس لجنة ممثلي اللاجئين في المخيم تخلي أبرها قال لـ"عدوليس" إن "اللاجئين لم يعودوا يثقون '
            'بوعود النقل". وأوضح أبرها أن "مسلحين اعترضوا الأسبوع الماضي شاحنتين".')
    assert speakers(body) == ["تخلي أبرها"] * 2


def test_a_governor_of_a_region_named_by_its_compass_point():
    body = ('نزحت الأسر إلى المدينة. من جهته، أكد والي غرب كردفان المكلف عبد الرحمن موسى آدم، في تصريح '
            'للصحفيين، أن حكومة الولاية "تعمل مع المنظمات الإنسانية لإيصال الغذاء".')
    assert speakers(body) == ["عبد الرحمن موسى آدم"]


def test_a_country_that_is_a_persons_name_after_a_given_name():
    body = ('من جهته، أوضح الأمين العام لنقابة المعلمين التشاديين، نغارتويدي بليز، أن المعلمين "سيلتزمون '
            'بالإضراب في كل المدارس العمومية".')
    assert speakers(body) == ["نغارتويدي بليز"]


def test_a_body_written_bare_again_does_not_stand_for_its_full_name():
    body = ('اعتمد مجلس إدارة الاتحاد السعودي لكرة القدم، في اجتماعه في مقر الاتحاد بالرياض برئاسة ياسر '
            'المسحل، لائحة المسابقات. وقال الاتحاد، في بيان، إن "اللائحة الجديدة جاءت بعد مشاورات موسعة".')
    assert speakers(body) == ["الاتحاد السعودي لكرة القدم"]


def test_a_man_or_a_woman_is_the_person_of_the_paragraph_never_a_name():
    body = ('وفي حي الناصرة، وقف أبو جوان أمام خزان فارغ على سطح منزله. "نشتري الخزان الواحد بخمسة وعشرين '
            'ألف ليرة، ولا يكفينا أكثر من ثلاثة أيام"، قال الرجل، وهو أب لخمسة أطفال.')
    assert speakers(body) == ["أبو جوان"]
    assert "الرجل" not in actor_names(body)


def test_a_spokesman_for_him_is_the_one_spoken_for():
    body = ('وفي نيويورك، رحّب الأمين العام للأمم المتحدة أنطونيو غوتيريش بالاتفاق، وقال في بيان صادر عن '
            'المتحدث باسمه إنه "خطوة مهمة نحو خفض التصعيد وتحقيق السلام".')
    assert speakers(body) == ["أنطونيو غوتيريش"]


@pytest.mark.parametrize("lead, name", [
    ("وقال سكرتير لجنة المتابعة العليا المحامي رامي جبارين، في مؤتمر صحفي:", "رامي جبارين"),
    ("وقالت قاضية الأمور المستعجلة في بيروت ميرنا حداد، في قرارها، إن", "ميرنا حداد"),
    ("وقالت وزيرة الخارجية الكونغولية تيريز كاييكوامبا فاغنر، في كلمتها، إن", "تيريز كاييكوامبا فاغنر"),
])
def test_more_offices_and_names(lead, name):
    assert speakers(lead + ' "الخطة الجديدة ستدخل حيز التنفيذ مطلع الشهر المقبل".') == [name]


def test_an_unnamed_person_described_by_a_listed_city_is_not_named_by_the_next_verb():
    # «بورتسودان» is a listed city now: the description ends there, «تحدثت» is a verb
    body = ('"الأسعار تتغير كل يوم، والمرتب لم يعد يكفي لأسبوع واحد"، تقول موظفة حكومية في بورتسودان تحدثت '
            'لـ"الراكوبة"، مضيفة أنها تعتمد على التحويلات.')
    assert "تحدثت" not in " ".join(speakers(body))


def test_a_local_authority_named_by_a_listed_place_reports():
    body = 'وأعلنت محافظة القدس أن الأشغال ستنطلق الأسبوع المقبل.'
    assert "محافظة القدس" in actor_names(body)


def test_ali_before_a_given_name_written_with_the_article():
    body = ('وأكد على ذلك. وطالب عميد بلدية سبها، علي الصادق بوزيد، بتخصيص حصة ثابتة من الوقود لمحطات الجنوب، '
            'قائلاً: "مدن الجنوب دفعت الثمن الأكبر في الصيف الماضي".')
    assert speakers(body) == ["علي الصادق بوزيد"]


def test_a_company_in_lam_then_a_two_word_name_closed_by_the_frame():
    body = ('أصدرت منصة ماغنيت تقريراً. وقال الرئيس التنفيذي لماغنيت فيليب بحوشي للصحفيين إن "الإمارات '
            'والسعودية تستحوذان معاً على أكثر من 70% من الصفقات".')
    assert speakers(body) == ["فيليب بحوشي"]


def test_a_plural_body_after_a_bare_office_is_its_object():
    body = ('وقال محافظ المصرف المركزي ناجي عيسى إن "الأموال كافية". ودعا المحافظ المصارف إلى "فتح فروعها أيام '
            'السبت وتمديد ساعات العمل".')
    assert speakers(body) == ["ناجي عيسى"] * 2


def test_sayyid_and_a_given_name_end_a_syrian_family_name():
    body = ('وزار محافظ دير الزور غسان السيد أحمد، صباح اليوم السبت، عائلتي العنصرين، وقال المحافظ أمام الأهالي: '
            '"دماء أبنائنا لن تذهب سدى".')
    assert speakers(body) == ["غسان السيد أحمد"]


def test_the_outlets_own_word_is_no_verb():
    # «فرات» of «فرات بوست» is no «فـ + رأت»
    body = 'وقال أبو محمد، وهو من وجهاء المدينة، لـ"فرات بوست" إن "الناس هنا تعبوا من الخوف".'
    assert speakers(body, "فرات بوست") == ["أبو محمد"]


def test_ali_between_names_in_an_article_that_never_writes_ala():
    body = ('دشّن محافظ المهرة محمد علي ياسر، صباح اليوم، توزيع السلال الغذائية. وقال المحافظ إن "المهرة تحتضن '
            'عشرات الآلاف من النازحين".')
    assert speakers(body) == ["محمد علي ياسر"]


@pytest.mark.parametrize("body, junk", [
    ('قال إيهاب أبو جزر، المدير الفني للمنتخب الوطني الفلسطيني لكرة القدم، إن لاعبيه "سيدخلون المواجهة بعقلية '
     'الفوز".', "لكرة القدم"),
    ('وقال مدير إدارة تصريف مياه الأمطار في البلدية المهندس عادل المرزوقي إن "أي تجمع للمياه يمكن الإبلاغ '
     'عنه".', "مياه الأمطار"),
])
def test_an_offices_field_or_object_is_no_actor(body, junk):
    assert junk not in actor_names(body)


@pytest.mark.parametrize("body, junk", [
    ('حدّد المحقق العدلي القاضي طارق البيطار مواعيد جديدة لاستجواب عدد من المسؤولين.', "مواعيد"),
    ('أعلنت الشركة السودانية لتوزيع الكهرباء عودة التيار الكهربائي، مساء أمس، إلى أحياء أم درمان.', "عودة"),
])
def test_the_object_after_a_name_or_a_body_is_no_part_of_it(body, junk):
    assert not [n for n in actor_names(body) if junk in n]
