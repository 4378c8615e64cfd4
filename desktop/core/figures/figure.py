"""A story view as a briefing figure: which views there are, their headless builders, their captions.

A figure added from a view in the app keeps the drawing the analyst arranged
(a saved briefing holds its Scene as JSON). `marsad briefing --figure NAME`
builds a fresh one, headless, from the briefing's query or ids.
"""
from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass

from desktop.core.errors import BriefingError
from desktop.core.figures.scene import Scene

VIEWS = ("timeline", "links", "map")

# view -> (module, function): function(store, query_text=None, keys=None, width=, height=, language=,
# arabic_digits=) -> Scene. Imported when a figure is built: the views' code costs nothing until then.
BUILDERS = {
    "timeline": ("desktop.core.timeline", "timeline_scene"),
    "links": ("desktop.core.links", "links_scene"),
    "map": ("desktop.core.geo", "map_scene"),
}

CAPTIONS = {
    "ar": {"timeline": "الخط الزمني", "links": "مخطط الصلات", "map": "الخريطة"},
    "en": {"timeline": "Timeline", "links": "Link chart", "map": "Map"},
}
HEADING = {"ar": "الأشكال", "en": "Figures"}

# A figure's drawing on the page: the body's width, and this share of the body's height at most.
PAGE_SHARE = 0.45
# The body of a briefing page in points (the paper less printing.py's 18 mm sides and ~35 mm of bands).
BODY_POINTS = {"A4": (493.0, 742.0), "Letter": (510.0, 692.0)}


@dataclass(frozen=True)
class Figure:
    view: str
    caption: str
    scene: Scene


def check_view(view: str) -> str:
    if view not in VIEWS:
        raise BriefingError("field.not_choice", field="figure", value=view, choices=", ".join(VIEWS))
    return view


def build_scene(store, view: str, *, query: str | None = None, keys=None, width: float, height: float,
                language: str = "ar", arabic_digits: bool = False) -> Scene:
    """The view's drawing of what `query` matches (or of `keys`), headless, at width×height points."""
    module_name, function_name = BUILDERS[check_view(view)]
    build = getattr(importlib.import_module(module_name), function_name)
    return build(store, query_text=query, keys=list(keys) if keys is not None else None, width=width,
                 height=height, language=language, arabic_digits=arabic_digits)


def page_size(paper: str) -> tuple[float, float]:
    """Width and height in points of a figure drawn for a page of `paper`."""
    width, height = BODY_POINTS.get(paper, BODY_POINTS["A4"])
    return width, round(height * PAGE_SHARE)


def entry(view: str, scene: Scene) -> dict:
    """What a briefing spec keeps of a figure."""
    return {"view": check_view(view), "scene": scene.to_dict()}


def check_entry(value) -> None:
    """A figure in a briefing spec: ValueError-free check of its shape (BriefingError when wrong)."""
    if not isinstance(value, Mapping) or not isinstance(value.get("scene"), Mapping):
        raise BriefingError("briefing.bad_figure")
    check_view(value.get("view"))


def from_entry(value: Mapping, language: str, number: str) -> Figure:
    """The figure a spec's entry describes, captioned in the sheet's language («شكل ١: الخط الزمني»)."""
    check_entry(value)
    try:
        scene = Scene.from_dict(value["scene"])
    except ValueError:
        raise BriefingError("briefing.bad_figure") from None
    word = "شكل" if language == "ar" else "Figure"
    name = CAPTIONS[language][value["view"]]
    title = scene.title.strip()
    if not title:
        about = name
    elif title.startswith(name):     # a title that already names the view («الخريطة: عين الأسد»)
        about = title
    else:
        about = f"{name} — {title}"
    return Figure(value["view"], f"{word} {number}: {about}", scene)
