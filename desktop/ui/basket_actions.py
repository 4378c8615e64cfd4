"""The main window's side of the briefing basket: adding to it, opening the composer, its count.

A mixin of MainWindow: `self.tr` takes the window's translation context, so
these strings live under "MainWindow" in the catalogue. The basket itself
(what it holds, per store) is desktop/ui/basket_status.py.
"""
from __future__ import annotations


class BasketActionsMixin:
    """Ctrl+B, the composer the window opens, and the basket's count in the status bar."""

    def add_to_basket(self) -> list[str]:
        """Ctrl+B: the selected records (or the search's) into the briefing, without opening the composer."""
        from desktop.ui import basket_status
        ids, found, more = self.briefing_batch(skip=set(basket_status.basket_ids(self)))
        if not found:
            self.statusBar().showMessage(self.tr("Select records, or search, to add them to the briefing."), 5000)
            return []
        added = basket_status.add(self, ids)
        self.update_basket_count()
        self.statusBar().showMessage(*basket_status.added_message(self, len(added), found, more))
        return added

    def open_briefing(self):
        """The briefing composer, with what the basket holds (a new briefing takes the preferred paper)."""
        from desktop.ui import basket_status, briefing
        fresh = basket_status.composer_of(self) is None
        if fresh and basket_status.remembered_spec(self.store) is None:
            basket_status.remember(self.store, basket_status.new_spec(self.language))
        composer = briefing.open_composer(self, self.store, None, self.language, store_changed=self.changes.changed)
        if fresh:
            composer.basket.changed.connect(self.update_basket_count)
        self.update_basket_count()
        return composer

    def update_basket_count(self) -> None:
        from desktop.ui import basket_status
        ids = basket_status.basket_ids(self)
        self.session.set_basket(ids)
        self.basket_button.set_count(len(basket_status.present(self.store, ids)), self._number)
