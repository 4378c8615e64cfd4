"""The window's editing commands: new, edit, delete, accept and reject, all undoable.

A mixin of MainWindow (it uses the window's store, undo stack, tabs and
StoreChanges); every change goes through a QUndoCommand in commands.py.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from desktop.core.errors import MarsadError
from desktop.ui import error_text
from desktop.ui.dialogs.delete_dependents import dependents
from desktop.ui.review_states import FIELD as REVIEW, UNREVIEWED


class EditingMixin:
    # Strings use the MainWindow context: the mixin is part of that window.
    def push(self, command) -> bool:
        """Run an undoable command; a store error leaves the store and the stack as they were."""
        try:
            self.undo_stack.push(command)
        except (MarsadError, OSError) as exc:
            self._error(exc)
            return False
        return True

    def new_record(self, kind: str) -> None:
        from desktop.ui.dialogs.record_editor import RecordEditor
        from desktop.ui.commands import PutCommand
        dialog = RecordEditor(self.store, kind, None, self)
        if dialog.exec():
            if self.push(PutCommand(self.store, dialog.record(), self.changes)):
                self.go_to(self.undo_stack.command(self.undo_stack.index() - 1).record_id)

    def edit_current(self) -> None:
        key = self.current_tab().current_key()
        if key:
            self.edit_record(key)

    def edit_record(self, key: str) -> None:
        if self.store.readonly:
            return
        record = self.store.get(key)
        if record is None:
            return
        from desktop.ui.dialogs.record_editor import RecordEditor
        from desktop.ui.commands import PutCommand
        dialog = RecordEditor(self.store, record["kind"], record, self)
        if dialog.exec():
            self.push(PutCommand(self.store, dialog.record(), self.changes))

    def delete_selected(self) -> None:
        keys = self.current_tab().selected_keys()
        if not keys:
            return
        self.delete_keys(keys)

    def delete_keys(self, keys: list[str], confirm: bool = True) -> bool:
        quotes = None
        # Records others cannot be left without (an actor's quotes) need a decision first.
        held = [k for k in keys if dependents(self.store, k)]
        if held:
            from desktop.ui.dialogs.delete_dependents import DeleteDependentsDialog
            dialog = DeleteDependentsDialog(self.store, held, keys, self)
            if not dialog.exec():
                return False
            quotes = dialog.decision()
        elif confirm:
            # (n is a plain name: lupdate skips translate() calls with a nested call in them)
            n = len(keys)
            title = QCoreApplication.translate("MainWindow", "Delete")
            question = QCoreApplication.translate("MainWindow", "Delete %n record(s)? You can undo this.", "", n)
            answer = QMessageBox.question(self, title, question, QMessageBox.Yes | QMessageBox.Cancel,
                                          QMessageBox.Cancel)
            if answer != QMessageBox.Yes:
                return False
        from desktop.ui.commands import DeleteCommand
        return self.push(DeleteCommand(self.store, keys, self.changes, quotes))

    def accept_selected(self) -> None:
        from desktop.ui.commands import ReviewCommand
        keys = self.current_tab().selected_unreviewed()
        if keys:
            self.push(ReviewCommand(self.store, keys, self.changes))

    def reject_selected(self) -> None:
        keys = self.current_tab().selected_unreviewed()
        if keys:
            self.delete_keys(keys)

    def show_unreviewed(self) -> None:
        tab = self.current_tab()
        tab.set_review_filter(None if tab.filter_value(REVIEW) == UNREVIEWED else UNREVIEWED)

    def _error(self, exc: BaseException) -> None:
        QMessageBox.warning(self, QCoreApplication.translate("MainWindow", "Marsad"), error_text.describe(exc))
