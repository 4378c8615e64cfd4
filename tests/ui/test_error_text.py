"""Core's errors reach the UI in its language, rendered from their code and parameters."""
import os
import re

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication  # noqa: E402

from desktop.core import kinds  # noqa: E402
from desktop.core.errors import MESSAGES, BatchError, MarsadError, RecordError, Where  # noqa: E402
from desktop.core.records import validate  # noqa: E402
from desktop.ui import error_text, query_sentences, store_sentences  # noqa: E402
from desktop.ui.bidi import FSI, LRI, PDI, strip  # noqa: E402

ARABIC = re.compile(r"[\u0600-\u06ff]")
LATIN = re.compile(r"[A-Za-z]")
ISOLATE = re.compile(f"[{FSI}{LRI}][^{PDI}]*{PDI}")

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


def outside_values(text: str) -> str:
    """What a message says besides the values filled into it (each isolated)."""
    return ISOLATE.sub("", text)


def sample_params(code: str) -> dict:
    """A value for every placeholder of a code's English template, of the type its format asks for."""
    _, specs = error_text.english(code)
    out = {}
    for name, spec in specs.items():
        if name == "kind":
            out[name] = "actor"
        elif spec:
            out[name] = 4321          # a number format (",", "04x", "02x")
        else:
            out[name] = "v1"
    return out


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_every_error_code_renders_in_arabic(arabic, code):
    exc = MarsadError(code, **sample_params(code))
    text = error_text.reason(exc)
    assert error_text.MISSING not in outside_values(text), text     # every placeholder had a value
    assert ARABIC.search(text), text
    # No English: Latin letters only inside the isolated values (parameters, format names, commands).
    assert not LATIN.search(outside_values(text)), text
    assert text.count(FSI) + text.count(LRI) == text.count(PDI)


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_arabic_templates_name_only_values_the_error_has(arabic, code):
    template = error_text.template(code)
    assert template != error_text.english(code)[0], f"{code} has no Arabic: run resources/translations/update.sh"
    known = set(error_text.english(code)[1]) | set(error_text.LITERALS)
    known |= {f"{name}_label" for name in error_text.english(code)[1]}
    assert error_text.placeholders(template) <= known, code


@pytest.mark.parametrize("code", sorted(set(MESSAGES) - {*query_sentences.ENGLISH, *store_sentences.ENGLISH}))
def test_english_is_cores_wording(qapp, code):
    """With no translation the UI says what the command line says (values quoted “so” and isolated); but
    for what is wrong with a query or a store, which the English UI words as sentences of its own."""
    exc = MarsadError(code, **sample_params(code))
    expected = exc.reason
    shown = strip(error_text.reason(exc))
    if "!r" not in MESSAGES[code]:
        assert shown == expected
    else:
        assert shown.replace("“", "'").replace("”", "'") == expected


@pytest.mark.parametrize("record", INVALID)
def test_validation_reasons_are_arabic(arabic, record):
    with pytest.raises(RecordError) as info:
        validate(record)
    text = error_text.render(info.value)
    assert ARABIC.search(text) and not LATIN.search(outside_values(text)), text


def test_values_are_isolated_in_the_arabic_sentence(arabic):
    exc = RecordError("field.not_calendar_date", field="date", value="2024-13")
    assert error_text.reason(exc) == f"«{FSI}2024-13{PDI}» ليس تاريخًا موجودًا في التقويم"
    assert error_text.reason(RecordError("field.empty", field="name")) == "يجب ألا يكون فارغًا"
    exc = RecordError("ref.no_match", value="علاوي", kind="actor")
    assert error_text.reason(exc) == f"«{FSI}علاوي{PDI}» لا يطابق معرّفًا أو اسمًا أو اسمًا بديلًا من نوع فاعل"


