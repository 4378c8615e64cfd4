"""File ▸ Team ▸ Sync with Hub: ask the hub's address the first time, sync in a worker, say how it went.

A hub that cannot be reached is an ordinary moment for a laptop: the
message says nothing was synced, that the work goes on here and goes out
at the next sync, and the store is exactly as it was. Other failures (a
refused login, a hub not set up, a read-only role) are worded from their
codes by error_text, with a way to change the hub's address.
"""
from __future__ import annotations

import inspect

from PySide6.QtCore import QCoreApplication

from desktop.core.errors import MarsadError
from desktop.ui import error_text
from desktop.ui.team import hub_dialog, hub_link
from desktop.ui.team.report import tell
from desktop.ui.team.worker import JobOutcome, run_job

def choose_hub(window) -> str | None:
    """Ask the hub's address (filled with the one remembered); remember and return its URL, or None."""
    known = hub_link.remembered_url(window.store)
    try:
        address = hub_link.parse(known) if known else None
    except ValueError:
        address = None
    chosen = hub_dialog.ask_address(window, address)
    if chosen is None:
        return None
    url = chosen.url()
    hub_link.remember_url(window.store, url)
    return url


def sync_with_hub(window, ask: bool = False) -> JobOutcome | None:
    """Sync the window's store with its hub (asking which the first time, or when `ask`); None when not run."""
    module = hub_link.hub_module()
    title = QCoreApplication.translate("TeamSync", "Sync with Hub")
    if module is None or not hasattr(module, "sync"):
        tell(window, title, QCoreApplication.translate(
            "TeamSync", "This copy of Marsad cannot sync with a team hub: it was installed without PostgreSQL "
                        "support."),
             QCoreApplication.translate("TeamSync", "Changes can still go to other stores by file: File ▸ Team ▸ "
                                                    "Export Changes for a Peer."))
        return None
    if window.store.readonly:
        tell(window, title, QCoreApplication.translate(
            "TeamSync", "This store is open read-only: a sync would write to it. Open it for writing to sync."))
        return None
    url = "" if ask else hub_link.remembered_url(window.store)
    if not url:
        url = choose_hub(window)
        if url is None:
            return None
    shown = hub_link.shown(url)
    outcome = run_job(window, window.store.path, lambda store, progress, cancelled: _sync(
        module, store, url, progress, cancelled), title,
        QCoreApplication.translate("TeamSync", "Syncing with %1…").replace("%1", "\u2066" + shown + "\u2069"),
        cancellable=True, describe=_progress_text)
    window.team_job_done(outcome, changed=outcome.ok or outcome.cancelled)
    _report(window, outcome, shown)
    return outcome


def _sync(module, store, url: str, progress, cancelled):
    """core.hub.sync, with Cancel when it takes a `cancelled` callback (else at its next progress call)."""
    try:
        takes_cancel = "cancelled" in inspect.signature(module.sync).parameters
    except (TypeError, ValueError):
        takes_cancel = False
    if takes_cancel:
        return module.sync(store, url, progress=progress, cancelled=cancelled)
    return module.sync(store, url, progress=progress)


def _progress_text(message) -> str:
    if isinstance(message, MarsadError):
        return error_text.render(message)
    return QCoreApplication.translate("TeamSync", "Syncing…")


def _count(value) -> int:
    if value is None:
        return 0
    return value if isinstance(value, int) else len(value)


def _report(window, outcome: JobOutcome, shown: str) -> None:
    title = QCoreApplication.translate("TeamSync", "Sync with Hub")
    hub = "\u2066" + shown + "\u2069"
    if outcome.ok:
        report = outcome.result
        pushed, pulled = _count(getattr(report, "pushed", 0)), _count(getattr(report, "pulled", 0))
        conflicts = _count(getattr(report, "conflicts", 0))
        lines = [QCoreApplication.translate("TeamSync", "Sent to the hub: %1").replace("%1", window._number(pushed)),
                 QCoreApplication.translate("TeamSync", "Received from the hub: %1").replace(
                     "%1", window._number(pulled)),
                 QCoreApplication.translate("TeamSync", "In conflict, waiting for you: %1").replace(
                     "%1", window._number(conflicts))]
        box = tell(window, title, QCoreApplication.translate("TeamSync", "Synced with %1.").replace("%1", hub),
                   "\n".join(lines), conflicts=window.store.conflict_count() > 0)
        if box.wants_conflicts():
            window.show_conflicts()
        return
    if outcome.cancelled:
        tell(window, title, QCoreApplication.translate(
            "TeamSync", "The sync was stopped before it finished: nothing was changed, here or on the hub. "
                        "Sync again when you are ready."))
        return
    if outcome.error is not None and hub_link.is_offline(outcome.error):
        box = tell(window, QCoreApplication.translate("TeamSync", "Hub Not Reachable"),
                   QCoreApplication.translate(
                       "TeamSync", "%1 cannot be reached just now, so nothing was synced. Marsad works on as "
                                   "before, and your changes wait here for the next sync.").replace("%1", hub),
                   error_text.describe(outcome.error), change_hub=True)
    elif outcome.error is not None:
        box = tell(window, title, QCoreApplication.translate(
            "TeamSync", "The sync with %1 did not complete; nothing more was changed.").replace("%1", hub),
            error_text.describe(outcome.error), warning=True, change_hub=True)
    else:
        box = tell(window, title, QCoreApplication.translate(
            "TeamSync", "The sync with %1 stopped unexpectedly; what it finished is kept.").replace("%1", hub),
            warning=True, change_hub=True)
    if box.wants_hub():
        sync_with_hub(window, ask=True)
