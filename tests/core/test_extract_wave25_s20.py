"""Session 20: what the twenty-fifth wave of unseen reports (rounds 387-392, written after b7b10ac
and scored untouched first) found: a secretary's «أمين سر» and a cardinal, a foreign family name
in «بال», a public prosecutor «الأول», a family name before the object it accuses, a state
pharmacy, the organisations a body called on, a hyphenated given name in «آن» after a feminine
nationality, and quoted names after «باسم», «المعروف بـ», «ملحق» and «فعاليات»."""
from __future__ import annotations

from tests.core.extract_cases import quotes, speakers


def test_a_secretary_of_state_and_his_rank_of_cardinal():
    # round 392: «أمين سر دولة الفاتيكان الكاردينال بيترو بارولين» was «أمين سر»
    body = ('من جهته، قال أمين سر دولة الفاتيكان الكاردينال بيترو بارولين لوكالة أنسا الإيطالية إن الرحلة '
            '"تحمل رسالة سلام إلى منطقة أنهكتها الحروب".')
    assert speakers(body) == ["بيترو بارولين"]


def test_a_foreign_family_name_in_bal_before_fa_qala():
    # round 392: «المطران ماسيميليانو بالينورو فقال» was cut to «ماسيميليانو»
    body = ('أما النائب الرسولي في إسطنبول المطران ماسيميليانو بالينورو فقال لـ"أليتيا" إن الجماعة '
            '"تعيش فرحاً لم تعرفه منذ زيارة البابا".')
    assert speakers(body, outlet="أليتيا") == ["ماسيميليانو بالينورو"]


def test_the_first_public_prosecutor():
    # round 389: «المحامي العام الأول في دمشق عمر السباعي» was left as «المحامي العام»
    body = ('وقال المحامي العام الأول في دمشق عمر السباعي، خلال الجلسة، إن "المتهمين أداروا هرماً مالياً '
            'حقيقياً".')
    assert speakers(body) == ["عمر السباعي"]


def test_a_family_name_before_the_definite_object_it_accuses():
    # round 390: «واتهم الثوابتة الاحتلال» made «الثوابتة الاحتلال» a speaker
    body = ('وقال مدير عام المكتب الإعلامي الحكومي في غزة إسماعيل الثوابتة إن "أكثر من 13 ألف خيمة تضررت". '
            'واتهم الثوابتة الاحتلال "بمواصلة تقييد إدخال مواد الإيواء".')
    assert speakers(body) == ["إسماعيل الثوابتة", "إسماعيل الثوابتة"]


def test_a_state_pharmacy_speaks_in_its_statement():
    # round 387: «أفادت الصيدلية المركزية التونسية» had no subject, and the MP before it spoke
    body = ('وتساءل النائب محمد علي الفقيه قائلاً: "كيف يُعقل أن يتنقل مريض بحثاً عن علبة دواء؟".\n\nوفي بيان '
            'نشرته مساء اليوم نفسه، أفادت الصيدلية المركزية التونسية بأن "شحنة من الأنسولين ستصل الأسبوع '
            'المقبل".')
    assert speakers(body)[-1] == "الصيدلية المركزية التونسية"


def test_the_organisations_a_body_called_on_do_not_speak():
    # round 390: «، ودعت المنظمات الدولية إلى "…"» went to the hospital source quoted before
    body = ('وقال مصدر طبي في مستشفى النصر العام بالضالع إن "الطفلة وصلت مصابة".\n\nبدورها، دانت السلطة المحلية '
            'في محافظة الضالع، في بيان، "استهداف القرى الآهلة بالسكان"، ودعت المنظمات الدولية إلى "توثيق '
            'الانتهاكات بحق المدنيين".')
    assert speakers(body)[-1] == "السلطة المحلية في محافظة الضالع"


def test_a_hyphenated_given_name_in_an_after_a_feminine_nationality():
    # round 392: «الفرنسية آن-كلير أمبرو» stopped at «آن», read as «أن»
    body = ('وقال المدير العام تيدروس أدهانوم غيبريسوس إن "الاتفاق تاريخي".\n\nمن جهتها، وصفت الرئيسة المشاركة '
            'لهيئة التفاوض الحكومية الدولية، الفرنسية آن-كلير أمبرو، الاتفاق بأنه "ثمرة تنازلات صعبة".')
    assert speakers(body)[-1] == "آن-كلير أمبرو"


def test_quoted_names_after_naming_words_are_not_quotations():
    # rounds 387, 388, 390, 392: «باسم "شتاء آمن"»، «المعروف بـ«تنقل 2030»»، «ملحق "…"»، «فعاليات "…"»
    body = ('قال المتحدث باسم البلدية حسني مهنا إن "الشبكات دمرت". وأشار إلى أن البلدية أطلقت خطة طوارئ '
            'باسم "شتاء آمن" تشمل فتح مجارٍ مؤقتة، وإلى أن المخطط المعروف بـ"تنقل 2030" يسري، وأن ملحق "نظام '
            'الوصول إلى مسببات الأمراض" سيُعرض قريباً ضمن فعاليات "ليالي أبو سمبل".')
    said = [text for text, _ in quotes(body)]
    assert said == ["الشبكات دمرت"]
