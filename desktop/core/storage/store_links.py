"""What the links view asks of the store (a mixin of Store; the SQL is in storage/links.py)."""
from __future__ import annotations


class LinksMixin:
    """Filled by the links view's work."""
