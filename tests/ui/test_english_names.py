"""In the English UI an actor or a place is named by its English name where it has one, as the English
briefing names it (desktop/core/record_names.py): in a table's reference columns, in the detail pane's links
and in its lists. Names listed in one cell are joined with the UI's separator, each in an isolate. The Arabic
UI names them as before."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402

from desktop.core import briefing, record_names  # noqa: E402
from desktop.ui.bidi import FSI, PDI, strip  # noqa: E402
from tests.ui.conftest import shown_window  # noqa: E402

HANDOVER = "event:ain-al-asad-handover"
ENGLISH = {"place": "Ain al-Asad Air Base", "actors": "Iraqi Armed Forces, Global Coalition against Daesh"}
ARABIC = {"place": "قاعدة عين الأسد", "actors": "القوات المسلحة العراقية، التحالف الدولي"}


def _cells(qtbot, store, language: str) -> dict[str, str]:
    """The handover's Place and Actors cells as the events table shows them in `language`."""
    window = shown_window(qtbot, store, kind="event", language=language)
    model = window.current_tab().model
    model.set_language(language)
    row = next(r for r in range(model.rowCount()) if model.key_at(r) == HANDOVER)
    return {name: model.data(model.index(row, model.columns.index(next(c for c in model.columns if c.name == name))),
                             Qt.DisplayRole)
            for name in ("place", "actors")}


@pytest.mark.parametrize("language, expected", [("en", ENGLISH), ("ar", ARABIC)])
def test_reference_cells_name_records_in_the_ui_language(qtbot, store, language, expected):
    cells = _cells(qtbot, store, language)
    assert {name: strip(text) for name, text in cells.items()} == expected
    # Each listed name in its own isolate, so an Arabic name beside an English one keeps its place.
    names = expected["actors"].split("، " if language == "ar" else ", ")
    assert cells["actors"] == ("، " if language == "ar" else ", ").join(FSI + n + PDI for n in names)


def test_a_record_without_an_english_name_keeps_its_own_in_english(qtbot, store):
    place = store.get("place:ain-al-asad")
    del place["name_en"]
    store.put(place)
    assert strip(_cells(qtbot, store, "en")["place"]) == ARABIC["place"]


def _detail(qtbot, store, language: str, key: str, kind: str, shown: str = "2025") -> str:
    window = shown_window(qtbot, store, kind=kind, size=(1280, 800), language=language)
    assert window.current_tab().select_key(key)
    qtbot.waitUntil(lambda: shown in window.detail.toPlainText(), timeout=3000)
    # A speaker's name is held whole on its line (no-break spaces, a word joiner after a hyphen).
    return strip(window.detail.toPlainText()).replace("\u00a0", " ").replace("\u2060", "")


def test_the_english_detail_pane_names_places_actors_and_speakers_in_english(qtbot, store):
    text = _detail(qtbot, store, "en", HANDOVER, "event")
    assert "Place\nAin al-Asad Air Base\n" in text
    assert "Actors\nIraqi Armed Forces (recipient)\nGlobal Coalition against Daesh (withdrawing)\n" in text
    # The quotes' speakers
    assert "— Qais al-Muhammadawi (31" in text and "— Hussein Allawi (31" in text
    assert "قيس المحمداوي" not in text and "حسين علاوي" not in text
    # An actor's list of those it is affiliated with names them in English too.
    text = _detail(qtbot, store, "en", "actor:iraqi-government", "actor", shown="Members")
    assert "Members and affiliates\nHussein Allawi" in text


def test_the_arabic_detail_pane_is_unchanged(qtbot, store, arabic):
    text = _detail(qtbot, store, "ar", HANDOVER, "event")
    assert "قاعدة عين الأسد\nالمكان\n" in text
    assert "القوات المسلحة العراقية (المتسلم)\nالتحالف الدولي (المنسحب)\nالفاعلون\n" in text
    assert "— قيس المحمداوي (31" in text and "— حسين علاوي (31" in text
    assert "Ain al-Asad Air Base" not in text and "Qais al-Muhammadawi" not in text


def test_the_briefing_and_the_window_choose_names_alike(store):
    place = store.get("place:ain-al-asad")
    for language in ("ar", "en"):
        assert briefing._name(place, language) == record_names.record_name(place, language) == \
            record_names.shown(place["name"], place["name_en"], language)
