"""Session 13: a reporting verb's subject runs to the close of its frame (the «إن/أن», «قوله», a
break or the one spoken to). Names the first reading cut at a word that elsewhere is a particle,
an office or a time are read whole; a title read alone finds its holder's name at the frame's end.
Each case was a wrong speaker in a batch of unseen reports (rounds 112-134)."""
from __future__ import annotations

import pytest

from desktop.core.extract import extract_article


def speakers(body: str) -> list[str]:
    recs = extract_article({"id": "source:t", "body": body, "outlet": "المنفذ", "published": "2025-05-01",
                            "title": "t"})
    names = {r["id"]: r["name"] for r in recs if r["id"].startswith("actor:")}
    return [names.get(r["speaker"], r["speaker"]) for r in recs if r["id"].startswith("quote:")]


_QUOTE = ' "الخطة الجديدة ستدخل حيز التنفيذ مطلع الشهر المقبل في كل المدن".'


@pytest.mark.parametrize("lead, name", [
    # a particle of a foreign name, read as «فـ + إن» on its own
    ("أكدت ممثلة منظمة الصحة العالمية في الصومال رينهيلد فان دي ويردت أن", "رينهيلد فان دي ويردت"),
    # an office's word with no article as the last before «أن» is a family name
    ("أكد محافظ إقليم بنادر وعمدة مقديشو محمد أحمد أمير أن", "محمد أحمد أمير"),
    # «و» inside a body's name before the break that closes the frame
    ("وذكرت مصلحة الموانئ والنقل البحري، في بيان نشرته على صفحتها الرسمية، أن", "مصلحة الموانئ والنقل البحري"),
    # «العام» after a hospital is its adjective; the one spoken to then «أن» closes the frame
    ('وأوضح مصدر طبي في مستشفى سيئون العام لـ"السعيدة" أن', "مصدر طبي في مستشفى سيئون العام"),
    # an unnamed source keeps its whole description
    ("وقال مصدر مصرفي في بنغازي، طلب عدم نشر اسمه، إن", "مصدر مصرفي في بنغازي"),
    ("من جهته، أفاد مصدر في خفر السواحل اليمني بمحافظة لحج، لـ«مهاجر نيوز»، بأن",
     "مصدر في خفر السواحل اليمني بمحافظة لحج"),
    ('وكشف مصدر من عمالة الإقليم لـ"الأيام 24" أن', "مصدر من عمالة الإقليم"),
])
def test_a_name_runs_to_the_close_of_its_frame(lead, name):
    assert speakers(lead + _QUOTE) == [name]


@pytest.mark.parametrize("lead, name", [
    # the title ends at «في», the holder's name closes the frame; given names no lexicon holds
    ("ونقلت وكالة الأنباء السويدية عن مديرة قسم العودة في مصلحة الهجرة كارين لارسون قولها إن", "كارين لارسون"),
    ("وقالت مندوبة الحكومة في سبتة كريستينا بيريث، في تصريحات للصحفيين أمس الاثنين، إن", "كريستينا بيريث"),
    # a title read as a name, re-read with the given name that follows it
    ("وقال المكلف بقطاع الزياتين في الاتحاد التونسي للفلاحة والصيد البحري منير الحاج عمر إن", "منير الحاج عمر"),
    ("وقال وكيل محافظة حضرموت لشؤون مديريات الوادي والصحراء محمد سعيد باعباد، خلال ترؤسه اجتماعاً طارئاً، إن",
     "محمد سعيد باعباد"),
    # «على» read as the given name «علي» is passed over; «العام» after an office is no time
    ('وقال عضو مجلس إدارة الاتحاد المشرف على لجنة المسابقات هشام العتربي لـ"في الجول" إن', "هشام العتربي"),
    ("من جهته، صرّح الكاتب العام المكلف بتسيير شؤون بلدية جربة حومة السوق منير بن سالم بأن", "منير بن سالم"),
    # a reporting verb a few words before a title read alone
    ("من جهته، اعتبر أمين سر دولة حاضرة الفاتيكان الكاردينال بيترو بارولين، في حديث لوسائل الإعلام، أن",
     "بيترو بارولين"),
])
def test_a_title_read_alone_finds_the_name_that_closes_its_frame(lead, name):
    assert speakers(lead + _QUOTE) == [name]


