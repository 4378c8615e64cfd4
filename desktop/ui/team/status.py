"""The team in the main window's status bar: which hub, the last sync, changes waiting, open conflicts.

Read after every change to the store (the window's StoreChanges, an import,
another program's write) with a few indexed queries (hub_link.team_status);
a click opens the conflicts view.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QToolButton

from desktop.ui.bidi import isolate_ltr
from desktop.ui.team import hub_link
from desktop.ui.team.conflicts_view import when

CONFLICT_STYLE = "QToolButton { color: #a04000; font-weight: bold; }"


class TeamStatusButton(QToolButton):
    """«المركز: marsad@db · للإرسال: 3 · تعارضات: 2»; a click asks for the conflicts view."""

    open_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("team_status")
        self.setAutoRaise(True)
        self.clicked.connect(self.open_requested)
        self.status = hub_link.TeamStatus()

    def set_status(self, status: hub_link.TeamStatus, number: Callable[[int], str] = str) -> None:
        self.status = status
        parts = []
        if status.hub:
            parts.append(self.tr("Hub: %1").replace("%1", isolate_ltr(hub_link.shown(status.hub))))
        elif status.by_file:
            parts.append(self.tr("Shared by file"))
        else:
            parts.append(self.tr("No team hub"))
        if status.waiting:
            parts.append(self.tr("To send: %1").replace("%1", number(status.waiting)))
        if status.conflicts:
            parts.append(self.tr("Conflicts: %1").replace("%1", number(status.conflicts)))
        self.setText(" · ".join(parts))
        self.setStyleSheet(CONFLICT_STYLE if status.conflicts else "")
        self.setToolTip("\n".join(self._tip(status, number)))

    def _tip(self, status: hub_link.TeamStatus, number) -> list[str]:
        lines = [self.tr("Team hub: %1").replace("%1", isolate_ltr(status.hub)) if status.hub else
                 self.tr("This store is on no team hub; it exchanges changes by file (File ▸ Team).")]
        if status.last_sync:
            lines.append((self.tr("Last sync: %1") if status.hub else self.tr("Last exchange: %1"))
                         .replace("%1", isolate_ltr(when(status.last_sync))))
        else:
            lines.append(self.tr("Never synced"))
        if status.waiting is not None:
            lines.append(self.tr("Changes waiting to go out: %1").replace("%1", number(status.waiting)))
        lines.append(self.tr("Open conflicts: %1").replace("%1", number(status.conflicts)))
        lines.append(self.tr("Click to see the conflicts and resolve them."))
        return lines
