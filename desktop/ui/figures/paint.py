"""A Scene painted with QPainter: on a widget, a PNG, an SVG or a briefing page, always the same way.

The scene is built in core (desktop/core/figures/scene.py); this module only
draws it. Text is handed to Qt as written (logical order), so Qt shapes and
orders Arabic itself, and on a PDF page it stays real, extractable text.
"""
from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (QBrush, QColor, QFont, QFontMetricsF, QImage, QLinearGradient, QPainter, QPainterPath,
                           QPen, QPolygonF)
from PySide6.QtWidgets import QToolTip, QWidget

from desktop.core.figures.scene import Area, Box, Dot, Label, Line, Scene

SOFT_END = 10.0      # points over which an approximate end fades out


def color(value: str | None) -> QColor:
    """'#rrggbb' or '#rrggbbaa' (the alpha last, as SVG and CSS write it) as a QColor."""
    if not value:
        return QColor(Qt.transparent)
    if len(value) == 9:
        c = QColor(value[:7])
        c.setAlpha(int(value[7:], 16))
        return c
    return QColor(value)


def _pen(stroke: str | None, width: float, dash: bool = False) -> QPen:
    if not stroke:
        return QPen(Qt.NoPen)
    pen = QPen(color(stroke), width)
    if dash:
        pen.setStyle(Qt.DashLine)
    pen.setCapStyle(Qt.RoundCap)
    pen.setJoinStyle(Qt.RoundJoin)
    return pen


def _box(painter: QPainter, item: Box) -> None:
    rect = QRectF(item.x, item.y, item.w, item.h)
    fill = color(item.fill)
    brush = QBrush(fill)
    if (item.soft_left or item.soft_right) and item.w > 0:
        gradient = QLinearGradient(rect.left(), 0, rect.right(), 0)
        faded = QColor(fill)
        faded.setAlpha(0)
        edge = min(0.45, SOFT_END / item.w)
        gradient.setColorAt(0.0, faded if item.soft_left else fill)
        gradient.setColorAt(edge, fill)
        gradient.setColorAt(1.0 - edge, fill)
        gradient.setColorAt(1.0, faded if item.soft_right else fill)
        brush = QBrush(gradient)
    painter.setPen(_pen(item.stroke, 1.0))
    painter.setBrush(brush)
    if item.radius:
        painter.drawRoundedRect(rect, item.radius, item.radius)
    else:
        painter.drawRect(rect)


def _shape_path(item: Dot) -> QPainterPath:
    path = QPainterPath()
    x, y, r = item.x, item.y, item.r
    if item.shape == "circle":
        path.addEllipse(QPointF(x, y), r, r)
        return path
    if item.shape == "square":
        side = r * 1.77    # the area of the circle of radius r
        path.addRoundedRect(QRectF(x - side / 2, y - side / 2, side, side), r * 0.2, r * 0.2)
        return path
    if item.shape == "diamond":
        corners, start, reach = 4, -90.0, r * 1.25
    elif item.shape == "triangle":
        corners, start, reach = 3, -90.0, r * 1.4
    else:   # hexagon
        corners, start, reach = 6, 0.0, r * 1.1
    points = [QPointF(x + reach * math.cos(math.radians(start + i * 360 / corners)),
                      y + reach * math.sin(math.radians(start + i * 360 / corners))) for i in range(corners)]
    path.addPolygon(QPolygonF(points))
    path.closeSubpath()
    return path


class _Tools:
    """Pens and brushes made once per painting: a map's thousands of marks share a few colours."""

    def __init__(self):
        self.pens: dict = {}
        self.brushes: dict = {}

    def pen(self, stroke: str | None, width: float) -> QPen:
        key = (stroke, width)
        if key not in self.pens:
            self.pens[key] = _pen(stroke, width)
        return self.pens[key]

    def brush(self, fill: str | None) -> QBrush:
        if fill not in self.brushes:
            self.brushes[fill] = QBrush(color(fill))
        return self.brushes[fill]


def _dot(painter: QPainter, item: Dot, icons, tools: _Tools) -> None:
    painter.setPen(tools.pen(item.stroke, item.stroke_width))
    painter.setBrush(tools.brush(item.fill))
    if item.shape == "circle":
        painter.drawEllipse(QPointF(item.x, item.y), item.r, item.r)
    else:
        painter.drawPath(_shape_path(item))
    if item.icon and icons is not None and item.r >= 6:
        side = item.r * 1.1
        icons(item.icon, painter, QRectF(item.x - side / 2, item.y - side / 2, side, side))


