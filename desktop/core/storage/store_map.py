"""What the map view asks of the store (a mixin of Store; the SQL is in storage/map.py)."""
from __future__ import annotations


class MapMixin:
    """Filled by the map view's work."""
