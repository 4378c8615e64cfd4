"""Events told by a verb's tense, and the status a future verb gives (session 11). Every sentence
is invented for the test."""
from desktop.core.extract import extract_article

_OPENING = "عقدت اللجنة الوطنية اجتماعها الدوري في مقرها بالعاصمة لمناقشة ملفات عدة. "


def _events(body, published="2025-10-01"):
    recs = extract_article({"id": "source:t", "body": _OPENING + body, "published": published})
    start = len(_OPENING)
    return [r for r in recs if r["kind"] == "event" and r["source_span"][1] > start]


def test_a_future_act_with_a_vague_date_is_planned_not_expected():
    (ev,) = _events("وقال المحافظ إن وفدا من الوزارة سيزور المدينة خلال الأيام المقبلة.")
    assert ev["status"] == "planned"


def test_a_forecast_keeps_expected():
    (ev,) = _events("ومن المتوقع أن يزور وفد من الوزارة المدينة خلال الأيام المقبلة.")
    assert ev["status"] == "expected"


def test_a_future_verb_no_list_names_tells_a_planned_act():
    (ev,) = _events('وقال مدير الشرطة إن "المتهمين سيحالون إلى القضاء الأسبوع المقبل".')
    assert ev["status"] == "planned"
    assert "سيحالون" in ev["title"]


def test_a_past_verb_after_qad_tells_what_was_done():
    (ev,) = _events("وكانت الشركة قد أبرمت في مارس الماضي عقدا لتوريد القمح من الخارج.")
    assert ev["status"] == "occurred" and ev["date"] == "2025-03"
    assert "أبرمت" in ev["title"]


def test_words_said_after_qad_are_no_act():
    assert _events("وكانت الوزيرة قد قالت الأحد الماضي إن الخطة تسير كما رسم لها.") == []


def test_a_future_verb_of_being_is_no_act():
    assert _events("وقال التاجر إن الأسعار ستكون أعلى خلال الشهر المقبل.") == []


def test_a_future_verb_in_a_question_is_no_act():
    assert _events('وقالت إحدى الأمهات: "لا نعرف كيف سندفع الإيجار الشهر المقبل".') == []


def test_two_years_is_no_future_verb():
    assert _events("وانتظر الأهالي سنتين كاملتين حتى الشهر الماضي دون جواب.") == []


def test_a_verb_the_trigger_lists_judged_is_not_taken_again_by_its_tense():
    # in someone's words, «ستبدأ» with a vague date was already judged no happening
    assert _events('وقال الوزير إن "الاستثمارات ستبدأ بالتدفق خلال الأشهر المقبلة".') == []


def test_a_vague_future_act_waiting_on_another_happening_is_expected():
    (ev,) = _events('وقال المسؤول إن "القوات ستدخل المدينة عقب خروج المسلحين خلال الأيام المقبلة".')
    assert ev["status"] == "expected"


def test_a_vague_future_act_a_body_announces_of_itself_is_expected():
    events = _events("وأعلنت الوزارة، الأحد، أنها ستفتتح مستشفى جديدا في المدينة خلال الأسابيع المقبلة.")
    (ev,) = [e for e in events if e["title"].startswith("ستفتتح")]
    assert ev["status"] == "expected"
