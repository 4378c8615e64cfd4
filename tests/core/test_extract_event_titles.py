"""Event proposals carry a short, editable title: the clause around the event's word, not the
sentence (issue 13). Texts invented for the test."""
import pytest

from desktop.core import arabic
from desktop.core.extract import extract_article


def _events(body, published="2025-10-01"):
    recs = extract_article({"id": "source:t", "body": body, "published": published})
    return [r for r in recs if r["kind"] == "event"]


def _words(title):
    return arabic.words(arabic.normalize(title))


def test_a_long_lead_gives_a_title_of_at_most_twelve_words():
    body = ("أعلنت وزارة الدفاع التركية، الثلاثاء، تحييد 9 عناصر من تنظيم بي كا كا في منطقة عمليات المخلب شمالي "
            "العراق، بعد رصدهم بطائرات مسيرة خلال محاولتهم التسلل نحو الحدود، وفق ما ذكرته الوزارة في بيان.")
    (ev,) = _events(body)
    assert len(_words(ev["title"])) <= 12
    assert ev["title"].startswith("أعلنت وزارة الدفاع التركية تحييد 9 عناصر")


def test_the_attribution_is_left_out():
    body = "قال مسؤولان أمنيان إن طائرة مسيرة استهدفت يوم الجمعة مطار أربيل الدولي دون أن تسفر عن إصابات."
    (ev,) = _events(body)
    assert ev["title"] == "طائرة مسيرة استهدفت مطار أربيل الدولي"


def test_kashaf_an_is_an_attribution_too():
    body = "كشف مصدر أمني، اليوم الأحد، عن مقتل ثلاثة جنود بانفجار عبوة ناسفة في قضاء الطارمية شمالي بغداد."
    (ev,) = _events(body)
    assert ev["title"].startswith("مقتل ثلاثة جنود بانفجار عبوة ناسفة")


@pytest.mark.parametrize("body, title", [
    # the date and the comma around it go; the clause goes on after them
    ("وقّعت العراق وتركيا، الأربعاء، مذكرة تفاهم لإدارة المياه، خلال زيارة رسمية.",
     "وقّعت العراق وتركيا مذكرة تفاهم لإدارة المياه"),
    # «وكانت … قد» and «في بيان» are no part of the happening
    ("وكانت الوزارة قد أعلنت في بيان، الشهر الماضي، اعتقال 12 مطلوبا في البصرة.",
     "الوزارة أعلنت اعتقال 12 مطلوبا في البصرة"),
    # a title set after a name, between commas, goes
    ("استقبل الرئيس عبد اللطيف رشيد، رئيس الجمهورية، اليوم السبت، السفير الفرنسي في بغداد.",
     "استقبل الرئيس عبد اللطيف رشيد السفير الفرنسي في بغداد"),
    # «ومن المقرر أن» opens a planned event's sentence, not its title
    ("ومن المقرر أن يعقد البرلمان جلسة الأحد المقبل للتصويت على قانون الموازنة.",
     "يعقد البرلمان جلسة للتصويت على قانون الموازنة"),
])
def test_the_title_keeps_the_happening_and_drops_the_rest(body, title):
    (ev,) = _events(body)
    assert ev["title"] == title


def test_an_announcement_keeps_what_was_announced():
    body = "أعلنت الحكومة، الخميس، أن الانتخابات المحلية ستجرى في 20 ديسمبر المقبل في جميع المحافظات."
    announced, planned = _events(body)
    assert announced["title"].startswith("أعلنت الحكومة أن الانتخابات المحلية ستجرى")
    assert planned["title"] == "الانتخابات المحلية ستجرى في جميع المحافظات"


def test_the_place_a_report_is_filed_from_is_not_in_the_title():
    body = "الموصل- افتتحت الحكومة المحلية، اليوم السبت، جسرا جديدا على نهر دجلة بعد عامين من العمل."
    (ev,) = _events(body, published="2025-03-15")
    assert ev["title"].startswith("افتتحت الحكومة المحلية جسرا جديدا")