def _line(painter: QPainter, item: Line) -> None:
    if len(item.points) < 2:
        return
    painter.setPen(_pen(item.stroke, item.width, item.dash))
    painter.setBrush(Qt.NoBrush)
    painter.drawPolyline(QPolygonF([QPointF(x, y) for x, y in item.points]))
    if item.arrow:
        (x1, y1), (x2, y2) = item.points[-2], item.points[-1]
        angle = math.atan2(y2 - y1, x2 - x1)
        size = 4 + item.width * 2
        head = [QPointF(x2, y2),
                QPointF(x2 - size * math.cos(angle - 0.45), y2 - size * math.sin(angle - 0.45)),
                QPointF(x2 - size * math.cos(angle + 0.45), y2 - size * math.sin(angle + 0.45))]
        painter.setPen(Qt.NoPen)
        painter.setBrush(QBrush(color(item.stroke)))
        painter.drawPolygon(QPolygonF(head))


def _area(painter: QPainter, item: Area) -> None:
    path = QPainterPath()
    path.setFillRule(Qt.OddEvenFill)
    for ring in item.rings:
        if len(ring) >= 3:
            path.addPolygon(QPolygonF([QPointF(x, y) for x, y in ring]))
            path.closeSubpath()
    painter.setPen(_pen(item.stroke, item.width))
    painter.setBrush(QBrush(color(item.fill)))
    painter.drawPath(path)


def label_font(item: Label, base: QFont | None = None, dpi: float = 72.0) -> QFont:
    """The label's font, sized so that `item.size` is that many units of the scene (its points)
    whatever the device: the painter's own scaling then sizes text and shapes alike."""
    font = QFont(base) if base is not None else QFont()
    font.setPointSizeF(item.size * 72.0 / dpi)
    font.setBold(item.bold)
    return font


def label_rect(item: Label, metrics: QFontMetricsF, text: str) -> QRectF:
    width = metrics.horizontalAdvance(text)
    height = metrics.height()
    x = {"left": item.x, "center": item.x - width / 2, "right": item.x - width}[item.align]
    y = {"top": item.y, "middle": item.y - height / 2, "bottom": item.y - height}[item.valign]
    return QRectF(x, y, width + 1, height)


def _label(painter: QPainter, item: Label, base_font: QFont | None) -> None:
    font = label_font(item, base_font, painter.device().logicalDpiY())
    painter.setFont(font)
    metrics = QFontMetricsF(font, painter.device())
    text = item.text
    if item.max_width is not None and metrics.horizontalAdvance(text) > item.max_width:
        # Qt elides at the end the text's own direction reads last, so Arabic loses its left end.
        text = metrics.elidedText(text, Qt.ElideRight, item.max_width)
    rect = label_rect(item, metrics, text)
    if item.halo:
        painter.setPen(Qt.NoPen)
        halo = QColor("#ffffff")
        halo.setAlpha(200)
        painter.setBrush(halo)
        painter.drawRoundedRect(rect.adjusted(-2, 0, 2, 0), 2, 2)
    painter.setPen(QPen(color(item.color)))
    # Qt.AlignAbsolute: the rectangle is already placed; the text's own direction decides its order.
    painter.drawText(rect, int(Qt.AlignVCenter | Qt.AlignHCenter | Qt.TextSingleLine), text)


def paint_scene(painter: QPainter, scene: Scene, *, icons=None, font: QFont | None = None,
                background: bool = True) -> None:
    """Draw `scene` at 1:1 in the painter's current coordinates (scale the painter for other sizes).

    `icons(name, painter, rect)` draws a node's icon when given (the widget passes the app's icons).
    """
    painter.save()
    painter.setRenderHint(QPainter.Antialiasing)
    painter.setRenderHint(QPainter.TextAntialiasing)
    # Nothing a builder drew past its edges spills over a page or a widget.
    painter.setClipRect(QRectF(0, 0, scene.width, scene.height), Qt.IntersectClip)
    if background and scene.background:
        painter.fillRect(QRectF(0, 0, scene.width, scene.height), color(scene.background))
    tools = _Tools()
    for item in scene.items:
        if isinstance(item, Dot):
            _dot(painter, item, icons, tools)
        elif isinstance(item, Box):
            _box(painter, item)
        elif isinstance(item, Line):
            _line(painter, item)
        elif isinstance(item, Area):
            _area(painter, item)
        elif isinstance(item, Label):
            _label(painter, item, font)
    painter.restore()


