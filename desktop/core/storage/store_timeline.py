"""What the timeline view asks of the store (a mixin of Store; the SQL is in storage/timeline.py)."""
from __future__ import annotations


class TimelineMixin:
    """Filled by the timeline view's work."""
