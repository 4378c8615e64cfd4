"""How a team job went, told in one message box: what was sent, received and left in conflict, or why not.

Every message is plain text (a file name or a record's name is never read
as markup); when conflicts are open the box offers to show them.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox


class TeamReport(QMessageBox):
    """A message box with an optional «Show Conflicts» (and «Change Hub…») button; exec() then says which."""

    def __init__(self, parent, title: str, text: str, detail: str = "", *, warning: bool = False,
                 conflicts: bool = False, change_hub: bool = False):
        super().__init__(QMessageBox.Warning if warning else QMessageBox.Information, title, text,
                         QMessageBox.Close, parent)
        self.setObjectName("team_report")
        self.setTextFormat(Qt.PlainText)
        if detail:
            self.setInformativeText(detail)
            # The informative text is auto-detected as rich text otherwise: a reason quoting a file's <p> would be.
            label = self.findChild(QLabel, "qt_msgbox_informativelabel")
            if label is not None:
                label.setTextFormat(Qt.PlainText)
        self.conflicts_button = self.addButton(self.tr("Show &Conflicts"), QMessageBox.ActionRole) \
            if conflicts else None
        self.hub_button = self.addButton(self.tr("Change &Hub…"), QMessageBox.ActionRole) if change_hub else None
        self.setDefaultButton(QMessageBox.Close)

    def wants_conflicts(self) -> bool:
        return self.conflicts_button is not None and self.clickedButton() is self.conflicts_button

    def wants_hub(self) -> bool:
        return self.hub_button is not None and self.clickedButton() is self.hub_button


def tell(parent, title: str, text: str, detail: str = "", **options) -> TeamReport:
    """Show the report (modal) and return it, to ask which button was clicked."""
    box = TeamReport(parent, title, text, detail, **options)
    box.exec()
    return box
