"""File ▸ Team ▸ Search the Hub: the team's records found on the hub (core.hub.search, replaced here by a
stand-in; tests/hub/test_hub_search.py runs the real one against PostgreSQL), off the GUI thread, with a hit
this store holds opening in the window and one it lacks saying that a sync brings it."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import threading  # noqa: E402
import types  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402

from desktop.core import hub as core_hub  # noqa: E402
from desktop.core.errors import HubError, QueryError  # noqa: E402
from desktop.ui import error_text  # noqa: E402
from desktop.ui.team import hub_link, hub_search  # noqa: E402
from tests.ui.conftest import shown_window  # noqa: E402

URL = "postgresql://analyst@hub.example:5432/team?sslmode=verify-full"
HELD = "quote:allawi-4"
ELSEWHERE = "event:from-another-laptop"


@pytest.fixture
def searches(monkeypatch):
    """core.hub.search, answered: one hit this store holds and one it does not; calls are recorded."""
    calls = []

    def search(url, text, *, limit=20):
        calls.append((url, text, limit, threading.current_thread() is threading.main_thread()))
        if text == "bad":
            raise QueryError("query.no_words", text=text)
        if text == "offline":
            raise HubError("hub.unreachable", hub="analyst@hub.example", reason="connection refused")
        return core_hub.HubSearch([
            core_hub.HubHit(ELSEWHERE, "event", "<b>اجتماع</b> في بغداد", 9, "site-b", "2026-11-30T10:00:00+00:00"),
            core_hub.HubHit(HELD, "quote", "الحكومة ملتزمة بتطوير العلاقات", 8, "site-a",
                            "2026-11-29T09:00:00+00:00")], ["from:"])
    module = types.SimpleNamespace(search=search)
    monkeypatch.setattr(hub_link, "hub_module", lambda: module)
    monkeypatch.setattr(hub_link, "remembered_url", lambda store: URL)
    return calls


def run(qtbot, dialog, text: str) -> None:
    dialog.field.setText(text)
    dialog.go.click()
    qtbot.waitUntil(lambda: dialog.job is not None and dialog.job.isFinished(), timeout=5000)
    qtbot.wait(20)      # the finished signal's slot


def test_the_hits_are_shown_off_the_gui_thread_and_a_held_one_opens_in_the_window(qtbot, store, searches):
    window = shown_window(qtbot, store)
    window.act_team_search.trigger()
    dialog = window.findChild(hub_search.HubSearchDialog)
    assert dialog.isVisible() and dialog.hub_label.text() == "Hub: \u2068team@hub.example\u2069"
    run(qtbot, dialog, "الحكومة from:2026-01")
    assert searches == [(URL, "الحكومة from:2026-01", hub_search.LIMIT, False)]
    rows = [[dialog.results.topLevelItem(i).text(c) for c in range(4)] for i in range(dialog.results.topLevelItemCount())]
    assert rows == [["Event", "<b>اجتماع</b> في بغداد", "30 November 2026", "Not yet"],
                    ["Quote", "الحكومة ملتزمة بتطوير العلاقات", "29 November 2026", "Yes"]]
    assert dialog.status.textFormat() == Qt.PlainText
    assert dialog.status.text().startswith("2 records found on the hub, newest changes first.")
    assert "Not applied on the hub: \u2068from:\u2069" in dialog.status.text()
    dialog.open_hit(dialog.results.topLevelItem(1))
    assert window.session.focus == HELD
    dialog.open_hit(dialog.results.topLevelItem(0))
    assert window.session.focus == HELD
    assert "not in this store yet" in dialog.status.text() and "Sync with Hub" in dialog.status.text()


def test_a_bad_query_marks_the_field_and_clears_the_rows(qtbot, store, searches):
    window = shown_window(qtbot, store)
    dialog = hub_search.search_hub(window)
    run(qtbot, dialog, "الحكومة")
    assert dialog.results.topLevelItemCount() == 2
    run(qtbot, dialog, "bad")
    assert dialog.results.topLevelItemCount() == 0
    assert "c62828" in dialog.field.styleSheet()
    assert dialog.status.text() == error_text.render(QueryError("query.no_words", text="bad"))
    run(qtbot, dialog, "الحكومة")
    assert dialog.field.styleSheet() == "" and dialog.results.topLevelItemCount() == 2


def test_an_unreachable_hub_is_said_in_the_status_line_and_changes_nothing(qtbot, store, searches):
    window = shown_window(qtbot, store)
    version = store.data_version()
    dialog = hub_search.search_hub(window)
    run(qtbot, dialog, "offline")
    assert dialog.results.topLevelItemCount() == 0 and dialog.field.styleSheet() == ""
    assert dialog.status.text() == error_text.describe(
        HubError("hub.unreachable", hub="analyst@hub.example", reason="connection refused"))
    assert store.data_version() == version


def test_in_arabic_the_search_is_right_to_left_and_worded_in_arabic(qtbot, store, searches, arabic):
    window = shown_window(qtbot, store, language="ar")
    dialog = hub_search.search_hub(window)
    assert dialog.isRightToLeft()
    assert dialog.windowTitle() == "البحث في مركز الفريق"
    run(qtbot, dialog, "الحكومة")
    assert dialog.results.topLevelItem(1).text(3) == "نعم"
    assert dialog.status.text().startswith("سجلان")


def test_without_a_hub_module_the_search_says_so(qtbot, store, monkeypatch):
    from desktop.ui.team.report import TeamReport
    seen = []
    monkeypatch.setattr(TeamReport, "exec", lambda self: seen.append(self) or 0)
    monkeypatch.setattr(hub_link, "hub_module", lambda: None)
    window = shown_window(qtbot, store)
    assert hub_search.search_hub(window) is None
    assert "without PostgreSQL support" in seen[0].text()
