"""The store's path in the status bar: an LTR isolate on the start side, apart from the search status."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint  # noqa: E402

from desktop.ui.bidi import LRI, PDI  # noqa: E402
from tests.ui.conftest import shown_window  # noqa: E402


def _ink(label):
    """The left and right ends of a label's painted text, in the status bar's coordinates."""
    image = label.grab().toImage()
    xs = [x for x in range(image.width()) for y in range(image.height())
          if image.pixelColor(x, y).lightness() < 140]
    at = label.mapTo(label.window(), QPoint(0, 0)).x()
    return at + min(xs), at + max(xs)


def _searched(qtbot, window, query):
    window.set_search(query)
    qtbot.waitUntil(lambda: bool(window.status_search.text()), timeout=5000)


def test_the_path_stands_at_the_right_of_the_arabic_status_bar_apart_from_the_search(qtbot, store, arabic):
    window = shown_window(qtbot, store, kind="place", size=(1280, 700), language="ar")
    assert LRI + str(store.path) + PDI in window.status_path.text()
    _searched(qtbot, window, "علاوي")
    path_left, path_right = _ink(window.status_path)
    search_left, search_right = _ink(window.status_search)
    assert path_right > window.width() - 30          # at the start side: the right
    assert path_left - search_right > 100            # a clear gap from «6 نتائج …»


def test_the_path_stands_at_the_left_of_the_english_status_bar(qtbot, store):
    window = shown_window(qtbot, store, kind="place", size=(1280, 700))
    _searched(qtbot, window, "علاوي")
    path_left, path_right = _ink(window.status_path)
    search_left, search_right = _ink(window.status_search)
    assert path_left < 30
    assert search_left - path_right > 100
