"""Validation names the field at fault."""
import pytest

from desktop.core.dates import date_bounds
from desktop.core.errors import RecordError
from desktop.core.records import default_id, validate


@pytest.mark.parametrize("record, field, words", [
    ({"kind": "actor"}, "name", "required"),
    ({"kind": "actor", "name": "  "}, "name", "empty"),
    ({"kind": "actor", "name": "x", "type": "alien"}, "type", "not one of"),
    ({"kind": "actor", "name": "x", "nmae": "y"}, "nmae", "unknown field"),
    ({"kind": "actor", "name": 5}, "name", "must be text"),
    ({"kind": "actor", "name": "x", "aliases": "y"}, "aliases", "list"),
    ({"kind": "actor", "name": "x", "id": "actor:has space"}, "id", "not an id"),
    ({"kind": "actor", "name": "x", "id": "place:iraq"}, "id", "does not start with"),
    ({"kind": "event", "title": "t", "date": "2024-13"}, "date", "not a calendar date"),
    ({"kind": "event", "title": "t", "date": "2024-02-30"}, "date", "not a calendar date"),
    ({"kind": "event", "title": "t", "date": "31/12/2025"}, "date", "not a date"),
    ({"kind": "event", "title": "t", "date": "2017", "date_end": "2014"}, "date_end", "before"),
    ({"kind": "event", "title": "t", "status": "rumoured"}, "status", "not one of"),
    ({"kind": "event", "title": "t", "actors": [{"role": "x"}]}, "actors[0]", "missing"),
    ({"kind": "place", "name": "p", "lat": 91}, "lat", "outside"),
    ({"kind": "place", "name": "p", "lon": "42"}, "lon", "number"),
    ({"kind": "quote", "text": "t"}, "speaker", "required"),
    ({"kind": "quote", "text": "t", "speaker": "s", "partial": "no"}, "partial", "true or false"),
    ({"kind": "quote", "text": "t", "speaker": "s", "source_span": [5, 2], "source": "source:x"},
     "source_span", "start <= end"),
    ({"kind": "event", "title": "t", "review": "maybe"}, "review", "not one of"),
    ({"kind": "memo", "title": "t"}, "kind", "unknown kind"),
    ({"title": "t"}, "kind", "missing"),
    ({"kind": ["actor"], "name": "x"}, "kind", "unknown kind"),   # found by the property test
])
def test_invalid_records_name_the_field(record, field, words):
    with pytest.raises(RecordError) as info:
        validate(record)
    assert info.value.field == field
    assert words in str(info.value)


def test_valid_record_is_cleaned():
    rec = validate({"kind": "event", "title": "t", "date": "٢٠٢٤-٠٩-٢٧", "actors": ["actor:a"], "notes": None})
    assert rec == {"kind": "event", "title": "t", "date": "2024-09-27", "actors": [{"actor": "actor:a"}]}


def test_date_bounds():
    assert date_bounds("2024") == ("2024-01-01", "2024-12-31")
    assert date_bounds("2024-02") == ("2024-02-01", "2024-02-29")
    assert date_bounds("2024-09-27") == ("2024-09-27", "2024-09-27")


def test_default_id_is_stable_and_spelling_blind():
    a = default_id({"kind": "actor", "name": "حسين علاوي"})
    assert a == default_id({"kind": "actor", "name": "حُسين علاوي"})
    assert a.startswith("actor:")


def test_a_numbered_scale_takes_its_numbers_and_their_digits():
    from desktop.core.kinds import fields
    check = fields.choice((1, 2, 3))
    assert check(2, "grade") == 2 and check(" 3 ", "grade") == 3
    for bad in (4, "4", True, "x", 2.0 + 0.5, None):
        with pytest.raises(RecordError, match="is not one of 1, 2, 3"):
            check(bad, "grade")
