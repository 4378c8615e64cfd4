"""The column mapping and dataset name chosen for a CSV come back for the next file with the same set of
columns."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtWidgets import QDialog, QLabel  # noqa: E402

from desktop.ui import settings  # noqa: E402
from desktop.ui.importing import mapping  # noqa: E402

CHOSEN = {"title": "subject", "date": "when", "place": "where"}


def write(tmp_path, name: str, header: str) -> str:
    path = tmp_path / name
    path.write_text(header + "\nحدث,2024-01-01,هيت,ملاحظة\n", encoding="utf-8")
    return str(path)


def choose(monkeypatch, qtbot, path: str, chosen: dict | None, dataset: str | None = None) -> dict | None:
    """ask_column_mapping with the analyst setting `chosen` (None: cancelling) and, when given, the dataset
    name; returns the mapping it answers (None when cancelled)."""
    shown = []

    def exec_(dialog):
        qtbot.addWidget(dialog)
        shown.append(dialog)
        if chosen is None:
            return QDialog.Rejected
        for field, combo in dialog.combos.items():
            combo.setCurrentIndex(combo.findData(chosen[field]) if field in chosen else 0)
        if dataset is not None:
            dialog.dataset.setText(dataset)
        return QDialog.Accepted
    monkeypatch.setattr(mapping.ColumnMappingDialog, "exec", exec_)
    answer = mapping.ask_column_mapping(None, path)
    return None if answer is None else answer.mapping


def opened(qtbot, path: str) -> mapping.ColumnMappingDialog:
    dialog = mapping.ColumnMappingDialog(path)
    qtbot.addWidget(dialog)
    return dialog


def test_the_chosen_mapping_comes_back_for_the_same_columns(qtbot, tmp_path, monkeypatch):
    first = write(tmp_path, "a.csv", "subject,when,where,remarks")
    assert opened(qtbot, first).mapping() != CHOSEN          # the guess finds no «subject» title
    assert choose(monkeypatch, qtbot, first, CHOSEN) == CHOSEN
    # Another file, its columns in another order: the same set.
    second = write(tmp_path, "b.csv", "remarks,where,when,subject")
    dialog = opened(qtbot, second)
    assert dialog.mapping() == CHOSEN
    assert dialog.findChild(QLabel, "remembered_note") is not None


def test_other_columns_get_the_guess(qtbot, tmp_path, monkeypatch):
    choose(monkeypatch, qtbot, write(tmp_path, "a.csv", "subject,when,where,remarks"), CHOSEN)
    other = opened(qtbot, write(tmp_path, "c.csv", "headline,day,town,notes"))
    assert other.mapping() == {"title": "headline", "date": "day", "place": "town", "notes": "notes"}
    assert other.findChild(QLabel, "remembered_note") is None


def test_cancelling_remembers_nothing(qtbot, tmp_path, monkeypatch):
    path = write(tmp_path, "a.csv", "subject,when,where,remarks")
    assert choose(monkeypatch, qtbot, path, None) is None
    assert settings.ColumnMappings().mapping(["subject", "when", "where", "remarks"]) == {}


def test_the_last_choice_wins(qtbot, tmp_path, monkeypatch):
    path = write(tmp_path, "a.csv", "subject,when,where,remarks")
    choose(monkeypatch, qtbot, path, CHOSEN)
    choose(monkeypatch, qtbot, path, {"title": "remarks"})
    assert opened(qtbot, path).mapping() == {"title": "remarks"}


@pytest.mark.parametrize("stored", ['{"title": "gone"}', '{"colour": "subject", "title": "subject"}',
                                    '{"date": "when"}', "[1, 2]", "not json"])
def test_a_remembered_mapping_that_no_longer_fits_is_not_used(qtbot, tmp_path, stored):
    columns = ["subject", "when", "where", "remarks"]
    group = settings.ColumnMappings()
    group._set(group._key(columns), stored)
    assert mapping.remembered_mapping(columns) == {}


def test_settings_keep_mappings_by_the_set_of_columns():
    group = settings.ColumnMappings()
    group.set_mapping([" العنوان ", "التاريخ"], {"title": "العنوان", "date": "التاريخ"})
    assert group.mapping(["التاريخ", "العنوان"]) == {"title": "العنوان", "date": "التاريخ"}
    assert settings.ColumnMappings().mapping(["التاريخ"]) == {}


# --- the dataset's name ---------------------------------------------------------------------------


def test_the_dataset_name_starts_as_the_files_name_and_comes_back_with_the_mapping(qtbot, tmp_path, monkeypatch):
    first = write(tmp_path, "Survey 2024.csv", "subject,when,where,remarks")
    assert opened(qtbot, first).dataset.text() == "survey-2024"
    choose(monkeypatch, qtbot, first, CHOSEN, dataset="field team")
    again = opened(qtbot, write(tmp_path, "b.csv", "remarks,where,when,subject"))
    assert again.dataset.text() == "field team" and again.choice().dataset == "field team"
    assert opened(qtbot, write(tmp_path, "c.csv", "headline,day,town,notes")).dataset.text() == "c"


def test_a_dataset_name_of_a_built_in_format_or_none_keeps_save_disabled(qtbot, tmp_path):
    from PySide6.QtWidgets import QDialogButtonBox
    dialog = opened(qtbot, write(tmp_path, "a.csv", "headline,when,where,remarks"))
    save = dialog.buttons.button(QDialogButtonBox.Save)
    assert save.isEnabled()
    dialog.dataset.setText("GDELT")
    assert not save.isEnabled() and "acled, gdelt, ucdp" in dialog.message.text()
    dialog.dataset.setText(" ")
    assert not save.isEnabled()
    dialog.dataset.setText("mine")
    assert save.isEnabled()


def test_a_table_inside_an_archive_is_mapped_from_its_member(qtbot, tmp_path):
    import zipfile
    path = tmp_path / "download.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("2024/events.csv", "headline,day\nحدث,2024-01-01\n")
    assert mapping.needs_mapping(path)
    dialog = opened(qtbot, str(path))
    assert dialog.columns == ["headline", "day"] and dialog.preview.item(0, 0).text() == "حدث"
    assert dialog.dataset.text() == "events" and "2024/events.csv" in dialog.windowTitle()
