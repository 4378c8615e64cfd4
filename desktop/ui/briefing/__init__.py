"""The briefing window (DESIGN section 6): basket, options, live preview, print, PDF.

Entry points for the main window:

    from desktop.ui import briefing
    briefing.open_composer(window, store, ids, language,     # menu action / "Add to Briefing"
                           store_changed=window.changes.changed)
    briefing.search_ids(store, query)                 # ids of all search results, to pass as `ids`

The composer is a non-modal child of `parent`: opening it again raises the
same window and adds the ids to its basket.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.ui.briefing.composer import BriefingComposer

__all__ = ["BriefingComposer", "open_composer", "search_ids"]

SEARCH_LIMIT = 200


def __getattr__(name: str):
    # The composer (QtWidgets and the whole window) loads on first use: `marsad briefing` imports this
    # package for its words and the PDF's font and has no window to show.
    if name in ("BriefingComposer", "OBJECT_NAME"):
        from desktop.ui.briefing import composer
        return getattr(composer, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def open_composer(parent, store, ids: list[str] | None = None, language: str = "ar",
                  store_changed=None) -> BriefingComposer:
    """Shows the briefing composer of `parent` (made on first use), adding `ids` to its basket.

    `language` is the UI language: a new briefing starts in it (the last
    briefing, when there is one, keeps its own). The layout direction follows
    QApplication's, which the app sets with the language. `store_changed`, a
    signal emitted after edits (MainWindow.changes.changed), is connected once,
    when the composer is made, so edited titles and texts reach the preview.
    """
    from desktop.ui.briefing.composer import OBJECT_NAME, BriefingComposer
    composer = parent.findChild(BriefingComposer, OBJECT_NAME) if parent is not None else None
    if composer is not None and composer.store is not store:
        # The window now shows another store: its basket's ids mean nothing there.
        composer.close()
        composer.deleteLater()
        composer = None
    if composer is None:
        composer = BriefingComposer(store, language, parent)
        if store_changed is not None:
            store_changed.connect(composer.records_changed)
    if ids:
        composer.add_ids(ids)
    composer.show()
    composer.raise_()
    composer.activateWindow()
    return composer


def search_ids(store, query: str, limit: int = SEARCH_LIMIT) -> list[str]:
    """Record ids for a briefing of a whole search, at most `limit`, chosen as `marsad briefing --query`
    chooses them (desktop/core/briefing_selection.RULE). Raises QueryError for a bad query."""
    from desktop.core import briefing_selection
    if not query.strip():
        return []
    return briefing_selection.select(store, query, limit)
