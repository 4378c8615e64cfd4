"""Session 29, continued: the speakers the waves of rounds 723-752 got wrong, each wave scored
untouched first and fixed after its scoring; each test fails on the rules before its fix (a62f155),
but the guards."""
from __future__ import annotations

from tests.core.extract_cases import speakers


# The wave of rounds 723-728.

def test_a_place_before_a_quotation_governs_nothing():
    # round 723: «أن ما تعيشه سليانة "نموذج لما تعانيه الجهات الداخلية"» was a name in construct with the town
    body = 'من جهته، اعتبر الناطق الرسمي سامي الطاهري أن ما تعيشه سليانة "نموذج لما تعانيه الجهات الداخلية".'
    assert speakers(body) == ["سامي الطاهري"]


def test_sid_ali_an_algerian_compound_given_name():
    # round 723: «وقال الوكيل سيد علي مرابط» cut to «سيد» («علي» read as «على»)
    body = ('وبسوق الجملة، قفز سعر الطماطم إلى 140 ديناراً. وقال الوكيل سيد علي مرابط إن "الوفرة موجودة، والمشكل في كثرة '
            'الوسطاء". وأكد أن الأسعار ستنخفض.')
    assert speakers(body) == ["سيد علي مرابط"]


def test_a_university_named_after_a_moroccan_sultan():
    # round 723: «أستاذ العلوم السياسية بجامعة مولاي إسماعيل بمكناس، حسن الزياني،» gave «إسماعيل بمكناس»
    body = ('اعتبر أستاذ العلوم السياسية بجامعة مولاي إسماعيل بمكناس، حسن الزياني، أن "الرسائل كانت موجهة إلى '
            'قواعد الحزب".')
    assert speakers(body) == ["حسن الزياني"]


def test_a_family_name_goes_back_past_the_fathers_name():
    # round 725: «قال الساعدي» after «يقف جبار عودة الساعدي» read as «عودة الساعدي»
    body = ('وفي ناحية السلام، يقف جبار عودة الساعدي، وهو مزارع، قرب جدول جف ماؤه. "كنا نسقي من هذا الجدول منذ أيام '
            'آبائنا"، قال الساعدي.')
    assert speakers(body) == ["جبار عودة الساعدي"]


def test_directed_with_ba_after_a_long_aside():
    # round 726: «ووجّه رئيس مجلس الوزراء …، خلال اجتماع طارئ عقده أمس …، بـ"…"» was missed
    body = ('ووجّه رئيس مجلس الوزراء سالم صالح بن بريك، خلال اجتماع طارئ عقده أمس في عدن بوزيري الكهرباء والمالية، '
            'بـ"صرف دفعة عاجلة لشراء شحنات وقود إسعافية".')
    assert speakers(body) == ["سالم صالح بن بريك"]


def test_a_patronym_written_alone_after_a_compound_given_name():
    # round 727: «يقول ولد حبت» after «يستقبل محمد الأمين ولد حبت» stayed «ولد حبت»
    body = ('وفي أحد الأزقة، يستقبل محمد الأمين ولد حبت زوار مكتبة عائلته. "بعض المخطوطات يعود إلى القرن السادس عشر"، '
            'يقول ولد حبت.')
    assert speakers(body) == ["محمد الأمين ولد حبت"]


def test_a_swiss_canton_in_a_title_and_in_a_bodys_name():
    # round 728: «… في كانتون تيتشينو كريستيان فيتا» lost his name; «غرفة التجارة والصناعة في كانتون تيتشينو» was cut
    body = ('رحّب مستشار الدولة المكلف المالية في كانتون تيتشينو كريستيان فيتا بالاتفاق، وقال إن "الوظائف كانت على '
            'المحك". بدورها، قالت غرفة التجارة والصناعة في كانتون تيتشينو، في بيان، إن "الخفض خطوة إيجابية".')
    assert speakers(body) == ["كريستيان فيتا", "غرفة التجارة والصناعة في كانتون تيتشينو"]


def test_a_described_activist_with_her_adjectives_then_her_name():
    # round 728: «الناشطة البيئية الكينية إليزابيث واثوتي» lost her name
    body = 'في المقابل، رأت الناشطة البيئية الكينية إليزابيث واثوتي، في تصريح للصحفيين، أن "الريف يدفع ثمن أزمة لم يصنعها".'
    assert speakers(body) == ["إليزابيث واثوتي"]


