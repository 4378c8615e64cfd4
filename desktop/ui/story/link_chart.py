"""The link chart view: who and what the selected or searched records are tied to, on a SceneCanvas.

A thin layer over desktop/core/links.py: the chart's state, growth, layout,
undo and paths are all core's; this widget turns the mouse and keys into
its calls and paints the Scene core builds for the viewport.

Mouse: the wheel zooms about the pointer, dragging empty space pans,
dragging a node moves and pins it, a double-click expands a node (a "N
more" node shows the next of those it holds), a click selects in every view
(a click on a quote's edge selects the quote), and the right button opens
the node's menu. Keys: Ctrl+Z and Ctrl+Shift+Z undo and redo layout
changes while the chart has the focus, Delete hides the selected nodes,
+ and - zoom, 0 fits.

It follows the session: the selected records are ringed, and when "Follow
Search" is on, a new search starts the chart again from its best hits. It
draws only while visible; changes made while hidden are drawn on showing.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QAction, QFontInfo, QFontMetricsF
from PySide6.QtWidgets import QLabel, QMenu, QToolBar, QVBoxLayout, QWidget

from desktop.core.errors import MarsadError
from desktop.core.links import LinkChart
from desktop.core.links_paths import DEPTH
from desktop.core.links_model import MORE, is_more
from desktop.core.links_scene import Viewport, fit
from desktop.core.figures.scene import Label
from desktop.ui import error_text
from desktop.ui.figures.paint import label_font
from desktop.ui.story.common import export_button, save_figure, toolbar_action
from desktop.ui.story.link_canvas import WHEEL_STEP, ChartCanvas

class LinkChartView(QWidget):
    """The link chart over `store`, following `session`; made by the story area (desktop/ui/story_area.py)."""

    changed = Signal()        # the chart changed (nodes, layout, paths): tests and the window may listen

    def __init__(self, store, session, language: str = "ar", arabic_digits: bool = False, parent=None):
        super().__init__(parent)
        self.store = store
        self.session = session
        self.language = language
        self.arabic_digits = arabic_digits
        self.chart = LinkChart(store)
        self.viewport = Viewport()
        self._dirty = True
        self._started = False
        self._search_waiting = False
        self._stale = False
        self._fit_next = True
        self._fitted = False      # the viewport is a fit the analyst has not zoomed or panned since
        self.canvas = ChartCanvas(lambda key: key in self.chart and not self._hidden(key), self)
        self.canvas.setObjectName("link_canvas")
        self.status = QLabel(self)
        self.status.setObjectName("link_status")
        self.status.setWordWrap(True)
        self.toolbar = self._make_toolbar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.status)
        self._connect_canvas()
        stops = [session.on("selection", self._selection_changed), session.on("query", self._query_changed)]
        # The session outlives the widget: stop its calls before they reach a deleted one.
        self.destroyed.connect(lambda *_: [stop() for stop in stops])

    # --- building -------------------------------------------------------------------------

    def _make_toolbar(self) -> QToolBar:
        bar = QToolBar(self)
        bar.setObjectName("link_toolbar")
        bar.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)

        def add(name: str, text: str, slot, icon_name: str | None = None, tip: str = "") -> QAction:
            return toolbar_action(self, bar, name, text, slot, icon_name, tip)

        self.act_from_selection = add("act_links_from_selection", self.tr("From Selection"),
                                      self.start_from_selection, tip=self.tr("Start the chart from the selected records"))
        self.act_from_search = add("act_links_from_search", self.tr("From Search"), self.start_from_search,
                                   "search", self.tr("Start the chart from the search's best hits"))
        self.act_follow_search = add("act_links_follow_search", self.tr("Follow Search"), lambda: None,
                                     tip=self.tr("Start the chart again whenever the search changes"))
        self.act_follow_search.setCheckable(True)
        bar.addSeparator()
        self.act_undo = add("act_links_undo", self.tr("Undo"), self.undo, "undo",
                            self.tr("Undo the last change to the chart (Ctrl+Z)"))
        self.act_redo = add("act_links_redo", self.tr("Redo"), self.redo, "redo",
                            self.tr("Redo the change undone (Ctrl+Shift+Z)"))
        self.act_relayout = add("act_links_relayout", self.tr("Relayout"), self.relayout,
                                tip=self.tr("Arrange the chart again; pinned nodes stay"))
        self.act_fit = add("act_links_fit", self.tr("Fit"), self.fit, tip=self.tr("Show the whole chart (0)"))
        self.act_show_hidden = add("act_links_show_hidden", self.tr("Show Hidden"), self.show_hidden)
        bar.addSeparator()
        self.act_png = add("act_links_png", self.tr("Export PNG…"), lambda: self.export("png"), "export")
        self.act_svg = add("act_links_svg", self.tr("Export SVG…"), lambda: self.export("svg"))
        # The pane is often narrower than every button's words: undo and redo are their arrows (their
        # tooltips name them), and the two exports one button's menu, so nothing hides behind "»".
        for act in (self.act_undo, self.act_redo):
            bar.widgetForAction(act).setToolButtonStyle(Qt.ToolButtonIconOnly)
        export_button(bar, [self.act_png, self.act_svg], "links_export", self.tr("Export"),
                      self.tr("Save the chart as a picture"))
        return bar

    def _connect_canvas(self) -> None:
        c = self.canvas
        c.clicked.connect(self._clicked)
        c.double_clicked.connect(self._double_clicked)
        c.node_dragged.connect(self._node_dragged)
        c.drag_finished.connect(lambda _key: self._changed())
        c.panned.connect(self._panned)
        c.zoomed.connect(self._zoomed)
        c.menu_requested.connect(self._menu)
        c.key_command.connect(self._key_command)
        c.resized.connect(self._resized)

    # --- drawing ---------------------------------------------------------------------------

    def _size(self) -> tuple[float, float]:
        return float(max(1, self.canvas.width())), float(max(1, self.canvas.height()))

    def _labels(self) -> dict:
        """Labels at the UI's own text size, measured as the painter will draw them."""
        canvas = self.canvas
        base, dpi = canvas.font(), canvas.logicalDpiY()

        def measure(text: str, size: float) -> float:
            font = label_font(Label(0, 0, text, size=size), base, dpi)
            # Bold (a selected node) is a little wider: measured so, no label is thought narrower than it is.
            font.setBold(True)
            return QFontMetricsF(font, canvas).horizontalAdvance(text)

        return {"label_size": float(QFontInfo(base).pixelSize()), "measure": measure}

    def redraw(self) -> None:
        """Build the Scene for the viewport and show it; while hidden, only remember to."""
        if not self.isVisible():
            self._dirty = True
            return
        self._dirty = False
        if self._stale:
            self._stale = False
            self._run(self.chart.reload)
        if not self._started:
            self._started = True
            self._start_default()
        if self._search_waiting:
            self._search_waiting = False
            self._run(lambda: self.chart.start_from_search(self.session.query))
            self._fit_next = True
            self._report()
        width, height = self._size()
        if self._fit_next and self.chart.state.nodes:
            self.viewport = fit(self.chart.state.visible_nodes(), width, height,
                                label_size=self._labels()["label_size"])
            self._fit_next, self._fitted = False, True
        self.canvas.set_scene(self.chart.scene(self.viewport, width, height, self.language,
                                               selected=self.session.selection, arabic_digits=self.arabic_digits,
                                               **self._labels()))
        self.act_undo.setEnabled(self.chart.can_undo)
        self.act_redo.setEnabled(self.chart.can_redo)

    def showEvent(self, event):
        super().showEvent(event)
        if self._dirty:
            self.redraw()

    def scene_for(self, width: float, height: float):
        """The whole chart fitted to width×height points, with its legend: a briefing figure."""
        viewport = fit(self.chart.state.visible_nodes(), width, height)
        return self.chart.scene(viewport, width, height, self.language, legend=True,
                                arabic_digits=self.arabic_digits)

    def refresh(self) -> None:
        """The store changed: names, weights and links are read again for the nodes drawn (when shown)."""
        self._stale = True
        self.redraw()

    def reload(self) -> None:
        """The store changed (the story area's name for it): as refresh()."""
        self.refresh()

    def set_display(self, language: str, arabic_digits: bool) -> None:
        self.language, self.arabic_digits = language, arabic_digits
        self.redraw()

    # --- growing ---------------------------------------------------------------------------

    def _start_default(self) -> None:
        """The first time it is shown: from the selection, else from the search, else empty with a hint."""
        if self.session.selection:
            self._run(lambda: self.chart.start(self.session.selection))
        elif self.session.searching:
            self._run(lambda: self.chart.start_from_search(self.session.query))
        self._report()

    def start_from_selection(self) -> None:
        if not self.session.selection:
            self._say(self.tr("Select one or more records first."))
            return
        self._run(lambda: self.chart.start(self.session.selection))
        self._fit_next = True
        self._changed()

    def start_from_search(self) -> None:
        if not self.session.searching:
            self._say(self.tr("Type a search first."))
            return
        self._run(lambda: self.chart.start_from_search(self.session.query))
        self._fit_next = True
        self._changed()

    def expand(self, key: str) -> list[str]:
        added = self._run(lambda: self.chart.expand(key)) or []
        self._changed()
        return added

    def connect_records(self, source: str, target: str):
        found = self._run(lambda: self.chart.connect(source, target))
        if found is not None and not found.paths:
            self._say(self.tr("No connection of up to %1 links was found.").replace("%1", str(DEPTH))
                      if not found.exhausted else
                      self.tr("No connection was found before the search reached its limit."))
        self._changed(report=found is None or bool(found.paths))
        return found

    # --- arranging -------------------------------------------------------------------------

    def undo(self) -> None:
        if self.chart.undo():
            self._changed()

    def redo(self) -> None:
        if self.chart.redo():
            self._changed()

    def relayout(self) -> None:
        self._run(self.chart.relayout)
        self._fit_next = True
        self._changed()

    def fit(self) -> None:
        self._fit_next = True
        self.redraw()

    def show_hidden(self) -> None:
        self.chart.show_all()
        self._changed()

    def hide(self, keys) -> None:
        self.chart.hide(keys)
        self._changed()

    def set_pinned(self, key: str, pinned: bool) -> None:
        self.chart.pin(key, pinned)
        self._changed()

    def _hidden(self, key: str) -> bool:
        node = self.chart.node(key)
        return node is None or node.hidden

    # --- the mouse and keys ----------------------------------------------------------------

    def _clicked(self, key: str, modifiers) -> None:
        if not key or is_more(key):
            return
        if modifiers & (Qt.ControlModifier | Qt.ShiftModifier):
            chosen = list(self.session.selection)
            chosen = [k for k in chosen if k != key] if key in chosen else chosen + [key]
            self.session.select(chosen)
        else:
            self.session.select([key])

    def _double_clicked(self, key: str) -> None:
        if key in self.chart and not self._hidden(key):
            self.expand(key)

    def _node_dragged(self, key: str, pos: QPointF, first: bool) -> None:
        if first:
            self.chart.checkpoint()
        width, height = self._size()
        x, y = self.viewport.to_chart(pos.x(), pos.y(), width, height)
        self.chart.drag_to(key, x, y)
        self.redraw()

    def _resized(self, _size) -> None:
        # A chart fitted to a canvas that was still being laid out is fitted again to its real size.
        self._fit_next = self._fit_next or self._fitted
        self.redraw()

    def _panned(self, dx: float, dy: float) -> None:
        self.viewport = self.viewport.panned(dx, dy)
        self._fitted = False
        self.redraw()

    def _zoomed(self, factor: float, at: QPointF) -> None:
        width, height = self._size()
        self.viewport = self.viewport.zoomed(factor, at.x(), at.y(), width, height)
        self._fitted = False
        self.redraw()

    def _key_command(self, name: str) -> None:
        width, height = self._size()
        if name == "undo":
            self.undo()
        elif name == "redo":
            self.redo()
        elif name == "hide":
            self.hide([k for k in self.session.selection if k in self.chart])
        elif name in ("zoom_in", "zoom_out"):
            factor = WHEEL_STEP if name == "zoom_in" else 1 / WHEEL_STEP
            self.viewport = self.viewport.zoomed(factor, width / 2, height / 2, width, height)
            self._fitted = False
            self.redraw()
        elif name == "fit":
            self.fit()

    def _menu(self, key: str, where: QPointF) -> None:
        menu = self.context_menu(key)
        menu.exec(where.toPoint())

    def context_menu(self, key: str) -> QMenu:
        """The menu for a node (`key`), or for the chart (empty key)."""
        menu = QMenu(self)
        node = self.chart.node(key) if key else None
        if node is None or node.hidden:
            for act in (self.act_relayout, self.act_fit, self.act_show_hidden, None, self.act_png, self.act_svg):
                menu.addSeparator() if act is None else menu.addAction(act)
            return menu
        expand = menu.addAction(self.tr("Show More") if node.kind == MORE else self.tr("Expand"))
        expand.setObjectName("menu_expand")
        expand.triggered.connect(lambda: self.expand(key))
        if node.kind == MORE:
            return menu
        hide = menu.addAction(self.tr("Hide"))
        hide.setObjectName("menu_hide")
        hide.triggered.connect(lambda: self.hide([key]))
        pin = menu.addAction(self.tr("Unpin") if node.pinned else self.tr("Pin"))
        pin.setObjectName("menu_pin")
        pin.triggered.connect(lambda: self.set_pinned(key, not node.pinned))
        other = self.connection_partner(key)
        if other:
            label = self.chart.node(other).text(self.language) if other in self.chart else other
            text = self.tr("How Is This Connected to “%1”?").replace("%1", _short(label))
            connect = menu.addAction(text)
            connect.triggered.connect(lambda: self.connect_records(key, other))
        else:
            connect = menu.addAction(self.tr("How Is This Connected to…"))
            connect.setEnabled(False)
            connect.setToolTip(self.tr("Select a second record (Ctrl+click) or show one in the details first"))
        connect.setObjectName("menu_connect")
        menu.addSeparator()
        details = menu.addAction(self.tr("Show Details"))
        details.setObjectName("menu_details")
        details.triggered.connect(lambda: self.session.select([key]))
        return menu

    def connection_partner(self, key: str) -> str | None:
        """The record "how is this connected to…" asks about: another selected record, else the focused one."""
        others = [k for k in self.session.selection if k != key and not is_more(k)]
        if others:
            return others[-1]
        focus = self.session.focus
        return focus if focus and focus != key else None

    # --- the session -----------------------------------------------------------------------

    def _selection_changed(self, _session) -> None:
        self.redraw()

    def _query_changed(self, session) -> None:
        if self.act_follow_search.isChecked() and session.searching:
            self._search_waiting = True      # started again from the search now, or when next shown
            self.redraw()

    # --- files -----------------------------------------------------------------------------

    def export(self, fmt: str, path: str | None = None) -> Path | None:
        """What the chart shows (the viewport, with the legend) as PNG or SVG."""
        title = self.tr("Export Link Chart as PNG") if fmt == "png" else self.tr("Export Link Chart as SVG")
        width, height = self._size()
        scene = self.chart.scene(self.viewport, width, height, self.language, legend=True,
                                 arabic_digits=self.arabic_digits, **self._labels())
        return save_figure(self, scene, fmt, path, title, "links")

    # --- messages --------------------------------------------------------------------------

    def _run(self, work):
        try:
            return work()
        except MarsadError as exc:
            self._say(error_text.describe(exc))
        except ValueError:
            self._say(self.tr("That cannot be done on this node."))
        return None

    def _changed(self, report: bool = True) -> None:
        if report:
            self._report()
        self.redraw()
        self.changed.emit()

    def _report(self) -> None:
        if not self.chart.state.nodes:
            self._say(self.tr("Select a record or search, then choose “From Selection” or “From Search”.") + " "
                      + self.tr("Double-click a node to show what it is tied to."))
        elif self.chart.layout_cut:
            self._say(self.tr("The layout was cut short to keep the chart responsive; choose Relayout to go on."))
        elif self.chart.full:
            self._say(self.tr("The chart holds at most %1 nodes; the rest wait behind the “more” nodes.")
                      .replace("%1", str(self.chart.max_nodes)))
        else:
            self._say("")

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"
