"""The map view: places and their events on the shipped basemap, on a SceneCanvas.

A thin layer over desktop/core/geo: the data, the projection, the clusters
and the drawing are core's; this widget turns the mouse and keys into view
changes and session calls, and paints the Scene core builds.

Mouse: the wheel zooms about the pointer, dragging pans, a click on a place
selects it in every view (Ctrl or Shift+click adds or removes it), a
double-click selects the events drawn there, a click on a cluster zooms in
on it (or selects its places when they cannot be told apart), and the right
button opens a menu. Keys: + and - zoom, 0 fits, the arrows pan.

It follows the session: the search (and so the timeline's from:/to: span)
decides what is drawn, and the selected records are ringed. Places without
coordinates are listed beside the map with their event counts, then those
drawn at an approximate position (a country's centre, the gazetteer), counted
apart; a click there selects the place. It reads and draws only while visible; changes made
while hidden are drawn on showing.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QMenu, QSplitter, QToolBar, QVBoxLayout, QWidget

from desktop.core import kinds
from desktop.core.errors import MarsadError
from desktop.core.geo import CLUSTER_KEY, MapState, fit
from desktop.core.geo.projection import MAX_SCALE
from desktop.ui import error_text
from desktop.ui.delegates import HighlightDelegate
from desktop.ui.story.common import DRAG_START, MovingCanvas, export_button, save_figure, toolbar_action

WHEEL_STEP = 1.25       # zoom factor per wheel notch
PAN_STEP = 60.0         # points an arrow key pans
READ_DELAY_MS = 120     # a pan or zoom reads the store this long after the last move
CLUSTER_ZOOM = 3.0      # a click on a cluster zooms in this much
APPROXIMATE = ("gazetteer", "country")    # origins of a point drawn where the place only roughly is
APPROXIMATE_MARK = "◆"  # the diamond the map draws such a place as


class MapCanvas(MovingCanvas):
    """The canvas with the map's mouse and keys: drag to pan, wheel zoom, menus, +/-/0 and arrows."""

    wheel_step = WHEEL_STEP

    def __init__(self, parent=None):
        super().__init__(parent)
        self._press: QPointF | None = None
        self._dragging = False

    def mousePressEvent(self, event):
        if event.button() == Qt.LeftButton:
            self._press = event.position()
            self._dragging = False
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event):
        if self._press is not None and event.buttons() & Qt.LeftButton:
            delta = event.position() - self._press
            if self._dragging or abs(delta.x()) + abs(delta.y()) >= DRAG_START:
                self._dragging = True
                self.setCursor(Qt.ClosedHandCursor)
                self.panned.emit(delta.x(), delta.y())
                self._press = event.position()
                return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event):
        dragged = self._dragging
        self._press, self._dragging = None, False
        if dragged and event.button() == Qt.LeftButton:
            self.setCursor(Qt.ArrowCursor)
            return       # a drag is no click
        super().mouseReleaseEvent(event)

    def key_command_for(self, event) -> str | None:
        if event.matches(QKeySequence.ZoomIn):
            return "zoom_in"
        if event.matches(QKeySequence.ZoomOut):
            return "zoom_out"
        if event.modifiers() & Qt.ControlModifier:
            return None
        return {Qt.Key_Plus: "zoom_in", Qt.Key_Equal: "zoom_in", Qt.Key_Minus: "zoom_out", Qt.Key_0: "fit",
                Qt.Key_Left: "left", Qt.Key_Right: "right", Qt.Key_Up: "up", Qt.Key_Down: "down"}.get(event.key())



