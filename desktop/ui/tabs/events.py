"""The events tab."""
from __future__ import annotations

from desktop.core.records import EVENT_STATUSES
from desktop.ui.tabs.record_tab import RecordTab


class EventTab(RecordTab):
    kind = "event"
    categories = EVENT_STATUSES
    has_dates = True
