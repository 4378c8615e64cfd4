"""Reviewing what extraction proposed from one article, beside the article itself.

The article's body is shown with every proposal's evidence (its
source_span) highlighted; the list beside it names each proposal, its kind
and the rule that proposed it. The analyst accepts, edits, merges (an actor
into one the store has) or rejects each, or accepts them all. Nothing is
accepted without a decision: closing leaves the rest unreviewed. Every
decision is a QUndoCommand, pushed on the window's undo stack when given.
The article's rich text, escaped and highlighted, is review_article.py's.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QTextOption, QUndoCommand
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QInputDialog,
                               QLabel, QMessageBox, QPushButton, QSplitter, QTextBrowser, QToolButton,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from desktop.core import arabic, kinds
from desktop.core import review as core_review
from desktop.core.errors import MarsadError
from desktop.core.kinds import fields as f
from desktop.ui import bidi, error_text, labels, reason_text, shown_dates
from desktop.ui.commands import DeleteCommand, PutCommand, ReviewCommand, run_pushed
from desktop.ui.delegates import HighlightDelegate
from desktop.ui.icons import icon
from desktop.ui.importing.merge import MergeActorCommand, MergeDialog, can_merge
# The article's colours are reached here as well, where they were before review_article.py had them.
from desktop.ui.importing.review_article import (STYLE_SELECTED, anchor, article_html,  # noqa: F401
                                                 evidence_span, kind_style, legend_html)
from desktop.ui.importing.review_rows import QUOTED, ProposalDelegate

# The notes of a proposal say why extraction proposed it (every stored kind has notes).
NOTES = "notes"


def meta_value(fld: f.Field, value) -> str:
    """A source's field on the meta line: a closed list's value by its label, a language by its name
    («ar» is «العربية» in the Arabic UI), a date as the tables show it, anything else as written."""
    if fld.type == f.DATE:
        return shown_dates.date(value)
    if fld.type == f.CHOICE:
        return labels.choice(fld, value)
    if fld.name == labels.LANGUAGE_FIELD:
        return labels.language(str(value))
    return str(value)


class _Changes(QObject):
    """Stands in for the window's StoreChanges when the dialog runs on its own."""
    changed = Signal(list)


