"""Title + name phrases, organisations, and resolution of actors to ids."""
import pytest

from desktop.core.extract import extract_article
from desktop.core.extract.actors import parse_phrase
from desktop.core.extract.analysis import Analysis
from desktop.core.extract.appositions import phrase_after
from desktop.core.extract.document import Document
from desktop.core.extract.gazetteer import default_gazetteer


def _parse_after_verb(text):
    an = Analysis(Document.of(text), default_gazetteer())
    found = phrase_after(an, 1, len(an.words))
    assert found is not None, text
    ph, title = found
    name = an.doc.text(*ph.name) if ph.name else None
    return name, title, ph.kind


@pytest.mark.parametrize("text, name, title", [
    ("عن مستشار رئيس الوزراء حسين علاوي، قوله", "حسين علاوي", "مستشار رئيس الوزراء"),
    ("أكد نائب قائد العمليات المشتركة بالعراق، الفريق أول الركن قيس المحمداوي، الأربعاء، أن",
     "قيس المحمداوي", "نائب قائد العمليات المشتركة بالعراق، الفريق أول الركن"),
    ("قال وزير الخارجية الإيراني عباس عراقجي إن", "عباس عراقجي", "وزير الخارجية الإيراني"),
    ("قال الرئيس التركي رجب طيب أردوغان في كلمة", "رجب طيب أردوغان", "الرئيس التركي"),
    ("قال المتحدث باسم وزارة الخارجية الأمريكية ماثيو ميلر للصحفيين", "ماثيو ميلر",
     "المتحدث باسم وزارة الخارجية الأمريكية"),
    ("قال رئيس حكومة إقليم كردستان مسرور بارزاني", "مسرور بارزاني", "رئيس حكومة إقليم كردستان"),
    ("قال القيادي في حركة حماس أسامة حمدان", "أسامة حمدان", "القيادي في حركة حماس"),
    ("وأضاف علاوي، أن", "علاوي", ""),
    ("قال ترامب للصحفيين", "ترامب", ""),
])
def test_person_phrases(text, name, title):
    got_name, got_title, kind = _parse_after_verb(text)
    assert (got_name, got_title, kind) == (name, title, "person")


@pytest.mark.parametrize("text, kind", [
    ("قالت وزارة الخارجية الإيرانية في بيان إن", "organization"),
    ("قال مصدر أمني عراقي إن", "anonymous"),
    ("قال مسؤول أمريكي كبير طلب عدم نشر اسمه", "anonymous"),
])
def test_unnamed_speakers(text, kind):
    name, title, got_kind = _parse_after_verb(text)
    assert name is None and got_kind == kind and title


def test_gazetteer_organisation_is_the_phrase():
    an = Analysis(Document.of("قالت الأمم المتحدة إن"), default_gazetteer())
    ph = parse_phrase(an, 1, len(an.words))
    assert ph.entry is not None and ph.entry.id == "actor:gaz-un"


def test_people_named_with_titles_are_proposed_with_their_title():
    body = "التقى وزير الخارجية العراقي فؤاد حسين نظيره التركي هاكان فيدان في أنقرة يوم الثلاثاء."
    recs = extract_article({"id": "source:t", "body": body, "published": "2025-05-01"})
    actors = {r["name"]: r for r in recs if r["kind"] == "actor"}
    assert actors["فؤاد حسين"]["title"] == "وزير الخارجية العراقي"
    assert actors["فؤاد حسين"]["type"] == "person"
    assert "actor:gaz-turkey" not in actors  # Ankara is a location here, not an actor


def test_new_actor_ids_are_stable_and_deduplicated():
    body = ("قال وزير الدفاع ثابت العباسي إن «القوات جاهزة تماما لأداء مهامها».\n"
            "وأضاف العباسي أن «التدريب مستمر مع الشركاء الدوليين في كل المحافظات».")
    a = extract_article({"id": "source:a", "body": body, "published": "2025-05-01"})
    b = extract_article({"id": "source:b", "body": body, "published": "2025-05-01"})
    ids_a = [r["id"] for r in a if r["kind"] == "actor" and r["type"] == "person"]
    ids_b = [r["id"] for r in b if r["kind"] == "actor" and r["type"] == "person"]
    assert ids_a == ids_b and len(ids_a) == 1 and ids_a[0].startswith("actor:")


def test_gazetteer_actor_resolved_through_the_store():
    body = "وأعلن تنظيم داعش مسؤوليته عن الهجوم الذي وقع أمس في الأنبار."
    recs = extract_article({"id": "source:t", "body": body, "published": "2025-05-01"},
                           resolve_actor=lambda n: "actor:isis" if n in ("داعش", "تنظيم داعش") else None)
    assert not any(r["kind"] == "actor" and r["id"] == "actor:gaz-isis" for r in recs)
    event = next(r for r in recs if r["kind"] == "event")
    assert {"actor": "actor:isis"} in event["actors"]


def test_gazetteer_file_is_complete():
    gaz = default_gazetteer()
    iraq = [e for e in gaz.entries() if e.kind == "place" and e.parent == "place:gaz-iraq" and e.type == "province"]
    syria = [e for e in gaz.entries() if e.kind == "place" and e.parent == "place:gaz-syria" and e.type == "province"]
    assert len(iraq) == 18 and len(syria) == 14
    for name in ("الحشد الشعبي", "أنصار الله", "هيئة تحرير الشام", "قسد", "حزب العمال الكردستاني",
                 "حماس", "حزب الله", "كتائب حزب الله", "الناتو", "جامعة الدول العربية", "داعش"):
        assert any(e.kind == "actor" for e in gaz.lookup(name)), name


@pytest.mark.parametrize("text, name", [
    ("وقال المقداد مجيباً على أسئلة الصحفيين إن", "المقداد"),                 # tanween: an adverb
    ("قال وزير الطاقة الأمير عبدالعزيز بن سلمان 'أينما تواجد'", "عبدالعزيز بن سلمان"),  # a quote mark
    ("صرح الأمير عبد العزيز بن سلمان وهو وزير الطاقة بأن", "عبد العزيز بن سلمان"),     # «وهو»
    ("وأكد وزير الطاقة الأمير عبد العزيز بالأمس أن", "عبد العزيز"),                    # «بالأمس»
    ("وقالت حماس على لسان المتحدث باسمها فوزي برهوم إن", None),
])
def test_where_a_name_ends(text, name):
    if name is None:
        an = Analysis(Document.of(text), default_gazetteer())
        k = an.words.index("المتحدث")
        ph = parse_phrase(an, k, len(an.words))
        assert an.doc.text(*ph.name) == "فوزي برهوم" and an.doc.text(ph.title[0], ph.title[-1] + 1) == "المتحدث باسمها"
        return
    assert _parse_after_verb(text)[0] == name
