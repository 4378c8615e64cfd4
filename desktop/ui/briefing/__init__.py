"""The briefing window (DESIGN section 6): basket, options, live preview, print, PDF.

Entry points for the main window:

    from desktop.ui import briefing
    briefing.load_translations(app, language)        # after app.install_language
    briefing.open_composer(window, store, ids, language,     # menu action / "Add to Briefing"
                           store_changed=window.changes.changed)
    briefing.search_ids(store, query)                 # ids of all search results, to pass as `ids`

The composer is a non-modal child of `parent`: opening it again raises the
same window and adds the ids to its basket.
"""
from __future__ import annotations

from PySide6.QtCore import QTranslator

from desktop import paths
from desktop.ui.briefing.composer import OBJECT_NAME, BriefingComposer

__all__ = ["BriefingComposer", "load_translations", "open_composer", "search_ids"]

TRANSLATION_NAME = "marsad_briefing"
# The installed translator is kept on the application, like app.py keeps its own.
_TRANSLATOR_PROPERTY = "marsadBriefingTranslator"
SEARCH_LIMIT = 200


def load_translations(app, language: str) -> bool:
    """Installs (or, for English, removes) the briefing window's translation.

    Call it whenever the UI language is set; returns whether a translation
    is now installed.
    """
    old = app.property(_TRANSLATOR_PROPERTY)
    if isinstance(old, QTranslator):
        app.removeTranslator(old)
    app.setProperty(_TRANSLATOR_PROPERTY, None)
    if language == "en":
        return False
    translator = QTranslator(app)
    if not translator.load(f"{TRANSLATION_NAME}_{language}", str(paths.resources_dir() / "translations")):
        return False
    app.installTranslator(translator)
    app.setProperty(_TRANSLATOR_PROPERTY, translator)
    return True


def open_composer(parent, store, ids: list[str] | None = None, language: str = "ar",
                  store_changed=None) -> BriefingComposer:
    """Shows the briefing composer of `parent` (made on first use), adding `ids` to its basket.

    `language` is the UI language: a new briefing starts in it (the last
    briefing, when there is one, keeps its own). The layout direction follows
    QApplication's, which the app sets with the language. `store_changed`, a
    signal emitted after edits (MainWindow.changes.changed), is connected once,
    when the composer is made, so edited titles and texts reach the preview.
    """
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
    """Record ids of the best `limit` results of a search (raises QueryError for a bad query)."""
    from desktop.core.search import search
    if not query.strip():
        return []
    return [hit.id for hit in search(store, query, limit=limit).hits]
