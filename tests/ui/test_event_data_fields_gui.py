"""What a dataset says of an event in the app: the detail pane groups it under «من مجموعة البيانات» /
"From the dataset" (counts whole, in the digits the user chose, a flag by its caption), an event with
none of it looks as before, the form edits counts as whole numbers of 0 or more, and the CSV headers
are in the UI's language."""
from __future__ import annotations

import json
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtWidgets import QDialogButtonBox  # noqa: E402

from desktop.core import kinds  # noqa: E402
from desktop.core.errors import QueryError  # noqa: E402
from desktop.core.query import parse  # noqa: E402
from desktop.ui import detail, error_text, file_actions, settings  # noqa: E402
from desktop.ui.bidi import strip  # noqa: E402
from desktop.ui.dialogs.record_editor import RecordEditor  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402

FIXTURE = Path(__file__).resolve().parents[1] / "core" / "fixtures" / "event_data_fields.jsonl"
ACLED = "event:acled-irq12345"


@pytest.fixture
def data_store(store):
    store.put_many([json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()])
    return store


def window(qtbot, store, language: str) -> MainWindow:
    w = MainWindow(store, language)
    qtbot.addWidget(w)
    w.show_kind("event")
    return w


def test_the_detail_pane_groups_the_dataset_fields_under_a_heading(qtbot, data_store):
    w = window(qtbot, data_store, "en")
    w.show_record(ACLED)
    text = w.detail.toPlainText()
    heading = text.index("From the dataset")
    assert text.index("Place") < heading < text.index("Fatalities")
    assert "\nFatalities\n12\n" in text and "\nFatalities, low estimate\n10\n" in text
    assert "12.0" not in text and "\n1742000000\n" in text      # counts are whole, a timestamp never 1.742e+09
    assert "\nAverage tone\n-4.25531914893617\n" in text          # a score as written
    assert "\nGoldstein scale\n-10\n" in text and "\nQuad class\n4 — Material conflict\n" in text
    assert "Civilians were the target" in text                     # the flag by its caption
    assert "one-sided violence" in text and "Political militia-Civilians" in text


def test_an_event_with_none_of_them_looks_as_before(qtbot, data_store, store):
    w = window(qtbot, data_store, "en")
    w.show_record("event:plain-meeting")
    text = w.detail.toPlainText()
    assert "From the dataset" not in text
    assert not any(fld.label in text for fld in kinds.get("event").fields if fld.section)
    # The sample's events hold no dataset field either: their pane has no heading.
    w.show_record("event:ain-al-asad-handover")
    assert "From the dataset" not in w.detail.toPlainText()


def test_a_flag_that_is_false_says_nothing(qtbot, data_store):
    w = window(qtbot, data_store, "en")
    w.show_record("event:ucdp-456789")
    text = w.detail.toPlainText()
    assert "From the dataset" in text and "Civilian targeting" not in text and "55" in text


def test_the_arabic_pane_in_arabic_indic_digits_when_asked(arabic, qtbot, data_store):
    settings.General().set_arabic_digits(True)
    w = window(qtbot, data_store, "ar")
    w.show_record(ACLED)
    text = w.detail.toPlainText()
    assert "من مجموعة البيانات" in text and "القتلى" in text and "كان المدنيون هم المستهدفين" in text
    assert "١٢" in text and "-٤٫٢٥٥٣١٩١٤٨٩٣٦١٧" in text and "عنف من طرف واحد" in text
    settings.General().set_arabic_digits(False)
    w.apply_display_preferences()          # the pane follows the preference at once
    assert "12" in w.detail.toPlainText() and "١٢" not in w.detail.toPlainText()


def test_render_writes_numbers_whole_and_in_either_digits():
    info = {"record": {"kind": "event", "id": "event:x", "title": "t", "fatalities": 12.0, "goldstein": -2.5},
            "names": {}}
    html = detail.render(info, "en")
    assert ">12<" in html and ">-2.5<" in html and "12.0" not in html
    assert ">١٢<" in detail.render(info, "ar", arabic_digits=True)


def editor(qtbot, store, key: str | None) -> RecordEditor:
    dialog = RecordEditor(store, "event", store.get(key) if key else None)
    qtbot.addWidget(dialog)
    return dialog


def test_the_form_opens_the_section_only_for_a_record_that_has_it(qtbot, data_store):
    full, plain, new = (editor(qtbot, data_store, key) for key in (ACLED, "event:plain-meeting", None))
    assert full.sections["From the dataset"].isChecked()
    assert not plain.sections["From the dataset"].isChecked() and not new.sections["From the dataset"].isChecked()
    row = plain.fields["fatalities"]
    assert not plain.form.isRowVisible(row)
    plain.sections["From the dataset"].setChecked(True)
    assert plain.form.isRowVisible(row)
    assert full.inputs["fatalities"].widget.text() == "12" and full.inputs["goldstein"].widget.text() == "-10"
    assert not full.changed()          # loading and reading back changes nothing (12 stays 12, not 12.0)
    assert full.fields["civilian_targeting"].text() == "Civilians were the target"


