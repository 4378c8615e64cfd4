"""The review list's rows as the analyst sees them.

A quote row cut short keeps its «…» inside the quote's marks («حسين علاوي: «قواتنا المسلحة…»»), not after
the closing mark; and a row dated by digits alone («2014 · أنشئ …») reads in the UI's direction with its date
at its start, as the rows dated with a month's name do."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtWidgets import QProxyStyle, QStyle  # noqa: E402

from desktop.core import importing as core_importing  # noqa: E402
from desktop.core import review as core_review  # noqa: E402
from desktop.ui import delegates  # noqa: E402
from desktop.ui.bidi import FSI, LRM, PDI, RLM, strip  # noqa: E402
from desktop.ui.importing.review import ReviewDialog  # noqa: E402
from tests.ui.test_elided_cells import _drawn  # noqa: E402

ARTICLE = """العراق يتسلم مقر التحالف الدولي في قاعدة عين الأسد
نقلت وكالة الأنباء العراقية عن مستشار رئيس الوزراء حسين علاوي، قوله: "قواتنا المسلحة ستتسلم مقر التحالف الدولي في قاعدة عين الأسد بمحافظة الأنبار بعد إنهاء المهام ومغادرة بعثة التحالف خلال الأيام المقبلة"، دون تحديد تاريخ محدد.

ويضم التحالف الدولي، الذي تقوده واشنطن، دولا مثل فرنسا وإسبانيا، وأنشئ في 2014 لمكافحة "داعش" الذي كان يسيطر على مساحات كبيرة من العراق وسوريا.
"""


class _Recording(QProxyStyle):
    """The style of the list: what Qt draws as a cell's text when it draws the text itself."""

    def __init__(self):
        super().__init__()
        self.texts = []

    def drawControl(self, element, option, painter, widget=None):  # noqa: N802 (Qt's name)
        if element == QStyle.CE_ItemViewItem and option.text:
            self.texts.append(option.text)
        super().drawControl(element, option, painter, widget)


@pytest.fixture
def painted(qtbot, language, empty, tmp_path, monkeypatch):
    """The review dialog of ARTICLE, and a function painting one proposal's row of the list at a width:
    it gives back each text drawn in the row's cell, with the layouts the delegate drew it with."""
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    core_importing.import_files(empty, [path], published="2025-12-31")
    (source_id,) = core_review.unreviewed_sources(empty)
    layouts = []

    class Recorded(delegates.QTextLayout):
        def draw(self, painter, position, *args):
            layouts.append(self)
            super().draw(painter, position, *args)

    monkeypatch.setattr(delegates, "QTextLayout", Recorded)
    dialog = ReviewDialog(empty, source_id)
    qtbot.addWidget(dialog)
    dialog.resize(1200, 600)
    style = _Recording()
    dialog.tree.setStyle(style)
    dialog.show()
    qtbot.waitExposed(dialog)

    def paint(kind: str, start: str, width: int):
        tree = dialog.tree
        row = next(r for r, rec in enumerate(dialog.proposals)
                   if rec["kind"] == kind and start in strip(tree.topLevelItem(r).text(1)))
        tree.setCurrentItem(tree.topLevelItem((row + 1) % tree.topLevelItemCount()))
        tree.setColumnWidth(1, width)
        index = tree.model().index(row, 1)
        style.texts.clear()
        layouts.clear()
        tree.viewport().grab(tree.visualRect(index))
        return style.texts + [layout.text() for layout in layouts], list(layouts), tree
    return dialog, paint


def test_a_cut_quote_keeps_its_ellipsis_inside_its_marks(painted, language):
    _dialog, paint = painted
    texts, layouts, tree = paint("quote", "حسين علاوي", 220)
    (shown,) = texts
    assert shown.startswith("حسين علاوي: «قواتنا المسلحة")
    assert shown.endswith("…»")                               # the words cut, the marks kept
    assert tree.fontMetrics().horizontalAdvance(shown) <= 220
    for layout in layouts:
        # Laid out right to left as its speaker's name: left to right on the screen, the closing mark
        # (drawn mirrored), the «…» inside it, the words, then the opening mark.
        assert _drawn(layout, layout.text()) == "«…»"


def test_a_quote_that_fits_is_shown_whole(painted, language):
    _dialog, paint = painted
    texts, _layouts, tree = paint("quote", "حسين علاوي", 1000)
    (shown,) = texts
    # The list's line as it is (its words cut at 120 characters, inside the marks), not cut again.
    assert shown in [tree.topLevelItem(r).text(1) for r in range(tree.topLevelItemCount())]
    assert shown.startswith("حسين علاوي: «قواتنا المسلحة") and shown.endswith("…»")


def _glyphs(layout) -> list[tuple[float, str]]:
    """The digits and the other signs a layout draws, left to right: (x, "d") or (x, "a")."""
    drawn = []
    for line in range(layout.lineCount()):
        for run in layout.lineAt(line).glyphRuns():
            font = run.rawFont()
            digits = {font.glyphIndexesForString(c)[0] for c in "0123456789"}
            unseen = {font.glyphIndexesForString(c)[0] for c in " " + LRM + RLM + FSI + PDI}
            drawn += [(pos.x(), "d" if g in digits else "a") for g, pos in zip(run.glyphIndexes(), run.positions())
                      if g not in unseen]
    return sorted(drawn)


def test_a_row_dated_by_digits_alone_starts_with_its_date_in_the_ui_direction(painted, language):
    _dialog, paint = painted
    _texts, layouts, _tree = paint("event", "2014 · ", 180)
    (layout,) = layouts                                  # cut, so drawn by the delegate
    glyphs = _glyphs(layout)
    # «2014» at the row's start: the left in the English UI, the right in the Arabic UI.
    start = glyphs[:4] if language == "en" else glyphs[-4:]
    assert [kind for _x, kind in start] == ["d"] * 4
