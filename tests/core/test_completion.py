"""Completion for the record forms' pickers (desktop/core/completion.py): names, aliases and titles found
through the Arabic analyser, ranked, limited, and told apart by their kind's distinguishing fields."""
from __future__ import annotations

import json

import pytest

from desktop import paths
from desktop.core import completion, prefill
from desktop.core.storage import Store


def _sample() -> list[dict]:
    with open(paths.sample_jsonl(), encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    store = Store.create(tmp_path_factory.mktemp("completion") / "sample.db")
    store.put_many(_sample())
    yield store
    store.close()


def _ids(found) -> list[str]:
    return [s.id for s in found]


@pytest.mark.parametrize("typed", ["علاوي", "علاوى", "حسين", "حسين علا", "حس", "Allawi", "hussein", "  علاوي  "])
def test_an_actor_is_found_by_any_part_of_any_name(sample, typed):
    found = completion.suggest(sample, "actor", typed)
    assert "actor:hussein-allawi" in _ids(found)
    allawi = next(s for s in found if s.id == "actor:hussein-allawi")
    assert allawi.name == "حسين علاوي"         # shown by the name, whatever matched


def test_an_alias_that_matched_is_said(sample):
    usa = next(s for s in completion.suggest(sample, "actor", "واشنط") if s.id == "actor:usa")
    assert usa.name == "الولايات المتحدة" and usa.also == "واشنطن"
    allawi = completion.suggest(sample, "actor", "Allawi")[0]
    assert allawi.also == "Hussein Allawi"
    assert completion.suggest(sample, "actor", "علاوي")[0].also is None    # the name itself matched


def test_a_stem_finds_a_name_written_with_the_article(sample):
    # «انبار» is «الأنبار» without its article: the stem meets it.
    assert completion.suggest(sample, "place", "انبار")[0].id == "place:anbar"


def test_suggestions_carry_what_tells_records_apart(sample):
    allawi = completion.suggest(sample, "actor", "علاوي")[0]
    details = dict(allawi.details)
    assert details["type"] == "person" and details["title"] == "مستشار رئيس الوزراء العراقي"
    assert details["affiliation"] == "الحكومة العراقية"      # a reference is given by its name, not its id
    anbar = completion.suggest(sample, "place", "الأنبار")[0]
    assert dict(anbar.details) == {"type": "province", "parent": "العراق"}
    source = completion.suggest(sample, "source", "عين الأسد")[0]
    assert source.id == "source:seed-ain-al-asad" and dict(source.details)["published"] == "2025-12-31"
    event = completion.suggest(sample, "event", "عين الأسد")[0]
    assert dict(event.details)["place"] == "قاعدة عين الأسد"
    assert not any(str(v).startswith(("actor:", "place:")) for s in (allawi, anbar, event) for _, v in s.details)


def test_titles_are_found_by_their_words_and_the_best_come_first(sample):
    found = completion.suggest(sample, "event", "عين الأسد")
    assert found and all("عين الأسد" in s.name or "عين الاسد" in s.name for s in found[:2])
    # A name that starts with the text comes before one that only has the words.
    names = [s.name for s in completion.suggest(sample, "place", "قاعدة")]
    assert names[0].startswith("قاعدة")


def test_nothing_is_suggested_for_nothing(sample):
    for typed in ("", "   ", "؟!", "\ud800"):
        assert completion.suggest(sample, "actor", typed) == []
    assert completion.suggest(sample, "actor", "لا أحد بهذا الاسم") == []


@pytest.mark.parametrize("typed", ['"', '"عين', "عين*", "OR", "NEAR(", "-", "kind:actor", "a:b", "(", "*", "علا OR"])
def test_search_syntax_in_a_name_is_only_text(sample, typed):
    completion.suggest(sample, "source", typed)      # no error, whatever FTS5 would make of it
    completion.suggest(sample, "actor", typed)


def test_a_pasted_id_names_its_record(sample):
    assert _ids(completion.suggest(sample, "actor", "actor:hussein-allawi")) == ["actor:hussein-allawi"]
    assert completion.suggest(sample, "actor", "actor:nobody") == []


def test_describe_gives_names_for_ids_and_leaves_out_missing_ones(sample):
    found = completion.describe(sample, ["actor:hussein-allawi", "place:anbar", "actor:nobody", "not an id"])
    assert set(found) == {"actor:hussein-allawi", "place:anbar"}
    assert found["place:anbar"].name == "محافظة الأنبار"


def test_roles_on_offer_are_the_ones_links_use_most(sample):
    roles = completion.roles(sample, "event", "actors")
    assert roles and all(roles) and len(roles) == len(set(roles))
    assert completion.roles(sample, "event", "sources") == []       # these links carry no role


def test_a_bad_limit_or_kind_is_refused(sample):
    with pytest.raises(ValueError):
        completion.suggest(sample, "actor", "علاوي", limit=0)
    with pytest.raises(ValueError):
        completion.suggest(sample, "planet", "علاوي")


# --- a new record linked to the one selected ---------------------------------------------------


def test_a_new_quote_takes_the_selected_actor_or_source():
    assert prefill.from_selection("quote", "actor:hussein-allawi") == {"speaker": "actor:hussein-allawi"}
    assert prefill.from_selection("quote", "source:seed-ain-al-asad") == {"source": "source:seed-ain-al-asad"}
    assert prefill.from_selection("quote", "event:x") == {"event": "event:x"}
    assert prefill.from_selection("event", "actor:a") == {"actors": [{"actor": "actor:a"}]}
    assert prefill.from_selection("event", "source:s") == {"sources": ["source:s"]}


def test_no_link_to_a_record_of_the_same_kind_or_to_nothing():
    assert prefill.from_selection("actor", "actor:hussein-allawi") == {}     # not an affiliation
    assert prefill.from_selection("place", "place:anbar") == {}
    assert prefill.from_selection("quote", None) == {}
    assert prefill.from_selection("quote", "not an id") == {}
    assert prefill.from_selection("source", "actor:a") == {}      # a source refers to no actor


# --- a bigger store ----------------------------------------------------------------------------

FIRST = ["محمد", "علي", "حسين", "أحمد", "عمر", "خالد", "يوسف", "إبراهيم", "مصطفى", "عبد الله", "حسن", "كريم"]
FAMILY = ["العبيدي", "الجبوري", "علاوي", "الساعدي", "الكعبي", "التميمي", "الدليمي", "الزيدي", "الربيعي",
          "الخفاجي", "الحسيني", "البياتي", "السامرائي", "الموسوي", "العامري", "الشمري", "الحلبوسي", "الكاظمي"]


@pytest.fixture(scope="module")
def thousands(tmp_path_factory):
    """A few thousand actors (many sharing a name), sources and events."""
    records = []
    for i in range(3000):
        name = f"{FIRST[i % len(FIRST)]} {FAMILY[(i // len(FIRST)) % len(FAMILY)]}"
        records.append({"kind": "actor", "id": f"actor:gen-{i}", "name": name, "type": "person",
                        "title": f"عضو مجلس رقم {i}", "aliases": [f"أبو {FIRST[(i + 3) % len(FIRST)]} {i}"]})
    for i in range(800):
        records.append({"kind": "source", "id": f"source:gen-{i}",
                        "title": f"تقرير عن {FAMILY[i % len(FAMILY)]} رقم {i}",
                        "outlet": ["رويترز", "الجزيرة", "شفق نيوز"][i % 3],
                        "published": f"20{10 + i % 15}-{1 + i % 12:02d}-{1 + i % 28:02d}"})
    for i in range(1200):
        records.append({"kind": "event", "id": f"event:gen-{i}", "title": f"اجتماع في بغداد رقم {i}",
                        "date": f"20{10 + i % 15}-{1 + i % 12:02d}",
                        "actors": [{"actor": f"actor:gen-{i}", "role": ["القائد", "الداعم", "المستهدف"][i % 3]}]})
    store = Store.create(tmp_path_factory.mktemp("completion-big") / "big.db")
    store.put_many(records)
    yield store
    store.close()


def test_on_thousands_of_records_suggestions_stay_few_and_ranked(thousands):
    """(bench/bench_capture.py times suggestions per keystroke.)"""
    typed = ["م", "مح", "محمد", "محمد ع", "محمد علاوي", "علاوى", "ابو", "الجبوري", "جبوري", "رقم", "اجتماع بغداد",
             "رويترز", "ت", "zz"]
    for text in typed:
        for kind in ("actor", "source", "event"):
            found = completion.suggest(thousands, kind, text)
            assert len(found) <= completion.LIMIT
    found = completion.suggest(thousands, "actor", "محمد علاوى")
    namesakes = sum(1 for i in range(3000) if i % len(FIRST) == 0 and (i // len(FIRST)) % len(FAMILY) == 2)
    assert len(found) == namesakes > 10
    assert all(s.name == "محمد علاوي" for s in found)       # many of one name: the details tell them apart
    assert len(completion.suggest(thousands, "actor", "محمد")) == completion.LIMIT
    assert len({dict(s.details)["title"] for s in found}) == len(found)
    # Newest first for a kind with a date.
    dates = [s.date for s in completion.suggest(thousands, "source", "تقرير")]
    assert dates == sorted(dates, reverse=True)


def test_an_outlet_finds_its_sources_after_titles(thousands):
    found = completion.suggest(thousands, "source", "رويترز")
    assert found and all(dict(s.details)["outlet"] == "رويترز" for s in found)


def test_a_kind_told_apart_by_a_field_it_lacks_is_refused():
    from desktop.core.kinds import kind as kind_module
    from desktop.core.kinds.makers import text_field
    with pytest.raises(ValueError):
        kind_module.Kind(name="thing", table="things", number=99, label="Thing", plural="Things", main="name",
                         fields=(text_field("name", "Name", required=True),), distinguished_by=("colour",))
