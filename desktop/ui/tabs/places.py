"""The places tab."""
from __future__ import annotations

from desktop.core.records import PLACE_TYPES
from desktop.ui.tabs.record_tab import RecordTab


class PlaceTab(RecordTab):
    kind = "place"
    categories = PLACE_TYPES
    has_dates = False
