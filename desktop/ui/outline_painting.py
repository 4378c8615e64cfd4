"""Painting onto a print preview with text as glyph outlines.

QPrintPreviewWidget records each page in a QPicture, and a QPicture keeps a
piece of text as its characters, which it draws again left to right on one
line when the page is shown. A right-to-left run then loses the spaces and
punctuation at its ends (an Arabic title with «Ain al-Asad 2025» in it reads
«الأسدAin al-Asad 2025تسليم»), though the PDF and the printer, which get the
glyphs Qt laid out, are right. Outlines are recorded as drawn, so painting
through `OutlineDevice` makes the preview show what prints.

`OutlineDevice(device, painter)` has `device`'s size and resolution (so text
is laid out for it) and hands every drawing to `painter`, which paints on
`device`; Qt's own QPaintEngine turns each piece of text into its outline.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPaintDevice, QPaintEngine, QPainter

_Dirty = QPaintEngine.DirtyFlag
_Mode = QPaintEngine.PolygonDrawMode
_Metric = QPaintDevice.PaintDeviceMetric
# In the order applied; the transform first, as a clip is in the coordinates of the transform it was set under.
_STATE_SETTERS = tuple((flag.value, apply) for flag, apply in (
    (_Dirty.DirtyTransform, lambda t, s: t.setTransform(s.transform())),
    (_Dirty.DirtyPen, lambda t, s: t.setPen(s.pen())),
    (_Dirty.DirtyBrush, lambda t, s: t.setBrush(s.brush())),
    (_Dirty.DirtyBrushOrigin, lambda t, s: t.setBrushOrigin(s.brushOrigin())),
    (_Dirty.DirtyBackground, lambda t, s: t.setBackground(s.backgroundBrush())),
    (_Dirty.DirtyBackgroundMode, lambda t, s: t.setBackgroundMode(s.backgroundMode())),
    (_Dirty.DirtyFont, lambda t, s: t.setFont(s.font())),
    (_Dirty.DirtyHints, lambda t, s: t.setRenderHints(s.renderHints())),
    (_Dirty.DirtyCompositionMode, lambda t, s: t.setCompositionMode(s.compositionMode())),
    (_Dirty.DirtyOpacity, lambda t, s: t.setOpacity(s.opacity())),
    (_Dirty.DirtyClipRegion, lambda t, s: t.setClipRegion(s.clipRegion(), s.clipOperation())),
    (_Dirty.DirtyClipPath, lambda t, s: t.setClipPath(s.clipPath(), s.clipOperation())),
    (_Dirty.DirtyClipEnabled, lambda t, s: t.setClipping(s.isClipEnabled())),
))


class _OutlineEngine(QPaintEngine):
    """Forwards the painter's state and drawings to another painter; text goes as outlines."""

    def __init__(self, target: QPainter):
        super().__init__(QPaintEngine.PaintEngineFeature.AllFeatures)
        self._target = target

    def begin(self, _device) -> bool:
        return True

    def end(self) -> bool:
        return True

    def type(self):
        return QPaintEngine.Type.User

    def updateState(self, state) -> None:
        target, dirty = self._target, state.state().value
        # Plain ints: a page sends thousands of states, and enum flag arithmetic is slow in Python.
        for flag, apply in _STATE_SETTERS:
            if dirty & flag:
                apply(target, state)

    def drawPath(self, path) -> None:
        self._target.drawPath(path)

    def drawRects(self, rects) -> None:
        self._target.drawRects(rects)

    def drawLines(self, lines) -> None:
        self._target.drawLines(lines)

    def drawPolygon(self, points, mode) -> None:
        if mode == _Mode.PolylineMode:
            self._target.drawPolyline(points)
        else:
            rule = Qt.FillRule.WindingFill if mode == _Mode.WindingMode else Qt.FillRule.OddEvenFill
            self._target.drawPolygon(points, rule)

    def drawPixmap(self, rect, pixmap, source) -> None:
        self._target.drawPixmap(rect, pixmap, source)

    def drawImage(self, rect, image, source, flags) -> None:
        self._target.drawImage(rect, image, source, flags)

    # drawTextItem is QPaintEngine's own: it fills the glyphs' outlines through drawPath.


class OutlineDevice(QPaintDevice):
    """A paint device the size of `device` whose drawings go to `painter` (active on `device`)."""

    def __init__(self, device: QPaintDevice, painter: QPainter):
        super().__init__()
        self._device = device
        self._engine = _OutlineEngine(painter)

    def paintEngine(self):
        return self._engine

    def metric(self, metric) -> int:
        d = self._device
        values = {
            _Metric.PdmWidth: d.width, _Metric.PdmHeight: d.height,
            _Metric.PdmWidthMM: d.widthMM, _Metric.PdmHeightMM: d.heightMM,
            _Metric.PdmNumColors: d.colorCount, _Metric.PdmDepth: d.depth,
            _Metric.PdmDpiX: d.logicalDpiX, _Metric.PdmDpiY: d.logicalDpiY,
            _Metric.PdmPhysicalDpiX: d.physicalDpiX, _Metric.PdmPhysicalDpiY: d.physicalDpiY,
            _Metric.PdmDevicePixelRatio: lambda: round(d.devicePixelRatio()),
            _Metric.PdmDevicePixelRatioScaled: lambda: round(d.devicePixelRatioF()
                                                             * QPaintDevice.devicePixelRatioFScale()),
        }
        read = values.get(metric)
        return int(read()) if read is not None else 0
