"""The import sheet's outlet: a «المصدر:» line naming an outlet, else the dateline's agency («بغداد (رويترز) -»),
else the host of a «المصدر:» address; the address itself goes in the address field, never in the outlet."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from desktop.ui.dialogs import article_sheet  # noqa: E402
from desktop.ui.dialogs.article_sheet import ArticleSheet  # noqa: E402

LEAD = "أقر مجلس الوزراء العراقي، الأربعاء، مشروع قانون الموازنة العامة للعام المقبل."


def _sheet(qtbot, **where) -> ArticleSheet:
    sheet = ArticleSheet(article_sheet.read(**where), name="article.txt")
    qtbot.addWidget(sheet)
    sheet.show()
    qtbot.waitExposed(sheet)
    return sheet


@pytest.mark.parametrize("dateline, agency", [("بغداد (رويترز) -", "رويترز"), ("بغداد - «رويترز»:", "رويترز"),
                                              ("(أ ف ب) -", "أ ف ب"), ("BAGHDAD, Jan 12 (Reuters) -", "Reuters")])
def test_the_dateline_agency_fills_the_outlet(qtbot, dateline, agency):
    sheet = _sheet(qtbot, text=f"الحكومة تقر الموازنة\n\n{dateline} {LEAD}")
    assert sheet.outlet.currentText() == agency
    assert "the outlet" in sheet.notes.text()


def test_a_source_address_goes_to_the_address_field_and_the_outlet_is_the_agency(qtbot, tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(f"الحكومة تقر الموازنة\n\nبغداد (رويترز) - {LEAD}\nالمصدر: https://www.example.com/news/2025/iraq-budget\n",
                    encoding="utf-8")
    sheet = _sheet(qtbot, path=path)
    assert sheet.url.text() == "https://www.example.com/news/2025/iraq-budget"
    assert sheet.outlet.currentText() == "رويترز"
    sheet.accept()
    assert sheet.record()["outlet"] == "رويترز" and sheet.record()["url"].startswith("https://www.example.com/")


def test_a_source_address_alone_gives_its_host_as_the_outlet(qtbot):
    sheet = _sheet(qtbot, text=f"الحكومة تقر الموازنة\n\n{LEAD}\nالمصدر: https://www.example.com/news/2025/iraq-budget")
    assert sheet.url.text() == "https://www.example.com/news/2025/iraq-budget"
    assert sheet.outlet.currentText() == "example.com"


def test_a_saved_page_without_an_outlet_tag_takes_the_dateline_agency(qtbot, tmp_path):
    path = tmp_path / "page.html"
    path.write_text(f"<html><head><title>الحكومة تقر الموازنة</title></head><body><article>"
                    f"<p>بغداد (رويترز) - {LEAD}</p><p>{LEAD}</p></article></body></html>", encoding="utf-8")
    sheet = _sheet(qtbot, path=path)
    assert sheet.outlet.currentText() == "رويترز"


def test_the_outlet_used_last_is_offered_for_an_article_in_its_language_and_said_to_be(qtbot):
    from desktop.ui.settings import Capture
    Capture().remember("رويترز", "ar")
    arabic = _sheet(qtbot, text=f"الحكومة تقر الموازنة\n\nالرمادي - {LEAD}")
    assert arabic.outlet.currentText() == "رويترز"
    assert "From the last article: the outlet." in arabic.notes.text() and arabic.notes.isVisible()
    english = _sheet(qtbot, text="Pentagon says no injuries\n\nWASHINGTON - The Pentagon said no one was hurt.")
    assert english.outlet.currentText() == ""
    assert "From the last article" not in english.notes.text()
    assert english.outlet.findText("رويترز") >= 0            # still one pick away


def test_an_outlet_the_article_names_is_not_said_to_come_from_the_last_article(qtbot):
    from desktop.ui.settings import Capture
    Capture().remember("شفق نيوز", "ar")
    sheet = _sheet(qtbot, text=f"الحكومة تقر الموازنة\n\nبغداد (رويترز) - {LEAD}")
    assert sheet.outlet.currentText() == "رويترز"
    assert "Read from the article: the outlet." in sheet.notes.text()
    assert "From the last article" not in sheet.notes.text()


@pytest.mark.parametrize("dateline, outlet", [
    ("الرمادي (العراق) - 14 تشرين الثاني 2025 - وكالة الرافدين\n", "وكالة الرافدين"),
    ("RAMADI (Iraq) - 14 November 2025 - Rafidain News Agency\n", "Rafidain News Agency"),
    ("بغداد (العراق) - 12 آذار 2025 (أ ف ب) -", "أ ف ب"),
])
def test_the_country_in_the_dateline_brackets_is_not_the_outlet(qtbot, dateline, outlet):
    sheet = _sheet(qtbot, text=f"مقتل ثلاثة عناصر أمن بهجوم قرب الرمادي\n\n{dateline} {LEAD}")
    assert sheet.outlet.currentText() == outlet
    assert "the outlet" in sheet.notes.text()
    sheet.accept()
    assert sheet.record()["outlet"] == outlet
