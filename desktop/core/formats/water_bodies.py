"""Seas, gulfs, straits and oceans by every name (data/water_bodies.jsonl), so an event dataset that
names one where a country or a place goes (ACLED's maritime events put «البحر الأحمر» or "Red Sea"
in `country`) gets a place of type water_body, under one id whatever the language of the cell.

The list is data: a water body is added with a line of the file, not with code.
"""
from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from types import MappingProxyType
from typing import Mapping

from desktop import paths
from desktop.core import arabic


@dataclass(frozen=True)
class WaterBody:
    name_en: str      # the English name: the place's id is made from it
    name: str         # the Arabic name, the place's name


def key(name: str) -> str:
    """The form names are matched in: case, hamza forms, hyphens and spacing do not matter."""
    return " ".join(arabic.words(arabic.normalize(name)))


def water_body(name: str) -> WaterBody | None:
    """The water body `name` names (in English or Arabic, or by an alias), or None."""
    return _by_key().get(key(name))


def by_english_name(name_en: str) -> WaterBody | None:
    return _by_key().get(key(name_en))


@functools.cache
def _by_key() -> Mapping[str, WaterBody]:
    """Every name and alias of the shipped list -> its water body; read once per process (read-only)."""
    out: dict[str, WaterBody] = {}
    with open(paths.data_dir() / "water_bodies.jsonl", encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            entry = json.loads(line)
            body = WaterBody(entry["name_en"], entry["name"])
            for name in (entry["name_en"], entry["name"], *entry.get("aliases", ())):
                out.setdefault(key(name), body)
    return MappingProxyType(out)