def draw_icon(name: str, painter: QPainter, rect: QRectF) -> None:
    """One of resources/icons drawn into `rect` in white (on a coloured node)."""
    from PySide6.QtCore import QByteArray
    from PySide6.QtSvg import QSvgRenderer

    from desktop.ui.icons import icon_path
    path = icon_path(name)
    if not path.exists():
        return
    svg = path.read_text(encoding="utf-8").replace("currentColor", "#ffffff").encode("utf-8")
    QSvgRenderer(QByteArray(svg)).render(painter, rect)


# --- files ------------------------------------------------------------------------------------

def export_png(scene: Scene, path: str | Path, scale: float = 2.0) -> Path:
    """The scene as a PNG at `scale` pixels per point (2: sharp on paper and on a high-density screen)."""
    path = Path(path)
    image = QImage(max(1, round(scene.width * scale)), max(1, round(scene.height * scale)),
                   QImage.Format_ARGB32_Premultiplied)
    image.fill(color(scene.background or "#ffffff"))
    image.setDotsPerMeterX(round(72 * scale / 0.0254))
    image.setDotsPerMeterY(round(72 * scale / 0.0254))
    painter = QPainter(image)
    painter.scale(scale, scale)
    paint_scene(painter, scene, icons=draw_icon)
    painter.end()
    if not image.save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    return path


def export_svg(scene: Scene, path: str | Path) -> Path:
    """The scene as an SVG: vector shapes and real text, sized in points."""
    from PySide6.QtSvg import QSvgGenerator
    path = Path(path)
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(max(1, round(scene.width)), max(1, round(scene.height))))
    generator.setViewBox(QRectF(0, 0, scene.width, scene.height))
    generator.setResolution(72)
    generator.setTitle(scene.title or "Marsad")
    painter = QPainter()
    if not painter.begin(generator):
        raise OSError(f"could not write {path}")
    paint_scene(painter, scene, icons=draw_icon)
    painter.end()
    return path


# --- the widget ----------------------------------------------------------------------------------

class SceneCanvas(QWidget):
    """Shows one Scene at 1:1 (a point is a pixel); clicks and hovers are told by record key.

    A view rebuilds its Scene for the canvas's size whenever what it shows changes
    (zoom, pan, data): drawing a few thousand items is cheaper than a scene graph.
    """

    clicked = Signal(str, object)      # key ("" on empty space), Qt.KeyboardModifiers
    double_clicked = Signal(str)
    hovered = Signal(str)
    resized = Signal(QSize)
    key_command = Signal(str)          # what a key the view claims means (see key_command_for)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._scene: Scene | None = None
        self._hover = ""
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.StrongFocus)
        self.setAttribute(Qt.WA_OpaquePaintEvent)

    def scene(self) -> Scene | None:
        return self._scene

    def set_scene(self, scene: Scene | None) -> None:
        self._scene = scene
        self.update()

    def paintEvent(self, _event):
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        if self._scene is not None:
            paint_scene(painter, self._scene, icons=draw_icon, font=self.font())
        painter.end()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self.resized.emit(event.size())

    def key_at(self, pos) -> str:
        if self._scene is None:
            return ""
        return self._scene.key_at(pos.x(), pos.y()) or ""

    def mouseReleaseEvent(self, event):
        if event.button() == Qt.LeftButton:
            self.clicked.emit(self.key_at(event.position()), event.modifiers())
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event):
        if event.button() == Qt.LeftButton:
            self.double_clicked.emit(self.key_at(event.position()))
        super().mouseDoubleClickEvent(event)

    def mouseMoveEvent(self, event):
        key = self.key_at(event.position())
        if key != self._hover:
            self._hover = key
            self.hovered.emit(key)
            self.setCursor(Qt.PointingHandCursor if key else Qt.ArrowCursor)
        super().mouseMoveEvent(event)

    def key_command_for(self, event) -> str | None:
        """The view's name for a key ("zoom_in", "undo"...), or None: a view's canvas says which it claims."""
        return None

    def keyPressEvent(self, event):
        name = self.key_command_for(event)
        if name:
            self.key_command.emit(name)
            event.accept()
            return
        super().keyPressEvent(event)

    def event(self, event):
        # A key the view claims wins over the window's shortcut for it while the view has the focus
        # (Ctrl+Z undoes the chart's layout, not the store's last edit).
        if event.type() == event.Type.ShortcutOverride and self.key_command_for(event):
            event.accept()
            return True
        if event.type() == event.Type.ToolTip and self._scene is not None:
            item = self._scene.item_at(event.pos().x(), event.pos().y())
            if item is not None and item.tip:
                QToolTip.showText(event.globalPos(), item.tip, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)
