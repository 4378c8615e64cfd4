"""The review dialog writes dates as the tables do: an event proposal dated 2024-03-12 is listed as
«12 مارس 2024» in the Arabic UI (in the user's digits) and "12 March 2024" in the English UI, never
as the stored ISO form; the article's own date on the meta line reads the same way."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from desktop.core import importing as core_importing  # noqa: E402
from desktop.core import review as core_review  # noqa: E402
from desktop.ui import settings  # noqa: E402
from desktop.ui.bidi import LRM, RLM, strip  # noqa: E402
from desktop.ui.importing.review import ReviewDialog  # noqa: E402

ARTICLE = """وزير الخارجية العراقي يقول إن الحكومة تعمل على التهدئة
بغداد (رويترز) - قال وزير الخارجية العراقي فؤاد حسين يوم الثلاثاء 12 آذار 2024 إن الحكومة تعمل على تهدئة التوتر في محافظة الأنبار بعد هجوم صاروخي استهدف قاعدة عين الأسد الجوية.
"""


@pytest.fixture
def dated_event(empty, tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    core_importing.import_files(empty, [path], published="2024-03-13")
    (source_id,) = core_review.unreviewed_sources(empty)
    return empty, source_id


def shown_dialog(qtbot, store, source_id) -> ReviewDialog:
    dialog = ReviewDialog(store, source_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def event_row(dialog) -> str:
    rows = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    (row,) = [item for item in rows if item.text(0) in ("Event", "حدث")]
    # The line opens with the UI's direction mark (test_review_rows).
    return strip(row.text(1)).lstrip(LRM + RLM)


@pytest.mark.parametrize("digits, event_date, published", [(False, "12 مارس 2024", "13 مارس 2024"),
                                                             (True, "١٢ مارس ٢٠٢٤", "١٣ مارس ٢٠٢٤")])
def test_an_arabic_event_proposal_is_dated_as_the_tables_date_it(qtbot, dated_event, arabic, digits,
                                                                 event_date, published):
    settings.General().set_arabic_digits(digits)
    dialog = shown_dialog(qtbot, *dated_event)
    assert event_row(dialog).startswith(event_date + " · قال وزير الخارجية")
    assert "2024-03-12" not in event_row(dialog)
    assert strip(dialog.meta.text()).startswith(RLM + published + " · ")


def test_an_english_event_proposal_is_dated_in_english(qtbot, dated_event):
    dialog = shown_dialog(qtbot, *dated_event)
    assert event_row(dialog).startswith("12 March 2024 · ")
    assert strip(dialog.meta.text()).startswith(LRM + "13 March 2024 · ")