class MapView(QWidget):
    """The map over `store`, following `session`; made by the story area (desktop/ui/story_area.py)."""

    changed = Signal()        # redrawn with new data: tests and the window may listen

    def __init__(self, store, session, language: str = "ar", arabic_digits: bool = False, parent=None):
        super().__init__(parent)
        self.store = store
        self.session = session
        self.state = MapState.for_store(store, 760, 420, language=language, arabic_digits=arabic_digits)
        self._dirty = True
        self._fit_next = True
        self._listed: tuple = ()
        self._sized = False
        self._fitted = False      # the view is as Fit made it: a resize fits again
        self.canvas = MapCanvas(self)
        self.canvas.setObjectName("map_canvas")
        self.places = QListWidget(self)
        self.places.setObjectName("map_unlocated")
        self.places.setAccessibleName(self.tr("Places without coordinates"))
        # Place names are record text: elided at the end that was cut, whatever the UI.
        self.places.setItemDelegate(HighlightDelegate(self.places))
        self.places_title = QLabel(self)
        self.places_title.setObjectName("map_unlocated_title")
        self.places_title.setWordWrap(True)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(4, 0, 4, 0)
        side_layout.addWidget(self.places_title)
        side_layout.addWidget(self.places, 1)
        self.side = side
        self.splitter = QSplitter(Qt.Horizontal, self)
        self.splitter.addWidget(self.canvas)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.status = QLabel(self)
        self.status.setObjectName("map_status")
        self.status.setWordWrap(True)
        self.toolbar = self._make_toolbar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status)
        self._read_timer = QTimer(self)
        self._read_timer.setSingleShot(True)
        self._read_timer.setInterval(READ_DELAY_MS)
        self._read_timer.timeout.connect(lambda: self.redraw(read=True))
        self._connect()
        self._follow_query(session)
        self._follow_selection(session)
        self._unsubscribe = [session.on("selection", self._selection_changed),
                             session.on("query", self._query_changed)]
        self.destroyed.connect(lambda *_: [stop() for stop in self._unsubscribe])

    # --- building -------------------------------------------------------------------------

    def _make_toolbar(self) -> QToolBar:
        bar = QToolBar(self)
        bar.setObjectName("map_toolbar")
        bar.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)

        def add(name: str, text: str, slot, icon_name: str | None = None, tip: str = "") -> QAction:
            return toolbar_action(self, bar, name, text, slot, icon_name, tip)

        self.act_fit = add("act_map_fit", self.tr("Fit"), self.fit, tip=self.tr("Show every place drawn (0)"))
        self.act_zoom_in = add("act_map_zoom_in", self.tr("Zoom In"), lambda: self.zoom(WHEEL_STEP),
                               tip=self.tr("Zoom in (+)"))
        self.act_zoom_out = add("act_map_zoom_out", self.tr("Zoom Out"), lambda: self.zoom(1 / WHEEL_STEP),
                                tip=self.tr("Zoom out (−)"))
        self.act_world = add("act_map_world", self.tr("World"), self.show_world, tip=self.tr("Show the whole world"))
        bar.addSeparator()
        self.act_unlocated = add("act_map_unlocated", self.tr("Places Without Coordinates"), self._toggle_side,
                                 tip=self.tr("Show or hide the list of places the map cannot draw"))
        self.act_unlocated.setCheckable(True)
        self.act_unlocated.setChecked(True)
        bar.addSeparator()
        self.act_png = add("act_map_png", self.tr("Export PNG…"), lambda: self.export("png"), "export")
        self.act_svg = add("act_map_svg", self.tr("Export SVG…"), lambda: self.export("svg"))
        export_button(bar, [self.act_png, self.act_svg], "map_export", self.tr("Export"),
                      self.tr("Save the map as a picture"))
        return bar

    def _connect(self) -> None:
        c = self.canvas
        c.clicked.connect(self._clicked)
        c.double_clicked.connect(self._double_clicked)
        c.panned.connect(self._panned)
        c.zoomed.connect(lambda factor, at: self.zoom(factor, (at.x(), at.y())))
        c.menu_requested.connect(lambda key, where: self.context_menu(key).exec(where.toPoint()))
        c.key_command.connect(self._key_command)
        c.resized.connect(lambda _size: self._resized())
        self.places.itemActivated.connect(self._place_chosen)
        self.places.itemClicked.connect(self._place_chosen)

    # --- drawing ---------------------------------------------------------------------------

    def _size(self) -> tuple[float, float]:
        return float(max(1, self.canvas.width())), float(max(1, self.canvas.height()))

    def redraw(self, read: bool = True) -> None:
        """Build the Scene for the view and show it; while hidden, only remember to.

        read=False draws from what was read (a frame while panning) and reads later if need be.
        """
        if not self.isVisible():
            self._dirty = True
            return
        self._dirty = False
        width, height = self._size()
        self.state.view = self.state.view.resized(width, height)
        try:
            if self._fit_next:
                self._fit_next = False
                self._fitted = True
                self.state.fit()
                read = True
            scene = self.state.scene(read=read)
        except MarsadError as exc:
            self._say(error_text.describe(exc))
            return
        self.canvas.set_scene(scene)
        if not read and self.state.needs_reading():
            self._read_timer.start()
        self._list_unlocated()
        self.changed.emit()

    def showEvent(self, event):
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            total = max(1, self.splitter.width())
            side = min(260, total // 4)
            self.splitter.setSizes([total - side, side])
        if self._dirty:
            self.redraw()

    def scene_for(self, width: float, height: float):
        """What the map shows now, fitted to width×height points: a briefing figure."""
        return self.state.scene_for(width, height)

    def refresh(self) -> None:
        """The store changed: read again (when visible)."""
        self.state.source.reset()
        self.redraw()

    def reload(self) -> None:
        """The store changed (the story area's name for it): as refresh()."""
        self.refresh()

    def set_display(self, language: str, arabic_digits: bool) -> None:
        self.state.language, self.state.arabic_digits = language, arabic_digits
        self._listed = ()
        self.redraw(read=False)

    # --- moving ----------------------------------------------------------------------------

    def fit(self) -> None:
        self._fit_next = True
        self.redraw()

    def _resized(self) -> None:
        self._fit_next = self._fit_next or self._fitted
        self.redraw(read=False)

    def show_world(self) -> None:
        width, height = self._size()
        self._fitted = False
        self.state.view = fit(None, width, height)
        self.redraw(read=False)

    def zoom(self, factor: float, at: tuple[float, float] | None = None) -> None:
        self._fitted = False
        self.state.view = self.state.view.zoomed(factor, at)
        self.redraw(read=False)

    def _panned(self, dx: float, dy: float) -> None:
        self._fitted = False
        self.state.view = self.state.view.panned(dx, dy)
        self.redraw(read=False)

    def _key_command(self, name: str) -> None:
        moves = {"left": (PAN_STEP, 0), "right": (-PAN_STEP, 0), "up": (0, PAN_STEP), "down": (0, -PAN_STEP)}
        if name == "zoom_in":
            self.zoom(WHEEL_STEP)
        elif name == "zoom_out":
            self.zoom(1 / WHEEL_STEP)
        elif name == "fit":
            self.fit()
        elif name in moves:
            self._panned(*moves[name])

    def center_on(self, key: str) -> bool:
        """Bring the point drawn for a place to the middle; False when the map draws none for it."""
        data = self.state.source.data
        point = next((p for p in data.points if p.key == key), None) if data is not None else None
        if point is None:
            return False
        x, y = self.state.view.to_screen(point.lon, point.lat)
        self._panned(self.state.view.width / 2 - x, self.state.view.height / 2 - y)
        return True

    # --- the mouse -------------------------------------------------------------------------

    def _clicked(self, key: str, modifiers) -> None:
        if not key:
            return
        if key.startswith(CLUSTER_KEY):
            self.open_cluster(key)
            return
        if modifiers & (Qt.ControlModifier | Qt.ShiftModifier):
            chosen = list(self.session.selection)
            chosen = [k for k in chosen if k != key] if key in chosen else chosen + [key]
            self.session.select(chosen)
        else:
            self.session.select([key])

    def open_cluster(self, key: str) -> None:
        """Zoom in on a cluster; when zooming cannot part its places (one spot, or closest zoom), select them."""
        group = self.state.picture.clusters.get(key) if self.state.picture else None
        if group is None:
            return
        members = self.state.cluster_members(key)
        data = self.state.source.data
        spots = {(p.lon, p.lat) for p in data.points if p.key in set(members)} if data else set()
        if len(spots) <= 1 or self.state.view.scale * CLUSTER_ZOOM > MAX_SCALE:
            self.session.select(members)
            return
        self.zoom(CLUSTER_ZOOM, (group.x, group.y))

    def _double_clicked(self, key: str) -> None:
        if key and not key.startswith(CLUSTER_KEY):
            self.select_events_at(key)

    def select_events_at(self, key: str) -> list[str]:
        """Select the events drawn at a place (and the place, focused)."""
        try:
            events = self.state.source.events_at(key)
        except MarsadError as exc:
            self._say(error_text.describe(exc))
            return []
        self.session.select(events + [key], focus=key)
        return events

    def context_menu(self, key: str) -> QMenu:
        """The menu for a place (`key`), a cluster, or the map itself (empty key)."""
        menu = QMenu(self)
        if key and key.startswith(CLUSTER_KEY):
            zoom = menu.addAction(self.tr("Zoom In Here"))
            zoom.setObjectName("menu_map_cluster_zoom")
            zoom.triggered.connect(lambda: self.open_cluster(key))
            pick = menu.addAction(self.tr("Select These Places"))
            pick.setObjectName("menu_map_cluster_select")
            pick.triggered.connect(lambda: self.session.select(self.state.cluster_members(key)))
        elif key:
            details = menu.addAction(self.tr("Show Details"))
            details.setObjectName("menu_map_details")
            details.triggered.connect(lambda: self.session.select([key]))
            events = menu.addAction(self.tr("Select the Events Here"))
            events.setObjectName("menu_map_events")
            events.triggered.connect(lambda: self.select_events_at(key))
        else:
            for act in (self.act_fit, self.act_world, None, self.act_png, self.act_svg):
                menu.addSeparator() if act is None else menu.addAction(act)
        return menu

    # --- the list of places without coordinates ------------------------------------------

    def _toggle_side(self) -> None:
        self.side.setVisible(self.act_unlocated.isChecked())

    def _list_unlocated(self) -> None:
        data = self.state.source.data
        if data is None:
            return
        listed = (id(data.unlocated), self.state.language, self.state.arabic_digits)
        if listed == self._listed:
            return
        self._listed = listed
        self.places.clear()
        # A place the map draws at its country's centre or from the gazetteer is on the map, only not
        # exactly: it is counted apart, after those the map does not draw at all, marked as on the map.
        approximate = [p for p in data.unlocated if p.origin in APPROXIMATE]
        missing = [p for p in data.unlocated if p.origin not in APPROXIMATE]
        total = data.unlocated_total - len(approximate)
        self.places_title.setText(self.tr("Places without coordinates: %1")
                                  .replace("%1", self._number(data.unlocated_total)))
        # Each group under its heading: mixed in one list, a place the map does not draw differed from
        # the approximate ones only by a missing ◆.
        groups = ((missing, self.tr("Not on the map: %1").replace("%1", self._number(total))),
                  (approximate, APPROXIMATE_MARK + " " + self.tr("Approximate position: %1")
                   .replace("%1", self._number(len(approximate)))))
        for group, heading in groups:
            if group:
                self._add_heading(heading)
            for place in group:
                self._add_place(place)
        rest = data.unlocated_total - len(data.unlocated)
        if rest > 0:
            more = QListWidgetItem(self.tr("%1 more; search to narrow the list").replace("%1", self._number(rest)))
            more.setFlags(Qt.NoItemFlags)
            self.places.addItem(more)

    def _add_heading(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemIsEnabled)     # not chosen as a place, yet not greyed out as disabled
        font = self.places.font()
        font.setBold(True)
        item.setFont(font)
        self.places.addItem(item)

    def _add_place(self, place) -> None:
        text = place.display_name(self.state.language)
        if place.origin in APPROXIMATE:
            text = APPROXIMATE_MARK + " " + text
        if place.events:
            text += " — " + self.tr("events: %1").replace("%1", self._number(place.events))
        item = QListWidgetItem(text)
        item.setData(Qt.UserRole, place.key)
        tip = self._where_drawn(place)
        if tip:
            item.setToolTip(tip)
        self.places.addItem(item)

    def _where_drawn(self, place) -> str:
        if place.origin == "ancestor":
            name = place.shown_at_name_en if self.state.language != "ar" and place.shown_at_name_en \
                else place.shown_at_name
            return self.tr("Its events are drawn at “%1”, the nearest place around it with coordinates.") \
                .replace("%1", name or "")
        if place.origin == "gazetteer":
            return self.tr("Drawn at an approximate position from the shipped gazetteer.")
        if place.origin == "country":
            return self.tr("Drawn at the middle of the country on the basemap.")
        return self.tr("Not on the map: add its coordinates to place it.")

    def _place_chosen(self, item: QListWidgetItem) -> None:
        key = item.data(Qt.UserRole)
        if key:
            self.session.select([key])
            self.center_on(key)

    def unlocated_keys(self) -> list[str]:
        return [self.places.item(i).data(Qt.UserRole) for i in range(self.places.count())
                if self.places.item(i).data(Qt.UserRole)]

    # --- the session -----------------------------------------------------------------------

    def _follow_query(self, session) -> None:
        if session.problem is not None:
            self._say(error_text.describe(session.problem))
            return
        self._say("")
        self.state.source.set_query(session.query if session.searching else None)
        self._fit_next = True

    def _follow_selection(self, session) -> None:
        keys = [k for k in session.selection if kinds.kind_of(k) in ("event", "place")]
        try:
            self.state.select(keys)
        except MarsadError as exc:
            self._say(error_text.describe(exc))

    def _query_changed(self, session) -> None:
        self._follow_query(session)
        self.redraw()

    def _selection_changed(self, session) -> None:
        self._follow_selection(session)
        self.redraw(read=False)

    # --- files -----------------------------------------------------------------------------

    def export(self, fmt: str, path: str | None = None) -> Path | None:
        """What the map shows as PNG or SVG."""
        title = self.tr("Export Map as PNG") if fmt == "png" else self.tr("Export Map as SVG")
        return save_figure(self, self.canvas.scene() or self.state.scene(), fmt, path, title, "map")

    # --- words -----------------------------------------------------------------------------

    def _number(self, n: int) -> str:
        from desktop.core.geo.draw import number
        return number(n, self.state.language, self.state.arabic_digits)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
