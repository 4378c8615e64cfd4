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
