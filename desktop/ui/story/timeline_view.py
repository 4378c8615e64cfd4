"""The timeline view: events (and quotes on request) along time, on a SceneCanvas, following the session.

Everything it draws is built in core (desktop/core/timeline.py) for the
canvas's size; this widget turns the mouse, the wheel and the keys into a new
viewport and redraws from what core has already read, so a frame is a scene
build and a paint. Reading the store again (a span outside what was read, a
finer grain) waits until the wheel has been still for READ_DELAY_MS.

It follows the session: a new search reads again (its from:/to: only move the
shaded span), a new selection is highlighted. It works only when shown: a
change while hidden is noted and done on the next showEvent.

Mouse: the wheel zooms around the pointer; a drag with the middle button, or
with the left one on empty space, pans; a drag with Shift held, or along the
axis band, chooses a time span (from:/to: in the search); a click on a mark
selects its record (Ctrl adds to the selection), on a count box zooms to its
period. Keys: + and - zoom, the arrows pan, Home fits the data.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QMenu, QToolButton, QVBoxLayout, QWidget

from desktop.core import timeline
from desktop.core.errors import MarsadError
from desktop.core.figures.scene import Scene
from desktop.ui.error_text import render
from desktop.ui.figures.paint import SceneCanvas
from desktop.ui.story.common import give_menu, save_figure

READ_DELAY_MS = 120      # the wheel still this long before the store is read again
ZOOM_STEP = 0.8          # one wheel notch or one key press: four fifths of the days
DRAG_START_PX = 4        # a press that moves less is a click


class TimelineCanvas(SceneCanvas):
    """The canvas with the timeline's own mouse and keys; the view does what they mean."""

    zoom_requested = Signal(float, float)        # factor (< 1: in), x of the pointer (or -1: the middle)
    pan_requested = Signal(float)                # points the drawing moved by (towards the right: > 0)
    span_chosen = Signal(float, float)           # x where the drag began and ended
    record_clicked = Signal(str, object)         # key, modifiers (a plain click, not the end of a drag)
    fit_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.axis_band: tuple[float, float] = (0.0, 0.0)     # y range of the axis, set by the view
        self._press: QPointF | None = None
        self._last: QPointF | None = None
        self._mode = ""             # "pan" | "span" | "" while a button is down
        self._moved = False

    # --- mouse ----------------------------------------------------------------------------

    def wheelEvent(self, event):
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom_requested.emit(ZOOM_STEP ** steps, event.position().x())
        event.accept()

    def mousePressEvent(self, event):
        pos = event.position()
        self._press, self._last, self._moved = pos, pos, False
        on_axis = self.axis_band[0] <= pos.y() <= self.axis_band[1]
        if event.button() == Qt.MiddleButton:
            self._mode = "pan"
        elif event.button() == Qt.LeftButton:
            if event.modifiers() & Qt.ShiftModifier or on_axis:
                self._mode = "span"
            elif not self.key_at(pos):
                self._mode = "pan"
            else:
                self._mode = ""
        else:
            self._mode = ""
        event.accept()

    def mouseMoveEvent(self, event):
        pos = event.position()
        if self._press is not None and (pos - self._press).manhattanLength() >= DRAG_START_PX:
            self._moved = True
        if self._press is not None and self._moved:
            if self._mode == "pan":
                self.pan_requested.emit(pos.x() - self._last.x())
            elif self._mode == "span":
                self.update()
            self._last = pos
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event):
        press, mode, moved = self._press, self._mode, self._moved
        self._press, self._mode, self._moved = None, "", False
        pos = event.position()
        if press is not None and moved and mode == "span":
            self.update()
            self.span_chosen.emit(press.x(), pos.x())
        elif press is not None and not moved and event.button() == Qt.LeftButton:
            self.record_clicked.emit(self.key_at(pos), event.modifiers())
        event.accept()

    def mouseDoubleClickEvent(self, event):
        if event.button() == Qt.LeftButton:
            self.double_clicked.emit(self.key_at(event.position()))
        event.accept()

    def paintEvent(self, event):
        super().paintEvent(event)
        if self._mode == "span" and self._moved and self._press is not None and self._last is not None:
            painter = QPainter(self)
            x1, x2 = sorted((self._press.x(), self._last.x()))
            shade = QColor("#ffa000")
            shade.setAlpha(60)
            painter.fillRect(QRectF(x1, 0, x2 - x1, self.height()), shade)
            painter.end()

    # --- keys -----------------------------------------------------------------------------

    def keyPressEvent(self, event):
        key = event.key()
        if key in (Qt.Key_Plus, Qt.Key_Equal) or event.matches(QKeySequence.ZoomIn):
            self.zoom_requested.emit(ZOOM_STEP, -1)
        elif key == Qt.Key_Minus or event.matches(QKeySequence.ZoomOut):
            self.zoom_requested.emit(1 / ZOOM_STEP, -1)
        elif key in (Qt.Key_Left, Qt.Key_Right):
            # The drawing moves the other way the arrow points, as a page scrolls.
            self.pan_requested.emit((self.width() / 8) * (1 if key == Qt.Key_Left else -1))
        elif key == Qt.Key_Home:
            self.fit_requested.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class TimelineView(QWidget):
    """Events and quotes along time, by lane, following `session` over `store`.

    The window shows a record's details when the session's focus changes (a
    click here selects); `record_activated` says a record was double-clicked.
    """

    record_activated = Signal(str)

    def __init__(self, store, session, language: str = "ar", arabic_digits: bool = False, parent=None):
        super().__init__(parent)
        self.setObjectName("timeline_view")
        self.store = store
        self.session = session
        source = timeline.TimelineSource(store, language=language)
        viewport = timeline.fit(None, None, 600, 400, timeline.time_rtl(language))     # this year, until shown
        self.state = timeline.TimelineState(source, viewport, language, arabic_digits)
        self._fitted = False
        self._dirty_query = True
        self._dirty_drawing = True
        self._problem = ""
        self._read_timer = QTimer(self)
        self._read_timer.setSingleShot(True)
        self._read_timer.setInterval(READ_DELAY_MS)
        self._read_timer.timeout.connect(self._read_if_needed)
        self._build()
        stops = [session.on("query", self._query_changed), session.on("selection", self._selection_changed)]
        self._unsubscribe = stops
        # A lambda, not a method: by the time `destroyed` comes, the view's own slots are gone.
        self.destroyed.connect(lambda *_: [stop() for stop in stops])

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.lanes = QComboBox(self)
        self.lanes.setObjectName("timeline_lanes")
        for code, text in (("none", self.tr("No lanes")), ("actor", self.tr("By actor")),
                           ("place", self.tr("By place")), ("category", self.tr("By category")),
                           ("status", self.tr("By status"))):
            self.lanes.addItem(text, code)
        self.lanes.setToolTip(self.tr("What the rows of the timeline stand for"))
        self.lanes.currentIndexChanged.connect(self._lanes_changed)
        self.quotes = QCheckBox(self.tr("Show quotes"), self)
        self.quotes.setObjectName("timeline_quotes")
        self.quotes.toggled.connect(self._quotes_toggled)
        self.zoom_in_button = self._button("+", self.tr("Zoom in (+)"), lambda: self.zoom(ZOOM_STEP))
        self.zoom_out_button = self._button("\u2212", self.tr("Zoom out (-)"), lambda: self.zoom(1 / ZOOM_STEP))
        self.fit_button = self._button(self.tr("Fit"), self.tr("Show all the dates (Home)"), self.fit)
        self.flip_button = self._button(self.tr("Flip"), self.tr("Run time the other way"), None)
        self.flip_button.setCheckable(True)
        self.flip_button.toggled.connect(self.set_flipped)
        self.export_button = self._button(self.tr("Export"), self.tr("Save the timeline as a picture"), None)
        menu = QMenu(self.export_button)
        menu.addAction(self.tr("As PNG image…"), lambda: self._export("png"))
        menu.addAction(self.tr("As SVG drawing…"), lambda: self._export("svg"))
        give_menu(self.export_button, menu)
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 2)
        bar.addWidget(QLabel(self.tr("Lanes:"), self))
        bar.addWidget(self.lanes)
        bar.addWidget(self.quotes)
        bar.addStretch(1)
        for button in (self.zoom_in_button, self.zoom_out_button, self.fit_button, self.flip_button,
                       self.export_button):
            bar.addWidget(button)
        self.note = QLabel(self)
        self.note.setObjectName("timeline_note")
        self.note.setWordWrap(True)
        self.note.hide()
        self.canvas = TimelineCanvas(self)
        self.canvas.setObjectName("timeline_canvas")
        self.canvas.setMinimumSize(200, 120)
        self.canvas.setToolTip("")
        self.canvas.setWhatsThis(self.tr("Wheel: zoom. Drag: move. Shift+drag or drag along the dates: "
                                         "search that time span. Click: select."))
        self.canvas.zoom_requested.connect(self._zoom_at)
        self.canvas.pan_requested.connect(self._pan_points)
        self.canvas.span_chosen.connect(self._span_chosen)
        self.canvas.record_clicked.connect(self._clicked)
        self.canvas.double_clicked.connect(self._double_clicked)
        self.canvas.fit_requested.connect(self.fit)
        self.canvas.resized.connect(lambda _size: self._resized())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.note)
        layout.addWidget(self.canvas, 1)

    def _button(self, text: str, tip: str, slot) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        if slot is not None:
            button.clicked.connect(slot)
        return button

    # --- following the session ------------------------------------------------------------

    def _query_changed(self, _session) -> None:
        self._dirty_query = True
        if self.isVisible():
            self.refresh()

    def _selection_changed(self, session) -> None:
        self.state.selected = tuple(session.selection)
        self._dirty_drawing = True
        if self.isVisible():
            self._redraw()

    def showEvent(self, event):
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Catch up with the session (a new search reads the store) and draw; nothing while hidden."""
        if not self.isVisible():
            return
        self._size_viewport()
        if self._dirty_query:
            self._dirty_query = False
            self._problem = ""
            try:
                changed = self.state.set_search(self.session.text)
            except MarsadError as exc:
                self._problem = render(exc)
                changed = False
            if changed or not self._fitted:
                self._fit_now()
        self.state.selected = tuple(self.session.selection)
        self._redraw(read=True)

    def reload(self) -> None:
        """The store changed (an edit, an import): read it again, keeping the view where it is."""
        self.state.forget()
        if self.isVisible():
            self._redraw(read=True)

    # --- drawing --------------------------------------------------------------------------

    def _size_viewport(self) -> None:
        w, h = max(1, self.canvas.width()), max(1, self.canvas.height())
        self.state.viewport = self.state.viewport.sized(w, h)

    def _fit_now(self) -> None:
        try:
            self.state.fit()
            self._fitted = True
        except MarsadError as exc:
            self._problem = render(exc)

    def _redraw(self, read: bool = False) -> None:
        if self._problem:
            self.note.setText(self._problem)
            self.note.show()
            self.canvas.set_scene(None)
            return
        self.note.hide()
        try:
            scene = self.state.scene(read=read)
        except MarsadError as exc:
            self._problem = render(exc)
            self._redraw()
            return
        g = self.state.geometry
        self.canvas.axis_band = (g.axis_top, g.axis_bottom)
        self.canvas.set_scene(scene)
        self._dirty_drawing = False
        if not read and self.state.needs_reading():
            self._read_timer.start()

    def _read_if_needed(self) -> None:
        if self.isVisible() and self.state.needs_reading():
            self._redraw(read=True)

    def _resized(self) -> None:
        self._size_viewport()
        if self.isVisible() and self._fitted:
            self._redraw()

    # --- moving ---------------------------------------------------------------------------

    def zoom(self, factor: float, day: float | None = None) -> None:
        """Zoom by `factor` (< 1: in) keeping `day` (default: the middle) where it is."""
        self.state.viewport = self.state.viewport.zoomed(factor, day)
        self._redraw()

    def _zoom_at(self, factor: float, x: float) -> None:
        self.zoom(factor, None if x < 0 else self.state.geometry.day_at(x))

    def _pan_points(self, dx: float) -> None:
        # Moving the drawing right shows what lies to the left: earlier in LTR, later in RTL.
        days = dx * self.state.geometry.days_per_point
        self.pan(days if self.state.viewport.rtl else -days)

    def pan(self, days: float) -> None:
        """Show `days` later (earlier when negative)."""
        self.state.viewport = self.state.viewport.panned(days)
        self._redraw()

    def fit(self) -> None:
        self._fit_now()
        self._redraw()

    def set_flipped(self, flipped: bool) -> None:
        """Time against the reading direction (left to right in Arabic)."""
        self.state.flip = bool(flipped)
        v = self.state.viewport
        self.state.viewport = timeline.Viewport(v.start, v.end, v.width, v.height,
                                                timeline.time_rtl(self.state.language, self.state.flip))
        if self.flip_button.isChecked() != bool(flipped):
            self.flip_button.setChecked(bool(flipped))
        self._redraw()

    # --- choices --------------------------------------------------------------------------

    def set_lanes(self, mode: str) -> None:
        index = self.lanes.findData(timeline.check_lanes(mode))
        if index != self.lanes.currentIndex():
            self.lanes.setCurrentIndex(index)

    def _lanes_changed(self, _index: int) -> None:
        self.state.source.set_lanes(self.lanes.currentData())
        if self.isVisible():
            self._redraw(read=True)

    def set_quotes(self, on: bool) -> None:
        self.quotes.setChecked(bool(on))

    def _quotes_toggled(self, on: bool) -> None:
        self.state.source.set_quotes(on)
        if self.isVisible():
            self._redraw(read=True)

    def set_display(self, language: str, arabic_digits: bool) -> None:
        """The window's language and digits preference changed: words, direction and digits follow."""
        self.state.language = language
        self.state.source.set_language(language)
        v = self.state.viewport
        self.state.viewport = timeline.Viewport(v.start, v.end, v.width, v.height,
                                                timeline.time_rtl(language, self.state.flip))
        self.set_arabic_digits(arabic_digits)

    def set_arabic_digits(self, on: bool) -> None:
        self.state.arabic_digits = bool(on)
        if self.isVisible():
            self._redraw()

    # --- clicks and spans -----------------------------------------------------------------

    def _clicked(self, key: str, modifiers) -> None:
        span = timeline.span_of_key(key)
        if span is not None:
            first, last = (timeline.ordinal(d) for d in span)
            v = self.state.viewport
            days = max(timeline.MIN_SPAN_DAYS, last + 1 - first)
            self.state.viewport = timeline.Viewport(first - days * 0.05, last + 1 + days * 0.05, v.width,
                                                    v.height, v.rtl)
            self._redraw()
            return
        if not key:
            return
        if modifiers & Qt.ControlModifier:
            keys = [k for k in self.session.selection if k != key]
            if key not in self.session.selection:
                keys.append(key)
            self.session.select(keys)
        else:
            self.session.select([key])

    def _double_clicked(self, key: str) -> None:
        if key and timeline.span_of_key(key) is None:
            self.record_activated.emit(key)

    def _span_chosen(self, x1: float, x2: float) -> None:
        g = self.state.geometry
        first, last = sorted((g.day_at(x1), g.day_at(x2)))
        self.session.set_span(timeline.iso(first), timeline.iso(last), self.state.language)

    # --- figures --------------------------------------------------------------------------

    def scene(self) -> Scene | None:
        """The drawing shown now (for figure export and the briefing)."""
        return self.canvas.scene()

    def scene_for(self, width: float, height: float) -> Scene:
        """The same span drawn at width×height points (a briefing figure)."""
        shown = self.state.viewport
        self.state.viewport = shown.sized(width, height)
        try:
            return self.state.scene(read=True)
        finally:
            self.state.viewport = shown
            self._redraw()

    def _export(self, fmt: str) -> None:
        scene = self.scene()
        if scene is None:
            return
        save_figure(self, scene, fmt, None, self.tr("Export the timeline"), "timeline")

    def close_session(self) -> None:
        """Stop following the session (the window calls this before the view goes)."""
        for stop in self._unsubscribe:
            stop()
