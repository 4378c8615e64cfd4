"""Round 88: references back and bodies cut short. A family name alone («الزعبي»، «بن يوسف»،
«فان دام») after the article gave the whole name, with a compound given name («عبد الكريم»،
«نور الدين») or a connector that opens the family name, is that person; a bare «رئيس …» refers to
the person a meeting was held «برئاسة»; «الأمينة العامة» is a title, not a name; a body written
with «لـ» on its head («للشركة الوطنية») still takes what it is for («لتوزيع …»), and what a
verbal noun governs may be an indefinite chain («لتسيير شبكة نقل الغاز»)."""
from __future__ import annotations

from tests.core.extract_cases import speakers


# --- a family name alone refers back to the whole name ---------------------------------------------

def test_a_family_name_after_a_compound_given_name_refers_back():
    body = ('وفي الجلسة نفسها، انتقد عضو المجلس البلدي عن حزب الخضر – كتلة التغيير عبد الكريم الزعبي '
            'تأخر المشاريع. وقال الزعبي إن "الأحياء الشرقية ما زالت بلا إنارة".')
    assert speakers(body) == ["عبد الكريم الزعبي"]


def test_a_family_name_opening_with_a_connector_refers_back():
    body = ('قدّر المدير الجهوي للفلاحة بسوسة، الطيب بن يوسف، المحصول بنحو 20 ألف طن. '
            'وقال بن يوسف إن "الجودة هذا العام ممتازة".')
    assert speakers(body) == ["الطيب بن يوسف"]


def test_a_particle_family_name_refers_back():
    body = ('وأعلنت رئيسة الوكالة الأوروبية كلارا فان دام أن الاتحاد سيزيد تمويله. '
            'وقالت فان دام في كلمتها: "نحتاج إلى شراكة أوسع مع دول الجوار".')
    assert speakers(body) == ["كلارا فان دام"]


def test_a_family_name_written_by_two_persons_is_no_one_s_in_particular():
    # a guard: two persons carry the family name; the one written last before it is meant
    body = ('التقى الوزير سامي الحداد بالنائب عبد الله الحداد أمس. وقال الحداد إن "اللقاء كان مثمراً".')
    assert speakers(body)[0] in ("سامي الحداد", "عبد الله الحداد")


# --- a bare «رئيس …» after «برئاسة» ------------------------------------------------------------

def test_the_head_of_a_meeting_presided_by_a_named_person():
    body = ('عقدت لجنة الزراعة النيابية جلسة برئاسة النائب حسان مراد، وناقشت خطة الري. '
            'وقال رئيس اللجنة إن "الخطة تحتاج إلى تمويل إضافي".')
    assert speakers(body) == ["حسان مراد"]


def test_a_head_named_with_his_office_is_preferred_to_the_presiding_person():
    # a guard: the one named as «رئيس الحكومة» holds the office, not the one a meeting was held under
    body = ('وقال رئيس الحكومة وليد الخطيب إن "الموازنة جاهزة". ثم عقدت لجنة المالية جلسة برئاسة '
            'النائب حسان مراد. وأضاف رئيس الحكومة أن "التمويل متوفر".')
    assert speakers(body) == ["وليد الخطيب", "وليد الخطيب"]


def test_the_head_of_another_body_is_not_the_presiding_person():
    # a guard: «الجمعية» was not the body that met «برئاسة» the deputy
    body = ('عقدت لجنة المالية جلسة برئاسة النائب حسان مراد. '
            'وقال رئيس الجمعية إن "الرسوم مرتفعة".')
    assert speakers(body) != ["حسان مراد"]


# --- a feminine title and a body's purpose --------------------------------------------------------

def test_the_feminine_secretary_general_is_a_title():
    body = 'واعتبرت الأمينة العامة للحزب الاشتراكي ماريا لوبيز أن القرار «خطأ سياسي كبير».'
    assert speakers(body) == ["ماريا لوبيز"]


def test_a_body_after_lam_takes_what_it_is_for():
    body = ('وأكد المدير العام للشركة الوطنية لتوزيع الغاز المهندس سامر خليل أن الشبكة '
            '"تعمل بكامل طاقتها".')
    assert speakers(body) == ["سامر خليل"]


def test_a_verbal_noun_governs_an_indefinite_chain():
    body = 'وقال مصدر في الشركة العامة لتسيير شبكة نقل الغاز إن "الضغط عاد إلى مستواه".'
    assert speakers(body) == ["مصدر في الشركة العامة لتسيير شبكة نقل الغاز"]
