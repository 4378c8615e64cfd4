"""Search filters written in Arabic: `فاعل:علاوي` is `actor:علاوي`, so an analyst need not switch keyboards."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core import query, query_names
from desktop.core.errors import QueryError


def _meaning(q: query.Query) -> tuple:
    return (q.named, q.values, q.date_from, q.date_to, q.numbers, q.kinds,
            [[t.words for t in g] for g in q.groups], [t.words for t in q.excluded])


def test_every_filter_has_one_arabic_name():
    named, valued = query._filters()
    every = ("kind", "from", "to") + named + valued
    assert set(every) == set(query_names.ARABIC)
    keys = list(query_names._by_arabic())
    assert len(keys) == len(set(keys))                  # no two filters share an Arabic spelling
    assert not set(keys) & set(every)                   # and none is spelt like an English name


PAIRS = [
    ("actor:علاوي", "فاعل:علاوي"),
    ('place:"عين الأسد"', 'مكان:"عين الأسد"'),
    ("status:planned", "حالة:مخطط"),
    ("status:planned", "الحالة:مخطط"),
    ("from:2024 to:2025-03", "من:2024 إلى:2025-03"),
    ("to:2025", "الى:2025"),                             # the hamza as people type it
    ("kind:quote|actor", "صنف:اقتباسات|فاعل"),
    ("credibility:1-2", "مصداقية:1-2"),
    ("fatalities:>=10", "قتلى:>=10"),
    ("civilian_targeting:yes", "استهداف_المدنيين:نعم"),
    ("review:unreviewed", "مراجعة:unreviewed"),
    ("type:organization", "نوع:منظمة"),
]


@pytest.mark.parametrize("english,arabic", PAIRS)
def test_an_arabic_filter_means_the_english_one(english, arabic):
    assert _meaning(query.parse(f"انتخابات {arabic}")) == _meaning(query.parse(f"انتخابات {english}"))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(PAIRS), min_size=1, max_size=4), st.booleans())
def test_any_mix_of_arabic_and_english_filters_means_the_same(pairs, diacritics):
    arabic = " ".join(a.replace("فاعل", "فاعِل") if diacritics else a for _, a in pairs)
    english = " ".join(e for e, _ in pairs)
    assert _meaning(query.parse("بغداد " + arabic)) == _meaning(query.parse("بغداد " + english))


def test_a_colon_that_names_no_filter_still_searches_both_words():
    q = query.parse("قال:الحكومة")
    assert [[t.words for t in g] for g in q.groups] == [[("قال", "الحكومه")]]
    assert not q.named and not q.values


def test_a_bad_value_names_the_filter_as_typed_and_gives_its_name():
    with pytest.raises(QueryError) as caught:
        query.parse("حالة:كذا")
    assert caught.value.params["filter"] == "حالة"
    assert caught.value.params["filter_name"] == "status"
    with pytest.raises(QueryError) as caught:
        query.parse("status:x")
    assert caught.value.params["filter"] == "status"


def test_written_in_the_ui_language():
    assert query_names.written("actor", "ar") == "فاعل"
    assert query_names.written("actor", "en") == "actor"
    assert query_names.kind_value("الأحداث") == "event"
    assert query_names.kind_value("شيء") is None


@pytest.mark.parametrize("text, typed, name", [("actor:", "actor", "actor"), ("علاوي STATUS:", "STATUS", "status"),
                                                ("فاعل: علاوي", "فاعل", "actor"), ("-place:", "place", "place")])
def test_a_filter_with_no_value_is_an_error_naming_it_as_typed(text, typed, name):
    with pytest.raises(QueryError) as caught:
        query.parse(text)
    assert caught.value.code == "query.missing_value"
    assert caught.value.params == {"filter": typed, "filter_name": name}


def test_a_word_ending_in_a_colon_that_is_no_filter_is_searched():
    assert [[t.words for t in g] for g in query.parse("المصدر:").groups] == [[("المصدر",)]]