def test_where_and_field_are_rendered_too(arabic):
    exc = RecordError("record.field_required", field="name", kind="actor").at(Where("a.jsonl", 3))
    assert error_text.render(exc) == f"{LRI}a.jsonl{PDI}، السطر {FSI}3{PDI}: الاسم: مطلوب في سجل من نوع فاعل"
    # A path into a field keeps its rest; a field no kind has is shown as written, isolated.
    exc = RecordError("field.bad_link", field="actors[2]")
    assert error_text.render(exc, "event").startswith(f"الفاعلون {FSI}[2]{PDI}: ")
    assert error_text.field_text("colour") == f"{FSI}colour{PDI}"


def test_english_where_and_field(qapp):
    exc = RecordError("record.field_required", field="name", kind="actor").at(Where("a.jsonl", 3))
    assert strip(error_text.render(exc)) == "a.jsonl:3: Name: is required for a record of kind actor"


def test_a_failed_batch_is_one_line_per_problem(arabic):
    problems = [RecordError("field.empty", field="name").at(Where("a.jsonl", n)) for n in (1, 2)]
    lines = error_text.lines(BatchError(problems))
    assert len(lines) == 2 and all("يجب ألا يكون فارغًا" in line for line in lines)
    many = BatchError([RecordError("field.empty").at(Where("a.jsonl", n)) for n in range(25)])
    assert error_text.render(many).splitlines()[-1] == "… و5 أخرى"


def test_a_code_with_no_template_shows_its_reason(qapp):
    assert strip(error_text.reason(MarsadError("record.invalid", reason="odd"))) == "odd"


def test_file_system_errors_keep_the_systems_reason(arabic):
    text = error_text.describe(FileNotFoundError(2, "No such file or directory", "/tmp/x.db"))
    assert text.startswith(f"{LRI}/tmp/x.db{PDI}: ") and "تعذّرت قراءة الملف" in text


def test_translations_cover_the_registry_and_every_error_code(arabic):
    """A new kind, field, choice or error code needs its Arabic (ar_strings.py, then update.sh)."""
    from desktop.core.kinds import registry
    missing = []

    def check(context, text):
        if text and not ARABIC.search(QCoreApplication.translate(context, text)):
            missing.append(f"{context}: {text}")

    for kind in registry.ALL:
        check("Kinds", kind.label)
        check("Kinds", kind.plural)
        for fld in kind.fields:
            check("Fields", fld.label)
            check("Fields", fld.reverse or "")
            check("Hints", fld.hint)
            for choice in fld.choices:
                if choice.label != str(choice.code):    # a grade's letter or digit is the same in every language
                    check("Choices", choice.label)
                check("Hints", choice.hint)
        for column in kind.columns:
            check("Fields", column.label)
    for code in MESSAGES:
        if QCoreApplication.translate("Errors", code) == code:
            missing.append(f"Errors: {code}")
    assert missing == []


def test_an_editor_shows_its_problems_in_arabic(arabic, qtbot, store):
    from desktop.ui.dialogs.record_editor import RecordEditor
    dialog = RecordEditor(store, "event")
    qtbot.addWidget(dialog)
    dialog.fields["title"].setPlainText("حدث")
    dialog.fields["date"].setText("2025-13")
    text = dialog.errors["date"].text()
    assert f"«{FSI}2025-13{PDI}»" in text and ARABIC.search(text)
    assert not LATIN.search(outside_values(text))
    assert kinds.get("event").field("date").label != dialog.form.labelForField(
        dialog.fields["date"]).text()


def test_a_filters_values_are_listed_by_their_labels_in_the_arabic_ui(arabic):
    from desktop.core import query
    for text, words in (("حالة:كذا", ("مخطط", "متوقع")), ("status:x", ("مخطط",)),
                        ("kind:x", ("فاعل", "اقتباس")), ("civilian_targeting:x", ("نعم", "لا"))):
        with pytest.raises(MarsadError) as caught:
            query.parse(text)
        shown = strip(error_text.render(caught.value))
        assert all(w in shown for w in words), shown
        # No English filter name or value but the query as the user typed it.
        assert not LATIN.search(shown.replace(text, "").replace("x", "")), shown


def test_the_english_ui_keeps_the_codes_a_query_takes():
    from desktop.core import query
    with pytest.raises(MarsadError) as caught:
        query.parse("kind:x")
    assert "actor, place" in strip(error_text.render(caught.value))
