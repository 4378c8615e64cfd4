"""The shipped gazetteer knows every sovereign state and its capital (session 14), and the names
it lists do not make common words or given names into places."""
from __future__ import annotations

import collections

import pytest

from desktop.core import arabic
from desktop.core.extract import extract_article
from desktop.core.extract.gazetteer import CITY_HOMOGRAPHS, default_gazetteer, name_key
from tests.core.gazetteer_reading import gazetteer_records, place, place_in_article








def test_every_line_loads_and_ids_are_unique():
    records = gazetteer_records()
    ids = collections.Counter(r["id"] for r in records)
    assert [i for i, n in ids.items() if n > 1] == []
    assert {r["kind"] for r in records} == {"actor", "place"}
    for r in records:
        if r.get("parent"):
            assert r["parent"] in ids, r["id"]


def test_every_state_is_listed_with_its_capital_position():
    countries = [r for r in gazetteer_records() if r.get("type") == "country"]
    # 193 members of the UN, the Vatican, Kosovo, Taiwan and Palestine
    assert len(countries) == 197
    for r in countries:
        assert r["id"].startswith("place:gaz-") and r.get("name_en"), r["id"]
        assert isinstance(r.get("lat"), float) and isinstance(r.get("lon"), float), r["id"]
        assert -90 <= r["lat"] <= 90 and -180 <= r["lon"] <= 180, r["id"]


def test_every_state_has_a_capital_but_those_left_out_on_purpose():
    records = gazetteer_records()
    by_id = {r["id"]: r for r in records}

    def country_of(r):
        while r.get("parent") and by_id[r["parent"]].get("type") != "country":
            r = by_id[r["parent"]]
        return r.get("parent")

    with_city = {country_of(r) for r in records if r.get("type") == "city"}
    without = {r["name_en"] for r in records if r.get("type") == "country" and r["id"] not in with_city}
    # city states named as their country; capitals whose name is a common word, a given name
    # or another well-known place («صوفيا»، «سانتياغو»، «كيتو»، «ماليه»، «ديلي»، «هراري» …)
    assert without == {"Monaco", "San Marino", "Vatican", "Singapore", "Bulgaria", "Maldives", "Timor-Leste",
                       "Samoa", "Antigua and Barbuda", "Chile", "Costa Rica", "Dominica", "Ecuador",
                       "Grenada", "Guyana", "Seychelles", "Zimbabwe"}


def test_no_name_is_shared_by_two_places():
    records = gazetteer_records()
    by_id = {r["id"]: r for r in records}
    owners: dict[tuple[str, ...], set[str]] = collections.defaultdict(set)
    for r in records:
        if r["kind"] != "place":
            continue
        for name in [r["name"], r.get("name_en", ""), *r.get("aliases", [])]:
            if name and not (name.isascii() and len(name) < 3):
                owners[name_key(name)].add(r["id"])
    shared = {k: v for k, v in owners.items() if len(v) > 1}
    # «عُمان» Oman and «عمّان» Amman differ only in their marks: the writing tells them apart
    assert shared.pop(("عمان",)) == {"place:gaz-oman", "place:gaz-amman"}
    assert set(CITY_HOMOGRAPHS) == {"عمان"}
    # a governorate keeps the English name an event dataset gives its admin1 ("Baghdad"), which is
    # also its city's; in Arabic the bare name is the city's alone («بغداد»، «دمشق»)
    for key, ids in shared.items():
        assert all(w.isascii() for w in key), key
        city, = (i for i in ids if by_id[i]["type"] == "city")
        province, = ids - {city}
        assert by_id[city]["parent"] == province and by_id[province]["type"] == "province"
    # the cities of the Iraqi and Syrian governorates named for them (session 14, cities)
    assert set(shared) == {(n,) for n in (
        "baghdad", "damascus", "basra", "erbil", "sulaymaniyah", "duhok", "kirkuk", "karbala", "najaf",
        "diwaniyah", "aleppo", "homs", "hama", "latakia", "tartus", "idlib", "raqqa", "hasakah", "daraa",
        "suwayda")}


def test_an_event_dataset_names_the_governorate_and_its_city_apart():
    from desktop.core.formats.cells import Emitter
    out: list[dict] = []
    Emitter("acled", None, None).place_chain(
        [("Syria", "country"), ("Damascus", "province"), ("Damascus", "city")], 33.5, 36.3, out)
    names = {rec["type"]: rec["name"] for rec in out}
    assert names["province"] == "محافظة دمشق" and names["city"] == "دمشق"
    out = []
    Emitter("acled", None, None).place_chain([("Thailand", "country"), ("Bangkok", "city")], 13.8, 100.5, out)
    assert [rec["name"] for rec in out] == ["تايلاند", "بانكوك"]


