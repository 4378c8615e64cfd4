"""Bidi isolation for text placed inside other text.

A value (a date, an id, a file name, a name in another script) set between
FSI and PDI is laid out in its own direction without reordering the sentence
around it, so «2024-13» stays whole in an Arabic message and an Arabic name
stays whole in an English one. Qt orders and shapes the rest itself.
"""
from __future__ import annotations

FSI, LRI, PDI = "\u2068", "\u2066", "\u2069"
MARKS = (FSI, LRI, PDI, "\u2067")


def isolate(text: str) -> str:
    """`text` in a first-strong isolate (its direction from its first letter); "" stays ""."""
    return FSI + text + PDI if text else ""


def isolate_ltr(text: str) -> str:
    """`text` in a left-to-right isolate: paths and commands, whatever letter they start with."""
    return LRI + text + PDI if text else ""


def strip(text: str) -> str:
    """`text` without isolation marks (for comparing what a reader sees)."""
    for mark in MARKS:
        text = text.replace(mark, "")
    return text
