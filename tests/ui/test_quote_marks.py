"""A quote typed with its quotation marks («…») is saved as its words: the detail pane, the citation copy
and the briefing each show it inside one pair of marks (or the briefing's box), never ««…»»; marks inside
the quote, around a phrase it quotes, stay."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QDialog  # noqa: E402

from desktop.core import briefing, briefing_html  # noqa: E402
from desktop.ui.dialogs.record_editor import RecordEditor  # noqa: E402
from tests.ui.conftest import shown_window  # noqa: E402
from tests.ui.test_context_menus import actions  # noqa: E402

WORDS = "نرفض أي وجود عسكري أجنبي على أرضنا"


def _saved_quote(qtbot, store, monkeypatch, typed: str, language: str = "ar") -> tuple:
    window = shown_window(qtbot, store, language=language)

    def fill(form):
        form.fields["text"].setPlainText(typed)
        form.fields["speaker"].set_reference("actor:hussein-allawi")
        assert form.buttons.button(form.buttons.StandardButton.Save).isEnabled()
        return QDialog.Accepted
    monkeypatch.setattr(RecordEditor, "exec", fill)
    window.new_record("quote")
    saved = [q for q in store.records("quote") if WORDS in q["text"]]
    assert len(saved) == 1
    qtbot.waitUntil(lambda: WORDS in window.detail.toPlainText(), timeout=3000)
    return window, saved[0]


@pytest.mark.parametrize("typed", [f"«{WORDS}»", f"  «{WORDS}»\n", f"\u201c{WORDS}\u201d", f'"{WORDS}"'])
def test_a_quote_typed_in_marks_is_shown_in_one_pair(qtbot, store, monkeypatch, arabic, typed):
    window, quote = _saved_quote(qtbot, store, monkeypatch, typed)
    assert quote["text"] == WORDS
    shown = window.detail.toPlainText()
    assert f"«{WORDS}»" in shown and "««" not in shown and "»»" not in shown
    tab = window.tab("quote")
    window.show_kind("quote")
    assert tab.select_key(quote["id"])
    actions(window.row_menu(tab, tab.model.row_for_key(quote["id"])))["copy_citation"].trigger()
    cited = QGuiApplication.clipboard().text()
    assert cited.startswith(f"«{WORDS}»") and "««" not in cited


def test_marks_inside_a_quote_are_its_own(qtbot, store, monkeypatch, arabic):
    typed = f"«{WORDS}» و«لن نقبل»"          # two quoted phrases: the ends are not one pair
    _, quote = _saved_quote(qtbot, store, monkeypatch, typed)
    assert quote["text"] == typed


def test_the_briefing_shows_the_words_without_marks_of_their_own(qtbot, store, monkeypatch, arabic):
    _, quote = _saved_quote(qtbot, store, monkeypatch, f"«{WORDS}»")
    doc = briefing.build_document(briefing.BriefingSpec(items=(quote["id"],)), store.get)
    page = briefing_html.to_html(doc)
    assert WORDS in page and f"«{WORDS}" not in page
