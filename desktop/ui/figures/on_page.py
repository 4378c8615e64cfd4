"""Story-view figures inside a briefing's QTextDocument, painted as vectors on whatever prints it.

The rich text holds a marker per figure (briefing_html.figure_marker). Each
marker becomes a blank image of the figure's size, so the text flows around
it and a figure never splits across pages; then, page by page, the drawing
is painted where that image was laid out, with the device's own painter: on
a PDF the figure stays vector and its labels stay real text that pdftotext
finds. (A QTextObjectInterface handler would be the textbook way, but a
Python one registered from PySide6 6.11 is never called.)
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QUrl, Qt
from PySide6.QtGui import QImage, QPainter, QTextDocument, QTextImageFormat

from desktop.core.briefing_html import figure_marker
from desktop.core.figures.figure import PAGE_SHARE
from desktop.ui.figures.paint import draw_icon, paint_scene

NAME = "marsad-figure:"


@dataclass(frozen=True)
class PlacedFigure:
    scene: object          # the Scene
    scale: float           # device units per point of the scene
    rect: QRectF           # where it is laid out, in document coordinates


def _fit(scene, width: float, height: float, points_to_device: float) -> float:
    # Drawn at its own size when it fits, else shrunk to the body's width and the page share.
    fit = min(width / max(scene.width, 1), height * PAGE_SHARE / max(scene.height, 1))
    return min(points_to_device, fit)


def place_figures(qdoc: QTextDocument, scenes, body_width: float, body_height: float,
                  device_dpi: float) -> list[float]:
    """Replace each figure marker of `qdoc` by a blank image of its size; returns each figure's scale."""
    scales = []
    if not scenes:
        return scales
    blank = QImage(1, 1, QImage.Format_ARGB32)
    blank.fill(Qt.transparent)
    for index, scene in enumerate(scenes):
        scale = _fit(scene, body_width, body_height, device_dpi / 72)
        scales.append(scale)
        cursor = qdoc.find(figure_marker(index))
        if cursor.isNull():
            continue
        name = f"{NAME}{index}"
        qdoc.addResource(QTextDocument.ImageResource, QUrl(name), blank)
        image = QTextImageFormat()
        image.setName(name)
        # Qt scales an image's size by the device's dots per inch over the screen's 96.
        image.setWidth(scene.width * scale * 96 / device_dpi)
        image.setHeight(scene.height * scale * 96 / device_dpi)
        cursor.insertImage(image)
    return scales


def placed_figures(qdoc: QTextDocument, scenes, scales: list[float]) -> list[PlacedFigure]:
    """Where each figure's image was laid out (document coordinates)."""
    out = []
    layout = qdoc.documentLayout()
    block = qdoc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.isImageFormat() and fmt.toImageFormat().name().startswith(NAME):
                index = int(fmt.toImageFormat().name()[len(NAME):])
                if index < len(scenes):
                    out.append(_placed(layout, block, fragment, scenes[index], scales[index]))
            it += 1
        block = block.next()
    return out


def _placed(layout, block, fragment, scene, scale) -> PlacedFigure:
    box = layout.blockBoundingRect(block)
    text_layout = block.layout()
    offset = fragment.position() - block.position()
    line = text_layout.lineForTextPosition(offset)
    width, height = scene.width * scale, scene.height * scale
    x = box.left() + line.cursorToX(offset)[0] if line.isValid() else box.left()
    if line.isValid():
        # The image sits on the line's baseline; in a right-to-left line the cursor is at its right edge.
        after = line.cursorToX(offset + 1)[0]
        x = box.left() + min(line.cursorToX(offset)[0], after)
        top = box.top() + line.y() + line.ascent() - height
    else:
        top = box.top()
    return PlacedFigure(scene, scale, QRectF(x, top, width, height))


def paint_figures(painter: QPainter, figures: list[PlacedFigure], page: QRectF) -> None:
    """Paint the figures that lie on `page` (document coordinates; the painter is in them too)."""
    for fig in figures:
        if not fig.rect.intersects(page):
            continue
        painter.save()
        painter.setClipRect(page)
        painter.translate(fig.rect.topLeft())
        painter.scale(fig.scale, fig.scale)
        paint_scene(painter, fig.scene, icons=draw_icon)
        painter.restore()
