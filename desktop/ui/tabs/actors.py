"""The actors tab."""
from __future__ import annotations

from desktop.core.records import ACTOR_TYPES
from desktop.ui.tabs.record_tab import RecordTab


class ActorTab(RecordTab):
    kind = "actor"
    categories = ACTOR_TYPES
    has_dates = False
