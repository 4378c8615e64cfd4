"""The tabs, the detail pane and the forms come from the kind registry: a field added there shows up
everywhere without touching UI code.

The test adds two fields to the quote kind for its duration (a closed list with a query filter, and a
number), and the column the store would get from a migration (ALTER TABLE on the test's own store).
"""
from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QLineEdit, QPlainTextEdit

from desktop.core import kinds
from desktop.core.kinds import Choice, Column, Field
from desktop.core.kinds import fields as f
from desktop.core.kinds.makers import common
from desktop.ui.cells import cells
from desktop.ui.main_window import MainWindow

MOOD = Field("mood", "Mood", f.CHOICE, f.choice(("calm", "angry")), column="mood", filter="mood",
             choices=(Choice("calm", "calm"), Choice("angry", "angry", "raised voice")))
VOLUME = Field("volume", "Volume", f.NUMBER, f.coordinate(100), column="volume", ltr=True)


@pytest.fixture
def quote_with_mood(monkeypatch, store):
    """The quote kind with two more fields and a tab column, as the registry would describe it."""
    quote = kinds.get("quote")
    common_names = {fld.name for fld in common()}
    own = tuple(fld for fld in quote.fields if fld.name not in common_names)
    extended = dataclasses.replace(quote, fields=own + (MOOD, VOLUME),
                                   columns=quote.columns[:-1] + (Column("mood"),) + quote.columns[-1:])
    monkeypatch.setitem(kinds._BY_NAME, "quote", extended)
    # What the field's migration would do to the store.
    store._conn.execute("ALTER TABLE quotes ADD COLUMN mood TEXT")
    store._conn.execute("ALTER TABLE quotes ADD COLUMN volume REAL")
    store._conn.execute("UPDATE quotes SET mood = 'angry', volume = 7 WHERE key = 'quote:allawi-3'")
    store._conn.execute("UPDATE quotes SET mood = 'calm' WHERE key = 'quote:allawi-1'")
    return extended


@pytest.fixture
def window(qtbot, store):
    w = MainWindow(store, "en")
    qtbot.addWidget(w)
    w.resize(1200, 700)
    w.show()
    return w


def _rows(model) -> list[int]:
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    return list(range(model.rowCount()))


def test_every_kind_has_its_columns_from_the_registry(window):
    for kind in kinds.TAB_ORDER:
        tab = window.tab(kind.name)
        headers = [tab.model.headerData(i, Qt.Horizontal) for i in range(tab.model.columnCount())]
        assert headers == [kind.column_label(c) for c in kind.columns]
        # one drop-down per field with a filter and choices, and a date range when the kind is dated
        assert set(tab.filter_bar.combos) == {fld.name for fld in kind.filters}
        assert (tab.filter_bar.date_from is not None) == bool(kind.date)


def test_a_new_field_is_a_column_and_a_filter(quote_with_mood, window):
    tab = window.tab("quote")
    names = [c.name for c in tab.model.columns]
    col = names.index("mood")
    assert tab.model.headerData(col, Qt.Horizontal) == "Mood"
    shown = {tab.model.index(r, 0).data(Qt.UserRole + 1): tab.model.index(r, col).data() for r in _rows(tab.model)}
    assert shown["quote:allawi-3"] == "angry" and shown["quote:allawi-1"] == "calm"
    assert tab.view.columnWidth(col) == [c for c in cells(quote_with_mood) if c.name == "mood"][0].width
    combo = tab.filter_bar.combos["mood"]
    assert [combo.itemText(i) for i in range(combo.count())] == ["Mood: all", "calm", "angry"]
    assert combo.itemData(2, Qt.ToolTipRole) == "raised voice"
    tab.set_filter("mood", "angry")
    assert tab.filters().value("mood") == "angry"
    assert [tab.model.key_at(r) for r in _rows(tab.model)] == ["quote:allawi-3"]


