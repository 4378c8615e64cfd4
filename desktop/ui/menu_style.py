"""Shortcuts in right-to-left menus read as typed: «Ctrl+,» and not «,Ctrl+».

A menu draws an item's shortcut after a tab in the item's text, in the
menu's direction. In an Arabic menu the bidi algorithm then moves a
trailing neutral key («,», «.», «/») to the other end of «Ctrl+,». A proxy
style isolates the shortcut (LRI…PDI) as left-to-right text before the
style draws it; the marks have no width, so nothing else moves.
"""
from __future__ import annotations

from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOptionMenuItem

LRI, PDI = "\u2066", "\u2069"


def isolated_shortcut(text: str) -> str:
    """A menu item's «label\\tshortcut» with the shortcut isolated left to right."""
    label, tab, shortcut = text.partition("\t")
    if not tab or not shortcut or shortcut.startswith(LRI):
        return text
    return f"{label}\t{LRI}{shortcut}{PDI}"


class ShortcutIsolatingStyle(QProxyStyle):
    def drawControl(self, element, option, painter, widget=None):
        if element == QStyle.ControlElement.CE_MenuItem and isinstance(option, QStyleOptionMenuItem) \
                and "\t" in option.text:
            option = QStyleOptionMenuItem(option)
            option.text = isolated_shortcut(option.text)
        super().drawControl(element, option, painter, widget)
