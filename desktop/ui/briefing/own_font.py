"""Invisible characters stay in the briefing's bundled font: no other font of the machine reaches the PDF.

The bundled DejaVu Sans lacks the bidi isolates (U+2066..U+2069) and the Arabic letter mark (U+061C),
which briefings carry around mixed-direction text (a byline's speaker, an actor's role). For a
character its font lacks, Qt takes a glyph from whatever installed font has one: with Noto Sans Mono
installed (fonts-noto-mono), the isolates were drawn from it, and the PDF embedded that font.

These characters draw nothing, so nothing is lost by keeping them in the bundled font, with font
merging off for them alone: HarfBuzz hides a default-ignorable character the font lacks (zero width, no
box), and the bidi algorithm still sees it. Visible characters the font lacks keep falling back: a
letter from another font is better than a letter missing from the briefing.
"""
from __future__ import annotations

import unicodedata

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QFont, QRawFont, QTextCharFormat, QTextDocument

# Format characters that draw a sign (the Arabic number sign, the end of ayah...): not invisible.
_PREPENDED_MARKS = frozenset(
    "\u0600\u0601\u0602\u0603\u0604\u0605\u06dd\u070f\u0890\u0891\u08e2\U000110bd\U000110cd")


def invisible(char: str) -> bool:
    return unicodedata.category(char) == "Cf" and char not in _PREPENDED_MARKS


def lacked_invisibles(text: str, font: QFont) -> set[str]:
    """The invisible characters of `text` that `font` itself (not a fallback) has no glyph for."""
    return {c for c in set(text) if invisible(c) and not _has_glyph(font, c)}


def _has_glyph(font: QFont, char: str) -> bool:
    # QFontMetricsF.inFontUcs4 counts the fallback fonts too; the raw font is the family's own.
    return QRawFont.fromFont(font).supportsCharacter(ord(char))


def keep_invisibles_in_font(qdoc: QTextDocument) -> int:
    """Turns font merging off for every invisible character of `qdoc` its default font lacks;
    returns how many characters that was."""
    lacked = lacked_invisibles(qdoc.toRawText(), qdoc.defaultFont())
    if not lacked:
        return 0
    pinned = QTextCharFormat()
    pinned.setFontStyleStrategy(QFont.StyleStrategy.NoFontMerging)
    pattern = QRegularExpression("[" + "".join(f"\\x{{{ord(c):x}}}" for c in sorted(lacked)) + "]")
    count = 0
    cursor = qdoc.find(pattern, 0)
    while not cursor.isNull():
        cursor.mergeCharFormat(pinned)
        count += 1
        cursor = qdoc.find(pattern, cursor)
    return count


def band_font(font: QFont, text: str) -> QFont:
    """`font` for painting `text` in one go (a header or footer line): font merging off when the
    only characters it lacks are invisible ones, so they do not pull in another font."""
    lacked = {c for c in set(text) if not _has_glyph(font, c)}
    if not lacked or not all(invisible(c) for c in lacked):
        return font
    pinned = QFont(font)
    pinned.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)
    return pinned