def test_a_new_field_is_a_detail_row(quote_with_mood, window):
    window.show_record("quote:allawi-3")
    text = window.detail.toPlainText()
    assert "Mood" in text and "angry — raised voice" in text
    assert "Volume" in text and "7" in text
    window.show_record("quote:allawi-2")
    assert "Mood" not in window.detail.toPlainText()      # no value, no row


def test_a_new_field_is_a_form_widget_checked_like_an_import(quote_with_mood, qtbot, store):
    from desktop.ui.dialogs.record_editor import RecordEditor
    rec = store.get("quote:allawi-3")
    assert rec["mood"] == "angry" and rec["volume"] == 7
    dialog = RecordEditor(store, "quote", rec)
    qtbot.addWidget(dialog)
    mood, volume = dialog.fields["mood"], dialog.fields["volume"]
    assert isinstance(mood, QComboBox) and mood.currentData() == "angry"
    assert mood.itemText(mood.findData("angry")) == "angry — raised voice"
    assert isinstance(volume, QLineEdit) and volume.layoutDirection() == Qt.LeftToRight
    assert dialog.record() == rec
    save = dialog.buttons.button(QDialogButtonBox.Save)
    volume.setText("loud")
    assert not save.isEnabled() and "must be a number" in dialog.errors["volume"].text()
    volume.setText("300")
    assert not save.isEnabled() and "300" in dialog.errors["volume"].text()
    volume.setText("3")
    mood.setCurrentIndex(mood.findData("calm"))
    assert save.isEnabled(), dialog.problems()
    assert dialog.record()["volume"] == 3.0 and dialog.record()["mood"] == "calm"


@pytest.mark.parametrize("kind", [k.name for k in kinds.TAB_ORDER])
def test_every_form_has_a_widget_of_its_type_for_each_form_field(qtbot, store, kind):
    from desktop.ui.dialogs.record_editor import RecordEditor
    dialog = RecordEditor(store, kind)
    qtbot.addWidget(dialog)
    from desktop.ui.dialogs.date_input import DateEdit
    from desktop.ui.dialogs.reference_edit import ReferenceEdit
    from desktop.ui.dialogs.reference_list import ReferenceList
    expected = {f.TEXT: QLineEdit, f.DATE: DateEdit, f.NUMBER: QLineEdit, f.TAGS: QLineEdit,
                f.LONG_TEXT: QPlainTextEdit, f.ALIASES: QPlainTextEdit, f.REFS: ReferenceList,
                f.LINKS: ReferenceList, f.CHOICE: QComboBox, f.FLAG: QCheckBox, f.REF: ReferenceEdit}
    spec = kinds.get(kind)
    # In field order, a section's fields (what a dataset says) after the record's own.
    edited = [fld for fld in spec.fields if fld.form and fld.type in expected]
    assert list(dialog.fields) == [fld.name for fld in sorted(edited, key=lambda fl: bool(fl.section))]
    for fld in spec.fields:
        if fld.form and fld.type in expected:
            assert isinstance(dialog.fields[fld.name], expected[fld.type]), fld.name
            caption = dialog.form.labelForField(dialog.fields[fld.name]).text()
            assert caption == fld.label + (" *" if fld.required else "")


def test_detail_rows_follow_the_registry(window, store):
    """Every field shown in the detail pane that the record has appears, by its label, in field order."""
    for key in ("event:ain-al-asad-handover", "actor:hussein-allawi", "quote:allawi-1", "place:anbar"):
        window.show_record(key)
        text = window.detail.toPlainText()
        rec = store.get(key)
        kind = kinds.get(rec["kind"])
        # (a flag shows only when set: "partial" says so, "not partial" says nothing)
        shown = [fld.label for fld in kind.fields if fld.detail and rec.get(fld.name) not in (None, "", [])
                 and rec.get(fld.name) is not False
                 and fld.name not in (kind.main, kind.date_end, kind.precision) and not fld.digest
                 and not (fld.default and fld.choices)]
        positions = [text.find(label + "\n") if (label + "\n") in text else text.find(label) for label in shown]
        assert all(p >= 0 for p in positions), (key, shown, text)
        assert positions == sorted(positions), key
