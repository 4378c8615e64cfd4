"""The window's editing commands: new, edit, delete, accept and reject, all undoable.

A mixin of MainWindow (it uses the window's store, undo stack, tabs and
StoreChanges); every change goes through a QUndoCommand in commands.py.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from desktop.core.errors import MarsadError
from desktop.ui import error_text
from desktop.ui.review_states import FIELD as REVIEW, UNREVIEWED


class EditingMixin:
    # Strings use the MainWindow context: the mixin is part of that window.
    def push(self, command) -> bool:
        """Run an undoable command; a store error leaves the store and the stack as they were."""
        from desktop.ui.commands import run_pushed
        return self._writing(lambda: run_pushed(self.undo_stack, command))

    def undo(self) -> bool:
        from desktop.ui.commands import run_undo
        return self._writing(lambda: run_undo(self.undo_stack))

    def redo(self) -> bool:
        from desktop.ui.commands import PutCommand, run_redo
        before = self.undo_stack.index()
        if not self._writing(lambda: run_redo(self.undo_stack)):
            return False
        done = self.undo_stack.command(before) if self.undo_stack.index() > before else None
        if done is not None and isinstance(done.inner, PutCommand) and done.inner.record_id:
            # The record made (or changed) again is selected and shown, as when it was first saved.
            self.go_to(done.inner.record_id)
        return True

    def _writing(self, work) -> bool:
        """A write from the window: a wait cursor while it may wait for another program's lock
        (at most the store's short GUI wait), and a message, not a stuck view, when it fails."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            work()
        except (MarsadError, OSError) as exc:
            QApplication.restoreOverrideCursor()
            self._error(exc)
            return False
        QApplication.restoreOverrideCursor()
        return True

    def new_record(self, kind: str) -> None:
        """A form for a new record, linked to the record selected when it fits (a new quote of the
        selected actor, or from the selected source: desktop/core/prefill.py)."""
        from desktop.core import prefill
        from desktop.ui.dialogs.record_editor import RecordEditor
        from desktop.ui.commands import PutCommand
        start = prefill.from_selection(kind, self._selected_key())
        dialog = RecordEditor(self.store, kind, None, self, prefill=start, create=self.write_new_record)
        before = self.undo_stack.index()
        if dialog.exec():
            if self.push(PutCommand(self.store, dialog.record(), self.changes)):
                self.go_to(self.undo_stack.command(self.undo_stack.index() - 1).inner.record_id)
        else:
            self._undo_made_inside(before)

    def _selected_key(self) -> str | None:
        """The one record selected in the tab shown (None for none or several)."""
        tab = self.current_tab()
        keys = tab.selected_keys() if tab is not None else []
        return keys[0] if len(keys) == 1 else None

    def write_new_record(self, record: dict) -> str | None:
        """Write a record made inside a form ("Create new…" in a picker) as an undoable step; its id,
        or None when the store refused it (the user has been told why)."""
        from desktop.ui.commands import PutCommand
        command = PutCommand(self.store, record, self.changes)
        return command.record_id if self.push(command) else None

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
        dialog = RecordEditor(self.store, record["kind"], record, self, create=self.write_new_record)
        before = self.undo_stack.index()
        if dialog.exec():
            self.push(PutCommand(self.store, dialog.record(), self.changes))
        else:
            self._undo_made_inside(before)

    def _undo_made_inside(self, before: int) -> None:
        """A form cancelled: the records its pickers made ("Create new…") go with it, as undone steps
        (Redo brings them back if that was not meant)."""
        while self.undo_stack.index() > before:
            if not self.undo():
                break

    def delete_selected(self) -> None:
        keys = self.current_tab().selected_keys()
        if not keys:
            return
        self.delete_keys(keys)

    def delete_keys(self, keys: list[str], confirm: bool = True) -> bool:
        quotes = None
        # Records others cannot be left without (an actor's quotes) need a decision first.
        # Loaded on first delete: the dialog and its pickers cost start-up time otherwise.
        from desktop.ui.dialogs.delete_dependents import dependents
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
        done = self.push(DeleteCommand(self.store, keys, self.changes, quotes))
        if done:
            self.session.forget(keys)     # no view selects, and history never returns to, a deleted record
        return done

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
