"""Session 15: offices of Maghreb administrations that open a title («المعتمد الأول بولاية …»،
«المكلف بالاتصال في …»), and «أمين» with an indefinite surname after a whole title, which is a
given name, not the office «أمين عام/سر»."""
from __future__ import annotations

from tests.core.extract_cases import actor_names, speakers


def test_a_tunisian_delegate_opens_a_title():
    body = ('وأكد المعتمد الأول بولاية القيروان، عادل الحامدي، خلال زيارة ميدانية أداها أمس، '
            'أن "السلط الجهوية جنّدت كل إمكانياتها لإنجاح الموسم".')
    assert speakers(body) == ["عادل الحامدي"]


def test_an_officer_in_charge_opens_a_title_and_amin_is_his_given_name():
    body = ('وقال المكلف بالاتصال في شركة الخطوط الجوية الجزائرية أمين أندلسي إن "الشركة جنّدت عشر '
            'طائرات لضمان احترام مواعيد الرحلات".')
    assert speakers(body) == ["أمين أندلسي"]


def test_amin_before_an_indefinite_office_word_stays_the_office():
    body = ('وقال أمين عام الحزب الوطني خالد الساعدي إن "الحزب سيشارك في الانتخابات المقبلة".')
    assert speakers(body) == ["خالد الساعدي"]
    body = ('وقال رئيس البلدية أمين صندوق الجمعية محمود الحسن إن "الأموال صُرفت كلها في وقتها".')
    assert "أمين صندوق" not in " ".join(actor_names(body))


def test_costly_is_no_title():
    # «مكلف» after a noun is an adjective (costly), never the office it opens at a phrase's start
    body = 'وقال وزير المالية سامي الخطيب إن "المشروع مكلف جداً ولن نبدأ به هذا العام".'
    assert speakers(body) == ["سامي الخطيب"]
