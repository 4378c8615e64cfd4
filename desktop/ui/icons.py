"""Our SVG icons, drawn in the palette's text colour and mirrored where they point.

The SVGs in resources/icons use `currentColor`; it becomes the palette's
window-text colour when the icon is made, so icons suit light and dark
themes alike. Icons that point somewhere (back, forward, undo, redo) are
flipped in a right-to-left layout, where "back" points right.
"""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QImage, QPainter, QPalette, QPixmap, QTransform
from PySide6.QtSvg import QSvgRenderer

from desktop import paths

DIRECTIONAL = frozenset({"back", "forward", "undo", "redo"})
SIZES = (16, 20)   # menus and the toolbar; Qt scales these for other sizes


def icon_path(name: str):
    return paths.resources_dir() / "icons" / f"{name}.svg"


def _pixmap(svg: bytes, size: int, mirror: bool, ratio: float) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(svg))
    px = int(size * ratio)
    image = QImage(px, px, QImage.Format_ARGB32_Premultiplied)
    image.fill(Qt.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing)
    renderer.render(painter, QRectF(0, 0, px, px))
    painter.end()
    if mirror:
        image = image.transformed(QTransform().scale(-1, 1))
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def icon(name: str, rtl: bool | None = None) -> QIcon:
    """The named icon; directional ones mirrored when the layout is right-to-left."""
    path = icon_path(name)
    if not path.exists():
        return QIcon()
    if rtl is None:
        rtl = QGuiApplication.layoutDirection() == Qt.RightToLeft
    palette = QGuiApplication.palette()
    out = QIcon()
    ratio = QGuiApplication.primaryScreen().devicePixelRatio() if QGuiApplication.primaryScreen() else 1.0
    text = path.read_text(encoding="utf-8")
    # Only the normal mode: Qt derives the disabled look from it with the style's own greying.
    colour = palette.color(QPalette.Active, QPalette.WindowText).name()
    svg = text.replace("currentColor", colour).encode("utf-8")
    for size in SIZES:
        out.addPixmap(_pixmap(svg, size, rtl and name in DIRECTIONAL, ratio), QIcon.Normal)
    return out
