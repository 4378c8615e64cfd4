"""Round 112b: who said it. A quote's own clause that names its speaker beats carry-over from the
previous speaker: a person described before a given name («وقالت الخبيرة المصرفية …») is named
from the given name on, and a regional delegation or a shrine's administration is a body that
speaks («ذكرت المندوبية الجهوية …»، «ذكرت العتبة العباسية …»)."""
from __future__ import annotations

from tests.core.extract_cases import actor_names, speakers

_BEFORE = 'وقال محافظ البنك المركزي حسن عبد الله إن "الوضع مستقر تماما في كل القطاعات". '


# --- a description before a given name is the title, not the name's first words -----------------

def test_a_described_expert_after_another_speaker_speaks():
    body = _BEFORE + 'وقالت الخبيرة المصرفية سعاد الكردي إن "الخفض جاء في حدود توقعات السوق تماما".'
    assert speakers(body) == ["حسن عبد الله", "سعاد الكردي"]


def test_a_described_private_person_speaks_and_goes_on():
    body = _BEFORE + ('وروت المتعافية سعاد الكردي لـ"الموقع" تجربتها قائلة: "اكتشفت المرض في فحص روتيني '
                      'لم أكن أنوي إجراءه". وتابعت: "أقول لكل امرأة إن الفحص المبكر ينقذ الحياة".')
    assert speakers(body) == ["حسن عبد الله", "سعاد الكردي", "سعاد الكردي"]
    assert "المتعافية سعاد الكردي" not in actor_names(body)


# --- bodies whose head the lexicon now knows ------------------------------------------------------

def test_a_regional_delegation_speaks_after_a_person():
    body = _BEFORE + ('من جهتها، ذكرت المندوبية الجهوية للصحة بقفصة، في بلاغ لها، أن "الحملة ستشمل كل '
                      'المدارس الابتدائية بالجهة".')
    assert speakers(body) == ["حسن عبد الله", "المندوبية الجهوية للصحة بقفصة"]


def test_a_shrine_administration_speaks_after_a_person():
    body = _BEFORE + ('بدورها، ذكرت العتبة العباسية المقدسة، في بيان، أنها "جهزت أكثر من ألف سرير في '
                      'المستشفيات الميدانية".')
    assert speakers(body) == ["حسن عبد الله", "العتبة العباسية المقدسة"]
