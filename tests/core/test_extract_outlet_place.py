"""An outlet named for a place («الخرطوم») is the place where the text writes it as the end of a
name in construct («والي ولاية الخرطوم»), and the outlet where it is the outlet: a speaker's
office is not cut at the outlet's name (issue 13: whole names on reports never seen)."""
from desktop.core.extract import extract_article


def _speakers(body: str, outlet: str) -> list[str]:
    source = {"id": "source:t", "published": "2025-07-21", "outlet": outlet, "title": "خبر", "body": body}
    records = extract_article(source)
    names = {r["id"]: r["name"] for r in records if r["kind"] == "actor"}
    return [names.get(r["speaker"], r["speaker"]) for r in records if r["kind"] == "quote"]


def test_an_office_ending_on_the_outlets_place_name_keeps_the_holder():
    body = ("أم درمان – الخرطوم\n\nقال والي ولاية الخرطوم أحمد عثمان حمزة إن \"عودة المياه هي الشرط الأول "
            "لعودة المواطنين إلى أحيائهم\".")
    assert _speakers(body, "الخرطوم") == ["أحمد عثمان حمزة"]


def test_the_outlet_spoken_to_is_still_the_outlet():
    body = ("أم درمان – الخرطوم\n\nوقال مدير المحطة سامي عبد الله لصحيفة الخرطوم إن \"الضخ سيعود خلال "
            "ساعات\".")
    speakers = _speakers(body, "الخرطوم")
    assert speakers and all("الخرطوم" not in s for s in speakers), speakers
