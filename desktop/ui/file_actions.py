"""The window's file commands: new and open store, import, export, back up, print a briefing.

A mixin of MainWindow; the work itself is core (export, Store.backup),
with the import dialogs in ui/importing and the briefing composer in ui/briefing.
"""
from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from desktop.core import views
from desktop.core.errors import MarsadError
from desktop.ui import file_dialogs, labels
from desktop.ui.bidi import isolate_ltr

JSONL_SUFFIXES = (".jsonl", ".ndjson")
FORMAT_SUFFIXES = {"jsonl": ".jsonl", "csv": ".csv", "ftm": ".ftm.json"}
# Records Ctrl+B adds at a time. Measured on 6,000 quotes: 200 make 21 pages, the composer opens in
# 0.8 s and writes the PDF in 0.3 s; all 6,000 make 601 pages, 190 s to open and 220 s per PDF (every
# edit re-lays it out). So the rest waits for another Ctrl+B, and the window says so.
BRIEFING_BATCH = 200


def export_target(path: str, chosen: str) -> tuple[str, str, bool]:
    """(the format: jsonl, csv or ftm; the file to write; whether an extension was added). The extension
    typed decides the format; a name without one of ours gets the chosen filter's."""
    from desktop.core import ftm
    suffix = os.path.splitext(path)[1].lower()
    if suffix == ".csv":
        return "csv", path, False
    if ftm.is_ftm_path(path):
        return "ftm", path, False
    if suffix in JSONL_SUFFIXES:
        return "jsonl", path, False
    return chosen, path + FORMAT_SUFFIXES[chosen], True


def csv_headers(kind: str) -> dict[str, str]:
    """A CSV's column headers in the UI language: the labels the tabs and forms use."""
    from desktop.core import export
    return {column: QCoreApplication.translate("MainWindow", "ID") if column == "id"
            else labels.field_named(kind, column) for column in export.csv_columns(kind)}