@pytest.mark.parametrize("lead, name", [
    ("وقالت رئيسة البنك إلفيرا نابيولينا، في مؤتمر صحافي عقب اجتماع مجلس الإدارة، إن", "إلفيرا نابيولينا"),
    ("بدورها، قالت المتحدثة باسم الحلف أليسون هارت إن", "أليسون هارت"),
    ("وأوضح مدير عام إدارة المناجم في الوزارة المهندس ألم كيبروم أن", "ألم كيبروم"),
])
def test_a_given_name_written_with_hamza_before_lam_is_no_article(lead, name):
    assert speakers(lead + _QUOTE) == [name]


@pytest.mark.parametrize("lead, name", [
    ("وأبلغ بايدن السعودية أن", "بايدن"),                             # the verb's object before «أن»
    ("وبعد انتهاء الجلسة، تلا وزير الإعلام بول مرقص المقررات الرسمية، وأوضح أن", "بول مرقص"),
    ("وقال بيسكوف رداً على سؤال حول إمكانية عقد قمة روسية أمريكية:", "بيسكوف"),
    ("وحكى شهود عيان من ساكنة الفنيدق أن", "شهود عيان"),
    ("وقال المتحدث باسم الحكومة الألمانية شتيفن هيبشترايت لشبكة دويتشه فيله إن", "شتيفن هيبشترايت"),
])
def test_what_follows_a_name_in_its_frame_that_is_no_name_is_left_out(lead, name):
    assert speakers(lead + _QUOTE) == [name]


def test_a_description_the_article_wrote_before_a_full_name_refers_to_it():
    body = ('كشف الناخب الوطني فلاديمير بيتكوفيتش، أمس الاثنين، عن قائمة تضم 26 لاعباً. وقال بيتكوفيتش إن '
            '"المنتخب جاهز للمواجهتين المقبلتين". وحول العناصر المحلية، أوضح الناخب الوطني أن البطولة '
            '«تضم لاعبين موهوبين، لكن الفارق في النسق كبير».')
    assert speakers(body) == ["فلاديمير بيتكوفيتش", "فلاديمير بيتكوفيتش"]


@pytest.mark.parametrize("lead, name", [
    ("من جانبه، قال المدير الفني للمهرجان، الناقد يوسف الخمليشي، إن", "يوسف الخمليشي"),
    ("وقالت رئيسة الجامعة البروفيسور نادية بوشلاغم إن", "نادية بوشلاغم"),
])
def test_a_calling_before_a_given_name_is_the_titles(lead, name):
    assert speakers(lead + _QUOTE) == [name]


def test_a_definite_given_name_before_bint_stays_the_name():
    assert speakers("وقالت السالكة بنت أحمد إن" + _QUOTE) == ["السالكة بنت أحمد"]


def test_a_body_named_in_quote_marks_inside_a_title_leaves_the_name_after_it():
    lead = "وقال رئيس شركة «سوكار» رووشن نجف، خلال مراسم التوقيع، إن"
    assert speakers(lead + _QUOTE) == ["رووشن نجف"]


def test_a_given_name_with_hamza_is_read_when_the_person_is_first_named():
    body = ("انطلقت أعمال المعرض أمس الاثنين بمشاركة رئيس جمهورية أذربيجان إلهام علييف. وكان الرئيس علييف "
            'قد أكد، في كلمته، أن "أذربيجان ستبقى شريكاً موثوقاً لأوروبا".')
    assert speakers(body) == ["إلهام علييف"]
