"""The Events tab's date filter boxes show their placeholder whole at 1280 px, in both languages."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


from tests.ui.conftest import shown_window  # noqa: E402


def _ink_width(edit):
    """How wide the painted placeholder is, from its first inked column to its last."""
    image = edit.grab().toImage()
    base = edit.palette().base().color().lightness()
    middle = image.height() // 2
    xs = [x for x in range(3, image.width() - 3) for y in range(middle - 6, middle + 6)
          if abs(image.pixelColor(x, y).lightness() - base) > 40]
    return max(xs) - min(xs) + 1 if xs else 0


def test_the_date_placeholders_show_whole(qtbot, store, language):
    window = shown_window(qtbot, store, kind="event", size=(1280, 800), language=language)
    bar = window.current_tab().filter_bar
    expected = "سنة-شهر-يوم" if language == "ar" else "YYYY-MM-DD"
    for edit in (bar.date_from, bar.date_to):
        assert edit.placeholderText() == expected
        whole = edit.fontMetrics().horizontalAdvance(expected)
        assert _ink_width(edit) >= whole - 4, "the placeholder is cut short"
        assert edit.rect().intersects(edit.visibleRegion().boundingRect())
        assert edit.mapTo(window, edit.rect().topLeft()).x() >= 0
        assert edit.mapTo(window, edit.rect().bottomRight()).x() <= window.width()
