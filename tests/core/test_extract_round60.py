"""Round 60: no junk actor and no cut name. A definite document («وأضاف البلاغ») is no speaker; a
source's or a body's name stops before the paper it spoke to («… للجريدة») and before what a bare
body called a thing («وصفتها الهيئة بالجيدة»); an unnamed source takes the site it works in
(«مصدر طبي في مستشفى …»); «غرف» is a body's plural head and keeps its locality («بمحلية …»); an
indefinite construct chain takes a name that is also an outlet's («شركة طيران الشرق الأوسط»); a
guardian («ولي أمر طالب») is described, not named; a four-letter office field in «لـ» («لنقل»)
goes to the title; a surname before its title in apposition («… الخلف الرئيس التنفيذي») and a given
name written with «ال» («إلياس») after a title are the name's; a quoted body name takes what the body
is for («شبكة "نبض" لحماية المستهلك»); an outlet named as a country is no actor where it is the
outlet (the dateline, «لـ«المغرب»»). All sentences invented."""
from __future__ import annotations

from tests.core.extract_cases import actor_names, speakers


# --- a document is no speaker -------------------------------------------------------------------

def test_a_definite_communique_is_no_speaker():
    body = ('وقالت هيئة الموانئ البحرية في بلاغ إن "الحركة طبيعية". وأضاف البلاغ أن "السفن ستصل غداً".')
    assert speakers(body) == ["هيئة الموانئ البحرية", "هيئة الموانئ البحرية"]
    assert "البلاغ" not in actor_names(body)


# --- where a name ends --------------------------------------------------------------------------

def test_a_source_stops_before_the_paper_it_spoke_to():
    body = 'وأكد مصدر في الهيئة العامة للطرق للجريدة أن "الطريق سيفتح قريباً".'
    assert speakers(body) == ["مصدر في الهيئة العامة للطرق"]


def test_a_bare_body_does_not_take_what_it_called_a_thing():
    body = 'وجرى الامتحان في ظروف وصفتها الهيئة بالجيدة، بمشاركة ألف مترشح.'
    assert not any("بالجيدة" in n for n in actor_names(body))


def test_a_source_takes_the_site_it_works_in():
    assert speakers('وقال مصدر ملاحي في ميناء صلالة لـ"الوطن" إن "السفن تنتظر".') == ["مصدر ملاحي في ميناء صلالة"]
    body = 'وقال مصدر طبي في مستشفى الجلاء، طلب عدم ذكر اسمه، إن "الوضع صعب".'
    assert speakers(body) == ["مصدر طبي في مستشفى الجلاء"]


def test_rooms_are_a_body_and_keep_their_locality():
    body = 'من جهتها، حذّرت غرف الطوارئ بمحلية كرري، في بيان، من أن "المياه مقطوعة".'
    assert speakers(body) == ["غرف الطوارئ بمحلية كرري"]
    # «محلية» alone stays the adjective «local»
    assert speakers('وقالت مصادر محلية إن "المياه مقطوعة".') == ["مصادر محلية"]


def test_a_construct_chain_takes_a_name_that_is_also_an_outlet():
    body = 'وذكرت شركة طيران الشرق الأوسط، في بيان، أنها "ستضيف رحلات".'
    assert speakers(body) == ["شركة طيران الشرق الأوسط"]


# --- described, not named -----------------------------------------------------------------------

def test_a_guardian_is_described_not_named():
    body = 'وقال ولي أمر طالب في حي الزيتون، طالباً عدم ذكر اسمه، إن "ابني بلا مدرسة".'
    assert speakers(body) == ["ولي أمر طالب"]
    assert "أمر" not in actor_names(body)


def test_a_four_letter_field_of_office_goes_to_the_title():
    body = 'من جهته، ذكر المدير العام للشركة العامة لنقل وتوزيع المياه سامر الحلبي لـ"الوطن" أن "الضخ سيعود".'
    assert speakers(body) == ["سامر الحلبي"]
    # a family name in «ل» with no given name after it is still the name
    body = 'وقال محافظ المدينة نادر لملس إن "الأسواق منظمة". وأضاف المحافظ لملس أن "القرار نهائي".'
    assert speakers(body) == ["نادر لملس", "نادر لملس"]


def test_a_surname_before_his_title_in_apposition_is_the_names():
    body = 'من جهته، قال المهندس سامر أحمد الخلف الرئيس التنفيذي لشركة "حصاد" إن الشركة "تعاقدت مع المزارع".'
    assert speakers(body) == ["سامر أحمد الخلف"]


def test_a_given_name_written_with_al_after_a_title_is_the_names():
    body = 'وصرّح وزير المالية إلياس موسى دواله بأن "الحكومة ماضية".'
    assert speakers(body) == ["إلياس موسى دواله"]


def test_a_quoted_body_name_takes_what_the_body_is_for():
    body = 'وقالت شبكة "نبض" لحماية المستهلك إن "الأسعار مرتفعة".'
    assert speakers(body) == ["شبكة نبض لحماية المستهلك"]


def test_an_outlet_named_as_a_country_is_no_actor_where_it_is_the_outlet():
    body = 'تونس – المغرب\n\nوقال الخبير سامي الحلبي، في تصريح لـ«المغرب»، إن "الأسعار مرتفعة".'
    assert "المغرب" not in actor_names(body, outlet="المغرب")
    # the country itself, named in the story, is still proposed
    body = 'تونس – المغرب\n\nوزار الوفد المغرب الأسبوع الماضي، وقال الخبير سامي الحلبي إن "الأسعار مرتفعة".'
    assert "المغرب" in actor_names(body, outlet="المغرب")
