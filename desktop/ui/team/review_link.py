"""The conflicts view reached from the review of proposals: conflicts are reviewed like proposals are.

The review dialog is one article's proposals beside the article, a shape a
record in conflict does not fit; so the conflicts have their own view
(conflicts_view.py), and the review offers it: a button in the review
dialog while conflicts are open, and Edit ▸ Review Proposals offers them
when no article has proposals waiting.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton

from desktop.core.errors import MarsadError


def _count(store) -> int:
    try:
        return store.conflict_count()
    except MarsadError:
        return 0


class ConflictsButton(QPushButton):
    """«Conflicts (2)…» in the review dialog; hidden while there are none."""

    def __init__(self, store, changes=None, parent=None):
        super().__init__(parent)
        self.setObjectName("review_conflicts")
        self.store, self.changes = store, changes
        self.setAutoDefault(False)
        self.setToolTip(self.tr("Records changed here and at another store, waiting for you to choose what "
                                "to keep"))
        self.clicked.connect(self.open_conflicts)
        if changes is not None:
            changes.changed.connect(self.refresh)
        self.refresh()

    def refresh(self, _kinds: list | None = None) -> None:
        n = _count(self.store)
        self.setText(self.tr("Conflicts (%1)…").replace("%1", str(n)))
        self.setVisible(n > 0)

    def open_conflicts(self) -> None:
        from desktop.ui.team.conflicts_view import show_conflicts
        show_conflicts(self.window(), self.store, self.changes, *_display(), modal=True)
        self.refresh()


def _display() -> tuple[str, bool]:
    """The UI language (the one installed: QLocale follows it) and whether digits are Arabic-Indic."""
    from PySide6.QtCore import QLocale
    from desktop.ui import settings
    language = "ar" if QLocale().language() == QLocale.Arabic else "en"
    return language, language == "ar" and settings.General().arabic_digits()


def offer_conflicts(parent, store, changes=None) -> bool:
    """No article has proposals waiting: when conflicts are open, offer them instead. True when asked."""
    n = _count(store)
    if not n:
        return False
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("ReviewConflicts", "Review"),
        QCoreApplication.translate("ReviewConflicts", "No imported article has proposals waiting for review, "
                                                      "but %n conflict(s) from other stores wait for you to "
                                                      "choose what to keep. Show them?", "", n),
        QMessageBox.Yes | QMessageBox.Cancel, QMessageBox.Yes)
    if answer == QMessageBox.Yes:
        from desktop.ui.team.conflicts_view import show_conflicts
        show_conflicts(parent, store, changes, *_display(), modal=True)
    return True
