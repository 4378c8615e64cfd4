"""An elided cell shows its «…» at the end that was cut, whatever the UI's direction (issue 13)."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from desktop.ui.bidi import LRM, RLM, cut_mark  # noqa: E402

ARABIC = "بيان مشترك أمريكي عراقي يعلن الاتفاق على خطة من مرحلتين لإنهاء مهام التحالف الدولي في العراق"


def test_the_cut_mark_keeps_the_direction_of_the_text():
    assert cut_mark("إعلان") == "إعلان…" + RLM
    assert cut_mark("2025 بيان") == "2025 بيان…" + RLM
    assert cut_mark("Iraq announces") == "Iraq announces…" + LRM


def _painted_cell(qtbot, text, direction, spans):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QImage, QPainter, QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QStyleOptionViewItem, QTableView
    from desktop.ui.delegates import HighlightDelegate

    class Model(QStandardItemModel):
        def spans_at(self, row, column):
            return spans

    model = Model(1, 1)
    model.setItem(0, 0, QStandardItem(text))
    view = QTableView()
    qtbot.addWidget(view)
    view.setLayoutDirection(direction)
    view.setModel(model)
    image = QImage(260, 30, QImage.Format_RGB32)
    image.fill(QColor("white"))
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = image.rect()
    option.direction = direction
    option.displayAlignment = Qt.AlignLeft | Qt.AlignVCenter
    option.textElideMode = Qt.ElideRight
    option.widget = view
    painter = QPainter(image)
    HighlightDelegate(view).paint(painter, option, model.index(0, 0))
    painter.end()
    return image


def _ink_heights(image, columns):
    """How tall the ink is in these columns: an ellipsis is a few pixels high, letters are not."""
    rows = [y for y in range(image.height()) for x in columns if image.pixelColor(x, y).lightness() < 140]
    return (max(rows) - min(rows) + 1) if rows else 0


def _ends(image):
    dark = [x for x in range(image.width()) for y in range(image.height())
            if image.pixelColor(x, y).lightness() < 140]
    left, right = min(dark), max(dark)
    return _ink_heights(image, range(left, left + 12)), _ink_heights(image, range(right - 11, right + 1))


@pytest.mark.parametrize("spans", [None, [(0, 4)]], ids=["plain", "highlighted"])
def test_an_arabic_cell_in_the_english_ui_shows_the_ellipsis_on_the_left(qtbot, spans):
    from PySide6.QtCore import Qt
    left, right = _ends(_painted_cell(qtbot, ARABIC, Qt.LeftToRight, spans))
    assert left <= 4 < right        # dots at the left, where the Arabic text was cut


@pytest.mark.parametrize("spans", [None, [(0, 4)]], ids=["plain", "highlighted"])
def test_an_english_cell_in_the_arabic_ui_shows_the_ellipsis_on_the_right(qtbot, spans):
    from PySide6.QtCore import Qt
    text = "Iraq announces that its army will take over the headquarters of the international coalition"
    left, right = _ends(_painted_cell(qtbot, text, Qt.RightToLeft, spans))
    assert right <= 4 < left


def test_a_dated_arabic_title_in_the_english_ui_is_cut_beside_its_last_word(qtbot):
    """«13 January 2026 · تعرضت …» (the review list): the row reads left to right from its date, and the
    «…» ends the Arabic title where it was cut, not beside its first word at the row's right end."""
    from PySide6.QtCore import Qt
    from desktop.ui.bidi import isolate
    left, right = _ends(_painted_cell(qtbot, isolate("13 January 2026") + " · " + ARABIC, Qt.LeftToRight, None))
    assert left > 4 and right > 4       # the date's digits at the left, the title's first word at the right


def test_the_ellipsis_mark_follows_the_text_cut():
    from desktop.ui.elide import with_cut_end_kept
    assert with_cut_end_kept("\u2068Jan\u2069 · تعرضت…", "ltr") == "\u2068Jan\u2069 · تعرضت…" + RLM
    assert with_cut_end_kept("\u2068يناير\u2069 · Iraq…", "rtl") == "\u2068يناير\u2069 · Iraq…" + LRM
    assert with_cut_end_kept("تعرضت…", "rtl") == "تعرضت…"          # running the line's way: as it was


# --- through the views: tables and trees of record text, with no search -------------------------


def _cell_ends(view, index, width=110):
    """Ink heights at the two ends of a cell as the view paints it, its column `width` wide."""
    view.setColumnWidth(index.column(), width)
    view.scrollTo(index)
    rect = view.visualRect(index).adjusted(1, 1, -1, -1)
    return _ends(view.viewport().grab(rect).toImage())


def _row_of(model, column, text):
    from PySide6.QtCore import Qt
    for row in range(model.rowCount()):
        if model.index(row, column).data(Qt.DisplayRole) == text:
            return model.index(row, column)
    raise AssertionError(f"no row shows {text!r}")


def test_an_arabic_title_in_the_english_ui_is_cut_on_the_left_with_no_search(qtbot, store):
    from desktop.ui.delegates import HighlightDelegate
    from tests.ui.conftest import shown_window
    window = shown_window(qtbot, store, kind="event")
    tab = window.current_tab()
    assert not tab.query
    column = [c.name for c in tab.model.columns].index("title")
    assert isinstance(tab.view.itemDelegateForColumn(column), HighlightDelegate)
    tab.view.clearSelection()
    index = next(tab.model.index(r, column) for r in range(tab.model.rowCount())
                 if len(tab.model.index(r, column).data() or "") > 30)
    left, right = _cell_ends(tab.view, index)
    assert left <= 4 < right        # «…» at the left, where the Arabic title was cut