# The wave of rounds 729-734.

def test_a_moroccan_prefecture_in_a_title():
    # round 729: «رئيس قسم الشؤون الاقتصادية والتنسيق بعمالة القنيطرة، رشيد الوزاني،» gave «بعمالة»
    body = 'وقال رئيس قسم الشؤون الاقتصادية بعمالة القنيطرة، رشيد الوزاني، إن "اللجان نفذت 312 عملية تفتيش".'
    assert speakers(body) == ["رشيد الوزاني"]


def test_a_university_hospitals_eponym_after_its_adjective():
    # round 729: «النقابة الأساسية لأعوان المستشفى الجامعي ابن الجزار» cut before «ابن الجزار»
    body = ('أعلنت النقابة الأساسية لأعوان المستشفى الجامعي ابن الجزار انخراطها في التحرك، مؤكدة أن "نقص الإطار '
            'شبه الطبي يهدد سلامة المرضى".')
    assert speakers(body) == ["النقابة الأساسية لأعوان المستشفى الجامعي ابن الجزار"]


def test_a_word_inside_a_quoted_plan_opens_no_clause():
    # round 730: «في خطة "الاكتفاء الذاتي من المحروقات" …، مشيرة إلى أن» gave «الذاتي»
    body = ('رحبت المؤسسة الوطنية للنفط بالخطوة، وقالت في بيان إن "تشغيل المصفاة ركيزة أساسية" في خطة "الاكتفاء '
            'الذاتي من المحروقات" التي أطلقتها المؤسسة، مشيرة إلى أن "واردات الوقود تكلف الخزانة مليارات".')
    assert speakers(body) == ["المؤسسة الوطنية للنفط", "المؤسسة الوطنية للنفط"]


def test_a_directorate_of_a_town_not_yet_listed():
    # round 731: «مصدر في مديرية زراعة عجلون» cut before «عجلون»
    body = 'وبحسب مصدر في مديرية زراعة عجلون، فإن "هذا الحريق هو الخامس في المحافظة منذ بداية الصيف".'
    assert speakers(body) == ["مصدر في مديرية زراعة عجلون"]


def test_a_kurdish_towns_district_head():
    # round 731: «قائممقام رانية هيوا عبد الله» cut to «عبد الله»; «رانية» stays a woman's name elsewhere
    body = 'بدوره، قال قائممقام رانية هيوا عبد الله إن "المدارس ستستأنف الدوام الكامل يوم الأحد".'
    assert speakers(body) == ["هيوا عبد الله"]
    assert speakers('وقالت رانية حسن إن "المدارس ستستأنف الدوام الكامل يوم الأحد".') == ["رانية حسن"]


def test_a_mauritanian_governor_of_assaba():
    # round 733: «دعا والي لعصابة إسلمو ولد سيدي المختار» gave «والي» («لعصابة» read as «لـ» on «عصابة»)
    body = 'بدوره، دعا والي لعصابة إسلمو ولد سيدي المختار السكان إلى "الإبلاغ فوراً عن أي توصيل عشوائي".'
    assert speakers(body) == ["إسلمو ولد سيدي المختار"]


def test_a_hospitals_adjective_and_the_agency_spoken_to():
    # round 733: «مصدر طبي في مستشفى براوة العام لصونا» cut before «العام»; «صونا» of the dateline is no place
    body = ('براوة (صونا) – انطلقت اليوم حملة تطعيم. وقال مصدر طبي في مستشفى براوة العام لصونا إن "المستشفى استقبل '
            '37 طفلاً".')
    assert speakers(body) == ["مصدر طبي في مستشفى براوة العام"]


# The wave of rounds 735-740, written after the rules of 830cda2 and fixed after its scoring.

def test_an_aside_with_wa_hiya_is_no_name_set_off():
    # round 735: «قالت والدة أحد المتهمين، وهي تغالب دموعها، إن …» read the aside as her name
    body = 'وخارج قاعة الجلسات، قالت والدة أحد المتهمين، وهي تغالب دموعها، إن ابنها "لم يكن سوى سائق استأجروه ليلة واحدة".'
    assert speakers(body) == ["والدة أحد المتهمين"]


