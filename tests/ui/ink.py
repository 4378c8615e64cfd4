"""Where a widget's text is drawn: the columns of its darker pixels, read from the widget as shown."""
from __future__ import annotations

BORDER = 4          # the frame's pixels, not text


def ink_span(widget, darker_than: int = 170, skip: tuple = ()) -> tuple[int, int] | None:
    """(leftmost, rightmost) column with a pixel darker than `darker_than` (0-255), inside the frame and
    outside the child widgets in `skip` (a clear button); None for no text."""
    image = widget.grab().toImage()
    hidden = [child.geometry() for child in skip if child.isVisible()]
    columns = [x for x in range(BORDER, image.width() - BORDER)
               if not any(r.left() <= x <= r.right() for r in hidden)
               and any(image.pixelColor(x, y).lightness() < darker_than
                       for y in range(BORDER, image.height() - BORDER))]
    return (columns[0], columns[-1]) if columns else None
