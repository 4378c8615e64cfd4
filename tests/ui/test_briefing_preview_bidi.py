"""The composer's preview shows mixed Arabic/Latin text as the PDF does: every space where it was typed."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QGraphicsView  # noqa: E402

from desktop.ui import briefing  # noqa: E402

# Words whose letters all join (no gaps inside them), Latin words and a number: five spaces.
TITLE = "بيت سعيد Ain Base 2025 بيت"
WIDTH = 1200                 # pixels across the sheet (about 145 dpi on A4)
WORD_GAP = 8                 # wider than any gap between two letters of a word at that size


def preview_page(composer) -> QImage:
    """The first page as the preview widget shows it, painted from its own scene."""
    view = composer.preview.findChild(QGraphicsView)
    page = QRectF(composer.printer.pageLayout().fullRectPixels(composer.printer.resolution()))
    image = QImage(WIDTH, round(WIDTH * page.height() / page.width()), QImage.Format_RGB32)
    image.fill(Qt.white)
    painter = QPainter(image)
    view.scene().render(painter, QRectF(image.rect()), page)
    painter.end()
    return image


def ink_bands(image: QImage, top: int, bottom: int) -> list[tuple[int, int]]:
    """Runs of rows holding dark pixels, between `top` and `bottom`."""
    bands, start = [], None
    for y in range(top, bottom):
        inked = any(image.pixelColor(x, y).lightness() < 128 for x in range(0, image.width(), 2))
        if inked and start is None:
            start = y
        elif not inked and start is not None:
            bands.append((start, y))
            start = None
    return bands


def word_gaps(image: QImage, top: int, bottom: int) -> list[int]:
    """Widths of the blank column runs between the first and last inked columns of a text line."""
    inked = [any(image.pixelColor(x, y).lightness() < 128 for y in range(top, bottom))
             for x in range(image.width())]
    first, last = inked.index(True), len(inked) - 1 - inked[::-1].index(True)
    gaps, run = [], 0
    for value in inked[first:last + 1]:
        if value:
            if run >= WORD_GAP:
                gaps.append(run)
            run = 0
        else:
            run += 1
    return gaps


@pytest.mark.parametrize("sheet", ["ar", "en"])
def test_preview_keeps_the_spaces_of_a_mixed_title(qtbot, sample_store, sheet):
    composer = briefing.BriefingComposer(sample_store, "en" if sheet == "en" else "ar")
    qtbot.addWidget(composer)
    composer.show()
    composer.replace_spec(items=("quote:allawi-1",), title=TITLE, language=sheet)
    composer.refresh_preview()
    qtbot.waitUntil(lambda: composer.preview_count > 0)
    image = preview_page(composer)
    # The title block's title is the tallest line at the top of the sheet.
    top, bottom = max(ink_bands(image, 0, image.height() // 5), key=lambda band: band[1] - band[0])
    gaps = word_gaps(image, top, bottom)
    # One gap per space, all of a space's width: the preview lost none and doubled none.
    assert len(gaps) == TITLE.count(" "), gaps
    assert max(gaps) - min(gaps) <= 3, gaps
