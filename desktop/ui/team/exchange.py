"""File ▸ Team ▸ Export Changes for a Peer, and Apply Changes from a Peer: sync by file, for air-gapped work.

Core does the work (core/sync.py: write_changes, apply_bundle), each all or
nothing, in a worker thread. Exporting asks which peer (one met before, or
a new one by its site id, which the other store shows in the same dialog)
and where to write; applying asks which bundle and says what it applied,
skipped and left in conflict. A bundle refused (cut short, changed, from
this very store, out of turn) is named with the reason, and nothing in the
store changed.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QVBoxLayout)

from desktop.core import bundles
from desktop.ui import error_text, file_dialogs
from desktop.ui.bidi import isolate, isolate_ltr
from desktop.ui.team.report import tell
from desktop.ui.team.worker import run_job

BUNDLE_SUFFIX = ".jsonl"


def peer_label(peer: dict) -> str:
    """A peer as the lists show it: its name and site id, or the site id alone."""
    return f"{peer['name']} — {peer['site']}" if peer.get("name") else peer["site"]


class PeerDialog(QDialog):
    """Which peer the changes are for: a known one, or a new one by its site id (and a name to give it)."""

    def __init__(self, own_site: str, peers: list[dict], parent=None):
        super().__init__(parent)
        self.setObjectName("peer_dialog")
        self.setWindowTitle(self.tr("Export Changes for a Peer"))
        self.own_site = own_site
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Marsad writes the changes this peer has not been sent yet to a file, to carry to "
                               "it and apply there (File ▸ Team ▸ Apply Changes from a Peer). A new peer gets "
                               "every record."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        own = QLineEdit(own_site, self)
        own.setReadOnly(True)
        own.setLayoutDirection(Qt.LeftToRight)
        own.setObjectName("own_site")
        form.addRow(self.tr("This store's site:"), own)
        self.peer = QComboBox(self)
        self.peer.setObjectName("peer")
        self.peer.setEditable(True)
        self.peer.setLayoutDirection(Qt.LeftToRight)     # site ids and peer names are codes
        for p in peers:
            self.peer.addItem(peer_label(p), p["site"])
        self.peer.lineEdit().setPlaceholderText(self.tr("the other store's site id"))
        form.addRow(self.tr("&Peer:"), self.peer)
        self.name = QLineEdit(self)
        self.name.setObjectName("peer_name")
        self.name.setLayoutDirection(Qt.LeftToRight)
        self.name.setPlaceholderText(self.tr("office, field-laptop (optional)"))
        form.addRow(self.tr("&Name a new peer:"), self.name)
        layout.addLayout(form)
        note = QLabel(self.tr("The other store shows its site id here too, or prints it with “marsad site”."),
                      self)
        note.setWordWrap(True)
        layout.addWidget(note)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b3261e;")
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.peer.currentTextChanged.connect(lambda _t: self._check())
        self._check()
        self.resize(620, self.sizeHint().height())

    def peer_site(self) -> str:
        """The chosen peer's site id, or what was typed (a site id, or a peer's name)."""
        text = self.peer.currentText().strip()
        index = self.peer.findText(text)
        return self.peer.itemData(index) if index >= 0 else text

    def new_name(self) -> str:
        return self.name.text().strip()

    def _check(self) -> None:
        site = self.peer_site()
        known = self.peer.findText(self.peer.currentText().strip()) >= 0
        problem = ""
        if not site:
            problem = self.tr("Choose a peer, or give the other store's site id.")
        elif site == self.own_site:
            problem = self.tr("That is this store's own site: give the other store's.")
        elif not known and not bundles.is_site_id(site):
            problem = self.tr("A new peer is given by its site id (as “marsad site” prints it).")
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(not problem)
        self.name.setEnabled(not known)


def export_changes(window) -> object | None:
    """Ask for a peer and a file, write the bundle; returns core's ChangesReport, or None."""
    store = window.store
    title = QCoreApplication.translate("TeamExchange", "Export Changes for a Peer")
    if store.readonly:
        tell(window, title, QCoreApplication.translate(
            "TeamExchange", "This store is open read-only: exporting changes notes what was sent in it. Open it "
                            "for writing first."))
        return None
    dialog = PeerDialog(store.site_id(), store.peers(), window)
    try:
        if dialog.exec() != QDialog.Accepted:
            return None
        peer, name = dialog.peer_site(), dialog.new_name()
    finally:
        dialog.deleteLater()
    found = store.find_peer(peer)
    label = (found or {}).get("name") or name or peer
    # A peer's name is one word of letters, digits, - and _ (core checks it): safe in a file name.
    default = f"changes-for-{label if label != peer else peer[:8]}{BUNDLE_SUFFIX}"
    path, _ = file_dialogs.save_file_name(
        window, title, default, QCoreApplication.translate("TeamExchange", "Marsad change bundles (*.jsonl)"))
    if not path:
        return None

    def job(s, _progress, _cancelled):
        from desktop.core import sync
        if name and found is None:
            sync.name_peer(s, peer, name)
        return sync.write_changes(s, peer, path)

    outcome = run_job(window, store.path, job, title,
                      QCoreApplication.translate("TeamExchange", "Writing the changes…"))
    window.team_job_done(outcome, changed=False)
    if not outcome.ok:
        tell(window, title, QCoreApplication.translate("TeamExchange", "No changes were written to %1.")
             .replace("%1", isolate_ltr(path)),
             error_text.describe(outcome.error) if outcome.error else "", warning=True)
        return None
    report = outcome.result
    tell(window, title, QCoreApplication.translate("TeamExchange", "Wrote the changes for %1 to %2.")
         .replace("%1", isolate(label)).replace("%2", isolate_ltr(path)),
         "\n".join([QCoreApplication.translate("TeamExchange", "Changed records: %1")
                    .replace("%1", window._number(report.records)),
                    QCoreApplication.translate("TeamExchange", "Deletions: %1")
                    .replace("%1", window._number(report.deleted))]))
    return report


