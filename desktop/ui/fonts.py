"""The bundled fonts (resources/fonts/), registered with Qt.

DejaVu Sans is bundled because it passes the PDF read-back test
(tests/ui/test_briefing_pdf.py): with Qt's PDF writer, every Arabic letter
and the lam-alef ligatures come back out of the PDF as text, and one family
covers Arabic, Latin, digits and the punctuation records use («» – —), so
nothing falls back to whatever fonts the machine happens to have.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase

from desktop import paths

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
BRIEFING_FAMILY = "DejaVu Sans"

# The families are remembered on the application object, not in this module:
# they live exactly as long as the QGuiApplication whose font database holds them.
_APP_PROPERTY = "marsadFontFamilies"


class FontError(RuntimeError):
    """A bundled font file is missing or Qt refused it."""


def fonts_dir() -> Path:
    return paths.resources_dir() / "fonts"


def font_paths() -> list[Path]:
    return [fonts_dir() / name for name in FONT_FILES]


def register_fonts() -> list[str]:
    """Registers the bundled fonts once per application; returns their families.

    Needs a QGuiApplication (QFontDatabase does).
    """
    app = QCoreApplication.instance()
    if app is None:
        raise FontError("register_fonts() needs a QGuiApplication")
    known = app.property(_APP_PROPERTY)
    if known:
        return list(known)
    families: list[str] = []
    for path in font_paths():
        if not path.is_file():
            raise FontError(f"bundled font missing: {path}")
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            raise FontError(f"Qt could not load the bundled font {path}")
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    app.setProperty(_APP_PROPERTY, families)
    return families


def briefing_family() -> str:
    """The family printed briefings use (registering the fonts if needed)."""
    families = register_fonts()
    return BRIEFING_FAMILY if BRIEFING_FAMILY in families else families[0]
