"""Actors' roles in the detail pane are in the words the briefing prints (desktop/core/roles.py): the common
ones in the UI's language («المتسلم» is «recipient» in the English pane, as on the English sheet), any other
as typed, isolated; in an event's actors and in an actor's list of events."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from desktop.core.briefing import BriefingSpec, build_document  # noqa: E402
from desktop.ui.bidi import FSI, PDI, strip  # noqa: E402
from tests.ui.conftest import sample_records, shown_window  # noqa: E402

HANDOVER = "event:ain-al-asad-handover"
PHASE_TWO = "event:phase-two-syria"          # one of its roles, «المحدد للمنصة», is no common one
ARMED_FORCES = "actor:iraqi-armed-forces"


def _shown(qtbot, store, language: str, kind: str, key: str, shown: str = "2025") -> str:
    window = shown_window(qtbot, store, kind=kind, size=(1280, 800), language=language)
    assert window.current_tab().select_key(key)
    qtbot.waitUntil(lambda: shown in window.detail.toPlainText(), timeout=3000)
    return window.detail.toPlainText()


def test_the_english_pane_shows_an_events_common_roles_in_english(qtbot, store):
    text = strip(_shown(qtbot, store, "en", "event", HANDOVER))
    assert "Iraqi Armed Forces (recipient)\nGlobal Coalition against Daesh (withdrawing)\n" in text
    assert "المتسلم" not in text and "المنسحب" not in text


def test_the_english_pane_shows_an_actors_roles_in_its_events_in_english(qtbot, store):
    text = strip(_shown(qtbot, store, "en", "actor", ARMED_FORCES))
    assert "(recipient)" in text and "المتسلم" not in text


def test_a_role_of_the_analysts_own_wording_stays_as_typed_and_isolated(qtbot, store):
    text = _shown(qtbot, store, "en", "event", PHASE_TWO)
    assert f"({FSI}المحدد للمنصة{PDI})" in text


def test_the_english_pane_and_the_english_briefing_word_every_role_alike(qtbot, store):
    events = tuple(rec["id"] for rec in sample_records() if rec["kind"] == "event")
    sheet = build_document(BriefingSpec(language="en", items=events), store.get)
    window = shown_window(qtbot, store, kind="event", size=(1280, 800), language="en")
    for entry in sheet.timeline:
        assert window.current_tab().select_key(entry.record_id)
        qtbot.waitUntil(lambda: "Actors" in window.detail.toPlainText(), timeout=3000)
        pane = strip(window.detail.toPlainText())
        for actor in entry.actors:
            assert strip(actor) in pane, (entry.record_id, actor)


@pytest.mark.usefixtures("arabic")
def test_the_arabic_pane_shows_a_common_role_typed_in_english_in_arabic(qtbot, store):
    rec = store.get(HANDOVER)
    rec["actors"] = [dict(rec["actors"][0], role="Recipient")] + rec["actors"][1:]
    store.put(rec)
    text = strip(_shown(qtbot, store, "ar", "event", HANDOVER))
    assert "القوات المسلحة العراقية (المتسلم)\nالتحالف الدولي (المنسحب)\n" in text
    assert "Recipient" not in text


def test_the_english_link_chart_labels_its_edges_with_the_same_words(qtbot, store):
    window = shown_window(qtbot, store, kind="event", size=(1280, 900), language="en")
    assert window.current_tab().select_key(HANDOVER)
    view = window.show_view("links")
    qtbot.waitUntil(lambda: view.canvas.scene() is not None, timeout=3000)
    labels = set(view.canvas.scene().labels())
    # (An edge's label is left out where there is no room for it.)
    assert "recipient" in labels and not {"المتسلم", "المنسحب"} & labels