def test_an_english_name_in_the_arabic_ui_is_cut_on_the_right_with_no_search(qtbot, store, arabic):
    from tests.ui.conftest import shown_window
    window = shown_window(qtbot, store, kind="actor", language="ar")
    tab = window.current_tab()
    tab.view.clearSelection()
    column = [c.name for c in tab.model.columns].index("name_en")
    index = _row_of(tab.model, column, "Higher Military Commission")
    left, right = _cell_ends(tab.view, index)
    assert right <= 4 < left        # «…» at the right, where the English name was cut


def test_the_review_tree_cuts_an_arabic_record_on_the_left_in_the_english_ui(qtbot, empty, tmp_path):
    from desktop.core import importing as core_importing
    from desktop.core import review as core_review
    from desktop.ui.importing.review import ReviewDialog
    article = tmp_path / "article.txt"
    article.write_text("وزير الخارجية يصرّح عن الحدود\nقال وزير الخارجية العراقي فؤاد حسين، الأربعاء، إن "
                       "\"الحكومة ملتزمة بحماية الحدود مع سوريا خلال الأيام المقبلة\".\n", encoding="utf-8")
    core_importing.import_files(empty, [article], published="2025-06-10")
    (source_id,) = core_review.unreviewed_sources(empty)
    dialog = ReviewDialog(empty, source_id)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    tree = dialog.tree
    row = next(r for r, rec in enumerate(dialog.proposals) if rec["kind"] == "quote")
    tree.setCurrentItem(tree.topLevelItem((row + 1) % tree.topLevelItemCount()))
    index = tree.model().index(row, 1)
    left, right = _cell_ends(tree, index, width=120)
    # At the left the «…» and the quote's closing mark after it (test_review_rows), lower than the
    # Arabic letters of the speaker's name at the right.
    assert left <= 6 < right


# --- reasons: English sentences that quote the article's Arabic -----------------------------------

BRACKETS = {")": "(", "»": "«"}


def _drawn(layout, text: str) -> str:
    """The brackets, guillemets and «…» a layout draws, left to right (by the glyphs drawn, so a
    mirrored bracket shows as its mirror)."""
    marks = "()«»…"
    drawn = []
    for line in range(layout.lineCount()):
        for run in layout.lineAt(line).glyphRuns(0, len(text)):
            font = run.rawFont()
            ids = {font.glyphIndexesForString(c)[0]: c for c in marks}
            drawn += [(pos.x(), ids[g]) for g, pos in zip(run.glyphIndexes(), run.positions()) if g in ids]
    return "".join(c for _, c in sorted(drawn))


def test_a_cut_reason_keeps_its_brackets_paired_and_the_ellipsis_at_its_end(qtbot, empty, tmp_path,
                                                                          monkeypatch):
    """«gazetteer match («التحالف الدولي»)» cut by Qt showed «…» inside the Arabic run and lost
    its closing bracket and guillemet. Cut now: «(», the quotation (its guillemets drawn mirrored in
    its right-to-left isolate, so still «…» to the eye), «)», then «…»."""
    from desktop.core import importing as core_importing
    from desktop.core import review as core_review
    from desktop.ui import delegates, reason_text
    from desktop.ui.importing.review import ReviewDialog
    drawn = []

    class Recorded(delegates.QTextLayout):
        def draw(self, painter, position, *args):
            drawn.append((self.text(), _drawn(self, self.text())))
            super().draw(painter, position, *args)

    monkeypatch.setattr(delegates, "QTextLayout", Recorded)
    article = tmp_path / "article.txt"
    article.write_text("انسحاب التحالف الدولي من العراق\nأعلنت قيادة التحالف الدولي، الأربعاء، انسحاب قواتها من "
                       "قاعدة عين الأسد في محافظة الأنبار خلال سبتمبر 2026.\n", encoding="utf-8")
    core_importing.import_files(empty, [article], published="2025-12-31", word_reason=reason_text.word)
    (source_id,) = core_review.unreviewed_sources(empty)
    dialog = ReviewDialog(empty, source_id)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    tree = dialog.tree
    row = next(r for r, rec in enumerate(dialog.proposals) if "(\u2068«التحالف الدولي»\u2069)" in rec["notes"])
    tree.setCurrentItem(tree.topLevelItem((row + 1) % tree.topLevelItemCount()))
    tree.setColumnWidth(2, tree.fontMetrics().horizontalAdvance("gazetteer match («التحالف"))
    index = tree.model().index(row, 2)
    tree.viewport().grab(tree.visualRect(index))
    cut = [marks for text, marks in drawn if text.startswith("gazetteer match (") and "…" in text]
    assert cut, drawn
    for marks in cut:
        assert marks == "(«»)…"


def test_a_cut_closes_what_it_opened_and_drops_what_it_opened_on_nothing():
    from desktop.ui.elide import closed
    assert closed("trigger «\u2068سيتسلم\u2069» (") == "trigger «\u2068سيتسلم\u2069»…"
    assert closed("match («\u2068التحالف") == "match («\u2068التحالف\u2069»)…"
