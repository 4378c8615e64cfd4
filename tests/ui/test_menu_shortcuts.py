"""Shortcuts in Arabic menus read as typed («Ctrl+,»): the style isolates them left to right."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRect, Qt  # noqa: E402
from PySide6.QtGui import QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QStyle, QStyleOptionMenuItem  # noqa: E402

from desktop.ui.menu_style import LRI, PDI, ShortcutIsolatingStyle, isolated_shortcut  # noqa: E402


def test_the_shortcut_after_the_tab_is_isolated_once():
    assert isolated_shortcut("التفضيلات…\tCtrl+,") == f"التفضيلات…\t{LRI}Ctrl+,{PDI}"
    assert isolated_shortcut(isolated_shortcut("x\tCtrl+.")) == f"x\t{LRI}Ctrl+.{PDI}"
    assert isolated_shortcut("بلا اختصار") == "بلا اختصار"
    assert isolated_shortcut("x\t") == "x\t"


def _drawn(style, text: str) -> QImage:
    option = QStyleOptionMenuItem()
    option.text = text
    option.rect = QRect(0, 0, 240, 28)
    option.direction = Qt.LayoutDirection.RightToLeft
    option.menuItemType = QStyleOptionMenuItem.MenuItemType.Normal
    option.state = QStyle.StateFlag.State_Enabled
    option.palette = qapp_palette()
    image = QImage(240, 28, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        style.drawControl(QStyle.ControlElement.CE_MenuItem, option, painter)
    finally:
        painter.end()
    return image


def qapp_palette():
    from PySide6.QtWidgets import QApplication
    return QApplication.palette()


def test_the_style_draws_shortcuts_as_if_isolated(qapp):
    from PySide6.QtWidgets import QStyleFactory
    plain = QStyleFactory.create("Fusion")
    ours = ShortcutIsolatingStyle("Fusion")
    as_typed = _drawn(plain, f"التفضيلات\t{LRI}Ctrl+,{PDI}")
    assert _drawn(ours, "التفضيلات\tCtrl+,") == as_typed
    assert _drawn(plain, "التفضيلات\tCtrl+,") != as_typed      # what Arabic menus showed: «,Ctrl+»


def test_the_app_draws_its_menus_with_the_isolating_style():
    import subprocess
    import sys
    out = subprocess.run([sys.executable, "-c", "from desktop.ui.app import application; "
                          "print(type(application().style()).__name__)"],
                         capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.stdout.strip() == "ShortcutIsolatingStyle", out.stderr
