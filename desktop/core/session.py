"""What the analyst is looking at, Qt-free: the search, the selection, the focused record, history, basket.

The main window used to hold these itself, and every action assumed the
current tab was a table of one kind. Now the tables and the story views
(timeline, link chart, map) all follow one Session, as napari's widgets
follow its viewer model: the search is parsed once, here, and a record
selected in any view is selected in all of them.

Views subscribe with `session.on(topic, callback)`; a callback receives the
session. Topics:
  "query"      the search text (and so the parsed query, or the problem) changed
  "selection"  the selected keys or the focused record changed
  "basket"     the briefing basket changed
A change that leaves things as they were notifies no one, so a view that
sets the selection in answer to "selection" does not loop.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from desktop.core import filter_terms, query_names
from desktop.core.errors import MarsadError, QueryError
from desktop.core.query import Query, parse

TOPICS = ("query", "selection", "basket")


@dataclass(frozen=True)
class Span:
    """A time span dragged on the timeline, as ISO days (either end may be open)."""
    date_from: str | None = None
    date_to: str | None = None


class Session:
    def __init__(self) -> None:
        self._listeners: dict[str, list[Callable[["Session"], None]]] = {t: [] for t in TOPICS}
        self._text = ""
        self._query: Query | None = None
        self._problem: MarsadError | None = None
        self._selection: tuple[str, ...] = ()
        self._focus: str | None = None
        self._history: list[str] = []
        self._position = -1
        self._basket: list[str] = []

    # --- listening -----------------------------------------------------------------------

    def on(self, topic: str, callback: Callable[["Session"], None]) -> Callable[[], None]:
        """Call `callback(session)` after each change of `topic`; returns what stops it."""
        if topic not in self._listeners:
            raise ValueError(f"unknown session topic {topic!r}; one of {TOPICS}")
        self._listeners[topic].append(callback)
        return lambda: self._listeners[topic].remove(callback) if callback in self._listeners[topic] else None

    def _notify(self, topic: str) -> None:
        for callback in list(self._listeners[topic]):
            callback(self)

    # --- the search ---------------------------------------------------------------------

    @property
    def text(self) -> str:
        return self._text

    @property
    def query(self) -> Query | None:
        """The parsed search; None when there is no search or it cannot run (see `problem`)."""
        return self._query

    @property
    def problem(self) -> MarsadError | None:
        """Why the search cannot run (a QueryError with its code), or None."""
        return self._problem

    @property
    def searching(self) -> bool:
        return bool(self._text.strip()) and self._problem is None

    def set_query(self, text: str) -> bool:
        """Parse `text` once for every view; False (and no notice) when it is what is already searched."""
        if text == self._text:
            return False
        self._text = text
        self._query, self._problem = None, None
        if text.strip():
            try:
                self._query = parse(text)
            except QueryError as exc:
                self._problem = exc
        self._notify("query")
        return True

    @property
    def span(self) -> Span:
        q = self._query
        return Span(q.date_from, q.date_to) if q is not None else Span()

    def set_span(self, date_from: str | None, date_to: str | None, language: str = "en") -> bool:
        """Narrow the search to a time span (dragged on the timeline): `from:`/`to:` in the query text,
        written in the UI's `language` (`من:`/`إلى:` in Arabic), replacing a span written in either."""
        text = self._text
        for name in ("from", "to"):
            text = filter_terms.without_filter(text, name)
        for name, day in (("from", date_from), ("to", date_to)):
            if day:
                text = filter_terms.with_filter(text, f"{query_names.written(name, language)}:{day}")
        return self.set_query(text.strip())

    # --- selection and focus ------------------------------------------------------------

    @property
    def selection(self) -> tuple[str, ...]:
        return self._selection

    @property
    def focus(self) -> str | None:
        """The record whose details are shown (the last one selected or followed)."""
        return self._focus

    def select(self, keys: Iterable[str], focus: str | None = None, remember: bool = True) -> bool:
        """Select `keys` in every view; `focus` (default: the last key) is shown and goes into history."""
        keys = tuple(dict.fromkeys(k for k in keys if k))
        if focus is None and keys:
            focus = keys[-1]
        if focus and focus not in keys:
            keys = keys + (focus,)
        if keys == self._selection and focus == self._focus:
            return False
        self._selection, self._focus = keys, focus
        if focus and remember:
            self._remember(focus)
        self._notify("selection")
        return True

    def clear_selection(self) -> bool:
        return self.select(())

    # --- history ------------------------------------------------------------------------

    def _remember(self, key: str) -> None:
        if self._history and self._history[self._position] == key:
            return
        del self._history[self._position + 1:]
        self._history.append(key)
        self._position = len(self._history) - 1

    @property
    def can_go_back(self) -> bool:
        return self._position > 0

    @property
    def can_go_forward(self) -> bool:
        return self._position < len(self._history) - 1

    def back(self) -> str | None:
        if not self.can_go_back:
            return None
        self._position -= 1
        return self._go()

    def forward(self) -> str | None:
        if not self.can_go_forward:
            return None
        self._position += 1
        return self._go()

    def _go(self) -> str:
        key = self._history[self._position]
        self._selection, self._focus = (key,), key
        self._notify("selection")
        return key

    def forget(self, keys: Iterable[str]) -> None:
        """Records deleted: out of the selection, the history and the basket."""
        gone = set(keys)
        if not gone:
            return
        current = self._history[self._position] if self._history else None
        self._history = [k for k in self._history if k not in gone]
        self._position = (self._history.index(current) if current in self._history else len(self._history) - 1)
        if gone & set(self._selection) or self._focus in gone:
            self._selection = tuple(k for k in self._selection if k not in gone)
            self._focus = self._focus if self._focus not in gone else None
            self._notify("selection")
        if gone & set(self._basket):
            self._basket = [k for k in self._basket if k not in gone]
            self._notify("basket")

    # --- the briefing basket ------------------------------------------------------------

    @property
    def basket(self) -> tuple[str, ...]:
        return tuple(self._basket)

    def set_basket(self, keys: Iterable[str]) -> bool:
        keys = list(dict.fromkeys(keys))
        if keys == self._basket:
            return False
        self._basket = keys
        self._notify("basket")
        return True

    def add_to_basket(self, keys: Iterable[str]) -> list[str]:
        """Keys not yet in the basket, appended; returns those added."""
        added = [k for k in dict.fromkeys(keys) if k not in self._basket]
        if added:
            self._basket += added
            self._notify("basket")
        return added
