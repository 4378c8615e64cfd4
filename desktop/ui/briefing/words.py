"""The registry's words in a sheet's language, which may differ from the UI's (an English sheet from the Arabic UI).

Core builds the briefing (desktop/core/briefing.py) and takes the words for
fields and choices from here: Qt's catalogue for the sheet's language, read
through a translator of its own, not the one installed for the interface.
"""
from __future__ import annotations

import functools

from PySide6.QtCore import QTranslator

from desktop import paths
from desktop.core.briefing import Words
from desktop.ui import labels


@functools.cache
def _translator(language: str) -> QTranslator | None:
    if language == "en":
        return None
    translator = QTranslator()
    if not translator.load(f"marsad_{language}", str(paths.resources_dir() / "translations")):
        return None
    return translator


def words(language: str) -> Words:
    translator = _translator(language)
    if translator is None:
        return Words()

    def in_context(context: str):
        return lambda text: translator.translate(context, text) or text
    return Words(field=in_context(labels.FIELDS), choice=in_context(labels.CHOICES))
