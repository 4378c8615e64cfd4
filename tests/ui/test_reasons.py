"""Core's validation reasons reach the forms in the UI language."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from desktop.core.records import RecordError, validate  # noqa: E402
from desktop.ui import reasons  # noqa: E402
from desktop.ui.app import install_language  # noqa: E402

INVALID = [
    {"kind": "actor", "name": "  "},
    {"kind": "actor", "name": 5},
    {"kind": "actor", "name": "x", "type": "alien"},
    {"kind": "actor", "name": "x", "aliases": "y"},
    {"kind": "actor", "name": "x", "id": "actor:has space"},
    {"kind": "actor", "name": "x", "id": "place:iraq"},
    {"kind": "actor"},
    {"kind": "event", "title": "t", "date": "2024-13"},
    {"kind": "event", "title": "t", "date": "31/12/2025"},
    {"kind": "event", "title": "t", "date": 2024},
    {"kind": "event", "title": "t", "date": "2017", "date_end": "2014"},
    {"kind": "event", "title": "t", "date_end": "2014"},
    {"kind": "event", "title": "t", "actors": [{"role": "x"}]},
    {"kind": "place", "name": "p", "lat": 91},
    {"kind": "place", "name": "p", "lon": "42"},
    {"kind": "quote", "text": "t", "speaker": "s", "partial": "no"},
    {"kind": "quote", "text": "t", "speaker": "s", "source_span": [5, 2], "source": "source:x"},
    {"kind": "quote", "text": "t", "speaker": "s", "source_span": [1, 2]},
]


@pytest.mark.parametrize("record", INVALID)
def test_every_reason_core_gives_has_a_template(qapp, record):
    with pytest.raises(RecordError) as info:
        validate(record)
    assert reasons.match(info.value.reason) is not None, info.value.reason


@pytest.mark.parametrize("reason", [
    "'actor:ghost' matches no actor id, name or alias",
    "no actor with id 'actor:ghost' in the file or the store",
    "'محمد' is ambiguous: it names actor:a1, actor:a2",
    "a record cannot refer to itself",
])
def test_reference_reasons_have_templates(reason):
    assert reasons.match(reason) is not None


def test_arabic_reasons(qapp):
    install_language(qapp, "ar")
    try:
        assert reasons.translate("'2024-13' is not a calendar date (month out of range)") == \
            "«\u20682024-13\u2069» ليس تاريخًا موجودًا في التقويم"
        assert reasons.translate("must not be empty") == "يجب ألا يكون فارغًا"
        assert reasons.translate("'علاوي' matches no actor id, name or alias") == \
            "«\u2068علاوي\u2069» لا يطابق أي اسم أو اسم بديل أو معرّف"
    finally:
        install_language(qapp, "en")


def test_unknown_reason_is_shown_as_it_is(qapp):
    assert reasons.translate("something new went wrong") == "something new went wrong"
