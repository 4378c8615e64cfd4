"""File ▸ Team: apply and export change bundles, sync with a hub (reachable or not), and the team's word in the
status bar, which follows every change to the store."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sys  # noqa: E402
import threading  # noqa: E402
import types  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtGui import QUndoCommand  # noqa: E402
from PySide6.QtWidgets import QDialog  # noqa: E402

from desktop.core import bundles, errors  # noqa: E402
from desktop.core.errors import MarsadError  # noqa: E402
from desktop.ui.team import exchange, hub_dialog, hub_link  # noqa: E402
from desktop.ui.team.hub_link import HubAddress  # noqa: E402
from desktop.ui.team.report import TeamReport  # noqa: E402
from tests.ui.conftest import shown_window  # noqa: E402
from tests.ui.team_stores import EVENT, QUOTE, bundle, edit  # noqa: E402


@pytest.fixture
def reports(monkeypatch):
    """Every team report, kept instead of shown."""
    seen: list[TeamReport] = []
    monkeypatch.setattr(TeamReport, "exec", lambda self: seen.append(self) or 0)
    return seen


def open_file(monkeypatch, path) -> None:
    monkeypatch.setattr(exchange.file_dialogs, "open_file_name", lambda *args, **kw: (str(path), ""))


def test_the_team_submenu_of_file(qtbot, pair):
    window = shown_window(qtbot, pair[0])
    file_menu = window.menuBar().actions()[0].menu()
    team = next(a.menu() for a in file_menu.actions() if a.menu() is window.team_menu)
    texts = [a.text() for a in team.actions() if not a.isSeparator()]
    assert texts == ["S&ync with Hub…", "Change &Hub…", "Search the &Hub…", "&Export Changes for a Peer…",
                     "&Apply Changes from a Peer…", "&Conflicts…"]


def test_apply_through_the_menu_refreshes_the_window_and_reports(qtbot, pair, tmp_path, monkeypatch, reports):
    a, b = pair
    edit(b, EVENT, summary="ملخص من الميدان")
    path = bundle(b, a, tmp_path / "from-b.jsonl")
    window = shown_window(qtbot, a, kind="event")
    window.undo_stack.push(QUndoCommand("an edit before the merge"))
    open_file(monkeypatch, path)
    window.act_team_apply.trigger()
    assert a.get(EVENT)["summary"] == "ملخص من الميدان"
    (report,) = reports
    assert report.text().startswith("Applied the changes from")
    assert "Applied: 1" in report.informativeText() and "In conflict, waiting for you: 0" in report.informativeText()
    assert report.conflicts_button is None
    # The tab shows the new summary, and Undo no longer offers edits the merge overtook.
    tab = window.tabs_by_kind["event"]
    assert window.undo_stack.count() == 0
    tab.select_key(EVENT)
    window.show_record(EVENT)
    assert "ملخص من الميدان" in window.detail.toPlainText()
    assert window.team_status.text() == "Shared by file"

    # The same bundle again changes nothing, and says so.
    version = a.data_version()
    window.apply_changes(str(path))
    assert reports[-1].text().startswith("This store already had every change from")
    assert a.data_version() == version


def test_conflicts_from_a_bundle_are_offered_and_counted(qtbot, pair, tmp_path, monkeypatch, reports):
    a, b = pair
    edit(a, EVENT, summary="هنا")
    edit(b, EVENT, summary="هناك")
    path = bundle(b, a, tmp_path / "from-b.jsonl")
    window = shown_window(qtbot, a)
    open_file(monkeypatch, path)
    window.act_team_apply.trigger()
    assert "In conflict, waiting for you: 1" in reports[-1].informativeText()
    assert reports[-1].conflicts_button is not None
    assert window.team_status.text() == "Shared by file · Conflicts: 1"
    assert "Open conflicts: 1" in window.team_status.toolTip()
    assert a.get(EVENT)["summary"] == "هنا"      # never resolved silently


def test_a_refused_bundle_names_the_file_and_the_reason_and_changes_nothing(qtbot, pair, tmp_path, monkeypatch,
                                                                           reports):
    a, b = pair
    edit(b, EVENT, summary="ملخص من الميدان")
    path = bundle(b, a, tmp_path / "from-b.jsonl")
    data = path.read_bytes()
    path.write_bytes(data.replace("ملخص من الميدان".encode(), "ملخص مزوّر هنا".encode()))
    window = shown_window(qtbot, a)
    version = a.data_version()
    before = a.get(EVENT)
    open_file(monkeypatch, path)
    window.act_team_apply.trigger()
    (report,) = reports
    assert str(path) in report.text() and "nothing in the store changed" in report.text()
    assert "checksum" in report.informativeText()
    assert a.get(EVENT) == before and a.data_version() == version


def test_export_for_a_new_peer_writes_a_bundle_it_can_apply(qtbot, pair, tmp_path, monkeypatch, reports):
    a, b = pair
    window = shown_window(qtbot, a)
    assert window.team_status.text() == "No team hub"
    edit(a, EVENT, summary="ملخص للمكتب")
    window.changes.changed.emit(["event"])

    def choose_b(dialog):
        assert dialog.own_site == a.site_id()
        dialog.peer.setEditText("not a site id")
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        dialog.peer.setEditText(a.site_id())
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        dialog.peer.setEditText(b.site_id())
        dialog.name.setText("office")
        return QDialog.Accepted

    monkeypatch.setattr(exchange.PeerDialog, "exec", choose_b)
    target = tmp_path / "for-office.jsonl"
    suggested = []
    monkeypatch.setattr(exchange.file_dialogs, "save_file_name",
                        lambda parent, title, name, filters: suggested.append(name) or (str(target), ""))
    window.act_team_export.trigger()
    assert suggested == ["changes-for-office.jsonl"]
    assert bundles.verify(target).site == a.site_id()
    assert reports[-1].text().startswith("Wrote the changes for")
    assert a.find_peer("office")["site"] == b.site_id()
    # Nothing waits to go out to it now; an edit does, and the status says so after the change.
    assert window.team_status.text() == "Shared by file"
    edit(a, QUOTE, text="تصريح معدّل")
    window.changes.changed.emit(["quote"])
    assert window.team_status.text() == "Shared by file · To send: 1"
    assert "Changes waiting to go out: 1" in window.team_status.toolTip()
    # b applies it (core), and the next export to the now known peer is offered it by name.
    from desktop.core import sync
    assert sync.apply_bundle(b, target).applied == 1
    assert b.get(EVENT)["summary"] == "ملخص للمكتب"

    def known(dialog):
        assert dialog.peer.itemText(0) == f"office — {b.site_id()}"
        return QDialog.Accepted

    monkeypatch.setattr(exchange.PeerDialog, "exec", known)
    target2 = tmp_path / "second.jsonl"
    monkeypatch.setattr(exchange.file_dialogs, "save_file_name", lambda *args: (str(target2), ""))
    window.act_team_export.trigger()
    assert "Changed records: 1" in reports[-1].informativeText()
    assert window.team_status.text() == "Shared by file"


# --- the hub ---------------------------------------------------------------------------------------------


def unreachable(store, url, progress=None):
    raise getattr(errors, "HubError", MarsadError)("hub.unreachable", hub=hub_link.shown(url),
                                                  reason="connection refused")


@pytest.fixture
def hub(monkeypatch):
    """desktop.core.hub, or a stand-in when this build has none yet; its sync is replaced by each test."""
    module = hub_link.hub_module()
    if module is None:
        module = types.ModuleType(hub_link.HUB_MODULE)
        module.sync = unreachable
        monkeypatch.setitem(sys.modules, hub_link.HUB_MODULE, module)
    return module


@pytest.fixture
def address(monkeypatch):
    """The hub dialog, answered: a server that listens nowhere. Counts how often it was asked."""
    asked = []

    def ask(parent, known=None):
        asked.append(known)
        return HubAddress(host="127.0.0.1", port=1, database="marsad", user="analyst", sslmode="require")

    monkeypatch.setattr(hub_dialog, "ask_address", ask)
    return asked


def test_an_unreachable_hub_is_told_calmly_and_changes_nothing(qtbot, pair, hub, address, monkeypatch, reports):
    a, _ = pair
    if hub.__spec__ is None:        # the stand-in; core's own hub module is tried against a closed port
        monkeypatch.setattr(hub, "sync", unreachable)
    window = shown_window(qtbot, a)
    version, before = a.data_version(), a.get(EVENT)
    outcome = window.sync_with_hub()
    assert len(address) == 1                     # asked the first time
    assert outcome.error is not None and outcome.error.code == "hub.unreachable"
    (report,) = reports
    assert report.windowTitle() == "Hub Not Reachable"
    assert "cannot be reached just now, so nothing was synced" in report.text()
    assert "marsad@127.0.0.1" in report.text()
    from desktop.ui import error_text
    assert report.informativeText() == error_text.describe(outcome.error)
    assert report.icon() == TeamReport.Information and report.hub_button is not None
    assert a.data_version() == version and a.get(EVENT) == before
    # The app works on: an edit goes through, and the address is remembered, with no password in it.
    window.store.put({**before, "summary": "بعد انقطاع الشبكة"})
    url = hub_link.remembered_url(a)
    assert url == "postgresql://analyst@127.0.0.1:1/marsad?sslmode=require"
    window.act_team_sync.trigger()
    assert len(address) == 1 and len(reports) == 2      # not asked again


def test_a_sync_reports_what_went_each_way(qtbot, pair, tmp_path, hub, address, monkeypatch, reports):
    a, b = pair
    calls = []

    def synced(store, url, progress=None):
        # On the worker's own connection, not the window's.
        calls.append((url, threading.current_thread() is not threading.main_thread(), store is not a))
        progress(errors.Notice("progress.checked", count=10))
        return types.SimpleNamespace(pushed=3, pulled=2, conflicts=0, hub=url, at="2026-01-02T03:04:05+00:00")

    monkeypatch.setattr(hub, "sync", synced)
    window = shown_window(qtbot, a)
    window.act_team_sync.trigger()
    assert calls == [("postgresql://analyst@127.0.0.1:1/marsad?sslmode=require", True, True)]
    (report,) = reports
    assert report.text() == "Synced with \u2066marsad@127.0.0.1\u2069."
    assert report.informativeText().splitlines() == ["Sent to the hub: 3", "Received from the hub: 2",
                                                     "In conflict, waiting for you: 0"]


def test_cancel_stops_the_sync_at_its_next_step(qtbot, pair, hub, address, monkeypatch, reports):
    a, _ = pair
    from desktop.ui.team import worker

    def slow(store, url, progress=None):
        jobs[0].cancel()                        # Cancel clicked while the sync runs
        progress("more")
        raise AssertionError("a cancelled sync went on")

    jobs = []
    original = worker.StoreJob.__init__

    def keep(self, *args, **kw):
        original(self, *args, **kw)
        jobs.append(self)

    monkeypatch.setattr(worker.StoreJob, "__init__", keep)
    monkeypatch.setattr(hub, "sync", slow)
    window = shown_window(qtbot, a)
    outcome = window.sync_with_hub()
    assert outcome.cancelled
    assert reports[-1].text().startswith("The sync was stopped")


def test_without_a_hub_module_the_sync_says_so(qtbot, pair, monkeypatch, reports, address):
    monkeypatch.setattr(hub_link, "hub_module", lambda: None)
    window = shown_window(qtbot, pair[0])
    assert window.sync_with_hub() is None
    assert "without PostgreSQL support" in reports[-1].text()
    assert address == []


def test_the_status_names_the_hub_when_core_knows_it(qtbot, pair, hub, monkeypatch):
    a, _ = pair
    status = types.SimpleNamespace(hub="postgresql://analyst:secret@db.example.org/team", last_sync=None,
                                   waiting=7, open_conflicts=0)
    monkeypatch.setattr(hub, "status", lambda store: status, raising=False)
    # The store's own bookkeeping says it belongs to a hub (else the hub module is not even asked).
    monkeypatch.setattr(a, "current_hub", lambda: {"url": status.hub}, raising=False)
    window = shown_window(qtbot, a)
    assert window.team_status.text() == "Hub: \u2066team@db.example.org\u2069 · To send: 7"
    assert "secret" not in window.team_status.toolTip()
    assert "Never synced" in window.team_status.toolTip()


def test_a_password_never_reaches_the_settings():
    url = "postgresql://analyst:s3cret@db.example.org:6432/team?sslmode=verify-full"
    assert hub_link.without_password(url) == "postgresql://analyst@db.example.org:6432/team?sslmode=verify-full"
    parsed = hub_link.parse(url)
    assert (parsed.host, parsed.port, parsed.database, parsed.user, parsed.sslmode) == \
        ("db.example.org", 6432, "team", "analyst", "verify-full")
    assert parsed.url() == "postgresql://analyst@db.example.org:6432/team?sslmode=verify-full"
    remembered = hub_link.RememberedHubs()
    remembered.set_url("/tmp/x.db", url)
    assert remembered.url("/tmp/x.db") == hub_link.without_password(url)
    assert HubAddress(service="marsad").url() == "postgresql://?service=marsad"


def test_the_hub_dialog_has_no_password_field_and_explains_the_passfile(qtbot):
    from PySide6.QtWidgets import QLabel, QLineEdit
    dialog = hub_dialog.HubDialog()
    qtbot.addWidget(dialog)
    assert all(line.echoMode() == QLineEdit.Normal for line in dialog.findChildren(QLineEdit))
    note = dialog.findChild(QLabel, "password_note").text()
    assert ".pgpass" in note and ".pg_service.conf" in note
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.host.setText("db.example.org")
    dialog.database.setText("team")
    assert ok.isEnabled()
    assert dialog.address().url() == "postgresql://db.example.org/team"
