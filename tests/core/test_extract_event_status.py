"""An event's status from tense and modality: occurred, announced, planned, expected (issue 13)."""
import pytest

from desktop.core.extract import extract_article


def _events(body, published="2025-10-01"):
    recs = extract_article({"id": "source:t", "body": body, "published": published})
    return [r for r in recs if r["kind"] == "event"]


@pytest.mark.parametrize("body, status", [
    ("ومن المقرر أن يزور وزير الخارجية بغداد الأسبوع المقبل لبحث ملف المياه.", "planned"),
    ("ومن المتوقع أن تعقد اللجنة المشتركة اجتماعا في أربيل خلال الأيام المقبلة.", "expected"),
    ("قال مسؤول إن القوات الأمريكية ستكمل انسحابها من القاعدة بحلول نهاية أكتوبر الجاري.", "planned"),
    ("وقال الجيش إن المناورات ستبدأ في 12 نوفمبر المقبل بمشاركة عشر دول.", "planned"),
    ("وأعلنت الشرطة، أمس، اعتقال أربعة متهمين بتهريب المخدرات في ميناء أم قصر.", "announced"),
    ("وشهدت المدينة، أمس، اشتباكات بين عشيرتين استخدمت فيها الأسلحة المتوسطة.", "occurred"),
    # «سيارة» looks like a future verb and is not one
    ("قتل شخصان، أمس، بانفجار سيارة مفخخة في سوق شعبي بمدينة الصدر.", "occurred"),
    # «الاجتماع المقبل» puts the meeting ahead
    ("واتفق الجانبان على عقد الاجتماع المقبل للجنة في الرياض خلال العام الجاري.", "planned"),
])
def test_status_from_tense_and_modality(body, status):
    events = _events(body)
    assert [e["status"] for e in events] == [status], [(e["title"], e["status"]) for e in events]


def test_preparing_for_an_operation_is_expected_and_dated_by_its_vague_future():
    body = ("قالت صحيفة إسرائيلية، الاثنين، إن الجيش يستعد لتوسيع عملياته البرية في رفح خلال "
            "الأسبوعين المقبلين.")
    (ev,) = _events(body, published="2025-08-18")
    assert ev["status"] == "expected" and ev.get("date_precision") == "approximate"


def test_a_denied_happening_is_no_event():
    body = "ولم تعلن أي جهة، حتى مساء الأحد، مسؤوليتها عن التفجير."
    assert all(e["category"] != "announcement" for e in _events(body))
