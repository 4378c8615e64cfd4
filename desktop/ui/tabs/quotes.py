"""The quotes tab."""
from __future__ import annotations

from desktop.ui.tabs.record_tab import RecordTab


class QuoteTab(RecordTab):
    kind = "quote"
    has_dates = True
