"""File ▸ Team in the main window: sync with the hub, exchange changes by file, conflicts; the status widget.

A mixin of MainWindow (its `self.tr` strings live under "MainWindow" in the
catalogue). The work is in the team package's modules; this wires it to the
window: the actions, the menu, the status bar, and what the window does
after a team job (re-read the tabs; clear Undo, whose before-states a merge
may have overtaken, as after an import).
"""
from __future__ import annotations

from desktop.core import views
from desktop.core.errors import MarsadError


class TeamActionsMixin:
    """The team's actions, its submenu of File, and its word in the status bar."""

    def _build_team_actions(self, add) -> None:
        self.act_team_sync = add(self.tr("S&ync with Hub…"), lambda: self.sync_with_hub(), None, "",
                                 self.tr("Send this store's changes to the team hub and bring back everyone "
                                         "else's"))
        self.act_team_hub = add(self.tr("Change &Hub…"), lambda: self.sync_with_hub(ask=True), None, "",
                                self.tr("Sync with another hub, or correct this one's address"))
        self.act_team_export = add(self.tr("&Export Changes for a Peer…"), self.export_changes, None, "",
                                   self.tr("Write the changes another store has not had yet to a file, for "
                                           "air-gapped work"))
        self.act_team_apply = add(self.tr("&Apply Changes from a Peer…"), lambda: self.apply_changes(), None, "",
                                  self.tr("Merge a file of changes another store wrote"))
        self.act_team_search = add(self.tr("Search the &Hub…"), lambda: self.search_hub(), None, "",
                                   self.tr("Find the whole team's records on the hub, as this store's search finds "
                                           "its own"))
        self.act_team_conflicts = add(self.tr("&Conflicts…"), self.show_conflicts, None, "",
                                      self.tr("Records changed here and at another store: choose what to keep"))
        for act in (self.act_team_sync, self.act_team_hub, self.act_team_export, self.act_team_apply):
            act.setEnabled(not self.store.readonly)

    def _build_team_menu(self, file_menu) -> None:
        self.team_menu = file_menu.addMenu(self.tr("&Team"))
        self.team_menu.setObjectName("team_menu")
        for act in (self.act_team_sync, self.act_team_hub, self.act_team_search, None, self.act_team_export,
                    self.act_team_apply, None, self.act_team_conflicts):
            self.team_menu.addSeparator() if act is None else self.team_menu.addAction(act)

    def _build_team_status(self) -> None:
        from desktop.ui.team.status import TeamStatusButton
        self.team_status = TeamStatusButton(self)
        self.team_status.open_requested.connect(self.show_conflicts)
        self.statusBar().addPermanentWidget(self.team_status)
        self.update_team_status()

    def update_team_status(self) -> None:
        """The status bar's team word, read again (a few indexed queries)."""
        from desktop.ui.team import hub_link
        if not hasattr(self, "team_status"):
            return
        try:
            status = hub_link.team_status(self.store)
        except MarsadError:
            return      # busy for a moment: the next change reads it again
        self.team_status.set_status(status, self._number)

    # --- the actions ---------------------------------------------------------------------------

    def sync_with_hub(self, ask: bool = False):
        from desktop.ui.team import sync_run
        return sync_run.sync_with_hub(self, ask=ask)

    def search_hub(self):
        from desktop.ui.team import hub_search
        return hub_search.search_hub(self)

    def export_changes(self):
        from desktop.ui.team import exchange
        return exchange.export_changes(self)

    def apply_changes(self, path: str | None = None):
        from desktop.ui.team import exchange
        return exchange.apply_changes(self, path)

    def show_conflicts(self):
        from desktop.ui.team.conflicts_view import show_conflicts
        return show_conflicts(self, self.store, self.changes, self.language, self.arabic_digits())

    def team_job_done(self, outcome, changed: bool) -> None:
        """After a sync or an exchange ran in its worker: re-read what it may have changed."""
        if changed:
            # A merge is one transaction but not an undo step; edits on the stack may predate it.
            self.undo_stack.clear()
            self._store_changed(list(views.TAB_ORDER))
        else:
            self.update_team_status()
            if hasattr(self, "outside"):
                self.outside.resync()     # our worker's own connection is not another program