@pytest.mark.parametrize("typed", ["12.5", "-3", "many", "1e"])
def test_a_count_takes_only_whole_numbers_of_zero_or_more(qtbot, data_store, typed):
    dialog = editor(qtbot, data_store, ACLED)
    dialog.inputs["fatalities"].widget.setText(typed)
    assert not dialog.validate()
    assert dialog.problems() == {"fatalities": "⚠ must be a whole number of 0 or more"}
    assert not dialog.buttons.button(QDialogButtonBox.Save).isEnabled()


@pytest.mark.parametrize("typed, value", [("15", 15), ("١٥", 15), ("0", 0), ("12.0", 12)])
def test_a_count_typed_in_either_digits_is_a_whole_number(qtbot, data_store, typed, value):
    dialog = editor(qtbot, data_store, ACLED)
    dialog.inputs["fatalities"].widget.setText(typed)
    assert dialog.validate(), dialog.problems()
    assert dialog.record()["fatalities"] == value and type(dialog.record()["fatalities"]) is int


def test_a_score_takes_the_arabic_decimal_separator(qtbot, data_store):
    dialog = editor(qtbot, data_store, ACLED)
    dialog.inputs["goldstein"].widget.setText("-٥٫٥")
    assert dialog.validate() and dialog.record()["goldstein"] == -5.5


def test_saving_with_a_problem_in_a_closed_section_opens_it(qtbot, data_store):
    dialog = editor(qtbot, data_store, "event:plain-meeting")
    dialog.show()
    dialog.inputs["num_mentions"].widget.setText("-1")
    dialog.save()
    assert dialog.sections["From the dataset"].isChecked() and dialog.isVisible()
    dialog.done(0)      # closed without the question a form with changes asks


def test_the_arabic_form_says_it_in_arabic(arabic, qtbot, data_store):
    dialog = editor(qtbot, data_store, ACLED)
    assert dialog.sections["From the dataset"].text() == "من مجموعة البيانات"
    dialog.inputs["fatalities"].widget.setText("12.5")
    dialog.validate()
    assert dialog.problems()["fatalities"] == "⚠ يجب أن يكون عددًا صحيحًا من 0 فأكثر"


def test_arabic_csv_headers_name_the_new_fields_in_arabic(arabic):
    headers = file_actions.csv_headers("event")
    assert headers["fatalities"] == "القتلى" and headers["event_code"] == "رمز الحدث (كاميو)"
    assert headers["civilian_targeting"] == "استهداف المدنيين"
    assert not [h for h in headers.values() if any("a" <= c.lower() <= "z" for c in h)]
    actor = file_actions.csv_headers("actor")
    assert actor["dataset_type"] == "النوع في مجموعة البيانات" and len(set(actor.values())) == len(actor)


def test_a_bad_number_in_a_query_is_worded_in_arabic(arabic):
    with pytest.raises(QueryError) as caught:
        parse("fatalities:many")
    text = error_text.render(caught.value)
    assert "ليس عددًا ولا مقارنة ولا نطاقًا" in text
    assert "قتلى:>=10" in strip(text) and "قتلى:10-50" in strip(text)   # the filter named in Arabic


def _ink_runs(widget) -> list[tuple[int, int, list[int]]]:
    """The widget's runs of columns holding dark pixels: (first, last, dark pixels per column)."""
    image = widget.grab().toImage()
    dark = [sum(image.pixelColor(x, y).lightness() < 140 for y in range(image.height()))
            for x in range(image.width())]
    runs, start = [], None
    for x, count in enumerate(dark + [0]):
        if count and start is None:
            start = x
        elif not count and start is not None:
            runs.append((start, x - 1, dark[start:x]))
            start = None
    return runs


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_section_triangle_is_at_the_start_with_a_gap_and_points_the_way_the_ui_reads(
        request, qtbot, data_store, language):
    if language == "ar":
        request.getfixturevalue("arabic")
    dialog = editor(qtbot, data_store, "event:plain-meeting")
    dialog.show()
    qtbot.waitExposed(dialog)
    toggle = dialog.sections["From the dataset"]
    runs = _ink_runs(toggle)
    # The start side: the first run in English, the last in Arabic, a gap of a few pixels before the text.
    first, after = (runs[0], runs[1]) if language == "en" else (runs[-1], runs[-2])
    gap = after[0] - first[1] if language == "en" else first[0] - after[1]
    assert first[1] - first[0] < 12 and gap >= 4, (language, runs)
    # Closed, the triangle's base is behind it and its point ahead, the way the UI reads.
    counts = first[2]
    assert (counts[0] > counts[-1]) == (language == "en"), (language, counts)
