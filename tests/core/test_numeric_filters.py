"""Numbers in queries: fatalities:>=10, fatalities:10-50, goldstein:<-5 (Western or Arabic-Indic digits),
yes-or-no filters (civilian_targeting:yes), and the event-data choice filters in either language.

The parser's answers are checked against plain arithmetic (hypothesis), and the store's against the
parser's: every record whose number lies in the asked range, and no other, is found.
"""
from __future__ import annotations

import json
import re
import runpy
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings, strategies as st

from desktop.cli import cli
from desktop.core import arabic, kinds, search
from desktop.core.errors import MESSAGES, QueryError
from desktop.core.query import Bounds, number_bounds, parse

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "event_data_fields.jsonl"
ARABIC_ERRORS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "ar_strings_eventdata.py"


@pytest.fixture
def event_store(store):
    store.put_many([json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()])
    return store


def ids(store, query: str) -> set[str]:
    return {h.id for h in search.search(store, query, limit=100).hits}


# --- the parser ---------------------------------------------------------------------------


@pytest.mark.parametrize("written, bounds", [
    (">=10", Bounds(low=10)),
    (">10", Bounds(low=10, low_strict=True)),
    ("<5", Bounds(high=5, high_strict=True)),
    ("<=5", Bounds(high=5)),
    ("10-50", Bounds(10, 50)),
    ("10", Bounds(10, 10)),
    ("=10", Bounds(10, 10)),
    ("١٠", Bounds(10, 10)),
    (">=١٠", Bounds(low=10)),
    ("١٠-٥٠", Bounds(10, 50)),
    ("≥10", Bounds(low=10)),
    ("≤5", Bounds(high=5)),
    ("1,000-2٬000", Bounds(1000, 2000)),
    ("10..50", Bounds(10, 50)),
    ("10–50", Bounds(10, 50)),
])
def test_a_count_is_compared_or_ranged(written, bounds):
    assert parse(f"fatalities:{written}").numbers == [("fatalities", (bounds,))]


@pytest.mark.parametrize("written, bounds", [
    ("<-5", Bounds(high=-5, high_strict=True)),
    ("-5--2", Bounds(-5, -2)),
    ("-10-0", Bounds(-10, 0)),
    ("−3.5", Bounds(-3.5, -3.5)),
    ("<-٢٫٥", Bounds(high=-2.5, high_strict=True)),
])
def test_a_score_takes_negative_and_decimal_numbers(written, bounds):
    assert parse(f"goldstein:{written}").numbers == [("goldstein", (bounds,))]


def test_either_of_two_ranges_and_two_filters_both():
    q = parse("fatalities:0|>=100 mentions:>=10 tone:<0")
    assert q.numbers == [("fatalities", (Bounds(0, 0), Bounds(low=100))), ("mentions", (Bounds(low=10),)),
                         ("tone", (Bounds(high=0, high_strict=True),))]
    assert q.has_filters and not q.has_terms


def test_a_quoted_value_may_hold_spaces():
    assert parse('fatalities:"> 10"').numbers == [("fatalities", (Bounds(low=10, low_strict=True),))]
    assert parse('fatalities:"10 - 50"').numbers == [("fatalities", (Bounds(10, 50),))]


@pytest.mark.parametrize("written", ["many", ">=", "10-", "1e5", "ten", "10-50-70", "--5", "<>5", "|", "1,0",
                                     "nan", "inf", "9" * 400])
def test_a_bad_number_is_a_query_error_with_its_code(written):
    with pytest.raises(QueryError) as caught:
        parse(f"fatalities:{written}")
    assert caught.value.code == "query.bad_number"
    assert "fatalities:>=10" in str(caught.value) and "fatalities:10-50" in str(caught.value)


def test_a_range_the_wrong_way_round_says_how_to_write_it():
    with pytest.raises(QueryError) as caught:
        parse("fatalities:50-10")
    assert caught.value.code == "query.bad_range" and "fatalities:10-50" in str(caught.value)


def test_the_new_code_has_english_and_arabic_with_the_same_placeholders():
    arabic_errors = runpy.run_path(str(ARABIC_ERRORS))["ERRORS"]
    code = "query.bad_number"
    assert set(re.findall(r"\{(\w+)", MESSAGES[code])) == set(re.findall(r"\{(\w+)", arabic_errors[code]))


def test_the_number_filters_are_the_registrys():
    numeric = {name for name, pairs in kinds.filter_fields().items()
               if all(fld.type == "number" for _, fld in pairs)}
    assert numeric == {"fatalities", "goldstein", "tone", "mentions"}


_numbers = st.one_of(st.integers(-10**9, 10**9), st.decimals(-1000, 1000, places=2).map(float))
_OPS = {">=": lambda v, n: v >= n, ">": lambda v, n: v > n, "<=": lambda v, n: v <= n,
        "<": lambda v, n: v < n, "": lambda v, n: v == n, "=": lambda v, n: v == n}


def _written(n, arabic_digits: bool) -> str:
    text = str(n)
    return arabic.to_arabic_indic_digits(text).replace(".", "٫") if arabic_digits else text


@settings(max_examples=300, deadline=None)
@given(n=_numbers, value=_numbers, op=st.sampled_from(sorted(_OPS)), arabic_digits=st.booleans())
def test_a_comparison_means_what_it_says(n, value, op, arabic_digits):
    (bounds,) = number_bounds("goldstein", op + _written(n, arabic_digits))
    assert (value in bounds) == _OPS[op](value, n)