def apply_changes(window, path: str | None = None) -> object | None:
    """Ask for a bundle (unless `path` is given) and merge it; returns core's ApplyReport, or None."""
    store = window.store
    title = QCoreApplication.translate("TeamExchange", "Apply Changes from a Peer")
    if store.readonly:
        tell(window, title, QCoreApplication.translate(
            "TeamExchange", "This store is open read-only: applying changes would write to it. Open it for "
                            "writing first."))
        return None
    if path is None:
        path, _ = file_dialogs.open_file_name(
            window, title, "", QCoreApplication.translate("TeamExchange", "Marsad change bundles (*.jsonl);;"
                                                                         "All files (*)"))
        if not path:
            return None

    def job(s, _progress, _cancelled):
        from desktop.core import sync
        return sync.apply_bundle(s, path)

    outcome = run_job(window, store.path, job, title,
                      QCoreApplication.translate("TeamExchange", "Applying the changes in %1…")
                      .replace("%1", isolate_ltr(Path(path).name)))
    report = outcome.result if outcome.ok else None
    window.team_job_done(outcome, changed=bool(report is not None and report.changed))
    if report is None:
        tell(window, title, QCoreApplication.translate(
            "TeamExchange", "The changes in %1 were not applied; nothing in the store changed.")
            .replace("%1", isolate_ltr(path)),
            error_text.describe(outcome.error) if outcome.error else "", warning=True)
        return None
    _report_applied(window, title, report)
    return report


def _report_applied(window, title: str, report) -> None:
    n = window._number
    peer = window.store.find_peer(report.origin) or {}
    origin = isolate(peer.get("name") or report.origin)
    lines = [QCoreApplication.translate("TeamExchange", "Applied: %1").replace("%1", n(report.applied)),
             QCoreApplication.translate("TeamExchange", "Skipped (here already, or older): %1")
             .replace("%1", n(report.skipped)),
             QCoreApplication.translate("TeamExchange", "In conflict, waiting for you: %1")
             .replace("%1", n(len(report.conflicts)))]
    if report.same:
        lines.append(QCoreApplication.translate("TeamExchange", "Made alike on both sides: %1")
                     .replace("%1", n(report.same)))
    if report.closed:
        lines.append(QCoreApplication.translate("TeamExchange", "Conflicts resolved at the other store: %1")
                     .replace("%1", n(len(report.closed))))
    text = (QCoreApplication.translate("TeamExchange", "Applied the changes from %1.").replace("%1", origin)
            if report.changed else
            QCoreApplication.translate("TeamExchange", "This store already had every change from %1.")
            .replace("%1", origin))
    box = tell(window, title, text, "\n".join(lines), conflicts=report.open_conflicts > 0)
    if box.wants_conflicts():
        window.show_conflicts()