@pytest.mark.parametrize("text, type_, name_en", [
    ("سيراليون", "country", "Sierra Leone"),
    ("تيمور الشرقية", "country", "Timor-Leste"),
    ("تيمور ليشتي", "country", "Timor-Leste"),
    ("تيمور - ليشتي", "country", "Timor-Leste"),
    ("كمبوديا", "country", "Cambodia"),
    ("تايلاند", "country", "Thailand"),
    ("تايلند", "country", "Thailand"),
    ("ساحل العاج", "country", "Côte d'Ivoire"),
    ("كوت ديفوار", "country", "Côte d'Ivoire"),
    ("جمهورية الكونغو الديمقراطية", "country", "Democratic Republic of the Congo"),
    ("الكونغو الديمقراطية", "country", "Democratic Republic of the Congo"),
    ("جنوب السودان", "country", "South Sudan"),
    ("جنوب أفريقيا", "country", "South Africa"),
    ("روسيا البيضاء", "country", "Belarus"),
    ("بكمبوديا", "country", "Cambodia"),
    ("وسيراليون", "country", "Sierra Leone"),
    ("أيرلندا الشمالية", "other", "Northern Ireland"),
    ("بغداد", "city", "Baghdad"),
    ("ببغداد", "city", "Baghdad"),
    ("دمشق", "city", "Damascus"),
    ("بانكوك", "city", "Bangkok"),
    ("كينشاسا", "city", "Kinshasa"),
    ("سول", "city", "Seoul"),
    ("تونس العاصمة", "city", "Tunis"),
    ("الجزائر العاصمة", "city", "Algiers"),
    ("مدينة الكويت", "city", "Kuwait City"),
])
def test_names_are_read_as_places_of_their_type(text, type_, name_en):
    entry = place(text)
    assert entry is not None and entry.type == type_ and entry.record["name_en"] == name_en


def test_baghdad_is_the_city_and_its_province_keeps_its_full_name():
    city = place("بغداد")
    assert city.id == "place:gaz-baghdad" and city.parent == "place:gaz-iq-baghdad"
    assert place("محافظة بغداد").id == "place:gaz-iq-baghdad"
    assert place("دمشق").parent == "place:gaz-sy-damascus"
    # the state actor is still named by its capital
    assert any(e.id == "actor:gaz-iraq" for e in default_gazetteer().lookup("بغداد"))


def test_amman_and_oman_are_told_apart_by_the_writing():
    assert place_in_article("وصل الوزير إلى عمّان أمس", "عمّان").id == "place:gaz-amman"
    assert place_in_article("وصل الوزير إلى عُمان أمس", "عُمان").id == "place:gaz-oman"


@pytest.mark.parametrize("word", [
    "سيول",        # torrents (Seoul is listed as «سول»)
    "صوفيا",       # a given name; «آيا صوفيا»
    "كيتو",        # the keto diet
    "فيكتوريا",    # a given name, a lake, a state
    "سانتياغو",    # a given name; «سانتياغو برنابيو»
    "ديلي",        # «ديلي ميل»، «ديلي تلغراف»
    "مالية",       # «financial» (Malé is written «ماليه»)
    "هراري",       # Yuval Noah Harari
    "روسو",        # Rousseau
    "جورجتاون",    # Georgetown University
    "السلام", "الملك", "أمل", "الأمل", "تيمور",
    "كلاوس",       # Klaus, not «like Laos»
    "كسول",        # lazy, not «like Seoul»
])
def test_common_words_and_given_names_are_no_places(word):
    words = arabic.words(arabic.normalize(word))
    assert default_gazetteer().find_all(words) == []


def test_country_names_that_are_common_nouns_are_read_by_the_word_before():
    assert place_in_article("افتتحت الوزارة مدرسة بنين جديدة", "بنين") is None
    assert place_in_article("انفجرت قارورة غاز بوتان في منزل", "بوتان") is None
    assert place_in_article("وقال رئيس بنين إن بلاده تواجه هجمات", "بنين").id == "place:gaz-benin"
    assert place_in_article("وصل الوفد إلى بوتان أمس", "بوتان").id == "place:gaz-bhutan"


def _extracted(body: str) -> tuple[list[str], list[str]]:
    records = extract_article({"id": "source:world", "body": body})
    return ([r["name"] for r in records if r["id"].startswith("actor:")],
            [r["name"] for r in records if r["id"].startswith("place:")])


def test_a_listed_country_after_a_title_is_no_part_of_the_name():
    actors, places = _extracted("قال رئيس وزراء تيمور الشرقية شانانا غوسماو إن بلاده ستنضم إلى الرابطة.")
    assert "شانانا غوسماو" in actors and "تيمور الشرقية" in places
    actors, places = _extracted("قال وزير الخارجية في سيراليون تيموثي موسى كابا إن الحكومة ستدعم الاتفاق.")
    assert "تيموثي موسى كابا" in actors and "سيراليون" in places


def test_a_name_that_looks_like_a_clitic_on_a_country_stays_a_name():
    actors, places = _extracted("وقال رئيس المنتدى الاقتصادي العالمي كلاوس شواب إن الاقتصاد يتباطأ.")
    assert "كلاوس شواب" in actors and places == []