@settings(max_examples=300, deadline=None)
@given(a=_numbers, b=_numbers, value=_numbers, arabic_digits=st.booleans())
def test_a_range_holds_both_ends_and_what_lies_between(a, b, value, arabic_digits):
    low, high = min(a, b), max(a, b)
    (bounds,) = number_bounds("goldstein", f"{_written(low, arabic_digits)}-{_written(high, arabic_digits)}")
    assert (value in bounds) == (low <= value <= high)
    assert low in bounds and high in bounds


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=30))
def test_any_value_is_ranges_or_a_query_error(text):
    """Whatever follows fatalities:, the parser gives ranges or a QueryError, never another exception."""
    try:
        q = parse(f'fatalities:"{text}"')
    except QueryError as exc:
        assert exc.code in ("query.bad_number", "query.bad_range", "query.no_words")
        return
    for name, alternatives in q.numbers:
        assert name == "fatalities" and alternatives
        for bounds in alternatives:
            assert bounds.low is not None or bounds.high is not None


# --- in the store --------------------------------------------------------------------------

FATALITIES = {"event:acled-irq12345": 12, "event:ucdp-456789": 55}


@pytest.mark.parametrize("query, predicate", [
    ("fatalities:>=12", lambda n: n >= 12), ("fatalities:>12", lambda n: n > 12),
    ("fatalities:<55", lambda n: n < 55), ("fatalities:<=55", lambda n: n <= 55),
    ("fatalities:10-50", lambda n: 10 <= n <= 50), ("fatalities:12", lambda n: n == 12),
    ("fatalities:١٢", lambda n: n == 12), ("fatalities:>=١٠", lambda n: n >= 10),
    ("fatalities:0|>50", lambda n: n == 0 or n > 50), ("fatalities:0", lambda n: n == 0),
])
def test_the_store_finds_the_events_in_range_and_no_other(event_store, query, predicate):
    """An event without fatalities (the GDELT one, the plain meeting) matches no numeric filter."""
    assert ids(event_store, query) == {key for key, n in FATALITIES.items() if predicate(n)}


def test_scores_and_counts_of_gdelt(event_store):
    assert ids(event_store, "goldstein:<-5") == {"event:acled-irq12345", "event:gdelt-1200000001"}
    assert ids(event_store, "goldstein:<-8") == {"event:acled-irq12345"}
    assert ids(event_store, "goldstein:-7") == {"event:gdelt-1200000001"}
    assert ids(event_store, "tone:>0") == {"event:gdelt-1200000001"}
    assert ids(event_store, "tone:<-٤") == {"event:acled-irq12345"}
    assert ids(event_store, "mentions:>=10") == {"event:acled-irq12345"}


def test_numbers_combine_with_words_places_and_kinds(event_store):
    assert ids(event_store, "fatalities:>=10 place:البصرة") == {"event:acled-irq12345"}
    assert ids(event_store, "fatalities:>=10 kind:event الأنبار") == {"event:ucdp-456789"}
    assert ids(event_store, "fatalities:>=10 kind:actor") == set()
    counts = search.search(event_store, "fatalities:>=10").total
    assert counts == 2


@pytest.mark.parametrize("query, found", [
    ("violence:one_sided", {"event:acled-irq12345"}),
    ('violence:"one-sided violence"', {"event:acled-irq12345"}),
    ('violence:"عنف من طرف واحد"', {"event:acled-irq12345"}),
    ("violence:state_based|one_sided", {"event:acled-irq12345", "event:ucdp-456789"}),
    ('violence:"نزاع تكون الدولة طرفا فيه"', {"event:ucdp-456789"}),
    ("disorder:demonstrations", {"event:gdelt-1200000001"}),
    ("disorder:تظاهرات", {"event:gdelt-1200000001"}),
    ('disorder:"عنف سياسي"', {"event:acled-irq12345"}),
    ('disorder:"political violence"', {"event:acled-irq12345"}),
    ("quad:4", {"event:acled-irq12345"}),
    ("quad:3-4", {"event:acled-irq12345", "event:gdelt-1200000001"}),
    ("quad:1-2", set()),
    ("civilian_targeting:yes", {"event:acled-irq12345"}),
    ("civilian_targeting:نعم", {"event:acled-irq12345"}),
    ("civilian_targeting:no", {"event:ucdp-456789"}),
    ("civilian_targeting:لا", {"event:ucdp-456789"}),
])
def test_event_data_choices_by_code_or_label_in_either_language(event_store, query, found):
    assert ids(event_store, query) == found


def test_a_bad_choice_or_answer_is_a_clear_error(event_store):
    with pytest.raises(QueryError, match="is not one of"):
        search.search(event_store, "violence:riots")
    with pytest.raises(QueryError, match="yes, no"):
        search.search(event_store, "civilian_targeting:maybe")


def test_the_cli_searches_by_numbers_and_says_what_is_wrong(event_store):
    db = str(event_store.path)
    runner = CliRunner()
    done = runner.invoke(cli, ["--db", db, "search", "fatalities:>=10", "--json"])
    assert done.exit_code == 0 and {h["id"] for h in json.loads(done.output)["hits"]} == set(FATALITIES)
    done = runner.invoke(cli, ["--db", db, "search", "fatalities:many"])
    assert done.exit_code != 0 and "fatalities:many" in done.output and "fatalities:10-50" in done.output


def test_the_search_help_names_the_numeric_filters():
    done = CliRunner().invoke(cli, ["search", "--help"])
    assert "fatalities:>=10" in done.output and "fatalities:10-50" in done.output and "goldstein:<-5" in done.output
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert "`fatalities:>=10`" in readme and "`goldstein:<-5`" in readme
