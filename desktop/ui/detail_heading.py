"""The detail pane's headline held to a few lines of the pane as it is now.

A title of ten thousand characters was shown whole as the bold heading and
filled the pane, hiding every field under it. The headline is measured in a
document laid out like the pane's (its font, margin and width) and cut to
LINES lines (detail._headline); its "more" link shows it whole, "less" cuts
it again, and a pane made wider or narrower cuts it anew.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextBrowser

from desktop.core import kinds
from desktop.ui import detail

LINES = 3
SHORT = 40            # characters of a headline that fit three lines of any pane
REFIT_MS = 120        # a splitter dragged re-renders the pane once it rests, not at every pixel


def line_count(html: str, like: QTextBrowser) -> int:
    """How many lines `html` takes in a document laid out as `like`'s is."""
    document = QTextDocument()
    document.setDefaultFont(like.document().defaultFont())
    document.setDefaultStyleSheet(like.document().defaultStyleSheet())
    document.setDocumentMargin(like.document().documentMargin())
    document.setTextWidth(like.viewport().width())
    document.setHtml(html)
    document.size()       # lays it out
    count, block = 0, document.begin()
    while block.isValid():
        # Not the empty paragraphs a document keeps around a table (a headline of another script is one).
        if block.text():
            count += block.layout().lineCount()
        block = block.next()
    return count


class DetailHeading(QObject):
    """Renders the pane (detail.render) with its headline cut to fit, and keeps it fitted."""

    def __init__(self, browser: QTextBrowser):
        super().__init__(browser)
        self.browser = browser
        self.shown: tuple | None = None      # what render was given last: (info, language, terms, digits)
        self.whole_key: str | None = None    # the record whose headline was asked for whole
        self.width = browser.viewport().width()
        self.refit = QTimer(self)
        self.refit.setSingleShot(True)
        self.refit.setInterval(REFIT_MS)
        self.refit.timeout.connect(lambda: self._render(keep_scroll=True))
        browser.viewport().installEventFilter(self)
        browser.anchorClicked.connect(self._clicked)

    def show(self, info: dict | None, language: str, terms, arabic_digits: bool) -> None:
        key = info["record"].get("id") if info else None
        if key != self.whole_key:
            self.whole_key = None          # another record: its headline starts cut
        self.shown = (info, language, terms, arabic_digits)
        self._render(keep_scroll=False)

    def clear(self) -> None:
        self.shown = None
        self.browser.clear()

    def _fits(self, html: str) -> bool:
        return line_count(html, self.browser) <= LINES

    def _render(self, keep_scroll: bool) -> None:
        if self.shown is None:
            return
        info, language, terms, arabic_digits = self.shown
        whole = info is not None and info["record"].get("id") == self.whole_key
        bar = self.browser.verticalScrollBar()
        at = bar.value()
        self.browser.setHtml(detail.render(info, language, terms, arabic_digits, self._fits, whole))
        if keep_scroll:
            bar.setValue(at)

    def _clicked(self, url: QUrl) -> None:
        link = url.toString()
        if link not in (detail.HEADLINE_MORE, detail.HEADLINE_LESS) or self.shown is None or self.shown[0] is None:
            return
        self.whole_key = self.shown[0]["record"].get("id") if link == detail.HEADLINE_MORE else None
        self._render(keep_scroll=True)

    def _may_not_fit(self) -> bool:
        """Whether the shown headline may need cutting anew at another width: a short name never does,
        and re-rendering the pane for it would only cost a long source's text laid out again."""
        if self.shown is None or self.shown[0] is None:
            return False
        rec = self.shown[0]["record"]
        kind = kinds.get(rec["kind"])
        return not kind.byline and len(str(rec.get(kind.main, ""))) > SHORT

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Resize and self.browser.viewport().width() != self.width:
            self.width = self.browser.viewport().width()
            if self._may_not_fit():
                self.refit.start()
        return False
