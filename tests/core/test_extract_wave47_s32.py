"""Session 32, continued from `test_extract_wave46_s31.py`: the speakers the waves of rounds 844 and
after got wrong, each wave scored untouched first and fixed after its scoring; each test fails on the
rules the wave was written after, but the guards."""
from __future__ import annotations

from tests.core.extract_cases import actor_names, speakers


# Left from session 31's last wave (rounds 843-848, written after 63104283).

def test_a_scholar_of_a_discipline_is_a_calling():
    # round 844: «قال عالم المصريات الدكتور زاهي حواس:» gave the actor «عالم المصريات»
    body = ('وفي تصريحات لـ"القاهرة الإخبارية"، قال عالم المصريات الدكتور زاهي حواس: "هذا الافتتاح رسالة بأن مصر '
            'آمنة ومستعدة لاستقبال ملايين السائحين".')
    assert speakers(body) == ["زاهي حواس"]
    assert "عالم المصريات" not in actor_names(body)


def test_a_holder_named_with_a_calling_after_her_office():
    # round 848: «أوضحت مفوضة المعرض، الباحثة اللبنانية في علم الموسيقى الدكتورة ريم الأمين، لـ…، أن»
    # gave «مفوضة المعرض»
    body = ('بدورها، أوضحت مفوضة المعرض، الباحثة اللبنانية في علم الموسيقى الدكتورة ريم الأمين، لمونت كارلو الدولية، '
            'أن "أقدم قطعة في المعرض عود من القرن السابع عشر، رُمّم في ورشة متخصصة في إشبيلية".')
    assert speakers(body) == ["ريم الأمين"]
    assert "مفوضة المعرض" not in actor_names(body)


def test_nur_al_ayn_is_a_given_name_not_al_ain():
    # round 848: «أما نور العين بنت إسماعيل، المديرة التنفيذية لشركة …، فقالت» gave the director unnamed
    body = ('أما نور العين بنت إسماعيل، المديرة التنفيذية لشركة "سولار نوسانتارا" الماليزية، فقالت لـ((شينخوا)): '
            '"جئنا للبحث عن موردين للألواح والبطاريات، ووقعنا بالفعل مذكرتي تفاهم في اليوم الأول".')
    assert speakers(body) == ["نور العين بنت إسماعيل"]
    # guard: the city of Al Ain after a club is still a place
    body = 'وقال مدرب نادي العين الإماراتي إن "الفريق جاهز للمباراة النهائية أمام الهلال".'
    assert speakers(body) == ["مدرب نادي العين الإماراتي"]


def test_a_plural_verb_shape_after_a_known_given_name_is_a_family_name():
    # round 844: «وكتبت الممثلة الخاصة للأمين العام هانا سيروا تيتيه على منصة "إكس" أن» gave «هانا»
    body = ('وكتبت الممثلة الخاصة للأمين العام هانا سيروا تيتيه على منصة "إكس" أن "الانتخابات البلدية تمنح الليبيين '
            'فرصة نادرة لاختيار من يدير شؤونهم اليومية".')
    assert speakers(body) == ["هانا سيروا تيتيه"]


def test_a_unit_named_after_a_dash_then_a_calling_and_the_name():
    # round 844: «وأوضح مدير منظومة الحساونة – سهل الجفارة المهندس فرج محمد الحاسي لـ"…" أن» gave «سهل الجفارة»
    body = ('وأوضح مدير منظومة الحساونة – سهل الجفارة المهندس فرج محمد الحاسي لـ"عين ليبيا" أن "الاعتداءات تكررت '
            '11 مرة منذ بداية العام الماضي، وفي كل مرة نخسر أياماً من الإمداد".')
    assert speakers(body) == ["فرج محمد الحاسي"]
    assert "سهل الجفارة" not in actor_names(body)


# The wave of rounds 849-854, written after 400f44c9 and scored untouched first.

def test_a_coast_guard_speaks_as_a_body():
    # round 854: «أنقذ خفر السواحل اليوناني» then «وقال خفر السواحل اليوناني في بيان إن» gave «أنقذ خفر»
    body = ('أنقذ خفر السواحل اليوناني، أمس الأربعاء، 436 مهاجراً كانوا على متن خمسة قوارب قبالة جزيرة غافدوس.\n\n'
            'وقال خفر السواحل اليوناني في بيان إن "عمليات الإنقاذ استمرت أكثر من 14 ساعة بمشاركة سفينة تابعة لوكالة '
            'فرونتكس ومروحية عسكرية".')
    assert speakers(body) == ["خفر السواحل اليوناني"]
    assert "أنقذ خفر" not in actor_names(body)


def test_the_south_asian_e_written_with_hamza_below_is_a_word_of_the_name():
    # round 854: «مستشار الحكومة المؤقتة … فاروق إي أعظم،» gave «فاروق», then «أعظم» alone
    body = ('وقال مستشار الحكومة المؤقتة لشؤون إدارة الكوارث والإغاثة فاروق إي أعظم، خلال تفقده مراكز إيواء في '
            'سيلهيت أمس الأربعاء، إن "الحكومة خصصت 50 مليون تاكا ومئات الأطنان من الأرز لدعم المتضررين". وأضاف أعظم: '
            '"لن نترك أي عائلة من دون سقف أو غذاء".')
    assert speakers(body) == ["فاروق إي أعظم", "فاروق إي أعظم"]
    # guard: «أي» (any) after a name still ends it
    body = 'وقال الوزير محمد سالم أي تأخير في الدفع غير مقبول، مضيفاً أن "الحكومة ستتابع الملف بنفسها".'
    assert "محمد سالم أي" not in actor_names(body)
