"""File ▸ Team ▸ Search the Hub…: the whole team's records, found on the hub as this laptop's search finds
its own (core.hub.search: the text Marsad's analyser made of each record, matched on the hub), newest
changes first.

The search runs in a thread of its own, so that a hub slow to answer (or a laptop off the network,
which waits out the connection timeout) never freezes the window; a search typed meanwhile replaces
the one running. A hit this store already holds opens in the window; one it does not hold yet says
that a sync brings it. Everything shown is plain text: a record's text is never read as markup.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QThread, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout)

from desktop.core import dateformat
from desktop.core.errors import MarsadError, QueryError
from desktop.ui import error_text, labels
from desktop.ui.delegates import HighlightDelegate
from desktop.ui.team import hub_link
from desktop.ui.team.report import tell

LIMIT = 200
KEY_ROLE = Qt.UserRole
ISOLATE, POP = "\u2068", "\u2069"      # FSI … PDI: record text keeps its own direction inside a line


class HubSearchJob(QThread):
    """One search: `search(text)` run here; `finished_search(result, error)` in the GUI thread after."""

    finished_search = Signal(object, object)

    def __init__(self, search, text: str, parent=None):
        super().__init__(parent)
        self.search, self.text = search, text

    def run(self) -> None:
        try:
            self.finished_search.emit(self.search(self.text), None)
        except (MarsadError, OSError) as exc:
            self.finished_search.emit(None, exc)


class HubSearchDialog(QDialog):
    """A search field, the hits on the hub, and a line saying how the search went."""

    def __init__(self, window, module, url: str):
        super().__init__(window)
        self.window_, self.module, self.url = window, module, url
        self.job: HubSearchJob | None = None
        # One connection kept for the window's searches (core.hub.HubSearcher): connecting and checking
        # the hub take longer than a search. It is used by one search thread at a time.
        self.searcher = module.HubSearcher(url) if hasattr(module, "HubSearcher") else None
        self.waiting: str | None = None       # typed while a search ran: run it next
        self.setObjectName("hub_search")
        self.setWindowTitle(self.tr("Search the Team Hub"))
        self.resize(760, 480)
        self.field = QLineEdit(self)
        self.field.setObjectName("hub_search_field")
        self.field.setPlaceholderText(self.tr("Words, \"a phrase\", -word, kind:quote"))
        self.field.setClearButtonEnabled(True)
        self.field.returnPressed.connect(self.search)
        self.go = QPushButton(self.tr("&Search"), self)
        self.go.clicked.connect(self.search)
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.go)
        self.hub_label = QLabel(self.tr("Hub: %1").replace("%1", ISOLATE + hub_link.shown(url) + POP), self)
        self.hub_label.setTextFormat(Qt.PlainText)
        self.results = QTreeWidget(self)
        self.results.setObjectName("hub_search_results")
        self.results.setRootIsDecorated(False)
        self.results.setUniformRowHeights(True)
        self.results.setHeaderLabels([self.tr("Kind"), self.tr("Text"), self.tr("Changed"), self.tr("Here")])
        for column, width in enumerate((80, 390, 140, 70)):
            self.results.setColumnWidth(column, width)
        # A text that runs against the UI (Arabic in the English UI) shows its «…» at the end that was cut.
        self.results.setItemDelegateForColumn(1, HighlightDelegate(self.results))
        self.results.itemActivated.connect(self.open_hit)
        self.status = QLabel(self.tr("Searches every record the team has sent to the hub."), self)
        self.status.setObjectName("hub_search_status")
        self.status.setTextFormat(Qt.PlainText)
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.hub_label)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    # --- searching -----------------------------------------------------------------------------

    def search(self) -> None:
        text = self.field.text().strip()
        if not text:
            return
        if self.job is not None and self.job.isRunning():
            self.waiting = text
            return
        self._mark_field(False)
        self.status.setText(self.tr("Searching the hub…"))
        self.job = HubSearchJob(self._search, text, self)
        self.job.finished_search.connect(self.show_result)
        self.job.start()

    def show_result(self, result, error) -> None:
        if self.waiting is not None:
            text, self.waiting = self.waiting, None
            self.job.wait()
            self.field.setText(text)
            self.search()
            return
        self.results.clear()
        if error is not None:
            self._mark_field(isinstance(error, QueryError))
            self.status.setText(error_text.render(error) if isinstance(error, QueryError)
                                else error_text.describe(error))
            return
        for hit in result.hits:
            self.results.addTopLevelItem(self._item(hit))
        count = len(result.hits)
        words = [self.tr("%n record(s) found on the hub, newest changes first.", "", count)
                 if count else self.tr("Nothing on the hub matches.")]
        if count >= LIMIT:
            words.append(self.tr("Only the newest %1 are shown: add words to narrow the search.").replace(
                "%1", self.window_._number(LIMIT)))
        if result.ignored:
            words.append(self.tr("Not applied on the hub: %1 (the hub searches words and kind: only).").replace(
                "%1", ISOLATE + " ".join(result.ignored) + POP))
        self.status.setText(" ".join(words))

    def _search(self, text: str):
        if self.searcher is not None:
            return self.searcher.search(text, limit=LIMIT)
        return self.module.search(self.url, text, limit=LIMIT)

    def _item(self, hit) -> QTreeWidgetItem:
        held = self.window_.store.get(hit.id) is not None
        changed = dateformat.format_date(hit.at[:10], self.window_.language) if hit.at else ""
        if changed and self.window_.arabic_digits():
            from desktop.core.arabic import to_arabic_indic_digits
            changed = to_arabic_indic_digits(changed)
        item = QTreeWidgetItem([labels.kind(hit.kind), " ".join((hit.text or "").split()), changed,
                                self.tr("Yes") if held else self.tr("Not yet")])
        item.setData(0, KEY_ROLE, hit.id)
        item.setToolTip(1, hit.text or "")
        return item

    def _mark_field(self, bad: bool) -> None:
        self.field.setStyleSheet("QLineEdit { border: 1px solid #c62828; }" if bad else "")

    # --- a hit ---------------------------------------------------------------------------------

    def open_hit(self, item: QTreeWidgetItem) -> None:
        """A hit this store holds opens in the window; one it does not hold yet says how to get it."""
        key = item.data(0, KEY_ROLE)
        if self.window_.store.get(key) is None:
            self.status.setText(self.tr("This record is on the hub but not in this store yet: File ▸ Team ▸ "
                                        "Sync with Hub brings it here."))
            return
        self.window_.go_to(key)

    def done(self, result: int) -> None:
        if self.job is not None:
            self.job.wait()         # a search still on its way: its thread ends before the dialog goes
        if self.searcher is not None:
            self.searcher.close()
        super().done(result)


def search_hub(window) -> HubSearchDialog | None:
    """Open the team search (its own window, beside the main one); None when there is no hub to search."""
    module = hub_link.hub_module()
    title = QCoreApplication.translate("HubSearchDialog", "Search the Team Hub")
    if module is None or not hasattr(module, "search"):
        tell(window, title, QCoreApplication.translate(
            "HubSearchDialog", "This copy of Marsad cannot reach a team hub: it was installed without PostgreSQL "
                               "support."))
        return None
    url = hub_link.remembered_url(window.store)
    if not url:
        from desktop.ui.team.sync_run import choose_hub
        url = choose_hub(window)
        if url is None:
            return None
    try:
        dialog = HubSearchDialog(window, module, url)
    except MarsadError as exc:
        tell(window, title, error_text.describe(exc), warning=True)
        return None
    dialog.setAttribute(Qt.WA_DeleteOnClose)
    dialog.show()
    dialog.field.setFocus()
    return dialog
