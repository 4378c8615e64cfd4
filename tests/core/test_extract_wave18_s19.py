"""Session 19: what the eighteenth wave of unseen reports (rounds 345-350, written after the rules
froze at d656cbc and scored untouched first) found: common words proposed as speakers («تحت»،
«العلاج»، «باسم سلاح»، «صاحب») and names the rules read short."""
from __future__ import annotations

from tests.core.extract_cases import actor_names, speakers


def test_the_amma_topics_title_runs_to_the_comma_before_the_name():
    # round 345: «تحت» of «المنضوية تحت لواء …» was the speaker
    body = ('أما الأمين الولائي لنقابة البحارة المنضوية تحت لواء الاتحاد العام للعمال الجزائريين، محمد '
            'الصغير عياد، فقال لـ"الغزوات أونلاين": «البحار يخرج في الثالثة فجراً». وأضاف عياد أن '
            'النقابة "ستراسل وزارة الصيد البحري الأسبوع المقبل".')
    assert speakers(body, outlet="الغزوات أونلاين") == ["محمد الصغير عياد"] * 2
    assert "تحت" not in actor_names(body, outlet="الغزوات أونلاين")


def test_a_verb_in_an_aside_is_no_cue():
    # round 345: «يتابع العلاج» in «، وهو مريض …» made «العلاج» the speaker
    body = ('وفي قاعة الانتظار، قال مبروك حمادي، وهو مريض في الستين من عمره يتابع العلاج منذ أربع '
            'سنوات: «كنت أقضي ليلتي في الحافلة».')
    assert speakers(body) == ["مبروك حمادي"]
    assert "العلاج" not in actor_names(body)


def test_a_verb_in_an_aside_naming_someone_is_still_a_cue():
    # guard (round 183): «وهي اتهامات وصفها المتحدث … بأنها "…"»
    body = ('وكان الرئيس الأمريكي دونالد ترامب قد أعلن مقاطعة القمة، متهماً بريتوريا بسوء المعاملة، وهي '
            'اتهامات وصفها المتحدث باسم الرئاسة الجنوب إفريقية فينسنت ماغوينيا بأنها "لا تستند إلى أي '
            'دليل".')
    assert speakers(body) == ["فينسنت ماغوينيا"]


def test_a_person_seated_in_a_feature_speaks_the_next_quotation():
    # round 348: «جلست سعاد أبو مصطفى تنتظر دورها. "…"، قالت» went to the WHO official before
    body = ('وقال ممثل منظمة الصحة العالمية ريك بيبركورن إن المنظمة "تعمل على إدخال شحنة ثانية".\n\n'
            'وفي ممر القسم، جلست سعاد أبو مصطفى تنتظر دورها. "كنت أغسل مرة واحدة في الأسبوع بدل ثلاث '
            'مرات"، قالت المريضة القادمة من مخيم المغازي.')
    assert speakers(body) == ["ريك بيبركورن", "سعاد أبو مصطفى"]


def test_an_arm_of_the_forces_speaks_and_basim_after_a_spokesman_is_no_name():
    # round 350: «باسم سلاح» (Basim) was proposed, «سلاح الجو» no body
    body = ('وقال المتحدث باسم سلاح الجو يوري إغنات إن "الصواريخ الباليستية تبقى التحدي الأكبر".\n\n'
            'وأفاد سلاح الجو الأوكراني، في بيان، بأن الدفاعات الجوية "أسقطت أو عطّلت 406 مسيّرات".')
    assert speakers(body) == ["يوري إغنات", "سلاح الجو الأوكراني"]
    assert all("باسم" not in name for name in actor_names(body))


def test_a_sahel_given_name_with_the_article():
    # round 350: «الحمدو أغ إيليين» was cut to «أغ إيليين»
    body = ('وأكد المتحدث باسم الحكومة، وزير الاتصال الحمدو أغ إيليين، أن "الجيش المالي يؤمّن يومياً '
            'قوافل الصهاريج".')
    assert speakers(body) == ["الحمدو أغ إيليين"]


def test_a_bakery_owner_is_described_by_his_bakery():
    # round 346: «صاحب» alone was the speaker
    body = ('وقال صاحب مخبز في وسط المدينة، فضّل عدم ذكر اسمه، إن "المخابز لا تستطيع الاستمرار بسعر '
            'الرغيف الحالي".')
    assert "صاحب" not in speakers(body)
    assert speakers(body)[0].startswith("صاحب مخبز")
