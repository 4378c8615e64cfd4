"""The review dialog's meta line («10 June 2025 · Arabic») is a sentence of the UI: it starts on the UI's
start side, left in the English UI even for an Arabic article, right in the Arabic UI, with the
article's own values isolated inside it."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtGui import QColor  # noqa: E402

from desktop.core import importing as core_importing  # noqa: E402
from desktop.core import review as core_review  # noqa: E402
from desktop.ui.bidi import FSI, LRM, PDI, RLM, strip  # noqa: E402
from desktop.ui.importing.review import ReviewDialog  # noqa: E402

ARTICLE = """وزير الخارجية يصرّح عن الحدود
قال وزير الخارجية العراقي فؤاد حسين، الأربعاء، إن "الحكومة ملتزمة بحماية الحدود مع سوريا".
"""


@pytest.fixture
def arabic_article(empty, tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    core_importing.import_files(empty, [path], published="2025-06-10")
    (source_id,) = core_review.unreviewed_sources(empty)
    return empty, source_id


def inked_columns(widget) -> tuple[int, int]:
    """The first and last pixel columns of `widget` where its text is drawn."""
    image = widget.grab().toImage()
    background = QColor(image.pixel(0, 0)).lightness()
    columns = [x for x in range(image.width())
               if any(abs(QColor(image.pixel(x, y)).lightness() - background) > 60 for y in range(image.height()))]
    assert columns, "nothing drawn"
    return columns[0], columns[-1]


def shown_dialog(qtbot, store, source_id) -> ReviewDialog:
    dialog = ReviewDialog(store, source_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_english_meta_line_of_an_arabic_article_starts_on_the_left(qtbot, arabic_article):
    dialog = shown_dialog(qtbot, *arabic_article)
    assert strip(dialog.meta.text()) == LRM + "10 June 2025 · Arabic"
    assert dialog.meta.text() == LRM + FSI + "10 June 2025" + PDI + " · " + FSI + "Arabic" + PDI
    first, last = inked_columns(dialog.meta)
    assert first < 12 and last < dialog.meta.width() / 2


def test_the_arabic_meta_line_starts_on_the_right(qtbot, arabic_article, arabic):
    dialog = shown_dialog(qtbot, *arabic_article)
    assert dialog.isRightToLeft()
    assert strip(dialog.meta.text()) == RLM + "10 يونيو 2025 · العربية"
    first, last = inked_columns(dialog.meta)
    assert last > dialog.meta.width() - 12 and first > dialog.meta.width() / 2
