"""Round 84: where a whole name stops. A body's name stops before the object of its verb
(«دعت المديرية العامة للجمارك المسافرين إلى …») and before a title of address («في الهيئة
المهندس …»); a definite plural of an office alone («الوزراء») is a group, and joined to a name
(«… والنواب») or after it as an object («… التوصيات») it is no part of the name; a title after a
number is a counted noun; a phrase after the dual of a place noun names two places; a name set
between commas after an office's field is the holder's whole name."""
from __future__ import annotations

from tests.core.extract_cases import actor_names, speakers


# --- a body's name before the object of its verb ---------------------------------------------------

def test_the_object_of_a_call_is_no_part_of_the_body():
    body = ('ودعت المديرية العامة للجمارك المسافرين إلى التصريح بالمبالغ النقدية عند الوصول. '
            'وقال مدير المديرية خالد بن سعيد إن "الإجراءات ستكون أسرع هذا العام".')
    names = actor_names(body)
    assert "المديرية العامة للجمارك" in names
    assert not any("المسافرين" in n for n in names)


# --- a title of address after a body's definite word ---------------------------------------------

def test_a_title_of_address_ends_the_body_referred_back_to():
    body = ('افتتحت مؤسسة الموانئ البحرية، صباح اليوم، الرصيف الجديد. وأوضح مدير التشغيل في المؤسسة الدكتور سامي '
            'الهاشمي أن "الرصيف يستقبل السفن الكبيرة". وقالت المؤسسة، في بيان، إن "الأعمال انتهت قبل موعدها".')
    assert speakers(body) == ["سامي الهاشمي", "مؤسسة الموانئ البحرية"]


# --- office-holders as a group -------------------------------------------------------------------

def test_office_holders_called_on_are_no_speaker():
    body = ('قال الرئيس كريم حداد إن "الحكومة لن تتراجع عن الإصلاحات". '
            'ودعا المحافظين إلى "متابعة المشاريع ميدانياً".')
    assert speakers(body) == ["كريم حداد", "كريم حداد"]
    assert "المحافظين" not in actor_names(body)


def test_a_family_name_shaped_as_a_plural_of_office_stays():
    # a guard: the surname is read back to the full name before the group check sees it
    body = 'قال الكاتب مظفر النواب إن "القصيدة وطن". وأضاف النواب أن "الكلمة لا تموت".'
    assert speakers(body) == ["مظفر النواب", "مظفر النواب"]


def test_office_holders_joined_to_a_name_are_no_part_of_it():
    body = ('اجتمع رئيس البرلمان سليم الحايك والنواب في القاعة الكبرى. وقال الحايك إن '
            '"الدورة ستخصص للموازنة".')
    names = actor_names(body)
    assert "سليم الحايك" in names
    assert not any("والنواب" in n for n in names)


def test_a_plural_object_after_a_name_is_no_part_of_it():
    body = ('وتلا وزير الإعلام وليد ناصر خوري التوصيات، وقال إن "الحكومة ستنفذها خلال شهرين".')
    assert speakers(body) == ["وليد ناصر خوري"]


# --- a title counted by a number -----------------------------------------------------------------

def test_a_counted_title_is_no_name():
    body = ('وقال الوزير إن الجامعة "انتدبت 700 أستاذ جديد تخرجوا هذا الصيف". '
            'وأكد أن الشركة وظفت ألفي مهندس شاب تكونوا في معاهدها.')
    names = actor_names(body)
    assert not any("تخرجوا" in n or "تكونوا" in n for n in names)


# --- two places after a dual ---------------------------------------------------------------------

def test_a_phrase_after_a_dual_of_places_names_no_one():
    body = 'وتضررت شبكة المياه في محافظتي الشيخ سعيد والبريقة خلال الأسبوع الماضي.'
    assert not any("سعيد" in n for n in actor_names(body))


# --- the holder named between commas after an office's field ------------------------------------

def test_the_name_between_commas_after_an_office_field_is_whole():
    body = ('وقال مدير المديرية الإقليمية للصحة لعمالة وجدة أنكاد، عبد الحق صابر، إن '
            '"الحملة ستشمل كل الجماعات القروية".')
    assert speakers(body) == ["عبد الحق صابر"]
