"""The briefing basket as the main window sees it: add to it without opening the composer, and count it.

The basket is the composer's (briefing/basket.py), and the composer keeps it
as part of the "last" briefing it remembers (in the store, and for the
session on the application object). Until the composer is first opened,
adding records updates that remembered briefing directly, so Ctrl+B is
instant and builds no preview; the composer, when it opens, starts from it.
Once a composer exists, records go to its basket.
"""
from __future__ import annotations

import dataclasses
import json
import re
import sys

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QToolButton

from desktop.core.errors import MarsadError
from desktop.ui import settings
from desktop.ui.bidi import isolate, isolate_ltr

# The composer's module (and with it QtPrintSupport and the briefing layout, ~30 ms) is imported
# when a briefing is first touched, not when the window starts: until then no composer exists, and
# no briefing was remembered in this session (only the composer's code remembers one).
COMPOSER_MODULE = "desktop.ui.briefing.composer"
LAST_BRIEFING = "last"      # briefing.outputs.LAST_KEY (a test keeps the two equal)


def _composer_module():
    return sys.modules.get(COMPOSER_MODULE)


def composer_of(window):
    """The window's composer, when one was made for the store it shows."""
    module = _composer_module()
    if module is None:
        return None
    composer = window.findChild(module.BriefingComposer, module.OBJECT_NAME)
    return composer if composer is not None and composer.store is window.store else None


def remembered_spec(store):
    from desktop.ui.briefing.composer import remembered_spec as composer_remembered
    return composer_remembered(store)


def new_spec(language: str):
    """A briefing no one has started yet: the language last chosen for one, else the UI's (`language`),
    and the preferred paper."""
    from desktop.core.briefing import BriefingSpec
    defaults = settings.BriefingDefaults()
    return BriefingSpec(language=defaults.language(language), paper=defaults.paper())


def basket_ids(window) -> list[str]:
    composer = composer_of(window)
    if composer is not None:
        return composer.basket.ids()
    if _composer_module() is not None:
        spec = remembered_spec(window.store)
        return list(spec.items) if spec else []
    return _stored_items(window.store)


def present(store, ids: list[str]) -> list[str]:
    """The ids whose record is in the store: a briefing leaves the others out (a creation undone, a
    record deleted), so the count does too; the ids stay, so a Redo brings the record back into it."""
    from desktop.core import kinds
    out = []
    for rid in ids:
        kind = kinds.kind_of(rid)
        try:
            if kind in kinds.KINDS and store.exists(kind, rid):
                out.append(rid)
        except MarsadError:
            continue
    return out


def _stored_items(store) -> list[str]:
    """The record ids of the store's last briefing, read without the composer (the window's start)."""
    try:
        data = store.load_briefing(LAST_BRIEFING)
    except MarsadError:
        return []
    items = data.get("items") if isinstance(data, dict) else None
    return [i for i in items if isinstance(i, str) and i] if isinstance(items, list) else []


def add(window, ids: list[str]) -> list[str]:
    """Add record ids to the basket (duplicates skipped, order kept); returns those added."""
    composer = composer_of(window)
    if composer is not None:
        return composer.add_ids(ids)
    spec = remembered_spec(window.store) or new_spec(window.language)
    present = set(spec.items)
    added = []
    for rid in ids:
        if rid and rid not in present:
            present.add(rid)
            added.append(rid)
    if added:
        remember(window.store, dataclasses.replace(spec, items=spec.items + tuple(added)))
    return added


def added_message(window, added: int, found: int, more: bool) -> tuple[str, int]:
    """What Ctrl+B says (and for how many ms): how many went in, and, when Ctrl+B took only a batch
    (file_actions.BRIEFING_BATCH) of the records found or selected, of how many, and how to add the rest."""
    number = window._number
    if more:
        shortcut = window.act_add_briefing.shortcut().toString(QKeySequence.NativeText)
        text = QCoreApplication.translate("MainWindow", "Added to the briefing: %n of %1. Press %2 again to "
                                                        "add the next ones.", "", added)
        # The numbers in the user's digits (the count, not the 1 of "%1", which the Arabic for one
        # record leaves as the only digit); the shortcut's Latin letters kept whole in an Arabic sentence.
        text = re.sub(rf"(?<![%\d]){added}(?!\d)", number(added), text, count=1)
        return text.replace("%1", isolate(number(found))).replace("%2", isolate_ltr(shortcut)), 15_000
    if not added:
        return QCoreApplication.translate("MainWindow", "Those records are already in the briefing."), 5000
    text = QCoreApplication.translate("MainWindow", "Added to the briefing: %n", "", added)
    return text.replace(str(added), number(added), 1), 5000


def add_figure(window, entry: dict) -> None:
    """A story view's drawing into the briefing, without opening the composer when there is none."""
    composer = composer_of(window)
    if composer is not None:
        composer.add_figure(entry)
        return
    spec = remembered_spec(window.store) or new_spec(window.language)
    remember(window.store, dataclasses.replace(spec, figures=spec.figures + (entry,)))


def remember(store, spec) -> None:
    """Keep `spec` (a BriefingSpec) as the store's last briefing, where the composer will look for it."""
    from desktop.core.briefing import BriefingError
    from desktop.core.errors import StoreError
    from desktop.ui.briefing.composer import _memory_name   # the composer's key: one spelling of it
    data = spec.to_dict()
    app = QCoreApplication.instance()
    if app is not None:
        app.setProperty(_memory_name(store), json.dumps(data, ensure_ascii=False))
    if getattr(store, "readonly", False):
        return
    try:
        store.save_briefing(LAST_BRIEFING, data)
    except (StoreError, BriefingError):
        # Kept for the session on the application object (above); the composer says so when it opens.
        pass


class BasketButton(QToolButton):
    """«الإيجاز: 3» in the status bar; a click opens the composer."""

    open_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("basket_count")
        self.setAutoRaise(True)
        self.clicked.connect(self.open_requested)
        self.count = 0

    def set_count(self, n: int, number=str) -> None:
        """Shows `n` records; `number` writes a number as the window writes its other counts (the digits chosen)."""
        self.count = n
        # Qt picks the plural form from n and writes it plainly; the window's way of writing it replaces that.
        self.setText(self.tr("Briefing: %n", "", n).replace(str(n), number(n), 1))
        self.setToolTip(self.tr("Records in the briefing: %n. Click to open the briefing composer.", "", n)
                        .replace(str(n), number(n), 1))
