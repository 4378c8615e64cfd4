"""The window's story views (timeline, link chart, map): showing and hiding them, and `gui --view`.

A mixin of MainWindow (strings in the MainWindow context). The views live in
a StoryArea under the tables, made the first time one is asked for.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter

from desktop.ui import story_area

SHORTCUTS = {"timeline": "Ctrl+6", "links": "Ctrl+7", "map": "Ctrl+8"}


class StoryActionsMixin:
    story = None     # the StoryArea, once a view was asked for

    def _wrap_tables_for_story(self, tables):
        """The tables in a vertical splitter that will hold the story views under them."""
        self.story_splitter = QSplitter(Qt.Vertical, self)
        self.story_splitter.setObjectName("story_splitter")
        self.story_splitter.addWidget(tables)
        return self.story_splitter

    def _build_story_actions(self, add) -> None:
        titles = {"timeline": self.tr("&Timeline"), "links": self.tr("&Link Chart"), "map": self.tr("&Map")}
        self.story_actions = {}
        for name in story_area.ORDER:
            act = add(titles[name], lambda _checked=False, n=name: self.toggle_view(n), SHORTCUTS[name])
            act.setCheckable(True)
            act.setObjectName(f"act_view_{name}")
            self.story_actions[name] = act

    def story_area(self) -> story_area.StoryArea:
        if self.story is None:
            self.story = story_area.StoryArea(self.store, self.session, self.language, self.arabic_digits(), self)
            self.story.currentChanged.connect(lambda _i: self._check_story_actions())
            self.story.figure_requested.connect(self.add_view_to_briefing)
            self.story.close_requested.connect(self.hide_views)
            self.story_splitter.addWidget(self.story)
            self.story_splitter.setStretchFactor(0, 3)
            self.story_splitter.setStretchFactor(1, 2)
            self.story.hide()
        return self.story

    def show_view(self, name: str):
        """Show the story view `name` (timeline, links, map) under the tables; returns its widget."""
        if name not in story_area.VIEWS:
            raise ValueError(f"unknown view {name!r}; one of {', '.join(story_area.ORDER)}")
        area = self.story_area()
        if not area.isVisible():
            area.show()
            total = sum(self.story_splitter.sizes()) or self.height()
            self.story_splitter.setSizes([total * 3 // 5, total - total * 3 // 5])
        widget = area.show_view(name)
        self._check_story_actions()
        return widget

    def hide_views(self) -> None:
        if self.story is not None:
            self.story.hide()
        self._check_story_actions()

    def toggle_view(self, name: str) -> None:
        """The view's menu entry: show it, or hide the area when it is the one shown."""
        if self.story is not None and self.story.isVisible() and self.story.current_name() == name:
            self.hide_views()
        else:
            self.show_view(name)

    def _check_story_actions(self) -> None:
        shown = self.story.current_name() if self.story is not None and self.story.isVisible() else None
        for name, act in self.story_actions.items():
            act.setChecked(name == shown)

    def shown_view(self) -> str | None:
        return self.story.current_name() if self.story is not None and self.story.isVisible() else None

    def add_view_to_briefing(self, name: str | None = None) -> dict | None:
        """The shown view's drawing, sized for the briefing's paper, into the briefing as a figure."""
        from desktop.core.figures import figure
        from desktop.ui import basket_status
        name = name or self.shown_view()
        if not name:
            self.statusBar().showMessage(self.tr("Show the timeline, the link chart or the map first."), 5000)
            return None
        spec = basket_status.remembered_spec(self.store) or basket_status.new_spec(self.language)
        width, height = figure.page_size(spec.paper)
        entry = figure.entry(name, self.story.view(name).scene_for(width, height))
        basket_status.add_figure(self, entry)
        self.statusBar().showMessage(self.tr("Figure added to the briefing."), 5000)
        return entry