class FileActionsMixin:
    # Strings use the MainWindow context: the mixin is part of that window.
    def new_store(self) -> None:
        title = QCoreApplication.translate("MainWindow", "New Store")
        kinds = QCoreApplication.translate("MainWindow", "Marsad stores (*.db)")
        path, _ = file_dialogs.save_file_name(self, title, "", kinds)
        if path:
            self.store_requested.emit(path, True)

    def open_store(self) -> None:
        title = QCoreApplication.translate("MainWindow", "Open Store")
        kinds = QCoreApplication.translate("MainWindow", "Marsad stores (*.db);;All files (*)")
        path, _ = file_dialogs.open_file_name(self, title, str(self.store.path.parent), kinds)
        if path:
            self.store_requested.emit(path, False)

    def import_files(self, files: list[str] | None = None) -> None:
        from desktop.ui import importing
        if not files:
            from desktop.core import inputs
            title = QCoreApplication.translate("MainWindow", "Import")
            # The patterns are core's one list (inputs), so the dialog offers what an import reads.
            kinds = (QCoreApplication.translate("MainWindow", "Records, articles and event data")
                     + f" ({inputs.dialog_patterns()});;"
                     + QCoreApplication.translate("MainWindow", "All files") + " (*)")
            files, _ = file_dialogs.open_file_names(self, title, "", kinds)
        if not files:
            return
        importing.import_paths(self, self.store, files, undo_stack=self.undo_stack, changes=self.changes,
                               on_imported=self._imported)

    def import_pasted_article(self, text: str | None = None) -> None:
        """An article copied from a browser: the clipboard's text through the import sheet."""
        from PySide6.QtGui import QGuiApplication

        from desktop.ui import importing
        if text is None:
            text = QGuiApplication.clipboard().text()
        if not text.strip():
            QMessageBox.information(self, QCoreApplication.translate("MainWindow", "Article from Clipboard"),
                                    QCoreApplication.translate("MainWindow",
                                                               "The clipboard holds no text. Copy an article first."))
            return
        importing.import_pasted_article(self, self.store, text, undo_stack=self.undo_stack, changes=self.changes,
                                        on_imported=self._imported)

    # Files dropped on the window are imported as if chosen in File ▸ Import; dropped text is an article.
    def dragEnterEvent(self, event) -> None:
        mime = event.mimeData()
        if (mime.hasUrls() and any(u.isLocalFile() for u in mime.urls())) or mime.hasText():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        mime = event.mimeData()
        files = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()] if mime.hasUrls() else []
        event.acceptProposedAction()
        if files:
            self.import_files(files)
        elif mime.hasText():
            self.import_pasted_article(mime.text())

    def review_proposals(self) -> None:
        from desktop.ui import importing
        importing.review_pending_dialog(self, self.store, self.undo_stack, self.changes)

    def _imported(self, report) -> None:
        created = sum(report.created.values())
        updated = sum(report.updated.values())
        # An import is one transaction but not an undo step: it may be very large.
        self.undo_stack.clear()
        self._store_changed(list(views.TAB_ORDER))
        self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Created %1, updated %2 records.")
                                     .replace("%1", self._number(created)).replace("%2", self._number(updated)),
                                     10_000)

    def export_selection(self) -> list[str] | None:
        """The rows to export when more than one is selected in the shown tab, else None (the whole result):
        one selected row is where the cursor is, not a choice of what to export."""
        keys = [k for k in self.current_tab().selected_keys() if k]
        return keys if len(keys) > 1 else None

    def selected_to_export(self) -> list[str]:
        """The rows selected in the shown tab, one included: what «Export Selected Records» writes and
        Ctrl+B adds. Not the row a search selected by itself: that one is shown, not chosen."""
        tab = self.current_tab()
        return [k for k in tab.picked_keys() if k] if tab is not None else []

    def export_selected_text(self, n: int) -> str:
        text = QCoreApplication.translate("MainWindow", "Export %n Selected Record(s)…", "", n)
        return text.replace(str(n), self._number(n), 1)

    def update_export_selected(self) -> None:
        """File ▸ Export Selected Records says how many, and is there only when rows are selected."""
        n = len(self.selected_to_export())
        self.act_export_selected.setText(self.export_selected_text(max(n, 1)))
        self.act_export_selected.setEnabled(n > 0)
        # A greyed "Export 1 Selected Record…" with nothing selected names a selection that is not there.
        self.act_export_selected.setVisible(n > 0)

    def export_selected(self) -> None:
        ids = self.selected_to_export()
        if ids:
            self.export_records(ids)

    def export_records(self, ids: list[str] | None = None) -> None:
        """The records the search shows (all when none) as JSON Lines or as FollowTheMoney entities for
        Aleph, or the shown tab's as CSV; the selected rows instead when more than one is selected,
        or when `ids` (Export Selected Records) names them.

        The format is the name's extension, else the chosen filter's, whose
        extension is then added (asking first when that names a file that is there).
        """
        from desktop.core import export
        ids = ids or self.export_selection()
        if ids is None:
            title = QCoreApplication.translate("MainWindow", "Export")
        else:
            n = len(ids)
            title = QCoreApplication.translate("MainWindow", "Export %n selected record(s)", "", n)
            title = title.replace(str(n), self._number(n), 1)
        jsonl_filter = QCoreApplication.translate("MainWindow", "JSON Lines (*.jsonl)")
        if ids is None:
            csv_filter = QCoreApplication.translate("MainWindow", "CSV, the records of this tab (*.csv)")
        else:
            csv_filter = QCoreApplication.translate("MainWindow", "CSV, the selected records (*.csv)")
        ftm_filter = QCoreApplication.translate("MainWindow", "FollowTheMoney for Aleph (*.ftm.json)")
        path, chosen = file_dialogs.save_file_name(self, title, "", f"{jsonl_filter};;{csv_filter};;{ftm_filter}")
        if not path:
            return
        fmt, path, renamed = export_target(path, {csv_filter: "csv", ftm_filter: "ftm"}.get(chosen, "jsonl"))
        if renamed and not self._may_replace(title, path):
            return
        query = self.search_text.strip() or None
        try:
            if fmt == "csv":
                kind = self.current_kind()
                export.export_csv(self.store, path, kind, query=query, ids=ids, headers=csv_headers(kind),
                                  language=self.language)
            elif fmt == "ftm":
                from desktop.core import ftm
                ftm.export_ftm(self.store, path, query=query, ids=ids)
            else:
                export.export_jsonl(self.store, path, query=query, ids=ids)
        except (MarsadError, OSError) as exc:
            self._error(exc)
            return
        if ids is None:
            done = QCoreApplication.translate("MainWindow", "Exported to %1")
        else:
            n = len(ids)
            done = QCoreApplication.translate("MainWindow", "Exported %n selected record(s) to %1", "", n)
            done = done.replace(str(n), self._number(n), 1)
        # A path reads left to right whatever the sentence around it: «tmp/…/export.csv/» otherwise.
        self.statusBar().showMessage(done.replace("%1", isolate_ltr(path)), 5000)

    def _may_replace(self, title: str, path: str) -> bool:
        """Whether to write `path`, a name the save dialog did not ask about (an extension was added):
        yes unless it is there and the analyst does not want it replaced."""
        if not os.path.exists(path):
            return True
        question = QCoreApplication.translate("MainWindow", "%1 already exists. Replace it?")
        answer = QMessageBox.question(self, title, question.replace("%1", os.path.basename(path)))
        return answer == QMessageBox.Yes

    def backup(self) -> None:
        title = QCoreApplication.translate("MainWindow", "Back Up")
        kinds = QCoreApplication.translate("MainWindow", "Marsad stores (*.db)")
        path, _ = file_dialogs.save_file_name(self, title, self.store.path.stem + "-backup.db", kinds)
        if not path:
            return
        try:
            self.store.backup(path)
        except (MarsadError, OSError) as exc:
            self._error(exc)
            return
        done = QCoreApplication.translate("MainWindow", "Backed up to %1")
        self.statusBar().showMessage(done.replace("%1", isolate_ltr(path)), 5000)

    def restore_automatic(self) -> None:
        """Pick one of the store's automatic copies and put its content back (what is there now is kept)."""
        from PySide6.QtWidgets import QDialog, QMessageBox
        from desktop.ui.dialogs.restore_backup import RestoreBackupDialog
        try:
            copies = self.store.backups()
        except (MarsadError, OSError) as exc:
            self._error(exc)
            return
        dialog = RestoreBackupDialog(copies, self)
        if dialog.exec() != QDialog.Accepted or dialog.chosen() is None:
            return
        copy = dialog.chosen()
        from PySide6.QtCore import QLocale
        question = QCoreApplication.translate(
            "MainWindow", "Replace everything in this store with the copy taken %1?\n\n"
                          "The store as it is now is copied first, so this can be undone the same way.")
        answer = QMessageBox.question(self, dialog.windowTitle(),
                                      question.replace("%1", QLocale().toString(copy.taken, QLocale.ShortFormat)))
        if answer != QMessageBox.Yes:
            return
        try:
            self.store.restore(copy.path)
        except (MarsadError, OSError) as exc:
            self._error(exc)
            return
        self.undo_stack.clear()
        self._store_changed(list(views.TAB_ORDER))
        done = QCoreApplication.translate("MainWindow", "Restored. The store as it was is kept among the "
                                                        "automatic backups.")
        self.statusBar().showMessage(done, 10_000)

    def briefing_items(self, limit: int = BRIEFING_BATCH) -> list[str]:
        """What to add to a briefing: the selected rows, else the shown tab's rows while searching."""
        return self.briefing_batch(limit=limit)[0]

    def briefing_batch(self, skip=frozenset(), limit: int = BRIEFING_BATCH) -> tuple[list[str], int, bool]:
        """The next records for a briefing: (up to `limit` of them not in `skip`, how many the selection or
        the search holds, whether more not in `skip` are left). The selected rows, one included, as
        Export Selected Records takes them; else the shown tab's rows while searching."""
        tab = self.current_tab()
        keys = self.selected_to_export()
        if keys or not self.search_text.strip():
            fresh = [k for k in keys if k not in skip]
            return fresh[:limit], len(keys), len(fresh) > limit
        model = tab.model
        fresh, row = [], 0
        # One past the batch tells whether the analyst has more to add.
        while len(fresh) <= limit:
            if row >= model.rowCount():
                if model.canFetchMore():
                    model.fetchMore()
                if row >= model.rowCount():
                    break
            key = model.key_at(row)
            row += 1
            if key and key not in skip:
                fresh.append(key)
        return fresh[:limit], self._rows_found(model), len(fresh) > limit

    def _rows_found(self, model) -> int:
        if not model.canFetchMore():
            return model.rowCount()
        try:
            return views.count(self.store, model.kind, model.filters, model.hit_set)
        except MarsadError:
            return model.rowCount()

    def print_briefing(self) -> None:
        """Open the composer (the remembered briefing comes back), adding nothing."""
        from desktop.ui import briefing
        return briefing.open_composer(self, self.store, None, self.language, store_changed=self.changes.changed)

    def add_to_briefing(self) -> None:
        from desktop.ui import briefing
        return briefing.open_composer(self, self.store, self.briefing_items(), self.language,
                                      store_changed=self.changes.changed)
