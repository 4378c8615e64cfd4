"""Reading articles from JSONL records, .txt files and saved .html pages."""
from pathlib import Path

import pytest

from desktop.core.articles import (
    MAX_ARTICLE_BYTES, ArticleError, body_hash, from_article_record, from_text_file, parse_html, read_article,
)
from desktop.core.records import validate

FIXTURES = Path(__file__).parent / "fixtures"


def test_article_record():
    art = from_article_record({"kind": "article", "title": "عنوان", "body": "نص الخبر هنا.",
                               "published": "2025-05-14", "url": "https://x.org/a?utm_source=t#top"})
    assert art.source["title"] == "عنوان" and art.source["published"] == "2025-05-14"
    assert art.dedup_keys[0] == "url:https://x.org/a"
    assert art.dedup_keys[1] == "sha256:" + body_hash("نص الخبر هنا.")
    validate(art.source)


def test_article_record_errors_name_the_field():
    with pytest.raises(ArticleError, match=r"f.jsonl:3: body"):
        from_article_record({"title": "x", "body": "  "}, "f.jsonl:3")
    with pytest.raises(ArticleError, match=r"f.jsonl:4: title: must be text"):
        from_article_record({"title": 5, "body": "نص"}, "f.jsonl:4")


def test_body_hash_ignores_marks_and_spacing():
    assert body_hash("قالَ  الوزيرُ\nإنّ") == body_hash("قال الوزير إن")


def test_text_file(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("\n\nعنوان الخبر\n\nالفقرة الأولى.\n\nالفقرة الثانية.\n", encoding="utf-8")
    art = from_text_file(path, published="2025-01-02", outlet="رويترز")
    assert art.source["title"] == "عنوان الخبر"
    assert art.source["body"] == "الفقرة الأولى.\n\nالفقرة الثانية."
    assert art.source["outlet"] == "رويترز" and art.source["published"] == "2025-01-02"
    validate(art.source)


def test_seed_text_file_reads_sensibly():
    seed = Path("/work/shared/seeds/000_f994ba5043617164.txt")
    if not seed.exists():
        pytest.skip("seed not present")
    art = read_article(seed)
    # The first line «date 2025-12-31 • standfirst» is facts, never the title (issue 13).
    assert art.source["title"] == "العراق يعلن أن جيشه سيتسلم مقر التحالف الدولي في قاعدة عين الأسد"
    assert "date" not in art.source["title"] and "•" not in art.source["title"]
    assert "مستشار رئيس الوزراء حسين علاوي" in art.source["summary"]
    assert art.source["published"] == "2025-12-31"
    assert art.source["body"].startswith("أعلن العراق، الأربعاء")


def test_saved_html_page():
    art = read_article(FIXTURES / "article_page.html")
    src = art.source
    assert src["title"] == "الحكومة العراقية تعلن خطة أمنية جديدة لحماية الحدود"
    assert src["published"] == "2025-05-14"
    assert src["outlet"] == "وكالة الأنباء التجريبية"
    assert art.dedup_keys[0] == "url:https://news.example.org/iraq/security-plan"
    body = src["body"]
    assert body.startswith("أعلنت الحكومة العراقية، الأربعاء")
    assert "«الخطة تتضمن" in body and '"التنسيق مع قيادة العمليات المشتركة مستمر" & أن' in body
    for junk in ("اشترك في النشرة", "الأكثر قراءة", "جميع الحقوق", "tracking", "color", "إعلان"):
        assert junk not in body
    validate(src)


def test_html_date_sources():
    page = '<html><body><article><time datetime="2024-03-05T10:00">x</time><h1>ع</h1><p>نص</p></article></body></html>'
    assert parse_html(page)["published"] == "2024-03-05"
    page = '<div itemprop="datePublished" content="2023-01-09"></div><p>نص</p>'
    assert parse_html(page)["published"] == "2023-01-09"


def test_broken_html_without_body():
    with pytest.raises(ArticleError, match=r"broken_page.html: no article text"):
        read_article(FIXTURES / "broken_page.html")


def test_unknown_format(tmp_path):
    path = tmp_path / "a.pdf"
    path.write_bytes(b"%PDF")
    with pytest.raises(ArticleError, match=r"a.pdf: unknown article format '.pdf'"):
        read_article(path)


def test_empty_body(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("عنوان فقط\n\n", encoding="utf-8")
    with pytest.raises(ArticleError, match=r"a.txt:1: only a title line"):
        read_article(path)
    empty = tmp_path / "b.txt"
    empty.write_text("  \n", encoding="utf-8")
    with pytest.raises(ArticleError, match=r"b.txt: the file is empty"):
        read_article(empty)


def test_huge_file_is_refused_quickly(tmp_path):
    path = tmp_path / "big.html"
    with open(path, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    assert path.stat().st_size > MAX_ARTICLE_BYTES
    with pytest.raises(ArticleError, match=r"big.html: the file is 50.0 MB"):
        read_article(path)


def test_invalid_utf8_names_line_and_offset(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes("عنوان\nسطر\n".encode("utf-8") + b"\xff\xfe bad")
    with pytest.raises(ArticleError, match=r"bad.txt:3: not valid UTF-8 \(byte 0xff at offset 18\)"):
        read_article(path)


def test_json_article(tmp_path):
    path = tmp_path / "a.json"
    path.write_text('{"kind": "article", "title": "ع", "body": "نص"}', encoding="utf-8")
    assert read_article(path, published="2025-01-01").source["published"] == "2025-01-01"
    path.write_text('{"kind": "article",\n "body": ', encoding="utf-8")
    with pytest.raises(ArticleError, match=r"a.json:2: invalid JSON"):
        read_article(path)


def test_a_text_file_that_opens_with_its_lead_keeps_it_in_the_body(tmp_path):
    lead = ("بغداد (رويترز) - قال وزير الخارجية العراقي فؤاد حسين يوم الثلاثاء إن الحكومة تعمل على تهدئة "
            "التوتر في المنطقة وإن الاتصالات مستمرة مع دول الجوار.")
    path = tmp_path / "lead.txt"
    path.write_text(lead + "\n\nوأضاف حسين أن الوفد سيزور طهران الأسبوع المقبل.\n", encoding="utf-8")
    art = from_text_file(path)
    assert art.source["body"].startswith("بغداد (رويترز) - قال وزير الخارجية")
    assert len(art.source["title"].split()) <= 15 and "فؤاد حسين" in art.source["title"]


def test_a_text_file_of_one_lead_paragraph_is_an_article(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text("بغداد (رويترز) - قال وزير الخارجية العراقي فؤاد حسين إن الحكومة تعمل على تهدئة التوتر.\n",
                    encoding="utf-8")
    assert from_text_file(path).source["body"].startswith("بغداد (رويترز)")


def test_a_headline_line_is_still_the_title(tmp_path):
    path = tmp_path / "h.txt"
    path.write_text("العراق يعلن موعد انسحاب التحالف\n\nقال وزير الخارجية إن الانسحاب سيكتمل.\n", encoding="utf-8")
    art = from_text_file(path)
    assert art.source["title"] == "العراق يعلن موعد انسحاب التحالف"
    assert art.source["body"] == "قال وزير الخارجية إن الانسحاب سيكتمل."
