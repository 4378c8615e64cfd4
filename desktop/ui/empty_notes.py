"""What a tab with no rows says instead of an empty grid (rich text; record and typed text escaped).

Five cases, by why the tab is empty:
  - the store holds no record of the kind: how to begin (import an article,
    a new record, the sample store);
  - a search found nothing here: which tabs it did find something in, as
    links to them;
  - the search cannot run: the worded reason;
  - the store cannot be read: why, and a link to open it again (never the guide to an empty store);
  - the tab's own filters leave nothing.
Links are `tab:<kind>` or `do:<command>`; the window follows them.
"""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QObject

from desktop.core import views
from desktop.ui import labels
from desktop.ui.bidi import isolate, typed_dates

TAB_LINK = "tab:"
IMPORT, NEW, SAMPLE, REOPEN = "do:import", "do:new", "do:sample", "do:reopen"


def _link(href: str, text: str) -> str:
    return f'<a href="{escape(href)}">{escape(text)}</a>'


def _dir() -> str:
    """The UI's direction for a paragraph: a message that starts with a Latin filter name
    (`status:…`) must still read right to left in the Arabic UI."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication
    return "rtl" if QApplication.layoutDirection() == Qt.RightToLeft else "ltr"


def _lead(text: str) -> str:
    return f"<p dir='{_dir()}' style='font-size:large'><b>{escape(text)}</b></p>"


def _para(text: str) -> str:
    return f"<p dir='{_dir()}'>{escape(text)}</p>"


def _step(link: str, text: str) -> str:
    """A step's link and, after it, its explanation: a table keeps them side by side. Qt does not
    mirror a rich-text table for right-to-left text, so an Arabic row lists its explanation first
    (the link on the right); each cell reads in the UI's direction."""
    direction = _dir()
    align = "right" if direction == "rtl" else "left"
    cells = [f"<td dir='{direction}' align='{align}' style='padding:4px 12px'><b>{link}</b></td>",
             f"<td dir='{direction}' align='{align}' style='padding:4px'>{escape(text)}</td>"]
    return "<tr>" + "".join(reversed(cells) if direction == "rtl" else cells) + "</tr>"


class EmptyNotes(QObject):
    """The notes, worded in the UI language (a QObject for `tr`: its strings' context is "EmptyNotes")."""

    def no_records(self, kind: str, writable: bool) -> str:
        """How to begin, for a kind the store holds no record of."""
        parts = [_lead(self.tr("%1: none yet").replace("%1", labels.kind_plural(kind)))]
        steps = []
        if writable:
            steps.append((_link(IMPORT, self.tr("Import an article")),
                          self.tr("File ▸ Import (Ctrl+I): Marsad proposes the article's events, actors, quotes "
                                  "and places for you to review.")))
            steps.append((_link(NEW, self.tr("Create a record")),
                          self.tr("Edit ▸ New Record (Ctrl+N), of the kind of this tab.")))
        steps.append((_link(SAMPLE, self.tr("Open the sample store")),
                      self.tr("The Ain al-Asad article and its records, to see a filled store.")))
        if not writable:
            parts.append(_para(self.tr("This store is read-only: open another store to add records.")))
        parts.append(f"<table align='center'>{''.join(_step(link, text) for link, text in steps)}</table>")
        return "".join(parts)

    def no_hits(self, kind: str, query: str, counts: dict[str, int] | None, number, language: str) -> str:
        """A search found nothing in this tab: say so, and name (and link) the tabs it found something in.

        `counts` are the search's hits per kind (None while they are being counted);
        `number` writes a count as the UI writes numbers.
        """
        lead = self.tr("Nothing in %1 matches “%2”.").replace("%1", labels.kind_plural(kind)).replace(
            "%2", isolate(typed_dates(query)))
        parts = [_lead(lead)]
        if counts is None:
            parts.append(_para(self.tr("Counting the matches in the other tabs…")))
            return "".join(parts)
        others = [k for k in views.TAB_ORDER if k != kind and counts.get(k)]
        if others:
            links = [_link(TAB_LINK + k, self.tr("%1 (%2)").replace("%1", labels.kind_plural(k))
                           .replace("%2", number(counts[k]))) for k in others]
            found = escape(self.tr("Found in: %1.")).replace("%1", labels.list_separator(language).join(links))
            parts.append(f"<p dir='{_dir()}'>{found}</p>")
        else:
            parts.append(_para(self.tr("No other tab has a match either. Check the spelling, leave out a word, "
                                       "or search for the start of a word (word*).")))
        return "".join(parts)

    def bad_query(self, message: str) -> str:
        """The search cannot run: the reason, worded (error_text.render)."""
        return _lead(self.tr("The search cannot run.")) + _para(message)

    def unreadable(self, message: str) -> str:
        """The store cannot be read: no guide to an empty store (it may be full), the reason, worded
        (read_failures.py), and the way out."""
        reopen = _link(REOPEN, self.tr("Open the store again"))
        return _lead(self.tr("The store cannot be read.")) + _para(message) + f"<p dir='{_dir()}'>{reopen}</p>"

    def filtered_out(self, kind: str) -> str:
        """The tab's own filters (dates, type, review...) leave none of its records."""
        return (_lead(self.tr("No %1 pass this tab's filters.").replace("%1", labels.kind_plural(kind)))
                + _para(self.tr("Widen the dates or set a filter back to “all”.")))
