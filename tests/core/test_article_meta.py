"""What an article says about itself, for the import sheet: date, outlet, address, language, a clean title."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from desktop.core import article_meta, articles
from desktop.core.errors import InputError

SEED_HEAD = " date 2025-12-31 • في إطار عملية إنهاء مهام التحالف في البلاد، بحسب مستشار رئيس الوزراء حسين علاوي\n\n\n"
SEED_LEAD = ('أعلن العراق، الأربعاء، أن جيشه سيتسلم مقر التحالف الدولي في قاعدة "عين الأسد" بمحافظة الأنبار (غرب) '
             "خلال الأيام المقبلة في إطار عملية إنهاء مهام التحالف بالبلاد.\n\nوفي 27 سبتمبر 2024، أعلنت …")


def test_a_metadata_line_gives_the_date_and_the_standfirst_never_the_title():
    found = article_meta.from_text(SEED_HEAD + SEED_LEAD)
    assert found.published == "2025-12-31" and "published" in found.found
    assert found.title == "العراق يعلن أن جيشه سيتسلم مقر التحالف الدولي في قاعدة عين الأسد"
    assert found.summary.startswith("في إطار عملية") and found.body.startswith("أعلن العراق")
    assert found.language == "ar" and not found.warnings


def test_the_first_line_is_the_headline_and_a_dateline_gives_the_date():
    found = article_meta.from_text("الحكومة تقر الموازنة\n\nبغداد - 12 آذار/مارس 2025 (رويترز) - أقر مجلس الوزراء …")
    assert found.title == "الحكومة تقر الموازنة" and found.published == "2025-03-12"
    assert article_meta.agency_of(found.body) == "رويترز"


def test_outlet_and_address_lines():
    found = article_meta.from_text("عنوان\n\nنص الخبر.\nالمصدر: الجزيرة نت\nhttps://www.aljazeera.net/news/2025/1/2/x")
    assert found.outlet == "الجزيرة نت" and found.url == "https://www.aljazeera.net/news/2025/1/2/x"
    assert set(found.found) == {"outlet", "url"}


def test_text_with_no_arabic_is_flagged_not_refused():
    found = article_meta.from_text("An English headline\n\nOnly English here.")
    assert found.language == "en" and found.warnings == ("article.no_arabic",)


def test_a_20_mb_paste_is_refused_by_its_length():
    with pytest.raises(InputError) as caught:
        article_meta.from_text("ا" * 20_000_001)
    assert caught.value.code == "article.paste_too_long"


@pytest.mark.parametrize("typed, iso", [
    ("2025-12-31", "2025-12-31"), ("31/12/2025", "2025-12-31"), ("31 كانون الأول 2025", "2025-12-31"),
    ("31 ديسمبر 2025", "2025-12-31"), ("٣١ ديسمبر ٢٠٢٥", "2025-12-31"), ("31 December 2025", "2025-12-31"),
    ("December 31, 2025", "2025-12-31"), ("12 آذار/مارس 2025", "2025-03-12"), ("2025-03", "2025-03"),
    ("2025", "2025"), ("١٢ آذار ٢٠٢٥", "2025-03-12"), ("", "")])
def test_a_date_typed_in_either_month_family(typed, iso):
    assert article_meta.typed_date(typed) == iso


@pytest.mark.parametrize("typed", ["غدا", "2025-13", "31/02/2025", "x", "0000"])
def test_a_date_that_is_not_one_is_named(typed):
    with pytest.raises(InputError) as caught:
        article_meta.typed_date(typed)
    assert caught.value.code == "article.bad_date" and typed in str(caught.value)


@settings(max_examples=300)
@given(st.text(max_size=60))
def test_typed_dates_give_iso_or_a_clear_error(text):
    try:
        article_meta.typed_date(text)
    except InputError as exc:
        assert exc.code == "article.bad_date"


@settings(max_examples=200)
@given(st.text(max_size=400))
def test_any_text_gives_facts_without_failing(text):
    found = article_meta.from_text(text)
    assert found.language in ("ar", "en")


# --- the outlet: a «المصدر:» line, a dateline's agency, an address's host --------------------------

@pytest.mark.parametrize("line", ["المصدر: https://example.com/news/2025/1/2/iraq",
                                  "Source: https://www.example.com/a-rather-long-path/that/goes/on/and/on/2025/iraq"])
def test_a_source_line_that_is_an_address_fills_the_address_and_the_outlet_is_its_host(line):
    found = article_meta.from_text(f"عنوان\n\nنص الخبر.\n{line}")
    assert found.url == line.split(": ", 1)[1]
    assert found.outlet == "example.com" and "://" not in found.outlet


def test_a_dateline_agency_is_a_better_outlet_than_a_host():
    found = article_meta.from_text("عنوان\n\nبغداد (رويترز) - نص الخبر.\nالمصدر: https://www.example.com/news/1")
    assert found.outlet == "رويترز" and found.url == "https://www.example.com/news/1"


@pytest.mark.parametrize("opening, agency", [
    ("بغداد (رويترز) - أقر مجلس الوزراء", "رويترز"),
    ("بغداد - «رويترز»: أقر مجلس الوزراء", "رويترز"),
    ("بغداد - 12 آذار/مارس 2025 (أ ف ب) - أقر مجلس الوزراء", "أ ف ب"),
    ("(أ ف ب) - أقر مجلس الوزراء", "أ ف ب"),
    ("بغداد - أقر مجلس الوزراء الموازنة.\n(أ ف ب)", "أ ف ب"),
    ("BAGHDAD, Jan 12 (Reuters) - Iraq's cabinet approved", "Reuters"),
])
def test_the_dateline_agency_is_the_outlet_when_nothing_names_one(opening, agency):
    found = article_meta.from_text(f"عنوان\n\n{opening}")
    assert found.outlet == agency and "outlet" in found.found


def test_an_outlet_line_is_better_than_the_dateline_agency():
    found = article_meta.from_text("عنوان\n\nبغداد (رويترز) - نص.\nالمصدر: الجزيرة نت")
    assert found.outlet == "الجزيرة نت"


@pytest.mark.parametrize("opening", ["الرئيس (65 عاما) - قال إن", "الرئيس يلتقي الوزير (صور)",
                                     "قال الوزير إن الحكومة (التي تشكلت في العام الماضي بعد مفاوضات) - ستبقى"])
def test_an_aside_in_brackets_is_no_agency(opening):
    assert article_meta.from_text(f"عنوان\n\n{opening}").outlet == ""


def test_a_page_without_an_outlet_tag_takes_the_dateline_agency():
    page = article_meta.from_page({"title": "عنوان", "body": "بغداد (رويترز) - نص الخبر."})
    assert page.outlet == "رويترز" and page.found == ("outlet",)
    tagged = article_meta.from_page({"title": "عنوان", "body": "بغداد (رويترز) - نص.", "outlet": "الجزيرة"})
    assert tagged.outlet == "الجزيرة"


_AGENCIES = st.sampled_from(["رويترز", "أ ف ب", "الأناضول", "Reuters", "AFP", "وكالة الأنباء القطرية"])
_PLACES = st.sampled_from(["بغداد", "القاهرة", "BAGHDAD, Jan 12", "بيروت - 12 آذار/مارس 2025", ""])


@settings(max_examples=200)
@given(_PLACES, _AGENCIES, st.sampled_from(["-", "–", "—", ":"]), st.text(max_size=200))
def test_any_dateline_gives_its_agency(place, agency, dash, rest):
    rest = rest.replace("\r", " ").replace("\n", " ").replace("\x0b", " ").replace("\x0c", " ")
    rest = "".join(ch for ch in rest if not ch.isspace() or ch == " ")
    opening = f"{place} ({agency}) {dash} {rest}".strip()
    assert article_meta.from_text(f"عنوان\n\n{opening}").outlet == agency


@settings(max_examples=200)
@given(st.text(max_size=300))
def test_an_outlet_never_holds_an_address(text):
    found = article_meta.from_text("عنوان\n\n" + text + "\nالمصدر: https://example.com/" + text[:20].strip())
    assert "://" not in found.outlet


# --- a copy that opens with its lead paragraph: the lead is body, the title is made from it ----------

LEAD_FIRST = ("بغداد (رويترز) - قال وزير الخارجية العراقي فؤاد حسين يوم الثلاثاء 12 آذار 2024 إن الحكومة تعمل "
              "على تهدئة التوتر في محافظة الأنبار بعد هجوم صاروخي استهدف قاعدة عين الأسد الجوية.\n"
              "وأضاف حسين في مؤتمر صحفي ببغداد: «لن نسمح بأن تتحول أرض العراق إلى ساحة لتصفية الحسابات».")


def test_a_lead_paragraph_on_the_first_line_stays_in_the_body_and_gives_the_title():
    found = article_meta.from_text(LEAD_FIRST)
    assert found.body == LEAD_FIRST
    assert found.title == "وزير الخارجية العراقي فؤاد حسين يقول إن الحكومة تعمل على تهدئة التوتر"
    assert found.outlet == "رويترز" and "outlet" in found.found


@pytest.mark.parametrize("first", [
    "الحكومة تقر الموازنة",                                          # a headline
    "Pentagon says no injuries after rocket attack",
    "هل يصمد وقف إطلاق النار في غزة؟",
    "العراق يتسلم قاعدة عين الأسد...",                                # cut short, not a sentence
])
def test_a_short_first_line_is_the_headline(first):
    found = article_meta.from_text(f"{first}\nبغداد - أقر مجلس الوزراء الموازنة.")
    assert found.title == first and found.body == "بغداد - أقر مجلس الوزراء الموازنة."


@pytest.mark.parametrize("first", [
    "قال الوزير إن الوضع مستقر.",                                     # ends like a sentence
    "بغداد (رويترز) - أقر مجلس الوزراء الموازنة",                      # a dateline
    "بغداد - 12 آذار/مارس 2025 - أقر مجلس الوزراء الموازنة",
    " ".join(["كلمة"] * 30),                                        # a paragraph's length
])
def test_a_paragraph_on_the_first_line_is_body(first):
    found = article_meta.from_text(f"{first}\nوتابع الوزير حديثه.")
    assert found.body.startswith(first) and found.title


@pytest.mark.parametrize("dateline, agency", [("براوة (صونا) –", "صونا"), ("هافانا (إفي) -", "إفي")])
def test_a_dateline_alone_with_nothing_after_its_dash_is_no_title(dateline, agency):
    # session 29's tryout: «براوة (صونا) –» on a line of its own became the title «براوة –»
    found = article_meta.from_text(f"{dateline}\n\nعادت الكهرباء تدريجياً إلى أجزاء من العاصمة، وقال الوزير إن العمل مستمر.")
    assert found.title.startswith("عادت الكهرباء") and found.outlet == agency
    assert found.body.startswith(dateline)


_LINES = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n"), max_size=200)


@settings(max_examples=300)
@given(st.lists(_LINES, min_size=1, max_size=6))
def test_no_line_of_a_paste_is_lost(lines):
    """Every line but a metadata line is in the title or the body, whatever the first line looks like."""
    found = article_meta.from_text("\n".join(lines))
    kept = found.title + "\n" + found.body
    for n, line in enumerate(lines):
        if line.strip() and not (article_meta.has_metadata_line(line) and not "".join(lines[:n]).strip()):
            assert line.strip() in kept, (line, found.title, found.body)


# --- a dateline's brackets may hold the country, not the agency ---------------------------------------

@pytest.mark.parametrize("opening, outlet", [
    ("الرمادي (العراق) - 14 تشرين الثاني 2025 - وكالة الرافدين\nقتل ثلاثة", "وكالة الرافدين"),
    ("RAMADI (Iraq) - 14 November 2025 - Rafidain News Agency\nThree were killed", "Rafidain News Agency"),
    ("دمشق (سوريا) - 3 أيار 2025 - رويترز - قال الوزير إن", "رويترز"),
    ("بغداد (العراق) - 12 آذار 2025 (أ ف ب) - أقر مجلس الوزراء", "أ ف ب"),
    ("BAGHDAD (Iraq) - Nov 14, 2025 (AFP) - The cabinet approved", "AFP"),
    ("بيروت - 3 أيار 2025 - صحيفة النهار - قال الوزير إن", "صحيفة النهار"),
    ("الرمادي (العراق) - 14 تشرين الثاني 2025 - قال الوزير إن الحكومة ستبقى في مكانها حتى الانتخابات", ""),
    ("القدس (فلسطين) - قال الوزير", ""),
    ("(العراق)\nنص الخبر", ""),
])
def test_a_country_in_the_dateline_brackets_is_no_outlet(opening, outlet):
    assert article_meta.from_text(f"عنوان\n\n{opening}").outlet == outlet


def test_a_dateline_on_its_own_line_is_no_headline():
    # session 20: «غزة - رامتان» above the lead became the source's title after a plain-text import
    found = article_meta.from_text("غزة - رامتان\n\nحذرت بلدية غزة، اليوم الثلاثاء، من تفاقم أزمة المياه في المدينة "
                                   "مع عودة النازحين. وقال المتحدث باسمها إن الآبار دمرت.")
    assert found.title == "حذرت بلدية غزة من تفاقم أزمة المياه في المدينة مع عودة النازحين"
    assert found.body.startswith("غزة - رامتان")


def test_a_headline_with_a_dash_and_a_colon_stays_the_headline():
    found = article_meta.from_text("العراق - الكويت: اتفاق على ترسيم الحدود\n\nبغداد - أقر مجلس الوزراء الاتفاق.")
    assert found.title == "العراق - الكويت: اتفاق على ترسيم الحدود"


def test_a_lead_cut_before_it_says_anything_is_not_cut():
    # session 20: «قرر مجلس بنك المغرب، خلال اجتماعه …» gave the title «قرر مجلس بنك المغرب،»
    title = article_meta.headline_from_lead("قرر مجلس بنك المغرب، خلال اجتماعه الفصلي المنعقد أمس بالرباط، "
                                            "الإبقاء على سعر الفائدة الرئيسي دون تغيير.")
    assert title.startswith("قرر مجلس بنك المغرب، خلال اجتماعه") and not title.endswith("،")


def test_a_text_file_opening_on_a_dateline_line_takes_its_title_from_the_lead():
    # session 20: `marsad import gaza.txt` titled the source «رامتان», the dateline's outlet
    text = ("غزة - رامتان\n\nحذرت بلدية غزة، اليوم الثلاثاء، من تفاقم أزمة المياه في المدينة مع عودة "
            "النازحين. وقال المتحدث باسمها إن الآبار دمرت.")
    article = articles.from_text_file("gaza.txt", data=text.encode("utf-8"), published="2025-02-20")
    assert article.source["title"] == "حذرت بلدية غزة من تفاقم أزمة المياه في المدينة مع عودة النازحين"


def test_the_time_of_day_goes_with_its_weekday_out_of_a_title():
    # session 29's tryout: «انطلقت صباح اليوم الثلاثاء في مدينة براوة …» gave «انطلقت صباح في مدينة براوة»
    found = article_meta.from_text("انطلقت صباح اليوم الثلاثاء في مدينة براوة حملة تطعيم ضد الحصبة تستهدف آلاف الأطفال.")
    assert found.title.startswith("انطلقت في مدينة براوة حملة تطعيم")
