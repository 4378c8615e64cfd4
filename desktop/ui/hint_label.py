"""A quiet hint under a control that still reads: the palette's placeholder colour, as it shows over
the window, taken toward the text colour until it reaches WCAG AA's contrast for body text.

A disabled label (Fusion's grey 190 on 239, 1.6:1) or the placeholder colour itself (half-transparent
black, 3.9:1 over the window's grey) reads as a hint but is hard to read; light on dark palettes the
same way.
"""
from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

MIN_CONTRAST = 4.5      # WCAG 2 AA, text of ordinary size
STEPS = 10


def _luminance(colour: QColor) -> float:
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _mix(a: QColor, b: QColor, share_of_b: float) -> QColor:
    def part(x: float, y: float) -> float:
        return x + (y - x) * share_of_b
    return QColor.fromRgbF(part(a.redF(), b.redF()), part(a.greenF(), b.greenF()), part(a.blueF(), b.blueF()))


def hint_colour(palette: QPalette) -> QColor:
    """The quietest colour between the placeholder's and the text's that reads over the window."""
    window = palette.color(QPalette.Window)
    text = palette.color(QPalette.WindowText)
    placeholder = palette.color(QPalette.PlaceholderText)
    quiet = _mix(window, placeholder, placeholder.alphaF())     # what a half-transparent colour shows
    for step in range(STEPS + 1):
        colour = _mix(quiet, text, step / STEPS)
        if contrast(colour, window) >= MIN_CONTRAST:
            return colour
    return text


def hint_label(text: str, name: str, parent: QWidget) -> QLabel:
    """A word-wrapped hint, in hint_colour."""
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    palette = label.palette()
    palette.setColor(QPalette.WindowText, hint_colour(palette))
    label.setPalette(palette)
    return label
