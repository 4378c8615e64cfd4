"""Round 112: final gates on what a speaker's name cannot be (a clause opened by a pronoun or a
negator, a web address's suffix, an agency a statement was given to), a name set off by «، وهو …»
or opening with a kunya before its description, a negated verb opening a participle's clause,
compound town names in a title, a second group called on after a family name, and an indefinite
plural after a definite body (the verb's object)."""
from __future__ import annotations

from tests.core.extract_cases import actor_names, speakers


# --- a clause, not a name ----------------------------------------------------------------------

def test_a_clause_opened_by_a_pronoun_after_the_verb_is_no_speaker():
    body = ('وقال مدير الدفاع المدني سامر الخطيب إن "الفرق تعمل ليلاً ونهاراً". '
            'قال وهو يتفقد الموقع: "لن نغادر قبل انتشال الجميع من تحت الأنقاض".')
    assert speakers(body) == ["سامر الخطيب", "سامر الخطيب"]
    assert not any("وهو" in name for name in actor_names(body))


def test_a_web_suffix_of_the_outlet_is_no_speaker():
    body = ('وأكد رئيس البلدية كمال الحاج أن الأعمال بدأت. وقال لـ«الجنوب.نت» إن '
            '«المرحلة الأولى ستنتهي قبل نهاية الشهر المقبل بإذن الله».')
    assert speakers(body) == ["كمال الحاج"]
    assert "نت" not in actor_names(body)


def test_an_agency_a_statement_was_given_to_is_no_speaker():
    body = ('وقال وزير الري سليم العمري إن "الموسم جيد". وفي تصريح لوكالة الأنباء الجزائرية، كشف مدير '
            'شركة الكهرباء لقسنطينة "سونلغاز" مراد العيفة أن "نسبة الامتلاء بلغت سبعين في المائة هذا العام".')
    assert not any("وكالة" in name for name in speakers(body))


# --- a name set off before its description -------------------------------------------------------

def test_a_name_set_off_by_an_aside_pronoun_speaks():
    body = ('أما سليم، وهو صاحب مخبز في السوق القديم، فقال: "الطحين لم يصل منذ أسبوعين، '
            'ولا نعرف متى يصل".')
    assert speakers(body) == ["سليم"]


def test_a_kunya_at_the_clause_start_before_a_description_speaks():
    body = ('أبو خليل، صاحب ورشة لتصليح السيارات في الحي الشرقي، قال لـ"الموقع": "نعمل ساعتين '
            'فقط في اليوم بسبب انقطاع الكهرباء".')
    assert speakers(body) == ["أبو خليل"]


def test_a_negated_verb_opening_the_participle_clause():
    body = ('ولم تخف السيدة نادية الصالح، وهي معلمة متقاعدة، ارتياحها قائلة: "انتظرنا هذا القرار '
            'سنوات طويلة، واليوم تحقق".')
    assert speakers(body) == ["نادية الصالح"]


# --- where a name ends --------------------------------------------------------------------------

def test_a_compound_town_name_in_the_title_is_no_given_name():
    body = 'وقال رئيس بلدية بني وليد سالم الطاهر إن "الأشغال ستنتهي قبل الشتاء المقبل".'
    assert speakers(body) == ["سالم الطاهر"]


def test_two_groups_called_on_after_a_family_name():
    body = ('وقال مدير الشرطة ياسر القيسي إن "الطرق آمنة". ودعا القيسي المواطنين وأصحاب السيارات '
            'إلى "الالتزام بالسرعة المحددة على الطريق السريع".')
    assert speakers(body) == ["ياسر القيسي", "ياسر القيسي"]


def test_an_indefinite_plural_after_a_definite_body_is_the_verb_object():
    body = ('وقالت هيئة سكان المخيم إن "المياه مقطوعة منذ أسبوع". وطالبت الهيئة سلطات المدينة بـ"إرسال '
            'صهاريج إلى الأحياء المتضررة في أقرب وقت".')
    assert speakers(body) == ["هيئة سكان المخيم", "هيئة سكان المخيم"]