def test_a_representative_of_a_trade():
    # round 735: «قال ممثل عن مقاولي البناء بالولاية، فضّل عدم ذكر اسمه،» cut to «ممثل»
    body = 'في المقابل، قال ممثل عن مقاولي البناء بالولاية، فضّل عدم ذكر اسمه، إن "أسعار حديد الخرسانة ارتفعت".'
    assert speakers(body) == ["ممثل عن مقاولي البناء بالولاية"]


def test_a_verb_of_criticism_opens_a_members_sentence():
    # round 735: «انتقد المنخرط يوسف البقالي طريقة تنظيم الجمع، وقال: "…"» went to the treasurer before him
    body = ('وقال أمين المال عادل الشاوني إن "المكتب السابق سلم كل الوثائق". في المقابل، انتقد المنخرط يوسف البقالي '
            'طريقة تنظيم الجمع، وقال: "تم إقصاء عدد من المنخرطين".')
    assert speakers(body) == ["عادل الشاوني", "يوسف البقالي"]


def test_a_family_name_its_definite_object_and_ba():
    # round 740: «وصف فيلدرز التقرير بأنه "…"» after «خيرت فيلدرز» gave «فيلدرز التقرير»
    body = ('وقاد حزب من أجل الحرية بزعامة خيرت فيلدرز الحملة. في المقابل، وصف فيلدرز التقرير بأنه "صفعة لمليوني ناخب '
            'صوّتوا لنا".')
    assert speakers(body) == ["خيرت فيلدرز"]


def test_a_chinese_name_in_ng():
    # round 740: «الرئيس الصيني شي جين بينغ رئاسة المنتدى» cut to «شي جين» («بينغ» read as «بـ» on a noun)
    body = ('من جهته، تسلّم الرئيس الصيني شي جين بينغ رئاسة المنتدى، وقال في كلمة مقتضبة إن بلاده «ستستضيف القمة '
            'المقبلة في مدينة شنتشن في تشرين الثاني 2026».')
    assert speakers(body) == ["شي جين بينغ"]


def test_a_somali_member_states_team():
    # round 739: «مدرب منتخب غلمدغ حسن ديريه» read the team's state into the coach's name
    body = 'بدوره، قال مدرب منتخب غلمدغ حسن ديريه إن "اللاعبين تحملوا ضغط الجمهور طوال المباراة".'
    assert speakers(body) == ["حسن ديريه"]


def test_a_kunya_alone_after_the_whole_name():
    # rounds 690 and 738: «تقول أم محمد» after «تنتظر أم محمد أبو شمالة» stayed «أم محمد»
    body = ('وفي ممر قسم الكلى، تنتظر أم محمد أبو شمالة دور ابنها منذ ساعات الفجر. "قالوا لنا إن جلسة الغسيل ستكون '
            'ساعتين بدل أربع"، تقول أم محمد.')
    assert speakers(body) == ["أم محمد أبو شمالة"]


# The wave of rounds 741-746, written after b04e157 and fixed after its scoring.

def test_a_noun_after_a_participles_an_is_no_verb():
    # round 741: «موضحاً أن ثمن الكيلوغرام … «…»» gave the quotation to «الكيلوغرام» («ثمن» read as «ثمّن»)
    body = ('اعتبر رئيس جمعية حماية المستهلك عبد السلام الريفي أن «الوفرة لا تعني شيئاً إذا كانت الأسعار مرتفعة»، موضحاً '
            'أن ثمن الكيلوغرام من لحم الغنم «تجاوز 120 درهماً في عدد من محلات المدينة».')
    assert speakers(body) == ["عبد السلام الريفي", "عبد السلام الريفي"]


def test_an_algerian_quarter_named_by_its_dwellings():
    # round 741: «رئيس جمعية حي 500 مسكن ببلدية البسباس نور الدين خلفاوي» lost his name
    body = ('في المقابل، قال رئيس جمعية حي 500 مسكن ببلدية البسباس نور الدين خلفاوي إن السكان "سئموا الوعود، فالماء لا '
            'يصل إلا ليلاً ولساعتين فقط".')
    assert speakers(body) == ["نور الدين خلفاوي"]


def test_one_of_the_victims():
    # round 744: «ويروي أحد المجني عليهم» cut to «أحد المجني»
    body = 'ويروي أحد المجني عليهم، وهو سائق أجرة في المدينة: «حوّلت كل مدخراتي، 85 ألف درهم، بعدما رأيت أرباح زملائي».'
    assert speakers(body) == ["أحد المجني عليهم"]
