"""The sources tab."""
from __future__ import annotations

from desktop.ui.tabs.record_tab import RecordTab


class SourceTab(RecordTab):
    kind = "source"
    has_dates = True