class ReviewDialog(QDialog):
    def __init__(self, store, source_id: str, undo_stack=None, changes=None, parent=None):
        super().__init__(parent)
        self.store, self.source_id, self.undo_stack = store, source_id, undo_stack
        # Unparented: commands left on the undo stack keep it alive after the dialog is gone.
        self.changes = changes if changes is not None else _Changes()
        self.proposals: list[dict] = []
        self.reasons: dict = {}        # why each proposal was made, for its words in the UI language
        self.names: dict[str, str] = {}
        self.article_html = ""
        self.source_kind = kinds.get(kinds.kind_of(source_id))
        # The source's text: the long text whose digest finds the same article again.
        self.body_field = next((fld.name for fld in self.source_kind.fields if fld.digest), self.source_kind.main)
        self.source = store.get(source_id) or {}
        self.body = self.source.get(self.body_field) or ""
        self.rtl = arabic.contains_arabic(self.body)
        self.setWindowTitle(self.tr("Review Proposals: %1").replace(
            "%1", _short(self.source.get(self.source_kind.main, source_id))))
        self.resize(1180, 720)
        self._build()
        self.changes.changed.connect(self._store_changed)
        self.reload()

    # --- layout ---------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.PlainText)     # an article title is record text, never markup
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.meta = QLabel(self)
        self.meta.setTextFormat(Qt.PlainText)
        layout.addWidget(self.meta)

        splitter = QSplitter(Qt.Horizontal, self)
        article = QWidget(splitter)
        col = QVBoxLayout(article)
        col.setContentsMargins(0, 0, 0, 0)
        self.browser = QTextBrowser(article)
        self.browser.setOpenLinks(False)
        self.browser.setReadOnly(True)
        option = self.browser.document().defaultTextOption()
        option.setTextDirection(Qt.RightToLeft if self.rtl else Qt.LeftToRight)
        option.setAlignment(Qt.AlignRight if self.rtl else Qt.AlignLeft)
        option.setWrapMode(QTextOption.WrapAtWordBoundaryOrAnywhere)
        self.browser.document().setDefaultTextOption(option)
        font = self.browser.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.browser.setFont(font)
        col.addWidget(self.browser)
        legend = QLabel(self._legend(), article)    # fixed words and colours only: no record text
        legend.setTextFormat(Qt.RichText)
        col.addWidget(legend)

        side = QWidget(splitter)
        side_col = QVBoxLayout(side)
        side_col.setContentsMargins(0, 0, 0, 0)
        self.count = QLabel(side)
        side_col.addWidget(self.count)
        self.tree = QTreeWidget(side)
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Kind"), self.tr("Proposed record"), self.tr("Why")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        self.tree.setSelectionMode(QAbstractItemView.SingleSelection)
        self.tree.setColumnWidth(0, 70)
        self.tree.setColumnWidth(1, 300)
        # Record text and reasons quote the article: elided at the end that was cut, whatever the UI.
        self.tree.setItemDelegateForColumn(1, ProposalDelegate(self.tree))
        self.tree.setItemDelegateForColumn(2, HighlightDelegate(self.tree))
        self.tree.currentItemChanged.connect(lambda *_: self._selected())
        self.tree.itemDoubleClicked.connect(lambda *_: self.edit_current())
        side_col.addWidget(self.tree, 1)
        self.detail = QLabel(side)
        self.detail.setTextFormat(Qt.PlainText)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.detail.setMinimumHeight(self.fontMetrics().height() * 4)
        self.detail.setAlignment(Qt.AlignTop | Qt.AlignLeading)
        side_col.addWidget(self.detail)

        row = QHBoxLayout()
        self.accept_button = QPushButton(self.tr("&Accept"), side)
        self.accept_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.accept_button.setToolTip(self.tr("Accept the selected proposal (Ctrl+Enter)"))
        self.edit_button = QPushButton(self.tr("&Edit…"), side)
        self.merge_button = QPushButton(self.tr("&Merge into…"), side)
        self.merge_button.setToolTip(self.tr("The proposed actor is one the store already has"))
        self.reject_button = QPushButton(self.tr("&Reject"), side)
        self.reject_button.setShortcut(QKeySequence.Delete)
        self.reject_button.setToolTip(self.tr("Delete the selected proposal (Del)"))
        for button, slot, name in ((self.accept_button, self.accept_current, "accept"),
                                   (self.edit_button, self.edit_current, "edit"),
                                   (self.merge_button, self.merge_current, None),
                                   (self.reject_button, self.reject_current, "reject")):
            if name:
                button.setIcon(icon(name))
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            row.addWidget(button)
        side_col.addLayout(row)
        splitter.addWidget(article)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

        bottom = QHBoxLayout()
        self.accept_all_button = QPushButton(self.tr("Accept A&ll"), self)
        self.accept_all_button.setAutoDefault(False)
        self.accept_all_button.clicked.connect(self.accept_all)
        bottom.addWidget(self.accept_all_button)
        if self.undo_stack is not None:
            # The window's Undo is out of reach behind a modal dialog: offer it here.
            undo = self.undo_stack.createUndoAction(self, self.tr("Undo"))
            undo.setShortcuts(QKeySequence.Undo)
            redo = self.undo_stack.createRedoAction(self, self.tr("Redo"))
            redo.setShortcuts(QKeySequence.Redo)
            for action, name in ((undo, "undo"), (redo, "redo")):
                action.setIcon(icon(name))
                self.addAction(action)
                button = QToolButton(self)
                button.setDefaultAction(action)
                # The action's text grows with the command's («Undo Reject …»): the icon and a tooltip suffice.
                button.setToolButtonStyle(Qt.ToolButtonIconOnly)
                bottom.addWidget(button)
        # Records in conflict after a sync are reviewed too, in their own view (desktop/ui/team).
        from desktop.ui.team.review_link import ConflictsButton
        self.conflicts_button = ConflictsButton(self.store, self.changes, self)
        bottom.addWidget(self.conflicts_button)
        bottom.addStretch(1)
        # Said only while something is left: with nothing to review, "the rest" is nothing.
        self.closing_note = QLabel(self.tr("Closing leaves the rest unreviewed."), self)
        self.closing_note.setObjectName("closing_note")
        bottom.addWidget(self.closing_note)
        close = QDialogButtonBox(QDialogButtonBox.Close, self)
        close.rejected.connect(self.reject)
        bottom.addWidget(close)
        layout.addLayout(bottom)

    def _legend(self) -> str:
        return legend_html(self.tr("selected"))

    # --- data -------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the source's proposals again (after a decision, an undo or a redo)."""
        row = max(0, self.tree.indexOfTopLevelItem(self.tree.currentItem())) if self.tree.currentItem() else 0
        self.source = self.store.get(self.source_id) or {}
        self.body = self.source.get(self.body_field) or ""
        self.proposals = core_review.proposals_for(self.store, self.source_id) if self.source else []
        self.reasons = core_review.reasons_for(self.store, self.proposals)
        self._load_names()
        title = self.source.get(self.source_kind.main, "")
        # An Arabic title that starts with a Latin word would otherwise read as a left-to-right paragraph.
        self.heading.setText(("\u200f" if self.rtl else "") + title if title else
                             self.tr("This source no longer exists."))
        meta = [meta_value(fld, self.source[fld.name]) for fld in self.source_kind.fields
                if fld.type in (f.TEXT, f.DATE, f.CHOICE) and fld.detail and fld.name != self.source_kind.main
                and self.source.get(fld.name)]
        # The meta line is the UI's sentence (the names are in its language), so it runs in the UI's
        # direction; the article's own values are isolated inside it.
        mark = bidi.RLM if self.layoutDirection() == Qt.RightToLeft else bidi.LRM
        self.meta.setText(mark + " · ".join(bidi.isolate(value) for value in meta) if meta else "")
        self.meta.setVisible(bool(meta))
        self.tree.blockSignals(True)
        self.tree.clear()
        for i, rec in enumerate(self.proposals):
            item = QTreeWidgetItem([labels.kind(rec["kind"]), self._describe(rec), self._why(rec)])
            item.setData(0, Qt.UserRole, rec["id"])
            item.setToolTip(1, self._describe(rec, full=True))
            if kinds.get(rec["kind"]).byline:
                item.setData(1, QUOTED, list(self._quoted(rec)))
            item.setToolTip(2, self._why(rec))
            self.tree.addTopLevelItem(item)
        self.tree.blockSignals(False)
        n = len(self.proposals)
        self.count.setText(self.tr("%n proposal(s) waiting for review", "", n) if n else
                           self.tr("Every proposal from this article has been reviewed."))
        self.accept_all_button.setEnabled(n > 0 and not self.store.readonly)
        self.closing_note.setVisible(n > 0)
        if n:
            self.tree.setCurrentItem(self.tree.topLevelItem(min(row, n - 1)))
        self._selected()

    def _load_names(self) -> None:
        """Names of the records the proposals are bylined by (a quote's speaker), for the list."""
        keys = set()
        for rec in self.proposals:
            byline = kinds.get(rec["kind"]).byline
            if byline and rec.get(byline):
                keys.add(rec[byline])
        self.names = self.store.display_names(keys) if keys else {}

    def _describe(self, rec: dict, full: bool = False) -> str:
        """A proposal in one line: whose words (its byline), when, and its main text."""
        kind = kinds.get(rec["kind"])
        if kind.byline:
            return "{}«{}»".format(*self._quoted(rec, full))
        # The date as the tables beside the dialog show it, never the stored ISO form.
        date = bidi.isolate(shown_dates.record_date(kind, rec))
        main = " · ".join(x for x in (date, str(rec.get(kind.main, ""))) if x)
        # A dated row is the UI's line, its date first: a date of digits only («2014») has no direction,
        # and the row took the title's (right to left in the English UI, the date on the right).
        mark = (bidi.RLM if self.layoutDirection() == Qt.RightToLeft else bidi.LRM) if date else ""
        return main if full else mark + _short(main, 120)

    def _quoted(self, rec: dict, full: bool = False) -> tuple[str, str]:
        """A bylined proposal's speaker with its colon, and its words (cut in the list, not in the marks)."""
        kind = kinds.get(rec["kind"])
        who = rec.get(kind.byline, "")
        words = str(rec.get(kind.main, ""))
        return " ".join(str(self.names.get(who, who)).split()) + ": ", words if full else _short(words, 120)

    def _why(self, rec: dict) -> str:
        """Why extraction proposed `rec`, in the UI language: its reason worded here while its notes
        still hold the words the import stored (in the importing tool's language), else the notes."""
        found = self.reasons.get(rec["id"], {}).get(NOTES)
        return reason_text.word(found) if found is not None else rec.get(NOTES, "")

    def _details(self, rec: dict) -> str:
        lines = [labels.kind(rec["kind"]) + ": " + self._describe(rec, full=True)]
        why = self._why(rec)
        if why:
            lines.append(self.tr("Why: %1").replace("%1", why))
        return "\n".join(lines)

    def current(self) -> tuple[int, dict] | tuple[None, None]:
        item = self.tree.currentItem()
        if item is None:
            return None, None
        i = self.tree.indexOfTopLevelItem(item)
        return (i, self.proposals[i]) if 0 <= i < len(self.proposals) else (None, None)

    def _selected(self) -> None:
        i, rec = self.current()
        writable = rec is not None and not self.store.readonly
        for button in (self.accept_button, self.edit_button, self.reject_button):
            button.setEnabled(writable)
        self.merge_button.setEnabled(writable and can_merge(rec["kind"]))
        self.detail.setText(self._details(rec) if rec is not None else "")
        self.article_html = article_html(self.body, self.proposals, i, self.rtl)
        self.browser.setHtml(self.article_html)
        if i is not None and evidence_span(self.proposals[i]):
            self.browser.scrollToAnchor(anchor(i))

    def _store_changed(self, _kinds: list) -> None:
        self.reload()

    # --- decisions --------------------------------------------------------------------

    def _run(self, command: QUndoCommand) -> bool:
        """Carry out a decision; on the undo stack when there is one. A store error changes nothing."""
        try:
            if self.undo_stack is not None:
                run_pushed(self.undo_stack, command)
            else:
                command.redo()
        except (MarsadError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Review"), error_text.describe(exc))
            self.reload()
            return False
        return True

    def accept_current(self) -> None:
        _, rec = self.current()
        if rec is not None:
            self._run(ReviewCommand(self.store, [rec["id"]], self.changes))

    def accept_all(self) -> None:
        keys = [p["id"] for p in self.proposals]
        if not keys:
            return
        if self.undo_stack is None and not self._confirm_accept_all(len(keys)):
            return
        self._run(ReviewCommand(self.store, keys, self.changes))

    def _confirm_accept_all(self, n: int) -> bool:
        answer = QMessageBox.question(self, self.tr("Accept All"),
                                      self.tr("Accept all %n proposal(s) as they are?", "", n),
                                      QMessageBox.Yes | QMessageBox.Cancel, QMessageBox.Cancel)
        return answer == QMessageBox.Yes

    def reject_current(self) -> None:
        _, rec = self.current()
        if rec is None:
            return
        quotes = None
        # Records that cannot be left without this one (a proposed speaker's quotes) go with it, if asked.
        held = core_review.quotes_of(self.store, rec["id"])
        if held:
            if not self._confirm_reject_quotes(rec, len(held)):
                return
            quotes = "delete"
        self._run(DeleteCommand(self.store, [rec["id"]], self.changes, quotes,
                                self.tr("Reject %1").replace("%1", _short(self._describe(rec), 40))))

    def _confirm_reject_quotes(self, rec: dict, n: int) -> bool:
        box = QMessageBox(QMessageBox.Question, self.tr("Reject"),
                          self.tr("%n record(s) cannot be left without “%1”. Reject them too?", "", n)
                          .replace("%1", str(rec.get(kinds.get(rec["kind"]).main, rec["id"]))),
                          QMessageBox.Cancel, self)
        box.setTextFormat(Qt.PlainText)
        box.setInformativeText(self.tr("To keep them under a record the store already has, use Merge instead."))
        both = box.addButton(self.tr("Reject Them Too"), QMessageBox.DestructiveRole)
        box.setDefaultButton(QMessageBox.Cancel)
        box.exec()
        return box.clickedButton() is both

    def edit_current(self) -> None:
        _, rec = self.current()
        if rec is None or self.store.readonly:
            return
        edited = self._edit_record(rec)
        if edited is not None:
            self._run(PutCommand(self.store, edited, self.changes))

    def _edit_record(self, rec: dict) -> dict | None:
        """The record as the analyst edited it (the app's record editor), or None if cancelled."""
        from desktop.ui.dialogs.record_editor import RecordEditor
        editor = RecordEditor(self.store, rec["kind"], rec, self)
        return editor.record() if editor.exec() == QDialog.Accepted else None

    def merge_current(self) -> None:
        _, rec = self.current()
        if rec is None or not can_merge(rec["kind"]):
            return
        picked = self._pick_merge_target(rec)
        if picked is not None:
            into, add_alias = picked
            self._run(MergeActorCommand(self.store, rec["id"], into, self.changes, add_alias))

    def _pick_merge_target(self, rec: dict) -> tuple[str, bool] | None:
        dialog = MergeDialog(self.store, rec, self)
        if dialog.exec() != QDialog.Accepted:
            return None
        return dialog.target_id(), dialog.alias.isChecked()


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def review_source_dialog(parent, store, source_id: str, undo_stack=None, changes=None) -> int:
    """Review one source's proposals (modal); returns how many are still unreviewed.

    Pass the window's QUndoStack to make each decision undoable, and its
    StoreChanges so the tabs refresh as decisions are made.
    """
    dialog = ReviewDialog(store, source_id, undo_stack, changes, parent)
    dialog.exec()
    left = len(core_review.proposals_for(store, source_id))
    dialog.deleteLater()
    return left


def review_pending_dialog(parent, store, undo_stack=None, changes=None, sources: list[str] | None = None) -> None:
    """Pick a source with proposals waiting (of `sources`, or all) and review it; says so if none wait."""
    waiting = core_review.unreviewed_sources(store)
    if sources is not None:
        wanted = set(sources)
        waiting = [s for s in waiting if s in wanted]
    if not waiting:
        from desktop.ui.team.review_link import offer_conflicts
        if sources is None and offer_conflicts(parent, store, changes):
            return
        QMessageBox.information(parent, QCoreApplication.translate("ReviewDialog", "Review"),
                                QCoreApplication.translate("ReviewDialog", "No imported article has proposals "
                                                           "waiting for review."))
        return
    source_id = waiting[0]
    if len(waiting) > 1:
        names = store.display_names(waiting)
        titles = [_short(names.get(s, s), 90) for s in waiting]
        # Two sources may share a title: number the entries so each choice is unambiguous.
        items = [f"{n}. {t}" for n, t in enumerate(titles, 1)]
        item, ok = QInputDialog.getItem(parent, QCoreApplication.translate("ReviewDialog", "Review"),
                                        QCoreApplication.translate("ReviewDialog", "Articles with proposals "
                                                                   "waiting for review:"), items, 0, False)
        if not ok:
            return
        source_id = waiting[items.index(item)]
    review_source_dialog(parent, store, source_id, undo_stack, changes)
