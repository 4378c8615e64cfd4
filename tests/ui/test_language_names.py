"""The detail pane names a source's language in the UI's language («ar»: «العربية» / "Arabic"), never
the raw code; a code the app does not know is shown as written. The row says «اللغة» / "Language"
(the record holds a code, the user reads a language)."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from desktop.ui.main_window import MainWindow  # noqa: E402

SEED = "source:seed-ain-al-asad"      # the sample's article, its language «ar»


@pytest.fixture
def sources(store):
    store.put_many([{"kind": "source", "id": "source:english", "title": "Coalition leaves Ain al-Asad",
                     "language": "en"},
                    {"kind": "source", "id": "source:kurdish", "title": "Hewlêr", "language": "ckb"}])
    return store


def shown_language(qtbot, store, language: str, key: str) -> tuple[str, str]:
    """(label, value) of the language row in the detail pane, the label on the start side."""
    w = MainWindow(store, language)
    qtbot.addWidget(w)
    w.show_kind("source")
    w.show_record(key)
    lines = w.detail.toPlainText().split("\n")
    label = "اللغة" if language == "ar" else "Language"
    at = lines.index(label)
    # An Arabic row lists its value first (Qt does not mirror tables), an English one after its label.
    return label, lines[at - 1] if language == "ar" else lines[at + 1]


@pytest.mark.parametrize("key, name", [(SEED, "Arabic"), ("source:english", "English"), ("source:kurdish", "ckb")])
def test_the_english_pane_names_the_language(qtbot, sources, key, name):
    assert shown_language(qtbot, sources, "en", key)[1] == name


@pytest.mark.parametrize("key, name", [(SEED, "العربية"), ("source:english", "الإنجليزية"),
                                       ("source:kurdish", "ckb")])
def test_the_arabic_pane_names_the_language(qtbot, sources, arabic, key, name):
    assert shown_language(qtbot, sources, "ar", key)[1] == name


BRIEFING_NAMES = {"en": ["Arabic", "English"], "ar": ["العربية", "الإنجليزية"]}


def test_the_briefing_language_list_names_languages_in_the_ui_language(qtbot, sample_store, language):
    """The briefing composer's Language list: "Arabic" in the English UI, «الإنجليزية» in the Arabic UI,
    each still choosing the briefing's language by its code."""
    from desktop.ui.briefing.composer import BriefingComposer
    names = BRIEFING_NAMES[language]
    dialog = BriefingComposer(sample_store, language)
    qtbot.addWidget(dialog)
    combo = dialog.language_combo
    shown = [combo.view().model().index(i, 0).data() for i in range(combo.count())]
    assert shown == names
    assert [combo.itemData(i) for i in range(combo.count())] == ["ar", "en"]
    combo.setCurrentIndex(1)
    assert dialog.spec().language == "en" and combo.currentText() == names[1]
